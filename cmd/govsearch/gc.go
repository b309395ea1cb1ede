package main

import (
	"flag"
	"os"
	"runtime/debug"
)

// gcFlags are the garbage collector's settings of the commands that
// answer searches (serve, shard).
type gcFlags struct {
	percent, limitMB *int
}

// addGCFlags declares --gc-percent and --memory-limit-mb on fs.
//
// A search allocates 0.5–2 MB of scratch (1M paragraphs) over a live heap
// of about 60 MB, so with Go's default (GOGC=100) a collection runs every
// 30–60 searches and the search it overlaps takes half again as long:
// that is most of the slowest percent. At 400 the collections are four
// times rarer (p99 of phrases 18.6–19.7 ms against 19.9–21.9 at 200 and
// 19.5–22.6 at 100 in the same runs, BENCHMARKS.md), for about 230 MB
// more heap; the soft limit makes the collector work harder before the
// heap passes it, whatever the percentage.
func addGCFlags(fs *flag.FlagSet) gcFlags {
	return gcFlags{
		percent: fs.Int("gc-percent", 400, "garbage collection target percentage (Go's GOGC; the GOGC environment variable wins; 0: Go's default)"),
		limitMB: fs.Int("memory-limit-mb", 2048, "soft limit of the Go heap, in MB (Go's GOMEMLIMIT; the GOMEMLIMIT environment variable wins; 0: none)"),
	}
}

// apply sets the collector's target and limit, except those the
// environment sets.
func (g gcFlags) apply() {
	if _, set := os.LookupEnv("GOGC"); !set && *g.percent > 0 {
		debug.SetGCPercent(*g.percent)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set && *g.limitMB > 0 {
		debug.SetMemoryLimit(int64(*g.limitMB) << 20)
	}
}
