package export

import (
	"html/template"
	"io"
)

// pageCSP keeps an exported page from loading anything: no script at all, styles only from the
// page itself, images only from inside the file. It holds even if a browser reads the sanitized
// HTML differently from the sanitizer.
const pageCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

const pageCSS = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212529;max-width:860px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}
table.meta{border-collapse:collapse;margin:1rem 0}table.meta th{text-align:left;padding:.15rem 1rem .15rem 0;color:#495057;font-weight:600}
table.meta td{padding:.15rem 0}
.comment{border:1px solid #dee2e6;border-radius:6px;padding:.75rem 1rem;margin:1rem 0}
.comment.internal{background:#fff9db;border-color:#ffe066}
.comment header{font-size:.85rem;color:#495057;margin-bottom:.5rem}
.body{overflow-wrap:anywhere}.body pre,.plain{white-space:pre-wrap}
.body img{max-width:100%}.body table{border-collapse:collapse}.body td,.body th{border:1px solid #dee2e6;padding:.25rem .5rem}
.note{font-size:.85rem;color:#495057;border-top:1px solid #dee2e6;margin-top:2rem;padding-top:.5rem}
.tag{display:inline-block;background:#e9ecef;border-radius:4px;padding:0 .4rem;margin-right:.25rem;font-size:.85rem}
article{margin-bottom:2.5rem}`

// pageTemplate is the frame of every HTML export; each kind fills the "content" block.
const pageTemplate = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Zensync {{.Version}}">
<title>{{.Title}}</title><style>{{.CSS}}</style></head>
<body>{{template "content" .Data}}
<p class="note">Exported from Zensync {{.Version}} on {{.ExportedAt}}.{{if .Note}} {{.Note}}{{end}}</p>
</body></html>
`

type pageData struct {
	CSP        string
	CSS        template.CSS
	Title      string
	Version    string
	ExportedAt string
	Note       string
	Data       any
}

// renderPage writes one self-contained page with content (a template defining "content").
func renderPage(w io.Writer, content *template.Template, p pageData) error {
	t, err := content.Clone()
	if err != nil {
		return err
	}
	if _, err := t.New("page").Parse(pageTemplate); err != nil {
		return err
	}
	p.CSP, p.CSS = pageCSP, template.CSS(pageCSS)
	return t.ExecuteTemplate(w, "page", p)
}
