package search

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	now := time.Now()
	q, err := Parse(`printer -jam "on fire" #4997 -tags:vip status<solved requester:"Jane Doe" order_by:priority sort:asc`, now)
	if err != nil {
		t.Fatal(err)
	}
	wantText := []Text{{Value: "printer"}, {Value: "jam", Negated: true}, {Value: "on fire", Phrase: true}}
	if !slices.Equal(q.Text, wantText) {
		t.Errorf("text = %+v", q.Text)
	}
	if len(q.Terms) != 4 || q.Terms[0].ID != 4997 || !q.Terms[1].Negated || q.Terms[1].Value != "vip" ||
		!slices.Equal(q.Terms[2].Values, []string{"new", "open", "pending", "hold"}) || q.Terms[3].Value != "jane doe" {
		t.Errorf("terms = %+v", q.Terms)
	}
	if q.Order == nil || q.Order.Key != "priority" || q.Order.Desc {
		t.Errorf("order = %+v", q.Order)
	}
}

func TestParseDates(t *testing.T) {
	now := time.Now()
	q, err := Parse("created>3days updated<2hours created:2025-06-15", now)
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Terms[0].From; got != now.AddDate(0, 0, -3).Unix()+1 {
		t.Errorf("created>3days from %d", got)
	}
	if got := q.Terms[1].To; got != now.Add(-2*time.Hour).Unix() {
		t.Errorf("updated<2hours to %d", got)
	}
	// A fixed date in the query against its own fixed expectation (no wall clock involved).
	day := time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)
	if q.Terms[2].From != day.Unix() || q.Terms[2].To != day.AddDate(0, 0, 1).Unix() {
		t.Errorf("created:2025-06-15 = [%d, %d)", q.Terms[2].From, q.Terms[2].To)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		kind error
		says string
	}{
		{"foo:bar", ErrUnknownKeyword, "Unknown keyword 'foo:' — try status:"},
		{"https://example.test", ErrUnknownKeyword, "put it in quotes"},
		{"due_date:2025-01-01", ErrNotAvailable, "due dates"},
		{"brand<main", ErrBadValue, "':' only, for example brand:"},
		{"form:", ErrBadValue, "needs a value"},
		{"solved>later", ErrBadValue, "YYYY-MM-DD"},
		{"status:later", ErrBadValue, "not a status"},
		{"status:", ErrBadValue, "needs a value"},
		{"priority:meh", ErrBadValue, "low, normal, high, urgent or none"},
		{"priority>none", ErrBadValue, "priority:none"},
		{"ticket_type:bug", ErrBadValue, "question, incident, problem, task"},
		{"ticket_type>task", ErrBadValue, "':' only"},
		{"tags>vip", ErrBadValue, "':' only"},
		{"created>soon", ErrBadValue, "YYYY-MM-DD"},
		{"created:3days", ErrBadValue, "use > (within that time)"},
		{"updated<3fortnights", ErrBadValue, "minutes, hours, days"},
		{"order_by:color", ErrBadValue, "created, updated, priority"},
		{"sort:up", ErrBadValue, "asc or desc"},
		{"type:user", ErrBadValue, "Users screen"},
		{"#0", ErrBadValue, "not a ticket number"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := Parse(tt.in, time.Now())
			var e *Error
			if !errors.Is(err, tt.kind) || !errors.As(err, &e) || !strings.Contains(e.Message, tt.says) {
				t.Errorf("Parse(%q) = %v, want %v saying %q", tt.in, err, tt.kind, tt.says)
			}
		})
	}
}

func TestParsePlainTextIsNotAKeyword(t *testing.T) {
	for _, in := range []string{"10:30", "a-b", `"foo:bar"`, "e-mail", "#abc", "Re:"} {
		q, err := Parse(in, time.Now())
		if err != nil || len(q.Terms) != 0 || len(q.Text) != 1 {
			t.Errorf("Parse(%q) = %+v, %v; want one text", in, q, err)
		}
	}
}

func TestParseBrandFormSolved(t *testing.T) {
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want Term
	}{
		{`brand:"Main Brand"`, Term{Field: FieldBrand, Op: OpEq, Value: "main brand"}},
		{"brand:none", Term{Field: FieldBrand, Op: OpEq, Value: "none", None: true}},
		{"-form:81", Term{Field: FieldForm, Op: OpEq, Value: "81", ID: 81, Negated: true}},
		{"ticket_form:refunds", Term{Field: FieldForm, Op: OpEq, Value: "refunds"}},
		{"solved>2025-01-01", Term{Field: FieldSolved, Op: OpGT, Value: "2025-01-01", From: day.AddDate(0, 0, 1).Unix(), To: math.MaxInt64}},
		{"solved:2025-01-01", Term{Field: FieldSolved, Op: OpEq, Value: "2025-01-01", From: day.Unix(), To: day.AddDate(0, 0, 1).Unix()}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			q, err := Parse(tt.in, time.Now())
			if err != nil || len(q.Terms) != 1 {
				t.Fatalf("Parse(%q) = %+v, %v", tt.in, q, err)
			}
			got := q.Terms[0]
			if got.Field != tt.want.Field || got.Op != tt.want.Op || got.Value != tt.want.Value || got.None != tt.want.None ||
				got.ID != tt.want.ID || got.Negated != tt.want.Negated || got.From != tt.want.From || got.To != tt.want.To {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
