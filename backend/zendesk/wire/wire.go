// Package wire holds Zendesk's JSON records as Zendesk sends them (field names, nulls and
// omitted keys), for the ones the API client and the emulator describe the same way: the client
// decodes them (package zendesk re-exports them, and its contract tests check them against
// recorded answers) and the emulator encodes them. It depends on nothing but the standard library.
package wire

// CustomField is one ticket field value; Value is whatever JSON Zendesk sent (string, number,
// bool, list or null).
type CustomField struct {
	ID    int64 `json:"id"`
	Value any   `json:"value"`
}

// OrZero is *p, or T's zero value when Zendesk sent null (p is nil): what a reader that keeps
// no nulls (no assignee is 0, no type is "") stores.
func OrZero[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}
