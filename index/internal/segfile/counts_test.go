package segfile_test

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/govsearch/govsearch/index/internal/segtest"
)

// TestMinCountsAgreesWithCount checks the walked and the looked-up counts
// of many postings (inline, list and roaring, with and without repeats)
// against Count, for sparse and dense sets of paragraphs.
func TestMinCountsAgreesWithCount(t *testing.T) {
	docs := append(segtest.Seeds(t), segtest.Generated(rand.New(rand.NewSource(3)), 50, "g")...)
	in := segtest.Input(docs)
	s := open(t, write(t, in))
	rng := rand.New(rand.NewSource(4))
	grams := map[string]bool{}
	for len(grams) < 300 {
		norm := in.Paras[rng.Intn(len(in.Paras))].Norm
		if norm == "" {
			continue
		}
		i := rng.Intn(len(norm))
		for !utf8.RuneStart(norm[i]) {
			i--
		}
		r, n := utf8.DecodeRuneInString(norm[i:])
		g := string(r)
		if rng.Intn(2) == 0 && i+n < len(norm) {
			r2, _ := utf8.DecodeRuneInString(norm[i+n:])
			g += string(r2)
		}
		grams[g] = true
	}
	grams["的"], grams["发展"] = true, true
	for g := range grams {
		p, ok, err := s.Term(g)
		if err != nil || !ok {
			t.Fatalf("term %q: %v %v", g, ok, err)
		}
		for _, density := range []int{1, 4, 50, 1000} {
			var ords []uint32
			for ord := 0; ord < s.Len(); ord++ {
				if rng.Intn(1000) < density {
					ords = append(ords, uint32(ord))
				}
			}
			// A few of the posting's own paragraphs, so that sparse sets
			// hit it too.
			it := p.Bitmap().Iterator()
			for it.HasNext() {
				if ord := it.Next(); rng.Intn(3) == 0 {
					ords = append(ords, ord)
				}
			}
			slices.Sort(ords)
			ords = slices.Compact(ords)
			got := make([]uint8, len(ords))
			for i := range got {
				got[i] = 255
			}
			p.MinCounts(ords, got)
			for i, ord := range ords {
				want := p.Count(ord)
				if got[i] != want {
					t.Fatalf("gram %q density %d paragraph %d: MinCounts %d, Count %d", g, density, ord, got[i], want)
				}
				if want > 0 && strings.Count(in.Paras[ord].Norm, g) == 0 {
					t.Fatalf("gram %q: paragraph %d counted but does not contain it", g, ord)
				}
			}
		}
	}
}
