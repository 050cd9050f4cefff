package emulator

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// ticketPlain and commentPlain drop the fast MarshalJSON methods, so encoding/json encodes
// them by reflection: the reference the hand-rolled encoder must agree with.
type ticketPlain Ticket
type commentPlain Comment

func sameJSON(t *testing.T, fast, ref []byte) {
	t.Helper()
	var a, b any
	if err := json.Unmarshal(fast, &a); err != nil {
		t.Fatalf("fast encoder produced invalid JSON: %v\n%s", err, fast)
	}
	if err := json.Unmarshal(ref, &b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Fatalf("encoders differ:\nfast %s\nref  %s", fast, ref)
	}
}

func TestFastEncoderMatchesEncodingJSON(t *testing.T) {
	// A fixed date is safe: the dataset is only encoded two ways and compared, never served.
	ds := buildDataset(SeedConfig{Tickets: 400}.withDefaults(), "acme", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	for id := int64(1); id <= 400; id++ {
		tk := ds.seededTicket(id)
		tk.URL = ticketURL("http://h/acme", id)
		ref, _ := json.Marshal(ticketPlain(tk))
		sameJSON(t, appendTicket(nil, &tk, false), ref)
		for _, c := range ds.seededComments(id, "http://h/acme") {
			ref, _ := json.Marshal(commentPlain(c))
			sameJSON(t, appendComment(nil, &c), ref)
		}
	}
	t.Run("awkward strings", func(t *testing.T) {
		for _, s := range []string{"quote \" back \\ slash", "ctl \x01\x1f\t\r\n", "uni ü 日本 \u2028 \u2029", "bad \xff utf8", "<html>&amp;"} {
			tk := ds.seededTicket(1)
			tk.Subject, tk.Description = s, s
			ref, _ := json.Marshal(ticketPlain(tk))
			sameJSON(t, appendTicket(nil, &tk, false), ref)
		}
	})
	t.Run("the base URL variant", func(t *testing.T) {
		tk := ds.seededTicket(3)
		got := appendTicketBase(nil, &tk, "http://h/acme", true)
		var m map[string]any
		if err := json.Unmarshal(got, &m); err != nil || m["url"] != "http://h/acme/api/v2/tickets/3.json" || num(m["generated_timestamp"]) != tk.UpdatedAt.Unix() {
			t.Fatalf("%v %v", err, m)
		}
	})
}
