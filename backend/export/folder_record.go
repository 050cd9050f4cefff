package export

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// boolColumns are stored as 0/1 and written as JSON booleans.
var boolColumns = setOf("deleted", "public", "active", "suspended", "draft", "is_public")

// listColumns are stored space-separated and written as JSON arrays.
var listColumns = setOf("tags", "domain_names", "label_names")

// appendRecord appends one row as a JSON object and a newline: *_at columns (Unix seconds) as
// RFC 3339 or null, flags as booleans, lists as arrays, the rest as they are stored.
func appendRecord(b []byte, cols []string, vals []any) []byte {
	b = append(b, '{')
	for i, c := range cols {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, c)
		b = append(b, ':')
		b = appendValue(b, c, vals[i])
	}
	return append(b, '}', '\n')
}

func appendValue(b []byte, col string, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...)
	case int64:
		switch {
		case strings.HasSuffix(col, "_at"):
			if x == 0 {
				return append(b, "null"...)
			}
			return appendString(b, time.Unix(x, 0).UTC().Format(time.RFC3339))
		case boolColumns[col]:
			return strconv.AppendBool(b, x != 0)
		}
		return strconv.AppendInt(b, x, 10)
	case float64:
		return strconv.AppendFloat(b, x, 'g', -1, 64)
	case bool:
		return strconv.AppendBool(b, x)
	case []byte:
		return appendText(b, col, string(x))
	case string:
		return appendText(b, col, x)
	case time.Time:
		return appendString(b, x.UTC().Format(time.RFC3339))
	}
	j, err := json.Marshal(v)
	if err != nil {
		return append(b, "null"...)
	}
	return append(b, j...)
}

func appendText(b []byte, col, s string) []byte {
	if !listColumns[col] {
		return appendString(b, s)
	}
	b = append(b, '[')
	for i, f := range strings.Fields(s) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, f)
	}
	return append(b, ']')
}

func appendString(b []byte, s string) []byte {
	j, _ := json.Marshal(s) // a string always marshals
	return append(b, j...)
}
