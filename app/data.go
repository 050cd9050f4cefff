package app

import (
	"context"
	"log/slog"
	"time"

	"zensync/backend/store"
)

// DataAPI serves the data screens from the local database only, so they work offline.
type DataAPI struct {
	tickets    *store.TicketReader
	people     *store.PeopleReader
	helpCenter *store.HelpCenterReader
	bridge     *bridge
	// fetchComments, when set, fetches a ticket's conversation from Zendesk now
	// ((*syncer.Syncer).FetchComments): for a ticket opened before the sync brought its comments.
	fetchComments func(ctx context.Context, integrationID string, ticketID int64) (int, error)
}

// commentsNowTimeout bounds the wait for a conversation fetched when a ticket is opened.
const commentsNowTimeout = 15 * time.Second

// NewDataAPI returns the facade over the store's readers of db; gen (RecordRepo.Generation)
// lets the ticket list cache its totals until the data changes.
func NewDataAPI(db *store.DB, gen func() uint64, log *slog.Logger) *DataAPI {
	return &DataAPI{tickets: store.NewTicketReader(db, gen), people: store.NewPeopleReader(db),
		helpCenter: store.NewHelpCenterReader(db), bridge: newBridge(log.With("component", "data_api"), mapStoreError)}
}

// Tickets returns a window of tickets matching q and the total that match.
func (a *DataAPI) Tickets(q TicketQuery) (TicketPage, error) {
	p, err := a.tickets.Tickets(context.Background(), store.TicketQuery(q))
	if ce := searchInvalid(err); ce != nil {
		return TicketPage{}, ce
	}
	if err != nil {
		return TicketPage{}, a.bridge.wrap("data.tickets", err)
	}
	return TicketPage{Total: p.Total, Rows: convertAll(p.Rows, func(r store.TicketRow) TicketRow { return TicketRow(r) })}, nil
}

// Ticket returns one ticket with its whole conversation (not_found when it is not stored).
func (a *DataAPI) Ticket(integrationID string, id int64) (TicketDetail, error) {
	ctx := context.Background()
	d, err := a.tickets.Ticket(ctx, integrationID, id)
	if err != nil {
		return TicketDetail{}, a.bridge.wrap("data.ticket", err)
	}
	// Every Zendesk ticket has a comment (its description): none stored means the sync has not
	// brought this conversation yet (it walks the newest days first). Fetch it now; offline,
	// the ticket shows without it.
	if len(d.Comments) == 0 && !d.Deleted && a.fetchComments != nil {
		fctx, cancel := context.WithTimeout(ctx, commentsNowTimeout)
		_, ferr := a.fetchComments(fctx, integrationID, id)
		cancel()
		if ferr == nil {
			if again, err := a.tickets.Ticket(ctx, integrationID, id); err == nil {
				d = again
			}
		} else {
			a.bridge.log.Info("fetching an opened ticket's comments", "integration_id", integrationID, "ticket_id", id, "err", ferr)
		}
	}
	out := TicketDetail{TicketRow: TicketRow(d.TicketRow), Description: d.Description, Type: d.Type,
		GroupName: d.GroupName, Via: d.Via, Comments: convertAll(d.Comments, func(c store.CommentView) Comment {
			return Comment{ID: c.ID, AuthorID: c.AuthorID, AuthorName: c.AuthorName, Public: c.Public,
				HTMLBody: c.HTMLBody, PlainBody: c.PlainBody, CreatedAt: c.CreatedAt, Attachments: convertAll(c.Attachments, toAttachment)}
		})}
	out.BrandName, out.FormName = d.BrandName, d.FormName
	out.SatisfactionScore, out.SatisfactionComment = d.Satisfaction.Score, d.Satisfaction.Comment
	out.Fields = fieldValues(d.Fields)
	return out, nil
}

// TicketFilters returns the filter choices for one integration ("" = all).
func (a *DataAPI) TicketFilters(integrationID string) (TicketFilters, error) {
	f, err := a.tickets.Filters(context.Background(), integrationID)
	if err != nil {
		return TicketFilters{}, a.bridge.wrap("data.ticket_filters", err)
	}
	return TicketFilters{Statuses: f.Statuses, Priorities: f.Priorities, Tags: f.Tags,
		Assignees: namedIDs(f.Assignees), Organizations: namedIDs(f.Organizations),
		Brands: namedIDs(f.Brands), Forms: namedIDs(f.Forms), Groups: namedIDs(f.Groups),
		Fields: convertAll(f.Fields, func(x store.FilterField) FilterField {
			return FilterField{ID: x.ID, Title: x.Title, Type: x.Type,
				Options: convertAll(x.Options, func(o store.FieldOption) FieldOption { return FieldOption(o) })}
		})}, nil
}

// Users returns a window of users by name.
func (a *DataAPI) Users(q DirectoryQuery) (UserPage, error) {
	p, err := a.people.Users(context.Background(), store.ListQuery(q))
	if err != nil {
		return UserPage{}, a.bridge.wrap("data.users", err)
	}
	return UserPage{Total: p.Total, Rows: convertAll(p.Rows, func(r store.UserRow) UserRow { return UserRow(r) })}, nil
}

// Organizations returns a window of organizations by name.
func (a *DataAPI) Organizations(q DirectoryQuery) (OrganizationPage, error) {
	p, err := a.people.Organizations(context.Background(), store.ListQuery(q))
	if err != nil {
		return OrganizationPage{}, a.bridge.wrap("data.organizations", err)
	}
	return OrganizationPage{Total: p.Total,
		Rows: convertAll(p.Rows, func(r store.OrganizationRow) OrganizationRow { return OrganizationRow(r) })}, nil
}

// HelpCenter returns an integration's categories → sections → articles.
func (a *DataAPI) HelpCenter(integrationID string) (HelpCenterTree, error) {
	t, err := a.helpCenter.HelpCenter(context.Background(), integrationID)
	if err != nil {
		return HelpCenterTree{}, a.bridge.wrap("data.help_center", err)
	}
	return HelpCenterTree{Categories: convertAll(t.Categories, func(c store.HCCategoryNode) HelpCenterCategory {
		return HelpCenterCategory{ID: c.ID, Name: c.Name, Description: c.Description,
			Sections: convertAll(c.Sections, func(s store.HCSectionNode) HelpCenterSection {
				return HelpCenterSection{ID: s.ID, Name: s.Name,
					Articles: convertAll(s.Articles, func(x store.HCArticleItem) ArticleSummary { return ArticleSummary(x) })}
			})}
	})}, nil
}

// Article returns one article with its body in locale ("" = its first stored locale;
// not_found when it is not stored).
func (a *DataAPI) Article(integrationID string, id int64, locale string) (Article, error) {
	x, err := a.helpCenter.Article(context.Background(), integrationID, id, locale)
	if err != nil {
		return Article{}, a.bridge.wrap("data.article", err)
	}
	return Article(x), nil
}

func namedIDs(xs []store.IDName) []NamedID {
	return convertAll(xs, func(x store.IDName) NamedID { return NamedID(x) })
}
