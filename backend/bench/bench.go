// Package bench measures Zensync's sync, search and list speed against the local emulator and
// a bulk-seeded database. The benchmarks live in bench_test.go (run by `make bench`, which
// also writes build/bench/results.json); this file and its neighbours hold the measuring code.
package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Results collects flat figures (name → number) for results.json. Safe for concurrent use.
type Results struct {
	mu sync.Mutex
	m  map[string]float64
}

// NewResults returns an empty collection.
func NewResults() *Results { return &Results{m: map[string]float64{}} }

// Set records one figure.
func (r *Results) Set(name string, v float64) {
	r.mu.Lock()
	r.m[name] = v
	r.mu.Unlock()
}

// Get returns a figure and whether it was recorded.
func (r *Results) Get(name string) (float64, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	v, ok := r.m[name]
	return v, ok
}

// Len is how many figures were recorded.
func (r *Results) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.m)
}

// MergeFile writes the figures into the flat JSON object at path, keeping figures others wrote
// there (other benchmarks of the same run), creating the file and its folder as needed.
func (r *Results) MergeFile(path string) error {
	all := map[string]float64{}
	if old, err := os.ReadFile(path); err == nil {
		_ = json.Unmarshal(old, &all) // a broken file is started afresh
	}
	r.mu.Lock()
	for k, v := range r.m {
		all[k] = v
	}
	r.mu.Unlock()
	b, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("writing results: %w", err)
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Table renders the figures as a readable two-column table, sorted by name.
func (r *Results) Table() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	names := make([]string, 0, len(r.m))
	for k := range r.m {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, k := range names {
		fmt.Fprintf(&b, "%-36s %14.2f\n", k, r.m[k])
	}
	return b.String()
}

// PeakRSSMB is this process's peak resident memory (VmHWM) in MB, or 0 where /proc is absent.
func PeakRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				return 0
			}
			return kb / 1024
		}
	}
	return 0
}

// Median of durations in milliseconds (sorts ds).
func Median(ds []time.Duration) float64 {
	if len(ds) == 0 {
		return 0
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	return float64(ds[len(ds)/2].Microseconds()) / 1000
}
