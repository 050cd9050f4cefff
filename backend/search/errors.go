package search

import "errors"

// Sentinels for errors.Is; every parse failure is an *Error wrapping one of them.
var (
	// ErrUnknownKeyword: a word: that is no keyword of Zendesk's ticket search.
	ErrUnknownKeyword = errors.New("unknown search keyword")
	// ErrBadValue: a keyword with a value it cannot take (status:later, created>yesterdayish).
	ErrBadValue = errors.New("bad search value")
	// ErrNotAvailable: a Zendesk keyword whose data Zensync does not keep offline yet.
	ErrNotAvailable = errors.New("search keyword not available offline")
)

// Error is a parse failure with a message that says what to type instead.
type Error struct {
	Kind    error  // one of the sentinels
	Keyword string // the keyword as typed, without its operator ("" for a value-only problem)
	Message string // in words, for the search box
}

func (e *Error) Error() string { return e.Message }

// Unwrap lets errors.Is match the sentinel.
func (e *Error) Unwrap() error { return e.Kind }
