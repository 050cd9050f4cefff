package store

// PeopleReader answers the Users and Organizations screens from the local database only.
type PeopleReader struct{ db *DB }

// NewPeopleReader returns a reader over db's read pool.
func NewPeopleReader(db *DB) *PeopleReader { return &PeopleReader{db: db} }

// HelpCenterReader answers the Help Center screen (the tree and one article) from the local
// database only.
type HelpCenterReader struct{ db *DB }

// NewHelpCenterReader returns a reader over db's read pool.
func NewHelpCenterReader(db *DB) *HelpCenterReader { return &HelpCenterReader{db: db} }
