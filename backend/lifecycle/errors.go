package lifecycle

import "fmt"

// NameTakenError is returned by Create and Update when another integration has the name
// (compared without case). It wraps store.ErrConflict.
type NameTakenError struct {
	Name string
	Err  error
}

func (e *NameTakenError) Error() string {
	return fmt.Sprintf("an integration named %q already exists: %v", e.Name, e.Err)
}

func (e *NameTakenError) Unwrap() error { return e.Err }
