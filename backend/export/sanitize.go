package export

import (
	"html"
	"io"
	"net/url"
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
)

// Zendesk comment and article HTML is written by anyone who can email a ticket. An exported file
// is opened later in any browser, so sanitize keeps only an allowlist of plain formatting: no
// script, no style, no form, no frame, no event handler, and nothing that loads from the network.

// keptTags are written out (without attributes, except those in keptAttrs).
var keptTags = setOf("p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "strike", "del", "ins",
	"blockquote", "pre", "code", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
	"tbody", "tfoot", "tr", "td", "th", "caption", "hr", "sub", "sup", "small", "dl", "dt", "dd", "figure",
	"figcaption", "img", "mark", "abbr", "cite", "q", "kbd", "samp", "var")

// droppedWithContent are removed together with everything inside them.
var droppedWithContent = setOf("script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
	"noscript", "template", "svg", "math", "head", "title", "textarea", "select", "video", "audio", "canvas")

var keptAttrs = map[string]map[string]bool{
	"a":    setOf("href", "title"),
	"img":  setOf("src", "alt", "title", "width", "height"),
	"td":   setOf("colspan", "rowspan"),
	"th":   setOf("colspan", "rowspan"),
	"ol":   setOf("start"),
	"abbr": setOf("title"),
}

// inlineImage is the only image source kept: a picture carried in the file itself.
var inlineImage = regexp.MustCompile(`^data:image/(png|gif|jpeg|jpg|webp);base64,[A-Za-z0-9+/=\s]*$`)

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// sanitize returns s reduced to the allowlist. A remote image becomes a link to it labelled
// "[image: alt]", so the file loads nothing unless its reader clicks.
func sanitize(s string) string {
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	skip := 0 // depth inside a droppedWithContent element
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			if z.Err() != io.EOF {
				return b.String()
			}
			break
		}
		tok := z.Token()
		name := tok.Data
		switch tt {
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			if droppedWithContent[name] {
				if tt == xhtml.StartTagToken && !isVoid(name) {
					skip++
				}
				continue
			}
			if skip > 0 || !keptTags[name] {
				continue
			}
			if name == "img" {
				writeImage(&b, tok)
				continue
			}
			writeStart(&b, tok)
		case xhtml.EndTagToken:
			if droppedWithContent[name] {
				if skip > 0 {
					skip--
				}
				continue
			}
			if skip == 0 && keptTags[name] && !isVoid(name) {
				b.WriteString("</" + name + ">")
			}
		case xhtml.TextToken:
			if skip == 0 {
				b.WriteString(html.EscapeString(tok.Data))
			}
		}
	}
	return b.String()
}

func isVoid(name string) bool { return name == "br" || name == "hr" || name == "img" }

func writeStart(b *strings.Builder, tok xhtml.Token) {
	b.WriteString("<" + tok.Data)
	for _, a := range tok.Attr {
		if a.Namespace != "" || !keptAttrs[tok.Data][a.Key] {
			continue
		}
		v := a.Val
		if a.Key == "href" {
			if v = safeLink(v); v == "" {
				continue
			}
		}
		b.WriteString(" " + a.Key + `="` + html.EscapeString(v) + `"`)
	}
	if tok.Data == "a" {
		b.WriteString(` rel="noopener noreferrer"`)
	}
	if isVoid(tok.Data) {
		b.WriteString(" />")
		return
	}
	b.WriteString(">")
}

// writeImage keeps an image carried in the file; any other becomes a link to where it was.
func writeImage(b *strings.Builder, tok xhtml.Token) {
	var src, alt string
	for _, a := range tok.Attr {
		switch a.Key {
		case "src":
			src = strings.TrimSpace(a.Val)
		case "alt":
			alt = a.Val
		}
	}
	if inlineImage.MatchString(src) {
		writeStart(b, tok)
		return
	}
	label := "[image]"
	if alt != "" {
		label = "[image: " + alt + "]"
	}
	if link := safeLink(src); link != "" {
		b.WriteString(`<a class="image" href="` + html.EscapeString(link) + `" rel="noopener noreferrer">` + html.EscapeString(label) + "</a>")
		return
	}
	b.WriteString(`<span class="image">` + html.EscapeString(label) + "</span>")
}

// safeLink returns raw when it is an absolute http, https or mailto URL, and "" otherwise
// (javascript:, data:, relative links that would resolve against the file).
func safeLink(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return ""
		}
		return u.String()
	case "mailto":
		return u.String()
	}
	return ""
}
