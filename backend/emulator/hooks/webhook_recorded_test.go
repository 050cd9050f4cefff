package hooks_test

import (
	"encoding/json"
	"strings"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/testenv"
)

// The emulator's ticket.created delivery has the shape of one Zendesk sent (recorded:
// backend/zendesk/testdata/recorded/events/ticket_created.json, sources in SOURCES.json): the
// same keys, nesting and JSON types, ids as strings, enumerations upper case, and the channel
// named by its via type ("web_service" for a ticket made through the API).
func TestTicketCreatedDeliveryMatchesTheRecording(t *testing.T) {
	raw := testenv.Recorded(t, "events/ticket_created.json")
	var recorded any
	if err := json.Unmarshal(raw, &recorded); err != nil {
		t.Fatal(err)
	}
	e := newHookEnv(t)
	tok, _ := e.ControlToken("", "read write")
	rc := newReceiver(t, nil)
	e.eventHook(tok, rc.srv.URL, []string{"zen:event-type:ticket.created"})
	change := sampleUpdate(e.Clock.Now())
	change.Kind, change.Before, change.Comment = emulator.TicketCreated, nil, nil
	e.Acct.Hooks().TicketChanged(change)
	body := rc.waitFor(1)[0].body
	var got map[string]any
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatal(err)
	}
	if m := shapeMismatches("$", recorded, got); len(m) > 0 {
		t.Fatalf("differs from the recorded delivery:\n  %s\nbody: %s", strings.Join(m, "\n  "), body)
	}
	// and no key the recording lacks
	for k := range got {
		if _, ok := recorded.(map[string]any)[k]; !ok {
			t.Errorf("$.%s: only the emulator has it", k)
		}
	}
	for k := range got["detail"].(map[string]any) {
		if _, ok := recorded.(map[string]any)["detail"].(map[string]any)[k]; !ok {
			t.Errorf("$.detail.%s: only the emulator has it", k)
		}
	}
	d := got["detail"].(map[string]any)
	if d["via"].(map[string]any)["channel"] != "web_service" || d["status"] != "OPEN" || d["priority"] != "HIGH" {
		t.Errorf("detail %v: want via.channel web_service for an API ticket, enumerations upper case", d)
	}
}
