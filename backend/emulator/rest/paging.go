package rest

import (
	"encoding/base64"
	"net/http"
	"net/url"
	"sort"
	"strconv"

	"zensync/backend/emulator/internal/httpjson"
)

// listSource describes an id-ordered list for cursor and offset paging.
type listSource[T any] struct {
	key    string
	idOf   func(T) int64
	after  func(afterID int64, n int) (items []T, more bool)  // ids > afterID, ascending
	before func(beforeID int64, n int) (items []T, more bool) // ids < beforeID, ascending
	count  func() int
}

const maxOffsetRecords = 10000 // Zendesk refuses deeper offset pages on large lists

// EncodeCursor is the opaque page[after]/page[before] cursor for position v of a list.
func EncodeCursor(v int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte("c" + strconv.FormatInt(v, 10)))
}

func decodeCursor(s string) (int64, bool) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) < 2 || b[0] != 'c' {
		return 0, false
	}
	v, err := strconv.ParseInt(string(b[1:]), 10, 64)
	return v, err == nil
}

func errPagination(desc string) *httpjson.APIError {
	return &httpjson.APIError{Status: http.StatusBadRequest, Error_: "InvalidPaginationParameter", Description: desc}
}

func intParam(q url.Values, name string, def, min, max int) (int, bool) {
	v := q.Get(name)
	if v == "" {
		return def, true
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < min {
		return 0, false
	}
	if n > max {
		n = max
	}
	return n, true
}

// servePage answers a list with cursor paging (page[size], page[after], page[before]) or,
// without those, offset paging (page, per_page). decorate may add side-loads.
func servePage[T any](w http.ResponseWriter, r *apiRequest, src listSource[T], decorate func([]T, map[string]any)) *httpjson.APIError {
	q := r.URL.Query()
	out := map[string]any{}
	var items []T
	if q.Has("page[size]") || q.Has("page[after]") || q.Has("page[before]") {
		size, ok := intParam(q, "page[size]", 100, 1, 100)
		if !ok {
			return errPagination("page[size] must be a positive integer")
		}
		var more bool
		switch {
		case q.Get("page[before]") != "":
			id, ok := decodeCursor(q.Get("page[before]"))
			if !ok {
				return errPagination("page[before] is not a valid cursor")
			}
			items, more = src.before(id, size)
		default:
			after := int64(0)
			if c := q.Get("page[after]"); c != "" {
				id, ok := decodeCursor(c)
				if !ok {
					return errPagination("page[after] is not a valid cursor")
				}
				after = id
			}
			items, more = src.after(after, size)
		}
		meta := map[string]any{"has_more": more, "after_cursor": nil, "before_cursor": nil}
		links := map[string]any{"next": nil, "prev": nil}
		if len(items) > 0 {
			ac, bc := EncodeCursor(src.idOf(items[len(items)-1])), EncodeCursor(src.idOf(items[0]))
			meta["after_cursor"], meta["before_cursor"] = ac, bc
			links["next"] = pageLink(r, map[string]string{"page[size]": strconv.Itoa(size), "page[after]": ac}, "page[before]")
			links["prev"] = pageLink(r, map[string]string{"page[size]": strconv.Itoa(size), "page[before]": bc}, "page[after]")
		}
		out["meta"], out["links"] = meta, links
	} else {
		page, ok1 := intParam(q, "page", 1, 1, 1<<30)
		per, ok2 := intParam(q, "per_page", 100, 1, 100)
		if !ok1 || !ok2 {
			return errPagination("page and per_page must be positive integers")
		}
		skip := (page - 1) * per
		if skip >= maxOffsetRecords {
			return errPagination("Offset pagination is limited to the first 10000 records; use cursor pagination")
		}
		all, more := src.after(0, skip+per)
		if skip < len(all) {
			items = all[skip:]
		}
		out["count"] = src.count()
		out["next_page"], out["previous_page"] = nil, nil
		if more {
			out["next_page"] = pageLink(r, map[string]string{"page": strconv.Itoa(page + 1), "per_page": strconv.Itoa(per)}, "")
		}
		if page > 1 {
			out["previous_page"] = pageLink(r, map[string]string{"page": strconv.Itoa(page - 1), "per_page": strconv.Itoa(per)}, "")
		}
	}
	if items == nil {
		items = []T{}
	}
	out[src.key] = items
	if decorate != nil {
		decorate(items, out)
	}
	httpjson.Write(w, http.StatusOK, out)
	return nil
}

// pageLink is the request's absolute URL with set replacing query parameters and drop removed.
func pageLink(r *apiRequest, set map[string]string, drop string) string {
	q := r.URL.Query()
	for k, v := range set {
		q.Set(k, v)
	}
	if drop != "" {
		q.Del(drop)
	}
	return r.base + r.URL.Path + "?" + q.Encode()
}

// sliceSource pages an id-sorted slice.
func sliceSource[T any](key string, xs []T, idOf func(T) int64) listSource[T] {
	return listSource[T]{
		key: key, idOf: idOf,
		count: func() int { return len(xs) },
		after: func(after int64, n int) ([]T, bool) {
			i := sort.Search(len(xs), func(i int) bool { return idOf(xs[i]) > after })
			j := min(i+n, len(xs))
			return xs[i:j:j], j < len(xs)
		},
		before: func(before int64, n int) ([]T, bool) {
			j := sort.Search(len(xs), func(i int) bool { return idOf(xs[i]) >= before })
			i := max(j-n, 0)
			return xs[i:j:j], i > 0
		},
	}
}
