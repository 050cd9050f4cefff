package oauth

import (
	"html/template"
	"net/http"
)

// pageTmpl is what the browser shows after Zendesk redirects back. It has no script and loads
// nothing, so it works with any browser settings.
var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Title}} — Zensync</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#212529}
h1{font-size:1.4rem}.ok{color:#2b8a3e}.fail{color:#c92a2a}</style></head>
<body><h1 class="{{if .OK}}ok{{else}}fail{{end}}">{{.Title}}</h1><p>{{.Message}}</p></body></html>
`))

// writePage answers the browser with a small page in words.
func writePage(w http.ResponseWriter, status int, ok bool, message string) {
	title := "Signed in to Zendesk"
	if !ok {
		title = "Sign-in failed"
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	w.WriteHeader(status)
	_ = pageTmpl.Execute(w, struct {
		Title, Message string
		OK             bool
	}{title, message, ok})
}
