package facet

import (
	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/dense"
)

// CountEachWay counts hits per value of f by runs and by a scan of the
// hits, unsorted, for tests that compare the two.
func CountEachWay(f *Field, hits *roaring.Bitmap) (byRuns, byScan []govsearch.FacetCount) {
	set := dense.Of(hits, uint64(f.runs[len(f.runs)-1].start), true)
	defer set.Free()
	return f.countRuns(set), f.scan(hits)
}
