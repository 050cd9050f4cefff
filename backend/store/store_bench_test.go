package store

import (
	"context"
	"path/filepath"
	"testing"
)

func BenchmarkOpenExistingDatabase(b *testing.B) {
	path := filepath.Join(b.TempDir(), "zensync.db")
	db, err := Open(context.Background(), path, nil)
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	b.ResetTimer()
	for b.Loop() {
		db, err := Open(context.Background(), path, nil)
		if err != nil {
			b.Fatal(err)
		}
		db.Close()
	}
}

func BenchmarkActivityAdd(b *testing.B) {
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "zensync.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	acts := NewActivityRepo(db, nil)
	ctx := context.Background()
	for b.Loop() {
		if _, err := acts.Add(ctx, Activity{Kind: ActivitySync, Level: LevelInfo, Message: "page"}); err != nil {
			b.Fatal(err)
		}
	}
}
