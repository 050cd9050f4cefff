package store

import (
	"context"
	"fmt"
	"time"
)

// ActivityKind is the area an activity entry comes from.
type ActivityKind string

const (
	ActivitySync    ActivityKind = "sync"
	ActivityWebhook ActivityKind = "webhook"
	ActivityConnect ActivityKind = "connect"
)

// ActivityLevel is how serious an entry is.
type ActivityLevel string

const (
	LevelInfo  ActivityLevel = "info"
	LevelWarn  ActivityLevel = "warn"
	LevelError ActivityLevel = "error"
)

// Activity is one line of the Activity screen: a sync run, a webhook delivery, a connect.
// Message is for people; Reason is a short machine-readable cause ("signature_mismatch").
type Activity struct {
	ID            int64
	At            time.Time
	IntegrationID string // empty: not about one integration
	Kind          ActivityKind
	Level         ActivityLevel
	Message       string
	Reason        string
	Count         int // how many like events the entry stands for (1 for a single one)
}

// ActivityFilter narrows List; zero fields match everything.
type ActivityFilter struct {
	IntegrationID string
	Kind          ActivityKind
	Level         ActivityLevel // exactly this level
	BeforeID      int64         // page back: only entries with a smaller id
}

type activityRow struct {
	ID            int64 `gorm:"primaryKey"`
	At            time.Time
	IntegrationID *string
	Kind          string
	Level         string
	Message       string
	Reason        string
	Count         int
	Bucket        *int64
}

func (activityRow) TableName() string { return "activity" }

// ActivityRepo appends to and reads the activity log.
type ActivityRepo struct {
	db  *DB
	now func() time.Time
}

// NewActivityRepo returns a repository over db; now stamps entries without a time (nil: time.Now).
func NewActivityRepo(db *DB, now func() time.Time) *ActivityRepo {
	return &ActivityRepo{db: db, now: nowOr(now)}
}

// MaxActivityPage is the most entries List returns at once.
const MaxActivityPage = 500

// Add appends an entry (At defaults to now) and returns it with its id. An IntegrationID that
// does not exist fails (foreign key).
func (r *ActivityRepo) Add(ctx context.Context, a Activity) (Activity, error) {
	if a.At.IsZero() {
		a.At = r.now()
	}
	row := activityRow{At: a.At.UTC(), Kind: string(a.Kind), Level: string(a.Level), Message: a.Message, Reason: a.Reason,
		Count: max(a.Count, 1)}
	if a.IntegrationID != "" {
		id := a.IntegrationID
		row.IntegrationID = &id
	}
	if err := r.db.Gorm().WithContext(ctx).Create(&row).Error; err != nil {
		return Activity{}, fmt.Errorf("adding %s activity: %w", a.Kind, err)
	}
	return row.toActivity(), nil
}

// List returns up to limit entries matching f, most recently added first (limit is capped at
// MaxActivityPage; 0 means the cap). Page back with BeforeID = the last entry's ID.
func (r *ActivityRepo) List(ctx context.Context, f ActivityFilter, limit int) ([]Activity, error) {
	if limit <= 0 || limit > MaxActivityPage {
		limit = MaxActivityPage
	}
	q := r.db.Read().WithContext(ctx).Model(&activityRow{})
	if f.IntegrationID != "" {
		q = q.Where("integration_id = ?", f.IntegrationID)
	}
	if f.Kind != "" {
		q = q.Where("kind = ?", string(f.Kind))
	}
	if f.Level != "" {
		q = q.Where("level = ?", string(f.Level))
	}
	if f.BeforeID > 0 {
		q = q.Where("id < ?", f.BeforeID)
	}
	var rows []activityRow
	if err := q.Order("id DESC").Limit(limit).Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("listing activity: %w", err)
	}
	out := make([]Activity, len(rows))
	for k, row := range rows {
		out[k] = row.toActivity()
	}
	return out, nil
}

func (row activityRow) toActivity() Activity {
	a := Activity{ID: row.ID, At: row.At.UTC(), Kind: ActivityKind(row.Kind), Level: ActivityLevel(row.Level), Message: row.Message,
		Reason: row.Reason, Count: row.Count}
	if row.IntegrationID != nil {
		a.IntegrationID = *row.IntegrationID
	}
	return a
}
