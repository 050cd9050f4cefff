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
