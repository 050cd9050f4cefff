package attachments

import (
	"context"
	"errors"
	"mime"
	"net/http"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// maxRateLimitWaits is how many 429s one download waits out before it counts as a failed try.
const maxRateLimitWaits = 5

// one downloads one attachment and records the outcome.
func (p *pass) one(ctx context.Context, folder Folder, t task) {
	d := p.d
	var sha string
	var n int64
	var fresh bool
	c, err := p.client(ctx, t.IntegrationID)
	if err != nil {
		p.release(t.Size)
		p.count(func(s *Stats) { s.Skipped++ })
		return
	}
	pc := d.pacerFor(t.IntegrationID)
	for waits := 0; ; waits++ {
		if err = pc.wait(ctx); err != nil {
			break
		}
		sha, n, fresh, err = fetchInto(ctx, c, d.o.Storage, folder, t.AttachmentView, d.o.MaxFileBytes)
		var rl *zendesk.RateLimitError
		if errors.As(err, &rl) && waits < maxRateLimitWaits {
			pc.pause(rl.RetryAfter)
			continue
		}
		break
	}
	switch {
	case err == nil:
		p.release(t.Size)
		if fresh {
			p.release(-n)
		}
		if serr := t.q.SetDownloaded(ctx, t.IntegrationID, t.ID, sha, n); serr != nil {
			d.log.Warn("saving a downloaded attachment", "attachment_id", t.ID, "err", serr)
			return
		}
		p.count(func(s *Stats) {
			s.Bytes += n
			if fresh {
				s.Downloaded++
			} else {
				s.Deduplicated++
			}
		})
	case ctx.Err() != nil:
		p.release(t.Size) // stays pending for the next pass
	case errors.Is(err, ErrTooLarge):
		p.release(t.Size)
		p.finish(ctx, t, store.AttachmentTooLarge, tooLargeReason(d.o.MaxFileBytes))
	case errors.Is(err, zendesk.ErrUnauthorized), errors.Is(err, zendesk.ErrOffline):
		p.release(t.Size) // the account, not the file: try again after the next sync
		p.count(func(s *Stats) { s.Skipped++ })
		p.mu.Lock()
		p.clients[t.IntegrationID] = clientOrErr{err: errSkip}
		p.mu.Unlock()
	case permanent(err) || t.Attempts+1 >= d.o.MaxAttempts:
		p.release(t.Size)
		p.finish(ctx, t, store.AttachmentFailed, err.Error())
	default:
		p.release(t.Size)
		if serr := t.q.SetState(ctx, t.IntegrationID, t.ID, store.AttachmentPending, err.Error()); serr != nil {
			d.log.Warn("saving an attachment's state", "attachment_id", t.ID, "err", serr)
		}
		p.count(func(s *Stats) { s.Retry++ })
	}
}

// permanent errors will not change by trying again.
func permanent(err error) bool {
	return errors.Is(err, zendesk.ErrAttachmentGone) || errors.Is(err, zendesk.ErrForeignURL) || errors.Is(err, ErrWebPage) ||
		errors.Is(err, zendesk.ErrForbidden) || errors.Is(err, zendesk.ErrNotFound) || errors.Is(err, zendesk.ErrMalformed)
}

// ErrWebPage: a web page came instead of the file (a sign-in or error page Zendesk redirected to,
// as /hc/ addresses of restricted articles may do).
var ErrWebPage = errors.New("Zendesk answered with a web page instead of the file (it may need a signed-in Help Center user)")

func fetchInto(ctx context.Context, c *zendesk.Client, storage *http.Client, folder Folder, t store.AttachmentView, max int64) (string, int64, bool, error) {
	resp, err := c.OpenAttachment(ctx, t.ContentURL, storage)
	if err != nil {
		return "", 0, false, err
	}
	defer resp.Body.Close()
	if isWebPage(resp.Header.Get("Content-Type")) && !isWebPage(t.ContentType) {
		return "", 0, false, ErrWebPage
	}
	if resp.ContentLength > max {
		return "", 0, false, ErrTooLarge
	}
	return folder.put(resp.Body, max)
}

// release gives back a reservation (negative: counts stored bytes).
func (p *pass) release(size int64) {
	p.mu.Lock()
	p.used -= size
	p.mu.Unlock()
}

func (p *pass) count(f func(*Stats)) {
	p.mu.Lock()
	f(&p.stats)
	p.mu.Unlock()
}

// isWebPage reports whether a Content-Type is HTML.
func isWebPage(contentType string) bool {
	mt, _, _ := mime.ParseMediaType(contentType)
	return mt == "text/html" || mt == "application/xhtml+xml"
}
