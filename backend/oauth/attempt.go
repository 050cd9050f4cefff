package oauth

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/oauth2"
)

// attempt is one sign-in: its PKCE verifier and state, and the listener that receives the
// single redirect.
type attempt struct {
	flow     *Flow
	key      string
	state    string
	verifier string
	conf     *oauth2.Config
	ln       net.Listener
	srv      *http.Server
	used     atomic.Bool  // the request with the right state came
	ignored  atomic.Int64 // requests without this sign-in's state

	timerMu sync.Mutex
	timer   *time.Timer // the time limit; set by startTimer

	once   sync.Once
	done   chan struct{} // closed when tok/err are set
	closed chan struct{} // closed once the port is free again
	tok    Token
	err    error
}

func newAttempt(f *Flow, key, state, verifier string, conf *oauth2.Config, ln net.Listener) *attempt {
	a := &attempt{flow: f, key: key, state: state, verifier: verifier, conf: conf, ln: ln,
		done: make(chan struct{}), closed: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc(f.cfg.Path, a.callback)
	a.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	return a
}

func (a *attempt) serve() {
	go func() {
		if err := a.srv.Serve(a.ln); err != nil && !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
			a.flow.log.Warn("redirect listener stopped", "err", err)
		}
	}()
}

// startTimer ends the attempt with err after d.
func (a *attempt) startTimer(d time.Duration, err error) {
	a.timerMu.Lock()
	defer a.timerMu.Unlock()
	a.timer = time.AfterFunc(d, func() { a.finish(Token{}, err) })
}

// finish records the outcome once, frees the port at once and stops serving after the answer
// page has been written. It reports whether this call decided the outcome.
func (a *attempt) finish(tok Token, err error) bool {
	decided := false
	a.once.Do(func() {
		decided = true
		a.tok, a.err = tok, err
		a.timerMu.Lock()
		if a.timer != nil {
			a.timer.Stop()
		}
		a.timerMu.Unlock()
		_ = a.ln.Close()
		close(a.closed)
		close(a.done)
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = a.srv.Shutdown(ctx)
			a.flow.forget(a)
		}()
		if err != nil {
			a.flow.log.Info("sign-in ended", "integration_id", a.key, "err", err)
		} else {
			a.flow.log.Info("sign-in succeeded", "integration_id", a.key, "token", tok)
		}
	})
	return decided
}

// callback handles the browser's return from Zendesk. Any web page can make the browser request
// this loopback address, so a request without this sign-in's state is ignored: it gets a fixed
// page and the sign-in keeps waiting. Only the first request with the right state counts; it
// exchanges the code with the PKCE verifier and answers with a page saying how it went.
func (a *attempt) callback(w http.ResponseWriter, r *http.Request) {
	if !a.ownsState(r.URL.Query().Get("state")) {
		if a.ignored.Add(1) == 1 {
			a.flow.log.Warn("ignored a request to the sign-in address that does not carry this sign-in's state",
				"integration_id", a.key)
		}
		writePage(w, http.StatusBadRequest, false, "This page does not belong to the sign-in in progress. Return to Zensync.")
		return
	}
	if !a.used.CompareAndSwap(false, true) {
		writePage(w, http.StatusGone, false, "This sign-in link was already used. Return to Zensync and start again if needed.")
		return
	}
	select {
	case <-a.done:
		writePage(w, http.StatusGone, false, "This sign-in has already ended. Return to Zensync and start again.")
		return
	default:
	}
	tok, err := a.complete(r)
	if !a.finish(tok, err) {
		// Cancelled or timed out while the code was being exchanged.
		err = a.err
	}
	if err != nil {
		writePage(w, http.StatusBadRequest, false, Message(err))
		return
	}
	writePage(w, http.StatusOK, true, "You can close this tab and return to Zensync.")
}

// ownsState reports whether state is this sign-in's, in constant time.
func (a *attempt) ownsState(state string) bool {
	return state != "" && subtle.ConstantTimeCompare([]byte(state), []byte(a.state)) == 1
}

// complete turns the redirect (whose state is already checked) into a token.
func (a *attempt) complete(r *http.Request) (Token, error) {
	q := r.URL.Query()
	if e := q.Get("error"); e != "" {
		if e == "access_denied" {
			return Token{}, ErrDenied
		}
		return Token{}, fmt.Errorf("%w: %s %s", ErrAuthorization, capText(e, maxErrorCode), capText(q.Get("error_description"), maxEchoed))
	}
	code := q.Get("code")
	if code == "" {
		return Token{}, ErrNoCode
	}
	// The exchange stops when the attempt ends meanwhile (Cancel, time limit).
	ctx, cancel := context.WithTimeout(context.Background(), exchangeTimeout)
	defer cancel()
	go func() {
		select {
		case <-a.done:
			cancel()
		case <-ctx.Done():
		}
	}()
	hctx := context.WithValue(ctx, oauth2.HTTPClient, a.flow.cfg.HTTPClient)
	now := a.flow.cfg.Now()
	t, err := a.conf.Exchange(hctx, code, oauth2.VerifierOption(a.verifier),
		oauth2.SetAuthURLParam("scope", strings.Join(a.conf.Scopes, " ")))
	if err != nil {
		return Token{}, exchangeError(err)
	}
	return fromOAuth2(t, now), nil
}

// exchangeError maps a token endpoint failure: invalid_grant is a code that expired or was
// used (or a wrong verifier); everything else is ErrExchange with the reason.
func exchangeError(err error) error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		if re.ErrorCode == "invalid_grant" {
			return ErrInvalidGrant
		}
		desc := capText(re.ErrorDescription, maxEchoed)
		if desc == "" {
			desc = capText(re.ErrorCode, maxErrorCode)
		}
		if desc == "" && re.Response != nil {
			desc = re.Response.Status
		}
		return fmt.Errorf("%w: %s", ErrExchange, desc)
	}
	return fmt.Errorf("%w: %w", ErrExchange, err)
}
