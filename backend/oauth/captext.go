package oauth

import (
	"strings"
	"unicode"
)

// Caps on text that comes from outside (a redirect's query, a token endpoint's answer) before it
// reaches the log, Activity or the window: a web page can put megabytes in error_description.
const (
	maxEchoed    = 200 // error_description and other free text
	maxErrorCode = 64  // an OAuth error code such as invalid_scope
)

// capText returns s with control characters replaced by spaces, trimmed, and cut to at most
// max runes (ending with "…" when cut).
func capText(s string, max int) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == max {
			b.WriteString("…")
			break
		}
		if unicode.IsControl(r) {
			r = ' '
		}
		b.WriteRune(r)
		n++
	}
	return strings.TrimSpace(b.String())
}
