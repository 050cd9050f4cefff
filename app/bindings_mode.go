//go:build bindings

package app

// generatingBindings is true in the binary `wails generate module` builds and runs only to read
// the bound methods; wire then uses a throw-away data folder instead of the user's.
const generatingBindings = true
