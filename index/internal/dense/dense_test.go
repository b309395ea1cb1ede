package dense

import (
	"math/rand"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
)

// TestSetMatchesRoaring checks membership, rank and counts against the
// bitmap a set is made of: empty, sparse (array containers), dense
// (bitmap containers) and runs, reusing pooled memory between sets.
func TestSetMatchesRoaring(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	const n = 3<<16 + 123
	tests := []struct {
		name    string
		density int // per 1000
		runs    bool
	}{{"empty", 0, false}, {"sparse", 3, false}, {"dense", 600, false}, {"runs", 0, true}, {"sparse again", 3, false}}
	for _, tt := range tests {
		bm := roaring.New()
		for x := uint32(0); x < n; x++ {
			if rng.Intn(1000) < tt.density {
				bm.Add(x)
			}
		}
		if tt.runs {
			bm.AddRange(100, 70000)
			bm.AddRange(n-500, n)
			bm.RunOptimize()
		}
		s := Of(bm, n, true)
		for x := uint32(0); x <= n; x++ {
			if x < n && s.Contains(x) != bm.Contains(x) {
				t.Fatalf("%s: Contains(%d) = %v", tt.name, x, s.Contains(x))
			}
			want := 0
			if x > 0 {
				want = int(bm.Rank(x - 1))
			}
			if got := s.Rank(x); got != want {
				t.Fatalf("%s: Rank(%d) = %d, want %d", tt.name, x, got, want)
			}
		}
		if got, want := s.Count(0, n), int(bm.GetCardinality()); got != want {
			t.Fatalf("%s: Count = %d, want %d", tt.name, got, want)
		}
		s.Free()
	}
}

// TestAtLeastSumCounts checks AtLeastSum against counting each number's
// bitmaps (of mixed densities) in two counters, and in one (b nil), for
// every threshold, including counters of no bitmaps.
func TestAtLeastSumCounts(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	const n = 3<<16 + 5
	for round := 0; round < 10; round++ {
		na, nb := rng.Intn(8), rng.Intn(4)
		a, b := NewCounter(n, na), NewCounter(n, nb)
		inA, all := make([]int, n), make([]int, n)
		for i := 0; i < na+nb; i++ {
			bm := roaring.New()
			density := []int{2, 50, 500, 950}[rng.Intn(4)]
			for x := uint32(0); x < n; x++ {
				if rng.Intn(1000) < density {
					bm.Add(x)
					all[x]++
					if i < na {
						inA[x]++
					}
				}
			}
			if i < na {
				a.Add(bm)
			} else {
				b.Add(bm)
			}
		}
		for k := -1; k <= na+nb+1; k++ {
			checkAtLeast(t, AtLeastSum(a, b, k), all, k)
			checkAtLeast(t, AtLeastSum(a, nil, k), inA, k)
			reach := AtLeastSum(a, b, k)
			reach.AndNot(AtLeastSum(a, nil, k))
			if got := Reach(a, b, k); !got.Equals(reach) {
				t.Fatalf("k=%d: Reach has %d numbers, want %d", k, got.GetCardinality(), reach.GetCardinality())
			}
		}
		a.Free()
		b.Free()
	}
}

// checkAtLeast checks that got holds the numbers whose count is at least k.
func checkAtLeast(t *testing.T, got *roaring.Bitmap, counts []int, k int) {
	t.Helper()
	want := roaring.New()
	for x, c := range counts {
		if c >= k {
			want.Add(uint32(x))
		}
	}
	if !got.Equals(want) {
		t.Fatalf("k=%d: %d numbers, want %d", k, got.GetCardinality(), want.GetCardinality())
	}
}

// TestAddPartsIsAddOfTheJoin checks that counting a set kept in parts at
// offsets counts what adding the parts moved to their offsets does.
func TestAddPartsIsAddOfTheJoin(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	offsets := []uint64{0, 1 << 16, 3 << 16, 4 << 16}
	sizes := []uint32{1 << 16, 2<<16 - 7, 1 << 16, 300}
	const n = 4<<16 + 300
	parts, joined := make([]*roaring.Bitmap, len(offsets)), roaring.New()
	for i := range parts {
		parts[i] = roaring.New()
		for x := uint32(0); x < sizes[i]; x++ {
			if rng.Intn(7) == 0 {
				parts[i].Add(x)
				joined.Add(uint32(offsets[i]) + x)
			}
		}
	}
	a, b := NewCounter(n, 2), NewCounter(n, 2)
	defer a.Free()
	defer b.Free()
	a.AddParts(parts, offsets)
	a.AddParts(parts, offsets)
	b.Add(joined)
	b.Add(joined)
	for k := 1; k <= 3; k++ {
		if got, want := AtLeastSum(a, nil, k), AtLeastSum(b, nil, k); !got.Equals(want) {
			t.Fatalf("k=%d: %d numbers, want %d", k, got.GetCardinality(), want.GetCardinality())
		}
	}
	if AtLeastSum(a, nil, 2).GetCardinality() != joined.GetCardinality() {
		t.Fatal("the parts counted twice are not the set")
	}
}
