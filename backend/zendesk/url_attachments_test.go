package zendesk

import "testing"

func TestAttachmentsPerMinuteIsPoliteOnlyWithTheRealZendesk(t *testing.T) {
	for tmpl, want := range map[string]int{"": 120, DefaultURLTemplate: 120, "http://127.0.0.1:8089/{subdomain}": 6000} {
		if got := AttachmentsPerMinute(tmpl); got != want {
			t.Errorf("AttachmentsPerMinute(%q) = %d, want %d", tmpl, got, want)
		}
	}
}
