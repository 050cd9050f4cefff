package rest

import "strconv"

// guideLastPage is the page[before] cursor Help Center's links.last carries ("last_page").
const guideLastPage = "bGFzdF9wYWdl"

// guideLinks reshapes a cursor page's links as Help Center answers them (recorded; see
// backend/zendesk/testdata/recorded/hc_categories_cursor.json): "first" and "last" always,
// "next" only while has_more, "prev" only after the first page. Support's lists carry "next"
// and "prev" always. Offset pages are left alone.
func guideLinks[T any](r *apiRequest) func([]T, map[string]any) {
	return func(_ []T, out map[string]any) {
		links, ok := out["links"].(map[string]any)
		if !ok {
			return
		}
		q := r.URL.Query()
		size := q.Get("page[size]")
		if _, err := strconv.Atoi(size); err != nil {
			size = "100"
		}
		shaped := map[string]any{
			"first": pageLinkWithout(r, map[string]string{"page[size]": size}, "page[after]", "page[before]"),
			"last":  pageLink(r, map[string]string{"page[size]": size, "page[before]": guideLastPage}, "page[after]"),
		}
		if meta, _ := out["meta"].(map[string]any); meta != nil && meta["has_more"] == true && links["next"] != nil {
			shaped["next"] = links["next"]
		}
		if (q.Get("page[after]") != "" || q.Get("page[before]") != "") && links["prev"] != nil {
			shaped["prev"] = links["prev"]
		}
		out["links"] = shaped
	}
}

// pageLinkWithout is pageLink dropping several parameters.
func pageLinkWithout(r *apiRequest, set map[string]string, drop ...string) string {
	q := r.URL.Query()
	for _, d := range drop {
		q.Del(d)
	}
	for k, v := range set {
		q.Set(k, v)
	}
	return r.base + r.URL.Path + "?" + q.Encode()
}
