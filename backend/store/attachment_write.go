package store

var attachmentInsert = insertInto("attachments", "integration_id, id, ticket_id, comment_id, file_name, content_url, content_type, size, inline")

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
	_, err := w.writeRows(insertOrIgnore(attachmentInsert), 4, "", len(flat), func(i int, r *rowBuf) {
		a := &flat[i]
		r.Int(a.ID)
		r.Int(a.TicketID)
		r.Int(a.CommentID)
		r.Str(a.FileName)
		r.Str(a.ContentURL)
		r.Str(a.ContentType)
		r.Int(a.Size)
		r.Bool(a.Inline)
	})
	return err
}
