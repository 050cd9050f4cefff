package control

import (
	"net/http"
	"time"

	"zensync/backend/emulator/account"
	"zensync/backend/emulator/gate"
	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/seed"
)

// Parts are what one account's control API reads and changes.
type Parts struct {
	Data   *account.Account
	Limits *gate.RateLimiter
	Faults *gate.FaultQueue
}

// Routes is a part of the emulator with control routes of its own, registered below
// /_emulator/<subdomain> (auth's tokens and outbox, hooks' deliveries, rest's ticket writes).
type Routes interface {
	ControlRoutes(mux *http.ServeMux)
}

// State is GET /_emulator/<subdomain>/state.
type State struct {
	Subdomain   string          `json:"subdomain"`
	AccountID   int64           `json:"account_id"`
	Seed        seed.Config     `json:"seed"`
	Tickets     int             `json:"tickets"`
	MaxTicketID int64           `json:"max_ticket_id"`
	Changes     int             `json:"changes"`
	HelpCenter  bool            `json:"help_center"`
	RateLimits  gate.RateLimits `json:"rate_limits"`
	Faults      []gate.Fault    `json:"faults"`
	Now         time.Time       `json:"now"`
	AdminEmail  string          `json:"admin_email"`
	Password    string          `json:"password"`
}

// AccountAPI is one account's control API, served below /_emulator/<subdomain>.
type AccountAPI struct {
	p   Parts
	mux *http.ServeMux
}

// NewAccount returns the control API of the account made of p, with the control routes of the
// other parts in more.
func NewAccount(p Parts, more ...Routes) *AccountAPI {
	a := &AccountAPI{p: p, mux: http.NewServeMux()}
	a.routes()
	for _, r := range more {
		r.ControlRoutes(a.mux)
	}
	return a
}

// Serve answers r, whose path below /_emulator/<subdomain> is path.
func (a *AccountAPI) Serve(w http.ResponseWriter, r *http.Request, path string) {
	r2 := r.Clone(r.Context())
	r2.URL.Path = path
	r2.URL.RawPath = ""
	a.mux.ServeHTTP(w, r2)
}

// State is the account's state as GET /state answers it.
func (a *AccountAPI) State() State {
	d := a.p.Data
	now := d.Now()
	d.RLock()
	defer d.RUnlock()
	ds, store := d.DataLocked(), d.StoreLocked()
	return State{
		Subdomain: d.Subdomain(), AccountID: d.ID(), Seed: ds.Config, Tickets: store.LiveCount(),
		MaxTicketID: store.MaxID(), Changes: len(store.Log), HelpCenter: d.HelpCenterLocked(),
		RateLimits: a.p.Limits.Get(), Faults: a.p.Faults.List(), Now: now,
		AdminEmail: ds.Users[0].Email, Password: ds.Config.Password,
	}
}

func (a *AccountAPI) writeState(w http.ResponseWriter) { httpjson.Write(w, http.StatusOK, a.State()) }

// routes registers the account's own control routes: state, seed, rate limits, faults, Help
// Center and clock.
func (a *AccountAPI) routes() {
	d, limits, faults := a.p.Data, a.p.Limits, a.p.Faults
	a.mux.HandleFunc("GET /state", func(w http.ResponseWriter, r *http.Request) { a.writeState(w) })
	a.mux.HandleFunc("POST /seed", func(w http.ResponseWriter, r *http.Request) {
		cfg := d.Data().Config
		if !readJSON(w, r, &cfg) {
			return
		}
		d.Reseed(cfg)
		a.writeState(w)
	})
	a.mux.HandleFunc("POST /reset", func(w http.ResponseWriter, r *http.Request) {
		d.Reseed(d.Data().Config)
		a.writeState(w)
	})
	a.mux.HandleFunc("GET /rate-limits", func(w http.ResponseWriter, r *http.Request) { httpjson.Write(w, http.StatusOK, limits.Get()) })
	a.mux.HandleFunc("PUT /rate-limits", func(w http.ResponseWriter, r *http.Request) {
		rl := limits.Get()
		if !readJSON(w, r, &rl) {
			return
		}
		if rl.PerMinute < 0 || rl.Incremental < 0 || rl.TimeScale < 0 {
			httpjson.WriteMessage(w, http.StatusUnprocessableEntity, "limits and time_scale must be >= 0 (0 = off / real time)")
			return
		}
		limits.Set(rl)
		httpjson.Write(w, http.StatusOK, limits.Get())
	})
	a.mux.HandleFunc("GET /faults", func(w http.ResponseWriter, r *http.Request) {
		httpjson.Write(w, http.StatusOK, map[string]any{"faults": faults.List()})
	})
	a.mux.HandleFunc("POST /faults", func(w http.ResponseWriter, r *http.Request) {
		f := gate.Fault{Count: 1, PathPrefix: "/api/v2/"}
		if !readJSON(w, r, &f) {
			return
		}
		if err := f.Validate(); err != nil {
			httpjson.WriteMessage(w, http.StatusUnprocessableEntity, err.Error())
			return
		}
		faults.Add(f)
		httpjson.Write(w, http.StatusCreated, map[string]any{"faults": faults.List()})
	})
	a.mux.HandleFunc("DELETE /faults", func(w http.ResponseWriter, r *http.Request) {
		faults.Clear()
		w.WriteHeader(http.StatusNoContent)
	})
	a.mux.HandleFunc("PUT /help-center", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Enabled *bool `json:"enabled"`
		}
		if !readJSON(w, r, &body) {
			return
		}
		if body.Enabled == nil {
			httpjson.WriteMessage(w, http.StatusUnprocessableEntity, `body must be {"enabled": true|false}`)
			return
		}
		d.SetHelpCenter(*body.Enabled)
		httpjson.Write(w, http.StatusOK, map[string]bool{"enabled": *body.Enabled})
	})
	a.mux.HandleFunc("POST /clock", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			AdvanceSeconds int64 `json:"advance_seconds"`
		}
		if !readJSON(w, r, &body) {
			return
		}
		if body.AdvanceSeconds < 0 {
			httpjson.WriteMessage(w, http.StatusUnprocessableEntity, "the clock only moves forward")
			return
		}
		d.AdvanceClock(time.Duration(body.AdvanceSeconds) * time.Second)
		httpjson.Write(w, http.StatusOK, map[string]any{"now": d.Now()})
	})
}
