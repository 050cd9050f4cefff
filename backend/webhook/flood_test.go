package webhook

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"zensync/backend/store"
	"zensync/backend/testenv"
)

// junk marks every byte a flood request chooses; nothing answered, logged or stored may hold it.
const junk = "JUNKZQ"

// TestListenerFloodBarelyGrowsTheDatabaseAndEchoesNothing sends a few thousand junk requests over
// real HTTP to the real listener writing Activity into a real SQLite file: odd and very long
// methods, unsigned and badly signed bodies, oversize bodies, unknown and junk ids, other paths.
// The database must barely grow, Activity must stay a handful of counted rows, and no answer,
// log line or row may hold anything the requests chose.
func TestListenerFloodBarelyGrowsTheDatabaseAndEchoesNothing(t *testing.T) {
	var logs testenv.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e := newEnvWith(t, Config{MaxBody: 4096, ActivityInterval: time.Second}, // the app's interval
		func(db *store.DB) ActivityWriter { return StoreActivity(store.NewActivityRepo(db, nil)) }, log)
	in := e.integration(t, "s3cret")
	ctx := t.Context()
	if err := e.db.Gorm().Exec(`PRAGMA wal_checkpoint(TRUNCATE)`).Error; err != nil {
		t.Fatal(err)
	}
	before := dbSize(t, e.db.Path())

	allowed := map[string]bool{}
	for _, info := range reasons {
		allowed[fmt.Sprintf("{\"status\":%q}\n", info.text)] = true
	}
	const total = 3000
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8, MaxConnsPerHost: 8}}
	var next, sent atomic.Int64
	var failures sync.Map
	fail := func(format string, args ...any) { failures.LoadOrStore(fmt.Sprintf(format, args...), true) }
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for n := next.Add(1); n <= total; n = next.Add(1) {
				req := floodRequest(e.base, in.ID, n)
				resp, err := client.Do(req)
				if err != nil {
					fail("request kind %d: %v", n%8, err)
					continue
				}
				body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
				resp.Body.Close()
				sent.Add(1)
				if resp.StatusCode == http.StatusOK {
					fail("request kind %d answered 200", n%8)
				}
				if !allowed[string(body)] && (req.Method != http.MethodHead || len(body) > 0) {
					fail("request kind %d: answer %q is not one of the fixed texts", n%8, truncate(string(body)))
				}
				for k, vs := range resp.Header {
					if echoes(k + strings.Join(vs, " ")) {
						fail("request kind %d: header %s echoes the request", n%8, k)
					}
				}
				if resp.StatusCode == http.StatusMethodNotAllowed && resp.Header.Get("Allow") == "" {
					fail("405 without Allow")
				}
			}
		})
	}
	wg.Wait()
	failures.Range(func(k, _ any) bool { t.Error(k); return true })
	if t.Failed() {
		t.FailNow()
	}
	// Requests Go's server refuses before the handler: their fixed answers hold no junk either.
	for _, raw := range []string{
		"JU\x01NK" + junk + " " + PathPrefix + in.ID + " HTTP/1.1\r\nHost: x\r\n\r\n",
		strings.Repeat("J", 70<<10) + junk + " / HTTP/1.1\r\nHost: x\r\n\r\n",
		"POST " + PathPrefix + in.ID + " HTTP/1.1\r\nHost: x\r\n" + junk + " bad: y\r\n\r\n",
		"POST " + PathPrefix + in.ID + " HTTP/9.9" + junk + "\r\nHost: x\r\n\r\n",
	} {
		if got := rawExchange(t, e.listener.Addr(), raw); echoes(got) {
			t.Errorf("raw answer echoes the request: %q", truncate(got))
		}
	}

	if err := e.listener.Stop(ctx); err != nil { // flushes the last counts
		t.Fatal(err)
	}
	rejected := e.listener.Stats().Rejected
	if rejected < total {
		t.Errorf("%d refusals counted, want %d", rejected, total)
	}
	var rows, stored, junkRows, textBytes int64
	e.db.Read().Raw(`SELECT count(*) FROM activity`).Scan(&rows)
	e.db.Read().Raw(`SELECT count(*) FROM webhook_inbox`).Scan(&stored)
	e.db.Read().Raw(`SELECT count(*) FROM activity WHERE instr(upper(message || reason), ?) > 0`, junk).Scan(&junkRows)
	e.db.Read().Raw(`SELECT ifnull(sum(length(message) + length(reason)), 0) FROM activity`).Scan(&textBytes)
	var counted int64
	e.db.Read().Raw(`SELECT ifnull(sum(count), 0) FROM activity`).Scan(&counted)
	if rows == 0 || rows > 24 || stored != 0 || junkRows != 0 || textBytes > 4096 {
		t.Errorf("after %d junk requests: %d Activity rows (%d bytes of text, %d with request data), %d inbox rows; want a handful, none, none",
			total, rows, textBytes, junkRows, stored)
	}
	if counted != rejected {
		t.Errorf("Activity counts %d refusals, the listener %d", counted, rejected)
	}
	if echoes(logs.String()) {
		t.Errorf("a log line holds request data: %s", truncate(logs.String()))
	}
	after := dbSize(t, e.db.Path())
	if grew := after - before; grew > 256<<10 {
		t.Errorf("database + WAL grew by %d KiB under the flood, want < 256 KiB", grew>>10)
	}
	t.Logf("%d junk requests: %d Activity rows, database + WAL %d → %d KiB", sent.Load(), rows, before>>10, after>>10)
}

// floodRequest is junk request n; n%8 chooses the kind.
func floodRequest(base, id string, n int64) *http.Request {
	tag := fmt.Sprintf("%s%d", junk, n)
	path, method, body := PathPrefix+id, http.MethodPost, []byte(`{"type":"`+tag+`"}`)
	var header http.Header = http.Header{}
	switch n % 8 {
	case 0: // a very long made-up method
		method = tag + strings.Repeat("M", 16<<10)
	case 1: // an ordinary method that is not POST, with a query
		method = []string{"GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND"}[n/8%8]
		path += "?" + tag
	case 2: // unsigned
	case 3: // a bad signature
		header.Set(HeaderSignature, tag)
		header.Set(HeaderTimestamp, time.Now().UTC().Format(time.RFC3339))
	case 4: // oversize, with and without a Content-Length
		body = bytes.Repeat([]byte(tag), 5000/len(tag)+1)
	case 5: // an unknown integration
		path = PathPrefix + uuid.NewString()
		header.Set(HeaderSignature, tag)
		header.Set(HeaderTimestamp, tag)
	case 6: // a junk id
		path = PathPrefix + tag + strings.Repeat("x", 500) + "%2F..%00"
	case 7: // other paths
		path = []string{"/" + tag, "/webhooks/zendesk", "/webhooks//zendesk/" + tag, PathPrefix + id + "/" + tag}[n/8%4]
	}
	var rd io.Reader = bytes.NewReader(body)
	if n%16 == 4 {
		rd = io.MultiReader(rd) // unknown length: sent chunked
	}
	req, err := http.NewRequest(method, base+path, rd)
	if err != nil {
		panic(err)
	}
	req.Header = header
	req.Header.Set("User-Agent", tag)
	req.Header.Set("X-Forwarded-For", tag)
	req.Header.Set("X-"+tag, tag)
	return req
}

func echoes(s string) bool { return strings.Contains(strings.ToUpper(s), junk) }

func truncate(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// rawExchange writes raw bytes to the listener and returns what it answers.
func rawExchange(t *testing.T, addr, raw string) string {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(c, raw); err != nil {
		return "" // the server may close before reading it all
	}
	got, _ := io.ReadAll(bufio.NewReader(c))
	return string(got)
}

// dbSize is the size of the database file and its WAL.
func dbSize(t *testing.T, path string) int64 {
	t.Helper()
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		} else if !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	return n
}
