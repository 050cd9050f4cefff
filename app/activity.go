package app

import (
	"context"
	"log/slog"
	"time"

	"zensync/backend/store"
)

// ActivityFilter narrows ActivityAPI.List; empty fields match everything. Limit 0 means 200.
type ActivityFilter struct {
	IntegrationID string `json:"integrationId"`
	Kind          string `json:"kind"` // sync, webhook, connect
	Limit         int    `json:"limit"`
}

// ActivityEntry is one line of the Activity page.
type ActivityEntry struct {
	ID              int64  `json:"id"`
	At              string `json:"at"` // RFC 3339, UTC
	IntegrationID   string `json:"integrationId"`
	IntegrationName string `json:"integrationName"`
	Kind            string `json:"kind"`
	Level           string `json:"level"` // info, warn, error
	Message         string `json:"message"`
	Reason          string `json:"reason"`
}

// ActivityAPI is the Activity page: sync runs and webhook deliveries, newest first.
type ActivityAPI struct {
	activity *store.ActivityRepo
	repo     *store.IntegrationRepo
	bridge   *bridge
}

// NewActivityAPI returns the facade.
func NewActivityAPI(activity *store.ActivityRepo, repo *store.IntegrationRepo, log *slog.Logger) *ActivityAPI {
	return &ActivityAPI{activity: activity, repo: repo, bridge: newBridge(log.With("component", "activity_api"), mapStoreError)}
}

// List returns activity entries matching f, newest first.
func (a *ActivityAPI) List(f ActivityFilter) ([]ActivityEntry, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if f.Limit <= 0 {
		f.Limit = 200
	}
	rows, err := a.activity.List(ctx, store.ActivityFilter{IntegrationID: f.IntegrationID, Kind: store.ActivityKind(f.Kind)}, f.Limit)
	if err != nil {
		return nil, a.bridge.wrap("ActivityList", err)
	}
	names := map[string]string{}
	if list, err := a.repo.List(ctx); err == nil {
		for _, in := range list {
			names[in.ID] = in.Name
		}
	}
	out := make([]ActivityEntry, len(rows))
	for i, r := range rows {
		out[i] = ActivityEntry{ID: r.ID, At: r.At.UTC().Format(time.RFC3339), IntegrationID: r.IntegrationID,
			IntegrationName: names[r.IntegrationID], Kind: string(r.Kind), Level: string(r.Level), Message: r.Message, Reason: r.Reason}
	}
	return out, nil
}
