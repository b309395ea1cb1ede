package match_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/segtest"
)

// TestOracle splits the seeds and generated documents over three
// segments, deletes some documents, and checks random substrings against
// a brute-force scan: the same paragraphs, counts and facets. The
// segments keep trigrams in at least 1, 3 and the default number of
// paragraphs, so that terms are matched by every trigram, some, or few.
func TestOracle(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	seeds := segtest.Seeds(t)
	sets := [][]segtest.Doc{
		append(seeds[:2:2], segtest.Generated(rng, 40, "a")...),
		seeds[2:],
		segtest.Generated(rng, 80, "b"),
	}
	var views []match.View
	var live []segtest.Doc
	for i, docs := range sets {
		in := segtest.Input(docs)
		in.TrigramLeast = []int{1, 3, 0}[i]
		s := segtest.Segment(t, in)
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

// TestProvenCandidatesContainTheTerm checks that every candidate whose counts
// prove it contains a term does contain it: terms of three to six
// characters cut from the paragraphs, and the same with a character
// swapped for the one two places on, whose pairs occur without them;
// with the default trigrams kept, and with every trigram in two
// paragraphs or more.
func TestProvenCandidatesContainTheTerm(t *testing.T) {
	for _, least := range []int{0, 2} {
		t.Run(fmt.Sprint("trigrams in ", least), func(t *testing.T) {
			testProvenCandidates(t, least)
		})
	}
}

func testProvenCandidates(t *testing.T, least int) {
	rng := rand.New(rand.NewSource(9))
	docs := append(segtest.Seeds(t), segtest.Generated(rng, 80, "g")...)
	in := segtest.Input(docs)
	in.TrigramLeast = least
	s := segtest.Segment(t, in)
	proofs, without := 0, 0
	for round := 0; round < 3000; round++ {
		r := []rune(in.Paras[rng.Intn(len(in.Paras))].Norm)
		n := 3 + rng.Intn(4)
		if len(r) < n+2 {
			continue
		}
		i := rng.Intn(len(r) - n - 1)
		term := append([]rune{}, r[i:i+n]...)
		if round%2 == 1 {
			j := 1 + rng.Intn(n-2)
			term[j] = r[i+j+2]
		}
		norm := string(term)
		posts, err := match.Postings(s, norm)
		if err != nil {
			t.Fatal(err)
		}
		if len(posts) == 0 {
			continue
		}
		cand := posts[0].Bitmap().Clone()
		for _, p := range posts[1:] {
			cand.And(p.Bitmap())
		}
		ords := cand.ToArray()
		ok, err := match.ProveCounts(s, norm, ords)
		if err != nil {
			t.Fatal(err)
		}
		for k, ord := range ords {
			text, err := s.Norm(ord)
			if err != nil {
				t.Fatal(err)
			}
			has := strings.Contains(text, norm)
			if !has {
				without++
			}
			if ok[k] {
				proofs++
				if !has {
					t.Fatalf("%q: paragraph %d proven but its text %q lacks it", norm, ord, text)
				}
			}
		}
	}
	if proofs == 0 || without == 0 {
		t.Fatalf("%d proofs, %d candidates without the term: the test proves nothing", proofs, without)
	}
	t.Logf("%d proofs, %d candidates without the term", proofs, without)
}
