package index

import (
	"cmp"
	"container/heap"
	"context"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

// BM25 parameters.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// clauseTerms is a query clause with its terms normalized and their
// bitmaps.
type clauseTerms struct {
	clause  govsearch.Clause
	norms   []string
	bitmaps []*roaring.Bitmap
	union   *roaring.Bitmap
}

// Search runs a query. Every matching paragraph is counted; the page of
// hits is ranked, highlighted and materialized.
func (ix *Index) Search(ctx context.Context, q govsearch.Query) (*govsearch.Result, error) {
	ctx = searchContext(ctx)
	start := time.Now()
	g := ix.acquire()
	if g == nil {
		return nil, govsearch.Errorf(govsearch.EUnavailable, "index is closed")
	}
	defer g.refs.Done()
	var res *govsearch.Result
	var err error
	if q.Mode == govsearch.ModeAny {
		res, err = ix.searchRelaxed(ctx, g, q)
	} else {
		res, err = g.eng.searchExact(ctx, q)
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, govsearch.Errorf(govsearch.ETimeout, "search took longer than allowed")
		}
		return nil, err
	}
	res.Query = q.Text
	if q.Explain {
		res.Explain = ix.explain(ctx, g, q, res.Total)
	}
	res.TookMS = math.Round(float64(time.Since(start).Microseconds())/10) / 100
	return res, nil
}

// prepare normalizes every term and looks up its bitmap.
func (e *engine) prepare(ctx context.Context, q govsearch.Query) ([]clauseTerms, error) {
	if len(q.Clauses) == 0 {
		return nil, govsearch.Errorf(govsearch.EInvalid, "query is empty")
	}
	out := make([]clauseTerms, 0, len(q.Clauses))
	for _, c := range q.Clauses {
		ct := clauseTerms{clause: c}
		for _, t := range c.Terms {
			n := segment.Normalize(t)
			if n == "" {
				return nil, govsearch.Errorf(govsearch.EInvalid, "term %q has no searchable characters (punctuation and spaces are ignored)", t)
			}
			bm, err := e.termBitmap(ctx, n)
			if err != nil {
				return nil, err
			}
			ct.norms = append(ct.norms, n)
			ct.bitmaps = append(ct.bitmaps, bm)
		}
		if len(ct.bitmaps) == 1 {
			ct.union = ct.bitmaps[0]
		} else {
			ct.union = roaring.FastOr(ct.bitmaps...)
		}
		out = append(out, ct)
	}
	return out, nil
}

// matchAll returns the paragraphs that satisfy every clause and filter.
func (e *engine) matchAll(clauses []clauseTerms, filters govsearch.Filters) *roaring.Bitmap {
	var pos []*roaring.Bitmap
	for _, c := range clauses {
		if !c.clause.Exclude {
			pos = append(pos, c.union)
		}
	}
	slices.SortFunc(pos, func(a, b *roaring.Bitmap) int { return cmp.Compare(a.GetCardinality(), b.GetCardinality()) })
	hits := pos[0].Clone()
	for _, bm := range pos[1:] {
		hits.And(bm)
	}
	for _, c := range clauses {
		if c.clause.Exclude {
			hits.AndNot(c.union)
		}
	}
	if fb := e.filterBitmap(filters); fb != nil {
		hits.And(fb)
	}
	return hits
}

func (e *engine) searchExact(ctx context.Context, q govsearch.Query) (*govsearch.Result, error) {
	clauses, err := e.prepare(ctx, q)
	if err != nil {
		return nil, err
	}
	hits := e.matchAll(clauses, q.Filters)
	res := &govsearch.Result{Total: int(hits.GetCardinality()), Hits: []govsearch.Hit{}}
	if q.Facets {
		res.Facets = e.facetCounts(hits)
	}
	want := q.From + q.Size
	if q.Size <= 0 || q.From >= res.Total {
		return res, nil
	}
	var top []scored
	if q.Sort == govsearch.SortDate {
		top = e.topByDate(hits, want)
	} else {
		top, err = e.topByScore(ctx, hits, clauses, want)
		if err != nil {
			return nil, err
		}
	}
	terms := positiveNorms(clauses)
	for _, s := range top[min(q.From, len(top)):] {
		res.Hits = append(res.Hits, e.hit(s.ord, s.score, true, terms, q.Highlight))
	}
	return res, nil
}

func positiveNorms(clauses []clauseTerms) []string {
	var out []string
	for _, c := range clauses {
		if !c.clause.Exclude {
			out = append(out, c.norms...)
		}
	}
	return out
}

// scored is a paragraph with its score.
type scored struct {
	ord   uint32
	score float64
}

// topHeap keeps the best n: a min-heap on score, ties broken so that the
// earlier paragraph ranks higher.
type topHeap []scored

func (h topHeap) Len() int { return len(h) }
func (h topHeap) Less(i, j int) bool {
	if h[i].score != h[j].score {
		return h[i].score < h[j].score
	}
	return h[i].ord > h[j].ord
}
func (h topHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *topHeap) Push(x any)   { *h = append(*h, x.(scored)) }
func (h *topHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.ord < b.ord
}

// topByScore scores every hit and keeps the best n, best first.
func (e *engine) topByScore(ctx context.Context, hits *roaring.Bitmap, clauses []clauseTerms, n int) ([]scored, error) {
	total := float64(len(e.paras))
	type termStat struct {
		norm string
		idf  float64
	}
	var terms [][]termStat // per positive clause
	for _, c := range clauses {
		if c.clause.Exclude {
			continue
		}
		var ts []termStat
		for i, norm := range c.norms {
			df := float64(c.bitmaps[i].GetCardinality())
			ts = append(ts, termStat{norm, math.Log(1 + (total-df+0.5)/(df+0.5))})
		}
		terms = append(terms, ts)
	}
	h := make(topHeap, 0, n+1)
	it := hits.Iterator()
	count := 0
	for it.HasNext() {
		ord := it.Next()
		if count++; count&4095 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		p := &e.paras[ord]
		plen := float64(len([]rune(p.norm)))
		score := 0.0
		var firstPos []int
		for _, ts := range terms {
			best := 0.0
			bestPos := -1
			for _, t := range ts {
				tf, first := occurrences(p, t.norm)
				if tf == 0 {
					continue
				}
				s := t.idf * tf * (bm25K1 + 1) / (tf + bm25K1*(1-bm25B+bm25B*plen/max(e.avgLen, 1)))
				if strings.Contains(e.pathNorm[p.path], t.norm) {
					s += 0.5 * t.idf // the paragraph's section is about the term
				}
				if strings.Contains(e.docNorm[p.doc], t.norm) {
					s += 0.2 * t.idf // so is the document
				}
				if s > best {
					best, bestPos = s, first
				}
			}
			score += best
			firstPos = append(firstPos, bestPos)
		}
		if p.kind == govsearch.KindHeading {
			score *= 1.5
		}
		if len(firstPos) > 1 {
			score *= 1 + 0.5/(1+float64(spread(firstPos))/30)
		}
		s := scored{ord, score}
		if len(h) < n {
			heap.Push(&h, s)
		} else if better(s, h[0]) {
			h[0] = s
			heap.Fix(&h, 0)
		}
	}
	out := []scored(h)
	slices.SortFunc(out, func(a, b scored) int {
		if better(a, b) {
			return -1
		}
		if better(b, a) {
			return 1
		}
		return 0
	})
	for i := range out {
		out[i].score = math.Round(out[i].score*1000) / 1000
	}
	return out, nil
}

// occurrences counts a term's occurrences in a paragraph, a whole-word
// occurrence (starting and ending on gse word boundaries) counting fully
// and one inside a word half, and returns the first occurrence's offset.
func occurrences(p *paraRec, norm string) (float64, int) {
	tf := 0.0
	first := -1
	for off := 0; off <= len(p.norm)-len(norm); {
		i := strings.Index(p.norm[off:], norm)
		if i < 0 {
			break
		}
		at := off + i
		if first < 0 {
			first = at
		}
		end := at + len(norm)
		if isBound(p.bounds, at) && (end == len(p.norm) || isBound(p.bounds, end)) {
			tf += 1
		} else {
			tf += 0.5
		}
		off = end
	}
	return tf, first
}

func isBound(bits []byte, i int) bool {
	if len(bits) == 0 {
		return true // no word information: every position counts
	}
	return i/8 < len(bits) && bits[i/8]&(1<<(i%8)) != 0
}

// spread is the distance between the first and last of the positions.
func spread(pos []int) int {
	lo, hi := math.MaxInt, -1
	for _, p := range pos {
		if p < 0 {
			continue
		}
		lo, hi = min(lo, p), max(hi, p)
	}
	if hi < 0 {
		return 0
	}
	return hi - lo
}

// topByDate keeps the first n hits in date order (newest document first).
func (e *engine) topByDate(hits *roaring.Bitmap, n int) []scored {
	h := make(topHeap, 0, n+1)
	hits.Iterate(func(ord uint32) bool {
		// A smaller rank is better: score by negated rank.
		s := scored{ord, -float64(e.dateOrder[ord])}
		if len(h) < n {
			heap.Push(&h, s)
		} else if better(s, h[0]) {
			h[0] = s
			heap.Fix(&h, 0)
		}
		return true
	})
	out := []scored(h)
	slices.SortFunc(out, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	for i := range out {
		out[i].score = 0
	}
	return out
}

// hit materializes one paragraph as a search hit.
func (e *engine) hit(ord uint32, score float64, exact bool, terms []string, highlight bool) govsearch.Hit {
	p := e.paragraph(ord)
	d := &e.docs[e.paras[ord].doc]
	h := govsearch.Hit{
		ID: p.ID, DocID: d.ID, Title: d.Title, Province: d.Province, City: d.City, District: d.District,
		Year: d.Year, Date: d.Date, DocType: d.DocType, Section: p.Section, SectionPath: p.SectionPath,
		Position: p.Position, Text: p.Text, Exact: exact, Score: score,
	}
	if highlight {
		h.Highlight = Highlight(p.Text, terms, fragmentRunes)
	}
	return h
}

// searchRelaxed answers mode=any: the query is cut into words, and
// paragraphs containing most of them are ranked by bleve's BM25.
func (ix *Index) searchRelaxed(ctx context.Context, g *generation, q govsearch.Query) (*govsearch.Result, error) {
	e := g.eng
	clauses, err := e.prepare(ctx, q)
	if err != nil {
		return nil, err
	}
	seg := ix.opts.segmenter()
	var words []string
	seen := map[string]bool{}
	for _, c := range clauses {
		if c.clause.Exclude {
			continue
		}
		for _, t := range c.clause.Terms {
			ws, err := seg.Cut(t)
			if err != nil {
				return nil, err
			}
			for _, w := range ws {
				if !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
		}
	}
	minMatch := (len(words) + 1) / 2
	excluded := roaring.New()
	for _, c := range clauses {
		if c.clause.Exclude {
			excluded.Or(c.union)
		}
	}
	want := q.From + q.Size
	facetSize := 0
	if q.Facets {
		for f := range e.facets {
			facetSize = max(facetSize, len(e.facets[f].values))
		}
	}
	rr, err := relaxedSearch(ctx, g.bleve, words, minMatch, q.Filters, want, facetSize)
	if err != nil {
		return nil, err
	}
	res := &govsearch.Result{Total: rr.total, Hits: []govsearch.Hit{}}
	if q.Facets {
		res.Facets = facetsFromCounts(rr.facets)
	}
	if !excluded.IsEmpty() && rr.total > 0 {
		// Exclusions are substrings, which bleve cannot express: take every
		// match, ranked, and subtract them exactly.
		rr, err = relaxedSearch(ctx, g.bleve, words, minMatch, q.Filters, rr.total, 0)
		if err != nil {
			return nil, err
		}
		matched := roaring.New()
		for _, id := range rr.ids {
			if ord, ok := e.paraByID[id]; ok {
				matched.Add(ord)
			}
		}
		matched.AndNot(excluded)
		res.Total = int(matched.GetCardinality())
		if q.Facets {
			res.Facets = e.facetCounts(matched)
		}
	}
	all := positiveClauses(clauses)
	var ords []uint32
	var scores []float64
	for i, id := range rr.ids {
		ord, ok := e.paraByID[id]
		if !ok || excluded.Contains(ord) {
			continue
		}
		ords = append(ords, ord)
		scores = append(scores, math.Round(rr.scores[i]*1000)/1000)
	}
	for i := q.From; i < len(ords) && i < want; i++ {
		ord := ords[i]
		exact := true
		for _, c := range all {
			if !c.union.Contains(ord) {
				exact = false
			}
		}
		res.Hits = append(res.Hits, e.hit(ord, scores[i], exact, words, q.Highlight))
	}
	return res, nil
}

func positiveClauses(clauses []clauseTerms) []clauseTerms {
	var out []clauseTerms
	for _, c := range clauses {
		if !c.clause.Exclude {
			out = append(out, c)
		}
	}
	return out
}

func facetsFromCounts(m map[string]map[string]int) *govsearch.Facets {
	list := func(name string) []govsearch.FacetCount {
		out := []govsearch.FacetCount{}
		for v, c := range m[name] {
			if c > 0 {
				out = append(out, govsearch.FacetCount{Value: v, Count: c})
			}
		}
		slices.SortFunc(out, func(a, b govsearch.FacetCount) int {
			if a.Count != b.Count {
				return cmp.Compare(b.Count, a.Count)
			}
			return cmp.Compare(a.Value, b.Value)
		})
		return out
	}
	return &govsearch.Facets{
		Province: list(fieldProvince), City: list(fieldCity), District: list(fieldDistrict),
		Year: list(fieldYear), Section: list(fieldSection), DocType: list(fieldDocType),
	}
}

// sortStable sorts s stably by less.
func sortStable[T any](s []T, less func(a, b T) bool) {
	slices.SortStableFunc(s, func(a, b T) int {
		if less(a, b) {
			return -1
		}
		if less(b, a) {
			return 1
		}
		return 0
	})
}

// Each calls fn for every hit of q in document order, without ranking or
// highlighting, and returns how many it passed. It is how exports stream
// all hits.
func (ix *Index) Each(ctx context.Context, q govsearch.Query, fn func(govsearch.Hit) error) (int, error) {
	ctx = searchContext(ctx)
	g := ix.acquire()
	if g == nil {
		return 0, govsearch.Errorf(govsearch.EUnavailable, "index is closed")
	}
	defer g.refs.Done()
	e := g.eng
	clauses, err := e.prepare(ctx, q)
	if err != nil {
		return 0, err
	}
	hits := e.matchAll(clauses, q.Filters)
	n := 0
	it := hits.Iterator()
	for it.HasNext() {
		if n&255 == 0 {
			if err := ctx.Err(); err != nil {
				return n, govsearch.Errorf(govsearch.ETimeout, "export took longer than allowed")
			}
		}
		if err := fn(e.hit(it.Next(), 0, true, nil, false)); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
