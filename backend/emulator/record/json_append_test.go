package record_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/record"
	"zensync/backend/emulator/seed"
	"zensync/backend/emulator/tickets"
)

// ticketPlain and commentPlain drop the fast MarshalJSON methods, so encoding/json encodes
// them by reflection: the reference the hand-rolled encoder must agree with.
type ticketPlain emulator.Ticket
type commentPlain emulator.Comment

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
	ds := seed.Build(emulator.SeedConfig{Tickets: 400}.WithDefaults(), "acme", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	for id := int64(1); id <= 400; id++ {
		tk := ds.SeededTicket(id)
		tk.URL = tickets.URL("http://h/acme", id)
		ref, _ := json.Marshal(ticketPlain(tk))
		sameJSON(t, record.AppendTicket(nil, &tk, false), ref)
		for _, c := range ds.SeededComments(id, "http://h/acme") {
			ref, _ := json.Marshal(commentPlain(c))
			sameJSON(t, record.AppendComment(nil, &c), ref)
		}
	}
	t.Run("awkward strings", func(t *testing.T) {
		for _, s := range []string{"quote \" back \\ slash", "ctl \x01\x1f\t\r\n", "uni ü 日本 \u2028 \u2029", "bad \xff utf8", "<html>&amp;"} {
			tk := ds.SeededTicket(1)
			tk.Subject, tk.Description = s, s
			ref, _ := json.Marshal(ticketPlain(tk))
			sameJSON(t, record.AppendTicket(nil, &tk, false), ref)
		}
	})
	t.Run("the base URL variant", func(t *testing.T) {
		tk := ds.SeededTicket(3)
		got := record.AppendTicketBase(nil, &tk, "http://h/acme", true)
		var m map[string]any
		if err := json.Unmarshal(got, &m); err != nil || m["url"] != "http://h/acme/api/v2/tickets/3.json" || emutest.Num(m["generated_timestamp"]) != tk.UpdatedAt.Unix() {
			t.Fatalf("%v %v", err, m)
		}
	})
}
