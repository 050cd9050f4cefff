package hooks_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/hooks"
)

// shapeMismatches lists where actual lacks a field of the documented example or holds a value
// of another JSON type. Arrays are compared by their first element; a documented null matches
// anything. Extra fields in actual are allowed (Zendesk adds fields; clients ignore them).
func shapeMismatches(path string, doc, actual any) []string {
	switch d := doc.(type) {
	case nil:
		return nil
	case map[string]any:
		a, ok := actual.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: want an object, got %T", path, actual)}
		}
		var out []string
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			av, ok := a[k]
			if !ok {
				out = append(out, path+"."+k+": missing")
				continue
			}
			out = append(out, shapeMismatches(path+"."+k, d[k], av)...)
		}
		return out
	case []any:
		a, ok := actual.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: want an array, got %T", path, actual)}
		}
		if len(d) == 0 {
			return nil
		}
		if len(a) == 0 {
			return []string{path + ": empty array, the example has elements"}
		}
		return shapeMismatches(path+"[0]", d[0], a[0])
	default:
		if fmt.Sprintf("%T", doc) != fmt.Sprintf("%T", actual) {
			return []string{fmt.Sprintf("%s: want %T, got %T (%v)", path, doc, actual, actual)}
		}
		return nil
	}
}

// assertShape compares a body with a golden file taken from Zendesk's documented examples.
func assertShape(t *testing.T, golden string, body []byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "webhooks", golden))
	if err != nil {
		t.Fatalf("golden: %v", err)
	}
	var doc, actual any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("golden %s: %v", golden, err)
	}
	if err := json.Unmarshal(body, &actual); err != nil {
		t.Fatalf("body %s: %v", body, err)
	}
	if m := shapeMismatches("$", doc, actual); len(m) > 0 {
		t.Fatalf("%s differs from Zendesk's documented shape:\n  %s\nbody: %s", golden, strings.Join(m, "\n  "), body)
	}
}

func exampleWebhook(name string) map[string]any {
	return map[string]any{"webhook": map[string]any{
		"name": name, "endpoint": "https://example.com/status/200", "http_method": "POST",
		"request_format": "json", "status": "active", "subscriptions": []string{"conditional_ticket_events"},
		"authentication": map[string]any{"type": "basic_auth", "add_position": "header",
			"data": map[string]string{"username": "u", "password": "hunter2"}},
	}}
}

func (e hookEnv) createHook(token string, body map[string]any) string {
	e.T.Helper()
	st, b := e.API("POST", "/demo/api/v2/webhooks", token, body)
	if st != http.StatusCreated {
		e.T.Fatalf("create webhook: %d %s", st, b)
	}
	return emutest.DecodeMap(e.T, b)["webhook"].(map[string]any)["id"].(string)
}

func TestWebhookCRUDMatchesZendeskShapes(t *testing.T) {
	e := newHookEnv(t)
	tok, _ := e.ControlToken("", "read write")

	st, b := e.API("POST", "/demo/api/v2/webhooks", tok, exampleWebhook("Example Webhook"))
	if st != http.StatusCreated {
		t.Fatalf("create: %d %s", st, b)
	}
	assertShape(t, "show.json", b)
	if strings.Contains(string(b), "hunter2") || strings.Contains(string(b), "secret") {
		t.Fatalf("create answer leaks credentials or the secret: %s", b)
	}
	id := emutest.DecodeMap(t, b)["webhook"].(map[string]any)["id"].(string)
	if len(id) != 26 {
		t.Errorf("webhook id %q is not ULID-like", id)
	}

	st, b = e.API("GET", "/demo/api/v2/webhooks/"+id, tok, nil)
	if st != http.StatusOK {
		t.Fatalf("show: %d %s", st, b)
	}
	assertShape(t, "show.json", b)

	e.createHook(tok, exampleWebhook("Other"))
	st, b = e.API("GET", "/demo/api/v2/webhooks?page[size]=1", tok, nil)
	if st != http.StatusOK {
		t.Fatalf("list: %d %s", st, b)
	}
	assertShape(t, "list.json", b)

	st, b = e.API("GET", "/demo/api/v2/webhooks/"+id+"/signing_secret", tok, nil)
	if st != http.StatusOK {
		t.Fatalf("signing secret: %d %s", st, b)
	}
	assertShape(t, "signing_secret.json", b)
	first := emutest.DecodeMap(t, b)["signing_secret"].(map[string]any)["secret"]
	st, b = e.API("POST", "/demo/api/v2/webhooks/"+id+"/signing_secret", tok, nil)
	if st != http.StatusCreated || emutest.DecodeMap(t, b)["signing_secret"].(map[string]any)["secret"] == first {
		t.Fatalf("reset secret: %d %s, want 201 with a new secret", st, b)
	}

	st, b = e.API("PATCH", "/demo/api/v2/webhooks/"+id, tok, map[string]any{"webhook": map[string]any{"status": "inactive"}})
	if st != http.StatusNoContent {
		t.Fatalf("patch: %d %s", st, b)
	}
	_, b = e.API("GET", "/demo/api/v2/webhooks/"+id, tok, nil)
	if h := emutest.DecodeMap(t, b)["webhook"].(map[string]any); h["status"] != "inactive" || h["name"] != "Example Webhook" {
		t.Fatalf("after patch: %v, want only status changed", h)
	}

	put := exampleWebhook("Renamed")
	delete(put["webhook"].(map[string]any), "authentication")
	if st, b = e.API("PUT", "/demo/api/v2/webhooks/"+id, tok, put); st != http.StatusNoContent {
		t.Fatalf("put: %d %s", st, b)
	}
	_, b = e.API("GET", "/demo/api/v2/webhooks/"+id, tok, nil)
	if h := emutest.DecodeMap(t, b)["webhook"].(map[string]any); h["name"] != "Renamed" || h["authentication"] != nil || h["status"] != "active" {
		t.Fatalf("after put: %v, want the whole webhook replaced", h)
	}

	if st, b = e.API("DELETE", "/demo/api/v2/webhooks/"+id, tok, nil); st != http.StatusNoContent {
		t.Fatalf("delete: %d %s", st, b)
	}
	if st, b = e.API("GET", "/demo/api/v2/webhooks/"+id, tok, nil); st != http.StatusNotFound || string(b) != `{"error":"RecordNotFound","description":"Not found"}` {
		t.Fatalf("show deleted: %d %s", st, b)
	}
}

func TestWebhookListPagesAndFilters(t *testing.T) {
	e := newHookEnv(t)
	tok, _ := e.ControlToken("", "read write")
	for _, n := range []string{"Zensync abc", "Other", "zensync def"} {
		e.createHook(tok, exampleWebhook(n))
	}
	st, b := e.API("GET", "/demo/api/v2/webhooks?filter[name_contains]=ZENSYNC", tok, nil)
	if st != 200 || len(emutest.DecodeMap(t, b)["webhooks"].([]any)) != 2 {
		t.Fatalf("filter: %d %s, want the two Zensync webhooks", st, b)
	}
	st, b = e.API("GET", "/demo/api/v2/webhooks?page[size]=2", tok, nil)
	page := emutest.DecodeMap(t, b)
	if st != 200 || len(page["webhooks"].([]any)) != 2 || page["meta"].(map[string]any)["has_more"] != true {
		t.Fatalf("first page: %d %s", st, b)
	}
	next := page["links"].(map[string]any)["next"].(string)
	if !strings.HasPrefix(next, e.URL("/demo/api/v2/webhooks?")) {
		t.Fatalf("links.next = %q, want it under the account prefix", next)
	}
	st, _, b = e.Raw(nil, "GET", next, "", nil, map[string]string{"Authorization": "Bearer " + tok})
	page = emutest.DecodeMap(t, b)
	if st != 200 || len(page["webhooks"].([]any)) != 1 || page["meta"].(map[string]any)["has_more"] != false {
		t.Fatalf("second page: %d %s", st, b)
	}
	if got := page["webhooks"].([]any)[0].(map[string]any)["name"]; got != "zensync def" {
		t.Fatalf("second page holds %v, want the third webhook", got)
	}
	// Zendesk's last page (recorded: backend/zendesk/testdata/recorded/webhooks_list.json) has
	// no links.next and no meta.after_cursor.
	if _, ok := page["meta"].(map[string]any)["after_cursor"]; ok {
		t.Fatalf("last page carries meta.after_cursor: %s", b)
	}
	if links, ok := page["links"].(map[string]any); ok && links["next"] != nil {
		t.Fatalf("last page carries links.next: %s", b)
	}
	st, b = e.API("GET", "/demo/api/v2/webhooks", tok, nil)
	if page = emutest.DecodeMap(t, b); st != 200 || page["links"] != nil || len(page["meta"].(map[string]any)) != 1 {
		t.Fatalf("single page: %d %s, want meta {has_more} alone and no links", st, b)
	}
}

func TestWebhookValidationErrors(t *testing.T) {
	e := newHookEnv(t)
	tok, _ := e.ControlToken("", "read write")
	cases := []struct {
		name  string
		edit  func(h map[string]any)
		field string
	}{
		{"no name", func(h map[string]any) { delete(h, "name") }, "name"},
		{"relative endpoint", func(h map[string]any) { h["endpoint"] = "/hook" }, "endpoint"},
		{"unknown method", func(h map[string]any) { h["http_method"] = "TRACE" }, "http_method"},
		{"unknown status", func(h map[string]any) { h["status"] = "paused" }, "status"},
		{"events need POST", func(h map[string]any) {
			h["http_method"] = "GET"
			h["subscriptions"] = []string{"zen:event-type:ticket.created"}
		}, "subscriptions"},
		{"mixed subscriptions", func(h map[string]any) {
			h["subscriptions"] = []string{"conditional_ticket_events", "zen:event-type:ticket.created"}
		}, "subscriptions"}, // Zendesk has no ticket.restored (restoring is ticket.undeleted): a name Zendesk does not
		// know must fail here as it can against a real account.
		{"undocumented ticket event type", func(h map[string]any) {
			h["http_method"] = "POST"
			h["subscriptions"] = []string{"zen:event-type:ticket.created", "zen:event-type:ticket.restored"}
		}, "subscriptions"},
		{"unknown event domain", func(h map[string]any) {
			h["http_method"] = "POST"
			h["subscriptions"] = []string{"zen:event-type:nonsense.created"}
		}, "subscriptions"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			body := exampleWebhook("V")
			tc.edit(body["webhook"].(map[string]any))
			st, b := e.API("POST", "/demo/api/v2/webhooks", tok, body)
			m := emutest.DecodeMap(t, b)
			details, _ := m["details"].(map[string]any)
			if st != http.StatusUnprocessableEntity || m["error"] != "RecordInvalid" || details[tc.field] == nil {
				t.Fatalf("got %d %s, want 422 RecordInvalid with details.%s", st, b, tc.field)
			}
		})
	}
	t.Run("an update to an undocumented event type is refused too", func(t *testing.T) {
		id := e.createHook(tok, exampleWebhook("U"))
		body := exampleWebhook("U")
		body["webhook"].(map[string]any)["subscriptions"] = []string{"zen:event-type:ticket.restored"}
		st, b := e.API("PUT", "/demo/api/v2/webhooks/"+id, tok, body)
		if m := emutest.DecodeMap(t, b); st != http.StatusUnprocessableEntity || m["error"] != "RecordInvalid" {
			t.Fatalf("PUT: %d %s, want 422 RecordInvalid", st, b)
		}
		st, b = e.API("PATCH", "/demo/api/v2/webhooks/"+id, tok, map[string]any{"webhook": map[string]any{"subscriptions": []string{"zen:event-type:ticket.restored"}}})
		if st != http.StatusUnprocessableEntity {
			t.Fatalf("PATCH: %d %s, want 422", st, b)
		}
	})
	t.Run("every documented ticket type is accepted", func(t *testing.T) {
		body := exampleWebhook("All")
		subs := []string{}
		for _, n := range hooks.DocumentedTicketEventTypes {
			subs = append(subs, "zen:event-type:ticket."+n)
		}
		body["webhook"].(map[string]any)["subscriptions"] = subs
		if st, b := e.API("POST", "/demo/api/v2/webhooks", tok, body); st != http.StatusCreated {
			t.Fatalf("create: %d %s", st, b)
		}
	})
	st, _, b := e.Raw(nil, "POST", e.URL("/demo/api/v2/webhooks"), "application/json", strings.NewReader("{"), map[string]string{"Authorization": "Bearer " + tok})
	if st != http.StatusBadRequest {
		t.Fatalf("malformed JSON: %d %s", st, b)
	}
}

// hookEnv is the emulator's "demo" account (emutest.NewDemo) with steps that create webhooks and
// watch their deliveries.
type hookEnv struct{ *emutest.Env }

func newHookEnv(t testing.TB) hookEnv { return hookEnv{emutest.NewDemo(t)} }
