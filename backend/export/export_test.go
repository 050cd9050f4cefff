package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"zensync/backend/store"
)

func TestTicketListEqualsTheListQuery(t *testing.T) {
	src := seedStore(t, 60)
	queries := []struct {
		name string
		q    store.TicketQuery
	}{
		{"everything, newest update first", store.TicketQuery{}},
		{"one integration, by id", store.TicketQuery{IntegrationID: "i1", Sort: store.SortIDAsc}},
		{"status filter", store.TicketQuery{Statuses: []string{"open", "pending"}}},
		{"priority and assignee", store.TicketQuery{Priorities: []string{"high"}, AssigneeID: 200}},
		{"organization and tag, by creation", store.TicketQuery{OrganizationID: 300, Tag: "vip", Sort: store.SortCreatedDesc}},
		{"full-text search", store.TicketQuery{Search: "printer"}},
		{"search in comments with a filter", store.TicketQuery{Search: "quarterly", Statuses: []string{"pending"}}},
		{"search matching nothing", store.TicketQuery{Search: "zzzyx"}},
		{"Zendesk syntax: keywords only", store.TicketQuery{Search: "status:open tags:vip"}},
		{"Zendesk syntax: words and an exclusion", store.TicketQuery{Search: "printer -status:solved"}},
		{"Zendesk syntax: a ticket number", store.TicketQuery{Search: "#2"}},
	}
	for _, tc := range queries {
		for _, f := range []Format{FormatCSV, FormatJSONL} {
			t.Run(tc.name+" as "+string(f), func(t *testing.T) {
				ctx := t.Context()
				want := listIDs(t, src, tc.q)
				if len(want) == 0 && !strings.Contains(tc.name, "nothing") {
					t.Fatal("the list is empty: the case proves nothing")
				}
				target := filepath.Join(t.TempDir(), "list."+string(f))
				n, err := TicketList(ctx, src, tc.q, f, target, nil)
				if err != nil {
					t.Fatal(err)
				}
				got := fileIDs(t, target, f)
				if n != int64(len(want)) || strings.Join(got, ",") != strings.Join(want, ",") {
					t.Fatalf("wrote %d rows %v, the list shows %v", n, got, want)
				}
			})
		}
	}
}

// listIDs is what the Tickets screen lists for q (every page).
func listIDs(t *testing.T, src Source, q store.TicketQuery) []string {
	t.Helper()
	q.Limit = store.MaxPageSize
	var ids []string
	for {
		p, err := src.Tickets(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range p.Rows {
			ids = append(ids, r.IntegrationID+"/"+strconv.FormatInt(r.ID, 10))
		}
		q.Offset += len(p.Rows)
		if len(p.Rows) == 0 || int64(q.Offset) >= p.Total {
			return ids
		}
	}
}

func fileIDs(t *testing.T, path string, f Format) []string {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var ids []string
	if f == FormatCSV {
		recs, err := csv.NewReader(fh).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(recs[0], ",") != strings.Join(ticketColumns, ",") {
			t.Fatalf("header %v", recs[0])
		}
		for _, r := range recs[1:] {
			ids = append(ids, r[12]+"/"+r[0])
		}
		return ids
	}
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		var l TicketLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, l.IntegrationID+"/"+strconv.FormatInt(l.ID, 10))
	}
	return ids
}

// cancelAfter is a Source that cancels the export's context after n rows have been read.
type cancelAfter struct {
	Source
	n      int
	cancel context.CancelFunc
}

func (c cancelAfter) EachTicket(ctx context.Context, q store.TicketQuery, fn func(store.TicketRow) error) error {
	seen := 0
	return c.Source.EachTicket(ctx, q, func(r store.TicketRow) error {
		if seen++; seen == c.n {
			c.cancel()
		}
		return fn(r)
	})
}

func TestCancelledOrFailedExportLeavesNothing(t *testing.T) {
	src := seedStore(t, 5000)
	tests := []struct {
		name     string
		existing bool // a file is already at the target (the admin chose to replace it)
	}{
		{"a new file", false},
		{"replacing a file", true},
	}
	for _, tc := range tests {
		for _, f := range []Format{FormatCSV, FormatJSONL} {
			t.Run(tc.name+" as "+string(f), func(t *testing.T) {
				dir := t.TempDir()
				target := filepath.Join(dir, "tickets."+string(f))
				if tc.existing {
					if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				ctx, cancel := context.WithCancel(t.Context())
				defer cancel()
				n, err := TicketList(ctx, cancelAfter{Source: src, n: 1500, cancel: cancel}, store.TicketQuery{}, f, target, nil)
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("err = %v after %d rows, want context.Canceled", err, n)
				}
				entries, _ := os.ReadDir(dir)
				if tc.existing {
					if b, _ := os.ReadFile(target); string(b) != "old" || len(entries) != 1 {
						t.Fatalf("the old file was touched (%q) or a partial file is left: %v", b, entries)
					}
				} else if len(entries) != 0 {
					t.Fatalf("left behind: %v", entries)
				}
			})
		}
	}
	t.Run("an unknown format writes nothing", func(t *testing.T) {
		dir := t.TempDir()
		_, err := TicketList(t.Context(), src, store.TicketQuery{}, "xlsx", filepath.Join(dir, "x"), nil)
		if !errors.Is(err, ErrBadRequest) {
			t.Fatalf("err = %v", err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Fatalf("left behind: %v", entries)
		}
	})
}

func TestProgressReportsTheTotal(t *testing.T) {
	src := seedStore(t, 3000)
	var last, first [2]int64
	calls := 0
	n, err := TicketList(t.Context(), src, store.TicketQuery{}, FormatCSV, filepath.Join(t.TempDir(), "t.csv"),
		func(done, total int64) {
			if calls == 0 {
				first = [2]int64{done, total}
			}
			calls++
			last = [2]int64{done, total}
		})
	if err != nil {
		t.Fatal(err)
	}
	if n != 3000 || first != [2]int64{0, 3000} || last != [2]int64{3000, 3000} {
		t.Fatalf("n=%d first=%v last=%v", n, first, last)
	}
}

// remoteLoad finds anything in a page that a browser would fetch by itself.
var remoteLoad = regexp.MustCompile(`(?i)<script|<iframe|<link|<object|<embed|\bsrc\s*=\s*["']?(https?:|//)|url\(|@import|<meta[^>]+refresh`)

func TestHTMLPagesAreSelfContained(t *testing.T) {
	src := seedStore(t, 3)
	ctx := t.Context()
	meta := Meta{Version: "1.2.3"}
	dir := t.TempDir()
	tests := []struct {
		name  string
		write func(target string) error
		want  []string
	}{
		{"a ticket with its conversation", func(p string) error { return TicketHTML(ctx, src, "i1", 1, p, meta) },
			[]string{"Printer on fire 1", "It is <b>on fire</b>", "internal: check the toner", "Internal note", "Rita Requester",
				"Alan Agent", "[image: pixel]", "Images shown in the conversation are part of this file", "Zensync 1.2.3"}},
		{"an article", func(p string) error { return ArticleHTML(ctx, src, "i1", 30, "", p, meta) },
			[]string{"Putting out a printer fire", "<h2>Steps</h2>", "Unplug it.", "Printers", "https://acme.zendesk.com/hc/en-us/articles/30"}},
		{"a section with its articles in order", func(p string) error { return SectionHTML(ctx, src, "i1", 20, p, meta) },
			[]string{"<h1>Printers</h1>", "Putting out a printer fire", "Shake it."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			target := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".html")
			if err := tc.write(target); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(target)
			if err != nil {
				t.Fatal(err)
			}
			page := string(b)
			if m := remoteLoad.FindString(page); m != "" {
				t.Fatalf("the page loads something (%q):\n%s", m, page)
			}
			if !strings.Contains(page, `content="default-src &#39;none&#39;`) {
				t.Fatalf("no content security policy:\n%s", page)
			}
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("the page lacks %q:\n%s", w, page)
				}
			}
		})
	}
	t.Run("a ticket that is not stored writes nothing", func(t *testing.T) {
		target := filepath.Join(t.TempDir(), "x.html")
		err := TicketHTML(ctx, src, "i1", 999, target, meta)
		if !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("err = %v", err)
		}
		if _, err := os.Stat(target); !os.IsNotExist(err) {
			t.Fatalf("a file was written: %v", err)
		}
	})
}
