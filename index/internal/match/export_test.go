package match

import "github.com/govsearch/govsearch/index/internal/segfile"

// ProveChains is proveChains, for tests.
func ProveChains(seg *segfile.Segment, norm string, ords []uint32) ([]bool, error) {
	return proveChains(newGrams(seg), norm, ords)
}
