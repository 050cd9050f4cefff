package zendesk

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
)

// cursorPage is the paging part of a cursor-paged list answer (ZENDESK_API.md §4).
type cursorPage struct {
	Meta struct {
		HasMore     bool   `json:"has_more"`
		AfterCursor string `json:"after_cursor"`
	} `json:"meta"`
	Links struct {
		Next string `json:"next"`
	} `json:"links"`
}

// maxCursorPages stops a server that always says has_more from looping forever.
const maxCursorPages = 100000

// listCursor walks a cursor-paged list from path (which should carry page[size]) and returns
// every item under key. It follows links.next, or page[after]=after_cursor when there is no
// link, while meta.has_more is true.
func listCursor[T any](ctx context.Context, c *Client, path, key string) ([]T, error) {
	var all []T
	next := path
	for page := 0; next != ""; page++ {
		if page == maxCursorPages {
			return all, fmt.Errorf("zendesk: %s: more than %d pages", path, maxCursorPages)
		}
		var raw map[string]json.RawMessage
		if err := c.getJSON(ctx, next, &raw); err != nil {
			return all, err
		}
		var items []T
		if body, ok := raw[key]; ok {
			if err := json.Unmarshal(body, &items); err != nil {
				return all, fmt.Errorf("zendesk: %s: %w: %v", key, ErrMalformed, err)
			}
		}
		all = append(all, items...)
		var p cursorPage
		if b, ok := raw["meta"]; ok {
			_ = json.Unmarshal(b, &p.Meta)
		}
		if b, ok := raw["links"]; ok {
			_ = json.Unmarshal(b, &p.Links)
		}
		next = nextCursorURL(path, p)
	}
	return all, nil
}

// nextCursorURL is where the page after p is, or "" at the end.
func nextCursorURL(first string, p cursorPage) string {
	if !p.Meta.HasMore {
		return ""
	}
	if p.Links.Next != "" {
		return p.Links.Next
	}
	if p.Meta.AfterCursor == "" {
		return ""
	}
	u, err := url.Parse(first)
	if err != nil {
		return ""
	}
	q := u.Query()
	q.Set("page[after]", p.Meta.AfterCursor)
	u.RawQuery = q.Encode()
	return u.String()
}
