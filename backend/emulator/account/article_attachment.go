package account

import (
	"zensync/backend/emulator/seed"
	"zensync/backend/zendesk/wire"
)

// FindArticleAttachment returns a seeded Help Center article attachment by id; URLs in it start
// with base. False when there is none (or the Help Center is off).
func (a *Account) FindArticleAttachment(base string, id int64) (seed.ArticleAttachment, bool) {
	a.RLock()
	defer a.RUnlock()
	if !a.HelpCenterLocked() {
		return seed.ArticleAttachment{}, false
	}
	return a.DataLocked().HC.FindArticleAttachment(base, id)
}

// FindArticleAttachmentFile looks an article attachment's file up by its storage token
// (seed.ArticleAttachment.StorageToken), for the storage stand-in.
func (a *Account) FindArticleAttachmentFile(token string) (wire.Attachment, bool) {
	id, ok := seed.ArticleAttachmentIDFromToken(token)
	if !ok {
		return wire.Attachment{}, false
	}
	att, ok := a.FindArticleAttachment("", id)
	if !ok {
		return wire.Attachment{}, false
	}
	return att.File(), true
}
