package emulator

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"zensync/backend/emulator/internal/httpjson"
)

// The control API (loopback only). Server level: GET/POST /_emulator/accounts. Account level,
// below /_emulator/<subdomain>: see doc.go for every route.

func (s *Server) serveControl(w http.ResponseWriter, r *http.Request, rest string) {
	if rest == "/accounts" || rest == "/accounts/" {
		switch r.Method {
		case http.MethodGet:
			httpjson.Write(w, http.StatusOK, map[string]any{"accounts": s.Subdomains()})
		case http.MethodPost:
			var body struct {
				Subdomain string      `json:"subdomain"`
				Seed      *SeedConfig `json:"seed"`
			}
			if !readControlJSON(w, r, &body) {
				return
			}
			seed := s.opts.Seed
			if body.Seed != nil {
				seed = *body.Seed
			}
			a, err := s.AddAccount(body.Subdomain, seed)
			if err != nil {
				status := http.StatusUnprocessableEntity
				if errors.Is(err, ErrAccountExists) {
					status = http.StatusConflict
				}
				ctlError(w, status, err.Error())
				return
			}
			httpjson.Write(w, http.StatusCreated, a.state())
		default:
			ctlError(w, http.StatusMethodNotAllowed, "GET or POST")
		}
		return
	}
	sub, accountRest := splitFirst(rest)
	a, ok := s.Account(sub)
	if !ok {
		ctlError(w, http.StatusNotFound, "no account "+strconv.Quote(sub))
		return
	}
	a.serveControlAccount(w, r, accountRest)
}

func ctlError(w http.ResponseWriter, status int, msg string) {
	httpjson.Write(w, status, map[string]string{"error": msg})
}

// readControlJSON decodes an optional JSON body into v; an empty body leaves v as is.
func readControlJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	b, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		ctlError(w, http.StatusBadRequest, "read body: "+err.Error())
		return false
	}
	if len(strings.TrimSpace(string(b))) == 0 {
		return true
	}
	if err := json.Unmarshal(b, v); err != nil {
		ctlError(w, http.StatusBadRequest, "body is not valid JSON for this route: "+err.Error())
		return false
	}
	return true
}

// accountState is GET /_emulator/<subdomain>/state.
type accountState struct {
	Subdomain   string     `json:"subdomain"`
	AccountID   int64      `json:"account_id"`
	Seed        SeedConfig `json:"seed"`
	Tickets     int        `json:"tickets"`
	MaxTicketID int64      `json:"max_ticket_id"`
	Changes     int        `json:"changes"`
	HelpCenter  bool       `json:"help_center"`
	RateLimits  RateLimits `json:"rate_limits"`
	Faults      []Fault    `json:"faults"`
	Now         time.Time  `json:"now"`
	AdminEmail  string     `json:"admin_email"`
	Password    string     `json:"password"`
}

func (a *Account) state() accountState {
	now := a.Now()
	a.RLock()
	defer a.RUnlock()
	return accountState{
		Subdomain: a.Subdomain(), AccountID: a.ID(), Seed: a.DataLocked().Config, Tickets: a.StoreLocked().LiveCount(),
		MaxTicketID: a.StoreLocked().MaxID(), Changes: len(a.StoreLocked().Log), HelpCenter: a.HelpCenterLocked(),
		RateLimits: a.limits.Get(), Faults: a.faults.List(), Now: now,
		AdminEmail: a.DataLocked().Users[0].Email, Password: a.DataLocked().Config.Password,
	}
}

// controlRoutesData registers the account's own control routes (state, seed, rate limits,
// faults, Help Center, clock) and the REST ticket routes without a token.
func (a *Account) controlRoutesData(mux *http.ServeMux) {
	mux.HandleFunc("GET /state", func(w http.ResponseWriter, r *http.Request) { httpjson.Write(w, http.StatusOK, a.state()) })
	mux.HandleFunc("POST /seed", func(w http.ResponseWriter, r *http.Request) {
		cfg := a.Data().Config
		if !readControlJSON(w, r, &cfg) {
			return
		}
		a.Reseed(cfg)
		httpjson.Write(w, http.StatusOK, a.state())
	})
	mux.HandleFunc("POST /reset", func(w http.ResponseWriter, r *http.Request) {
		a.Reseed(a.Data().Config)
		httpjson.Write(w, http.StatusOK, a.state())
	})
	mux.HandleFunc("GET /rate-limits", func(w http.ResponseWriter, r *http.Request) { httpjson.Write(w, http.StatusOK, a.limits.Get()) })
	mux.HandleFunc("PUT /rate-limits", func(w http.ResponseWriter, r *http.Request) {
		rl := a.limits.Get()
		if !readControlJSON(w, r, &rl) {
			return
		}
		if rl.PerMinute < 0 || rl.Incremental < 0 || rl.TimeScale < 0 {
			ctlError(w, http.StatusUnprocessableEntity, "limits and time_scale must be >= 0 (0 = off / real time)")
			return
		}
		a.limits.Set(rl)
		httpjson.Write(w, http.StatusOK, a.limits.Get())
	})
	mux.HandleFunc("GET /faults", func(w http.ResponseWriter, r *http.Request) {
		httpjson.Write(w, http.StatusOK, map[string]any{"faults": a.faults.List()})
	})
	mux.HandleFunc("POST /faults", func(w http.ResponseWriter, r *http.Request) {
		f := Fault{Count: 1, PathPrefix: "/api/v2/"}
		if !readControlJSON(w, r, &f) {
			return
		}
		if err := f.Validate(); err != nil {
			ctlError(w, http.StatusUnprocessableEntity, err.Error())
			return
		}
		a.faults.Add(f)
		httpjson.Write(w, http.StatusCreated, map[string]any{"faults": a.faults.List()})
	})
	mux.HandleFunc("DELETE /faults", func(w http.ResponseWriter, r *http.Request) {
		a.faults.Clear()
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("PUT /help-center", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Enabled *bool `json:"enabled"`
		}
		if !readControlJSON(w, r, &body) {
			return
		}
		if body.Enabled == nil {
			ctlError(w, http.StatusUnprocessableEntity, `body must be {"enabled": true|false}`)
			return
		}
		a.SetHelpCenter(*body.Enabled)
		httpjson.Write(w, http.StatusOK, map[string]bool{"enabled": *body.Enabled})
	})
	mux.HandleFunc("POST /clock", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			AdvanceSeconds int64 `json:"advance_seconds"`
		}
		if !readControlJSON(w, r, &body) {
			return
		}
		if body.AdvanceSeconds < 0 {
			ctlError(w, http.StatusUnprocessableEntity, "the clock only moves forward")
			return
		}
		a.AdvanceClock(time.Duration(body.AdvanceSeconds) * time.Second)
		httpjson.Write(w, http.StatusOK, map[string]any{"now": a.Now()})
	})
	a.rest.ControlTicketRoutes(mux)
}
