package zendesk

import (
	"context"
	"errors"
	"fmt"
	"net/url"
)

// ErrHelpCenterDisabled is returned when the account answers Help Center calls with 404.
var ErrHelpCenterDisabled = errors.New("Help Center is not enabled for this account")

func hcPath(locale, what string) string {
	if locale == "" {
		return "/api/v2/help_center/" + what + ".json?page[size]=100"
	}
	return "/api/v2/help_center/" + url.PathEscape(locale) + "/" + what + ".json?page[size]=100"
}

// hcErr turns a 404 (JSON or not) into ErrHelpCenterDisabled.
func hcErr(what string, err error) error {
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrDomainNotFound) {
		return fmt.Errorf("%s: %w", what, ErrHelpCenterDisabled)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// HCCategories lists every category in locale ("" = the account's default locale).
func (c *Client) HCCategories(ctx context.Context, locale string) ([]HCCategory, error) {
	return hcList[HCCategory](ctx, c, locale, "categories")
}

// HCSections lists every section in locale.
func (c *Client) HCSections(ctx context.Context, locale string) ([]HCSection, error) {
	return hcList[HCSection](ctx, c, locale, "sections")
}

// HCArticles lists every article in locale.
func (c *Client) HCArticles(ctx context.Context, locale string) ([]HCArticle, error) {
	return hcList[HCArticle](ctx, c, locale, "articles")
}

// hcList reads every page of the Help Center list what ("categories", …) in locale.
func hcList[T any](ctx context.Context, c *Client, locale, what string) ([]T, error) {
	out, err := listCursor[T](ctx, c, hcPath(locale, what), what)
	if err != nil {
		return nil, hcErr("help center "+what, err)
	}
	return out, nil
}

// HCLocales is the Help Center's enabled locales and its default one.
type HCLocales struct {
	Locales       []string `json:"locales"`
	DefaultLocale string   `json:"default_locale"`
}

// HCListLocales reads GET /api/v2/help_center/locales.json: every locale the Help Center is
// enabled in, and the default. Categories, sections and articles are listed per locale, so this
// is how "every locale" is walked.
func (c *Client) HCListLocales(ctx context.Context) (HCLocales, error) {
	var out HCLocales
	if err := c.getJSON(ctx, "/api/v2/help_center/locales.json", &out); err != nil {
		return HCLocales{}, hcErr("help center locales", err)
	}
	return out, nil
}
