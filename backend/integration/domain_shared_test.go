package integration

import (
	"encoding/json"
	"os"
	"testing"
)

// sharedDomainCases is the file the front end's domain rules are tested against
// (frontend/src/features/integrations/domain.golden.test.ts). Go is the authority: when a rule
// changes here, this test fails until the file is brought up to date, and then the TypeScript
// rules must follow.
const sharedDomainCases = "../../frontend/src/features/integrations/testdata/domain-cases.json"

func TestNormalizeDomainAgreesWithTheCasesTheFrontEndIsHeldTo(t *testing.T) {
	raw, err := os.ReadFile(sharedDomainCases)
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		In      string `json:"in"`
		OK      bool   `json:"ok"`
		Domain  string `json:"domain"`
		Message string `json:"message"`
	}
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 25 {
		t.Fatalf("only %d shared cases", len(cases))
	}
	for _, c := range cases {
		got, err := NormalizeDomain(c.In)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if (err == nil) != c.OK || got != c.Domain || msg != c.Message {
			t.Errorf("NormalizeDomain(%q) = %q, %q; the shared file says ok=%v %q %q", c.In, got, msg, c.OK, c.Domain, c.Message)
		}
	}
}
