package hooks_test

import (
	"encoding/json"
	"net/http"
	"strconv"
	"testing"

	"zensync/backend/emulator/emutest"
)

// eventTypes decodes the type of each delivered body.
func eventTypes(t *testing.T, reqs []received) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	for _, rq := range reqs {
		var ev map[string]any
		if err := json.Unmarshal(rq.body, &ev); err != nil {
			t.Fatalf("body %s: %v", rq.body, err)
		}
		out[ev["type"].(string)] = ev
	}
	return out
}

func TestTicketWritesThroughTheRESTAPIAreDelivered(t *testing.T) {
	e := newHookEnv(t)
	tok, _ := e.ControlToken("", "read write")
	rc := newReceiver(t, nil)
	_, secret := e.eventHook(tok, rc.srv.URL, allTicketEvents)

	st, b := e.API("POST", "/demo/api/v2/tickets.json", tok, map[string]any{"ticket": map[string]any{
		"subject": "Webhook please", "comment": map[string]any{"body": "First!"}, "priority": "low"}})
	if st != http.StatusCreated {
		t.Fatalf("create ticket: %d %s", st, b)
	}
	id := int64(emutest.DecodeMap(t, b)["ticket"].(map[string]any)["id"].(float64))
	reqs := rc.waitFor(1)
	created := eventTypes(t, reqs)["zen:event-type:ticket.created"]
	if created == nil || created["subject"] != "zen:ticket:"+strconv.FormatInt(id, 10) || !verifySignature(secret, reqs[0].header, reqs[0].body) {
		t.Fatalf("ticket.created delivery = %s", reqs[0].body)
	}

	st, b = e.API("PUT", "/demo/api/v2/tickets/"+strconv.FormatInt(id, 10)+".json", tok, map[string]any{"ticket": map[string]any{
		"status": "solved", "comment": map[string]any{"body": "Fixed", "public": false}}})
	if st != http.StatusOK {
		t.Fatalf("update ticket: %d %s", st, b)
	}
	got := eventTypes(t, rc.waitFor(3))
	status := got["zen:event-type:ticket.status_changed"]
	comment := got["zen:event-type:ticket.comment_added"]
	if status == nil || comment == nil {
		t.Fatalf("update delivered %v, want status_changed and comment_added", got)
	}
	if ev := status["event"].(map[string]any); ev["current"] != "SOLVED" {
		t.Errorf("status_changed event = %v", ev)
	}
	if cm := comment["event"].(map[string]any)["comment"].(map[string]any); cm["body"] != "Fixed" || cm["is_public"] != false {
		t.Errorf("comment_added comment = %v", cm)
	}

	if st, b = e.API("DELETE", "/demo/api/v2/tickets/"+strconv.FormatInt(id, 10)+".json", tok, nil); st != http.StatusNoContent {
		t.Fatalf("delete ticket: %d %s", st, b)
	}
	if got := eventTypes(t, rc.waitFor(4)); got["zen:event-type:ticket.soft_deleted"] == nil {
		t.Fatalf("delete delivered %v, want soft_deleted", got)
	}
}
