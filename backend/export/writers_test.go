package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"zensync/backend/store"
)

func TestCSVCells(t *testing.T) {
	tests := []struct {
		name, subject, want string
	}{
		{"plain text is left alone", "Printer jam", "Printer jam"},
		{"a comma is quoted", "Acme, Inc.", `"Acme, Inc."`},
		{"a quote is doubled inside quotes", `say "hi"`, `"say ""hi"""`},
		{"a newline is kept inside quotes (as CRLF)", "one\ntwo", "\"one\r\ntwo\""},
		{"a formula gets an apostrophe", "=SUM(A1:A9)", "'=SUM(A1:A9)"},
		{"a plus sign gets an apostrophe", "+1 555", "'+1 555"},
		{"a minus sign gets an apostrophe", "-2+3", "'-2+3"},
		{"an at sign gets an apostrophe", "@cmd", "'@cmd"},
		{"a leading tab gets an apostrophe", "\t=1", "'\t=1"},
		{"a formula with a comma is both", "=HYPERLINK(\"http://x\",\"y\")", `"'=HYPERLINK(""http://x"",""y"")"`},
		{"an equals sign inside is harmless", "a=b", "a=b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := newCSVTickets(&buf)
			if err := w.Write(store.TicketRow{ID: 7, Subject: tc.subject, IntegrationID: "i1"}); err != nil {
				t.Fatal(err)
			}
			if err := w.End(); err != nil {
				t.Fatal(err)
			}
			line := buf.String()
			if !strings.HasPrefix(line, "7,"+tc.want+",") {
				t.Fatalf("row = %q, want the subject cell %q", line, tc.want)
			}
			// And a CSV reader gets the text back, apostrophe aside.
			rec, err := csv.NewReader(strings.NewReader(line)).Read()
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimPrefix(rec[1], "'"); got != strings.TrimPrefix(tc.subject, "'") {
				t.Fatalf("read back %q, want %q", rec[1], tc.subject)
			}
		})
	}
}

func TestCSVHeaderAndRow(t *testing.T) {
	var buf bytes.Buffer
	w := newCSVTickets(&buf)
	row := store.TicketRow{IntegrationID: "i1", ID: 12, Subject: "Hi", Status: "open", Priority: "high", RequesterName: "Rita",
		AssigneeName: "Alan", OrganizationName: "Acme", Tags: []string{"a", "b"}, CreatedAt: "2026-01-02T03:04:05Z",
		UpdatedAt: "2026-01-03T03:04:05Z", Deleted: true, MergedInto: 9}
	for _, err := range []error{w.Begin(), w.Write(row), w.End()} {
		if err != nil {
			t.Fatal(err)
		}
	}
	want := "id,subject,status,priority,requester,assignee,organization,tags,created_at,updated_at,deleted,merged_into,integration_id\r\n" +
		"12,Hi,open,high,Rita,Alan,Acme,a b,2026-01-02T03:04:05Z,2026-01-03T03:04:05Z,true,9,i1\r\n"
	if buf.String() != want {
		t.Fatalf("got\n%q\nwant\n%q", buf.String(), want)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	rows := []store.TicketRow{
		{IntegrationID: "i1", ID: 1, Subject: "Quotes \" and <tags> & \u00e9\nnewline", Status: "open", Tags: []string{"vip"}},
		{IntegrationID: "i2", ID: 2, Subject: "=1+1", Status: "solved", Tags: []string{}, Deleted: true, MergedInto: 5},
		{IntegrationID: "i1", ID: 3, Subject: "", Tags: []string{"a", "b", "c"}, CreatedAt: "2026-01-02T03:04:05Z"},
	}
	var buf bytes.Buffer
	w := newJSONLTickets(&buf)
	for _, r := range rows {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(rows) {
		t.Fatalf("%d lines for %d rows: %q", len(lines), len(rows), buf.String())
	}
	for i, line := range lines {
		var got TicketLine
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		r := rows[i]
		want := TicketLine{IntegrationID: r.IntegrationID, ID: r.ID, Subject: r.Subject, Status: r.Status, Tags: r.Tags,
			CreatedAt: r.CreatedAt, Deleted: r.Deleted, MergedInto: r.MergedInto}
		if gj, _ := json.Marshal(got); string(gj) != mustJSON(t, want) {
			t.Fatalf("line %d: got %s, want %s", i, gj, mustJSON(t, want))
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		absent   []string
	}{
		{"script is removed with its content", `<p>hi</p><script>alert(1)</script>`, []string{"<p>hi</p>"}, []string{"script", "alert"}},
		{"event handlers are dropped", `<p onclick="x()" onmouseover="y()">a</p>`, []string{"<p>a</p>"}, []string{"onclick", "x()"}},
		{"style attributes and elements are dropped", `<style>body{background:url(https://t.test/a)}</style><b style="background:url(https://t.test/b)">b</b>`,
			[]string{"<b>b</b>"}, []string{"url(", "t.test"}},
		{"a remote image becomes a link", `<img src="https://t.test/pixel.gif" alt="logo">`,
			[]string{`<a class="image" href="https://t.test/pixel.gif"`, "[image: logo]"}, []string{"<img"}},
		{"an inline image stays", `<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">`, []string{`<img src="data:image/png;base64,iVBORw0KGgo="`}, nil},
		{"a javascript link loses its href", `<a href="javascript:alert(1)">x</a>`, []string{"<a rel=\"noopener noreferrer\">x</a>"}, []string{"javascript"}},
		{"a web link is kept, without referrer", `<a href="https://example.test/a?b=1&c=2" target="_top">x</a>`,
			[]string{`href="https://example.test/a?b=1&amp;c=2"`, `rel="noopener noreferrer"`}, []string{"target"}},
		{"frames, objects and forms go", `<iframe src="https://t.test"></iframe><object data="x"></object><form action="https://t.test"><input name="a"></form>ok`,
			[]string{"ok"}, []string{"iframe", "object", "form", "input", "t.test"}},
		{"svg goes with its content", `<svg><script>alert(1)</script><image href="https://t.test/a"/></svg>after`, []string{"after"}, []string{"svg", "t.test", "alert"}},
		{"text is escaped", `1 < 2 &amp; "q"`, []string{"1 &lt; 2 &amp; &#34;q&#34;"}, nil},
		{"tables and lists stay", `<table><tr><td colspan="2" class="x">c</td></tr></table><ul><li>i</li></ul>`,
			[]string{`<td colspan="2">c</td>`, "<ul><li>i</li></ul>"}, []string{"class"}},
		{"meta refresh and base are dropped", `<meta http-equiv="refresh" content="0;url=https://t.test"><base href="https://t.test/">x`, []string{"x"}, []string{"t.test", "meta", "base"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sanitize(tc.in)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("sanitize(%q) = %q, want it to contain %q", tc.in, got, w)
				}
			}
			for _, a := range tc.absent {
				if strings.Contains(strings.ToLower(got), a) {
					t.Errorf("sanitize(%q) = %q, must not contain %q", tc.in, got, a)
				}
			}
		})
	}
}
