package store

import (
	"testing"
)

// A webhook's comment (plain body, HTML made from it) is upgraded to the API's HTML when a sync
// brings the comment; the API's HTML is never replaced by a webhook's copy; the text stays.
func TestCommentHTMLFromTheAPIWinsOverAWebhooksPlainCopy(t *testing.T) {
	ctx := t.Context()
	db, repo := openRecords(t)
	plain := CommentRecord{ID: 7, TicketID: 1, AuthorID: 10, Public: true, Body: "see image",
		HTMLBody: "<p>see image</p>", CreatedAt: t0, HTMLFromBody: true}
	api := plain
	api.HTMLBody, api.HTMLFromBody = `<p>see image</p><img src="https://x.test/a.png">`, false
	steps := []struct {
		name        string
		in          CommentRecord
		wantHTML    string
		wantChanged int
	}{
		{"a webhook's comment is stored", plain, plain.HTMLBody, 1},
		{"the sync's HTML replaces it", api, api.HTMLBody, 1},
		{"the same HTML again changes nothing", api, api.HTMLBody, 0},
		{"a webhook's copy never replaces the API's HTML", plain, api.HTMLBody, 0},
	}
	for _, s := range steps {
		a, err := repo.Apply(ctx, Batch{IntegrationID: "i1", Tickets: []TicketRecord{ticket(1, "a", t0)}, Comments: []CommentRecord{s.in}})
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if a.Comments != s.wantChanged {
			t.Errorf("%s: changed %d comments, want %d", s.name, a.Comments, s.wantChanged)
		}
		var html, body string
		if err := db.Read().Raw(`SELECT html_body, body FROM comments WHERE integration_id = 'i1' AND id = 7`).Row().Scan(&html, &body); err != nil {
			t.Fatal(err)
		}
		if html != s.wantHTML || body != "see image" {
			t.Errorf("%s: stored (%q, %q), want (%q, %q)", s.name, html, body, s.wantHTML, "see image")
		}
	}
}
