//go:build race

package ingest

// raceEnabled: see race_off_test.go.
const raceEnabled = true
