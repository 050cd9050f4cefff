package syncer

import "time"

// keepCreatedSince drops records created before since (Created Time mode's backfill start).
func keepCreatedSince[T any](xs []T, since time.Time, created func(*T) time.Time) []T {
	if since.IsZero() {
		return xs
	}
	out := xs[:0]
	for i := range xs {
		if !created(&xs[i]).Before(since) {
			out = append(out, xs[i])
		}
	}
	return out
}
