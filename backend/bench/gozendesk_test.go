package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	gz "github.com/nukosuke/go-zendesk/zendesk"
)

// goZendeskExport pages the cursor ticket export and the ticket events export (with comment
// events) into memory with go-zendesk's client and its Ticket type: the same data the sync
// fetches, without storing it. accountURL is http://host/<subdomain>.
func goZendeskExport(ctx context.Context, accountURL string) (SyncFigures, error) {
	var f SyncFigures
	z, err := gz.NewClient(&http.Client{Timeout: time.Minute})
	if err != nil {
		return f, err
	}
	if err := z.SetEndpointURL(accountURL + "/api/v2"); err != nil {
		return f, err
	}
	start := time.Now()
	var tickets []gz.Ticket
	path := "/incremental/tickets/cursor.json?start_time=0&per_page=1000&include=users,groups,organizations"
	for {
		body, err := z.Get(ctx, path)
		if err != nil {
			return f, fmt.Errorf("go-zendesk ticket export: %w", err)
		}
		var page struct {
			Tickets       []gz.Ticket       `json:"tickets"`
			Users         []gz.User         `json:"users"`
			Groups        []gz.Group        `json:"groups"`
			Organizations []gz.Organization `json:"organizations"`
			AfterCursor   string            `json:"after_cursor"`
			EndOfStream   bool              `json:"end_of_stream"`
		}
		if err := json.Unmarshal(body, &page); err != nil {
			return f, fmt.Errorf("go-zendesk ticket export: %w", err)
		}
		tickets = append(tickets, page.Tickets...)
		if page.EndOfStream || page.AfterCursor == "" {
			break
		}
		path = "/incremental/tickets/cursor.json?per_page=1000&include=users,groups,organizations&cursor=" + page.AfterCursor
	}
	var comments []gz.TicketComment
	seen := map[int64]bool{} // time-based pages repeat the boundary second
	startTime := int64(0)
	for {
		body, err := z.Get(ctx, "/incremental/ticket_events.json?include=comment_events&start_time="+strconv.FormatInt(startTime, 10))
		if err != nil {
			return f, fmt.Errorf("go-zendesk ticket events: %w", err)
		}
		var page struct {
			TicketEvents []struct {
				ChildEvents []struct {
					gz.TicketComment
					EventType string `json:"event_type"`
				} `json:"child_events"`
			} `json:"ticket_events"`
			EndTime     int64 `json:"end_time"`
			EndOfStream bool  `json:"end_of_stream"`
		}
		if err := json.Unmarshal(body, &page); err != nil {
			return f, fmt.Errorf("go-zendesk ticket events: %w", err)
		}
		for _, ev := range page.TicketEvents {
			for _, ch := range ev.ChildEvents {
				if (ch.EventType == "Comment" || ch.EventType == "VoiceComment") && !seen[ch.ID] {
					seen[ch.ID] = true
					comments = append(comments, ch.TicketComment)
				}
			}
		}
		if page.EndOfStream || len(page.TicketEvents) == 0 || page.EndTime <= startTime {
			break
		}
		startTime = page.EndTime
	}
	f.Seconds = time.Since(start).Seconds()
	f.Tickets, f.Comments = int64(len(tickets)), int64(len(comments))
	f.TicketsPS = float64(f.Tickets) / f.Seconds
	return f, nil
}
