package rest

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"zensync/backend/emulator/internal/httpjson"
	"zensync/backend/emulator/seed"
	"zensync/backend/zendesk/wire"
)

// Users, organizations and groups: seeded, read-only, held as values in the dataset.

func withUserURL(base string, u wire.User) wire.User {
	u.URL = fmt.Sprintf("%s/api/v2/users/%d.json", base, u.ID)
	return u
}

func withOrgURL(base string, o wire.Organization) wire.Organization {
	o.URL = fmt.Sprintf("%s/api/v2/organizations/%d.json", base, o.ID)
	return o
}

func withGroupURL(base string, g wire.Group) wire.Group {
	g.URL = fmt.Sprintf("%s/api/v2/groups/%d.json", base, g.ID)
	return g
}

func mapSlice[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func (a *API) handleMe(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	u, ok := a.UserByID(r.principal.UserID)
	if !ok {
		return httpjson.NotFound()
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"user": withUserURL(r.base, u)})
	return nil
}

func (a *API) handleUsers(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	ds := a.Data()
	users := ds.Users
	if role := r.URL.Query().Get("role"); role != "" {
		users = nil
		for _, u := range ds.Users {
			if u.Role == role {
				users = append(users, u)
			}
		}
	}
	src := sliceSource("users", users, func(u wire.User) int64 { return u.ID })
	return servePage(w, r, src, func(items []wire.User, out map[string]any) {
		out["users"] = mapSlice(items, func(u wire.User) wire.User { return withUserURL(r.base, u) })
		if includes(r)["organizations"] {
			out["organizations"] = orgsOf(ds, r.base, items)
		}
	})
}

func (a *API) handleUsersShowMany(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	_, body, e := showMany(r, "users", func(id int64) (wire.User, bool) {
		u, ok := a.UserByID(id)
		return withUserURL(r.base, u), ok
	})
	if e != nil {
		return e
	}
	httpjson.Write(w, http.StatusOK, body)
	return nil
}

// showMany finds the records the ids parameter lists (find skips the unknown ones) and answers
// them and a one-page body with them under key.
func showMany[T any](r *apiRequest, key string, find func(int64) (T, bool)) ([]T, map[string]any, *httpjson.APIError) {
	ids, e := idList(r.URL.Query().Get("ids"))
	if e != nil {
		return nil, nil, e
	}
	out := []T{}
	for _, id := range ids {
		if x, ok := find(id); ok {
			out = append(out, x)
		}
	}
	return out, map[string]any{key: out, "next_page": nil, "previous_page": nil, "count": len(out)}, nil
}

func (a *API) handleUser(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	id, ok := pathID(r, "id")
	if !ok {
		return httpjson.NotFound()
	}
	u, ok := a.UserByID(id)
	if !ok {
		return httpjson.NotFound()
	}
	httpjson.Write(w, http.StatusOK, map[string]any{"user": withUserURL(r.base, u)})
	return nil
}

func (a *API) handleOrgs(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	return serveList(w, r, "organizations", a.Data().Orgs, func(o wire.Organization) int64 { return o.ID }, withOrgURL)
}

func (a *API) handleOrg(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	ds := a.Data()
	return serveOne(w, r, "organization", ds.Orgs, ds.OrgIndex, withOrgURL)
}

func (a *API) handleGroups(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	return serveList(w, r, "groups", a.Data().Groups, func(g wire.Group) int64 { return g.ID }, withGroupURL)
}

func (a *API) handleGroup(w http.ResponseWriter, r *apiRequest) *httpjson.APIError {
	ds := a.Data()
	return serveOne(w, r, "group", ds.Groups, ds.GroupIndex, withGroupURL)
}

// serveList pages items under key, each with its url on the request's host.
func serveList[T any](w http.ResponseWriter, r *apiRequest, key string, items []T, idOf func(T) int64, withURL func(string, T) T) *httpjson.APIError {
	return servePage(w, r, sliceSource(key, items, idOf), func(page []T, out map[string]any) {
		out[key] = mapSlice(page, func(x T) T { return withURL(r.base, x) })
	})
}

// serveOne answers {key: item} for the path's id (index finds it in items, -1 when absent: 404).
func serveOne[T any](w http.ResponseWriter, r *apiRequest, key string, items []T, index func(int64) int, withURL func(string, T) T) *httpjson.APIError {
	id, _ := pathID(r, "id")
	i := index(id)
	if i < 0 {
		return httpjson.NotFound()
	}
	httpjson.Write(w, http.StatusOK, map[string]any{key: withURL(r.base, items[i])})
	return nil
}

// orgsOf side-loads the organizations of users.
func orgsOf(ds *seed.Dataset, base string, users []wire.User) []wire.Organization {
	seen := map[int64]bool{}
	out := []wire.Organization{}
	for _, u := range users {
		if u.OrganizationID == nil || seen[*u.OrganizationID] {
			continue
		}
		seen[*u.OrganizationID] = true
		if i := ds.OrgIndex(*u.OrganizationID); i >= 0 {
			out = append(out, withOrgURL(base, ds.Orgs[i]))
		}
	}
	return out
}

// idList parses ids=1,2,3 (at most 100).
func idList(s string) ([]int64, *httpjson.APIError) {
	var ids []int64
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		id, err := strconv.ParseInt(p, 10, 64)
		if err != nil {
			return nil, httpjson.BadRequest("InvalidValue", "ids must be a comma-separated list of integers")
		}
		ids = append(ids, id)
	}
	if len(ids) > 100 {
		return nil, httpjson.BadRequest("InvalidValue", "at most 100 ids")
	}
	return ids, nil
}
