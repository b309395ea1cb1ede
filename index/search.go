package index

import (
	"cmp"
	"container/heap"
	"context"
	"encoding/json"
	"math"
	"runtime"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/dense"
	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/par"
	"github.com/govsearch/govsearch/index/internal/rank"
	"github.com/govsearch/govsearch/index/internal/scratch"
	"github.com/govsearch/govsearch/segment"
)

// clauseTerms is a query clause with its terms normalized and the
// paragraphs that contain them (bitmaps; their union). mode=any's ranking
// words have no bitmaps: only about and df, what the ranking reads.
type clauseTerms struct {
	clause  govsearch.Clause
	norms   []string
	bitmaps []*roaring.Bitmap
	union   *roaring.Bitmap
	// about holds, per term, where bitmaps is nil (mode=any's words),
	// the section openers (headings) of the search's hits that contain
	// it: valid for those hits only; nil: bitmaps.
	about []*roaring.Bitmap
	// df holds, per term, the number of paragraphs it ranks by, where
	// bitmaps is nil (mode=any's words: their candidates); nil: bitmaps'
	// cardinalities.
	df []int
}

// Search runs a query. Every matching paragraph is counted; the page of
// hits opt asks for is ranked, highlighted and materialized.
func (ix *Index) Search(ctx context.Context, q govsearch.Query, opt govsearch.SearchOptions) (*govsearch.Result, error) {
	ctx = searchContext(ctx)
	start := time.Now()
	ix.lastSearch.Store(start.UnixNano())
	g := ix.acquire()
	if g == nil {
		return nil, govsearch.Errorf(govsearch.EUnavailable, "index is closed")
	}
	defer g.release()
	// Repeated queries (a widget's popular terms, a page reloaded) are
	// answered from a cache of results; a generation never changes, so a
	// result stays right until the next one.
	key := queryKey(q, opt)
	var res *govsearch.Result
	cached := false
	if !opt.NoCache {
		res, cached = g.eng.results.get(key)
	}
	if !cached {
		var err error
		if q.Mode == govsearch.ModeAny {
			res, err = ix.searchRelaxed(ctx, g, q, opt, nil)
		} else {
			res, err = g.eng.searchExact(ctx, q, opt, nil)
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, govsearch.Errorf(govsearch.ETimeout, "search took longer than allowed")
			}
			return nil, err
		}
		res.Query = q.Text
		if opt.Explain {
			res.Explain = ix.explain(ctx, g, q, !opt.NoCache, res.Total)
		}
		if !opt.NoCache {
			g.eng.results.put(key, res)
		}
	}
	out := *res // callers get their own copy of the top level
	out.TookMS = math.Round(float64(time.Since(start).Microseconds())/10) / 100
	return &out, nil
}

// prepare normalizes every term and looks up its bitmap, through the term
// cache when useCache is set.
func (e *engine) prepare(ctx context.Context, q govsearch.Query, useCache bool) ([]clauseTerms, error) {
	return e.prepareClauses(ctx, q, useCache, true)
}

// prepareClauses is prepare, looking up the bitmaps of the positive
// clauses' terms only when positive is set (mode=any reads them in the
// page's hits instead: see relaxed.exact).
func (e *engine) prepareClauses(ctx context.Context, q govsearch.Query, useCache, positive bool) ([]clauseTerms, error) {
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
			ct.norms = append(ct.norms, n)
			if !positive && !c.Exclude {
				continue
			}
			bm, err := e.termBitmap(ctx, n, useCache)
			if err != nil {
				return nil, err
			}
			ct.bitmaps = append(ct.bitmaps, bm)
		}
		switch {
		case len(ct.bitmaps) == 0:
		case len(ct.bitmaps) == 1:
			ct.union = ct.bitmaps[0]
		default:
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

// searchExact answers mode=all, ranked with the collection statistics st
// (nil: the engine's own).
func (e *engine) searchExact(ctx context.Context, q govsearch.Query, opt govsearch.SearchOptions, st *govsearch.CollectionStats) (*govsearch.Result, error) {
	clauses, err := e.prepare(ctx, q, !opt.NoCache)
	if err != nil {
		return nil, err
	}
	res, page, err := e.page(ctx, opt, e.matchAll(clauses, q.Filters), clauses, st)
	if err != nil {
		return nil, err
	}
	terms := positiveNorms(clauses)
	for _, s := range page {
		h, err := e.hit(s.ord, s.score, true, terms, opt.Highlight)
		if err != nil {
			return nil, err
		}
		res.Hits = append(res.Hits, h)
	}
	return res, nil
}

// page counts the hits, their facets when asked, and ranks the page opt
// asks for by score (rankBy's terms, with the collection statistics st,
// nil for the engine's own) or by date.
func (e *engine) page(ctx context.Context, opt govsearch.SearchOptions, hits *roaring.Bitmap, rankBy []clauseTerms, st *govsearch.CollectionStats) (*govsearch.Result, []scored, error) {
	res := &govsearch.Result{Total: int(hits.GetCardinality()), Hits: []govsearch.Hit{}}
	want := opt.From + opt.Size
	if opt.Size <= 0 || opt.From >= res.Total {
		if opt.Facets {
			res.Facets = e.facetCounts(hits)
		}
		return res, nil, nil
	}
	if opt.Facets {
		// Facets are counted while the hits are ranked: both only read
		// the hits, and each has stretches on one core.
		done := make(chan *govsearch.Facets, 1)
		go func() { done <- e.facetCounts(hits) }()
		defer func() { res.Facets = <-done }()
	}
	var top []scored
	if opt.Sort == govsearch.SortDate {
		top = e.topByDate(hits, want)
	} else {
		var err error
		if top, err = e.topByScore(ctx, hits, rankBy, want, st); err != nil {
			return nil, nil, err
		}
	}
	return res, top[min(opt.From, len(top)):], nil
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

// topHeap keeps the best n: a min-heap on score, ties broken as better
// breaks them.
type topHeap struct {
	e *engine
	s []scored
}

func (h *topHeap) Len() int           { return len(h.s) }
func (h *topHeap) Less(i, j int) bool { return h.e.better(h.s[j], h.s[i]) }
func (h *topHeap) Swap(i, j int)      { h.s[i], h.s[j] = h.s[j], h.s[i] }
func (h *topHeap) Push(x any)         { h.s = append(h.s, x.(scored)) }
func (h *topHeap) Pop() any {
	x := h.s[len(h.s)-1]
	h.s = h.s[:len(h.s)-1]
	return x
}

// push offers s to a heap of at most keep.
func (h *topHeap) push(s scored, keep int) {
	if len(h.s) < keep {
		heap.Push(h, s)
	} else if h.e.better(s, h.s[0]) {
		h.s[0] = s
		heap.Fix(h, 0)
	}
}

// better reports whether a ranks before b: a higher score, or the same
// score and an earlier paragraph by document ID, then position. The tie
// break does not use paragraph numbers, which differ between shards (and
// change when documents are replaced), so that a gateway merging shards
// orders ties as a single node does (see lessHitOrder).
func (e *engine) better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.ord == b.ord {
		return false
	}
	da, db := e.docOf[a.ord], e.docOf[b.ord]
	if da != db {
		return e.docs[da].ID < e.docs[db].ID
	}
	return e.pos[a.ord] < e.pos[b.ord]
}

// termStat is one query term with what scoring needs of it.
type termStat struct {
	norm   string
	idf    float64
	avgLen float64 // the collection's average normalized paragraph length
	// about holds paragraphs that contain the term: all of them, or for a
	// word of mode=any the section openers of the hits that do (see
	// sectionOpener and clauseTerms.about); it is read only at the
	// openers of hits.
	about   *roaring.Bitmap
	has     *dense.Set // about as bits, while quickTop scores
	inTitle []bool     // per document: its title contains the term
	tf      []uint8    // per hit (in hit order): occurrences, from the gram postings
}

// topByScore ranks the hits and returns the best n, best first. Every hit
// gets a quick BM25 score from the occurrence counts kept with the
// character and pair postings (no text is read), on every core; the best
// rank.PoolSize are then scored on their text (package rank scores). The
// order is the same whatever n is, so pages never overlap or skip. st
// holds the collection's statistics (nil: the engine's own).
func (e *engine) topByScore(ctx context.Context, hits *roaring.Bitmap, clauses []clauseTerms, n int, st *govsearch.CollectionStats) ([]scored, error) {
	out, terms, err := e.quickTop(ctx, hits, clauses, max(n, rank.PoolSize), st)
	if err != nil {
		return nil, err
	}
	pool := out[:min(rank.PoolSize, len(out))]
	for i := range pool {
		s, err := e.fullScore(pool[i].ord, terms)
		if err != nil {
			return nil, err
		}
		pool[i].score = s
	}
	e.sortScored(pool)
	out = out[:min(n, len(out))]
	for i := range out {
		out[i].score = rank.Round(out[i].score)
	}
	return out, nil
}

// quickTop returns the best keep hits by the quick score, best first, and
// the terms (per positive clause) they were scored with, for fullScore.
func (e *engine) quickTop(ctx context.Context, hits *roaring.Bitmap, clauses []clauseTerms, keep int, st *govsearch.CollectionStats) ([]scored, [][]*termStat, error) {
	total, avgLen := float64(e.nLive), e.avgLen
	if st != nil {
		total, avgLen = float64(st.Paragraphs), st.AvgLen()
	}
	ords := hitOrds(hits)
	defer uint32Pool.Put(ords)
	terms, all, err := termStats(clauses, total, avgLen, st)
	if err != nil {
		return nil, nil, err
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), len(ords)/20000+1))
	// Occurrence counts, a term and segment per task, and title flags
	// and the term's paragraphs as bits, a term per task, on every core:
	// a single term of many hits takes both.
	runs := e.segRuns(ords)
	for _, t := range all {
		t.tf = uint8Pool.Get(len(ords))
	}
	defer func() {
		for _, t := range all {
			uint8Pool.Put(t.tf)
			t.tf = nil
			if t.has != nil {
				t.has.Free()
				t.has = nil
			}
		}
	}()
	tasks := len(all) * (len(runs) + 1)
	if err := par.DoErr(tasks, workers, func(i int) error {
		t, r := all[i/(len(runs)+1)], i%(len(runs)+1)
		if r == len(runs) {
			t.inTitle = e.titlesWith(t.norm)
			t.has = dense.Of(t.about, uint64(e.nOrd), false)
			return nil
		}
		return e.termCounts(t.norm, ords, runs[r][0], runs[r][1], t.tf)
	}); err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	out := e.quickBest(ctx, ords, terms, all, keep, workers)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	return out, terms, nil
}

// quickBest scores ords (hits in order, their counts in the terms' tf) by
// the quick score on workers cores and returns the best keep, best first.
func (e *engine) quickBest(ctx context.Context, ords []uint32, terms [][]*termStat, all []*termStat, keep, workers int) []scored {
	heaps := make([]*topHeap, workers)
	chunk := (len(ords) + workers - 1) / workers
	par.Do(workers, workers, func(w int) {
		h := &topHeap{e: e, s: make([]scored, 0, keep+1)}
		one := len(terms) == 1 && len(terms[0]) == 1
		var cut lengthCut
		for i := w * chunk; i < min(len(ords), (w+1)*chunk); i++ {
			if i&8191 == 0 {
				if ctx.Err() != nil {
					return
				}
				if one && len(h.s) == keep {
					cut.raise(terms[0][0], h.s[0].score)
				}
			}
			switch {
			case !one:
				h.push(scored{ords[i], e.quickScore(i, ords[i], terms)}, keep)
			case !cut.excludes(terms[0][0].tf[i], e.plen[ords[i]], e.isHeading[ords[i]]):
				h.push(scored{ords[i], e.quickScoreOne(i, ords[i], terms[0][0])}, keep)
			}
		}
		heaps[w] = h
	})
	var out []scored
	for _, h := range heaps {
		if h != nil {
			out = append(out, h.s...)
		}
	}
	e.sortScored(out)
	return out[:min(keep, len(out))]
}

// lengthCut skips, in a search for one term, the hits that cannot reach
// the heap of the best: a paragraph's quick score is at most its BM25 plus
// both boosts (times HeadingFactor for a heading), and BM25 falls as the
// paragraph grows, so for each occurrence count there is a longest
// paragraph that can still reach the heap's lowest score. Comparing a
// length costs less than scoring; the bound is loose by a margin, so
// that it never skips a hit the score would keep. The zero value skips
// nothing.
type lengthCut struct {
	active bool
	lowest float64
	// longest[h][tf]: the longest paragraph (h: a heading) with tf
	// occurrences whose score can reach lowest.
	longest [2][256]uint32
}

// raise sets the lowest score a hit of term t must reach.
func (c *lengthCut) raise(t *termStat, lowest float64) {
	if c.active && lowest == c.lowest {
		return
	}
	c.active, c.lowest = true, lowest
	avg := max(t.avgLen, 1)
	for h, factor := range [2]float64{1, rank.HeadingFactor} {
		// BM25 must reach need; both boosts add at most 0.7 idf.
		need := (lowest/factor - rank.Boost(t.idf, true, true)) * (1 - 1e-9)
		for tf := 1; tf < 256; tf++ {
			c.longest[h][tf] = math.MaxUint32
			if need <= 0 || t.idf <= 0 {
				continue
			}
			// idf·tf·(K1+1) / (tf + K1·(1−B+B·plen/avg)) ≥ need
			ratio := ((t.idf*float64(tf)*(rank.K1+1)/need-float64(tf))/rank.K1 - (1 - rank.B)) / rank.B
			c.longest[h][tf] = uint32(max(0, min(ratio*avg, 1<<20))) + 1
		}
	}
}

// excludes reports whether a hit with tf occurrences in a paragraph of
// plen characters cannot reach the lowest score.
func (c *lengthCut) excludes(tf uint8, plen uint16, heading bool) bool {
	switch {
	case !c.active:
		return false
	case tf == 0:
		return c.lowest > 0 // its score is 0
	case heading:
		return uint32(plen) > c.longest[1][tf]
	default:
		return uint32(plen) > c.longest[0][tf]
	}
}

// hitOrds lists the hits in order, in a slice from uint32Pool.
func hitOrds(hits *roaring.Bitmap) []uint32 {
	ords := uint32Pool.Get(int(hits.GetCardinality()))[:0]
	it := hits.ManyIterator()
	for {
		n := it.NextMany(ords[len(ords):cap(ords)])
		if n == 0 {
			return ords
		}
		ords = ords[:len(ords)+n]
	}
}

// termStats makes the ranking statistics of the positive clauses' terms:
// per clause (terms) and all of them in one list (all), with the
// document frequencies of st when given.
func termStats(clauses []clauseTerms, total, avgLen float64, st *govsearch.CollectionStats) (terms [][]*termStat, all []*termStat, err error) {
	for _, c := range clauses {
		if c.clause.Exclude {
			continue
		}
		var ts []*termStat
		for i, norm := range c.norms {
			var df float64
			if c.df != nil {
				df = float64(c.df[i])
			} else {
				df = float64(c.bitmaps[i].GetCardinality())
			}
			if st != nil {
				n, ok := st.Terms[norm]
				if !ok {
					return nil, nil, govsearch.Errorf(govsearch.EInvalid, "the collection statistics lack the term %q", norm)
				}
				df = float64(n)
			}
			t := &termStat{norm: norm, idf: rank.IDF(total, df), avgLen: avgLen}
			if c.about != nil {
				t.about = c.about[i]
			} else {
				t.about = c.bitmaps[i]
			}
			ts = append(ts, t)
			all = append(all, t)
		}
		terms = append(terms, ts)
	}
	return terms, all, nil
}

func (e *engine) sortScored(s []scored) {
	slices.SortFunc(s, func(a, b scored) int {
		if e.better(a, b) {
			return -1
		}
		if e.better(b, a) {
			return 1
		}
		return 0
	})
}

// openersOf returns the paragraphs that opened the sections of the hits
// (see sectionOpener).
func (e *engine) openersOf(hits *roaring.Bitmap) *roaring.Bitmap {
	ords := hitOrds(hits)
	defer uint32Pool.Put(ords)
	// Increasing (a paragraph's opener is at or before it), and written
	// over the hits already read.
	openers := ords[:0]
	for _, ord := range ords {
		if o, ok := e.sectionOpener(ord); ok && (len(openers) == 0 || openers[len(openers)-1] != o) {
			openers = append(openers, o)
		}
	}
	return roaring.BitmapOf(openers...)
}

// sectionOpener returns the paragraph that opened ord's section, when it
// is another paragraph: the section is about a term when that one (its
// heading) contains it.
func (e *engine) sectionOpener(ord uint32) (uint32, bool) {
	o := e.opener[ord]
	return uint32(o), o >= 0 && uint32(o) != ord
}

// quickScore is BM25 with the occurrence counts of the term's grams (exact
// for terms of one or two characters, an upper bound for longer ones),
// plus section, title and heading boosts. i is the hit's place in the hit
// order, which the counts follow. It reads no paragraph record: only
// compact per-paragraph arrays, walked in order, and the terms' bits.
func (e *engine) quickScore(i int, ord uint32, terms [][]*termStat) float64 {
	plen := float64(e.plen[ord])
	doc := e.docOf[ord]
	opener, hasOpener := e.sectionOpener(ord)
	score := 0.0
	for _, ts := range terms {
		best := 0.0
		for _, t := range ts {
			tf := t.tf[i]
			if tf == 0 {
				continue
			}
			about := hasOpener && t.has.Contains(opener)
			best = max(best, rank.BM25(t.idf, float64(tf), plen, t.avgLen)+rank.Boost(t.idf, about, t.inTitle[doc]))
		}
		score += best
	}
	if e.isHeading[ord] {
		score *= rank.HeadingFactor
	}
	return score
}

// quickScoreOne is quickScore for a query of one term, t: the same
// arithmetic, in a loop over hits that most queries take.
func (e *engine) quickScoreOne(i int, ord uint32, t *termStat) float64 {
	tf := t.tf[i]
	if tf == 0 {
		return 0
	}
	opener, hasOpener := e.sectionOpener(ord)
	about := hasOpener && t.has.Contains(opener)
	score := max(0.0, rank.BM25(t.idf, float64(tf), float64(e.plen[ord]), t.avgLen)+rank.Boost(t.idf, about, t.inTitle[e.docOf[ord]]))
	if e.isHeading[ord] {
		score *= rank.HeadingFactor
	}
	return score
}

// fullScore reads the text: exact occurrences, whole gse words counting
// fully and pieces of words half, and the distance between the terms.
func (e *engine) fullScore(ord uint32, terms [][]*termStat) (float64, error) {
	s, k := e.locate(ord)
	norm, bounds, err := s.seg.NormBounds(k)
	if err != nil {
		return 0, err
	}
	doc := e.docOf[ord]
	plen := float64(e.plen[ord])
	opener, hasOpener := e.sectionOpener(ord)
	score := 0.0
	var firstPos []int
	for _, ts := range terms {
		best, bestPos := 0.0, -1
		for _, t := range ts {
			tf, first := rank.Occurrences(norm, bounds, t.norm)
			if tf == 0 {
				continue
			}
			about := hasOpener && t.about.Contains(opener)
			if s := rank.BM25(t.idf, tf, plen, t.avgLen) + rank.Boost(t.idf, about, t.inTitle[doc]); s > best {
				best, bestPos = s, first
			}
		}
		score += best
		firstPos = append(firstPos, bestPos)
	}
	if e.isHeading[ord] {
		score *= rank.HeadingFactor
	}
	score *= rank.Proximity(firstPos)
	return score, nil
}

// topByDate keeps the first n hits in date order (newest document first).
func (e *engine) topByDate(hits *roaring.Bitmap, n int) []scored {
	h := &topHeap{e: e, s: make([]scored, 0, n+1)}
	hits.Iterate(func(ord uint32) bool {
		// A smaller rank is better: score by negated rank.
		h.push(scored{ord, -(float64(e.docRank[e.docOf[ord]])*(1<<32) + float64(e.pos[ord]))}, n)
		return true
	})
	out := h.s
	slices.SortFunc(out, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	for i := range out {
		out[i].score = 0
	}
	return out
}

// hit materializes one paragraph as a search hit.
func (e *engine) hit(ord uint32, score float64, exact bool, terms []string, highlight bool) (govsearch.Hit, error) {
	p, err := e.paragraph(ord)
	if err != nil {
		return govsearch.Hit{}, err
	}
	d := &e.docs[e.docOf[ord]]
	h := govsearch.Hit{
		ID: p.ID, DocID: d.ID, Title: d.Title, Province: d.Province, City: d.City, District: d.District,
		Year: d.Year, Date: d.Date, DocType: d.DocType, Section: p.Section, SectionPath: p.SectionPath,
		Position: p.Position, Text: p.Text, Exact: exact, Score: score, Level: d.Level,
	}
	if highlight {
		h.Highlight = Highlight(p.Text, terms, fragmentRunes)
	}
	return h, nil
}

// searchRelaxed answers mode=any: the query is cut into words (gse), and
// the paragraphs containing at least half of them are ranked by how many
// they contain and how rare those are, with the same BM25 as exact
// queries. Hits that lack a term of the query say "exact": false. st
// holds the collection's statistics (nil: the engine's own).
func (ix *Index) searchRelaxed(ctx context.Context, g *generation, q govsearch.Query, opt govsearch.SearchOptions, st *govsearch.CollectionStats) (*govsearch.Result, error) {
	e := g.eng
	m, err := ix.relaxedMatches(ctx, g, q, !opt.NoCache, st)
	if err != nil {
		return nil, err
	}
	res, page, err := e.page(ctx, opt, m.hits, m.rankBy, st)
	if err != nil {
		return nil, err
	}
	for _, s := range page {
		h, err := e.hit(s.ord, s.score, m.exact(s.ord), m.words, opt.Highlight)
		if err != nil {
			return nil, err
		}
		res.Hits = append(res.Hits, h)
	}
	return res, nil
}

// relaxed is what mode=any matches and ranks by.
type relaxed struct {
	e       *engine
	clauses []clauseTerms // the query's clauses (no bitmaps for positive ones)
	words   []string      // the gse words of its positive terms
	hits    *roaring.Bitmap
	rankBy  []clauseTerms
}

// exact reports whether paragraph ord satisfies every positive clause,
// reading its text: only the hits returned are asked (a page, or a
// shard's share of one), so the terms' bitmaps are never made. A text
// that cannot be read is not exact; every caller then makes the hit,
// which reads the text again and reports the error.
func (m *relaxed) exact(ord uint32) bool {
	s, local := m.e.locate(ord)
	norm, err := s.seg.Norm(local)
	if err != nil {
		return false
	}
	for _, c := range m.clauses {
		if !c.clause.Exclude && !slices.ContainsFunc(c.norms, func(n string) bool { return strings.Contains(norm, n) }) {
			return false
		}
	}
	return true
}

// relaxedWords cuts the positive clauses' terms into distinct gse words,
// in order.
func (ix *Index) relaxedWords(clauses []clauseTerms) ([]string, error) {
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
				if w != "" && !seen[w] {
					seen[w] = true
					words = append(words, w)
				}
			}
		}
	}
	return words, nil
}

// relaxedMatches finds mode=any's hits and the words that rank them, with
// the collection statistics st (nil: the engine's own) deciding which
// words are too common to rank by. useCache lets it use the term cache.
func (ix *Index) relaxedMatches(ctx context.Context, g *generation, q govsearch.Query, useCache bool, st *govsearch.CollectionStats) (*relaxed, error) {
	e := g.eng
	clauses, err := e.prepareClauses(ctx, q, useCache, false)
	if err != nil {
		return nil, err
	}
	words, err := ix.relaxedWords(clauses)
	if err != nil {
		return nil, err
	}
	hits, cands, err := e.wordsAtLeast(ctx, words, (len(words)+1)/2)
	if err != nil {
		return nil, err
	}
	for _, c := range clauses {
		if c.clause.Exclude {
			hits.AndNot(c.union)
		}
	}
	if fb := e.filterBitmap(q.Filters); fb != nil {
		hits.And(fb)
	}
	// Words in more than a fifth of all paragraphs (发展, 推动) decide
	// which paragraphs match but add little to the ranking; scoring every
	// hit on them was half the cost of a long query. The words rank by
	// their candidates: exact for one or two characters, and for longer
	// words the paragraphs that hold all their pairs, whose counts the
	// quick score reads anyway (the full score reads the text).
	var rank, all []int
	for i, w := range words {
		df, paras := int64(cands[i].Count()), int64(e.nLive)
		if st != nil {
			n, ok := st.Terms[w]
			if !ok {
				return nil, govsearch.Errorf(govsearch.EInvalid, "the collection statistics lack the word %q", w)
			}
			df, paras = n, st.Paragraphs
		}
		if df*5 <= paras {
			rank = append(rank, i)
		}
		all = append(all, i)
	}
	if len(rank) == 0 {
		rank = all
	}
	// The ranking reads, of each word's paragraphs, their number and the
	// section openers (headings) of hits among them: only those are
	// joined into the engine's numbering, not every candidate.
	rankBy := make([]clauseTerms, 0, len(rank))
	openers := e.split(e.openersOf(hits)) // per segment
	for _, i := range rank {
		in := match.And(cands[i], openers)
		if utf8.RuneCountInString(words[i]) > 2 {
			// Whether a section is about the word is read from its
			// opener's text: a heading can hold the pairs without it.
			if in, err = match.Verify(ctx, e.views(), words[i], in); err != nil {
				return nil, err
			}
		}
		rankBy = append(rankBy, clauseTerms{clause: govsearch.Clause{Terms: []string{words[i]}}, norms: []string{words[i]},
			about: []*roaring.Bitmap{e.join(in)}, df: []int{cands[i].Count()}})
	}
	return &relaxed{e: e, clauses: clauses, words: words, hits: hits, rankBy: rankBy}, nil
}

// wordsAtLeast returns the paragraphs that contain at least k of words,
// and for each word its candidates per segment (match.Candidates: the
// paragraphs that hold every pair of its characters, exactly those that
// contain it for one or two characters). It reads the texts of longer
// words only where they decide: in the paragraphs that have fewer than k
// of the exact words but reach k with the longer words' candidates.
func (e *engine) wordsAtLeast(ctx context.Context, words []string, k int) (*roaring.Bitmap, []match.Hits, error) {
	views := e.views()
	cands, err := match.Candidates(views, words...)
	if err != nil || k <= 0 {
		return roaring.New(), cands, err
	}
	bases := make([]uint64, len(e.segs))
	for i, s := range e.segs {
		bases[i] = uint64(s.base)
	}
	n := uint64(e.nOrd)
	exact := dense.NewCounter(n, len(words))
	defer exact.Free()
	var long []int
	for i, w := range words {
		if utf8.RuneCountInString(w) <= 2 {
			exact.AddParts(cands[i], bases)
		} else {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		return dense.AtLeastSum(exact, nil, k), cands, nil
	}
	maybe := dense.NewCounter(n, len(long))
	defer maybe.Free()
	for _, i := range long {
		maybe.AddParts(cands[i], bases)
	}
	undecided := dense.Reach(exact, maybe, k)
	// Outside the undecided paragraphs the exact words alone decide, so
	// a longer word counts only where its text was read.
	found := dense.NewCounter(n, len(long))
	defer found.Free()
	within := e.split(undecided)
	for _, i := range long {
		in, err := match.Verify(ctx, views, words[i], match.And(cands[i], within))
		if err != nil {
			return nil, nil, err
		}
		found.AddParts(in, bases)
	}
	return dense.AtLeastSum(exact, found, k), cands, nil
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

// Each calls fn for every hit of q in document order (by document ID, then
// position: the order a gateway merges shards' exports in, see
// CompareHits), without ranking or highlighting, and returns how many it
// passed. It is how exports stream all hits.
func (ix *Index) Each(ctx context.Context, q govsearch.Query, fn func(govsearch.Hit) error) (int, error) {
	ctx = searchContext(ctx)
	g, _, hits, err := ix.exactMatches(ctx, q, "an export")
	if err != nil {
		return 0, err
	}
	defer g.release()
	e := g.eng
	n := 0
	for _, ord := range e.inIDOrder(hits) {
		if n&255 == 0 {
			if err := ctx.Err(); err != nil {
				return n, govsearch.Errorf(govsearch.ETimeout, "export took longer than allowed")
			}
		}
		h, err := e.hit(ord, 0, true, nil, false)
		if err != nil {
			return n, err
		}
		if err := fn(h); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// queryKey identifies a search's result: the whole query and options
// values, so that a field added to either can never make two different
// searches share a result. NoCache says whether to use the cache, not
// what to answer, and is left out.
func queryKey(q govsearch.Query, opt govsearch.SearchOptions) string {
	opt.NoCache = false
	b, _ := json.Marshal(struct {
		Query   govsearch.Query
		Options govsearch.SearchOptions
	}{q, opt})
	return string(b)
}

// The pools of per-query scratch of O(hits) size (hit numbers,
// occurrence counts).
var (
	uint32Pool scratch.Pool[uint32]
	uint8Pool  scratch.Pool[uint8]
)
