package wire

import "time"

// Help Center records (the Help Center API's field names). Body fields are HTML from Zendesk
// and must be sanitized to show.

// HCHeading is what a Help Center category and a section have in common; embedded, its fields
// stand at the top level of their JSON.
type HCHeading struct {
	ID           int64     `json:"id"`
	URL          string    `json:"url"`
	HTMLURL      string    `json:"html_url"`
	Name         string    `json:"name"`
	Description  string    `json:"description"`
	Locale       string    `json:"locale"`
	SourceLocale string    `json:"source_locale"`
	Position     int       `json:"position"`
	Outdated     bool      `json:"outdated"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// HCCategory is a Help Center category in one locale.
type HCCategory struct {
	HCHeading
}

// HCSection is a Help Center section in one locale; ParentSectionID is nil at the top level.
type HCSection struct {
	HCHeading
	CategoryID      int64  `json:"category_id"`
	ParentSectionID *int64 `json:"parent_section_id"`
	Sorting         string `json:"sorting"`
}

// HCArticle is a Help Center article in one locale.
type HCArticle struct {
	ID                int64     `json:"id"`
	URL               string    `json:"url"`
	HTMLURL           string    `json:"html_url"`
	AuthorID          int64     `json:"author_id"`
	CommentsDisabled  bool      `json:"comments_disabled"`
	Draft             bool      `json:"draft"`
	Promoted          bool      `json:"promoted"`
	Position          int       `json:"position"`
	VoteSum           int       `json:"vote_sum"`
	VoteCount         int       `json:"vote_count"`
	SectionID         int64     `json:"section_id"`
	CreatedAt         time.Time `json:"created_at"`
	UpdatedAt         time.Time `json:"updated_at"`
	EditedAt          time.Time `json:"edited_at"`
	Title             string    `json:"title"`
	SourceLocale      string    `json:"source_locale"`
	Locale            string    `json:"locale"`
	Outdated          bool      `json:"outdated"`
	OutdatedLocales   []string  `json:"outdated_locales"`
	PermissionGroupID int64     `json:"permission_group_id"`
	UserSegmentID     *int64    `json:"user_segment_id"`
	LabelNames        []string  `json:"label_names"`
	Body              string    `json:"body"`
}

// HCArticleAttachment is a Help Center article's file (Zendesk's Article Attachments API:
// GET /api/v2/help_center/articles/{id}/attachments; the documented example carries id,
// article_id, file_name, content_url, content_type, size, inline; the reference adds locale,
// created_at and updated_at). ContentURL is where the file is served,
// /hc/article_attachments/<id>/<name> on the account's host; inline ones are images the
// article's body shows from that address, and belong to one translation (Locale).
type HCArticleAttachment struct {
	ID          int64     `json:"id"`
	ArticleID   int64     `json:"article_id"`
	FileName    string    `json:"file_name"`
	ContentURL  string    `json:"content_url"`
	ContentType string    `json:"content_type"`
	Size        int64     `json:"size"`
	Inline      bool      `json:"inline"`
	Locale      *string   `json:"locale"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
}
