package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// runChild runs one measurement in a child process (this test binary running only test), so
// that its peak memory is its own, and returns the figures the child printed after prefix
// (see printFigures). env is added to this process's environment.
func runChild[F any](tb testing.TB, test, prefix string, env ...string) F {
	tb.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$", "-test.v")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		tb.Fatalf("%s: %v\n%s", test, err, out)
	}
	var f F
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), prefix+" "); ok {
			if err := json.Unmarshal([]byte(rest), &f); err != nil {
				tb.Fatal(err)
			}
			return f
		}
	}
	tb.Fatalf("%s printed no figures:\n%s", test, out)
	return f
}

// printFigures is the child's side of runChild: one line, prefix and the figures as JSON.
func printFigures(prefix string, f any) {
	b, _ := json.Marshal(f)
	fmt.Printf("%s %s\n", prefix, b)
}

// selfCPUSeconds is the user and system CPU time this process has used so far (0 if unknown).
func selfCPUSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// benchSize is full, or short under -short (the quick check `make test` runs).
func benchSize(full, short int) int {
	if testing.Short() {
		return short
	}
	return full
}
