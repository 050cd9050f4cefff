package store

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"gorm.io/gorm"
)

func tableNames(t *testing.T, db *DB) []string {
	t.Helper()
	var names []string
	if err := db.Read().Raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).Scan(&names).Error; err != nil {
		t.Fatal(err)
	}
	return names
}

func appliedList(t *testing.T, g *gorm.DB) []int {
	t.Helper()
	var v []int
	if err := g.Raw(`SELECT version FROM schema_migrations ORDER BY version`).Scan(&v).Error; err != nil {
		t.Fatal(err)
	}
	return v
}

func TestMigrationsRunFromAnEmptyFileAndAgainWithoutChange(t *testing.T) {
	db, path := openNew(t)
	got := map[string]bool{}
	for _, n := range tableNames(t, db) {
		got[n] = true
	}
	for _, want := range []string{"activity", "integrations", "schema_migrations"} {
		if !got[want] {
			t.Errorf("table %s missing; have %v", want, tableNames(t, db))
		}
	}
	first := appliedList(t, db.Gorm())
	if len(first) != len(Migrations()) {
		t.Fatalf("applied %v, registered %d", first, len(Migrations()))
	}
	db.Close()

	db, err := Open(t.Context(), path, nil)
	if err != nil {
		t.Fatalf("reopening: %v", err)
	}
	defer db.Close()
	if again := appliedList(t, db.Gorm()); !reflect.DeepEqual(again, first) {
		t.Fatalf("after reopening applied = %v, want %v", again, first)
	}
}

func TestAnEmptyExistingFileIsANewDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "zensync.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	db, err := Open(t.Context(), path, nil)
	if err != nil {
		t.Fatalf("Open of an empty file: %v", err)
	}
	db.Close()
}

func TestMigrateAppliesOnlyPendingOnesInOrder(t *testing.T) {
	db := openTemp(t)
	ctx := t.Context()
	var ran []int
	step := func(v int) func(tx *gorm.DB) error {
		return func(tx *gorm.DB) error {
			ran = append(ran, v)
			return tx.Exec(`CREATE TABLE t` + string(rune('0'+v)) + ` (x INTEGER)`).Error
		}
	}
	top := lastVersion()
	base := append(Migrations(), Migration{Version: top + 1, Name: "t1", Up: step(1)})
	if err := migrate(ctx, db.Gorm(), base, discard()); err != nil {
		t.Fatal(err)
	}
	// Registered out of order on purpose: the runner sorts by version.
	next := append(Migrations(), Migration{Version: top + 3, Name: "t3", Up: step(3)}, Migration{Version: top + 1, Name: "t1", Up: step(1)}, Migration{Version: top + 2, Name: "t2", Up: step(2)})
	if err := migrate(ctx, db.Gorm(), next, discard()); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ran, []int{1, 2, 3}) {
		t.Fatalf("ran %v, want [1 2 3]", ran)
	}
}

func TestAFailingMigrationLeavesNoTrace(t *testing.T) {
	db := openTemp(t)
	top := lastVersion()
	bad := append(Migrations(), Migration{Version: top + 1, Name: "half done", Up: func(tx *gorm.DB) error {
		if err := tx.Exec(`CREATE TABLE half (x INTEGER)`).Error; err != nil {
			return err
		}
		return tx.Exec(`CREATE TABLE broken (`).Error
	}})
	if err := migrate(t.Context(), db.Gorm(), bad, discard()); err == nil {
		t.Fatal("a broken migration succeeded")
	}
	for _, name := range tableNames(t, db) {
		if name == "half" {
			t.Fatal("the failed migration's first table was kept")
		}
	}
	for _, v := range appliedList(t, db.Gorm()) {
		if v == top+1 {
			t.Fatal("the failed migration was recorded")
		}
	}
}

func TestTheRegistryRefusesDuplicateVersions(t *testing.T) {
	db := openTemp(t)
	dup := append(Migrations(), Migration{Version: 1, Name: "again", Up: func(*gorm.DB) error { return nil }})
	if err := migrate(t.Context(), db.Gorm(), dup, discard()); err == nil {
		t.Fatal("duplicate version accepted")
	}
}

func fileSums(t *testing.T, path string) map[string][32]byte {
	t.Helper()
	sums := map[string][32]byte{}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		b, err := os.ReadFile(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		sums[filepath.Base(p)] = sha256.Sum256(b)
	}
	return sums
}

func TestADatabaseFromANewerVersionIsRefusedAndUntouched(t *testing.T) {
	db, path := openNew(t)
	if err := db.Gorm().Exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', CURRENT_TIMESTAMP)`).Error; err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := fileSums(t, path)

	_, err := Open(t.Context(), path, nil)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open = %v, want ErrNewerSchema", err)
	}
	if !bytes.Contains([]byte(err.Error()), []byte("999")) {
		t.Errorf("message does not name the unknown version: %v", err)
	}
	if after := fileSums(t, path); !reflect.DeepEqual(before, after) {
		t.Fatalf("files changed: before %v after %v", keys(before), keys(after))
	}
}

func TestAFileThatIsNotSQLiteIsRefusedAndUntouched(t *testing.T) {
	for name, content := range map[string][]byte{
		"text":         bytes.Repeat([]byte("my notes, not a database\n"), 200),
		"short binary": {0x00, 0x01, 0x02},
		"zip":          append([]byte("PK\x03\x04"), make([]byte, 4096)...),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "zensync.db")
			if err := os.WriteFile(path, content, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Open(t.Context(), path, nil)
			if !errors.Is(err, ErrNotADatabase) {
				t.Fatalf("Open = %v, want ErrNotADatabase", err)
			}
			got, _ := os.ReadFile(path)
			if !bytes.Equal(got, content) {
				t.Fatal("the file was changed")
			}
			for _, side := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Stat(path + side); err == nil {
					t.Errorf("%s was created next to the refused file", side)
				}
			}
		})
	}
}

func keys(m map[string][32]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// openOld writes a database in a temp folder with only the migrations in list applied, as an
// earlier Zensync left it, and returns its writer pool (the test closes it with closePool) and
// its path.
func openOld(t *testing.T, list []Migration) (*gorm.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "zensync.db")
	old, err := openPool(path, false, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := migrate(t.Context(), old, list, discard()); err != nil {
		t.Fatalf("building the old database: %v", err)
	}
	return old, path
}

// migrationsBefore lists the registered migrations below version, in order.
func migrationsBefore(version int) []Migration {
	var before []Migration
	for _, m := range sorted(Migrations()) {
		if m.Version < version {
			before = append(before, m)
		}
	}
	return before
}

// TestEveryEarlierVersionMigratesToTheLatest builds a database at each released version (the
// first k registered migrations) and checks that Open brings it to the latest.
func TestEveryEarlierVersionMigratesToTheLatest(t *testing.T) {
	all := sorted(Migrations())
	for k := 0; k < len(all); k++ {
		prefix := all[:k]
		name := "empty"
		if k > 0 {
			name = fmt.Sprintf("from version %d", prefix[k-1].Version)
		}
		t.Run(name, func(t *testing.T) {
			old, path := openOld(t, prefix)
			closePool(old)
			db := openAt(t, path)
			if got := appliedList(t, db.Gorm()); len(got) != len(all) {
				t.Fatalf("applied %v, want all %d", got, len(all))
			}
		})
	}
}

// lastVersion is the highest registered version: test migrations go after it, so the tests keep
// working as real migrations are added.
func lastVersion() int {
	top := 0
	for _, m := range Migrations() {
		top = max(top, m.Version)
	}
	return top
}
