package app

// DTOs of SyncAPI and the sync events (frontend/src/api/sync.ts and events.ts).

// SyncCounts is how many records an integration has locally.
type SyncCounts struct {
	Tickets       int64 `json:"tickets"`
	Users         int64 `json:"users"`
	Organizations int64 `json:"organizations"`
	Groups        int64 `json:"groups"`
	Articles      int64 `json:"articles"`
}

// StreamStatus is one stream's state. WaitingUntil is RFC 3339 ("" when not waiting).
type StreamStatus struct {
	Name         string `json:"name"`
	Records      int64  `json:"records"`
	Pages        int64  `json:"pages"`
	LastError    string `json:"lastError"`
	Checkpoint   string `json:"checkpoint"`
	WaitingUntil string `json:"waitingUntil"`
}

// SyncStatus is an integration's sync state. LastSyncAt is RFC 3339 ("" when never synced).
type SyncStatus struct {
	IntegrationID string         `json:"integrationId"`
	Running       bool           `json:"running"`
	LastSyncAt    string         `json:"lastSyncAt"`
	LastError     string         `json:"lastError"`
	Counts        SyncCounts     `json:"counts"`
	Streams       []StreamStatus `json:"streams"`
}

// SyncProgress is the `sync:progress` payload (at most 4 a second per integration).
type SyncProgress struct {
	IntegrationID  string  `json:"integrationId"`
	Stream         string  `json:"stream"`
	Records        int64   `json:"records"`
	Pages          int64   `json:"pages"`
	WaitingSeconds float64 `json:"waitingSeconds"`
	ETASeconds     float64 `json:"etaSeconds"`
	// Estimate is the ETA in words and what bounds it ("about 35 min left at Zendesk's limit of
	// 10 export requests a minute"); "" while unknown.
	Estimate string `json:"estimate"`
	Running  bool   `json:"running"`
}

// SyncFinished is the `sync:finished` payload; Message says in words what happened.
type SyncFinished struct {
	IntegrationID string `json:"integrationId"`
	OK            bool   `json:"ok"`
	Message       string `json:"message"`
}
