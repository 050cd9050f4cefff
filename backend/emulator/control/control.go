// Package control is the emulator's control API, below /_emulator: it answers loopback callers
// only and refuses cross-site requests (Refusal, guard.go), adds and lists accounts (Handler,
// over the Accounts the server gives it), and per account (AccountAPI) shows the state, reseeds,
// sets rate limits and faults, switches Help Center, moves the clock, and mounts the other parts'
// own control routes (Routes: tokens and outbox from auth, deliveries from hooks, ticket writes
// from rest).
package control

import (
	"errors"
	"net/http"
	"strconv"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/internal/pathseg"
	"zensync/backend/emulator/seed"
)

// ErrAccountExists is returned by Accounts.Add for a subdomain already served; the control API
// answers it with 409.
var ErrAccountExists = errors.New("emulator: account already exists")

// Accounts is the server as the control API sees it.
type Accounts interface {
	// Subdomains lists the served accounts, sorted.
	Subdomains() []string
	// Add seeds and serves a new account (ErrAccountExists when the subdomain is taken; any
	// other error is a name the server refuses).
	Add(subdomain string, cfg seed.Config) (*AccountAPI, error)
	// Find returns the control API of the account served at /<subdomain>.
	Find(subdomain string) (*AccountAPI, bool)
}

// Handler serves /_emulator/…: Refusal first (403 when it refuses), then GET/POST /accounts,
// and /<subdomain>/… to that account's AccountAPI.
type Handler struct {
	accounts    Accounts
	defaultSeed seed.Config
}

// New returns the control API over accounts; POST /accounts without a "seed" uses defaultSeed.
func New(accounts Accounts, defaultSeed seed.Config) *Handler {
	return &Handler{accounts: accounts, defaultSeed: defaultSeed}
}

// Serve answers r, whose path below /_emulator is path.
func (h *Handler) Serve(w http.ResponseWriter, r *http.Request, path string) {
	if msg := Refusal(r); msg != "" {
		httpjson.Write(w, http.StatusForbidden, map[string]string{"error": "Forbidden", "description": msg})
		return
	}
	if path == "/accounts" || path == "/accounts/" {
		h.serveAccounts(w, r)
		return
	}
	sub, accountPath := pathseg.SplitFirst(path)
	a, ok := h.accounts.Find(sub)
	if !ok {
		httpjson.WriteMessage(w, http.StatusNotFound, "no account "+strconv.Quote(sub))
		return
	}
	a.Serve(w, r, accountPath)
}

func (h *Handler) serveAccounts(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		httpjson.Write(w, http.StatusOK, map[string]any{"accounts": h.accounts.Subdomains()})
	case http.MethodPost:
		var body struct {
			Subdomain string       `json:"subdomain"`
			Seed      *seed.Config `json:"seed"`
		}
		if !readJSON(w, r, &body) {
			return
		}
		cfg := h.defaultSeed
		if body.Seed != nil {
			cfg = *body.Seed
		}
		a, err := h.accounts.Add(body.Subdomain, cfg)
		if err != nil {
			status := http.StatusUnprocessableEntity
			if errors.Is(err, ErrAccountExists) {
				status = http.StatusConflict
			}
			httpjson.WriteMessage(w, status, err.Error())
			return
		}
		httpjson.Write(w, http.StatusCreated, a.State())
	default:
		httpjson.WriteMessage(w, http.StatusMethodNotAllowed, "GET or POST")
	}
}

// readJSON decodes an optional JSON body into v; an empty body leaves v as is.
func readJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := httpjson.ReadOptional(r, v); err != nil {
		httpjson.WriteMessage(w, http.StatusBadRequest, "body is not valid JSON for this route: "+err.Error())
		return false
	}
	return true
}
