//go:build !noprepared

package store

// preparedWrites says whether batches try the prepared-statement path (see rawConn). Build with
// -tags noprepared to measure or rule out that path: every batch then writes through database/sql.
const preparedWrites = true
