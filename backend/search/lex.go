package search

import (
	"strings"
	"unicode"
)

// token is one piece of a search: a keyword term (name, op, value) or free text (value only).
type token struct {
	name    string // keyword as typed, lower-cased; "" for free text
	op      Op
	value   string
	quoted  bool // the value was in double quotes
	negated bool // a leading '-'
	hash    bool // #4997
}

// maxTokens bounds how much of a search is read.
const maxTokens = 32

// lex splits s into tokens: "phrase", -excluded, name:value, name<value, name:"quoted value", #id.
// An unterminated quote runs to the end.
func lex(s string) []token {
	var out []token
	r := []rune(s)
	i := 0
	for i < len(r) && len(out) < maxTokens {
		if unicode.IsSpace(r[i]) {
			i++
			continue
		}
		var t token
		if r[i] == '-' && i+1 < len(r) && !unicode.IsSpace(r[i+1]) {
			t.negated = true
			i++
		}
		switch {
		case r[i] == '"':
			t.value, t.quoted, i = readQuoted(r, i)
		case r[i] == '#' && i+1 < len(r) && unicode.IsDigit(r[i+1]):
			t.hash = true
			t.value, i = readBare(r, i+1)
		default:
			j := i
			for j < len(r) && (isNameRune(r[j])) {
				j++
			}
			if op, n := opAt(r, j); j > i && unicode.IsLetter(r[i]) && n > 0 {
				t.name, t.op = strings.ToLower(string(r[i:j])), op
				i = j + n
				if i < len(r) && r[i] == '"' {
					t.value, t.quoted, i = readQuoted(r, i)
				} else {
					t.value, i = readBare(r, i)
				}
			} else {
				t.value, i = readBare(r, i)
			}
		}
		out = append(out, t)
	}
	return out
}

func isNameRune(c rune) bool { return c == '_' || (c < 128 && unicode.IsLetter(c)) }

// opAt returns the operator at r[j] and its length (0: none).
func opAt(r []rune, j int) (Op, int) {
	if j >= len(r) {
		return "", 0
	}
	next := func(c rune) bool { return j+1 < len(r) && r[j+1] == c }
	switch r[j] {
	case ':':
		return OpEq, 1
	case '<':
		if next('=') {
			return OpLE, 2
		}
		return OpLT, 1
	case '>':
		if next('=') {
			return OpGE, 2
		}
		return OpGT, 1
	}
	return "", 0
}

// readQuoted reads "…" starting at the quote r[i]; it returns the text, true, and the index after it.
func readQuoted(r []rune, i int) (string, bool, int) {
	j := i + 1
	for j < len(r) && r[j] != '"' {
		j++
	}
	v := string(r[i+1 : j])
	if j < len(r) {
		j++
	}
	return v, true, j
}

// readBare reads up to the next space.
func readBare(r []rune, i int) (string, int) {
	j := i
	for j < len(r) && !unicode.IsSpace(r[j]) {
		j++
	}
	return string(r[i:j]), j
}
