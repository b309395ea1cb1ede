package facet

import (
	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
)

// CountEachWay counts hits per value of f by runs and by a scan of the
// hits, unsorted, for tests that compare the two.
func CountEachWay(f *Field, hits *roaring.Bitmap) (byRuns, byScan []govsearch.FacetCount) {
	b := newBitset(hits, f.runs[len(f.runs)-1].start)
	defer b.free()
	return f.countRuns(b), f.scan(hits)
}
