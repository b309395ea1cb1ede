package index

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/query"
)

// cpuTime returns the process's user and system CPU time so far.
func cpuTime(t testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestOpenCost reports the CPU time of opening the index named by
// GOVSEARCH_OPEN_INDEX and of its first uncached searches, then of the
// second of each query (which reads through the mapping what the first
// read with pread), then of warm ones. It measures; it checks nothing.
func TestOpenCost(t *testing.T) {
	dir := os.Getenv("GOVSEARCH_OPEN_INDEX")
	if dir == "" {
		t.Skip("GOVSEARCH_OPEN_INDEX not set")
	}
	queries := []string{"国务院", "菜篮子工程", "营商环境", "京津冀协同发展", "税"}
	c0 := cpuTime(t)
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	c1 := cpuTime(t)
	t.Logf("open: %v CPU", c1-c0)
	search := func(q string) int {
		clauses, err := query.Parse(q)
		if err != nil {
			t.Fatal(err)
		}
		res, err := ix.Search(context.Background(), govsearch.Query{Clauses: clauses, Mode: govsearch.ModeAll}, govsearch.SearchOptions{Size: 10, Facets: true, Highlight: true, NoCache: true})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	for _, q := range queries {
		c := cpuTime(t)
		n := search(q)
		t.Logf("first %s: %d hits, %v CPU", q, n, cpuTime(t)-c)
	}
	for _, q := range queries {
		c := cpuTime(t)
		search(q)
		t.Logf("second %s: %v CPU", q, cpuTime(t)-c)
	}
	const rounds = 5
	for _, q := range queries {
		c := cpuTime(t)
		for i := 0; i < rounds; i++ {
			search(q)
		}
		t.Logf("warm %s: %v CPU per search", q, (cpuTime(t)-c)/rounds)
	}
}
