package match

import "github.com/govsearch/govsearch/index/internal/segfile"

// ProveCounts is proveCounts, for tests.
func ProveCounts(seg *segfile.Segment, norm string, ords []uint32) ([]bool, error) {
	ok := make([]bool, len(ords))
	return ok, proveCounts(newGrams(seg), norm, ords, ok)
}
