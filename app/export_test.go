package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"zensync/backend/attachments"
	"zensync/backend/export"
	"zensync/backend/integration"
	"zensync/backend/store"
	"zensync/backend/testenv/emuenv"
)

// closedDialog is the admin closing the Save dialog.
type closedDialog struct{}

func (closedDialog) SaveFile(string, string, FileFilter) (string, error) { return "", nil }
func (closedDialog) ChooseFolder(string) (string, error)                 { return "", nil }

func TestExportAPI(t *testing.T) {
	ctx := t.Context()
	log := slogDiscard()
	db := emuenv.OpenStore(t)
	records := store.NewRecordRepo(db, nil)
	now := time.Now().UTC()
	if _, err := records.Apply(ctx, store.Batch{IntegrationID: "i1", Tickets: []store.TicketRecord{
		{ID: 1, Subject: "Printer on fire", Status: "open", CreatedAt: now, UpdatedAt: now},
		{ID: 2, Subject: "Invoice", Status: "solved", CreatedAt: now, UpdatedAt: now},
	}}); err != nil {
		t.Fatal(err)
	}
	reader := exportSource(db, records, &attachmentWiring{comments: store.NewAttachmentRepo(db, nil), articles: store.NewArticleAttachmentRepo(db, nil),
		folder: attachments.Folder{Dir: filepath.Join(t.TempDir(), "attachments")}})
	integs := func(context.Context, string) (integration.Integration, error) {
		return integration.Integration{ID: "i1", Name: "Acme", Domain: "acme", Capability: integration.Helpdesk}, nil
	}
	dir := t.TempDir()
	finished := make(chan export.Update, 8)
	emit := func(name string, data ...any) {
		if name == EventExportFinished {
			finished <- data[0].(export.Update)
		}
	}
	api := NewExportAPI(reader, integs, folderDialog{dir: dir}, emit, log)
	defer api.close()
	wait := func(t *testing.T, id string) export.Update {
		t.Helper()
		select {
		case u := <-finished:
			if u.ID != id {
				t.Fatalf("finished %s, want %s", u.ID, id)
			}
			return u
		case <-time.After(10 * time.Second):
			t.Fatal("no export:finished")
		}
		return export.Update{}
	}

	t.Run("the list with its filter goes to the chosen file", func(t *testing.T) {
		started, err := api.ExportTickets(TicketQuery{Statuses: []string{"open"}}, "csv")
		if err != nil {
			t.Fatal(err)
		}
		u := wait(t, started.ID)
		b, err := os.ReadFile(started.Path)
		if err != nil || u.State != "done" || u.Done != 1 {
			t.Fatalf("update %+v, err %v", u, err)
		}
		if !strings.Contains(string(b), "Printer on fire") || strings.Contains(string(b), "Invoice") {
			t.Fatalf("file:\n%s", b)
		}
	})
	t.Run("a ticket to HTML", func(t *testing.T) {
		started, err := api.ExportTicketHTML("i1", 1)
		if err != nil {
			t.Fatal(err)
		}
		if u := wait(t, started.ID); u.State != "done" || filepath.Base(u.Path) != "ticket-1.html" {
			t.Fatalf("update %+v", u)
		}
	})
	t.Run("a missing ticket fails in words", func(t *testing.T) {
		started, err := api.ExportTicketHTML("i1", 99)
		if err != nil {
			t.Fatal(err)
		}
		if u := wait(t, started.ID); u.State != "failed" || !strings.Contains(u.Error, "not found") {
			t.Fatalf("update %+v", u)
		}
	})
	t.Run("the whole integration to a folder", func(t *testing.T) {
		started, err := api.ExportIntegration("i1")
		if err != nil {
			t.Fatal(err)
		}
		u := wait(t, started.ID)
		man, err := os.ReadFile(filepath.Join(u.Path, "manifest.json"))
		if err != nil || u.State != "done" {
			t.Fatalf("update %+v: %v", u, err)
		}
		if !strings.Contains(string(man), `"attachments_included": true`) {
			t.Fatalf("the app's export must carry the attachments:\n%s", man)
		}
		if _, err := os.Stat(filepath.Join(u.Path, "attachments.jsonl")); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("an unknown format is refused with what to do", func(t *testing.T) {
		_, err := api.ExportTickets(TicketQuery{}, "xlsx")
		if err == nil || !strings.Contains(err.Error(), `"invalid_input"`) || !strings.Contains(err.Error(), "csv or jsonl") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("closing the dialog starts nothing", func(t *testing.T) {
		closed := NewExportAPI(reader, integs, closedDialog{}, emit, log)
		defer closed.close()
		started, err := closed.ExportTickets(TicketQuery{}, "jsonl")
		if err != nil || started.ID != "" {
			t.Fatalf("started %+v, err %v", started, err)
		}
	})
}

func TestSaveDialogChoice(t *testing.T) {
	if _, ok := newSaveDialog(NewShell(slogDiscard()), "").(nativeDialog); !ok {
		t.Fatal("without ZENSYNC_E2E_SAVE_DIR the native dialogs must be used")
	}
	d := newSaveDialog(nil, "/saves")
	if p, _ := d.SaveFile("t", "tickets.csv", FileFilter{}); p != "/saves/tickets.csv" {
		t.Fatalf("SaveFile = %q", p)
	}
	if p, _ := d.ChooseFolder("t"); p != "/saves" {
		t.Fatalf("ChooseFolder = %q", p)
	}
}

func TestWithExt(t *testing.T) {
	for _, tc := range []struct{ in, ext, want string }{
		{"/a/tickets", ".csv", "/a/tickets.csv"},
		{"/a/tickets.csv", ".csv", "/a/tickets.csv"},
		{"/a/tickets.txt", ".csv", "/a/tickets.txt"},
		{"/a.b/ticket", ".html", "/a.b/ticket.html"},
	} {
		if got := withExt(tc.in, tc.ext); got != tc.want {
			t.Errorf("withExt(%q, %q) = %q, want %q", tc.in, tc.ext, got, tc.want)
		}
	}
}
