package store

var attachmentTable = newTable(upsertSpec{table: "attachments", key: "id"}, func(r *rowBuf, a *AttachmentRecord) {
	r.Int("id", a.ID)
	r.Int("ticket_id", a.TicketID)
	r.Int("comment_id", a.CommentID)
	r.Str("file_name", a.FileName)
	r.Str("content_url", a.ContentURL)
	r.Str("content_type", a.ContentType)
	r.Int("size", a.Size)
	r.Bool("inline", a.Inline)
})

// attachments stores the comments' attachments as pending downloads; a known one is left as is
// (its download state survives a comment seen twice).
func (w *batchWriter) attachments(cs []CommentRecord) error {
	var flat []AttachmentRecord
	for i := range cs {
		for _, a := range cs[i].Attachments {
			a.TicketID, a.CommentID = cs[i].TicketID, cs[i].ID
			flat = append(flat, a)
		}
	}
	// A known attachment is skipped (see insertFresh).
	_, err := attachmentTable.insertFresh(w, flat)
	return err
}
