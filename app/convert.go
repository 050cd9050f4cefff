package app

import "zensync/backend/store"

// convertAll converts each of xs with conv, keeping the order (a nil xs gives an empty slice,
// which the front end receives as [] rather than null).
func convertAll[From, To any](xs []From, conv func(From) To) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = conv(x)
	}
	return out
}

// toAttachment is a comment's or an article's file as the front end shows it.
func toAttachment(v store.AttachmentView) Attachment {
	return Attachment{ID: v.ID, FileName: v.FileName, ContentURL: v.ContentURL, ContentType: v.ContentType,
		Size: v.Size, Inline: v.Inline, State: v.State, Reason: v.Reason, SHA256: v.SHA256}
}
