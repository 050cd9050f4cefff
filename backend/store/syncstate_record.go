package store

import "time"

// Checkpoint is a stream's position, saved in the same transaction as the page it covers.
// Records is how many records the page held (added to the stream's running total).
type Checkpoint struct {
	Stream  string
	Value   string
	Mode    string
	Records int
}

// SyncState is a stream's poll state as stored in sync_state.
type SyncState struct {
	IntegrationID   string
	Stream          string
	Checkpoint      string
	Mode            string
	NextRunAt       time.Time
	ErrorCount      int
	LastError       string
	RetryAfterUntil time.Time
	Records         int64
	Pages           int64
	UpdatedAt       time.Time
}
