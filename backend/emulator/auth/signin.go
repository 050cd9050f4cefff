package auth

import (
	"crypto/subtle"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"zensync/backend/emulator/internal/random"
)

// SessionCookie is the browser sign-in cookie, scoped to the account's path prefix.
const SessionCookie = "_zendesk_session"

// signInSession is a signed-in browser. A browser with a live session skips the sign-in and
// 2FA pages and goes straight to Allow.
type signInSession struct {
	userID  int64
	csrf    string // bound into the Allow form
	expires time.Time
}

// verifyChallenge is a sign-in waiting for its emailed 2FA code.
type verifyChallenge struct {
	userID   int64
	code     string
	returnTo string
	expires  time.Time
	attempts int
}

// OutboxMail is one email the account "sent". The control API lists them so tests and the demo
// can read the 2FA code.
type OutboxMail struct {
	To      string    `json:"to"`
	Subject string    `json:"subject"`
	Body    string    `json:"body"`
	Code    string    `json:"code"`
	SentAt  time.Time `json:"sent_at"`
}

// maxOutbox bounds the outbox; older mails are dropped first.
const maxOutbox = 1000

// currentSession returns the browser's live session, if any.
func (s *State) currentSession(r *http.Request) (signInSession, bool) {
	c, err := r.Cookie(SessionCookie)
	if err != nil {
		return signInSession{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.sessions[c.Value]
	if !ok || !s.now().Before(sess.expires) {
		delete(s.sessions, c.Value)
		return signInSession{}, false
	}
	return *sess, true
}

// safeReturnTo keeps only a return path back into this account's authorization page, so the
// sign-in form cannot be used to redirect anywhere else.
func (s *State) safeReturnTo(raw string) string {
	want := s.prefix() + "/oauth/authorizations/new"
	if raw == want || strings.HasPrefix(raw, want+"?") {
		return raw
	}
	return ""
}

// handleSignInPage shows the sign-in form (GET /access/login?return_to=…).
func (s *State) handleSignInPage(w http.ResponseWriter, r *http.Request) {
	s.renderPage(w, http.StatusOK, "signin", pageData{
		Title:    "Sign in",
		Action:   s.prefix() + "/access/login",
		ReturnTo: s.safeReturnTo(r.URL.Query().Get("return_to")),
	})
}

// handleSignIn checks email and password, then emails a 2FA code and shows the code page.
func (s *State) handleSignIn(w http.ResponseWriter, r *http.Request) {
	email := strings.TrimSpace(r.PostFormValue("email"))
	password := r.PostFormValue("password")
	returnTo := s.safeReturnTo(r.PostFormValue("return_to"))
	again := pageData{Title: "Sign in", Action: s.prefix() + "/access/login", ReturnTo: returnTo, Email: email}

	u, ok := s.acct.UserByEmail(email)
	if !ok || !passwordMatches(s.acct.Password(u.ID), password) {
		again.Error = "Invalid email or password."
		s.renderPage(w, http.StatusOK, "signin", again)
		return
	}
	if !u.Active || u.Suspended {
		again.Error = "Your account has been suspended. Contact your administrator."
		s.renderPage(w, http.StatusOK, "signin", again)
		return
	}
	id, code := random.Token(16), random.Digits(6)
	now := s.now()
	s.mu.Lock()
	s.challenges[id] = &verifyChallenge{userID: u.ID, code: code, returnTo: returnTo, expires: now.Add(VerificationLifetime)}
	s.sendMailLocked(OutboxMail{
		To:      u.Email,
		Subject: "Your verification code for " + s.acct.Subdomain(),
		Body: fmt.Sprintf("Hi %s,\n\nYour verification code is %s. It expires in %d minutes.\n\n"+
			"If you did not try to sign in to %s, you can ignore this email.\n",
			u.Name, code, int(VerificationLifetime/time.Minute), s.acct.Subdomain()),
		Code:   code,
		SentAt: now,
	})
	s.mu.Unlock()
	s.acct.Logger().Info("sign-in password accepted, 2FA code sent", "user_id", u.ID)
	s.renderPage(w, http.StatusOK, "verify", pageData{Title: "Verify", Action: s.prefix() + "/access/verify", Challenge: id, Email: u.Email})
}

// handleVerify checks the emailed code, starts the browser session and returns to the
// authorization page.
func (s *State) handleVerify(w http.ResponseWriter, r *http.Request) {
	id := r.PostFormValue("challenge")
	code := strings.TrimSpace(r.PostFormValue("code"))
	now := s.now()

	s.mu.Lock()
	ch, ok := s.challenges[id]
	if !ok || !now.Before(ch.expires) || ch.attempts >= maxVerifyAttempts {
		returnTo := ""
		if ok {
			returnTo = ch.returnTo
		}
		delete(s.challenges, id)
		s.mu.Unlock()
		s.renderPage(w, http.StatusOK, "signin", pageData{Title: "Sign in", Action: s.prefix() + "/access/login",
			ReturnTo: returnTo, Error: "Your verification code has expired. Sign in again."})
		return
	}
	if subtle.ConstantTimeCompare([]byte(ch.code), []byte(code)) != 1 {
		ch.attempts++
		u, _ := s.acct.UserByID(ch.userID)
		s.mu.Unlock()
		s.renderPage(w, http.StatusOK, "verify", pageData{Title: "Verify", Action: s.prefix() + "/access/verify",
			Challenge: id, Email: u.Email, Error: "That verification code is not valid. Try again."})
		return
	}
	delete(s.challenges, id)
	sid := random.Token(32)
	s.sessions[sid] = &signInSession{userID: ch.userID, csrf: random.Token(16), expires: now.Add(SignInSessionLife)}
	returnTo := ch.returnTo
	s.mu.Unlock()

	// A browser-session cookie: no Expires and no Max-Age. The account's clock is settable (the
	// control API moves it), while a browser judges Expires by the computer's clock, so an absolute
	// time from the account's clock would sign browsers out (clock moved forward) or never expire
	// (a clock behind the computer's). The session's 8 hours are checked on the server, against
	// the account's clock, in currentSession.
	http.SetCookie(w, &http.Cookie{
		Name: SessionCookie, Value: sid, Path: s.prefix(), HttpOnly: true, SameSite: http.SameSiteLaxMode,
	})
	if returnTo == "" {
		s.renderProblem(w, http.StatusOK, "You are signed in", "You can close this page.")
		return
	}
	http.Redirect(w, r, returnTo, http.StatusSeeOther)
}

// handleSignOut ends the browser session and goes back to return_to (or says it is done).
func (s *State) handleSignOut(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(SessionCookie); err == nil {
		s.mu.Lock()
		delete(s.sessions, c.Value)
		s.mu.Unlock()
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: s.prefix(), MaxAge: -1, HttpOnly: true})
	if rt := s.safeReturnTo(r.URL.Query().Get("return_to")); rt != "" {
		http.Redirect(w, r, rt, http.StatusSeeOther)
		return
	}
	s.renderProblem(w, http.StatusOK, "You are signed out", "You can close this page.")
}

// sendMailLocked appends to the outbox, dropping the oldest mail past maxOutbox. Callers hold s.mu.
func (s *State) sendMailLocked(m OutboxMail) {
	if len(s.outbox) >= maxOutbox {
		s.outbox = append(s.outbox[:0], s.outbox[1:]...)
	}
	s.outbox = append(s.outbox, m)
}

func passwordMatches(want, got string) bool {
	return want != "" && subtle.ConstantTimeCompare([]byte(want), []byte(got)) == 1
}

// signInURL is where a browser without a session is sent to sign in before the request r.
func (s *State) signInURL(authorizeQuery string) string {
	rt := s.prefix() + "/oauth/authorizations/new?" + authorizeQuery
	return s.prefix() + "/access/login?return_to=" + url.QueryEscape(rt)
}
