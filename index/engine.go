package index

import (
	"context"
	"runtime"
	"slices"
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
	fLevel
	numFacets
)

var facetNames = [numFacets]string{"province", "city", "district", "year", "section", "doc_type", "level"}

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
	docs     []govsearch.Document
	docNorm  []string // normalized titles
	docByID  map[string]uint32
	docParas [][2]uint32 // first and one-past-last paragraph of each doc
	paras    []paraRec
	paths    [][]string
	// opener is, for each paragraph, the paragraph that opened its
	// innermost section (its heading, or the paragraph a heading ran into);
	// -1 before the first heading.
	opener    []int32
	paraByID  map[string]uint32
	uni       map[rune]*posting
	bi        map[uint64]*posting
	plen      []uint16 // normalized length in runes, capped
	docOf     []uint32 // document of each paragraph
	isHeading []bool
	cache     *lru[*roaring.Bitmap] // verified bitmaps of long terms
	results   *lru[*govsearch.Result]
	facets    [numFacets]facetField
	avgLen    float64
	chars     int64    // total normalized length of the paragraphs, in runes
	dateOrder []uint32 // paragraph → rank by document date, newest first
}

// newEngine builds the engine from a snapshot.
func newEngine(s *snapshot) *engine {
	e := &engine{
		docs:     s.Docs,
		docByID:  make(map[string]uint32, len(s.Docs)),
		paths:    s.Paths,
		paraByID: make(map[string]uint32, len(s.Paras)),
		uni:      make(map[rune]*posting),
		bi:       make(map[uint64]*posting),
		cache:    newLRU[*roaring.Bitmap](512),
		results:  newLRU[*govsearch.Result](256),
	}
	for i, d := range s.Docs {
		e.docByID[d.ID] = uint32(i)
		e.docNorm = append(e.docNorm, segment.Normalize(d.Title))
	}
	for f := range e.facets {
		e.facets[f].byValue = map[string]int{}
	}
	e.docParas = make([][2]uint32, len(s.Docs))
	e.paras = make([]paraRec, len(s.Paras))
	var totalLen int
	e.plen = make([]uint16, len(s.Paras))
	e.docOf = make([]uint32, len(s.Paras))
	e.isHeading = make([]bool, len(s.Paras))
	e.opener = make([]int32, len(s.Paras))
	// Normalizing and collecting postings run on every core, each over a
	// range of paragraphs; the ranges' postings are then joined in order.
	workers := max(1, min(runtime.GOMAXPROCS(0), len(s.Paras)/5000+1))
	parts := make([]*gramPart, workers)
	chunk := (len(s.Paras) + workers - 1) / workers
	parallel(workers, workers, func(w int) {
		parts[w] = collectGrams(s.Paras, w*chunk, min(len(s.Paras), (w+1)*chunk))
	})
	for i, sp := range s.Paras {
		ord := uint32(i)
		// A paragraph whose section path differs from the one before it
		// opens a section (it is the heading, or the paragraph a heading
		// ran into); the paragraphs after it share its opener.
		switch {
		case len(s.Paths[sp.Path]) == 0:
			e.opener[i] = -1
		case i > 0 && s.Paras[i-1].Doc == sp.Doc && s.Paras[i-1].Path == sp.Path:
			e.opener[i] = e.opener[i-1]
		default:
			e.opener[i] = int32(i)
		}
		p := paraRec{doc: sp.Doc, pos: sp.Position, kind: sp.Kind, text: sp.Text, path: sp.Path, bounds: sp.Bounds}
		p.norm = parts[i/chunk].norms[i-(i/chunk)*chunk]
		e.paras[i] = p
		n := utf8.RuneCountInString(p.norm)
		totalLen += n
		e.plen[i] = uint16(min(n, 65535))
		e.docOf[i] = sp.Doc
		e.isHeading[i] = p.kind == govsearch.KindHeading
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
		level := d.Level
		if level == "" {
			level = govsearch.LevelUnknown
		}
		for f, v := range [numFacets]string{d.Province, d.City, d.District, year, section, d.DocType, level} {
			e.facets[f].add(ord, v)
		}
	}
	e.uni, e.bi = joinGrams(parts)
	if len(e.paras) > 0 {
		e.avgLen = float64(totalLen) / float64(len(e.paras))
	}
	e.chars = int64(totalLen)
	e.dateOrder = dateOrder(e)
	return e
}

// gramPart holds the normalized texts and the postings of a range of
// paragraphs. Postings are collected as sorted lists with a count of
// occurrences (paragraphs come in order, so a repeat within a paragraph is
// the list's last element) and turned into bitmaps at the end: much
// cheaper than adding to bitmaps one by one.
type gramPart struct {
	norms  []string
	uniIdx map[rune]int32
	biIdx  map[uint64]int32
	uni    []postingList
	bi     []postingList
}

func collectGrams(paras []storedPara, lo, hi int) *gramPart {
	g := &gramPart{norms: make([]string, 0, hi-lo), uniIdx: map[rune]int32{}, biIdx: map[uint64]int32{}}
	for i := lo; i < hi; i++ {
		ord := uint32(i)
		norm := segment.Normalize(paras[i].Text)
		g.norms = append(g.norms, norm)
		var prev rune = -1
		for _, r := range norm {
			k, ok := g.uniIdx[r]
			if !ok {
				k = int32(len(g.uni))
				g.uniIdx[r] = k
				g.uni = append(g.uni, postingList{})
			}
			g.uni[k].add(ord)
			if prev >= 0 {
				key := pairKey(prev, r)
				k, ok := g.biIdx[key]
				if !ok {
					k = int32(len(g.bi))
					g.biIdx[key] = k
					g.bi = append(g.bi, postingList{})
				}
				g.bi[k].add(ord)
			}
			prev = r
		}
	}
	return g
}

// joinGrams joins the parts' postings, which cover increasing ranges of
// paragraphs, into one posting per gram.
func joinGrams(parts []*gramPart) (map[rune]*posting, map[uint64]*posting) {
	uni := map[rune]*posting{}
	bi := map[uint64]*posting{}
	var uniKeys []rune
	var biKeys []uint64
	seenUni := map[rune]bool{}
	seenBi := map[uint64]bool{}
	for _, p := range parts {
		for r := range p.uniIdx {
			if !seenUni[r] {
				seenUni[r] = true
				uniKeys = append(uniKeys, r)
			}
		}
		for k := range p.biIdx {
			if !seenBi[k] {
				seenBi[k] = true
				biKeys = append(biKeys, k)
			}
		}
	}
	join := func(lists []postingList) *posting {
		if len(lists) == 1 {
			return lists[0].posting()
		}
		var all postingList
		for _, l := range lists {
			all.ords = append(all.ords, l.ords...)
			all.tf = append(all.tf, l.tf...)
		}
		return all.posting()
	}
	gather := func(get func(p *gramPart) (postingList, bool)) *posting {
		var lists []postingList
		for _, p := range parts {
			if l, ok := get(p); ok {
				lists = append(lists, l)
			}
		}
		return join(lists)
	}
	uniPosts := make([]*posting, len(uniKeys))
	biPosts := make([]*posting, len(biKeys))
	workers := runtime.GOMAXPROCS(0)
	parallel(workers, workers, func(w int) {
		for i := w; i < len(uniKeys); i += workers {
			r := uniKeys[i]
			uniPosts[i] = gather(func(p *gramPart) (postingList, bool) {
				k, ok := p.uniIdx[r]
				if !ok {
					return postingList{}, false
				}
				return p.uni[k], true
			})
		}
		for i := w; i < len(biKeys); i += workers {
			key := biKeys[i]
			biPosts[i] = gather(func(p *gramPart) (postingList, bool) {
				k, ok := p.biIdx[key]
				if !ok {
					return postingList{}, false
				}
				return p.bi[k], true
			})
		}
	})
	for i, r := range uniKeys {
		uni[r] = uniPosts[i]
	}
	for i, key := range biKeys {
		bi[key] = biPosts[i]
	}
	return uni, bi
}

// posting is the set of paragraphs that contain a character or pair, with
// the number of times each contains it (in bitmap order, saturating at 255).
type posting struct {
	bm *roaring.Bitmap
	tf []uint8
}

// postingList collects a posting in paragraph order.
type postingList struct {
	ords []uint32
	tf   []uint8
}

func (l *postingList) add(ord uint32) {
	if n := len(l.ords); n > 0 && l.ords[n-1] == ord {
		if l.tf[n-1] < 255 {
			l.tf[n-1]++
		}
		return
	}
	l.ords = append(l.ords, ord)
	l.tf = append(l.tf, 1)
}

func (l *postingList) posting() *posting {
	bm := roaring.New()
	bm.AddMany(l.ords)
	bm.RunOptimize()
	return &posting{bm: bm, tf: slices.Clip(l.tf)}
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

// termPostings returns the postings whose intersection holds a term's
// candidates: its character, its pair, or its distinct pairs, rarest first.
// It returns nil when some gram occurs nowhere.
func (e *engine) termPostings(rs []rune) []*posting {
	switch len(rs) {
	case 0:
		return nil
	case 1:
		if p := e.uni[rs[0]]; p != nil {
			return []*posting{p}
		}
		return nil
	}
	var out []*posting
	seen := map[uint64]bool{}
	for i := 1; i < len(rs); i++ {
		k := pairKey(rs[i-1], rs[i])
		if seen[k] {
			continue
		}
		seen[k] = true
		p := e.bi[k]
		if p == nil {
			return nil
		}
		out = append(out, p)
	}
	sortStable(out, func(a, b *posting) bool { return a.bm.GetCardinality() < b.bm.GetCardinality() })
	return out
}

// termBitmap returns the paragraphs whose normalized text contains the
// normalized term. The bitmap may be shared: callers must not modify it.
// useCache false (a request with Cache-Control: no-cache) neither reads
// nor fills the cache of verified terms, so the caller pays the real cost.
func (e *engine) termBitmap(ctx context.Context, norm string, useCache bool) (*roaring.Bitmap, error) {
	if useCache {
		if bm, ok := e.cache.get(norm); ok {
			return bm, nil
		}
	}
	rs := []rune(norm)
	posts := e.termPostings(rs)
	if posts == nil {
		return roaring.New(), nil
	}
	if len(rs) <= 2 {
		return posts[0].bm, nil
	}
	cand := posts[0].bm.Clone()
	for _, p := range posts[1:] {
		cand.And(p.bm)
		if cand.IsEmpty() {
			return cand, nil
		}
	}
	// Verify: the pairs can all occur without forming the term.
	out := roaring.New()
	buf := make([]uint32, 256)
	it := cand.ManyIterator()
	for n := it.NextMany(buf); n > 0; n = it.NextMany(buf) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for _, ord := range buf[:n] {
			if strings.Contains(e.paras[ord].norm, norm) {
				out.Add(ord)
			}
		}
	}
	out.RunOptimize()
	if useCache {
		e.cache.put(norm, out)
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
	}{{fProvince, f.Province}, {fCity, f.City}, {fDistrict, f.District}, {fSection, f.Section}, {fDocType, f.DocType}, {fLevel, f.Level}}
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

// facetCounts counts hits per value of every field, exactly: a bitmap AND
// per value for fields with few values, one pass over the hits for the
// others.
func (e *engine) facetCounts(hits *roaring.Bitmap) *govsearch.Facets {
	var out [numFacets][]govsearch.FacetCount
	total := hits.GetCardinality()
	counts := make([][]int, numFacets)
	var scan []int
	// Dense hit sets: a bitmap AND per value costs less than visiting each
	// hit, for fields with few values. Everything else: one pass over the
	// hits per field.
	dense := total*16 > uint64(len(e.paras))
	for f := range e.facets {
		ff := &e.facets[f]
		counts[f] = make([]int, len(ff.values))
		if dense && len(ff.values) <= 64 {
			for k, bm := range ff.bitmaps {
				counts[f][k] = int(hits.AndCardinality(bm))
			}
		} else {
			scan = append(scan, f)
		}
	}
	// Each scanned field is one pass over the hits, on its own core; the
	// values it meets are noted, so that a field with many values (section
	// titles) is not read whole to report a few.
	touched := make([][]uint32, numFacets)
	scanned := make([]bool, numFacets)
	for _, f := range scan {
		scanned[f] = true
	}
	parallel(len(scan), runtime.GOMAXPROCS(0), func(i int) {
		f := scan[i]
		c, of := counts[f], e.facets[f].ofPara
		var seen []uint32
		buf := make([]uint32, 1024)
		it := hits.ManyIterator()
		for n := it.NextMany(buf); n > 0; n = it.NextMany(buf) {
			for _, ord := range buf[:n] {
				k := of[ord]
				if c[k] == 0 {
					seen = append(seen, k)
				}
				c[k]++
			}
		}
		touched[f] = seen
	})
	for _, f := range scan {
		ff := &e.facets[f]
		for _, k := range touched[f] {
			out[f] = append(out[f], govsearch.FacetCount{Value: ff.values[k], Count: counts[f][k]})
		}
	}
	for f := range e.facets {
		ff := &e.facets[f]
		if !scanned[f] {
			for k, c := range counts[f] {
				if c > 0 {
					out[f] = append(out[f], govsearch.FacetCount{Value: ff.values[k], Count: c})
				}
			}
		}
		slices.SortFunc(out[f], func(a, b govsearch.FacetCount) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			return strings.Compare(a.Value, b.Value)
		})
		if out[f] == nil {
			out[f] = []govsearch.FacetCount{}
		}
	}
	return &govsearch.Facets{
		Province: out[fProvince], City: out[fCity], District: out[fDistrict],
		Year: out[fYear], Section: out[fSection], DocType: out[fDocType], Level: out[fLevel],
	}
}

func paragraphID(docID string, pos int) string { return docID + "-p" + strconv.Itoa(pos) }
