package account

import (
	"zensync/backend/emulator/seed"
	"zensync/backend/zendesk/wire"
)

// FindAttachment looks a seeded attachment up by the token in its content_url (in its ticket's
// current comments); URLs in the answer start with base.
func (a *Account) FindAttachment(token, base string) (wire.Attachment, bool) {
	id, ticketID, ok := seed.SeededAttachmentID(token)
	if !ok {
		return wire.Attachment{}, false
	}
	a.RLock()
	cs := a.StoreLocked().Comments(ticketID, base)
	a.RUnlock()
	for i := range cs {
		for _, att := range cs[i].Attachments {
			if att.ID == id {
				return att, true
			}
		}
	}
	return wire.Attachment{}, false
}
