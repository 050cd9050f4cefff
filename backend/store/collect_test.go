package store

import (
	"errors"
	"slices"
	"testing"
)

func TestCollectReadsEveryRowOrSaysWhyNot(t *testing.T) {
	db := openTemp(t)
	scanInt := func(row interface{ Scan(...any) error }) (int, error) {
		var n int
		return n, row.Scan(&n)
	}
	boom := errors.New("query failed")
	cases := []struct {
		name    string
		query   string
		err     error // the query's own error
		want    []int
		wantErr bool
	}{
		{"every row in order", `SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3`, nil, []int{1, 2, 3}, false},
		{"no rows give an empty slice, not nil", `SELECT 1 WHERE 0`, nil, []int{}, false},
		{"a row that does not scan fails", `SELECT 'x'`, nil, nil, true},
		{"the query's error is returned", `SELECT 1`, boom, nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows, err := db.Read().Raw(c.query).Rows()
			if err != nil {
				t.Fatal(err)
			}
			if c.err != nil {
				rows.Close()
				err = c.err
			}
			got, err := collect(rows, err, scanInt)
			if (err != nil) != c.wantErr || (c.err != nil && !errors.Is(err, c.err)) {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			if !slices.Equal(got, c.want) || (c.want != nil && got == nil) {
				t.Errorf("got %#v, want %#v", got, c.want)
			}
		})
	}
}
