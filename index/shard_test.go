package index

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
)

// shardedIndexes is one index of every document and, for each n, the
// same documents spread over n shard indexes by ShardOf.
type shardedIndexes struct {
	docs   []govsearch.DocumentContent
	single *Index
	shards map[int][]*Index
}

// buildSharded indexes docs once whole and once per n in ns as n shards.
// The documents get fixed indexing times, some equal, so that feeds
// (Newest) compare across indexes built at different times.
func buildSharded(t testing.TB, docs []govsearch.DocumentContent, ns ...int) *shardedIndexes {
	t.Helper()
	ctx := context.Background()
	base := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	docs = slices.Clone(docs)
	for i := range docs {
		docs[i].Document.IndexedAt = base.Add(time.Duration(i%3) * time.Hour)
	}
	open := func(part []govsearch.DocumentContent) *Index {
		dir := t.TempDir()
		if _, err := Update(ctx, dir, Change{Put: part}, Options{}); err != nil {
			t.Fatal(err)
		}
		ix, err := Open(dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		return ix
	}
	s := &shardedIndexes{docs: docs, single: open(docs), shards: map[int][]*Index{}}
	for _, n := range ns {
		parts := make([][]govsearch.DocumentContent, n)
		for _, d := range docs {
			k := ShardOf(d.Document.ID, n)
			parts[k] = append(parts[k], d)
		}
		for _, p := range parts {
			s.shards[n] = append(s.shards[n], open(p))
		}
	}
	return s
}

// viaJSON sends v through JSON, as NATS carries it between a shard and a
// gateway.
func viaJSON[T any](t testing.TB, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// searchArgs are the arguments of a search: its query and options.
type searchArgs struct {
	q   govsearch.Query
	opt govsearch.SearchOptions
}

// gatewaySearch answers q as a gateway does: the collection statistics
// gathered from every shard and summed, then every shard's part, merged.
func gatewaySearch(t testing.TB, shards []*Index, q govsearch.Query, opt govsearch.SearchOptions) (*govsearch.Result, error) {
	t.Helper()
	ctx := context.Background()
	var st govsearch.CollectionStats
	for _, sh := range shards {
		s, err := sh.CollectionStats(ctx, q, opt)
		if err != nil {
			return nil, err
		}
		st.Add(viaJSON(t, s))
	}
	st = viaJSON(t, st)
	var parts []*govsearch.ShardResult
	for _, sh := range shards {
		p, err := sh.SearchShard(ctx, q, opt, &st)
		if err != nil {
			return nil, err
		}
		parts = append(parts, viaJSON(t, p))
	}
	return MergeShards(q, opt, parts)
}

// shardQueries are the searches a gateway must answer as a single node:
// single characters, pairs, phrases, OR, exclusions, filters, sort=date,
// mode=any, later pages, facets, highlights and explanations.
func shardQueries(t testing.TB, docs []govsearch.DocumentContent, random int) []searchArgs {
	t.Helper()
	texts := []string{"发展", "税", "和平", "营商环境", "京津冀协同发展", "经济 发展", "营商环境 OR 民营", "发展 -经济",
		`"协同发展"`, "高质量发展 OR 创新 -疫情", "的", "区", "持续优化营商环境推动民营经济发展", "没有这个词语的查询"}
	rng := rand.New(rand.NewSource(15))
	for range random {
		a := randomSubstring(rng, docs)
		texts = append(texts, strconv.Quote(string([]rune(a)[:min(len([]rune(a)), 1+rng.Intn(4))])))
	}
	var province, city string
	var year int
	for _, d := range docs {
		if d.Document.Province != "" && province == "" {
			province = d.Document.Province
		}
		if d.Document.City != "" && city == "" {
			city = d.Document.City
		}
		if d.Document.Year != 0 && year == 0 {
			year = int(d.Document.Year)
		}
	}
	var out []searchArgs
	for i, text := range texts {
		base := searchArgs{q: mustQuery(t, text), opt: govsearch.SearchOptions{Size: 10}}
		variants := []func(q *govsearch.Query, opt *govsearch.SearchOptions){
			func(q *govsearch.Query, opt *govsearch.SearchOptions) {},
			func(q *govsearch.Query, opt *govsearch.SearchOptions) {
				opt.Facets, opt.Highlight, opt.Explain = true, true, true
			},
			func(q *govsearch.Query, opt *govsearch.SearchOptions) { opt.From = 5 },
			func(q *govsearch.Query, opt *govsearch.SearchOptions) { opt.From, opt.Size = 95, 10 }, // across the re-scored pool's end
			func(q *govsearch.Query, opt *govsearch.SearchOptions) { opt.From, opt.Size = 0, 150 },
			func(q *govsearch.Query, opt *govsearch.SearchOptions) { opt.Sort = govsearch.SortDate; opt.From = 3 },
			func(q *govsearch.Query, opt *govsearch.SearchOptions) { q.Mode = govsearch.ModeAny; opt.Facets = true },
			func(q *govsearch.Query, opt *govsearch.SearchOptions) {
				q.Mode, opt.From, opt.Size = govsearch.ModeAny, 90, 20
			},
			func(q *govsearch.Query, opt *govsearch.SearchOptions) {
				q.Filters.Province = []string{province}
				opt.Facets = true
			},
			func(q *govsearch.Query, opt *govsearch.SearchOptions) {
				q.Filters.Year = []govsearch.YearRange{{From: year - 1, To: year}}
				opt.Sort = govsearch.SortDate
			},
			func(q *govsearch.Query, opt *govsearch.SearchOptions) {
				q.Filters.City = []string{city}
				q.Filters.Level = []string{govsearch.LevelCity, govsearch.LevelUnknown}
				q.Mode = govsearch.ModeAny
			},
			func(q *govsearch.Query, opt *govsearch.SearchOptions) { opt.Size = 0; opt.Facets = true },
		}
		// Every query runs plain and with facets; the other variants take
		// turns, so that each meets many queries.
		for k, v := range variants {
			if k < 2 || (i+k)%3 == 0 {
				s := base
				v(&s.q, &s.opt)
				out = append(out, s)
			}
		}
	}
	return out
}

// checkSameResult compares a gateway's result with a single node's. The
// explanations are compared on what merges exactly: the terms and their
// paragraphs, the documents and paragraphs of the index (its build time
// is each index's own).
func checkSameResult(t testing.TB, what string, q govsearch.Query, opt govsearch.SearchOptions, want, got *govsearch.Result) {
	t.Helper()
	w, g := *want, *got
	w.TookMS, g.TookMS = 0, 0
	if opt.Explain {
		if w.Explain == nil || g.Explain == nil {
			t.Errorf("%s %q %+v %+v: explanation missing: single %v, gateway %v", what, q.Text, q, opt, w.Explain != nil, g.Explain != nil)
		} else {
			if !reflect.DeepEqual(w.Explain.Terms, g.Explain.Terms) {
				t.Errorf("%s %q: explained terms differ:\nsingle  %+v\ngateway %+v", what, q.Text, w.Explain.Terms, g.Explain.Terms)
			}
			if wi, gi := w.Explain.Index, g.Explain.Index; wi.Documents != gi.Documents || wi.Paragraphs != gi.Paragraphs || wi.Analyzer != gi.Analyzer {
				t.Errorf("%s %q: explained index differs: single %+v, gateway %+v", what, q.Text, wi, gi)
			}
			if w.Total > 0 && (len(g.Explain.Reasons) > 0 || len(g.Explain.Suggestions) > 0) {
				t.Errorf("%s %q: reasons for an empty result given for %d hits", what, q.Text, w.Total)
			}
			if w.Total == 0 && len(w.Explain.Reasons) > 0 && len(g.Explain.Reasons) == 0 {
				t.Errorf("%s %q: no reason given for an empty result", what, q.Text)
			}
		}
		w.Explain, g.Explain = nil, nil
	}
	if reflect.DeepEqual(w, g) {
		return
	}
	msg := fmt.Sprintf("%s %q (mode %s, sort %s, from %d, size %d, filters %+v): total %d/%d, hits %d/%d",
		what, q.Text, q.Mode, opt.Sort, opt.From, opt.Size, q.Filters, w.Total, g.Total, len(w.Hits), len(g.Hits))
	if !reflect.DeepEqual(w.Facets, g.Facets) {
		msg += "; facets differ"
	}
	for i := range min(len(w.Hits), len(g.Hits)) {
		if !reflect.DeepEqual(w.Hits[i], g.Hits[i]) {
			msg += fmt.Sprintf("; first difference at hit %d: single %s (%v), gateway %s (%v)", i, w.Hits[i].ID, w.Hits[i].Score, g.Hits[i].ID, g.Hits[i].Score)
			break
		}
	}
	t.Error(msg)
}

// checkShardedSearch runs every query on the single index and through
// MergeShards on each set of shards.
func checkShardedSearch(t *testing.T, s *shardedIndexes, searches []searchArgs) {
	ctx := context.Background()
	for n, shards := range s.shards {
		for _, args := range searches {
			q, opt := args.q, args.opt
			want, wantErr := s.single.Search(ctx, q, opt)
			got, gotErr := gatewaySearch(t, shards, q, opt)
			if wantErr != nil || gotErr != nil {
				if govsearch.ErrorCode(wantErr) != govsearch.ErrorCode(gotErr) {
					t.Errorf("%d shards, %q: single node's error %v, gateway's %v", n, q.Text, wantErr, gotErr)
				}
				continue
			}
			checkSameResult(t, fmt.Sprintf("%d shards:", n), q, opt, want, got)
		}
	}
}

// checkShardedResearch compares trends, exports, concordances and feeds
// merged from shards with a single node's.
func checkShardedResearch(t *testing.T, s *shardedIndexes, texts []string) {
	ctx := context.Background()
	var queries []govsearch.Query
	for _, text := range texts {
		queries = append(queries, mustQuery(t, text))
	}
	for n, shards := range s.shards {
		t.Run(fmt.Sprintf("%d shards", n), func(t *testing.T) {
			for _, by := range govsearch.TrendNames() {
				for _, filters := range []govsearch.Filters{{}, {Level: []string{govsearch.LevelCity, govsearch.LevelCounty}}} {
					qs := slices.Clone(queries)
					qs[0].Filters = filters
					want, err := s.single.Trend(ctx, qs, by)
					if err != nil {
						t.Fatal(err)
					}
					var parts []*govsearch.Trend
					for _, sh := range shards {
						p, err := sh.Trend(ctx, qs, by)
						if err != nil {
							t.Fatal(err)
						}
						parts = append(parts, viaJSON(t, p))
					}
					got, err := MergeTrends(parts)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(want, got) {
						t.Errorf("trend by %s, filters %+v: merged shards differ from a single node:\nsingle  %+v\ngateway %+v", by, filters, want, got)
					}
				}
			}
			for _, q := range queries {
				// Export: Each on a single node is in the global order.
				want := collect(t, func(fn func(govsearch.Hit) error) (int, error) { return s.single.Each(ctx, q, fn) })
				if !slices.IsSortedFunc(want, CompareHits) {
					t.Errorf("export of %q is not in document ID order", q.Text)
				}
				var parts [][]govsearch.Hit
				for _, sh := range shards {
					parts = append(parts, viaJSON(t, collect(t, func(fn func(govsearch.Hit) error) (int, error) { return sh.Each(ctx, q, fn) })))
				}
				if got := MergeSorted(parts, CompareHits); !reflect.DeepEqual(want, got) {
					t.Errorf("export of %q: merged shards give %d hits, single node %d, or a different order", q.Text, len(got), len(want))
				}

				wantLines := collect(t, func(fn func(govsearch.ConcordanceLine) error) (int, error) {
					return s.single.Concordance(ctx, q, 8, fn)
				})
				var lineParts [][]govsearch.ConcordanceLine
				for _, sh := range shards {
					lineParts = append(lineParts, collect(t, func(fn func(govsearch.ConcordanceLine) error) (int, error) {
						return sh.Concordance(ctx, q, 8, fn)
					}))
				}
				if got := MergeSorted(lineParts, CompareConcordanceLines); !reflect.DeepEqual(wantLines, got) {
					t.Errorf("concordance of %q: merged shards give %d lines, single node %d, or a different order", q.Text, len(got), len(wantLines))
				}

				for _, k := range []int{1, 7, 10000} {
					want, err := s.single.Newest(ctx, q, k)
					if err != nil {
						t.Fatal(err)
					}
					var feeds [][]govsearch.FeedHit
					for _, sh := range shards {
						f, err := sh.NewestShard(ctx, q, k)
						if err != nil {
							t.Fatal(err)
						}
						feeds = append(feeds, viaJSON(t, f))
					}
					if got := MergeNewest(feeds, k); !reflect.DeepEqual(want, got) {
						t.Errorf("newest %d of %q: merged shards give %d hits, single node %d, or a different order", k, q.Text, len(got), len(want))
					}
				}
			}
		})
	}
}

// collect gathers what a streaming call passes to its callback.
func collect[T any](t testing.TB, run func(fn func(T) error) (int, error)) []T {
	t.Helper()
	var out []T
	n, err := run(func(x T) error {
		out = append(out, x)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(out) {
		t.Fatalf("call says %d, passed %d", n, len(out))
	}
	return out
}

// TestShardsAnswerAsOneNode is the cluster's proof of exactness: the seeds
// indexed whole, and spread over 2 and 3 shards (one of them may hold few
// documents or none), give the same results: totals, facets, hits in the
// same order with the same scores, trends, exports, concordances, feeds.
func TestShardsAnswerAsOneNode(t *testing.T) {
	docs := parseSeeds(t)
	s := buildSharded(t, docs, 2, 3)
	t.Run("search", func(t *testing.T) {
		checkShardedSearch(t, s, shardQueries(t, docs, 24))
	})
	t.Run("research", func(t *testing.T) {
		checkShardedResearch(t, s, []string{"发展", "营商环境 OR 民营", "和平 -经济", "税"})
	})
}

// TestSearchShardNeedsEveryStatistic checks that ranking with statistics
// that lack a query's term is refused rather than silently wrong.
func TestSearchShardNeedsEveryStatistic(t *testing.T) {
	ix, _ := seedIndex(t)
	ctx := context.Background()
	for _, mode := range []string{govsearch.ModeAll, govsearch.ModeAny} {
		q := mustQuery(t, "营商环境 发展")
		q.Mode = mode
		opt := govsearch.SearchOptions{Size: 10}
		st, err := ix.CollectionStats(ctx, q, opt)
		if err != nil {
			t.Fatal(err)
		}
		// With its own statistics a shard ranks as Search does.
		part, err := ix.SearchShard(ctx, q, opt, st)
		if err != nil {
			t.Fatal(err)
		}
		got, err := MergeShards(q, opt, []*govsearch.ShardResult{part})
		if err != nil {
			t.Fatal(err)
		}
		want, err := ix.Search(ctx, q, opt)
		if err != nil {
			t.Fatal(err)
		}
		checkSameResult(t, "one shard:", q, opt, want, got)
		for term := range st.Terms {
			delete(st.Terms, term)
			break
		}
		if _, err := ix.SearchShard(ctx, q, opt, st); govsearch.ErrorCode(err) != govsearch.EInvalid {
			t.Errorf("mode %s: statistics without a term: got %v, want an invalid error", mode, err)
		}
	}
}

// TestShardOf pins the routing: documents already in a cluster's log
// stay on their shard only while ShardOf stays the same.
func TestShardOf(t *testing.T) {
	tests := []struct {
		id   string
		n    int
		want int
	}{
		{"a", 1000, 0xe40c292c % 1000}, // FNV-1a of "a"
		{"a", 1, 0},
		{"anything", 0, 0},
		{"", 7, 0x811c9dc5 % 7}, // FNV-1a's offset basis
	}
	for _, tc := range tests {
		if got := ShardOf(tc.id, tc.n); got != tc.want {
			t.Errorf("ShardOf(%q, %d) = %d, want %d", tc.id, tc.n, got, tc.want)
		}
	}
	counts := make([]int, 4)
	for i := range 4000 {
		counts[ShardOf(fmt.Sprintf("doc-%d", i), 4)]++
	}
	for k, c := range counts {
		if c < 800 || c > 1200 {
			t.Errorf("shard %d of 4 gets %d of 4000 documents: the hash spreads badly", k, c)
		}
	}
}

// TestMergeStreams checks the k-way merge a gateway streams exports with:
// sorted, stable across streams, and stopped by an error.
func TestMergeStreams(t *testing.T) {
	type item struct {
		key, from int
	}
	parts := [][]item{{{1, 0}, {3, 0}, {3, 0}, {9, 0}}, {}, {{0, 2}, {3, 2}, {10, 2}}, {{3, 3}}}
	got := MergeSorted(parts, func(a, b item) int { return a.key - b.key })
	want := []item{{0, 2}, {1, 0}, {3, 0}, {3, 0}, {3, 2}, {3, 3}, {9, 0}, {10, 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MergeSorted = %v, want %v", got, want)
	}
	stop := fmt.Errorf("stop")
	n := 0
	next := []func() (int, bool, error){
		func() (int, bool, error) { n++; return n, true, nil },
	}
	err := MergeStreams(next, func(a, b int) int { return a - b }, func(x int) error {
		if x == 5 {
			return stop
		}
		return nil
	})
	if err != stop || n != 5 {
		t.Errorf("MergeStreams stopped with %v after %d, want %v after 5", err, n, stop)
	}
}
