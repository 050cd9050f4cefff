// Package pathseg splits request paths by segment, for the emulator's hand-written routing.
package pathseg

import "strings"

// SplitFirst splits "/a/b/c" into "a" and "/b/c"; a path of one segment gives "/" as the rest.
func SplitFirst(path string) (string, string) {
	p := strings.TrimPrefix(path, "/")
	i := strings.IndexByte(p, '/')
	if i < 0 {
		return p, "/"
	}
	return p[:i], p[i:]
}
