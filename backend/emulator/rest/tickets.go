package rest

import (
	"encoding/json"
	"io"
	"net/http"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/record"
	"zensync/backend/emulator/tickets"
	"zensync/backend/zendesk/wire"
)

// ticketSource pages live (not deleted) tickets by id.
func (a *API) ticketSource(base string) listSource[record.Ticket] {
	walk := func(from, step int64, n int) ([]record.Ticket, bool) {
		a.RLock()
		defer a.RUnlock()
		s := a.StoreLocked()
		last := s.MaxID()
		out := make([]record.Ticket, 0, n)
		id := from
		for ; id >= 1 && id <= last; id += step {
			t, ok := s.Get(id)
			if !ok || t.Status == "deleted" {
				continue
			}
			if len(out) == n {
				return out, true
			}
			t.URL = tickets.URL(base, id)
			out = append(out, t)
		}
		return out, false
	}
	return listSource[record.Ticket]{
		key:   "tickets",
		idOf:  func(t record.Ticket) int64 { return t.ID },
		after: func(after int64, n int) ([]record.Ticket, bool) { return walk(after+1, 1, n) },
		before: func(before int64, n int) ([]record.Ticket, bool) {
			out, more := walk(before-1, -1, n)
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
			return out, more
		},
		count: func() int {
			a.RLock()
			defer a.RUnlock()
			return a.StoreLocked().LiveCount()
		},
	}
}

func (a *API) handleTickets(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	return servePage(w, r, a.ticketSource(r.base), a.ticketSideloads(r))
}

// ticketSideloads adds include=users,groups,organizations to a ticket answer.
func (a *API) ticketSideloads(r *apiRequest) func([]record.Ticket, map[string]any) {
	inc := includes(r)
	return func(ts []record.Ticket, out map[string]any) {
		ds := a.Data()
		if inc["users"] {
			seen := map[int64]bool{}
			users := []wire.User{}
			add := func(id int64) {
				if seen[id] {
					return
				}
				seen[id] = true
				if u, ok := ds.UserOK(id); ok {
					users = append(users, withUserURL(r.base, u))
				}
			}
			for _, t := range ts {
				add(t.RequesterID)
				add(t.SubmitterID)
				if t.AssigneeID != nil {
					add(*t.AssigneeID)
				}
			}
			out["users"] = users
		}
		if inc["groups"] {
			out["groups"] = sideloadOf(r, ts, func(t record.Ticket) *int64 { return t.GroupID }, ds.Groups, ds.GroupIndex, withGroupURL)
		}
		if inc["organizations"] {
			out["organizations"] = sideloadOf(r, ts, func(t record.Ticket) *int64 { return t.OrganizationID }, ds.Orgs, ds.OrgIndex, withOrgURL)
		}
	}
}

// sideloadOf collects, once each in the order first named, the records of items that the
// tickets name by ref (index finds one, -1 when absent), each with its url.
func sideloadOf[T any](r *apiRequest, ts []record.Ticket, ref func(record.Ticket) *int64, items []T, index func(int64) int, withURL func(string, T) T) []T {
	seen := map[int64]bool{}
	out := []T{}
	for _, t := range ts {
		if id := ref(t); id != nil && !seen[*id] {
			seen[*id] = true
			if i := index(*id); i >= 0 {
				out = append(out, withURL(r.base, items[i]))
			}
		}
	}
	return out
}

// liveTicket returns ticket id unless it does not exist or is deleted.
func (a *API) liveTicket(id int64, base string) (record.Ticket, bool) {
	a.RLock()
	t, ok := a.StoreLocked().Get(id)
	a.RUnlock()
	if !ok || t.Status == "deleted" {
		return record.Ticket{}, false
	}
	t.URL = tickets.URL(base, id)
	return t, true
}

func (a *API) handleTicket(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	id, _ := pathID(r, "id")
	t, ok := a.liveTicket(id, r.base)
	if !ok {
		return httpjson.NotFound()
	}
	out := map[string]any{"ticket": t}
	a.ticketSideloads(r)([]record.Ticket{t}, out)
	httpjson.Write(w, http.StatusOK, out)
	return nil
}

func (a *API) handleTicketsShowMany(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	out, body, e := showMany(r, "tickets", func(id int64) (record.Ticket, bool) { return a.liveTicket(id, r.base) })
	if e != nil {
		return e
	}
	a.ticketSideloads(r)(out, body)
	httpjson.Write(w, http.StatusOK, body)
	return nil
}

// readTicketInput decodes {"ticket": {...}}.
func readTicketInput(r *apiRequest) (tickets.Input, *httpjson.APIError) {
	var body struct {
		Ticket *tickets.Input `json:"ticket"`
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return tickets.Input{}, httpjson.BadRequest("InvalidRequest", "could not read the body")
	}
	if err := json.Unmarshal(b, &body); err != nil || body.Ticket == nil {
		return tickets.Input{}, httpjson.BadRequest("InvalidJSON", "The body must be JSON: {\"ticket\": {...}}")
	}
	return *body.Ticket, nil
}

func (a *API) handleCreateTicket(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	in, e := readTicketInput(r)
	if e != nil {
		return e
	}
	t, e := a.CreateTicket(in, r.principal, r.base)
	if e != nil {
		return e
	}
	w.Header().Set("Location", t.URL)
	httpjson.Write(w, http.StatusCreated, map[string]any{"ticket": t})
	return nil
}

func (a *API) handleUpdateTicket(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	id, _ := pathID(r, "id")
	in, e := readTicketInput(r)
	if e != nil {
		return e
	}
	t, e := a.UpdateTicket(id, in, r.principal, r.base)
	if e != nil {
		return e
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"ticket": t})
	return nil
}

func (a *API) handleDeleteTicket(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	id, _ := pathID(r, "id")
	if e := a.SoftDeleteTicket(id, r.principal, r.base); e != nil {
		return e
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (a *API) handleMerge(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	id, _ := pathID(r, "id")
	var body struct {
		IDs                   []int64 `json:"ids"`
		TargetComment         string  `json:"target_comment"`
		SourceComment         string  `json:"source_comment"`
		TargetCommentIsPublic *bool   `json:"target_comment_is_public"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&body); err != nil {
		return httpjson.BadRequest("InvalidJSON", "The body must be JSON: {\"ids\": [...]}")
	}
	public := body.TargetCommentIsPublic == nil || *body.TargetCommentIsPublic
	if e := a.MergeTickets(id, body.IDs, body.TargetComment, body.SourceComment, public, r.principal, r.base); e != nil {
		return e
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"job_status": map[string]any{
		"id": EncodeCursor(a.Now().UnixNano()), "status": "completed", "total": len(body.IDs), "progress": len(body.IDs),
		"url": r.base + "/api/v2/job_statuses/" + EncodeCursor(a.Now().UnixNano()) + ".json", "message": "Completed",
	}})
	return nil
}

func (a *API) handleComments(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	id, _ := pathID(r, "id")
	if _, ok := a.liveTicket(id, r.base); !ok {
		return httpjson.NotFound()
	}
	a.RLock()
	cs := a.StoreLocked().Comments(id, r.base)
	a.RUnlock()
	return servePage(w, r, sliceSource("comments", cs, func(c record.Comment) int64 { return c.ID }), nil)
}
