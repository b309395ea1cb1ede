//go:build !race

package ingest

// raceEnabled: the tests over ../shared/corpus parse 22 MB, some seven times
// slower under the race detector; make test runs them without it.
const raceEnabled = false
