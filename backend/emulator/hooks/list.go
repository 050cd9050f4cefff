package hooks

import (
	"encoding/base64"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"zensync/backend/emulator/internal/httpjson"
)

// cursorPage is a cursor-paging request: page[size] (≤ 100) and page[after] or page[before].
type cursorPage struct {
	size          int
	after, before string // decoded ids
}

func parseCursorPage(q url.Values) (cursorPage, *httpjson.APIError) {
	pg := cursorPage{size: 100}
	if v := q.Get("page[size]"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return pg, httpjson.BadRequest("InvalidPaginationParameter", "page[size] must be a positive number")
		}
		pg.size = min(n, 100)
	}
	for _, k := range []string{"page[after]", "page[before]"} {
		v := q.Get(k)
		if v == "" {
			continue
		}
		id, err := base64.RawURLEncoding.DecodeString(v)
		if err != nil || len(id) == 0 {
			return pg, httpjson.BadRequest("InvalidPaginationParameter", "Invalid cursor in "+k)
		}
		if k == "page[after]" {
			pg.after = string(id)
		} else {
			pg.before = string(id)
		}
	}
	return pg, nil
}

// pageOf cuts one page out of items (already filtered and sorted) and answers it as Zendesk's
// webhooks service does (recorded answers, see backend/zendesk/testdata/recorded): {key: [...],
// "meta": {"has_more"}} on the last page; while more is left, meta also has after_cursor and
// "links" has next. A page after the first also carries before_cursor and links.prev (choice:
// no recording shows a second page). A cursor is the base64url of the boundary item's id.
func pageOf[T any](w http.ResponseWriter, r *http.Request, base, key string, items []T, idOf func(T) string, view func(T) any, pg cursorPage) {
	start, end := 0, len(items)
	index := func(id string) int { return slices.IndexFunc(items, func(t T) bool { return idOf(t) == id }) }
	hasMore := false
	switch {
	case pg.before != "":
		if i := index(pg.before); i >= 0 {
			end = i
		}
		start = max(0, end-pg.size)
		hasMore = start > 0
	default:
		if pg.after != "" {
			if i := index(pg.after); i >= 0 {
				start = i + 1
			} else {
				start = len(items)
			}
		}
		end = min(len(items), start+pg.size)
		hasMore = end < len(items)
	}
	views := make([]any, 0, end-start)
	for _, it := range items[start:end] {
		views = append(views, view(it))
	}
	meta, links := map[string]any{"has_more": hasMore}, map[string]any{}
	if end > start {
		if hasMore {
			a := base64.RawURLEncoding.EncodeToString([]byte(idOf(items[end-1])))
			meta["after_cursor"], links["next"] = a, pageURL(base, r, "page[after]", a, pg.size)
		}
		if start > 0 {
			b := base64.RawURLEncoding.EncodeToString([]byte(idOf(items[start])))
			meta["before_cursor"], links["prev"] = b, pageURL(base, r, "page[before]", b, pg.size)
		}
	}
	out := map[string]any{key: views, "meta": meta}
	if len(links) > 0 {
		out["links"] = links
	}
	httpjson.Write(w, http.StatusOK, out)
}

// pageURL is the request's URL under base with the paging parameters replaced.
func pageURL(base string, r *http.Request, key, cursor string, size int) string {
	q := r.URL.Query()
	q.Del("page[after]")
	q.Del("page[before]")
	q.Set(key, cursor)
	q.Set("page[size]", strconv.Itoa(size))
	return base + r.URL.Path + "?" + q.Encode()
}

// handleList is GET /api/v2/webhooks: filter[name_contains], filter[status], sort (name,
// status, optionally with "-"), cursor paging.
func (s *State) handleList(w http.ResponseWriter, r *http.Request) {
	q, pg, ok := s.readList(w, r)
	if !ok {
		return
	}
	nameHas := strings.ToLower(q.Get("filter[name_contains]"))
	status := q.Get("filter[status]")
	s.mu.RLock()
	hooks := make([]webhook, 0, len(s.order))
	for _, id := range s.order {
		h := s.hooks[id].hook
		if (nameHas == "" || strings.Contains(strings.ToLower(h.Name), nameHas)) && (status == "" || h.Status == status) {
			hooks = append(hooks, h)
		}
	}
	s.mu.RUnlock()
	sortKey := strings.TrimPrefix(q.Get("sort"), "-")
	desc := strings.HasPrefix(q.Get("sort"), "-")
	if sortKey == "name" || sortKey == "status" {
		slices.SortStableFunc(hooks, func(a, b webhook) int {
			ka, kb := a.Name, b.Name
			if sortKey == "status" {
				ka, kb = a.Status, b.Status
			}
			c := strings.Compare(strings.ToLower(ka), strings.ToLower(kb))
			if desc {
				c = -c
			}
			return c
		})
	}
	pageOf(w, r, s.baseURL(r), "webhooks", hooks,
		func(h webhook) string { return h.ID }, func(h webhook) any { return h.view() }, pg)
}

// handleInvocations is GET /api/v2/webhooks/{id}/invocations: newest first (sort
// latest_completed_at for oldest first), filter[status], filter[from_ts], filter[to_ts].
func (s *State) handleInvocations(w http.ResponseWriter, r *http.Request) {
	q, pg, ok := s.readList(w, r)
	if !ok {
		return
	}
	from, _ := time.Parse(time.RFC3339, q.Get("filter[from_ts]"))
	to, _ := time.Parse(time.RFC3339, q.Get("filter[to_ts]"))
	status := q.Get("filter[status]")
	s.mu.RLock()
	e, found := s.hooks[hookID(r)]
	var invs []invocationJSON
	if found {
		for _, inv := range e.invocations {
			if (status == "" || inv.Status == status) && (from.IsZero() || !inv.CreatedAt.Before(from)) &&
				(to.IsZero() || !inv.CreatedAt.After(to)) {
				invs = append(invs, inv.view())
			}
		}
	}
	s.mu.RUnlock()
	if !found {
		httpjson.WriteError(w, httpjson.NotFound())
		return
	}
	if q.Get("sort") != "latest_completed_at" {
		slices.Reverse(invs)
	}
	pageOf(w, r, s.baseURL(r), "invocations", invs,
		func(v invocationJSON) string { return v.ID }, func(v invocationJSON) any { return v }, pg)
}

// handleAttempts is GET /api/v2/webhooks/{id}/invocations/{inv}/attempts.
func (s *State) handleAttempts(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.authorizeHooks(w, r, false); !ok {
		return
	}
	invID := r.PathValue("inv")
	s.mu.RLock()
	var attempts []attemptRecord
	found := false
	if e, ok := s.hooks[hookID(r)]; ok {
		for _, inv := range e.invocations {
			if inv.ID == invID {
				attempts, found = slices.Clone(inv.Attempts), true
				break
			}
		}
	}
	s.mu.RUnlock()
	if !found {
		httpjson.WriteError(w, httpjson.NotFound())
		return
	}
	if attempts == nil {
		attempts = []attemptRecord{}
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"attempts": attempts})
}

// readList authorizes a read and parses the list's cursor paging; when it answers false it has
// written the error.
func (s *State) readList(w http.ResponseWriter, r *http.Request) (url.Values, cursorPage, bool) {
	if _, ok := s.authorizeHooks(w, r, false); !ok {
		return nil, cursorPage{}, false
	}
	q := r.URL.Query()
	pg, aerr := parseCursorPage(q)
	if aerr != nil {
		httpjson.WriteError(w, aerr)
		return nil, cursorPage{}, false
	}
	return q, pg, true
}
