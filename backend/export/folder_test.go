package export

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFolderIsReadableByAnotherProgram(t *testing.T) {
	src := seedStore(t, 25)
	parent := t.TempDir()
	at := time.Date(2026, 5, 4, 3, 2, 1, 0, time.UTC) // only names the folder
	in := Integration{ID: "i1", Name: "Acme/Support", Domain: "acme", Capability: "helpdesk"}
	path, err := Folder(t.Context(), src, in, parent, Meta{Version: "1.2.3", Now: func() time.Time { return at }}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(parent, "zensync-Acme-Support-20260504-030201"); path != want {
		t.Fatalf("path = %s, want %s", path, want)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Fatalf("parent holds %v, want only the export", entries)
	}
	var man Manifest
	b, err := os.ReadFile(filepath.Join(path, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &man); err != nil {
		t.Fatal(err)
	}
	if man.FormatVersion != FolderFormatVersion || man.ZensyncVersion != "1.2.3" || man.SchemaVersion == 0 ||
		man.ExportedAt != "2026-05-04T03:02:01Z" || man.Integration != in || man.AttachmentsIncluded {
		t.Fatalf("manifest %+v", man)
	}
	wantCounts := map[string]int64{"tickets": 25, "comments": 3, "users": 2, "organizations": 1, "groups": 1,
		"hc_categories": 1, "hc_sections": 1, "hc_articles": 2}
	if len(man.Files) != len(wantCounts) {
		t.Fatalf("files %+v", man.Files)
	}
	for _, f := range man.Files {
		lines := readLines(t, filepath.Join(path, f.Name))
		if f.Count != wantCounts[f.RecordType] || int64(len(lines)) != f.Count {
			t.Fatalf("%s: manifest says %d, file has %d lines, want %d", f.Name, f.Count, len(lines), wantCounts[f.RecordType])
		}
	}
	tickets := readLines(t, filepath.Join(path, "tickets.jsonl"))
	first := tickets[0]
	if first["id"] != float64(1) || first["subject"] != "Printer on fire 1" || first["status"] != "open" {
		t.Fatalf("first ticket %v", first)
	}
	if tags, ok := first["tags"].([]any); !ok || len(tags) != 1 || tags[0] != "vip" {
		t.Fatalf("tags %#v, want [vip]", first["tags"])
	}
	if _, err := time.Parse(time.RFC3339, first["created_at"].(string)); err != nil {
		t.Fatalf("created_at: %v", err)
	}
	if first["deleted"] != false {
		t.Fatalf("deleted %#v, want false", first["deleted"])
	}
	for _, internal := range []string{"pk", "integration_id", "generated_timestamp"} {
		if _, ok := first[internal]; ok {
			t.Fatalf("bookkeeping column %s exported", internal)
		}
	}
	comments := readLines(t, filepath.Join(path, "comments.jsonl"))
	if comments[1]["public"] != false || comments[1]["body"] != "internal: check the toner" {
		t.Fatalf("comment %v", comments[1])
	}
}

func readLines(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("%s: %v in %q", path, err, sc.Text())
		}
		out = append(out, m)
	}
	return out
}

// cancelRecords cancels the folder export's context after n records.
type cancelRecords struct {
	Source
	n      *int
	cancel context.CancelFunc
}

func (c cancelRecords) EachRecord(ctx context.Context, integ, table string, fn func([]string, []any) error) error {
	return c.Source.EachRecord(ctx, integ, table, func(cols []string, vals []any) error {
		if *c.n--; *c.n == 0 {
			c.cancel()
		}
		return fn(cols, vals)
	})
}

func TestCancelledFolderLeavesNothing(t *testing.T) {
	src := seedStore(t, 3000)
	parent := t.TempDir()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	n := 1500
	_, err := Folder(ctx, cancelRecords{Source: src, n: &n, cancel: cancel}, Integration{ID: "i1", Name: "Acme"}, parent, Meta{}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 0 {
		t.Fatalf("left behind: %v", entries)
	}
}
