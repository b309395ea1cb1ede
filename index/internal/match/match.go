// Package match finds, in a set of segments, the paragraphs whose
// normalized text contains a term, exactly: candidates are the
// intersection of the postings of the term's character pairs (or its one
// character), and each candidate is verified by a substring match on its
// normalized text. It also filters and counts facets by the segments'
// columns. Deleted paragraphs never match.
//
// Results are per segment (Hits), in the segments' own paragraph
// numbers; the bitmaps may share memory with the mapped segments, so
// they must not be used after the segments are closed.
package match

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch/index/internal/par"
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
func Term(ctx context.Context, views []View, norm string) (Hits, error) {
	out := make(Hits, len(views))
	err := par.DoErr(len(views), runtime.GOMAXPROCS(0), func(i int) error {
		var err error
		out[i], err = term(ctx, views[i], norm)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func term(ctx context.Context, v View, norm string) (*roaring.Bitmap, error) {
	posts, err := Postings(v.Seg, norm)
	if err != nil || len(posts) == 0 {
		return roaring.New(), err
	}
	cand := posts[0].Bitmap.Clone()
	for _, p := range posts[1:] {
		cand.And(p.Bitmap)
	}
	v.live(cand)
	if utf8.RuneCountInString(norm) <= 2 {
		return cand, nil // one or two characters: the posting is exact
	}
	// Verify: the pairs can all occur without forming the term. The
	// texts are read as stored, coded: the coded term occurs in a coded
	// text exactly where the term occurs in the text.
	code := v.Seg.NormCode()
	coded := code.Encode(norm)
	pivot := code.Pivot(coded)
	out := roaring.New()
	buf := make([]uint32, 256)
	it := cand.ManyIterator()
	for n := it.NextMany(buf); n > 0; n = it.NextMany(buf) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		err := v.Seg.CodedNorms(buf[:n], func(ord uint32, text string) {
			if contains(text, coded, pivot) {
				out.Add(ord)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	out.RunOptimize()
	return out, nil
}

// Postings returns the postings whose intersection holds a term's
// candidates in seg: its character's, its pair's, or those of its distinct
// pairs, smallest first. It returns none when some gram occurs nowhere.
func Postings(seg *segfile.Segment, norm string) ([]segfile.Posting, error) {
	rs := []rune(norm)
	if len(rs) == 0 {
		return nil, nil
	}
	if len(rs) == 1 {
		p, ok, err := seg.Term(norm)
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
		p, ok, err := seg.Term(pair)
		if !ok || err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b segfile.Posting) int {
		return int(a.Bitmap.GetCardinality()) - int(b.Bitmap.GetCardinality())
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

// contains is strings.Contains(text, term) for a term not empty, faster
// for a good choice of pivot, the place in term of the byte to look for:
// strings.Index looks for the term's first byte, and in UTF-8 the lead
// bytes of CJK characters are few (a quarter of the text starts with
// 0xe8 or so), so it stops at nearly every character; in the segments'
// character code (package charcode) the first byte of a term is often a
// frequent character's. The code says which byte of a term is rarest in
// the texts (Code.Pivot; in UTF-8, the last byte of a CJK character,
// spread over 64 values): looking for it stops far less often.
func contains(text, term string, pivot int) bool {
	n := len(term)
	c := term[pivot]
	for at := pivot; at < len(text); at++ {
		i := strings.IndexByte(text[at:], c)
		if i < 0 {
			return false
		}
		at += i
		if start := at - pivot; start+n <= len(text) && text[start:start+n] == term {
			return true
		}
	}
	return false
}
