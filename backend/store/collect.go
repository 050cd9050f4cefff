package store

import "database/sql"

// collect reads every row of a query with scan and closes the rows; queryErr is the error the
// query returned (rows is not used then). A query without rows gives an empty, non-nil slice.
func collect[T any](rows *sql.Rows, queryErr error, scan func(interface{ Scan(...any) error }) (T, error)) ([]T, error) {
	if queryErr != nil {
		return nil, queryErr
	}
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
