//go:build race

package race

// Enabled reports whether the binary was built with the race detector.
const Enabled = true

// SkipReason is what a test skipped under the race detector says.
const SkipReason = "one goroutine's work: make test runs it without -race (NORACE)"
