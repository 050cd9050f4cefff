package wire

import (
	"encoding/json"
	"testing"
)

func TestViaReadsAndWritesZendesksShape(t *testing.T) {
	cases := []struct {
		name, in string
		want     Via
		out      string // what the read value writes back
	}{
		{"recorded email via",
			`{"channel":"email","source":{"from":{"address":"a@x.test","name":"A"},"to":{"name":"Support","address":"s@x.test"},"rel":null}}`,
			Via{Channel: "email", Source: ViaSource{From: ViaParty{Address: "a@x.test", Name: "A"}, To: ViaParty{Address: "s@x.test", Name: "Support"}}},
			`{"channel":"email","source":{"from":{"address":"a@x.test","name":"A"},"to":{"address":"s@x.test","name":"Support"},"rel":null}}`},
		{"recorded api via: empty parties",
			`{"channel":"api","source":{"from":{},"to":{},"rel":null}}`,
			Via{Channel: "api"},
			`{"channel":"api","source":{"from":{},"to":{},"rel":null}}`},
		{"a rel",
			`{"channel":"web","source":{"from":{},"to":{},"rel":"follow_up"}}`,
			Via{Channel: "web", Source: ViaSource{Rel: "follow_up"}},
			`{"channel":"web","source":{"from":{},"to":{},"rel":"follow_up"}}`},
		{"no source (a webhook detail)", `{"channel":"web"}`, Via{Channel: "web"},
			`{"channel":"web","source":{"from":{},"to":{},"rel":null}}`},
		{"a source of another shape reads as empty, the channel is kept",
			`{"channel":"voice","source":{"from":{"phone":"+1","name":7},"to":[],"rel":{}}}`,
			Via{Channel: "voice"},
			`{"channel":"voice","source":{"from":{},"to":{},"rel":null}}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var v Via
			if err := json.Unmarshal([]byte(c.in), &v); err != nil || v != c.want {
				t.Fatalf("read %+v %v, want %+v", v, err, c.want)
			}
			if b, err := json.Marshal(v); err != nil || string(b) != c.out {
				t.Fatalf("wrote %s %v, want %s", b, err, c.out)
			}
		})
	}
	var v Via
	if err := json.Unmarshal([]byte(`{"channel":5}`), &v); err == nil {
		t.Fatal("a channel that is not a string must fail to read")
	}
}
