package app

import (
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// Config is everything the app reads from its flags and environment at start.
type Config struct {
	DataDir        string // --data-dir / ZENSYNC_DATA_DIR; default <UserConfigDir>/zensync
	ZendeskURL     string // --zendesk-url / ZENSYNC_ZENDESK_URL; default https://{subdomain}.zendesk.com
	OAuthAddr      string // --oauth-addr / ZENSYNC_OAUTH_ADDR; loopback redirect listener
	WebhookAddr    string // --webhook-addr / ZENSYNC_WEBHOOK_ADDR; webhook listener
	KeyringService string // --keyring-service / ZENSYNC_KEYRING_SERVICE; lets tests use their own namespace
	LogLevel       string // --log-level / ZENSYNC_LOG_LEVEL: debug, info, warn, error
	RetentionDays  int    // --retention-days / ZENSYNC_RETENTION_DAYS; Activity and processed webhook events (30)
	RetentionRows  int    // --retention-rows / ZENSYNC_RETENTION_ROWS; at most this many of each kept (10000)
	// KeepFreePercent (--keep-free-percent / ZENSYNC_KEEP_FREE_PERCENT, 0–90, default 50) is the
	// share of each Zendesk account's request limit that syncs leave free for interactive calls
	// and the account's other apps.
	KeepFreePercent int
	E2ESaveDir      string // ZENSYNC_E2E_SAVE_DIR only: exports go here without a Save dialog (browser tests)
	// AttachmentsMaxGB / AttachmentsMaxFileMB cap downloaded attachments in total and per file
	// (--attachments-max-gb / ZENSYNC_ATTACHMENTS_MAX_GB, 2; --attachment-max-file-mb /
	// ZENSYNC_ATTACHMENT_MAX_FILE_MB, 50).
	AttachmentsMaxGB     int
	AttachmentsMaxFileMB int
}

// DefaultKeepFreePercent is the share of an account's rate limit syncs leave free by default.
const DefaultKeepFreePercent = 50

// AttachmentsMaxBytes is the total attachments cap in bytes.
func (c Config) AttachmentsMaxBytes() int64 { return int64(c.AttachmentsMaxGB) << 30 }

// AttachmentMaxFileBytes is the per-file attachments cap in bytes.
func (c Config) AttachmentMaxFileBytes() int64 { return int64(c.AttachmentsMaxFileMB) << 20 }

// Retention is the store's pruning policy from the settings (the default for a field left 0).
func (c Config) Retention() store.Retention {
	r := store.DefaultRetention()
	if c.RetentionDays > 0 {
		r.MaxAge = time.Duration(c.RetentionDays) * 24 * time.Hour
	}
	if c.RetentionRows > 0 {
		r.MaxRows = c.RetentionRows
	}
	return r
}

// DefaultZendeskURL is the real Zendesk; the emulator is reached by overriding it.
const DefaultZendeskURL = zendesk.DefaultURLTemplate

// ParseConfig reads flags, falling back to environment variables, then defaults.
func ParseConfig(args []string, getenv func(string) string) (Config, error) {
	env := func(key, def string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return def
	}
	defaultDir := ""
	if dir, err := os.UserConfigDir(); err == nil {
		defaultDir = filepath.Join(dir, "zensync")
	}
	var cfg Config
	fs := flag.NewFlagSet("zensync", flag.ContinueOnError)
	fs.StringVar(&cfg.DataDir, "data-dir", env("ZENSYNC_DATA_DIR", defaultDir), "folder for the database")
	fs.StringVar(&cfg.ZendeskURL, "zendesk-url", env("ZENSYNC_ZENDESK_URL", DefaultZendeskURL), "Zendesk URL template with {subdomain}")
	fs.StringVar(&cfg.OAuthAddr, "oauth-addr", env("ZENSYNC_OAUTH_ADDR", "127.0.0.1:47600"), "loopback address of the OAuth redirect listener")
	fs.StringVar(&cfg.WebhookAddr, "webhook-addr", env("ZENSYNC_WEBHOOK_ADDR", "127.0.0.1:47601"), "address of the webhook listener")
	fs.StringVar(&cfg.KeyringService, "keyring-service", env("ZENSYNC_KEYRING_SERVICE", "zensync"), "keyring service name for tokens")
	fs.StringVar(&cfg.LogLevel, "log-level", env("ZENSYNC_LOG_LEVEL", "info"), "log level")
	days := fs.String("retention-days", env("ZENSYNC_RETENTION_DAYS", strconv.Itoa(store.DefaultRetentionDays)),
		"days Activity entries and processed webhook events are kept")
	rows := fs.String("retention-rows", env("ZENSYNC_RETENTION_ROWS", strconv.Itoa(store.DefaultRetentionRows)),
		"most Activity entries and processed webhook events kept (each)")
	keepFree := fs.String("keep-free-percent", env("ZENSYNC_KEEP_FREE_PERCENT", strconv.Itoa(DefaultKeepFreePercent)),
		"percent of each Zendesk account's request limit syncs leave free for other calls and apps (0-90)")
	cfg.E2ESaveDir = getenv("ZENSYNC_E2E_SAVE_DIR")
	attGB := fs.String("attachments-max-gb", env("ZENSYNC_ATTACHMENTS_MAX_GB", "2"),
		"most gigabytes of downloaded attachments kept in the data folder")
	attMB := fs.String("attachment-max-file-mb", env("ZENSYNC_ATTACHMENT_MAX_FILE_MB", "50"),
		"largest attachment downloaded, in megabytes")
	// Wails passes its own flags in dev mode; ignore anything after them.
	if err := fs.Parse(args); err != nil {
		return Config{}, fmt.Errorf("reading flags: %w", err)
	}
	var err error
	if cfg.RetentionDays, err = positive("--retention-days", *days, 3650); err != nil {
		return Config{}, err
	}
	if cfg.RetentionRows, err = positive("--retention-rows", *rows, 10_000_000); err != nil {
		return Config{}, err
	}
	if cfg.KeepFreePercent, err = percent("--keep-free-percent", *keepFree, 90); err != nil {
		return Config{}, err
	}
	if cfg.AttachmentsMaxGB, err = positive("--attachments-max-gb", *attGB, 100_000); err != nil {
		return Config{}, err
	}
	if cfg.AttachmentsMaxFileMB, err = positive("--attachment-max-file-mb", *attMB, 100_000); err != nil {
		return Config{}, err
	}
	if cfg.DataDir == "" {
		return Config{}, fmt.Errorf("no data folder: set --data-dir or ZENSYNC_DATA_DIR")
	}
	if err := requireLoopback(cfg.OAuthAddr); err != nil {
		return Config{}, fmt.Errorf("--oauth-addr: %w", err)
	}
	if !strings.Contains(cfg.ZendeskURL, "{subdomain}") {
		return Config{}, fmt.Errorf("--zendesk-url %q has no {subdomain}: write it like %s", cfg.ZendeskURL, DefaultZendeskURL)
	}
	return cfg, nil
}

// positive reads a whole number from 1 to most, or says what to write instead.
func positive(name, v string, most int) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 || n > most {
		return 0, fmt.Errorf("%s %q is not a whole number from 1 to %d: write e.g. %s 30", name, v, most, name)
	}
	return n, nil
}

// percent reads a whole number from 0 to most, or says what to write instead.
func percent(name, v string, most int) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "%")))
	if err != nil || n < 0 || n > most {
		return 0, fmt.Errorf("%s %q is not a percentage from 0 to %d: write e.g. %s 50", name, v, most, name)
	}
	return n, nil
}

// requireLoopback refuses an OAuth redirect address off this machine: the sign-in code must
// never travel over the network, and Zendesk only allows http redirects to 127.0.0.1/localhost.
func requireLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("%q is not host:port (e.g. 127.0.0.1:47600): %w", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("%q is not a loopback address: use 127.0.0.1:<port>", addr)
}
