package index

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

// The exact-match engine. Every paragraph's normalized text is kept in
// memory with an inverted index of its characters and character pairs, one
// compressed bitmap of paragraph numbers each (no positions). A term of one
// character is answered by its character's bitmap, of two by its pair's;
// a longer term intersects the bitmaps of its pairs and then verifies each
// candidate with a substring match on the normalized text. The result is
// exactly the set of paragraphs that contain the term after normalization:
// nothing missed, nothing extra. Filters and facets are bitmaps too, so
// counts are exact and cost a bitmap AND rather than a visit per hit.

// facet fields, in the contract's order.
const (
	fProvince = iota
	fCity
	fDistrict
	fYear
	fSection
	fDocType
	numFacets
)

var facetNames = [numFacets]string{"province", "city", "district", "year", "section", "doc_type"}

// paraRec is one paragraph in memory.
type paraRec struct {
	doc    uint32
	pos    uint32
	kind   string
	text   string
	norm   string
	path   uint32 // index into engine.paths
	bounds []byte // bitset over norm's bytes: a gse word starts here
}

// facetField holds, for one field, each value's bitmap and each
// paragraph's value.
type facetField struct {
	values  []string
	bitmaps []*roaring.Bitmap
	byValue map[string]int
	ofPara  []uint32
}

// engine is the immutable in-memory search structure of one generation.
type engine struct {
	docs      []govsearch.Document
	docNorm   []string // normalized titles
	docByID   map[string]uint32
	docParas  [][2]uint32 // first and one-past-last paragraph of each doc
	paras     []paraRec
	paths     [][]string
	pathNorm  []string // normalized section titles, joined
	paraByID  map[string]uint32
	uni       map[rune]*roaring.Bitmap
	bi        map[uint64]*roaring.Bitmap
	all       *roaring.Bitmap
	headings  *roaring.Bitmap
	facets    [numFacets]facetField
	avgLen    float64
	dateOrder []uint32 // paragraph → rank by document date, newest first
}

// newEngine builds the engine from a snapshot.
func newEngine(s *snapshot) *engine {
	e := &engine{
		docs:     s.Docs,
		docByID:  make(map[string]uint32, len(s.Docs)),
		paths:    s.Paths,
		paraByID: make(map[string]uint32, len(s.Paras)),
		uni:      make(map[rune]*roaring.Bitmap),
		bi:       make(map[uint64]*roaring.Bitmap),
		all:      roaring.New(),
		headings: roaring.New(),
	}
	for i, d := range s.Docs {
		e.docByID[d.ID] = uint32(i)
		e.docNorm = append(e.docNorm, segment.Normalize(d.Title))
	}
	for _, p := range s.Paths {
		var b strings.Builder
		for _, t := range p {
			b.WriteString(segment.Normalize(t))
			b.WriteByte(0)
		}
		e.pathNorm = append(e.pathNorm, b.String())
	}
	for f := range e.facets {
		e.facets[f].byValue = map[string]int{}
	}
	e.docParas = make([][2]uint32, len(s.Docs))
	e.paras = make([]paraRec, len(s.Paras))
	var totalLen int
	seenUni := map[rune]bool{}
	seenBi := map[uint64]bool{}
	for i, sp := range s.Paras {
		ord := uint32(i)
		p := paraRec{doc: sp.Doc, pos: sp.Position, kind: sp.Kind, text: sp.Text, path: sp.Path, bounds: sp.Bounds}
		p.norm = segment.Normalize(sp.Text)
		e.paras[i] = p
		totalLen += utf8.RuneCountInString(p.norm)
		e.all.Add(ord)
		if p.kind == govsearch.KindHeading {
			e.headings.Add(ord)
		}
		d := &e.docs[p.doc]
		e.paraByID[paragraphID(d.ID, int(p.pos))] = ord
		if e.docParas[p.doc][1] == 0 {
			e.docParas[p.doc][0] = ord
		}
		e.docParas[p.doc][1] = ord + 1
		section := ""
		if path := e.paths[p.path]; len(path) > 0 {
			section = path[0]
		}
		year := ""
		if d.Year != 0 {
			year = strconv.Itoa(int(d.Year))
		}
		for f, v := range [numFacets]string{d.Province, d.City, d.District, year, section, d.DocType} {
			e.facets[f].add(ord, v)
		}
		// Grams: each distinct character and pair once per paragraph.
		clear(seenUni)
		clear(seenBi)
		var prev rune = -1
		for _, r := range p.norm {
			if !seenUni[r] {
				seenUni[r] = true
				bm := e.uni[r]
				if bm == nil {
					bm = roaring.New()
					e.uni[r] = bm
				}
				bm.Add(ord)
			}
			if prev >= 0 {
				k := pairKey(prev, r)
				if !seenBi[k] {
					seenBi[k] = true
					bm := e.bi[k]
					if bm == nil {
						bm = roaring.New()
						e.bi[k] = bm
					}
					bm.Add(ord)
				}
			}
			prev = r
		}
	}
	for _, bm := range e.uni {
		bm.RunOptimize()
	}
	for _, bm := range e.bi {
		bm.RunOptimize()
	}
	if len(e.paras) > 0 {
		e.avgLen = float64(totalLen) / float64(len(e.paras))
	}
	e.dateOrder = dateOrder(e)
	return e
}

func (f *facetField) add(ord uint32, v string) {
	k, ok := f.byValue[v]
	if !ok {
		k = len(f.values)
		f.byValue[v] = k
		f.values = append(f.values, v)
		f.bitmaps = append(f.bitmaps, roaring.New())
	}
	f.bitmaps[k].Add(ord)
	f.ofPara = append(f.ofPara, uint32(k))
}

func pairKey(a, b rune) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// dateOrder ranks paragraphs by document date, newest first, then by
// document and position, so sort=date pages are stable.
func dateOrder(e *engine) []uint32 {
	docRank := make([]int, len(e.docs))
	idx := make([]int, len(e.docs))
	for i := range idx {
		idx[i] = i
	}
	sortStable(idx, func(a, b int) bool {
		da, db := e.docs[a].Date, e.docs[b].Date
		if da != db {
			return da > db // unknown dates ("") last
		}
		return e.docs[a].ID < e.docs[b].ID
	})
	for r, d := range idx {
		docRank[d] = r
	}
	order := make([]int, len(e.paras))
	for i := range order {
		order[i] = i
	}
	sortStable(order, func(a, b int) bool {
		ra, rb := docRank[e.paras[a].doc], docRank[e.paras[b].doc]
		if ra != rb {
			return ra < rb
		}
		return e.paras[a].pos < e.paras[b].pos
	})
	rank := make([]uint32, len(e.paras))
	for r, p := range order {
		rank[p] = uint32(r)
	}
	return rank
}

// termBitmap returns the paragraphs whose normalized text contains the
// normalized term. The bitmap may be shared: callers must not modify it.
func (e *engine) termBitmap(ctx context.Context, norm string) (*roaring.Bitmap, error) {
	rs := []rune(norm)
	switch len(rs) {
	case 0:
		return roaring.New(), nil
	case 1:
		if bm := e.uni[rs[0]]; bm != nil {
			return bm, nil
		}
		return roaring.New(), nil
	case 2:
		if bm := e.bi[pairKey(rs[0], rs[1])]; bm != nil {
			return bm, nil
		}
		return roaring.New(), nil
	}
	// Intersect the distinct pairs, rarest first.
	var lists []*roaring.Bitmap
	seen := map[uint64]bool{}
	for i := 1; i < len(rs); i++ {
		k := pairKey(rs[i-1], rs[i])
		if seen[k] {
			continue
		}
		seen[k] = true
		bm := e.bi[k]
		if bm == nil {
			return roaring.New(), nil
		}
		lists = append(lists, bm)
	}
	sortStable(lists, func(a, b *roaring.Bitmap) bool { return a.GetCardinality() < b.GetCardinality() })
	cand := lists[0].Clone()
	for _, bm := range lists[1:] {
		cand.And(bm)
		if cand.IsEmpty() {
			return cand, nil
		}
	}
	// Verify: the pairs can all occur without forming the term.
	out := roaring.New()
	it := cand.Iterator()
	n := 0
	for it.HasNext() {
		ord := it.Next()
		if n++; n&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if strings.Contains(e.paras[ord].norm, norm) {
			out.Add(ord)
		}
	}
	return out, nil
}

// filterBitmap returns the paragraphs that pass the filters, or nil when
// there are none.
func (e *engine) filterBitmap(f govsearch.Filters) *roaring.Bitmap {
	var result *roaring.Bitmap
	and := func(bm *roaring.Bitmap) {
		if result == nil {
			result = bm
		} else {
			result = roaring.And(result, bm)
		}
	}
	fields := []struct {
		field  int
		values []string
	}{{fProvince, f.Province}, {fCity, f.City}, {fDistrict, f.District}, {fSection, f.Section}, {fDocType, f.DocType}}
	for _, fv := range fields {
		if len(fv.values) == 0 {
			continue
		}
		ff := &e.facets[fv.field]
		union := roaring.New()
		for _, v := range fv.values {
			if k, ok := ff.byValue[v]; ok {
				union.Or(ff.bitmaps[k])
			}
		}
		and(union)
	}
	if len(f.Year) > 0 {
		ff := &e.facets[fYear]
		union := roaring.New()
		for k, v := range ff.values {
			y, err := strconv.Atoi(v)
			if err != nil {
				continue
			}
			for _, r := range f.Year {
				if y >= r.From && y <= r.To {
					union.Or(ff.bitmaps[k])
					break
				}
			}
		}
		and(union)
	}
	return result
}

// facetCounts counts hits per value of every field, exactly.
func (e *engine) facetCounts(hits *roaring.Bitmap) *govsearch.Facets {
	var out [numFacets][]govsearch.FacetCount
	total := hits.GetCardinality()
	for f := range e.facets {
		ff := &e.facets[f]
		counts := make([]int, len(ff.values))
		if len(ff.values) <= 64 || total > uint64(len(ff.values))*64 {
			for k, bm := range ff.bitmaps {
				counts[k] = int(hits.AndCardinality(bm))
			}
		} else {
			hits.Iterate(func(ord uint32) bool {
				counts[ff.ofPara[ord]]++
				return true
			})
		}
		for k, c := range counts {
			if c > 0 {
				out[f] = append(out[f], govsearch.FacetCount{Value: ff.values[k], Count: c})
			}
		}
		sortStable(out[f], func(a, b govsearch.FacetCount) bool {
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			return a.Value < b.Value
		})
		if out[f] == nil {
			out[f] = []govsearch.FacetCount{}
		}
	}
	return &govsearch.Facets{
		Province: out[fProvince], City: out[fCity], District: out[fDistrict],
		Year: out[fYear], Section: out[fSection], DocType: out[fDocType],
	}
}

func paragraphID(docID string, pos int) string { return docID + "-p" + strconv.Itoa(pos) }
