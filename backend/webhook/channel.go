package webhook

import "strings"

// eventChannels maps the via names event payloads use to the REST API's via.channel. Zendesk's
// ticket events name the channel by its via type ("web_service", "web_form", "mail"), while the
// REST API and the incremental export say "api", "web", "email" for the same tickets (recorded:
// backend/zendesk/testdata/recorded). Both paths must store the same value.
var eventChannels = map[string]string{
	"web_service": "api",
	"web_form":    "web",
	"mail":        "email",
}

// restChannel turns an event's detail.via.channel into the REST API's spelling; names that are
// the same in both (chat, voice, sms, rule, …) pass through lower-cased.
func restChannel(ch string) string {
	ch = strings.ToLower(strings.TrimSpace(ch))
	if rest, ok := eventChannels[ch]; ok {
		return rest
	}
	return ch
}
