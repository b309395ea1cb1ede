//go:build !race

// Package race says whether the race detector is on, so that a test whose
// work is one goroutine's (a table of extractions, a heap bound, a child
// process killed mid-run) can skip itself under -race: the detector makes
// it ten to twenty times slower and has nothing to find in it. `make
// test` runs those tests again without -race (its NORACE list), and
// TestSkippedTestsRunWithoutRace checks that the list names each of them.
package race

// Enabled reports whether the binary was built with the race detector.
const Enabled = false

// SkipReason is what a test skipped under the race detector says.
const SkipReason = "one goroutine's work: make test runs it without -race (NORACE)"
