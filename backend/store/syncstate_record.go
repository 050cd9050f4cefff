package store

import "time"

// Checkpoint is a stream's position, saved in the same transaction as the pages it covers.
// Records and Pages are how many records and pages the batch held (added to the stream's running
// totals; Pages 0 counts as 1).
type Checkpoint struct {
	Stream  string
	Value   string
	Mode    string
	Records int
	Pages   int
}

// SyncState is a stream's poll state as stored in sync_state.
type SyncState struct {
	IntegrationID   string
	Stream          string
	Checkpoint      string
	Mode            string
	ErrorCount      int
	LastError       string
	RetryAfterUntil time.Time
	Records         int64
	Pages           int64
	UpdatedAt       time.Time
}
