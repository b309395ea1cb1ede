// Package match finds, in a set of segments, the paragraphs whose
// normalized text contains a term, exactly: candidates are the
// intersection of the postings of the term's character pairs (or its one
// character), narrowed by the postings of its trigrams that the segment
// keeps; a term of three characters whose trigram is kept is then exact,
// and a longer candidate is proven by the counts of its grams or verified
// by a substring match on its normalized text. It also filters and
// counts facets by the segments' columns. Deleted paragraphs never match.
//
// Results are per segment (Hits), in the segments' own paragraph
// numbers; the bitmaps may share memory with the mapped segments, so
// they must not be used after the segments are closed.
package match

import (
	"context"
	"runtime"
	"slices"
	"unicode/utf8"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch/index/internal/charcode"
	"github.com/govsearch/govsearch/index/internal/par"
	"github.com/govsearch/govsearch/index/internal/scratch"
	"github.com/govsearch/govsearch/index/internal/segfile"
)

// View is a segment as a snapshot sees it.
type View struct {
	Seg *segfile.Segment
	// Deleted holds the segment's deleted paragraphs; nil for none.
	Deleted *roaring.Bitmap
}

// live removes the deleted paragraphs from bm, which the caller owns.
func (v View) live(bm *roaring.Bitmap) *roaring.Bitmap {
	if v.Deleted != nil && !v.Deleted.IsEmpty() {
		bm.AndNot(v.Deleted)
	}
	return bm
}

// Hits holds, for each view of a set, the matching paragraphs of its
// segment. Callers must not modify the bitmaps in place.
type Hits []*roaring.Bitmap

// Count is the number of paragraphs in h.
func (h Hits) Count() int {
	n := 0
	for _, bm := range h {
		n += int(bm.GetCardinality())
	}
	return n
}

// And returns the paragraphs in both a and b.
func And(a, b Hits) Hits {
	out := make(Hits, len(a))
	for i := range a {
		out[i] = roaring.And(a[i], b[i])
	}
	return out
}

// Or returns the paragraphs in a or b.
func Or(a, b Hits) Hits {
	out := make(Hits, len(a))
	for i := range a {
		out[i] = roaring.Or(a[i], b[i])
	}
	return out
}

// AndNot returns the paragraphs in a and not in b.
func AndNot(a, b Hits) Hits {
	out := make(Hits, len(a))
	for i := range a {
		out[i] = roaring.AndNot(a[i], b[i])
	}
	return out
}

// Term returns the live paragraphs of each view whose normalized text
// contains norm, a normalized term. Segments are searched on every core.
// The bitmaps are read only: one can be a posting itself, backed by the
// mapped segment.
func Term(ctx context.Context, views []View, norm string) (Hits, error) {
	out := make(Hits, len(views))
	err := par.DoErr(len(views), runtime.GOMAXPROCS(0), func(i int) error {
		g := newGrams(views[i].Seg)
		cand, err := candidates(views[i], g, norm)
		if err != nil {
			return err
		}
		out[i], err = verify(ctx, g, norm, cand)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Verify returns the paragraphs of cands (per view: some of the term's
// Candidates, read only) whose normalized text contains norm, read only
// too: where all do and no trigram narrowed them, the bitmap of cands
// itself.
func Verify(ctx context.Context, views []View, norm string, cands Hits) (Hits, error) {
	out := make(Hits, len(views))
	err := par.DoErr(len(views), runtime.GOMAXPROCS(0), func(i int) error {
		var err error
		out[i], err = verify(ctx, newGrams(views[i].Seg), norm, cands[i])
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Candidates returns, for each of norms, the live paragraphs of each view
// that contain every character pair of it (its character, for one): the
// paragraphs that may contain it, exactly those that do for one or two
// characters. Each term and segment is a task, on every core.
func Candidates(views []View, norms ...string) ([]Hits, error) {
	out := make([]Hits, len(norms))
	for i := range out {
		out[i] = make(Hits, len(views))
	}
	err := par.DoErr(len(norms)*len(views), runtime.GOMAXPROCS(0), func(t int) error {
		i, v := t/len(views), t%len(views)
		var err error
		out[i][v], err = candidates(views[v], newGrams(views[v].Seg), norms[i])
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// lookupMax is the most paragraphs of a term's smallest posting that
// candidates looks up one by one in the others; for more, intersecting
// bitmaps costs less.
const lookupMax = 256

// candidates is Candidates for one view. The bitmap may be a posting
// itself: read only. When the smallest posting is a short list, its
// paragraphs are looked up in the others without making bitmaps of them
// (most pairs of a long term are rare).
func candidates(v View, g *grams, norm string) (*roaring.Bitmap, error) {
	posts, err := g.postings(norm)
	if err != nil || len(posts) == 0 {
		return roaring.New(), err
	}
	if short := posts[0].Short(); short != nil && len(short) <= lookupMax {
		keep := slices.Clone(short)
		for _, p := range posts[1:] {
			if len(keep) == 0 {
				break
			}
			keep = slices.DeleteFunc(keep, func(ord uint32) bool { return !p.Contains(ord) })
		}
		return v.live(roaring.BitmapOf(keep...)), nil
	}
	switch {
	case len(posts) > 1:
		bms := make([]*roaring.Bitmap, len(posts))
		for i, p := range posts {
			bms[i] = p.Bitmap()
		}
		return v.live(roaring.FastAnd(bms...)), nil
	case v.Deleted != nil && !v.Deleted.IsEmpty():
		return roaring.AndNot(posts[0].Bitmap(), v.Deleted), nil
	default:
		return posts[0].Bitmap(), nil // the posting itself, read only
	}
}

// verify returns the candidates of seg (cand, read only) whose normalized
// text contains norm; read only too (cand itself when all do and no
// trigram narrowed them, else a bitmap of its own). The kept
// trigrams of norm (segfile's TrigramLeast) narrow the candidates first
// and make a term of three characters exact; then the counts prove what
// they can (proven) and the texts decide the rest. Its scratch (the
// candidates as a list, their verdicts and counts) comes from pools: a
// common term's candidates would otherwise allocate megabytes per search,
// and make the garbage collector run during searches.
func verify(ctx context.Context, g *grams, norm string, cand *roaring.Bitmap) (*roaring.Bitmap, error) {
	seg := g.seg
	if utf8.RuneCountInString(norm) <= 2 || cand.IsEmpty() {
		return cand, nil // one or two characters: the posting is exact
	}
	rs := []rune(norm)
	cover, err := g.cover(rs)
	if err != nil {
		return nil, err
	}
	cand, narrowed, err := narrow(g, rs, cover, cand)
	if err != nil {
		return nil, err
	}
	if len(cover) == 1 && narrowed {
		return cand, nil // the term is a kept trigram: exact
	}
	ords := ordPool.Get(int(cand.GetCardinality()))
	defer ordPool.Put(ords)
	cand.ManyIterator().NextMany(ords)
	// The grams can all occur without forming the term. Where the counts
	// prove that they form it, the text is not read.
	ok := verdictPool.Get(len(ords))
	defer verdictPool.Put(ok)
	if err := proven(g, rs, cover, ords, ok); err != nil {
		return nil, err
	}
	doubt := ordPool.Get(len(ords))[:0] // the candidates the counts leave in doubt
	defer func() { ordPool.Put(doubt) }()
	for i, ord := range ords {
		if !ok[i] {
			doubt = append(doubt, ord)
		}
	}
	// The texts are read as stored, coded: the coded term occurs in a
	// coded text exactly where the term occurs in the text.
	coded := seg.NormCode().Encode(norm)
	rarest := seg.ByteFrequencies().Rarest(coded)
	place := 0 // in ords, of the text being read
	for start := 0; start < len(doubt); start += 256 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		err := seg.CodedNorms(doubt[start:min(start+256, len(doubt))], func(ord uint32, text string) {
			for ords[place] != ord {
				place++
			}
			ok[place] = contains(text, coded, rarest)
		})
		if err != nil {
			return nil, err
		}
	}
	// The result is made from the fewer of the kept and the dropped
	// candidates: copying cand's containers and clearing a few costs
	// less than adding most of them one by one.
	kept, dropped := doubt[:0], ords[:0] // both done with, and filled no faster than read
	for i, ord := range ords {
		if ok[i] {
			kept = append(kept, ord)
		} else {
			dropped = append(dropped, ord)
		}
	}
	var out *roaring.Bitmap
	switch {
	case len(dropped) == 0:
		return cand, nil
	case len(kept) < len(dropped):
		out = roaring.BitmapOf(kept...)
	case narrowed:
		out = cand // a bitmap of verify's own
		out.AndNot(roaring.BitmapOf(dropped...))
	default:
		out = roaring.AndNot(cand, roaring.BitmapOf(dropped...))
	}
	out.RunOptimize()
	return out, nil
}

// narrow returns the candidates (cand, read only) that hold every trigram
// of cover, and whether there was one: then a bitmap of narrow's own,
// else cand itself.
func narrow(g *grams, rs []rune, cover []piece, cand *roaring.Bitmap) (*roaring.Bitmap, bool, error) {
	narrowed := false
	for _, p := range cover {
		if p.n < 3 {
			continue
		}
		post, _, err := g.term(string(rs[p.start : p.start+3]))
		if err != nil {
			return nil, false, err
		}
		if !narrowed {
			cand, narrowed = roaring.And(cand, post.Bitmap()), true
		} else {
			cand.And(post.Bitmap())
		}
	}
	return cand, narrowed, nil
}

// ordPool, verdictPool and countPool keep verify's scratch between
// searches.
var (
	ordPool     scratch.Pool[uint32]
	verdictPool scratch.Pool[bool]
	countPool   scratch.Pool[uint8]
)

// proveFrom is the number of candidates from which verify reads counts to
// prove matches: for fewer, reading the texts costs less.
const proveFrom = 512

// proven sets ok[i] to whether the counts of the grams of rs (a
// normalized term of three or more characters, covered by cover) prove
// that ords[i] (increasing, each containing every gram of the cover)
// contains the term; all false for fewer than proveFrom candidates. The
// rule is in flows.
func proven(g *grams, rs []rune, cover []piece, ords []uint32, ok []bool) error {
	if len(ords) < proveFrom {
		clear(ok)
		return nil
	}
	return proveCounts(g, rs, cover, ords, ok)
}

// proveCounts is proven for any number of candidates.
func proveCounts(g *grams, rs []rune, cover []piece, ords []uint32, ok []bool) error {
	clear(ok)
	if len(rs) < 3 {
		return nil
	}
	counts := map[string][]uint8{}
	defer func() {
		for _, c := range counts {
			countPool.Put(c)
		}
	}()
	count := func(gram string) ([]uint8, error) {
		if c, ok := counts[gram]; ok {
			return c, nil
		}
		c := countPool.Get(len(ords))
		clear(c)
		counts[gram] = c
		p, found, err := g.term(gram)
		if err != nil {
			return nil, err
		}
		if found {
			for i := range c {
				c[i] = 255
			}
			p.MinCounts(ords, c)
		}
		return c, nil
	}
	pieces, overlaps := make([][]uint8, len(cover)), make([][]uint8, len(cover)-1)
	for i, p := range cover {
		var err error
		if pieces[i], err = count(string(rs[p.start : p.start+p.n])); err != nil {
			return err
		}
		if i+1 < len(cover) {
			if overlaps[i], err = count(string(rs[cover[i+1].start : p.start+p.n])); err != nil {
				return err
			}
		}
	}
	for n := range ords {
		ok[n] = flows(n, pieces, overlaps)
	}
	return nil
}

// piece is a gram of a term's cover: n (2 or 3) characters from start.
type piece struct{ start, n int }

// coverOf returns the grams that cover a term of k characters, in order:
// at each start the trigram where kept(start) says the segment keeps it,
// else the pair, leaving out a gram that ends where the one before it
// does (a pair inside a trigram). Each gram overlaps the next by one or
// two characters.
func coverOf(k int, kept func(start int) bool) []piece {
	var out []piece
	for i := 0; i+1 < k; i++ {
		p := piece{i, 2}
		if i+3 <= k && kept(i) {
			p.n = 3
		}
		if n := len(out); n > 0 && p.start+p.n <= out[n-1].start+out[n-1].n {
			continue
		}
		out = append(out, p)
	}
	return out
}

// flows applies proven's rule to candidate n, with the counts of the
// grams of the term's cover (pieces[i]) and of the characters where each
// overlaps the next (overlaps[i]: one character or a pair). Let A_i be the
// places where the term's prefix that ends with gram i ends, so |A_0| is
// the count of the first gram. Every place of A_i holds overlap i, and so
// does every place where gram i+1 starts: of the overlaps[i] places of
// the overlap, at least |A_i| + pieces[i+1] − overlaps[i] are both, and
// each of those ends the prefix that ends with gram i+1. So |A_{i+1}| ≥
// max(|A_i|, 0) + pieces[i+1] − overlaps[i], and the term occurs when the
// bound for the whole term is above zero. The same runs from the last
// gram backwards, and either proves it. A saturated overlap count (255)
// proves nothing; a saturated gram count is still a lower bound.
func flows(n int, pieces, overlaps [][]uint8) bool {
	m := len(pieces)
	fw, bw := int(pieces[0][n]), int(pieces[m-1][n])
	for i := 1; i < m; i++ {
		j := m - 1 - i
		if overlaps[i-1][n] == 255 {
			return false
		}
		fw = max(fw, 0) + int(pieces[i][n]) - int(overlaps[i-1][n])
		bw = max(bw, 0) + int(pieces[j][n]) - int(overlaps[j][n])
	}
	return fw > 0 || bw > 0
}

// Postings returns the postings whose intersection holds a term's
// candidates in seg: its character's, its pair's, or those of its distinct
// pairs, smallest first. It returns none when some gram occurs nowhere.
func Postings(seg *segfile.Segment, norm string) ([]segfile.Posting, error) {
	return newGrams(seg).postings(norm)
}

// grams looks up the postings of a segment's characters, pairs and kept
// trigrams, each once: a term's candidates and the counts that prove its
// matches read the same grams.
type grams struct {
	seg *segfile.Segment
	got map[string]gram
}

// gram is a looked-up posting, found or not.
type gram struct {
	p     segfile.Posting
	found bool
}

func newGrams(seg *segfile.Segment) *grams {
	return &grams{seg: seg, got: map[string]gram{}}
}

// term is seg.Term, remembered.
func (g *grams) term(s string) (segfile.Posting, bool, error) {
	if r, ok := g.got[s]; ok {
		return r.p, r.found, nil
	}
	p, found, err := g.seg.Term(s)
	if err != nil {
		return segfile.Posting{}, false, err
	}
	g.got[s] = gram{p, found}
	return p, found, nil
}

// cover is coverOf for rs in the segment: the trigrams it keeps.
func (g *grams) cover(rs []rune) ([]piece, error) {
	var err error
	return coverOf(len(rs), func(i int) bool {
		if err != nil {
			return false
		}
		_, found, e := g.term(string(rs[i : i+3]))
		err = e
		return found
	}), err
}

// postings is Postings.
func (g *grams) postings(norm string) ([]segfile.Posting, error) {
	rs := []rune(norm)
	if len(rs) == 0 {
		return nil, nil
	}
	if len(rs) == 1 {
		p, ok, err := g.term(norm)
		if !ok || err != nil {
			return nil, err
		}
		return []segfile.Posting{p}, nil
	}
	var out []segfile.Posting
	seen := map[string]bool{}
	for i := 1; i < len(rs); i++ {
		pair := string(rs[i-1 : i+1])
		if seen[pair] {
			continue
		}
		seen[pair] = true
		p, ok, err := g.term(pair)
		if !ok || err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b segfile.Posting) int {
		return a.Len() - b.Len()
	})
	return out, nil
}

// All returns every live paragraph of each view.
func All(views []View) Hits {
	out := make(Hits, len(views))
	for i, v := range views {
		bm := roaring.New()
		bm.AddRange(0, uint64(v.Seg.Len()))
		out[i] = v.live(bm)
	}
	return out
}

// contains is strings.Contains(text, norm) for a term as the segment
// stores texts (coded, or UTF-8 in version 4), looking for its byte at,
// the rarest in the texts (charcode.Index).
func contains(text, norm string, at int) bool {
	return charcode.Index(text, norm, at) >= 0
}
