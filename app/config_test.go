package app

import (
	"strings"
	"testing"
	"time"
)

func TestParseConfig(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		check   func(Config) bool
		wantErr string
	}{
		{name: "defaults", env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"},
			check: func(c Config) bool {
				return c.ZendeskURL == DefaultZendeskURL && c.OAuthAddr == "127.0.0.1:47600" &&
					c.WebhookAddr == "127.0.0.1:47601" && c.KeyringService == "zensync" && c.DataDir == "/tmp/z" &&
					c.Retention().MaxAge == 30*24*time.Hour && c.Retention().MaxRows == 10000 && c.KeepFreePercent == 50 &&
					c.E2ESaveDir == ""
			}},
		{name: "the share kept free from the environment", env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z", "ZENSYNC_KEEP_FREE_PERCENT": "30%"},
			check: func(c Config) bool { return c.KeepFreePercent == 30 }},
		{name: "keeping nothing free is allowed", args: []string{"--keep-free-percent", "0"}, env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"},
			check: func(c Config) bool { return c.KeepFreePercent == 0 }},
		{name: "keeping the whole limit free is refused", args: []string{"--keep-free-percent", "100"},
			env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"}, wantErr: `--keep-free-percent "100" is not a percentage from 0 to 90`},
		{name: "retention from the environment and flags", args: []string{"--retention-rows", "500"},
			env:   map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z", "ZENSYNC_RETENTION_DAYS": "7", "ZENSYNC_RETENTION_ROWS": "9"},
			check: func(c Config) bool { return c.RetentionDays == 7 && c.RetentionRows == 500 }},
		{name: "attachment caps: 2 GB and 50 MB by default, from the environment and flags", args: []string{"--attachment-max-file-mb", "10"},
			env:   map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z", "ZENSYNC_ATTACHMENTS_MAX_GB": "5"},
			check: func(c Config) bool { return c.AttachmentsMaxBytes() == 5<<30 && c.AttachmentMaxFileBytes() == 10<<20 }},
		{name: "attachment caps default", env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"},
			check: func(c Config) bool { return c.AttachmentsMaxBytes() == 2<<30 && c.AttachmentMaxFileBytes() == 50<<20 }},
		{name: "an attachment cap that is not a number is refused", args: []string{"--attachments-max-gb", "2GB"},
			env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"}, wantErr: `--attachments-max-gb "2GB" is not a whole number`},
		{name: "a retention of zero days is refused", args: []string{"--retention-days", "0"},
			env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"}, wantErr: `--retention-days "0" is not a whole number from 1 to 3650`},
		{name: "a retention that is not a number is refused", env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z", "ZENSYNC_RETENTION_ROWS": "lots"},
			wantErr: `--retention-rows "lots" is not a whole number`},
		{name: "environment", env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z",
			"ZENSYNC_ZENDESK_URL": "http://127.0.0.1:8089/{subdomain}", "ZENSYNC_OAUTH_ADDR": "localhost:5000"},
			check: func(c Config) bool {
				return c.ZendeskURL == "http://127.0.0.1:8089/{subdomain}" && c.OAuthAddr == "localhost:5000"
			}},
		{name: "exports skip the Save dialog only when the browser tests ask",
			env:   map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z", "ZENSYNC_E2E_SAVE_DIR": "/tmp/saves"},
			check: func(c Config) bool { return c.E2ESaveDir == "/tmp/saves" }},
		{name: "flags win over the environment", args: []string{"--data-dir", "/tmp/flag", "--webhook-addr", "0.0.0.0:9000"},
			env:   map[string]string{"ZENSYNC_DATA_DIR": "/tmp/env"},
			check: func(c Config) bool { return c.DataDir == "/tmp/flag" && c.WebhookAddr == "0.0.0.0:9000" }},
		{name: "an OAuth listener off this machine is refused", args: []string{"--oauth-addr", "0.0.0.0:47600"},
			env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"}, wantErr: "not a loopback address"},
		{name: "an OAuth address without a port is refused", args: []string{"--oauth-addr", "127.0.0.1"},
			env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"}, wantErr: "not host:port"},
		{name: "a Zendesk URL without {subdomain} is refused", args: []string{"--zendesk-url", "https://acme.zendesk.com"},
			env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"}, wantErr: "has no {subdomain}"},
		{name: "an unknown flag is refused", args: []string{"--colour", "blue"},
			env: map[string]string{"ZENSYNC_DATA_DIR": "/tmp/z"}, wantErr: "reading flags"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := ParseConfig(tt.args, env(tt.env))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || !tt.check(cfg) {
				t.Fatalf("ParseConfig = %+v, %v", cfg, err)
			}
		})
	}
}
