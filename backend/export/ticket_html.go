package export

import (
	"context"
	"fmt"
	"html/template"
	"regexp"
	"strings"
	"time"

	"zensync/backend/store"
)

var ticketContent = template.Must(template.New("content").Parse(`{{define "content"}}
<h1>#{{.T.ID}} {{.T.Subject}}</h1>
<table class="meta">
<tr><th>Status</th><td>{{.T.Status}}{{if .T.Deleted}} (deleted){{end}}{{if .T.MergedInto}} (merged into #{{.T.MergedInto}}){{end}}</td></tr>
<tr><th>Priority</th><td>{{.T.Priority}}</td></tr>
<tr><th>Type</th><td>{{.T.Type}}</td></tr>
<tr><th>Requester</th><td>{{.T.RequesterName}}</td></tr>
<tr><th>Assignee</th><td>{{.T.AssigneeName}}</td></tr>
<tr><th>Organization</th><td>{{.T.OrganizationName}}</td></tr>
<tr><th>Group</th><td>{{.T.GroupName}}</td></tr>
<tr><th>Channel</th><td>{{.T.Via}}</td></tr>
<tr><th>Tags</th><td>{{range .T.Tags}}<span class="tag">{{.}}</span>{{end}}</td></tr>
<tr><th>Created</th><td>{{.T.CreatedAt}}</td></tr>
<tr><th>Updated</th><td>{{.T.UpdatedAt}}</td></tr>
</table>
<h2>Conversation ({{len .Comments}})</h2>
{{range .Comments}}<section class="comment{{if not .Public}} internal{{end}}">
<header><strong>{{if .Author}}{{.Author}}{{else}}Unknown author{{end}}</strong> · {{.At}} · {{if .Public}}Public reply{{else}}Internal note{{end}}</header>
{{if .HTML}}<div class="body">{{.HTML}}</div>{{else}}<div class="body plain">{{.Plain}}</div>{{end}}
{{if .Files}}<ul class="files">{{range .Files}}<li>{{.FileName}} ({{.Size}} bytes){{if .Note}}, {{.Note}}{{end}}</li>{{end}}</ul>{{end}}
</section>
{{else}}<p>No comments are stored for this ticket.</p>
{{end}}
<h2>Attachments</h2>
<p>{{.AttachmentsNote}}</p>
{{end}}`))

type commentHTML struct {
	Author, At, Plain string
	Public            bool
	HTML              template.HTML
	Files             []fileHTML
}

// fileHTML is one listed attachment; Note says what became of it ("" = downloaded, not shown).
type fileHTML struct {
	FileName string
	Size     int64
	Note     string
}

// ticketAttachmentsNote heads the list of a ticket's files in its HTML export.
const ticketAttachmentsNote = "Each comment lists its files. Images shown in the conversation are part of this file; " +
	"other files are not: Zensync keeps the downloaded ones (ticket page → Save as…), and Integrations → Export all data copies them."

// commentAttachmentToken is the token of a comment attachment's URL
// (https://<sub>.zendesk.com/attachments/token/<token>/?name=…), as the ticket page matches it.
var commentAttachmentToken = regexp.MustCompile(`/attachments/token/([^/?#]+)`)

// localCopies maps the ticket's downloaded attachments' tokens to their local copies.
func localCopies(atts AttachmentFiles, d store.TicketDetail) map[string]string {
	local := map[string]string{}
	if atts == nil {
		return local
	}
	for _, c := range d.Comments {
		for _, a := range c.Attachments {
			token := tokenOf(a.ContentURL)
			if a.State != store.AttachmentDownloaded || token == "" {
				continue
			}
			if p, err := atts.Path(a.SHA256); err == nil {
				local[token] = p
			}
		}
	}
	return local
}

// fileNote says why an attachment is not in the export, or "" when it is downloaded.
func fileNote(a store.AttachmentView, embedded bool) string {
	switch a.State {
	case store.AttachmentDownloaded:
		if embedded {
			return "shown above"
		}
		return ""
	case store.AttachmentPending:
		return "not downloaded yet"
	case store.AttachmentTooLarge:
		return "not downloaded: larger than the per-file limit (Settings)"
	case store.AttachmentFailed:
		if a.Reason != "" {
			return "not downloaded: the download failed (" + a.Reason + ")"
		}
		return "not downloaded: the download failed"
	}
	return "not downloaded (" + a.State + ")"
}

// TicketHTML writes one ticket and its whole conversation (oldest first) as one self-contained
// HTML file at target: inline CSS, sanitized comment HTML, no script, nothing loaded remotely.
func TicketHTML(ctx context.Context, src Source, integrationID string, id int64, target string, meta Meta) error {
	d, err := src.Ticket(ctx, integrationID, id)
	if err != nil {
		return err
	}
	local := localCopies(attachmentFiles(src), d)
	comments := make([]commentHTML, len(d.Comments))
	for i, c := range d.Comments {
		comments[i] = commentHTML{Author: c.AuthorName, At: c.CreatedAt, Public: c.Public, Plain: c.PlainBody}
		var embedded map[string]bool
		if strings.TrimSpace(c.HTMLBody) != "" {
			body, carried := embedImages(c.HTMLBody, commentAttachmentToken, local)
			comments[i].HTML = template.HTML(sanitize(body)) //nolint:gosec // sanitized
			embedded = carried
		}
		for _, a := range c.Attachments {
			comments[i].Files = append(comments[i].Files, fileHTML{FileName: a.FileName, Size: a.Size, Note: fileNote(a, embedded[tokenOf(a.ContentURL)])})
		}
	}
	data := struct {
		T               store.TicketDetail
		Comments        []commentHTML
		AttachmentsNote string
	}{d, comments, ticketAttachmentsNote}
	return writeHTML(ctx, target, ticketContent, pageData{Title: fmt.Sprintf("Ticket #%d: %s", d.ID, d.Subject),
		Version: meta.Version, ExportedAt: meta.at(), Data: data})
}

// Meta is what every export records about itself.
type Meta struct {
	Version string           // Zensync's version
	Now     func() time.Time // nil: time.Now
}

func (m Meta) now() time.Time {
	if m.Now == nil {
		return time.Now().UTC()
	}
	return m.Now().UTC()
}

func (m Meta) at() string { return m.now().Format(time.RFC3339) }

// writeHTML renders one page into target through a temporary file.
func writeHTML(ctx context.Context, target string, content *template.Template, p pageData) error {
	out, err := createAtomic(target)
	if err != nil {
		return err
	}
	defer out.Abort()
	if err := renderPage(out, content, p); err != nil {
		return fmt.Errorf("writing %s: %w", target, err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return out.Commit()
}

// tokenOf is a comment attachment URL's token ("" when the URL has none).
func tokenOf(url string) string {
	if m := commentAttachmentToken.FindStringSubmatch(url); m != nil {
		return m[1]
	}
	return ""
}
