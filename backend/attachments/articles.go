package attachments

import (
	"context"
	"errors"
	"math"

	"zensync/backend/store"
	"zensync/backend/zendesk"
)

// ArticleRepo is the Help Center article attachments (store.ArticleAttachmentRepo): a second
// download queue, and the articles whose attachments are still to be listed (new ones, and ones
// updated since they were last listed).
type ArticleRepo interface {
	Repo
	Unscanned(ctx context.Context, afterIntegration string, afterID int64, limit int) ([]store.ArticleRef, error)
	SaveForArticle(ctx context.Context, ref store.ArticleRef, atts []store.ArticleAttachmentRecord) error
}

// articlesPerPass is how many articles one pass lists the attachments of (one request each,
// paced like the downloads); when more wait, the pass asks for another one right after.
const articlesPerPass = 200

// listArticles asks Zendesk for the attachments of up to articlesPerPass new or changed articles
// and stores them as pending downloads. It reports whether more articles wait. An integration
// that cannot be reached (signed out, offline, 5xx, too many 429s) is passed over until a later
// pass, so it never holds up the others; an article Zendesk no longer has (404) is stored with
// no attachments.
func (p *pass) listArticles(ctx context.Context) (more bool) {
	repo := p.d.o.Articles
	if repo == nil {
		return false
	}
	afterInteg, afterID := "", int64(0)
	for listed := 0; ; {
		refs, err := repo.Unscanned(ctx, afterInteg, afterID, articlesPerPass)
		if err != nil {
			p.d.log.Warn("finding articles to list attachments of", "err", err)
			return false
		}
		if len(refs) == 0 {
			return false
		}
		for _, ref := range refs {
			if ctx.Err() != nil {
				return false
			}
			if listed == articlesPerPass {
				return true
			}
			afterInteg, afterID = ref.IntegrationID, ref.ArticleID
			if !p.listAndSave(ctx, repo, ref) {
				afterID = math.MaxInt64 // past the rest of this integration's articles
				break
			}
			listed++
		}
	}
}

// listAndSave lists and stores one article's attachments; false when its integration cannot be
// reached now.
func (p *pass) listAndSave(ctx context.Context, repo ArticleRepo, ref store.ArticleRef) bool {
	atts, err := p.listOne(ctx, ref)
	switch {
	case err == nil, errors.Is(err, zendesk.ErrNotFound):
		if serr := repo.SaveForArticle(ctx, ref, atts); serr != nil {
			p.d.log.Warn("saving an article's attachments", "article_id", ref.ArticleID, "err", serr)
		}
		return true
	case ctx.Err() != nil, errors.Is(err, zendesk.ErrUnauthorized), errors.Is(err, zendesk.ErrOffline), errors.Is(err, errSkip):
		return false
	default:
		p.d.log.Warn("listing an article's attachments", "article_id", ref.ArticleID, "err", err)
		return false
	}
}

// listOne lists one article's attachments, paced per account and waiting out 429s.
func (p *pass) listOne(ctx context.Context, ref store.ArticleRef) ([]store.ArticleAttachmentRecord, error) {
	c, err := p.client(ctx, ref.IntegrationID)
	if err != nil {
		return nil, errSkip
	}
	pc := p.d.pacerFor(ref.IntegrationID)
	var list []zendesk.HCArticleAttachment
	for waits := 0; ; waits++ {
		if err = pc.wait(ctx); err != nil {
			return nil, err
		}
		list, err = c.HCArticleAttachments(ctx, ref.ArticleID)
		var rl *zendesk.RateLimitError
		if errors.As(err, &rl) && waits < maxRateLimitWaits {
			pc.pause(rl.RetryAfter)
			continue
		}
		break
	}
	if err != nil {
		return nil, err
	}
	out := make([]store.ArticleAttachmentRecord, 0, len(list))
	for _, a := range list {
		out = append(out, store.ArticleAttachmentRecord{ID: a.ID, FileName: a.FileName, ContentURL: a.ContentURL,
			ContentType: a.ContentType, Size: a.Size, Inline: a.Inline})
	}
	return out, nil
}

// Summary counts comment and article attachments by state, and the bytes their files use: the
// two queues' UsedBytes add up to the folder's use (a file both queues name is counted once,
// with the comment attachments).
func (d *Downloader) Summary(ctx context.Context) (store.AttachmentSummary, error) {
	s, err := d.o.Repo.Summary(ctx)
	if err != nil || d.o.Articles == nil {
		return s, err
	}
	a, err := d.o.Articles.Summary(ctx)
	if err != nil {
		return s, err
	}
	s.Pending += a.Pending
	s.Downloaded += a.Downloaded
	s.TooLarge += a.TooLarge
	s.Failed += a.Failed
	s.UsedBytes += a.UsedBytes
	return s, nil
}

func (p *pass) isFull() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stats.Full
}
