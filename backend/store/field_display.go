package store

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// FieldValueText is how a field's stored value reads on screen: a dropdown's option name (the
// value itself when no option has it), a multiselect's option names joined by ", ", Yes/No for
// a checkbox, a date as "Jan 2, 2006", anything else as stored. "" means no value.
func FieldValueText(f FieldDef, v any) string {
	switch f.Type {
	case "multiselect":
		var names []string
		for _, s := range valueStrings(v) {
			names = append(names, optionName(f, s))
		}
		return strings.Join(names, ", ")
	case "tagger", "dropdown":
		s := valueString(v)
		if s == "" {
			return ""
		}
		return optionName(f, s)
	case "checkbox":
		switch valueString(v) {
		case "true", "1":
			return "Yes"
		case "false", "0":
			return "No"
		}
		return ""
	case "date":
		s := valueString(v)
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			return t.Format("Jan 2, 2006")
		}
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.UTC().Format("Jan 2, 2006")
		}
		return s
	}
	return valueString(v)
}

func optionName(f FieldDef, value string) string {
	for _, o := range f.Options {
		if o.Value == value {
			return o.Name
		}
	}
	return value
}

// valueString reads a stored scalar value (a string, or a number or bool from an older row).
func valueString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case json.Number:
		return x.String()
	case []any:
		return strings.Join(valueStrings(x), ", ")
	}
	return ""
}

// valueStrings reads a stored list value; a scalar reads as a list of one.
func valueStrings(v any) []string {
	xs, ok := v.([]any)
	if !ok {
		if s := valueString(v); s != "" {
			return []string{s}
		}
		return nil
	}
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if s := valueString(x); s != "" {
			out = append(out, s)
		}
	}
	return out
}
