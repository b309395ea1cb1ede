package match

import "github.com/govsearch/govsearch/index/internal/segfile"

// ProveCounts is proveCounts, for tests.
func ProveCounts(seg *segfile.Segment, norm string, ords []uint32) ([]bool, error) {
	ok := make([]bool, len(ords))
	g := newGrams(seg)
	rs := []rune(norm)
	cover, err := g.cover(rs)
	if err != nil {
		return nil, err
	}
	return ok, proveCounts(g, rs, cover, ords, ok)
}
