//go:build race

package match_test

// raceEnabled: the race detector slows the brute-force tests about
// fivefold, so they check a sample of their terms.
const raceEnabled = true
