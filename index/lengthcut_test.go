package index

import (
	"math/rand/v2"
	"testing"

	"github.com/govsearch/govsearch/index/internal/rank"
)

// TestLengthCutNeverSkipsAReachableHit checks lengthCut against the quick
// score of one term: whatever the boosts, a hit it excludes scores below
// the lowest score of the heap.
func TestLengthCutNeverSkipsAReachableHit(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	excluded := 0
	for n := 0; n < 200000; n++ {
		ts := &termStat{idf: r.Float64() * 12, avgLen: 1 + r.Float64()*400}
		lowest := r.Float64() * 3 * ts.idf * (rank.K1 + 1)
		var c lengthCut
		c.raise(ts, lowest)
		tf, plen, heading := uint8(r.IntN(256)), uint16(r.IntN(3000)), r.IntN(4) == 0
		if !c.excludes(tf, plen, heading) {
			continue
		}
		excluded++
		for _, about := range []bool{false, true} {
			for _, inTitle := range []bool{false, true} {
				score := 0.0
				if tf > 0 {
					score = max(0, rank.BM25(ts.idf, float64(tf), float64(plen), ts.avgLen)+rank.Boost(ts.idf, about, inTitle))
				}
				if heading {
					score *= rank.HeadingFactor
				}
				if score >= lowest {
					t.Fatalf("idf %v, avgLen %v, lowest %v: excluded tf %d, plen %d, heading %v, about %v, in title %v, which scores %v", ts.idf, ts.avgLen, lowest, tf, plen, heading, about, inTitle, score)
				}
			}
		}
	}
	if excluded < 10000 {
		t.Fatalf("only %d of 200000 hits excluded: the test checks too little", excluded)
	}
	var zero lengthCut
	if zero.excludes(0, 65535, false) {
		t.Fatal("the zero lengthCut excludes a hit")
	}
}
