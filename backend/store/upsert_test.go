package store

import "testing"

func TestNewUpsertBuildsTheStatementFromTheColumns(t *testing.T) {
	u := newUpsert(upsertSpec{
		table: "things", key: "id locale", set: "name updated_at",
		keepIfZero: "brand_id", keepIfEmpty: "extra",
		when: "excluded.updated_at > things.updated_at", texts: 3,
	})
	want := upsert{
		head:  "INSERT INTO things (integration_id, id, locale, name, updated_at, brand_id, extra)",
		texts: 3,
		once:  " ON CONFLICT(integration_id, id, locale) DO NOTHING",
		newer: " ON CONFLICT(integration_id, id, locale) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at, " +
			"brand_id = CASE WHEN excluded.brand_id <> 0 THEN excluded.brand_id ELSE things.brand_id END, " +
			"extra = CASE WHEN excluded.extra <> '' THEN excluded.extra ELSE things.extra END " +
			"WHERE excluded.updated_at > things.updated_at",
	}
	if u != want {
		t.Errorf("newUpsert =\n%+v\nwant\n%+v", u, want)
	}
}
