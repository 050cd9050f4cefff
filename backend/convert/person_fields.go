package convert

import (
	"maps"
	"slices"
)

// personFields stores a user's user_fields or an organization's organization_fields as a JSON
// object of field key → value, in key order, each value stored as ticket field values are
// (see customFields); unset values are left out. nil (the record carried no field values)
// gives "": the stored values are kept.
func personFields(m map[string]any) string {
	if m == nil {
		return ""
	}
	b := make([]byte, 0, 16+32*len(m))
	b = append(b, '{')
	for _, k := range slices.Sorted(maps.Keys(m)) {
		mark := len(b)
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(appendJSONString(b, k), ':')
		var ok bool
		if b, ok = appendFieldValue(b, m[k]); !ok {
			b = b[:mark] // unset: left out
		}
	}
	return string(append(b, '}'))
}
