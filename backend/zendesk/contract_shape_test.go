package zendesk

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// The contract tests hold the client and the emulator to responses recorded from real Zendesk
// accounts (testdata/recorded; SOURCES.json says where each came from). A recording is
// (a) decoded by the real client and checked field by field (contract_decode_test.go), and
// (b) compared by shape with the emulator's answer to the same request
// (contract_emulator_test.go).

// recording is one entry of testdata/recorded/SOURCES.json.
type recording struct {
	Name       string            `json:"name"`
	Method     string            `json:"method"`
	URI        string            `json:"uri"`
	Status     int               `json:"status"`
	Headers    map[string]string `json:"headers"`
	RecordedAt string            `json:"recorded_at"`
	Source     struct {
		Repo   string `json:"repo"`
		Path   string `json:"path"`
		Commit string `json:"commit"`
	} `json:"source"`
	Notes []string `json:"notes"`
}

func loadRecording(t *testing.T, name string) (recording, []byte) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "recorded", "SOURCES.json"))
	if err != nil {
		t.Fatal(err)
	}
	var all []recording
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatalf("SOURCES.json: %v", err)
	}
	for _, r := range all {
		if r.Name == name {
			if r.Source.Repo == "" {
				t.Fatalf("recording %s has no source", name)
			}
			body, err := os.ReadFile(filepath.Join("testdata", "recorded", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			return r, body
		}
	}
	t.Fatalf("no recording %q in SOURCES.json", name)
	return recording{}, nil
}

// readPaths lists the JSON paths the client decodes from a value of type typ ("$.user.id",
// "$.tickets[].via.channel"): what Zensync relies on, so what the emulator must serve.
func readPaths(typ reflect.Type) map[string]bool {
	out := map[string]bool{}
	var walk func(t reflect.Type, prefix string, depth int)
	walk = func(t reflect.Type, prefix string, depth int) {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if depth > 8 {
			return
		}
		switch {
		case t == reflect.TypeOf(time.Time{}) || t == reflect.TypeOf(json.RawMessage{}):
			return
		case t.Kind() == reflect.Slice:
			walk(t.Elem(), prefix+"[]", depth+1)
		case t.Kind() == reflect.Struct:
			for i := 0; i < t.NumField(); i++ {
				f := t.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if f.Anonymous && name == "" {
					walk(f.Type, prefix, depth+1)
					continue
				}
				if !f.IsExported() || name == "-" {
					continue
				}
				if name == "" {
					name = f.Name
				}
				out[prefix+"."+name] = true
				walk(f.Type, prefix+"."+name, depth+1)
			}
		}
	}
	walk(typ, "$", 0)
	return out
}

// shapeReport is what a comparison of Zendesk's answer with the emulator's found.
type shapeReport struct {
	diffs     []string // what fails the test
	unserved  []string // in Zendesk's answer, not the emulator's, and not read by the client
	excused   []string // differences the test names a reason for
	readPaths map[string]bool
	excuses   map[string]string // path → why the emulator differs on purpose
}

func (r *shapeReport) differ(path, what string) {
	if why, ok := r.excuses[path]; ok {
		r.excused = append(r.excused, path+": "+what+" ("+why+")")
		return
	}
	r.diffs = append(r.diffs, path+": "+what)
}

// jsonKind names a decoded JSON value's type.
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	}
	return fmt.Sprintf("%T", v)
}

// freeForm names objects whose keys are the account's own (custom fields, via sources,
// metadata): their keys are not compared.
var freeForm = map[string]bool{"user_fields": true, "organization_fields": true, "source": true, "metadata": true, "satisfaction_rating": true, "data": true}

// compare walks Zendesk's answer (real) and the emulator's (emu) together: the same field names,
// JSON types and nesting. A key only the emulator has is a difference; a key only Zendesk has is
// one when the client reads it, else it is only reported. null matches any type; arrays compare
// their first elements.
func (r *shapeReport) compare(path string, real, emu any) {
	if real == nil || emu == nil {
		return
	}
	if jsonKind(real) != jsonKind(emu) {
		r.differ(path, fmt.Sprintf("Zendesk has %s, the emulator %s", jsonKind(real), jsonKind(emu)))
		return
	}
	switch rv := real.(type) {
	case map[string]any:
		ev := emu.(map[string]any)
		if freeForm[path[strings.LastIndex(path, ".")+1:]] {
			return
		}
		keys := make([]string, 0, len(rv)+len(ev))
		for k := range rv {
			keys = append(keys, k)
		}
		for k := range ev {
			if _, ok := rv[k]; !ok {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := path + "." + k
			rk, inReal := rv[k]
			ek, inEmu := ev[k]
			switch {
			case !inReal:
				r.differ(p, "only the emulator has it")
			case !inEmu && r.readPaths[p]:
				r.differ(p, "Zendesk has it, the client reads it, the emulator lacks it")
			case !inEmu:
				r.unserved = append(r.unserved, p)
			default:
				r.compare(p, rk, ek)
			}
		}
	case []any:
		ev := emu.([]any)
		if len(rv) > 0 && len(ev) > 0 {
			r.compare(path+"[]", rv[0], ev[0])
		}
	}
}

// compareShapes compares two JSON bodies; readType is what the client decodes them into.
func compareShapes(t *testing.T, real, emu []byte, readType reflect.Type, excuses map[string]string) shapeReport {
	t.Helper()
	var rv, ev any
	if err := json.Unmarshal(real, &rv); err != nil {
		t.Fatalf("recording: %v", err)
	}
	if err := json.Unmarshal(emu, &ev); err != nil {
		t.Fatalf("emulator answer %s: %v", emu, err)
	}
	rep := shapeReport{readPaths: readPaths(readType), excuses: excuses}
	rep.compare("$", rv, ev)
	return rep
}

func TestShapeComparisonCatchesDifferences(t *testing.T) {
	type page struct {
		Items []struct {
			ID   int64  `json:"id"`
			Name string `json:"name"`
		} `json:"items"`
	}
	real := []byte(`{"items":[{"id":1,"name":"a","extra":true}],"meta":{"has_more":false}}`)
	cases := []struct {
		emu   string
		diffs int
	}{
		{`{"items":[{"id":2,"name":"b","extra":false}],"meta":{"has_more":true}}`, 0},
		{`{"items":[{"id":"2","name":"b"}],"meta":{"has_more":true}}`, 1},                    // type
		{`{"items":[{"name":"b"}],"meta":{"has_more":true}}`, 1},                             // read key missing
		{`{"items":[{"id":2,"name":"b"}],"meta":{"has_more":true,"after_cursor":"x"}}`, 1},   // emulator-only key
		{`{"items":[{"id":2,"name":"b"}],"meta":{"has_more":true},"links":{"next":"x"}}`, 1}, // emulator-only object
		{`{"items":[{"id":2,"name":null}],"meta":{"has_more":true}}`, 0},                     // null matches
	}
	for i, c := range cases {
		rep := compareShapes(t, real, []byte(c.emu), reflect.TypeOf(page{}), nil)
		if len(rep.diffs) != c.diffs {
			t.Errorf("case %d: diffs %v, want %d", i, rep.diffs, c.diffs)
		}
	}
	rep := compareShapes(t, real, []byte(`{"items":[],"meta":{"has_more":false,"after_cursor":"x"}}`), reflect.TypeOf(page{}),
		map[string]string{"$.meta.after_cursor": "named reason"})
	if len(rep.diffs) != 0 || len(rep.excused) != 1 {
		t.Errorf("an excused difference: diffs %v excused %v", rep.diffs, rep.excused)
	}
}
