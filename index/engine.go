package index

import (
	"context"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/charcode"
	"github.com/govsearch/govsearch/index/internal/facet"
	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/par"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/snapshot"
	"github.com/govsearch/govsearch/segment"
)

// The exact-match engine. A snapshot's segments (package segfile) hold,
// mapped from their files, an inverted index of every character and
// character pair of the paragraphs' normalized text (one compressed bitmap
// of paragraphs each, no positions) and the normalized text itself. A term
// of one character is answered by its character's bitmap, of two by its
// pair's; a longer term intersects the bitmaps of its pairs and of the
// frequent trigrams the segment keeps, and then verifies each candidate
// the counts do not prove with a substring match on the normalized text
// (package match). The result is exactly the set of paragraphs that
// contain the term after normalization: nothing missed, nothing extra.
//
// The engine numbers the paragraphs of all segments in one space: segment
// i's paragraph k is base(i)+k, each base a multiple of 65536 so that a
// segment's bitmap moves into that space by relabelling its containers.
// Per paragraph it keeps, in memory, only what ranking reads for every
// hit (length, document, position, heading, section opener) and each
// facet field's value; filters and facets are bitmaps in that space, so
// counts are exact and cost a bitmap AND rather than a visit per hit.

// numFacets is the number of facet fields, which govsearch.FacetFields
// declares; the engine's arrays of fields follow its order.
const numFacets = govsearch.NumFacets

// facetNames returns the facet fields' names, in order: the fields of a
// segment.
func facetNames() []string { return govsearch.FacetNames() }

// facetValues returns a paragraph's facet values, in the fields' order.
func facetValues(d *govsearch.Document, sectionPath []string) []string {
	out := make([]string, 0, numFacets)
	for _, f := range govsearch.FacetFields() {
		out = append(out, f.Value(d, sectionPath))
	}
	return out
}

// segRef is one segment of the engine's snapshot.
type segRef struct {
	seg     *segfile.Segment
	deleted *roaring.Bitmap // nil or empty for none
	base    uint32          // number of its first paragraph in the engine
	docBase uint32          // number of its first document in the engine
}

// engine is the immutable search structure of one snapshot.
type engine struct {
	segs []segRef
	// segAt maps ord>>16 to the index of the segment that holds ord.
	segAt []uint16
	live  *roaring.Bitmap // every live paragraph
	nOrd  int             // size of the paragraph number space
	nLive int             // live paragraphs
	docs  []govsearch.Document
	// docLive says whether a document has live paragraphs; only those are
	// listed and found by ID.
	docLive []bool
	docNorm []string // normalized titles
	// titles is docNorm joined with NUL separators (which no normalized
	// term contains) and titleStart the offset of each title in it, so
	// that the titles containing a term are found with one scan.
	titles     string
	titleStart []int
	titleBytes charcode.Freq // how often each byte occurs in titles
	docByID    map[string]uint32
	docParas   [][2]uint32 // first and one-past-last paragraph of each doc
	// docRank is each document's place in date order, newest first.
	docRank []uint32
	// opener is, for each paragraph, the paragraph that opened its
	// innermost section (its heading, or the paragraph a heading ran into);
	// -1 before the first heading.
	opener    []int32
	plen      []uint16 // normalized length in runes, capped
	pos       []uint32 // position in its document
	docOf     []uint32 // document of each paragraph
	isHeading []bool
	cache     *lru[*roaring.Bitmap] // verified bitmaps of terms
	results   *lru[*govsearch.Result]
	facets    [numFacets]*facet.Field
	avgLen    float64
	chars     int64 // total normalized length of the live paragraphs, in runes
}

// segmentBase rounds n up to the next multiple of 65536.
func segmentBase(n uint64) uint32 { return uint32((n + 0xffff) &^ 0xffff) }

// newEngine builds the engine of a snapshot, which the caller holds for
// as long as the engine is used.
func newEngine(sn *snapshot.Snapshot) (*engine, error) {
	e := &engine{
		docByID: map[string]uint32{},
		cache:   newLRU[*roaring.Bitmap](512),
		results: newLRU[*govsearch.Result](256),
		live:    roaring.New(),
	}
	var next uint64
	for i := 0; i < sn.Len(); i++ {
		_, seg, del := sn.Segment(i)
		if next+uint64(seg.Len()) > 1<<32-1 {
			return nil, govsearch.Errorf(govsearch.EInternal, "index holds more than 2^32 paragraphs")
		}
		e.segs = append(e.segs, segRef{seg: seg, deleted: del, base: uint32(next), docBase: uint32(len(e.docs))})
		for k := 0; k < seg.Len(); k += 1 << 16 {
			e.segAt = append(e.segAt, uint16(i))
		}
		next = uint64(segmentBase(next + uint64(seg.Len())))
		e.docs = append(e.docs, make([]govsearch.Document, seg.Stats().Documents)...)
	}
	e.nOrd = int(next)
	n := e.nOrd
	e.plen, e.pos, e.docOf = make([]uint16, n), make([]uint32, n), make([]uint32, n)
	e.isHeading, e.opener = make([]bool, n), make([]int32, n)
	e.docLive, e.docParas = make([]bool, len(e.docs)), make([][2]uint32, len(e.docs))
	e.docNorm = make([]string, len(e.docs))
	// Each segment's documents and paragraph records are read on its own
	// core.
	chars := make([]int64, len(e.segs))
	if err := par.DoErr(len(e.segs), runtime.GOMAXPROCS(0), func(i int) error {
		if err := e.readDocuments(i); err != nil {
			return err
		}
		var err error
		chars[i], err = e.readRecords(i)
		return err
	}); err != nil {
		return nil, err
	}
	var totalLen int64
	for i, s := range e.segs {
		live := roaring.New()
		live.AddRange(uint64(s.base), uint64(s.base)+uint64(s.seg.Len()))
		if s.deleted != nil && !s.deleted.IsEmpty() {
			live.AndNot(roaring.AddOffset64(s.deleted, int64(s.base)))
		}
		e.live.Or(live)
		totalLen += chars[i]
	}
	e.nLive = int(e.live.GetCardinality())
	if e.nLive > 0 {
		e.avgLen = float64(totalLen) / float64(e.nLive)
	}
	e.chars = totalLen
	for d := range e.docs {
		if e.docLive[d] {
			e.docByID[e.docs[d].ID] = uint32(d)
		}
	}
	if err := e.readFacets(); err != nil {
		return nil, err
	}
	e.docRank = dateRanks(e.docs)
	e.joinTitles()
	return e, nil
}

// joinTitles builds titles and titleStart from docNorm.
func (e *engine) joinTitles() {
	var b strings.Builder
	e.titleStart = make([]int, len(e.docNorm))
	for d, t := range e.docNorm {
		if d > 0 {
			b.WriteByte(0)
		}
		e.titleStart[d] = b.Len()
		b.WriteString(t)
	}
	e.titles = b.String()
	e.titleBytes.Add([]byte(e.titles))
}

// titlesWith returns, per document, whether its normalized title contains
// the normalized term norm: strings.Contains on each title, in one scan
// of all titles.
func (e *engine) titlesWith(norm string) []bool {
	out := make([]bool, len(e.docNorm))
	if norm == "" || strings.IndexByte(norm, 0) >= 0 {
		for d, title := range e.docNorm {
			out[d] = strings.Contains(title, norm)
		}
		return out
	}
	at := e.titleBytes.Rarest(norm)
	for off := 0; off < len(e.titles); {
		i := charcode.Index(e.titles[off:], norm, at)
		if i < 0 {
			break
		}
		// The match lies within one title: norm has no separator.
		d, found := slices.BinarySearch(e.titleStart, off+i)
		if !found {
			d--
		}
		// Titles can be empty, so several can start at one offset: the
		// match is in the last of them.
		for d+1 < len(e.titleStart) && e.titleStart[d+1] <= off+i {
			d++
		}
		out[d] = true
		if d+1 >= len(e.titleStart) {
			break
		}
		off = e.titleStart[d+1]
	}
	return out
}

// readDocuments decodes segment i's documents and normalizes their
// titles.
func (e *engine) readDocuments(i int) error {
	s := e.segs[i]
	for d := 0; d < s.seg.Stats().Documents; d++ {
		doc, err := s.seg.Document(uint32(d))
		if err != nil {
			return err
		}
		e.docs[s.docBase+uint32(d)] = doc
		e.docNorm[s.docBase+uint32(d)] = segment.Normalize(doc.Title)
	}
	return nil
}

// readRecords fills the per-paragraph arrays of segment i and returns the
// normalized characters of its live paragraphs.
func (e *engine) readRecords(i int) (int64, error) {
	s := e.segs[i]
	var chars int64
	var pathErr error
	prevDoc, prevPath := uint32(0), uint32(0)
	err := s.seg.Records(func(k uint32, rec segfile.Record) {
		ord := s.base + k
		doc := s.docBase + rec.Doc
		e.plen[ord] = uint16(min(rec.Length, 65535))
		e.pos[ord] = rec.Position
		e.docOf[ord] = doc
		e.isHeading[ord] = rec.Kind == govsearch.KindHeading
		// A paragraph whose section path differs from the one before it
		// opens a section (it is the heading, or the paragraph a heading
		// ran into); the paragraphs after it share its opener. Before the
		// first heading there is none.
		if k > 0 && prevDoc == rec.Doc && prevPath == rec.Path {
			e.opener[ord] = e.opener[ord-1]
		} else {
			empty, err := s.seg.SectionPathEmpty(rec.Path)
			if err != nil {
				pathErr = err
			}
			e.opener[ord] = int32(ord)
			if empty {
				e.opener[ord] = -1
			}
		}
		prevDoc, prevPath = rec.Doc, rec.Path
		if e.docParas[doc][1] == 0 {
			e.docParas[doc][0] = ord
		}
		e.docParas[doc][1] = ord + 1
		if s.deleted == nil || !s.deleted.Contains(k) {
			e.docLive[doc] = true
			chars += int64(rec.Length)
		}
	})
	if err == nil {
		err = pathErr
	}
	return chars, err
}

// readFacets builds each facet field from the segments, a field per core.
func (e *engine) readFacets() error {
	srcs := make([]facet.Source, len(e.segs))
	for i, s := range e.segs {
		srcs[i] = facet.Source{Seg: s.seg, Deleted: s.deleted, Base: s.base}
	}
	fields := govsearch.FacetFields()
	return par.DoErr(numFacets, runtime.GOMAXPROCS(0), func(f int) error {
		var err error
		e.facets[f], err = facet.Build(fields[f].Name, srcs, e.nOrd)
		return err
	})
}

// dateRanks ranks documents by date, newest first (unknown dates last),
// then by ID, so that sort=date pages are stable.
func dateRanks(docs []govsearch.Document) []uint32 {
	idx := make([]int, len(docs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		if c := strings.Compare(string(docs[b].Date), string(docs[a].Date)); c != 0 {
			return c
		}
		return strings.Compare(docs[a].ID, docs[b].ID)
	})
	rank := make([]uint32, len(docs))
	for r, d := range idx {
		rank[d] = uint32(r)
	}
	return rank
}

// locate returns the segment that holds paragraph ord and ord's number in
// it.
func (e *engine) locate(ord uint32) (segRef, uint32) {
	s := e.segs[e.segAt[ord>>16]]
	return s, ord - s.base
}

// views returns the engine's segments as package match sees them.
func (e *engine) views() []match.View {
	out := make([]match.View, len(e.segs))
	for i, s := range e.segs {
		out[i] = match.View{Seg: s.seg, Deleted: s.deleted}
	}
	return out
}

// termBitmap returns the live paragraphs whose normalized text contains
// the normalized term. The bitmap may be shared: callers must not modify
// it. useCache false (a request with Cache-Control: no-cache) neither
// reads nor fills the cache, so the caller pays the real cost.
func (e *engine) termBitmap(ctx context.Context, norm string, useCache bool) (*roaring.Bitmap, error) {
	if useCache {
		if bm, ok := e.cache.get(norm); ok {
			return bm, nil
		}
	}
	hits, err := match.Term(ctx, e.views(), norm)
	if err != nil {
		return nil, err
	}
	out := e.join(hits)
	if useCache {
		e.cache.put(norm, out)
	}
	return out, nil
}

// join moves the segments' hits into the engine's numbering (a copy of
// each container) and joins them without copying them again: their
// numbers follow one another, so each only appends its containers,
// shared by copy-on-write while joining.
func (e *engine) join(hits match.Hits) *roaring.Bitmap {
	out := roaring.New()
	out.SetCopyOnWrite(true)
	for i, bm := range hits {
		if !bm.IsEmpty() {
			part := roaring.AddOffset64(bm, int64(e.segs[i].base))
			part.SetCopyOnWrite(true)
			out.Or(part)
		}
	}
	out.SetCopyOnWrite(false)
	return out
}

// split is join's inverse: the paragraphs of bm in each segment, in the
// segment's numbering.
func (e *engine) split(bm *roaring.Bitmap) match.Hits {
	out := make(match.Hits, len(e.segs))
	for i, s := range e.segs {
		in := roaring.New()
		in.AddRange(uint64(s.base), uint64(s.base)+uint64(s.seg.Len()))
		in.And(bm)
		out[i] = roaring.AddOffset64(in, -int64(s.base))
	}
	return out
}

// segRuns cuts the ordered hits into the runs that lie in one segment:
// [start, end) in ords each.
func (e *engine) segRuns(ords []uint32) [][2]int {
	var runs [][2]int
	for start := 0; start < len(ords); {
		si := e.segAt[ords[start]>>16]
		end := start
		for end < len(ords) && e.segAt[ords[end]>>16] == si {
			end++
		}
		runs = append(runs, [2]int{start, end})
		start = end
	}
	return runs
}

// termCounts fills out, for the run of ordered hits ords[start:end] in
// one segment, with how often the term occurs in each: the counts kept
// with its grams (exact for one or two characters; for longer terms the
// smallest count among its pairs, an upper bound). Hits without the term
// get 0. out is as long as ords.
func (e *engine) termCounts(norm string, ords []uint32, start, end int, out []uint8) error {
	s := e.segs[e.segAt[ords[start]>>16]]
	out = out[start:end]
	for i := range out {
		out[i] = 255
	}
	local := uint32Pool.Get(end - start)
	defer uint32Pool.Put(local)
	for i, ord := range ords[start:end] {
		local[i] = ord - s.base
	}
	posts, err := match.Postings(s.seg, norm)
	if err != nil {
		return err
	}
	if len(posts) == 0 {
		clear(out)
	}
	for _, p := range posts {
		p.MinCounts(local, out)
	}
	return nil
}

// filterBitmap returns the paragraphs that pass the filters, or nil when
// there are none.
func (e *engine) filterBitmap(f govsearch.Filters) *roaring.Bitmap {
	var result *roaring.Bitmap
	for _, field := range govsearch.FacetFields() {
		ff := e.facets[field.Index]
		var union *roaring.Bitmap
		if field.Index == govsearch.FacetYear {
			if len(f.Year) == 0 {
				continue
			}
			union = ff.Union(yearValues(ff.Values, f.Year))
		} else {
			values := field.Filter(&f)
			if len(values) == 0 {
				continue
			}
			union = ff.Union(values)
		}
		if result == nil {
			result = union
		} else {
			result.And(union)
		}
	}
	return result
}

// yearValues returns the values of the year field within the ranges.
func yearValues(values []string, ranges []govsearch.YearRange) []string {
	var out []string
	for _, v := range values {
		y, err := strconv.Atoi(v)
		if err != nil {
			continue
		}
		for _, r := range ranges {
			if r.Contains(y) {
				out = append(out, v)
				break
			}
		}
	}
	return out
}

// facetCounts counts hits per value of every field, exactly.
func (e *engine) facetCounts(hits *roaring.Bitmap) *govsearch.Facets {
	counts := facet.Count(e.facets[:], hits)
	res := &govsearch.Facets{}
	for _, field := range govsearch.FacetFields() {
		field.SetCounts(res, counts[field.Index])
	}
	return res
}

// paragraph materializes paragraph ord.
func (e *engine) paragraph(ord uint32) (govsearch.Paragraph, error) {
	s, k := e.locate(ord)
	rec, err := s.seg.Record(k)
	if err != nil {
		return govsearch.Paragraph{}, err
	}
	text, err := s.seg.Text(k)
	if err != nil {
		return govsearch.Paragraph{}, err
	}
	path, err := s.seg.SectionPath(rec.Path)
	if err != nil {
		return govsearch.Paragraph{}, err
	}
	d := &e.docs[e.docOf[ord]]
	section := ""
	if len(path) > 0 {
		section = path[0]
	}
	return govsearch.Paragraph{
		ID: paragraphID(d.ID, int(rec.Position)), DocID: d.ID, Position: int(rec.Position), Kind: rec.Kind,
		Text: text, Section: section, SectionPath: path,
	}, nil
}

// liveDocs returns the documents that have live paragraphs.
func (e *engine) liveDocs() []govsearch.Document {
	var out []govsearch.Document
	for d, ok := range e.docLive {
		if ok {
			out = append(out, e.docs[d])
		}
	}
	return out
}

func paragraphID(docID string, pos int) string { return docID + "-p" + strconv.Itoa(pos) }
