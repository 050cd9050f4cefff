// Package oauth signs an integration in to Zendesk (authorization code + PKCE in the system
// browser, answered on a loopback listener), keeps its tokens in the keyring, refreshes them
// before they expire, and hands out authenticated zendesk.Clients.
package oauth

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
)

// Defaults for FlowConfig.
const (
	DefaultRedirectAddr = "127.0.0.1:47600"
	DefaultRedirectPath = "/oauth/callback"
	DefaultTimeLimit    = 5 * time.Minute
	exchangeTimeout     = 30 * time.Second
)

// FlowConfig configures the loopback sign-in. Zero fields take the defaults above.
type FlowConfig struct {
	Addr      string        // where the redirect listener binds, e.g. 127.0.0.1:47600
	Path      string        // the redirect path, e.g. /oauth/callback
	TimeLimit time.Duration // how long a sign-in may take before it ends with ErrTimeout
	// HTTPClient makes the token exchange (nil: http.DefaultClient).
	HTTPClient *http.Client
	Log        *slog.Logger
	Now        func() time.Time
}

// Flow runs browser sign-ins, one at a time: the redirect listener has a fixed port, so a new
// Start ends the one in progress (with ErrCancelled). Safe for concurrent use.
type Flow struct {
	cfg FlowConfig
	log *slog.Logger

	mu      sync.Mutex
	current *attempt
}

// NewFlow returns a Flow; nothing listens until Start.
func NewFlow(cfg FlowConfig) *Flow {
	if cfg.Addr == "" {
		cfg.Addr = DefaultRedirectAddr
	}
	if cfg.Path == "" {
		cfg.Path = DefaultRedirectPath
	}
	if cfg.TimeLimit <= 0 {
		cfg.TimeLimit = DefaultTimeLimit
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = http.DefaultClient
	}
	cfg.HTTPClient = withoutForeignRedirects(cfg.HTTPClient) // the code exchange sends the client secret
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Flow{cfg: cfg, log: cfg.Log.With("component", "oauth")}
}

// RedirectURL is the redirect URL to register on the Zendesk OAuth client.
func (f *Flow) RedirectURL() string { return "http://" + f.cfg.Addr + f.cfg.Path }

// Request is one sign-in.
type Request struct {
	Key          string // who is signing in (the integration id); Cancel(Key) ends it
	BaseURL      string // the account, e.g. https://acme.zendesk.com (see zendesk.BaseURL)
	ClientID     string
	ClientSecret string   // only for a confidential client
	Scopes       []string // e.g. ["read", "write"]
}

// Config returns the oauth2 configuration for an account and client: Zendesk's endpoints,
// client id and secret sent in the body (a public client has no secret to send as Basic auth).
func Config(baseURL, clientID, clientSecret, redirectURL string, scopes []string) *oauth2.Config {
	base := strings.TrimRight(baseURL, "/")
	return &oauth2.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		Endpoint: oauth2.Endpoint{
			AuthURL:   base + "/oauth/authorizations/new",
			TokenURL:  base + "/oauth/tokens",
			AuthStyle: oauth2.AuthStyleInParams,
		},
		RedirectURL: redirectURL,
		Scopes:      scopes,
	}
}

// Start begins a sign-in: it binds the redirect listener and returns the URL to open in the
// browser, and wait, which blocks until the browser comes back (or the time limit, Cancel, or
// ctx ends the attempt) and returns the token. Nothing is saved here: the caller saves the
// token only on success, so a failure leaves everything as it was. A port already in use is a
// *PortInUseError from Start itself. ctx bounds the whole attempt, not just Start.
func (f *Flow) Start(ctx context.Context, req Request) (authURL string, wait func(context.Context) (Token, error), err error) {
	if req.ClientID == "" {
		return "", nil, fmt.Errorf("%w: no OAuth client identifier is set", ErrAuthorization)
	}
	state, err := randomString(24)
	if err != nil {
		return "", nil, err
	}
	verifier := oauth2.GenerateVerifier()
	conf := Config(req.BaseURL, req.ClientID, req.ClientSecret, f.RedirectURL(), req.Scopes)

	f.mu.Lock()
	defer f.mu.Unlock()
	if prev := f.current; prev != nil {
		prev.finish(Token{}, fmt.Errorf("%w: a new sign-in was started", ErrCancelled))
		<-prev.closed
	}
	ln, err := net.Listen("tcp", f.cfg.Addr)
	if err != nil {
		return "", nil, listenError(f.cfg.Addr, err)
	}
	a := newAttempt(f, req.Key, state, verifier, conf, ln)
	f.current = a
	a.serve()
	a.startTimer(f.cfg.TimeLimit, ErrTimeout)
	stop := context.AfterFunc(ctx, func() { a.finish(Token{}, fmt.Errorf("%w: %w", ErrCancelled, ctx.Err())) })
	go func() { <-a.done; stop() }()
	f.log.Info("sign-in started", "integration_id", req.Key, "redirect", f.RedirectURL())

	authURL = conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
	wait = func(wctx context.Context) (Token, error) {
		select {
		case <-a.done:
		case <-wctx.Done():
			a.finish(Token{}, fmt.Errorf("%w: %w", ErrCancelled, wctx.Err()))
			<-a.done
		}
		return a.tok, a.err
	}
	return authURL, wait, nil
}

// Cancel ends the sign-in in progress for key with ErrCancelled. It reports whether there was one.
func (f *Flow) Cancel(key string) bool {
	f.mu.Lock()
	a := f.current
	f.mu.Unlock()
	if a == nil || a.key != key {
		return false
	}
	return a.finish(Token{}, ErrCancelled)
}

// forget clears current if it is still a.
func (f *Flow) forget(a *attempt) {
	f.mu.Lock()
	if f.current == a {
		f.current = nil
	}
	f.mu.Unlock()
}

func listenError(addr string, err error) error {
	if isAddrInUse(err) {
		_, port, _ := net.SplitHostPort(addr)
		return &PortInUseError{Addr: addr, Port: port}
	}
	return fmt.Errorf("cannot listen for the sign-in answer on %s: %w", addr, err)
}

func randomString(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("random state: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}
