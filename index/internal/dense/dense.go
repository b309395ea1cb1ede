// Package dense holds a set of paragraph numbers as one bit per number,
// with the number of members before each word of bits: what a pass over
// many numbers asks of a compressed bitmap (is this one a member, how many
// members come before it) answered by a shift, a mask and a population
// count, without walking the bitmap alongside. Sets are built from roaring
// bitmaps for one search and their memory reused between searches; a
// Counter counts how many of several bitmaps hold each number.
package dense

import (
	"fmt"
	"math/bits"
	"runtime"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch/index/internal/par"
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

// Counter counts, for every number below its size, how many of the
// bitmaps added to it hold the number, in bit planes (plane b holds bit b
// of every count), so that a word of 64 numbers is counted with a few
// logical operations.
type Counter struct {
	n           uint64
	planes      [][]uint64
	x           []uint64 // a bitmap's words, while adding it
	added, most int
}

// NewCounter returns a counter of the numbers below n for up to most
// bitmaps. Free gives its memory back.
func NewCounter(n uint64, most int) *Counter {
	nw := int(n>>6) + 1
	c := &Counter{n: n, planes: make([][]uint64, bits.Len(uint(max(most, 0)))), x: wordsPool.Get(nw), most: most}
	for b := range c.planes {
		c.planes[b] = wordsPool.Get(nw)
		clear(c.planes[b])
	}
	return c
}

// Add counts bm, all of whose members are below the counter's size.
func (c *Counter) Add(bm *roaring.Bitmap) {
	clear(c.x)
	bm.WriteDenseTo(c.x)
	c.carry()
}

// AddParts counts the numbers of parts[i] plus offsets[i] as one bitmap:
// a set kept in parts, such as a search's hits per segment. Each offset
// is a multiple of 64, and every number below the counter's size.
func (c *Counter) AddParts(parts []*roaring.Bitmap, offsets []uint64) {
	clear(c.x)
	for i, bm := range parts {
		if !bm.IsEmpty() {
			bm.WriteDenseTo(c.x[offsets[i]>>6:])
		}
	}
	c.carry()
}

// carry adds the bits in x to the planes, a stretch of words per core.
// More bitmaps than the counter was made for would overflow its planes: a
// mistake of the caller's.
func (c *Counter) carry() {
	if c.added++; c.added > c.most {
		panic(fmt.Sprintf("dense: Counter for %d bitmaps given %d", c.most, c.added))
	}
	stretches(len(c.x), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			carry := c.x[i]
			for b := 0; carry != 0 && b < len(c.planes); b++ {
				c.planes[b][i], carry = c.planes[b][i]^carry, c.planes[b][i]&carry
			}
		}
	})
}

// stretches calls fn on [lo, hi) stretches that cover [0, n), one per
// core, at once.
func stretches(n int, fn func(lo, hi int)) {
	k := runtime.GOMAXPROCS(0)
	size := (n + k - 1) / k
	par.Do(k, k, func(i int) { fn(min(n, i*size), min(n, (i+1)*size)) })
}

// Free gives the counter's memory back for reuse; c must not be used
// after.
func (c *Counter) Free() {
	for _, p := range append(c.planes, c.x) {
		wordsPool.Put(p)
	}
	c.planes, c.x = nil, nil
}

// atLeast returns the bits of word i of the numbers counted at least k
// times: greater than k in the highest plane where they differ, or equal
// in every plane. Every number counts at least 0 times.
func (c *Counter) atLeast(i, k int) uint64 {
	if k <= 0 {
		return ^uint64(0)
	}
	if k >= 1<<len(c.planes) {
		return 0
	}
	gt, eq := uint64(0), ^uint64(0)
	for b := len(c.planes) - 1; b >= 0; b-- {
		w := c.planes[b][i]
		if k>>b&1 == 1 {
			eq &= w
		} else {
			gt |= eq & w
			eq &^= w
		}
	}
	return gt | eq
}

// AtLeastSum returns the numbers whose counts in a and b (nil: counts of
// zero; the same size as a) add up to at least k, in a new bitmap.
func AtLeastSum(a, b *Counter, k int) *roaring.Bitmap {
	return atLeastSum(a, b, k, false)
}

// Reach returns the numbers counted fewer than k times in a that reach k
// with their counts in b (the same size as a), in a new bitmap.
func Reach(a, b *Counter, k int) *roaring.Bitmap {
	return atLeastSum(a, b, k, true)
}

// atLeastSum is AtLeastSum, without the numbers a alone counts k times
// when reach is set.
func atLeastSum(a, b *Counter, k int, reach bool) *roaring.Bitmap {
	most := 0
	if b != nil {
		most = 1<<len(b.planes) - 1
	}
	out := wordsPool.Get(len(a.x))
	defer wordsPool.Put(out)
	stretches(len(out), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			alone := a.atLeast(i, k)
			w := alone
			for t := 1; t <= most && w != ^uint64(0); t++ {
				w |= a.atLeast(i, k-t) & b.atLeast(i, t)
			}
			if reach {
				w &^= alone
			}
			out[i] = w
		}
	})
	out[len(out)-1] &= uint64(1)<<(a.n&63) - 1 // only numbers below n
	return roaring.FromDense(out, true)
}
