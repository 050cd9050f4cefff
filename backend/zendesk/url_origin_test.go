package zendesk

import (
	"errors"
	"testing"
)

// Zendesk's links carry an explicit default port (recorded: links.next of the webhook
// invocations list is "https://<subdomain>.zendesk.com:443/api/v2/webhooks/…"); the same-host
// rule must follow them and still refuse every other origin.
func TestResolveSameOriginRule(t *testing.T) {
	cases := []struct {
		base, link string
		ok         bool
	}{
		{"https://acme.zendesk.com", "https://acme.zendesk.com:443/api/v2/webhooks?page[after]=x", true},
		{"https://acme.zendesk.com", "https://acme.zendesk.com/api/v2/webhooks", true},
		{"https://acme.zendesk.com", "https://ACME.zendesk.com/api/v2/webhooks", true},
		{"https://acme.zendesk.com:443", "https://acme.zendesk.com/api/v2/webhooks", true},
		{"http://127.0.0.1:8089/acme", "http://127.0.0.1:8089/acme/api/v2/webhooks", true},
		{"http://example.test", "http://example.test:80/x", true},
		{"https://acme.zendesk.com", "https://acme.zendesk.com:8443/api/v2/webhooks", false},
		{"https://acme.zendesk.com", "http://acme.zendesk.com:443/api/v2/webhooks", false},
		{"https://acme.zendesk.com", "http://acme.zendesk.com/api/v2/webhooks", false},
		{"https://acme.zendesk.com", "https://evil.example:443/api/v2/webhooks", false},
		{"https://acme.zendesk.com", "https://acme.zendesk.com.evil.example/x", false},
		{"http://127.0.0.1:8089/acme", "http://127.0.0.1:8090/acme/api/v2/webhooks", false},
	}
	for _, c := range cases {
		got, err := New(c.base, nil, nil).resolve(c.link)
		if c.ok && (err != nil || got != c.link) {
			t.Errorf("base %s, link %s: %q %v; want it followed", c.base, c.link, got, err)
		}
		if !c.ok && !errors.Is(err, ErrForeignURL) {
			t.Errorf("base %s, link %s: err %v; want ErrForeignURL", c.base, c.link, err)
		}
	}
}
