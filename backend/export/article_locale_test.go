package export

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zensync/backend/store"
)

// localeSpy records the locale an export asks its source for.
type localeSpy struct {
	StoreSource
	asked []string
}

func (s *localeSpy) Article(ctx context.Context, integrationID string, id int64, locale string) (store.ArticleView, error) {
	s.asked = append(s.asked, locale)
	return s.StoreSource.Article(ctx, integrationID, id, "en-us")
}

func TestArticleHTMLExportsTheLocaleOnScreen(t *testing.T) {
	for _, locale := range []string{"de", ""} {
		t.Run("locale "+locale, func(t *testing.T) {
			spy := &localeSpy{StoreSource: seedStore(t, 1)}
			target := filepath.Join(t.TempDir(), "a.html")
			if err := ArticleHTML(t.Context(), spy, "i1", 30, locale, target, Meta{}); err != nil {
				t.Fatal(err)
			}
			if len(spy.asked) != 1 || spy.asked[0] != locale {
				t.Errorf("asked the source for locale %q, want %q", spy.asked, locale)
			}
			if b, _ := os.ReadFile(target); !strings.Contains(string(b), "Putting out a printer fire") {
				t.Errorf("the page lacks the article")
			}
		})
	}
}
