package segfile

import (
	"math/rand/v2"
	"testing"
)

// TestPairTable checks the table against a map on keys that collide in
// their low and high halves, across several growths, 0 included.
func TestPairTable(t *testing.T) {
	tab, want := newPairTable(), map[uint64]int32{}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200_000; i++ {
		k := uint64(rng.IntN(3000))<<32 | uint64(rng.IntN(3000))
		if i == 7 {
			k = 0
		}
		s := tab.slot(k)
		if w, ok := want[k]; ok != (*s != 0) || *s != w {
			t.Fatalf("key %x: %d, want %d (%v)", k, *s, w, ok)
		}
		if *s == 0 {
			*s = int32(len(want) + 1)
			want[k] = *s
		}
	}
	if tab.n != len(want) {
		t.Errorf("%d keys, want %d", tab.n, len(want))
	}
}
