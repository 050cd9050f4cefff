package zendesk

import "strings"

// DefaultURLTemplate is the real Zendesk. Tests and the demo point the app at the emulator with
// a template such as "http://127.0.0.1:8089/{subdomain}".
const DefaultURLTemplate = "https://{subdomain}.zendesk.com"

// BaseURL fills the account's subdomain into a URL template and returns the base every API path
// is appended to, without a trailing slash. An empty template means DefaultURLTemplate. Call it
// with a subdomain that integration validation already accepted: BaseURL does not check it.
func BaseURL(template, subdomain string) string {
	if strings.TrimSpace(template) == "" {
		template = DefaultURLTemplate
	}
	return strings.TrimRight(strings.ReplaceAll(template, "{subdomain}", subdomain), "/")
}

// exportsPerMinute is Zendesk's rate limit on incremental exports, per account and minute,
// without the High Volume API add-on (ZENDESK_API.md).
const exportsPerMinute = 10

// ExportsPerMinute is how many incremental-export requests per minute a client may send under
// the URL template: Zendesk's limit for the real Zendesk (an empty template is the real one),
// 0 (no cap of our own) for anything else, such as the emulator, which enforces its own limits
// and answers 429 when they are exceeded.
func ExportsPerMinute(template string) int {
	if template == "" || template == DefaultURLTemplate {
		return exportsPerMinute
	}
	return 0
}

// attachmentsPerMinute is Zensync's own pace for attachment downloads from the real Zendesk:
// well inside the smallest plan's 200 requests a minute, leaving room for everything else.
const attachmentsPerMinute = 120

// AttachmentsPerMinute is how many attachment downloads a minute to send under the URL
// template: attachmentsPerMinute for the real Zendesk, and for anything else (the emulator) a
// pace that does not hold a test or a demo back.
func AttachmentsPerMinute(template string) int {
	if template == "" || template == DefaultURLTemplate {
		return attachmentsPerMinute
	}
	return 6000
}
