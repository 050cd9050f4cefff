package integration

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// today is a fixed date on purpose: ValidateAt judges the backfill date against its now argument
// only, so these cases (including "tomorrow is refused") hold on any day.
var today = time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)

func helpdeskInput() Input {
	return Input{
		Name: "Acme support", Capability: Helpdesk, Domain: "acme", PullRecordBy: PullByUpdatedTime,
		BackfillStart: "2026-01-01", OAuthClientID: "zensync_desktop", PollIntervalMinutes: 5,
	}
}

func TestValidateRequiredFieldsPerCapability(t *testing.T) {
	cases := []struct {
		name string
		in   Input
		want []string // field keys with an error
	}{
		{"an empty form needs name, capability and domain", Input{}, []string{FieldCapability, FieldDomain, FieldName}},
		{"content management needs only name and domain", Input{Name: "Docs", Capability: ContentManagement, Domain: "acme"}, nil},
		{"content management without a domain is refused", Input{Name: "Docs", Capability: ContentManagement}, []string{FieldDomain}},
		{"helpdesk with only name and domain misses its other fields", Input{Name: "HD", Capability: Helpdesk, Domain: "acme"},
			[]string{FieldOAuthClientID, FieldPullRecordBy}},
		{"crm with only name and domain misses its other fields", Input{Name: "CRM", Capability: CRM, Domain: "acme"},
			[]string{FieldOAuthClientID, FieldPullRecordBy}},
		{"a complete helpdesk form is valid", helpdeskInput(), nil},
		{"a poll interval of 0 takes the default", with(helpdeskInput(), func(i *Input) { i.PollIntervalMinutes = 0 }), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertFields(t, ValidateAt(c.in, today), c.want)
		})
	}
}

func TestValidateFieldFormats(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*Input)
		field string // "" = valid
	}{
		{"a blank name is refused", func(i *Input) { i.Name = "   " }, FieldName},
		{"a name of 100 characters is accepted", func(i *Input) { i.Name = strings.Repeat("é", 100) }, ""},
		{"a name of 101 characters is refused", func(i *Input) { i.Name = strings.Repeat("a", 101) }, FieldName},
		{"a name with a line break is refused", func(i *Input) { i.Name = "a\nb" }, FieldName},
		{"an unknown capability is refused", func(i *Input) { i.Capability = "sales" }, FieldCapability},
		{"a pasted URL as domain is accepted", func(i *Input) { i.Domain = "https://acme.zendesk.com/agent" }, ""},
		{"a host-mapped domain is refused", func(i *Input) { i.Domain = "support.acme.com" }, FieldDomain},
		{"an unknown pull-record-by is refused", func(i *Input) { i.PullRecordBy = "modified" }, FieldPullRecordBy},
		{"an empty backfill date (the whole history) is accepted", func(i *Input) { i.BackfillStart = "" }, ""},
		{"a backfill date today is accepted", func(i *Input) { i.BackfillStart = "2026-11-25" }, ""},
		{"a backfill date tomorrow is refused", func(i *Input) { i.BackfillStart = "2026-11-26" }, FieldBackfillStart},
		{"a backfill date not in YYYY-MM-DD is refused", func(i *Input) { i.BackfillStart = "25/11/2026" }, FieldBackfillStart},
		{"a client id with a space is refused", func(i *Input) { i.OAuthClientID = "zensync desktop" }, FieldOAuthClientID},
		{"a client id of 256 characters is refused", func(i *Input) { i.OAuthClientID = strings.Repeat("x", 256) }, FieldOAuthClientID},
		{"a client secret with a space inside is refused", func(i *Input) { i.OAuthClientSecret = "ab cd" }, FieldOAuthClientSecret},
		{"a client secret is accepted", func(i *Input) { i.OAuthClientSecret = "0123abcd" }, ""},
		{"a poll interval of 1 is accepted", func(i *Input) { i.PollIntervalMinutes = 1 }, ""},
		{"a poll interval of 1440 is accepted", func(i *Input) { i.PollIntervalMinutes = 1440 }, ""},
		{"a poll interval of 1441 is refused", func(i *Input) { i.PollIntervalMinutes = 1441 }, FieldPollIntervalMinutes},
		{"a negative poll interval is refused", func(i *Input) { i.PollIntervalMinutes = -5 }, FieldPollIntervalMinutes},
		{"an https webhook base URL is accepted", func(i *Input) { i.WebhookBaseURL = "https://abc.trycloudflare.com/" }, ""},
		{"an http webhook base URL with a path is accepted", func(i *Input) { i.WebhookBaseURL = "http://127.0.0.1:8080/tunnel" }, ""},
		{"a webhook base URL without scheme is refused", func(i *Input) { i.WebhookBaseURL = "abc.trycloudflare.com" }, FieldWebhookBaseURL},
		{"a webhook base URL with a query is refused", func(i *Input) { i.WebhookBaseURL = "https://x.example/?a=1" }, FieldWebhookBaseURL},
		{"a webhook base URL with a fragment is refused", func(i *Input) { i.WebhookBaseURL = "https://x.example/#a" }, FieldWebhookBaseURL},
		{"an ftp webhook base URL is refused", func(i *Input) { i.WebhookBaseURL = "ftp://x.example" }, FieldWebhookBaseURL},
		{"a webhook base URL with a password is refused", func(i *Input) { i.WebhookBaseURL = "https://u:p@x.example" }, FieldWebhookBaseURL},
		{"content management with a bad environment is refused", func(i *Input) { i.Capability = ContentManagement; i.Environment = "staging" }, FieldEnvironment},
		{"content management with sandbox is accepted", func(i *Input) { i.Capability = ContentManagement; i.Environment = Sandbox }, ""},
		{"content management with locale en-US is accepted", func(i *Input) { i.Capability = ContentManagement; i.HelpCenterLocale = "en-US" }, ""},
		{"content management with a bad locale is refused", func(i *Input) { i.Capability = ContentManagement; i.HelpCenterLocale = "english!" }, FieldHelpCenterLocale},
		{"content management with a malformed optional date is refused", func(i *Input) { i.Capability = ContentManagement; i.BackfillStart = "soon" }, FieldBackfillStart},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := with(helpdeskInput(), c.edit)
			var want []string
			if c.field != "" {
				want = []string{c.field}
			}
			fe := ValidateAt(in, today)
			assertFields(t, fe, want)
			for k, msg := range fe {
				if len(msg) < 10 {
					t.Errorf("message for %s is too terse: %q", k, msg)
				}
			}
		})
	}
}

func TestNormalizeStoresTheCoreValues(t *testing.T) {
	in := Input{
		Name: "  Docs ", Capability: ContentManagement, Domain: " https://Acme.zendesk.com/hc ",
		HelpCenterLocale: "EN-us", Environment: Sandbox, WebhookBaseURL: "https://x.example/hooks/",
	}
	got := Normalize(in)
	want := Input{
		Name: "Docs", Capability: ContentManagement, Domain: "acme", HelpCenterLocale: "en-us",
		Environment: Sandbox, WebhookBaseURL: "https://x.example/hooks", PollIntervalMinutes: DefaultPollIntervalMinutes,
	}
	if got != want {
		t.Fatalf("Normalize = %+v\nwant      %+v", got, want)
	}
	hd := Normalize(with(helpdeskInput(), func(i *Input) { i.Environment = Sandbox; i.HelpCenterLocale = "de" }))
	if hd.Environment != "" || hd.HelpCenterLocale != "" {
		t.Errorf("helpdesk kept content-management fields: %+v", hd)
	}
}

func TestFieldErrorsAsError(t *testing.T) {
	if err := (FieldErrors{}).Err(); err != nil {
		t.Fatalf("empty FieldErrors.Err() = %v", err)
	}
	err := FieldErrors{FieldName: "Enter a name.", FieldDomain: "Bad."}.Err()
	if err == nil || err.Error() != "invalid integration: domain: Bad.; name: Enter a name." {
		t.Fatalf("Err() = %v", err)
	}
}

func TestRulesMatchValidate(t *testing.T) {
	rs := Rules()
	if len(rs.Capabilities) != 3 || rs.Capabilities[2].DisplayName != "Content Management" {
		t.Fatalf("capabilities = %+v", rs.Capabilities)
	}
	for _, c := range rs.Capabilities {
		// An empty form of this capability must be refused on exactly its required fields.
		fe := ValidateAt(Input{Capability: c.Value}, today)
		var want []string
		for _, f := range c.RequiredFields {
			if f != FieldCapability {
				want = append(want, f)
			}
		}
		assertFields(t, fe, want)
	}
}

func TestEffectiveStatusWarnsBeforeExpiry(t *testing.T) {
	at := func(d time.Duration) *time.Time { v := today.Add(d); return &v }
	cases := []struct {
		status  Status
		expires *time.Time
		want    Status
	}{
		{StatusNotConnected, nil, StatusNotConnected},
		{StatusConnected, nil, StatusConnected},
		{StatusConnected, at(48 * time.Hour), StatusConnected},
		{StatusConnected, at(2 * time.Hour), StatusTokenExpiring},
		{StatusConnected, at(-time.Minute), StatusTokenExpired},
		{StatusError, at(-time.Minute), StatusError},
	}
	for _, c := range cases {
		i := Integration{Status: c.status, TokenExpiresAt: c.expires}
		if got := i.EffectiveStatus(today); got != c.want {
			t.Errorf("%s expiring %v: got %s, want %s", c.status, c.expires, got, c.want)
		}
	}
}

func with(in Input, edit func(*Input)) Input { edit(&in); return in }

func assertFields(t *testing.T, fe FieldErrors, want []string) {
	t.Helper()
	got := make([]string, 0, len(fe))
	for k := range fe {
		got = append(got, k)
	}
	sort.Strings(got)
	sort.Strings(want)
	if len(want) == 0 {
		want = []string{}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("fields with errors = %v, want %v (%v)", got, want, fe)
	}
}
