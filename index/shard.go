package index

import (
	"cmp"
	"context"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/rank"
)

// Shards. A collection too large for one machine is cut into N shards by
// ShardOf; each shard is an ordinary Index. A gateway answers a search by
// asking every shard and merging their parts with the functions below, so
// that its answer equals the answer of a single Index holding every
// document: the same total, facets and counts, and the same hits in the
// same order. Ranking needs the whole collection's statistics, so a
// relevance search takes two rounds: CollectionStats from every shard,
// summed (CollectionStats.Add), then SearchShard with the sum, and
// MergeShards.

// ShardOf returns the shard, of n, that holds the document with this ID:
// the 32-bit FNV-1a hash of the ID modulo n. It depends on nothing but the
// ID, so a document and its later versions always land on the same shard.
func ShardOf(docID string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(docID))
	return int(h.Sum32() % uint32(n))
}

// docRun is a document's hits, in position order.
type docRun struct {
	doc  uint32
	ords []uint32
}

// docRuns groups the hits by document, the documents ordered by ID and
// each one's hits by position.
func (e *engine) docRuns(hits *roaring.Bitmap) []docRun {
	var runs []docRun
	ords := hits.ToArray()
	for i := 0; i < len(ords); {
		d := e.docOf[ords[i]]
		j := i + 1
		for j < len(ords) && e.docOf[ords[j]] == d {
			j++
		}
		run := ords[i:j:j]
		if !slices.IsSortedFunc(run, e.comparePos) {
			slices.SortFunc(run, e.comparePos)
		}
		runs = append(runs, docRun{doc: d, ords: run})
		i = j
	}
	slices.SortFunc(runs, func(a, b docRun) int { return strings.Compare(e.docs[a.doc].ID, e.docs[b.doc].ID) })
	return runs
}

func (e *engine) comparePos(a, b uint32) int { return cmp.Compare(e.pos[a], e.pos[b]) }

// inIDOrder returns the hits ordered by document ID, then position: an
// order that does not depend on how documents are spread over shards or
// on paragraph numbers.
func (e *engine) inIDOrder(hits *roaring.Bitmap) []uint32 {
	runs := e.docRuns(hits)
	out := make([]uint32, 0, hits.GetCardinality())
	for _, r := range runs {
		out = append(out, r.ords...)
	}
	return out
}

// CollectionStats returns the figures of this index that ranking q needs
// (paragraphs, their total length, and the number of paragraphs that
// contain each term q is ranked by: its positive terms, normalized, or for
// mode=any their gse words), to be summed over the shards of a
// collection and passed to SearchShard. The figures depend on q alone; of
// opt, only NoCache matters (it keeps the term cache out).
func (ix *Index) CollectionStats(ctx context.Context, q govsearch.Query, opt govsearch.SearchOptions) (*govsearch.CollectionStats, error) {
	ctx = searchContext(ctx)
	g := ix.acquire()
	if g == nil {
		return nil, govsearch.Errorf(govsearch.EUnavailable, "index is closed")
	}
	defer g.release()
	e := g.eng
	clauses, err := e.prepareClauses(ctx, q, !opt.NoCache, q.Mode != govsearch.ModeAny)
	if err != nil {
		return nil, err
	}
	st := &govsearch.CollectionStats{Paragraphs: int64(e.nLive), Chars: e.chars, Terms: map[string]int64{}}
	if q.Mode != govsearch.ModeAny {
		for _, c := range positiveClauses(clauses) {
			for i, norm := range c.norms {
				st.Terms[norm] = int64(c.bitmaps[i].GetCardinality())
			}
		}
	} else {
		// mode=any ranks by the gse words of the positive terms, counting
		// their candidates (see relaxedMatches).
		words, err := ix.relaxedWords(clauses)
		if err != nil {
			return nil, err
		}
		hits, err := match.Candidates(e.views(), words...)
		if err != nil {
			return nil, err
		}
		for i, w := range words {
			st.Terms[w] = int64(hits[i].Count())
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, govsearch.Errorf(govsearch.ETimeout, "search took longer than allowed")
	}
	return st, nil
}

// SearchShard runs q on this index as one shard of a collection whose
// statistics are st (the sum of every shard's CollectionStats for q; nil
// means this index's own, as for a collection of one shard). It returns
// the shard's total, facets and explanation, and its best hits with their
// raw scores (see govsearch.ShardResult), materialized and highlighted as
// opt asks. MergeShards merges the parts of all shards. Results are not
// cached.
func (ix *Index) SearchShard(ctx context.Context, q govsearch.Query, opt govsearch.SearchOptions, st *govsearch.CollectionStats) (*govsearch.ShardResult, error) {
	ctx = searchContext(ctx)
	g := ix.acquire()
	if g == nil {
		return nil, govsearch.Errorf(govsearch.EUnavailable, "index is closed")
	}
	defer g.release()
	res, err := ix.searchShard(ctx, g, q, opt, st)
	if err != nil {
		if ctx.Err() != nil {
			return nil, govsearch.Errorf(govsearch.ETimeout, "search took longer than allowed")
		}
		return nil, err
	}
	if opt.Explain {
		res.Explain = ix.explain(ctx, g, q, !opt.NoCache, res.Total)
	}
	return res, nil
}

func (ix *Index) searchShard(ctx context.Context, g *generation, q govsearch.Query, opt govsearch.SearchOptions, st *govsearch.CollectionStats) (*govsearch.ShardResult, error) {
	e := g.eng
	var (
		hits   *roaring.Bitmap
		rankBy []clauseTerms
		terms  []string
		exact  = func(uint32) bool { return true }
	)
	if q.Mode == govsearch.ModeAny {
		m, err := ix.relaxedMatches(ctx, g, q, !opt.NoCache, st)
		if err != nil {
			return nil, err
		}
		hits, rankBy, terms, exact = m.hits, m.rankBy, m.words, m.exact
	} else {
		clauses, err := e.prepare(ctx, q, !opt.NoCache)
		if err != nil {
			return nil, err
		}
		hits, rankBy, terms = e.matchAll(clauses, q.Filters), clauses, positiveNorms(clauses)
	}
	res := &govsearch.ShardResult{Total: int(hits.GetCardinality()), Hits: []govsearch.ShardHit{}}
	if opt.Facets {
		res.Facets = e.facetCounts(hits)
	}
	want := opt.From + opt.Size
	if opt.Size <= 0 || hits.IsEmpty() {
		return res, nil
	}
	if opt.Sort == govsearch.SortDate {
		for _, s := range e.topByDate(hits, want) {
			h, err := e.hit(s.ord, 0, exact(s.ord), terms, opt.Highlight)
			if err != nil {
				return nil, err
			}
			res.Hits = append(res.Hits, govsearch.ShardHit{Hit: h})
		}
		return res, nil
	}
	top, scoreTerms, err := e.quickTop(ctx, hits, rankBy, max(want, rank.PoolSize), st)
	if err != nil {
		return nil, err
	}
	for i, s := range top {
		hit, err := e.hit(s.ord, 0, exact(s.ord), terms, opt.Highlight)
		if err != nil {
			return nil, err
		}
		h := govsearch.ShardHit{Hit: hit, Quick: s.score}
		if i < rank.PoolSize {
			full, err := e.fullScore(s.ord, scoreTerms)
			if err != nil {
				return nil, err
			}
			h.Full = &full
		}
		res.Hits = append(res.Hits, h)
	}
	return res, nil
}

// MergeShards merges the parts every shard of a collection gave for q and
// opt (SearchShard, all with the same collection statistics) into the result
// a single index holding every document gives: totals and facet counts
// are summed (shards hold disjoint documents), and the hits are ranked by
// the single index's algorithm: the best max(From+Size, 100) by the quick
// score, the first 100 of them re-ranked by their full score, cut at
// From+Size, ties broken by document ID and position. Each hit of the
// global pool of 100 is among its own shard's best 100 by the quick score,
// so its shard sent its full score. TookMS is left to the caller.
func MergeShards(q govsearch.Query, opt govsearch.SearchOptions, parts []*govsearch.ShardResult) (*govsearch.Result, error) {
	res := &govsearch.Result{Query: q.Text, Hits: []govsearch.Hit{}}
	var all []govsearch.ShardHit
	var facets []*govsearch.Facets
	var explains []*govsearch.Explanation
	for i, p := range parts {
		if p == nil {
			return nil, govsearch.Errorf(govsearch.EInternal, "shard %d gave no result", i)
		}
		res.Total += p.Total
		all = append(all, p.Hits...)
		facets = append(facets, p.Facets)
		explains = append(explains, p.Explain)
	}
	if opt.Facets {
		res.Facets = MergeFacets(facets)
	}
	if opt.Explain {
		res.Explain = MergeExplanations(explains, res.Total)
	}
	want := opt.From + opt.Size
	if opt.Size <= 0 || opt.From >= res.Total {
		return res, nil
	}
	var top []govsearch.ShardHit
	if opt.Sort == govsearch.SortDate {
		slices.SortFunc(all, func(a, b govsearch.ShardHit) int {
			if a.Date != b.Date {
				return -strings.Compare(string(a.Date), string(b.Date)) // newest first, unknown last
			}
			return CompareHits(a.Hit, b.Hit)
		})
		top = all[:min(want, len(all))]
		for i := range top {
			top[i].Score = 0
		}
	} else {
		byScore := func(score func(h *govsearch.ShardHit) float64) func(a, b govsearch.ShardHit) int {
			return func(a, b govsearch.ShardHit) int {
				if sa, sb := score(&a), score(&b); sa != sb {
					return -cmp.Compare(sa, sb)
				}
				return CompareHits(a.Hit, b.Hit)
			}
		}
		slices.SortFunc(all, byScore(func(h *govsearch.ShardHit) float64 { return h.Quick }))
		top = all[:min(max(want, rank.PoolSize), len(all))]
		pool := top[:min(rank.PoolSize, len(top))]
		for i := range pool {
			if pool[i].Full == nil {
				return nil, govsearch.Errorf(govsearch.EInternal, "shard result lacks the full score of %s", pool[i].ID)
			}
		}
		slices.SortFunc(pool, byScore(func(h *govsearch.ShardHit) float64 { return *h.Full }))
		top = top[:min(want, len(top))]
		for i := range top {
			s := top[i].Quick
			if i < len(pool) {
				s = *top[i].Full
			}
			top[i].Score = rank.Round(s)
		}
	}
	for _, h := range top[min(opt.From, len(top)):] {
		res.Hits = append(res.Hits, h.Hit)
	}
	return res, nil
}

// CompareHits orders hits by document ID, then position: how score ties
// are broken, and the order of Each (exports) on a single index, in which
// a gateway merges the shards' exports (MergeSorted, MergeStreams).
func CompareHits(a, b govsearch.Hit) int {
	if c := strings.Compare(a.DocID, b.DocID); c != 0 {
		return c
	}
	return cmp.Compare(a.Position, b.Position)
}

// CompareConcordanceLines orders concordance lines as Concordance emits
// them, by document ID, then position. Lines of one paragraph compare
// equal and come from one shard: a stable merge (MergeSorted,
// MergeStreams) keeps their order.
func CompareConcordanceLines(a, b govsearch.ConcordanceLine) int {
	if c := strings.Compare(a.DocID, b.DocID); c != 0 {
		return c
	}
	return cmp.Compare(a.Position, b.Position)
}

// MergeFacets sums the facet counts of shards (nil parts are skipped):
// every value with its total count, ordered as an index orders them, by
// count, largest first, then by value.
func MergeFacets(parts []*govsearch.Facets) *govsearch.Facets {
	out := &govsearch.Facets{}
	fields := func(f *govsearch.Facets) []*[]govsearch.FacetCount {
		return []*[]govsearch.FacetCount{&f.Province, &f.City, &f.District, &f.Year, &f.Section, &f.DocType, &f.Level}
	}
	dst := fields(out)
	for k := range dst {
		sum := map[string]int{}
		for _, p := range parts {
			if p == nil {
				continue
			}
			for _, fc := range *fields(p)[k] {
				sum[fc.Value] += fc.Count
			}
		}
		list := make([]govsearch.FacetCount, 0, len(sum))
		for v, n := range sum {
			if n > 0 {
				list = append(list, govsearch.FacetCount{Value: v, Count: n})
			}
		}
		slices.SortFunc(list, func(a, b govsearch.FacetCount) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			return strings.Compare(a.Value, b.Value)
		})
		*dst[k] = list
	}
	return out
}

// MergeExplanations merges the shards' explanations of one query (nil
// parts are skipped) given the merged total. What sums is summed: each
// term's paragraphs and its segments' paragraphs, the index's documents
// and paragraphs. The rest is taken from the first shard: the terms'
// normalizations and segments (the same on every shard) and the analyzer;
// the build time is the latest shard's, the build seconds the longest.
// The reasons for an empty result, and the suggestions, are the shards'
// (each shard found no hit either), without repeats, in shard order: a
// shard explains its own emptiness, so a reason such as "no paragraph
// contains X" is certain only when every shard gives it, and near
// spellings come from each shard's own words. They are only given when
// the merged total is zero.
func MergeExplanations(parts []*govsearch.Explanation, total int) *govsearch.Explanation {
	var out *govsearch.Explanation
	seenReason, seenSuggestion := map[string]bool{}, map[string]bool{}
	for _, p := range parts {
		if p == nil {
			continue
		}
		if out == nil {
			c := *p
			c.Terms = make([]govsearch.TermExplanation, len(p.Terms))
			for i, t := range p.Terms {
				t.SegmentParagraphs = slices.Clone(t.SegmentParagraphs)
				c.Terms[i] = t
			}
			c.Reasons, c.Suggestions = nil, nil
			out = &c
		} else {
			for i := range min(len(out.Terms), len(p.Terms)) {
				t := &out.Terms[i]
				t.Paragraphs += p.Terms[i].Paragraphs
				for k := range min(len(t.SegmentParagraphs), len(p.Terms[i].SegmentParagraphs)) {
					t.SegmentParagraphs[k] += p.Terms[i].SegmentParagraphs[k]
				}
			}
			out.Index.Documents += p.Index.Documents
			out.Index.Paragraphs += p.Index.Paragraphs
			out.Index.BuiltAt = max(out.Index.BuiltAt, p.Index.BuiltAt)
			out.Index.BuildSeconds = max(out.Index.BuildSeconds, p.Index.BuildSeconds)
		}
		if total > 0 {
			continue
		}
		for _, r := range p.Reasons {
			if !seenReason[r] {
				seenReason[r] = true
				out.Reasons = append(out.Reasons, r)
			}
		}
		for _, s := range p.Suggestions {
			if !seenSuggestion[s] {
				seenSuggestion[s] = true
				out.Suggestions = append(out.Suggestions, s)
			}
		}
	}
	return out
}

// MergeTrends merges the shards' trends for the same queries and field
// into the trend of the whole collection: per bucket value, paragraphs,
// documents (a document lives on one shard) and characters are summed and
// the rate recomputed from the sums; the buckets are every value some
// shard has, in the order Trend gives them.
func MergeTrends(parts []*govsearch.Trend) (*govsearch.Trend, error) {
	if len(parts) == 0 || parts[0] == nil {
		return nil, govsearch.Errorf(govsearch.EInternal, "no trend to merge")
	}
	by := parts[0].By
	out := &govsearch.Trend{By: by, Series: make([]govsearch.TrendSeries, 0, len(parts[0].Series))}
	for si, s := range parts[0].Series {
		sums := map[string]*govsearch.TrendBucket{}
		var values []string
		for pi, p := range parts {
			if p == nil || p.By != by || len(p.Series) != len(parts[0].Series) {
				return nil, govsearch.Errorf(govsearch.EInternal, "shard %d's trend does not match the others", pi)
			}
			for _, b := range p.Series[si].Buckets {
				t := sums[b.Value]
				if t == nil {
					t = &govsearch.TrendBucket{Value: b.Value}
					sums[b.Value] = t
					values = append(values, b.Value)
				}
				t.Paragraphs += b.Paragraphs
				t.Documents += b.Documents
				t.Chars += b.Chars
			}
		}
		slices.SortFunc(values, func(va, vb string) int {
			return compareTrendValues(by, va, vb, sums[va].Chars, sums[vb].Chars)
		})
		series := govsearch.TrendSeries{Query: s.Query, Buckets: make([]govsearch.TrendBucket, 0, len(values))}
		for _, v := range values {
			b := *sums[v]
			if b.Chars > 0 {
				b.Per10kChars = roundTo(float64(b.Paragraphs)*10000/float64(b.Chars), 4)
			}
			series.Buckets = append(series.Buckets, b)
		}
		out.Series = append(out.Series, series)
	}
	return out, nil
}

// MergeNewest merges the shards' feeds (NewestShard, each up to n hits)
// into the feed of the whole collection, as Newest orders it: the most
// recently indexed documents first, documents indexed at the same time by
// ID, each document's hits in reading order; at most n.
func MergeNewest(parts [][]govsearch.FeedHit, n int) []govsearch.Hit {
	merged := MergeSorted(parts, func(a, b govsearch.FeedHit) int {
		if c := b.IndexedAt.Compare(a.IndexedAt); c != 0 {
			return c
		}
		return CompareHits(a.Hit, b.Hit)
	})
	var out []govsearch.Hit
	for _, f := range merged[:min(n, len(merged))] {
		out = append(out, f.Hit)
	}
	return out
}

// MergeSorted merges lists that are each sorted by cmp into one sorted
// list; of equal elements, those of an earlier list come first, and each
// list's keep their order.
func MergeSorted[T any](parts [][]T, cmp func(a, b T) int) []T {
	var out []T
	next := make([]func() (T, bool, error), len(parts))
	for i, p := range parts {
		next[i] = func() (T, bool, error) {
			var zero T
			if len(p) == 0 {
				return zero, false, nil
			}
			x := p[0]
			p = p[1:]
			return x, true, nil
		}
	}
	_ = MergeStreams(next, cmp, func(x T) error {
		out = append(out, x)
		return nil
	})
	return out
}

// MergeStreams merges streams that each yield elements sorted by cmp,
// calling fn for every element in merged order (of equal elements, those
// of an earlier stream first), without holding more than one element per
// stream: how a gateway streams an export (CompareHits) or a concordance
// (CompareConcordanceLines) from every shard. A stream's next returns
// false when it is exhausted. The first error of a stream or of fn ends
// the merge and is returned.
func MergeStreams[T any](next []func() (T, bool, error), cmp func(a, b T) int, fn func(T) error) error {
	heads := make([]T, len(next))
	live := make([]bool, len(next))
	for i, nx := range next {
		x, ok, err := nx()
		if err != nil {
			return err
		}
		heads[i], live[i] = x, ok
	}
	for {
		best := -1
		for i := range heads {
			if live[i] && (best < 0 || cmp(heads[i], heads[best]) < 0) {
				best = i
			}
		}
		if best < 0 {
			return nil
		}
		if err := fn(heads[best]); err != nil {
			return err
		}
		x, ok, err := next[best]()
		if err != nil {
			return err
		}
		heads[best], live[best] = x, ok
	}
}
