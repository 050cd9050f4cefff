package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// PendingCleanup is what a deleted integration left in Zendesk because Zendesk could not be
// reached: its webhook, its token grant, or both. It carries what a retry needs to call Zendesk
// (the integration row is gone); the tokens stay in the keyring under IntegrationID until the
// clean-up succeeds.
type PendingCleanup struct {
	IntegrationID   string
	Name            string
	Capability      string
	Domain          string
	OAuthClientID   string
	HasClientSecret bool
	WebhookID       string
	WebhookPending  bool // the webhook may still exist in Zendesk
	TokenPending    bool // the token grant is not revoked yet
	Attempts        int
	LastError       string
	CreatedAt       time.Time
	LastAttemptAt   *time.Time
}

type pendingCleanupRow struct {
	IntegrationID   string `gorm:"primaryKey"`
	Name            string
	Capability      string
	Domain          string
	OAuthClientID   string `gorm:"column:oauth_client_id"`
	HasClientSecret bool
	WebhookID       string
	WebhookPending  bool
	TokenPending    bool
	Attempts        int
	LastError       string
	CreatedAt       time.Time
	LastAttemptAt   *time.Time
}

func (pendingCleanupRow) TableName() string { return "pending_cleanups" }

// PendingCleanupRepo stores pending clean-ups.
type PendingCleanupRepo struct{ db *DB }

// NewPendingCleanupRepo returns a repository over db.
func NewPendingCleanupRepo(db *DB) *PendingCleanupRepo { return &PendingCleanupRepo{db: db} }

// Put saves p, replacing an earlier row of the same integration.
func (r *PendingCleanupRepo) Put(ctx context.Context, p PendingCleanup) error {
	if p.CreatedAt.IsZero() {
		p.CreatedAt = time.Now()
	}
	row := pendingCleanupRow(p)
	row.CreatedAt = row.CreatedAt.UTC()
	err := r.db.Gorm().WithContext(ctx).Clauses(clause.OnConflict{UpdateAll: true}).Create(&row).Error
	if err != nil {
		return fmt.Errorf("saving the pending clean-up of %s: %w", p.Name, err)
	}
	return nil
}

// List returns every pending clean-up, oldest first.
func (r *PendingCleanupRepo) List(ctx context.Context) ([]PendingCleanup, error) {
	var rows []pendingCleanupRow
	if err := r.db.Read().WithContext(ctx).Order("created_at, integration_id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("listing pending clean-ups: %w", err)
	}
	out := make([]PendingCleanup, len(rows))
	for i, row := range rows {
		out[i] = PendingCleanup(row)
	}
	return out, nil
}

// Get returns the pending clean-up of one deleted integration, or ErrNotFound.
func (r *PendingCleanupRepo) Get(ctx context.Context, integrationID string) (PendingCleanup, error) {
	var row pendingCleanupRow
	err := r.db.Read().WithContext(ctx).Where("integration_id = ?", integrationID).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return PendingCleanup{}, ErrNotFound
	}
	if err != nil {
		return PendingCleanup{}, fmt.Errorf("reading a pending clean-up: %w", err)
	}
	return PendingCleanup(row), nil
}

// Remove forgets the pending clean-up of one integration (done); a missing row is no error.
func (r *PendingCleanupRepo) Remove(ctx context.Context, integrationID string) error {
	if err := r.db.Gorm().WithContext(ctx).Where("integration_id = ?", integrationID).Delete(&pendingCleanupRow{}).Error; err != nil {
		return fmt.Errorf("removing a pending clean-up: %w", err)
	}
	return nil
}
