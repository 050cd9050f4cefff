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

// StreamStatus is one stream's state. Records and Pages are stored totals over every run;
// RunRecords and RunPages the running sync's own (0 when none runs). WaitingUntil is RFC 3339
// ("" when not waiting).
type StreamStatus struct {
	Name         string `json:"name"`
	Records      int64  `json:"records"`
	Pages        int64  `json:"pages"`
	RunRecords   int64  `json:"runRecords"`
	RunPages     int64  `json:"runPages"`
	LastError    string `json:"lastError"`
	Checkpoint   string `json:"checkpoint"`
	WaitingUntil string `json:"waitingUntil"`
}

// SyncStatus is an integration's sync state. LastSyncAt is the end of the last successful sync,
// LastAttemptAt of the last run whatever its outcome (RFC 3339, "" when none); LastError says
// why the last attempt failed ("" when it succeeded).
type SyncStatus struct {
	IntegrationID string         `json:"integrationId"`
	Running       bool           `json:"running"`
	LastSyncAt    string         `json:"lastSyncAt"`
	LastAttemptAt string         `json:"lastAttemptAt"`
	LastError     string         `json:"lastError"`
	Counts        SyncCounts     `json:"counts"`
	Streams       []StreamStatus `json:"streams"`
}

// SyncProgress is the `sync:progress` payload (at most 4 a second per integration). Its counts
// are this run's, from zero; WaitingUntil (RFC 3339, "" when none) is when the longest
// rate-limit wait ends, so the window can count down to it.
type SyncProgress struct {
	IntegrationID string  `json:"integrationId"`
	Stream        string  `json:"stream"`
	Records       int64   `json:"records"`
	Pages         int64   `json:"pages"`
	WaitingUntil  string  `json:"waitingUntil"`
	ETASeconds    float64 `json:"etaSeconds"`
	// Estimate is the ETA in words and what bounds it ("about 35 min left at Zendesk's limit of
	// 10 export requests a minute"); "" while unknown.
	Estimate string           `json:"estimate"`
	Running  bool             `json:"running"`
	Streams  []StreamProgress `json:"streams"`
}

// StreamProgress is one stream's part of a SyncProgress.
type StreamProgress struct {
	Stream       string  `json:"stream"`
	Records      int64   `json:"records"`
	Pages        int64   `json:"pages"`
	WaitingUntil string  `json:"waitingUntil"`
	ETASeconds   float64 `json:"etaSeconds"`
}

// SyncFinished is the `sync:finished` payload; Message says in words what happened.
type SyncFinished struct {
	IntegrationID string `json:"integrationId"`
	OK            bool   `json:"ok"`
	Message       string `json:"message"`
}
