package store

import (
	"context"
	"fmt"
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

// maxPrefixWords bounds how many indexed words a prefix is spelled out as; a shorter prefix
// (more words) keeps FTS5's own prefix query.
const maxPrefixWords = 64

// ftsVocab names the word list (migrate35SearchVocab) of each full-text index.
var ftsVocab = map[string]string{"tickets_fts": "tickets_fts_vocab", "comments_fts": "comments_fts_vocab"}

// matchExpr is ftsExpr(words, true) for the full-text index fts, with the last word's prefix
// spelled out as the words of that index that start with it ("dram"* becomes "dram" OR
// "drama" OR "dramatic"). Both match the same rows; FTS5 answers a prefix by merging the row
// lists of every such word before it can skip through the other words' rows, which took most
// of a two-word search's time (issue 15), while an OR of words seeks. The prefix query stays
// when the prefix is not plain ASCII (the tokenizer folds other letters in ways Go would have
// to copy) or when it starts more than maxPrefixWords words.
func (r *TicketReader) matchExpr(ctx context.Context, fts string, words []string) (string, error) {
	plain := ftsExpr(words, true)
	if !strings.HasSuffix(plain, "*") {
		return plain, nil
	}
	prefix := strings.ToLower(words[len(words)-1])
	for _, c := range []byte(prefix) {
		if c >= 0x80 {
			return plain, nil
		}
	}
	upper := prefix[:len(prefix)-1] + string(prefix[len(prefix)-1]+1)
	var terms []string
	err := r.db.Read().WithContext(ctx).Raw(`SELECT term FROM `+ftsVocab[fts]+` WHERE term >= ? AND term < ? LIMIT ?`,
		prefix, upper, maxPrefixWords+1).Scan(&terms).Error
	if err != nil {
		return "", fmt.Errorf("reading the search index's words: %w", err)
	}
	if len(terms) == 0 || len(terms) > maxPrefixWords {
		return plain, nil
	}
	ors := make([]string, 0, len(terms))
	for _, t := range terms {
		if !strings.HasPrefix(t, prefix) {
			return plain, nil
		}
		ors = append(ors, ftsExpr([]string{t}, false))
	}
	parts := make([]string, 0, len(words))
	for _, w := range words[:len(words)-1] {
		parts = append(parts, ftsExpr([]string{w}, false))
	}
	return strings.Join(append(parts, "("+strings.Join(ors, " OR ")+")"), " AND "), nil
}
