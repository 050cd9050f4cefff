//go:build noprepared

package store

// preparedWrites is off in this build (-tags noprepared): batches write through database/sql.
const preparedWrites = false
