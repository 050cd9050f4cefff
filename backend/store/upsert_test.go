package store

import (
	"strings"
	"testing"
)

type thing struct {
	ID           int64
	Locale, Name string
	UpdatedAt    int64
	BrandID      int64
	Extra        string
	Hidden       bool
}

func thingRow(r *rowBuf, t *thing) {
	r.Int("id", t.ID)
	r.Str("locale", t.Locale)
	r.Str("name", t.Name)
	r.Int("updated_at", t.UpdatedAt)
	r.Bool("hidden", t.Hidden)
	r.Int("brand_id", t.BrandID)
	r.Str("extra", t.Extra)
}

func TestNewTableBuildsTheStatementsFromTheRowsColumns(t *testing.T) {
	const (
		insert = "INSERT INTO things (integration_id, id, locale, name, updated_at, hidden, brand_id, extra)"
		once   = " ON CONFLICT(integration_id, id, locale) DO NOTHING"
	)
	for _, tc := range []struct {
		name  string
		spec  upsertSpec
		newer string
	}{
		{"every column but the key", upsertSpec{
			table: "things", key: "id locale", keepIfZero: "brand_id", keepIfEmpty: "extra",
			when: "excluded.updated_at > things.updated_at",
		}, " ON CONFLICT(integration_id, id, locale) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at, " +
			"hidden = excluded.hidden, " +
			"brand_id = CASE WHEN excluded.brand_id <> 0 THEN excluded.brand_id ELSE things.brand_id END, " +
			"extra = CASE WHEN excluded.extra <> '' THEN excluded.extra ELSE things.extra END " +
			"WHERE excluded.updated_at > things.updated_at"},
		{"only some columns", upsertSpec{
			table: "things", key: "id locale", only: "name extra", keepIfEmpty: "extra",
			when: "things.name <> excluded.name",
		}, " ON CONFLICT(integration_id, id, locale) DO UPDATE SET name = excluded.name, " +
			"extra = CASE WHEN excluded.extra <> '' THEN excluded.extra ELSE things.extra END " +
			"WHERE things.name <> excluded.name"},
		{"never replaced", upsertSpec{table: "things", key: "id locale"}, once},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := newTable(tc.spec, thingRow).statements
			want := statements{
				insert:   insert,
				orIgnore: strings.Replace(insert, "INSERT INTO", "INSERT OR IGNORE INTO", 1),
				texts:    4,
				once:     once,
				newer:    tc.newer,
			}
			if got != want {
				t.Errorf("newTable =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

func TestNewTablePanicsOnAColumnTheRowDoesNotWrite(t *testing.T) {
	for _, spec := range []upsertSpec{
		{table: "things", key: "id lokale"},
		{table: "things", key: "id", only: "title"},
		{table: "things", key: "id", keepIfZero: "brand"},
		{table: "things", key: "id", keepIfEmpty: "extras"},
	} {
		func() {
			defer func() {
				if r := recover(); r == nil || !strings.Contains(r.(string), "which its row does not write") {
					t.Errorf("newTable(%+v) recovered %v, want a panic naming the column", spec, r)
				}
			}()
			newTable(spec, thingRow)
		}()
	}
}
