package match_test

import (
	"math/rand"
	"path/filepath"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
)

// TestOracle splits the seeds and generated documents over three
// segments, deletes some documents, and checks random substrings against
// a brute-force scan: the same paragraphs, counts and facets.
func TestOracle(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	seeds := segtest.Seeds(t)
	sets := [][]segtest.Doc{
		append(seeds[:2:2], segtest.Generated(rng, 40, "a")...),
		seeds[2:],
		segtest.Generated(rng, 80, "b"),
	}
	dir := t.TempDir()
	var views []match.View
	var live []segtest.Doc
	for i, docs := range sets {
		path := filepath.Join(dir, string(rune('a'+i))+".seg")
		if _, err := segfile.Write(path, segtest.Input(docs)); err != nil {
			t.Fatal(err)
		}
		s, err := segfile.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		// Delete every third document of the segment.
		del := roaring.New()
		ord := uint64(0)
		for d, doc := range docs {
			n := uint64(len(doc.Paras))
			if d%3 == 1 {
				del.AddRange(ord, ord+n)
			} else {
				live = append(live, doc)
			}
			ord += n
		}
		views = append(views, match.View{Seg: s, Deleted: del})
	}
	segtest.CheckOracle(t, rng, views, live, 400)
}
