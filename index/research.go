package index

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/facet"
	"github.com/govsearch/govsearch/segment"
)

// The research tools: trends (counts per metadata value), a concordance
// (every occurrence in its context) and the newest matches (alert feeds).
// All three start from the same exact match set as Search, so their
// counts agree with its totals and facets.

// exactMatches holds the current generation and finds the paragraphs that
// match q exactly (what names the caller's tool in the error for a relaxed
// query). The caller releases the generation.
func (ix *Index) exactMatches(ctx context.Context, q govsearch.Query, what string) (*generation, []clauseTerms, *roaring.Bitmap, error) {
	if q.Mode == govsearch.ModeAny {
		return nil, nil, nil, govsearch.Errorf(govsearch.EInvalid, "%s takes exact queries only (mode=all): a relaxed match has no fixed set of hits", what)
	}
	g := ix.acquire()
	if g == nil {
		return nil, nil, nil, govsearch.Errorf(govsearch.EUnavailable, "index is closed")
	}
	clauses, err := g.eng.prepare(ctx, q, true)
	if err != nil {
		g.release()
		return nil, nil, nil, err
	}
	return g, clauses, g.eng.matchAll(clauses, q.Filters), nil
}

// Trend counts each query's matching paragraphs and documents per value of
// the field by. Every query must be exact (mode=all); the filters of the
// first query apply to all. The buckets are the field values that have
// documents under the filters, with zero counts where a query has no
// match, in the same order for every series: years ascending, other
// values by their share of the text, largest first. The unknown value ("")
// comes last.
func (ix *Index) Trend(ctx context.Context, queries []govsearch.Query, by string) (*govsearch.Trend, error) {
	ctx = searchContext(ctx)
	field, ok := govsearch.FacetByName(by)
	if !ok || !field.Trend {
		return nil, govsearch.Errorf(govsearch.EInvalid, "by must be one of %s, not %q", strings.Join(govsearch.TrendNames(), ", "), by)
	}
	if len(queries) == 0 {
		return nil, govsearch.Errorf(govsearch.EInvalid, "a trend needs at least one query")
	}
	g := ix.acquire()
	if g == nil {
		return nil, govsearch.Errorf(govsearch.EUnavailable, "index is closed")
	}
	defer g.release()
	e := g.eng
	ff := e.facets[field.Index]
	buckets, chars := e.trendBuckets(ff, by, queries[0].Filters)
	out := &govsearch.Trend{By: by, Series: make([]govsearch.TrendSeries, 0, len(queries))}
	for _, q := range queries {
		if q.Mode == govsearch.ModeAny {
			return nil, govsearch.Errorf(govsearch.EInvalid, "trends take exact queries only (mode=all): a relaxed match has no fixed set of hits to count")
		}
		clauses, err := e.prepare(ctx, q, true)
		if err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, govsearch.Errorf(govsearch.ETimeout, "trend took longer than allowed")
		}
		paras, docs := e.trendCounts(ff, e.matchAll(clauses, queries[0].Filters))
		s := govsearch.TrendSeries{Query: q.Text, Buckets: make([]govsearch.TrendBucket, 0, len(buckets))}
		for _, k := range buckets {
			b := govsearch.TrendBucket{Value: ff.Values[k], Paragraphs: paras[k], Documents: docs[k], Chars: chars[k]}
			if chars[k] > 0 {
				b.Per10kChars = roundTo(float64(paras[k])*10000/float64(chars[k]), 4)
			}
			s.Buckets = append(s.Buckets, b)
		}
		out.Series = append(out.Series, s)
	}
	return out, nil
}

// trendBuckets returns a trend's buckets, the values of field ff that
// have paragraphs under the filters, in the order a trend shows them, and
// the size of each value's text (characters, indexed by value).
func (e *engine) trendBuckets(ff *facet.Field, by string, filters govsearch.Filters) ([]int, []int) {
	filter := e.filterBitmap(filters)
	if filter == nil {
		filter = e.live
	}
	chars := make([]int, len(ff.Values))
	present := make([]bool, len(ff.Values))
	it := filter.Iterator()
	for it.HasNext() {
		ord := it.Next()
		k := ff.Of(ord)
		present[k] = true
		chars[k] += int(e.plen[ord])
	}
	var buckets []int
	for k := range ff.Values {
		if present[k] {
			buckets = append(buckets, k)
		}
	}
	slices.SortFunc(buckets, func(a, b int) int {
		return compareTrendValues(by, ff.Values[a], ff.Values[b], chars[a], chars[b])
	})
	return buckets, chars
}

// trendCounts counts the hits and their documents per value of field ff.
func (e *engine) trendCounts(ff *facet.Field, hits *roaring.Bitmap) (paras, docs []int) {
	paras = make([]int, len(ff.Values))
	docs = make([]int, len(ff.Values))
	lastDoc := make([]int64, len(ff.Values))
	for k := range lastDoc {
		lastDoc[k] = -1
	}
	// Hits come in paragraph order and a document's paragraphs are
	// contiguous, so a document is new to a bucket when it differs from
	// the last one counted there.
	it := hits.Iterator()
	for it.HasNext() {
		ord := it.Next()
		k := ff.Of(ord)
		paras[k]++
		if d := int64(e.docOf[ord]); d != lastDoc[k] {
			lastDoc[k] = d
			docs[k]++
		}
	}
	return paras, docs
}

// compareTrendValues orders a trend's buckets, given their values and
// the size of their text: years ascending, other values by size, largest
// first, then by value; the unknown value ("") last.
func compareTrendValues(by, va, vb string, charsA, charsB int) int {
	if (va == "") != (vb == "") {
		if va == "" {
			return 1
		}
		return -1
	}
	if by == "year" {
		ya, _ := strconv.Atoi(va)
		yb, _ := strconv.Atoi(vb)
		return cmp.Compare(ya, yb)
	}
	if c := cmp.Compare(charsB, charsA); c != 0 {
		return c
	}
	return strings.Compare(va, vb)
}

func roundTo(x float64, digits int) float64 {
	p := 1.0
	for range digits {
		p *= 10
	}
	return float64(int64(x*p+0.5)) / p
}

// Concordance calls fn for every occurrence of q's terms (the terms a hit
// must contain, not the excluded ones) in every matching paragraph, in
// document order, with up to width characters of context on each side,
// and returns how many lines it passed. Overlapping occurrences are one
// line. Document order is by document ID, then position, as in Each.
func (ix *Index) Concordance(ctx context.Context, q govsearch.Query, width int, fn func(govsearch.ConcordanceLine) error) (int, error) {
	ctx = searchContext(ctx)
	g, clauses, hits, err := ix.exactMatches(ctx, q, "a concordance")
	if err != nil {
		return 0, err
	}
	defer g.release()
	e := g.eng
	terms := positiveNorms(clauses)
	n := 0
	for _, ord := range e.inIDOrder(hits) {
		if err := ctx.Err(); err != nil {
			return n, govsearch.Errorf(govsearch.ETimeout, "concordance took longer than allowed")
		}
		p, err := e.paragraph(ord)
		if err != nil {
			return n, err
		}
		d := &e.docs[e.docOf[ord]]
		for _, sp := range occurrenceSpans(p.Text, terms, false) {
			line := govsearch.ConcordanceLine{
				Left:  lastRunes(p.Text[:sp.start], width),
				Match: p.Text[sp.start:sp.end],
				Right: firstRunes(p.Text[sp.end:], width),
				ID:    p.ID, DocID: d.ID, Title: d.Title, Province: d.Province, City: d.City, District: d.District, Level: d.Level,
				Year: d.Year, Date: d.Date, DocType: d.DocType, Section: p.Section, Position: p.Position,
			}
			if err := fn(line); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// occurrenceSpans returns the byte spans of text where a normalized term
// occurs, mapped back to the original characters, in order. Overlapping
// occurrences are merged, and touching ones too when mergeTouching is set
// (a highlight marks them as one; a concordance counts each).
func occurrenceSpans(text string, normTerms []string, mergeTouching bool) []span {
	n := segment.NormalizeWithOffsets(text)
	var spans []span
	for _, t := range normTerms {
		if t == "" {
			continue
		}
		for off := 0; off <= len(n.Text)-len(t); {
			i := strings.Index(n.Text[off:], t)
			if i < 0 {
				break
			}
			s, e := n.Span(off+i, off+i+len(t))
			if e > s {
				spans = append(spans, span{s, e})
			}
			off += i + len(t)
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	var merged []span
	for _, sp := range spans {
		if k := len(merged) - 1; k >= 0 && (sp.start < merged[k].end || mergeTouching && sp.start == merged[k].end) {
			merged[k].end = max(merged[k].end, sp.end)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// lastRunes is the last n characters of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// firstRunes is the first n characters of s.
func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// Newest returns up to n hits of q, the paragraphs of the most recently
// indexed documents first (documents indexed at the same time by ID; in
// each document, in reading order), highlighted. It is what alert feeds
// show.
func (ix *Index) Newest(ctx context.Context, q govsearch.Query, n int) ([]govsearch.Hit, error) {
	feed, err := ix.NewestShard(ctx, q, n)
	if err != nil {
		return nil, err
	}
	var out []govsearch.Hit
	for _, f := range feed {
		out = append(out, f.Hit)
	}
	return out, nil
}

// NewestShard is Newest with each hit's indexing time, which a gateway
// needs to merge the feeds of shards (MergeNewest).
func (ix *Index) NewestShard(ctx context.Context, q govsearch.Query, n int) ([]govsearch.FeedHit, error) {
	ctx = searchContext(ctx)
	g, clauses, hits, err := ix.exactMatches(ctx, q, "a feed")
	if err != nil {
		return nil, err
	}
	defer g.release()
	e := g.eng
	// The documents with hits, newest first; ties by document ID.
	runs := e.docRuns(hits)
	slices.SortStableFunc(runs, func(a, b docRun) int {
		return e.docs[b.doc].IndexedAt.Compare(e.docs[a.doc].IndexedAt)
	})
	terms := positiveNorms(clauses)
	var out []govsearch.FeedHit
	for _, r := range runs {
		for _, ord := range r.ords {
			if len(out) >= n {
				return out, nil
			}
			h, err := e.hit(ord, 0, true, terms, true)
			if err != nil {
				return nil, err
			}
			out = append(out, govsearch.FeedHit{Hit: h, IndexedAt: e.docs[r.doc].IndexedAt})
		}
	}
	return out, nil
}
