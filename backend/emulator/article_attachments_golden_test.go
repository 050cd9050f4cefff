package emulator_test

import (
	"fmt"
	"strings"
	"testing"

	"zensync/backend/emulator"
	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/seed"
)

// The article attachments list has the shape of Zendesk's Article Attachments reference
// (testdata/hc_article_attachments_offset.json: the documented example with the reference's
// locale, created_at and updated_at).
func TestArticleAttachmentsGoldenShape(t *testing.T) {
	e := emutest.New(t, emulator.SeedConfig{Tickets: 5, Users: 5, Organizations: 1, Articles: 30})
	golden := readGolden(t, "hc_article_attachments_offset.json")
	for _, a := range e.Acct.Data().HC.Articles {
		if len(seed.ArticleAttachments("", a)) == 0 {
			continue
		}
		got := e.Get(fmt.Sprintf("/acme/api/v2/help_center/articles/%d/attachments.json", a.ID))
		if d := shapeDiff("$", golden, any(got)); len(d) > 0 {
			t.Fatalf("article attachments list differs from Zendesk's shape:\n%s", strings.Join(d, "\n"))
		}
		return
	}
	t.Fatal("no seeded article has attachments")
}
