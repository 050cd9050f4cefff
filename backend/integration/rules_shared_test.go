package integration

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

// sharedRules is the file the front end reads the form's rules from
// (frontend/src/api/rules.ts); Rules() is its one source.
const sharedRules = "../../frontend/src/api/rules.json"

var updateRules = flag.Bool("update", false, "rewrite "+sharedRules+" from Rules()")

// The front end's copy of the rules is Rules(), byte for byte. After a rule changes here, run
// `go test ./backend/integration -run SharedRules -update` and commit the file.
func TestSharedRulesFileIsRules(t *testing.T) {
	want, err := json.MarshalIndent(Rules(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want = append(want, '\n')
	if *updateRules {
		if err := os.WriteFile(sharedRules, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(sharedRules)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is not Rules(); rewrite it with -update. It has\n%s\nwant\n%s", sharedRules, got, want)
	}
}
