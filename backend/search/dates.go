package search

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"time"
)

// dateRange turns a date term's operator and value into the half-open range [from, to) of unix
// seconds it matches. Values: 2026-01-01 (a whole UTC day), 2026-01-01T10:00:00Z (an instant),
// or a time ago (3days, 2hours, 1week…): created>3days is "within the last three days",
// created<3days "more than three days ago", as in Zendesk.
func dateRange(op Op, v string, now time.Time) (int64, int64, error) {
	const lo, hi = math.MinInt64, math.MaxInt64
	if ago, ok, err := relative(v, now); ok || err != nil {
		if err != nil {
			return 0, 0, err
		}
		at := ago.Unix()
		switch op {
		case OpGT:
			return at + 1, hi, nil
		case OpGE:
			return at, hi, nil
		case OpLT:
			return lo, at, nil
		case OpLE:
			return lo, at + 1, nil
		}
		return 0, 0, errors.New("use > (within that time) or < (longer ago), for example updated>3days")
	}
	start, end, err := absolute(v)
	if err != nil {
		return 0, 0, err
	}
	switch op {
	case OpGT:
		return end, hi, nil
	case OpGE:
		return start, hi, nil
	case OpLT:
		return lo, start, nil
	case OpLE:
		return lo, end, nil
	}
	return start, end, nil
}

// absolute reads a date (the whole UTC day) or an RFC 3339 instant (that second).
func absolute(v string) (int64, int64, error) {
	if d, err := time.Parse("2006-01-02", v); err == nil {
		return d.Unix(), d.AddDate(0, 0, 1).Unix(), nil
	}
	if t, err := time.Parse(time.RFC3339, strings.ToUpper(v)); err == nil {
		return t.Unix(), t.Unix() + 1, nil
	}
	return 0, 0, errors.New("write a date as YYYY-MM-DD (2026-01-31) or a time ago such as 3days or 2hours")
}

// relative reads "<n><unit>" (3days, 2hours, 1week); ok is false when v is not of that shape.
func relative(v string, now time.Time) (time.Time, bool, error) {
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	if i == 0 || i == len(v) || v[i] == '-' {
		return time.Time{}, false, nil
	}
	n, err := strconv.Atoi(v[:i])
	if err != nil || n > 100000 {
		return time.Time{}, true, errors.New("that is too long ago")
	}
	switch strings.TrimSuffix(v[i:], "s") {
	case "minute", "min":
		return now.Add(-time.Duration(n) * time.Minute), true, nil
	case "hour", "hr", "h":
		return now.Add(-time.Duration(n) * time.Hour), true, nil
	case "day", "d":
		return now.AddDate(0, 0, -n), true, nil
	case "week", "w":
		return now.AddDate(0, 0, -7*n), true, nil
	case "month":
		return now.AddDate(0, -n, 0), true, nil
	case "year", "y":
		return now.AddDate(-n, 0, 0), true, nil
	}
	return time.Time{}, true, errors.New("the unit must be minutes, hours, days, weeks, months or years")
}
