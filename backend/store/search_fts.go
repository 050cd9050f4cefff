package store

import (
	"strings"
)

// maxSearchTerms bounds how many words of a search are used.
const maxSearchTerms = 8

// MatchQuery turns what a user typed into a safe FTS5 query: every word must match; each word is
// quoted (so FTS5 syntax in the input is taken literally) and the last one, if at least three
// characters long, matches as a prefix. Words are split where the tokenizer splits, so every
// quoted term is a single token (the index keeps no positions, so phrases are checked apart, see
// phraseCond). It returns "" when there is no word to search for.
func MatchQuery(plain string) string {
	words := ftsWords(plain)
	if len(words) > maxSearchTerms {
		words = words[:maxSearchTerms]
	}
	return ftsExpr(words, true)
}

// ftsExpr AND-s quoted words; prefixLast lets the last word (three characters or more) match
// as a prefix, for search-as-you-type.
func ftsExpr(words []string, prefixLast bool) string {
	parts := make([]string, 0, len(words))
	for i, w := range words {
		term := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		if prefixLast && i == len(words)-1 && len([]rune(w)) >= 3 {
			term += "*"
		}
		parts = append(parts, term)
	}
	return strings.Join(parts, " ")
}
