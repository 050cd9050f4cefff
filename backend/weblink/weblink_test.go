package weblink

import (
	"errors"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	cases := []struct {
		name, in, want string
		refused        bool
		scheme         string
	}{
		{name: "an https page opens", in: "https://acme.zendesk.com/hc/en-us/articles/1", want: "https://acme.zendesk.com/hc/en-us/articles/1"},
		{name: "an http page opens", in: "http://example.test/a?b=c#d", want: "http://example.test/a?b=c#d"},
		{name: "an upper-case scheme is normalised", in: "HTTPS://example.test/", want: "https://example.test/"},
		{name: "surrounding spaces are trimmed", in: "  https://example.test/  ", want: "https://example.test/"},
		{name: "a mailto link opens", in: "mailto:help@example.test?subject=Hi", want: "mailto:help@example.test?subject=Hi"},
		{name: "smb: (a network share that leaks NTLM hashes) is refused", in: `smb://evil.test/share`, refused: true, scheme: "smb"},
		{name: "file: is refused", in: "file:///etc/passwd", refused: true, scheme: "file"},
		{name: "javascript: is refused", in: "javascript:alert(1)", refused: true, scheme: "javascript"},
		{name: "data: is refused", in: "data:text/html,<script>alert(1)</script>", refused: true, scheme: "data"},
		{name: "a custom handler is refused", in: "vscode://file/etc/passwd", refused: true, scheme: "vscode"},
		{name: "tel: is refused", in: "tel:+123", refused: true, scheme: "tel"},
		{name: "a relative link is refused", in: "/hc/articles/1", refused: true},
		{name: "an empty link is refused", in: "", refused: true},
		{name: "http without a host is refused", in: "http:///etc/passwd", refused: true},
		{name: "credentials in the link are refused", in: "https://bank.test@evil.test/", refused: true},
		{name: "a control character is refused", in: "https://example.test/\x00", refused: true},
		{name: "an empty mailto is refused", in: "mailto:", refused: true},
		{name: "a long scheme is capped in the message", in: strings.Repeat("x", 200) + ":y", refused: true, scheme: strings.Repeat("x", maxSchemeShown)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Check(c.in)
			if !c.refused {
				if err != nil || got != c.want {
					t.Fatalf("Check(%q) = %q, %v; want %q", c.in, got, err, c.want)
				}
				return
			}
			var re *RefusedError
			if !errors.As(err, &re) || !errors.Is(err, ErrNotAllowed) || got != "" {
				t.Fatalf("Check(%q) = %q, %v; want a refusal", c.in, got, err)
			}
			if re.Scheme != c.scheme {
				t.Fatalf("scheme %q, want %q", re.Scheme, c.scheme)
			}
			if len(err.Error()) > 200 {
				t.Fatalf("message too long: %d chars", len(err.Error()))
			}
		})
	}
}
