package auth

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"strconv"
)

//go:embed templates/pages.html
var pageFiles embed.FS

// pages holds the sign-in, 2FA, Allow/Deny and problem pages. Parsed once; the templates are
// part of the binary, so a parse failure is a programming error caught by every test.
var pages = template.Must(template.ParseFS(pageFiles, "templates/pages.html"))

// hiddenField is one hidden input of the Allow form.
type hiddenField struct{ Name, Value string }

// pageData is everything a page may show. Inputs have stable names and labels (Email,
// Password, Verification code) and buttons stable texts (Sign in, Verify, Allow, Deny), so a
// browser test can fill them.
type pageData struct {
	Title      string
	Subdomain  string
	Error      string
	Message    string
	Action     string
	ReturnTo   string
	Email      string
	Challenge  string
	ClientName string
	ScopeLines []string
	Hidden     []hiddenField
	SignOut    string
}

// renderPage writes one of the pages with status. The page is rendered to a buffer first so a
// template error never leaves half a page behind.
func (s *State) renderPage(w http.ResponseWriter, status int, name string, d pageData) {
	d.Subdomain = s.acct.Subdomain()
	var buf bytes.Buffer
	if err := pages.ExecuteTemplate(&buf, name, d); err != nil {
		s.acct.Logger().Error("render sign-in page", "page", name, "err", err)
		http.Error(w, "page unavailable", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(buf.Len()))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// renderProblem shows an error page that does not redirect (unknown client, redirect URI that
// does not match): as OAuth requires, the browser is not sent to an unverified URL.
func (s *State) renderProblem(w http.ResponseWriter, status int, title, message string) {
	s.renderPage(w, status, "problem", pageData{Title: title, Message: message})
}

// scopeLines describes scopes in words for the Allow page.
func scopeLines(scopes []string) []string {
	out := make([]string, 0, len(scopes))
	for _, sc := range scopes {
		switch sc {
		case "read":
			out = append(out, "Read all of your data (tickets, users, organizations, Help Center …)")
		case "write":
			out = append(out, "Create, change and delete data (including webhooks and triggers)")
		case "impersonate":
			out = append(out, "Act on behalf of other users")
		default:
			out = append(out, "Use "+sc)
		}
	}
	return out
}
