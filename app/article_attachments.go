package app

import (
	"context"
	"fmt"

	"zensync/backend/export"
	"zensync/backend/store"
)

// Help Center article attachments: listed, opened and saved from their local copies like a
// ticket's (the downloader fetches them after the articles sync).

// fileIndex says whether a downloaded attachment names the file with this SHA-256.
type fileIndex interface {
	HasFile(ctx context.Context, sha string) (bool, error)
}

// fileIndexes is several indexes (comment and article attachments): a file any of them names.
type fileIndexes []fileIndex

func (fs fileIndexes) HasFile(ctx context.Context, sha string) (bool, error) {
	for _, f := range fs {
		if ok, err := f.HasFile(ctx, sha); err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// articleAttachmentLister is store.ArticleAttachmentRepo as the facade uses it.
type articleAttachmentLister interface {
	attachmentGetter
	ForArticle(ctx context.Context, integrationID string, articleID int64) ([]store.AttachmentView, error)
}

// withArticles lets the facade serve article attachments from repo.
func (a *AttachmentsAPI) withArticles(repo articleAttachmentLister) *AttachmentsAPI {
	a.articles = repo
	return a
}

func (a *AttachmentsAPI) articleRepo() (articleAttachmentLister, error) {
	if a.articles == nil {
		return nil, fmt.Errorf("article attachments: %w", store.ErrNotFound)
	}
	return a.articles, nil
}

// ArticleAttachments lists a Help Center article's files and their download state (inline
// images last); the article page shows the images from LocalAttachmentsPrefix + SHA256.
func (a *AttachmentsAPI) ArticleAttachments(integrationID string, articleID int64) ([]Attachment, error) {
	r, err := a.articleRepo()
	if err != nil {
		return nil, a.bridge.wrap("attachments.article_list", err)
	}
	views, err := r.ForArticle(context.Background(), integrationID, articleID)
	if err != nil {
		return nil, a.bridge.wrap("attachments.article_list", err)
	}
	return convertAll(views, toAttachment), nil
}

// OpenArticleAttachment shows an article attachment's local copy in the system's viewer.
func (a *AttachmentsAPI) OpenArticleAttachment(integrationID string, id int64) error {
	r, err := a.articleRepo()
	if err != nil {
		return a.bridge.wrap("attachments.open", err)
	}
	return a.openFrom(r, integrationID, id)
}

// SaveArticleAttachmentAs asks where to save an article attachment's local copy and writes it
// there; it returns the chosen path ("" when the user cancelled).
func (a *AttachmentsAPI) SaveArticleAttachmentAs(integrationID string, id int64) (string, error) {
	r, err := a.articleRepo()
	if err != nil {
		return "", a.bridge.wrap("attachments.save", err)
	}
	return a.saveFrom(r, integrationID, id)
}

// articleFiles is an article's attachments for the HTML export (export.ArticleFilesFunc): the
// downloaded ones with the path of their local copy.
func (aw *attachmentWiring) articleFiles(ctx context.Context, integrationID string, articleID int64) ([]export.ArticleFile, error) {
	views, err := aw.articles.ForArticle(ctx, integrationID, articleID)
	if err != nil {
		return nil, err
	}
	out := make([]export.ArticleFile, len(views))
	for i, v := range views {
		out[i] = export.ArticleFile{ID: v.ID, FileName: v.FileName, Size: v.Size, Inline: v.Inline}
		if v.State == store.AttachmentDownloaded {
			out[i].Path, _ = aw.folder.Path(v.SHA256)
		}
	}
	return out, nil
}
