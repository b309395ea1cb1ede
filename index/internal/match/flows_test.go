package match

import (
	"math/rand"
	"strings"
	"testing"
)

// countOverlapping counts the places where g occurs in s, overlapping
// ones included, as the segment writer counts pairs.
func countOverlapping(s, g string) int {
	n := 0
	for i := 0; i+len(g) <= len(s); i++ {
		if s[i:i+len(g)] == g {
			n++
		}
	}
	return n
}

// flowsOf applies flows to text's counts of the grams that cover term
// (one-byte characters; the trigram at start i where kept has bit i set)
// and of their overlaps, saturated at 255 as postings keep them.
func flowsOf(text, term string, kept uint) bool {
	sat := func(n int) uint8 { return uint8(min(n, 255)) }
	cover := coverOf(len(term), func(i int) bool { return kept&(1<<i) != 0 })
	pieces, overlaps := make([][]uint8, len(cover)), make([][]uint8, len(cover)-1)
	for i, p := range cover {
		pieces[i] = []uint8{sat(countOverlapping(text, term[p.start:p.start+p.n]))}
		if i+1 < len(cover) {
			overlaps[i] = []uint8{sat(countOverlapping(text, term[cover[i+1].start:p.start+p.n]))}
		}
	}
	return flows(0, pieces, overlaps)
}

// TestFlowsNeverProvesAbsentTerm checks the proof by brute force: every
// text over three characters up to 7 long against every term of 3 to 5 of
// them (repeated characters and pairs included) with every choice of kept
// trigrams, and long random texts, whose counts saturate, against random
// terms and choices. (After a review's test.)
func TestFlowsNeverProvesAbsentTerm(t *testing.T) {
	var all func(prefix string, n int, f func(string))
	all = func(prefix string, n int, f func(string)) {
		f(prefix)
		for i := 0; len(prefix) < n && i < 3; i++ {
			all(prefix+"abc"[i:i+1], n, f)
		}
	}
	var terms []string
	all("", 5, func(s string) {
		if len(s) >= 3 {
			terms = append(terms, s)
		}
	})
	proofs := 0
	all("", 7, func(text string) {
		for _, term := range terms {
			for kept := uint(0); kept < 1<<(len(term)-2); kept++ {
				if flowsOf(text, term, kept) {
					proofs++
					if !strings.Contains(text, term) {
						t.Fatalf("flows proves %q in %q (trigrams kept %b)", term, text, kept)
					}
				}
			}
		}
	})
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 300; round++ {
		alpha := "abc"[:2+rng.Intn(2)]
		b := make([]byte, 200+rng.Intn(800))
		for i := range b {
			b[i] = alpha[rng.Intn(len(alpha))]
		}
		for j := 0; j < 30; j++ {
			term := make([]byte, 3+rng.Intn(6))
			for i := range term {
				term[i] = alpha[rng.Intn(len(alpha))]
			}
			kept := uint(rng.Intn(1 << (len(term) - 2)))
			if flowsOf(string(b), string(term), kept) && !strings.Contains(string(b), string(term)) {
				t.Fatalf("flows proves %q in a text of %d without it (trigrams kept %b)", term, len(b), kept)
			}
		}
	}
	if proofs == 0 {
		t.Fatal("no proof at all: the test checks nothing")
	}
}
