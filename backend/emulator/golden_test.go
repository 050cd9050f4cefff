package emulator_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/seed"
)

// Golden files in testdata/ are Zendesk's documented examples, trimmed to the fields the
// emulator serves. The comparison is by shape, both ways: the same keys in every object and
// the same JSON types (null on either side matches anything; arrays compare their first
// elements).

func shapeDiff(path string, golden, got any) []string {
	if golden == nil || got == nil {
		return nil
	}
	switch g := golden.(type) {
	case map[string]any:
		o, ok := got.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: want object, got %T", path, got)}
		}
		var diffs []string
		for k := range g {
			if _, ok := o[k]; !ok {
				diffs = append(diffs, fmt.Sprintf("%s.%s: missing", path, k))
			}
		}
		for k := range o {
			if _, ok := g[k]; !ok {
				diffs = append(diffs, fmt.Sprintf("%s.%s: not in Zendesk's shape", path, k))
			}
		}
		for k, v := range g {
			if ov, ok := o[k]; ok && !isFreeForm(k) {
				diffs = append(diffs, shapeDiff(path+"."+k, v, ov)...)
			}
		}
		sort.Strings(diffs)
		return diffs
	case []any:
		o, ok := got.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: want array, got %T", path, got)}
		}
		if len(g) == 0 || len(o) == 0 {
			return nil
		}
		// heterogeneous lists (child_events): compare with the first of the same event_type
		if gm, ok := g[0].(map[string]any); ok && gm["event_type"] != nil {
			for _, x := range o {
				if xm, ok := x.(map[string]any); ok && xm["event_type"] == gm["event_type"] {
					return shapeDiff(path+"[0]", g[0], x)
				}
			}
			return []string{fmt.Sprintf("%s: no %v event", path, gm["event_type"])}
		}
		return shapeDiff(path+"[0]", g[0], o[0])
	default:
		if fmt.Sprintf("%T", golden) != fmt.Sprintf("%T", got) {
			return []string{fmt.Sprintf("%s: want %T, got %T", path, golden, got)}
		}
		return nil
	}
}

// readGolden decodes the golden file testdata/name.
func readGolden(t *testing.T, name string) any {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	var golden any
	if err := json.Unmarshal(raw, &golden); err != nil {
		t.Fatal(err)
	}
	return golden
}

// isFreeForm names objects whose keys are the account's own (custom fields, ratings).
func isFreeForm(key string) bool {
	switch key {
	case "user_fields", "organization_fields", "satisfaction_rating", "details", "from", "to", "system", "value":
		return true
	}
	return false
}

func TestGoldenShapes(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 400, Users: 50, Organizations: 10, Articles: 30})
	start := e.Acct.Data().Start.Add(-time.Hour).Unix()
	// a seeded ticket with an attachment, so the comment shape is complete
	ds := e.Acct.Data()
	withAttachment := int64(0)
	for id := int64(1); id <= 400 && withAttachment == 0; id++ {
		if del, _ := ds.SeededKind(id); del {
			continue
		}
		for _, c := range ds.SeededComments(id, "") {
			if len(c.Attachments) > 0 {
				withAttachment = id
			}
		}
	}
	cases := []struct {
		golden, method, path string
		body                 any
		status               int
	}{
		{"users_me.json", "GET", "/acme/api/v2/users/me.json", nil, 200},
		{"user_show.json", "GET", fmt.Sprintf("/acme/api/v2/users/%d.json", seed.UserBase+2), nil, 200},
		{"users_list_offset.json", "GET", "/acme/api/v2/users.json?per_page=10", nil, 200},
		{"organizations_list_cursor.json", "GET", "/acme/api/v2/organizations.json?page[size]=2", nil, 200},
		{"organization_show.json", "GET", fmt.Sprintf("/acme/api/v2/organizations/%d.json", seed.OrgBase+1), nil, 200},
		{"groups_list_offset.json", "GET", "/acme/api/v2/groups.json", nil, 200},
		{"ticket_show.json", "GET", "/acme/api/v2/tickets/2.json", nil, 200},
		{"ticket_create.json", "POST", "/acme/api/v2/tickets.json", map[string]any{"ticket": map[string]any{"subject": "Help", "comment": map[string]any{"body": "Fire"}}}, 201},
		{"tickets_list_cursor.json", "GET", "/acme/api/v2/tickets.json?page[size]=2", nil, 200},
		{"tickets_list_offset.json", "GET", "/acme/api/v2/tickets.json?per_page=2", nil, 200},
		{"tickets_show_many.json", "GET", "/acme/api/v2/tickets/show_many.json?ids=1,2", nil, 200},
		{"ticket_comments_cursor.json", "GET", fmt.Sprintf("/acme/api/v2/tickets/%d/comments.json?page[size]=1", withAttachment), nil, 200},
		{"incremental_tickets_cursor.json", "GET", fmt.Sprintf("/acme/api/v2/incremental/tickets/cursor.json?start_time=%d&per_page=3", start), nil, 200},
		{"incremental_tickets_time.json", "GET", fmt.Sprintf("/acme/api/v2/incremental/tickets.json?start_time=%d&per_page=3", start), nil, 200},
		{"incremental_users_cursor.json", "GET", fmt.Sprintf("/acme/api/v2/incremental/users/cursor.json?start_time=%d&per_page=3", start), nil, 200},
		{"incremental_organizations.json", "GET", fmt.Sprintf("/acme/api/v2/incremental/organizations.json?start_time=%d", start), nil, 200},
		{"incremental_ticket_events.json", "GET", fmt.Sprintf("/acme/api/v2/incremental/ticket_events.json?start_time=%d&include=comment_events&per_page=1", start), nil, 200},
		{"hc_categories_offset.json", "GET", "/acme/api/v2/help_center/categories.json", nil, 200},
		{"hc_sections_cursor.json", "GET", "/acme/api/v2/help_center/en-us/sections.json?page[size]=2", nil, 200},
		{"hc_articles_offset.json", "GET", "/acme/api/v2/help_center/fr/articles.json?per_page=5", nil, 200},
		{"hc_article_show.json", "GET", fmt.Sprintf("/acme/api/v2/help_center/articles/%d.json", seed.ArticleBase+1), nil, 200},
		{"hc_article_translations.json", "GET", fmt.Sprintf("/acme/api/v2/help_center/articles/%d/translations.json", seed.ArticleBase+1), nil, 200},
		{"hc_incremental_articles.json", "GET", fmt.Sprintf("/acme/api/v2/help_center/incremental/articles.json?start_time=%d", start), nil, 200},
		{"error_not_found.json", "GET", "/acme/api/v2/tickets/9999999.json", nil, 404},
		{"error_record_invalid.json", "PUT", "/acme/api/v2/tickets/2.json", map[string]any{"ticket": map[string]any{"status": "bogus"}}, 422},
	}
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c.golden, ".json"), func(t *testing.T) {
			golden := readGolden(t, c.golden)
			status, got, _ := e.Do(c.method, c.path, emutest.AdminToken, c.body)
			if status != c.status {
				t.Fatalf("status %d, want %d: %v", status, c.status, got)
			}
			if diffs := shapeDiff("$", golden, any(got)); len(diffs) > 0 {
				t.Fatalf("shape differs from Zendesk's:\n  %s", strings.Join(diffs, "\n  "))
			}
		})
	}
	t.Run("the comparison catches a missing key", func(t *testing.T) {
		if d := shapeDiff("$", map[string]any{"a": 1.0, "b": "x"}, map[string]any{"a": "1"}); len(d) != 2 {
			t.Fatalf("diffs %v", d)
		}
	})
}
