package rest_test

import (
	"fmt"
	"net/http"
	"testing"

	"zensync/backend/emulator/emutest"
	"zensync/backend/emulator/seed"
)

// TestArticleAttachmentsListLocale: the list answers in the locales the article is translated
// into, and 404 in a served locale it is not.
func TestArticleAttachmentsListLocale(t *testing.T) {
	e := articleAttachmentsEnv(t)
	hc := e.Acct.Data().HC
	in, out := 0, 0
	for i, a := range hc.Articles {
		for _, loc := range seed.HCLocales {
			p := fmt.Sprintf("/acme/api/v2/help_center/%s/articles/%d/attachments.json", loc, a.ID)
			want := http.StatusNotFound
			if seed.ContainsString(hc.Locales[i], loc) {
				want, in = http.StatusOK, in+1
			} else {
				out++
			}
			if status, _, _ := e.Do("GET", p, emutest.AdminToken, nil); status != want {
				t.Fatalf("GET %s: %d, want %d", p, status, want)
			}
		}
	}
	if in == 0 || out == 0 {
		t.Fatalf("translated %d, untranslated %d: want both", in, out)
	}
}
