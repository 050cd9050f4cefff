package app

import (
	"context"
	"encoding/json"
	"testing"
)

func TestLinksAPIOpensOnlyWebAndMailLinks(t *testing.T) {
	cases := []struct {
		name, url, opened string
		wantCode          Code
	}{
		{name: "an https link opens", url: "https://acme.zendesk.com/hc/en-us/articles/1", opened: "https://acme.zendesk.com/hc/en-us/articles/1"},
		{name: "an http link opens", url: "http://example.test/", opened: "http://example.test/"},
		{name: "a mailto link opens", url: "mailto:help@example.test", opened: "mailto:help@example.test"},
		{name: "an smb share is refused", url: "smb://evil.test/share", wantCode: CodeForbidden},
		{name: "a file link is refused", url: "file:///etc/passwd", wantCode: CodeForbidden},
		{name: "javascript is refused", url: "javascript:alert(1)", wantCode: CodeForbidden},
		{name: "a relative link is refused", url: "/hc/articles/1", wantCode: CodeForbidden},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var opened []string
			shell := NewShell(slogDiscard())
			shell.Startup(t.Context())
			shell.browse = func(_ context.Context, url string) error { opened = append(opened, url); return nil }
			err := NewLinksAPI(shell.OpenExternal, slogDiscard()).OpenExternal(c.url)
			if c.wantCode == "" {
				if err != nil || len(opened) != 1 || opened[0] != c.opened {
					t.Fatalf("err %v, opened %q; want %q opened", err, opened, c.opened)
				}
				return
			}
			if len(opened) != 0 {
				t.Fatalf("opened %q, want nothing opened", opened)
			}
			var ce codedError
			if err == nil || json.Unmarshal([]byte(err.Error()), &ce) != nil || ce.Code != c.wantCode || ce.Message == "" {
				t.Fatalf("err %v, want code %s with a message", err, c.wantCode)
			}
		})
	}
	t.Run("the OAuth sign-in path refuses too", func(t *testing.T) {
		var opened []string
		shell := NewShell(slogDiscard())
		shell.Startup(t.Context())
		shell.browse = func(_ context.Context, url string) error { opened = append(opened, url); return nil }
		_ = shell.OpenURL("smb://evil.test/share")
		_ = shell.OpenURL("https://acme.zendesk.com/oauth/authorizations/new")
		if len(opened) != 1 || opened[0] != "https://acme.zendesk.com/oauth/authorizations/new" {
			t.Fatalf("opened %q", opened)
		}
	})
}
