package zendesk

import "testing"

func TestExportsPerMinuteCapsOnlyTheRealZendesk(t *testing.T) {
	tests := []struct {
		template string
		want     int
	}{
		{"", 10},
		{DefaultURLTemplate, 10},
		{"http://127.0.0.1:8089/{subdomain}", 0},
	}
	for _, tt := range tests {
		if got := ExportsPerMinute(tt.template); got != tt.want {
			t.Errorf("ExportsPerMinute(%q) = %d, want %d", tt.template, got, tt.want)
		}
	}
}
