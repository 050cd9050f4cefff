//go:build !unix

package store

// cpuSeconds is not measured off Unix: the per-CPU-second figure is left out there.
func cpuSeconds() float64 { return 0 }
