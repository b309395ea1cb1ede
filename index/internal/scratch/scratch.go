// Package scratch keeps slices for reuse between searches: per-search
// scratch of O(hits) size (hit numbers, occurrence counts, bit sets) would
// otherwise allocate megabytes per query and make the garbage collector
// run, and wait, for it.
package scratch

import "sync"

// Pool keeps slices of T; the zero value is ready to use and safe for
// concurrent use.
type Pool[T any] struct{ p sync.Pool } // of *[]T

// Get returns a slice of length n, of undefined contents.
func (sp *Pool[T]) Get(n int) []T {
	if p, ok := sp.p.Get().(*[]T); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]T, n)
}

// Put gives s back for reuse; s must not be used after.
func (sp *Pool[T]) Put(s []T) {
	if cap(s) > 0 {
		sp.p.Put(&s)
	}
}
