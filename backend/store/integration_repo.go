package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"

	"zensync/backend/integration"
)

// IntegrationRepo reads and writes saved integrations.
type IntegrationRepo struct {
	db  *DB
	now func() time.Time
}

// NewIntegrationRepo returns a repository over db; now stamps created_at/updated_at (nil: time.Now).
func NewIntegrationRepo(db *DB, now func() time.Time) *IntegrationRepo {
	return &IntegrationRepo{db: db, now: nowOr(now)}
}

// Create inserts i, stamping CreatedAt and UpdatedAt, and returns what was stored. A name already
// used (case-insensitively) gives ErrConflict. The caller assigns ID.
func (r *IntegrationRepo) Create(ctx context.Context, i integration.Integration) (integration.Integration, error) {
	return r.CreateTx(ctx, r.db.Gorm(), i)
}

// CreateTx is Create inside the caller's transaction (so the caller can roll it back, for example
// when saving the client secret to the keyring fails).
func (r *IntegrationRepo) CreateTx(ctx context.Context, tx *gorm.DB, i integration.Integration) (integration.Integration, error) {
	now := r.now().UTC()
	i.CreatedAt, i.UpdatedAt = now, now
	row := toIntegrationRow(i)
	if err := tx.WithContext(ctx).Create(&row).Error; err != nil {
		return integration.Integration{}, writeErr("creating integration "+i.Name, err)
	}
	return row.toDomain(), nil
}

// Get returns one integration, or ErrNotFound.
func (r *IntegrationRepo) Get(ctx context.Context, id string) (integration.Integration, error) {
	var row integrationRow
	err := r.db.Read().WithContext(ctx).Where("id = ?", id).Take(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return integration.Integration{}, fmt.Errorf("integration %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return integration.Integration{}, fmt.Errorf("reading integration %s: %w", id, err)
	}
	return row.toDomain(), nil
}

// List returns every integration, newest first.
func (r *IntegrationRepo) List(ctx context.Context) ([]integration.Integration, error) {
	var rows []integrationRow
	if err := r.db.Read().WithContext(ctx).Order("created_at DESC, id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("listing integrations: %w", err)
	}
	out := make([]integration.Integration, len(rows))
	for k, row := range rows {
		out[k] = row.toDomain()
	}
	return out, nil
}

// Update writes the form's fields of i (see editableColumns) and stamps UpdatedAt; status, tokens,
// sync and webhook state are changed only by the setters. ErrNotFound, ErrConflict as usual.
func (r *IntegrationRepo) Update(ctx context.Context, i integration.Integration) (integration.Integration, error) {
	return r.UpdateTx(ctx, r.db.Gorm(), i)
}

// UpdateTx is Update inside the caller's transaction.
func (r *IntegrationRepo) UpdateTx(ctx context.Context, tx *gorm.DB, i integration.Integration) (integration.Integration, error) {
	i.UpdatedAt = r.now().UTC()
	row := toIntegrationRow(i)
	res := tx.WithContext(ctx).Model(&integrationRow{}).Where("id = ?", i.ID).
		Select(editableColumns).Updates(&row)
	if res.Error != nil {
		return integration.Integration{}, writeErr("updating integration "+i.Name, res.Error)
	}
	if res.RowsAffected == 0 {
		return integration.Integration{}, fmt.Errorf("integration %s: %w", i.ID, ErrNotFound)
	}
	var stored integrationRow
	if err := tx.WithContext(ctx).Where("id = ?", i.ID).Take(&stored).Error; err != nil {
		return integration.Integration{}, fmt.Errorf("reading integration %s: %w", i.ID, err)
	}
	return stored.toDomain(), nil
}

// Delete removes the integration row (its activity goes with it). ErrNotFound if absent.
func (r *IntegrationRepo) Delete(ctx context.Context, id string) error {
	return r.DeleteTx(ctx, r.db.Gorm(), id)
}

// DeleteTx is Delete inside the caller's transaction.
func (r *IntegrationRepo) DeleteTx(ctx context.Context, tx *gorm.DB, id string) error {
	res := tx.WithContext(ctx).Where("id = ?", id).Delete(&integrationRow{})
	if res.Error != nil {
		return fmt.Errorf("deleting integration %s: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return fmt.Errorf("integration %s: %w", id, ErrNotFound)
	}
	return nil
}

// writeErr maps a unique violation to ErrConflict.
func writeErr(op string, err error) error {
	if isUnique(err) {
		return fmt.Errorf("%s: %w", op, ErrConflict)
	}
	return fmt.Errorf("%s: %w", op, err)
}
