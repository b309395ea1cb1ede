// Package dense holds a set of paragraph numbers as one bit per number,
// with the number of members before each word of bits: what a pass over
// many numbers asks of a compressed bitmap (is this one a member, how many
// members come before it) answered by a shift, a mask and a population
// count, without walking the bitmap alongside. Sets are built from roaring
// bitmaps for one search and their memory reused between searches.
package dense

import (
	"math/bits"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch/index/internal/scratch"
)

// Set is a set of numbers below its size.
type Set struct {
	words  []uint64
	before []uint32 // members in words[:i]; nil when not ranked
}

// The pools of sets' words and counts.
var (
	wordsPool  scratch.Pool[uint64]
	beforePool scratch.Pool[uint32]
)

// Of returns bm, all of whose members are below n, as a set; ranked says
// whether Rank and Count will be asked. Free gives its memory back.
func Of(bm *roaring.Bitmap, n uint64, ranked bool) *Set {
	nw := int(n>>6) + 2 // room for n itself and a word past it
	s := &Set{words: wordsPool.Get(nw)}
	clear(s.words)
	if !bm.IsEmpty() {
		bm.WriteDenseTo(s.words)
	}
	if ranked {
		s.before = beforePool.Get(nw + 1)
		s.before[0] = 0
		for i, w := range s.words {
			s.before[i+1] = s.before[i] + uint32(bits.OnesCount64(w))
		}
	}
	return s
}

// Free gives the set's memory back for reuse; s must not be used after.
func (s *Set) Free() {
	words, before := s.words, s.before
	s.words, s.before = nil, nil
	wordsPool.Put(words)
	beforePool.Put(before)
}

// Contains reports whether x is in the set.
func (s *Set) Contains(x uint32) bool {
	return s.words[x>>6]&(uint64(1)<<(x&63)) != 0
}

// Rank is the number of members below x, of a ranked set.
func (s *Set) Rank(x uint32) int {
	w := x >> 6
	return int(s.before[w]) + bits.OnesCount64(s.words[w]&(uint64(1)<<(x&63)-1))
}

// Count is the number of members from lo to hi (not included), of a
// ranked set.
func (s *Set) Count(lo, hi uint32) int { return s.Rank(hi) - s.Rank(lo) }

// AtLeast returns the numbers, all below n, that are in at least k of the
// bitmaps, in a new bitmap. Each bitmap is added, as bits, to a counter
// per number kept in bit planes (plane b holds bit b of every count), so
// that a word of 64 numbers is counted with a few logical operations.
func AtLeast(bitmaps []*roaring.Bitmap, k int, n uint64) *roaring.Bitmap {
	if k <= 0 || k > len(bitmaps) {
		return roaring.New()
	}
	nw := int(n>>6) + 1
	planes := make([][]uint64, bits.Len(uint(len(bitmaps))))
	for b := range planes {
		planes[b] = wordsPool.Get(nw)
		clear(planes[b])
	}
	x := wordsPool.Get(nw)
	for _, bm := range bitmaps {
		clear(x)
		bm.WriteDenseTo(x)
		for i, carry := range x {
			for b := 0; carry != 0 && b < len(planes); b++ {
				planes[b][i], carry = planes[b][i]^carry, planes[b][i]&carry
			}
		}
	}
	// x becomes the words whose count is at least k: greater than k in
	// the highest plane where they differ, or equal in every plane.
	for i := range x {
		gt, eq := uint64(0), ^uint64(0)
		for b := len(planes) - 1; b >= 0; b-- {
			w := planes[b][i]
			if k>>b&1 == 1 {
				eq &= w
			} else {
				gt |= eq & w
				eq &^= w
			}
		}
		x[i] = gt | eq
	}
	out := roaring.FromDense(x, true)
	for _, p := range append(planes, x) {
		wordsPool.Put(p)
	}
	return out
}
