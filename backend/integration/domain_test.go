package integration

import (
	"errors"
	"strings"
	"testing"
)

func TestNormalizeDomain(t *testing.T) {
	long63 := strings.Repeat("a", 63)
	long64 := strings.Repeat("a", 64)
	cases := []struct {
		in      string
		want    string // empty: refused
		msgHint string // a word the refusal message must contain
	}{
		// accepted
		{"acme", "acme", ""},
		{" acme ", "acme", ""},
		{"\tacme\n", "acme", ""},
		{"ACME", "acme", ""},
		{"acme.zendesk.com", "acme", ""},
		{"Acme.Zendesk.Com", "acme", ""},
		{"acme.zendesk.com.", "acme", ""},
		{"https://Acme.zendesk.com/agent/tickets/5", "acme", ""},
		{"http://acme.zendesk.com", "acme", ""},
		{"https://acme.zendesk.com/", "acme", ""},
		{"https://acme.zendesk.com:443/hc/en-us?x=1#top", "acme", ""},
		{"acme.zendesk.com/agent/dashboard", "acme", ""},
		{"acme.zendesk.com:443", "acme", ""},
		{"acme-support", "acme-support", ""},
		{"acme2", "acme2", ""},
		{"d3v-acme1234", "d3v-acme1234", ""},
		{"1acme", "1acme", ""},
		{long63, long63, ""},
		// refused
		{"", "", "Enter"},
		{"   ", "", "Enter"},
		{"acme.freshdesk.com", "", "Freshdesk"},
		{"https://acme.my.salesforce.com", "", "Salesforce"},
		{"support.acme.com", "", "Brand management"},
		{"https://help.acme.io/hc", "", "Brand management"},
		{"acme.eu.zendesk.com", "", "more than one"},
		{"zendesk.com", "", "Zendesk's own"},
		{"https://www.zendesk.com", "", "Zendesk's own"},
		{"acme_support", "", `"_"`},
		{"acme!", "", `"!"`},
		{"acmé", "", "only letters"},
		{"-acme", "", "hyphen"},
		{"acme-", "", "hyphen"},
		{"acme-.zendesk.com", "", "hyphen"},
		{long64, "", "63"},
		{"acme corp", "", "no spaces"},
		{"admin@acme.zendesk.com", "", "email"},
		{"ftp://acme.zendesk.com", "", "not a web address"},
		{"https://", "", "cannot be read"},
		{".zendesk.com", "", "Enter"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, err := NormalizeDomain(c.in)
			if c.want != "" {
				if err != nil || got != c.want {
					t.Fatalf("NormalizeDomain(%q) = %q, %v; want %q", c.in, got, err, c.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("NormalizeDomain(%q) = %q, want a refusal", c.in, got)
			}
			if !errors.Is(err, ErrInvalidDomain) {
				t.Errorf("error %v does not match ErrInvalidDomain", err)
			}
			if !strings.Contains(err.Error(), c.msgHint) {
				t.Errorf("message %q does not contain %q", err.Error(), c.msgHint)
			}
		})
	}
}

func TestHostIsTheZendeskName(t *testing.T) {
	if got := Host("acme"); got != "acme.zendesk.com" {
		t.Fatalf("Host = %q", got)
	}
}
