package store

// Attachment download states.
const (
	AttachmentPending    = "pending"    // announced, not fetched yet
	AttachmentDownloaded = "downloaded" // the bytes are in the attachments folder under SHA256
	AttachmentTooLarge   = "too_large"  // over the per-file limit: not fetched
	AttachmentFailed     = "failed"     // gave up; Reason says why
)

// AttachmentRecord is a comment attachment as Zendesk announced it (TicketID and CommentID are
// filled from the comment it came with).
type AttachmentRecord struct {
	ID          int64
	TicketID    int64
	CommentID   int64
	FileName    string
	ContentURL  string
	ContentType string
	Size        int64
	Inline      bool
}

// AttachmentView is an attachment with its integration and download state, for the ticket page.
type AttachmentView struct {
	IntegrationID string
	AttachmentRecord
	State    string
	Reason   string
	SHA256   string
	Attempts int // failed tries so far
}

// AttachmentSummary counts attachments by state and the bytes their distinct files use.
type AttachmentSummary struct {
	Pending, Downloaded, TooLarge, Failed int64
	UsedBytes                             int64
}
