package emutest

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/seed"
)

// NewDemo serves one small account "demo" (five users, no tickets, no Help Center articles)
// whose API wants real tokens (no TestAuth). Its clock starts at the real time (to the second),
// so nothing the emulator derives from it meets the wall clock far apart (cookie jars, oauth2's
// token expiry).
func NewDemo(t testing.TB) *Env {
	t.Helper()
	return NewDemoAt(t, time.Now().UTC().Truncate(time.Second))
}

// NewDemoAt is NewDemo with the account's clock starting at start: tests that prove the
// emulator's clock never leaks into what a browser judges by the wall clock pass a start far
// from now.
func NewDemoAt(t testing.TB, start time.Time) *Env {
	t.Helper()
	clk := NewClock(start)
	return Start(t, emulator.Options{Clock: clk.Now}, clk, "demo",
		emulator.SeedConfig{Tickets: -1, Users: 5, Organizations: 1, Groups: 1, Articles: -1})
}

// PostJSON posts v as JSON to path (below the server root) with the headers hdr.
func (e *Env) PostJSON(path string, v any, hdr map[string]string) (int, []byte) {
	b, _ := json.Marshal(v)
	st, _, body := e.Raw(nil, "POST", e.URL(path), "application/json", bytes.NewReader(b), hdr)
	return st, body
}

// API sends v (nil: no body) as JSON to path with the bearer token and returns status and body.
func (e *Env) API(method, path, token string, v any) (int, []byte) {
	var body io.Reader
	if v != nil {
		b, _ := json.Marshal(v)
		body = bytes.NewReader(b)
	}
	st, _, b := e.Raw(nil, method, e.URL(path), "application/json", body, map[string]string{"Authorization": "Bearer " + token})
	return st, b
}

// ControlToken issues a token pair for the user with email through the control API.
func (e *Env) ControlToken(email, scope string) (access, refresh string) {
	e.T.Helper()
	st, b := e.PostJSON("/_emulator/"+e.Sub+"/tokens", map[string]string{"email": email, "scope": scope}, nil)
	if st != http.StatusOK {
		e.T.Fatalf("control token: %d %s", st, b)
	}
	var out struct {
		AccessToken  string `json:"access_token"`
		RefreshToken string `json:"refresh_token"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		e.T.Fatalf("decode: %v", err)
	}
	return out.AccessToken, out.RefreshToken
}

// Agent returns a seeded agent (not an admin).
func (e *Env) Agent() emulator.User {
	for id := seed.UserBase + 1; id < seed.UserBase+10; id++ {
		if u, ok := e.Acct.UserByID(id); ok && u.Role == "agent" {
			return u
		}
	}
	e.T.Fatal("no agent seeded")
	return emulator.User{}
}
