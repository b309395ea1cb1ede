package segtest

import (
	"context"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/govsearch/govsearch/index/internal/match"
)

// Keys names the hits of a set of segments: "docID#position" for each
// paragraph, sorted.
func Keys(views []match.View, hits match.Hits) ([]string, error) {
	var out []string
	for i, v := range views {
		it := hits[i].Iterator()
		for it.HasNext() {
			ord := it.Next()
			rec, err := v.Seg.Record(ord)
			if err != nil {
				return nil, err
			}
			d, err := v.Seg.Document(rec.Doc)
			if err != nil {
				return nil, err
			}
			out = append(out, fmt.Sprintf("%s#%d", d.ID, rec.Position))
		}
	}
	slices.Sort(out)
	return out, nil
}

// Scan returns, by brute force, the keys of the paragraphs of docs whose
// normalized text satisfies match, sorted.
func Scan(docs []Doc, keep func(p int, norm string) bool) []string {
	var out []string
	for _, d := range docs {
		for _, p := range d.Paras {
			if keep(int(p.Position), p.Norm) {
				out = append(out, fmt.Sprintf("%s#%d", d.Document.ID, p.Position))
			}
		}
	}
	slices.Sort(out)
	return out
}

// CheckOracle searches views for n random substrings of live (the
// documents the views should hold, deletions applied), n/2 walks over
// their trigrams (TrigramWalk: terms whose grams occur, the terms often
// not), and a few absent terms, and compares hits, counts and facets with
// a scan of live.
func CheckOracle(t testing.TB, rng *rand.Rand, views []match.View, live []Doc, n int) {
	t.Helper()
	ctx := context.Background()
	terms := []string{"彁", "发展彁", "一一一", "年年"}
	for i := 0; i < n; i++ {
		terms = append(terms, RandomSubstring(rng, live))
	}
	next := NextChars(live)
	for i := 0; i < n/2; i++ {
		terms = append(terms, TrigramWalk(rng, live, next))
	}
	for i, term := range terms {
		hits, err := match.Term(ctx, views, term)
		if err != nil {
			t.Fatalf("%q: %v", term, err)
		}
		got, err := Keys(views, hits)
		if err != nil {
			t.Fatal(err)
		}
		want := Scan(live, func(_ int, norm string) bool { return strings.Contains(norm, term) })
		if hits.Count() != len(want) || !slices.Equal(got, want) {
			t.Fatalf("%q: engine %d hits, scan %d\nengine only: %v\nscan only: %v", term, hits.Count(), len(want), minus(got, want), minus(want, got))
		}
		if i%8 == 0 {
			checkFacets(t, views, hits, live, func(norm string) bool { return strings.Contains(norm, term) })
		}
	}
	checkFacets(t, views, match.All(views), live, func(string) bool { return true })
}

func checkFacets(t testing.TB, views []match.View, hits match.Hits, live []Doc, keep func(norm string) bool) {
	t.Helper()
	for f, field := range Fields {
		got, err := match.FacetCounts(views, hits, field)
		if err != nil {
			t.Fatal(err)
		}
		counts := map[string]int{}
		for _, d := range live {
			for _, p := range d.Paras {
				if keep(p.Norm) {
					counts[p.Facets[f]]++
				}
			}
		}
		if len(got) != len(counts) {
			t.Fatalf("facet %s: %d values, scan %d", field, len(got), len(counts))
		}
		for _, vc := range got {
			if counts[vc.Value] != vc.Count {
				t.Fatalf("facet %s=%q: %d, scan %d", field, vc.Value, vc.Count, counts[vc.Value])
			}
		}
		// A filter on the most frequent value holds exactly its paragraphs.
		if len(got) > 0 {
			fb, err := match.Filter(views, field, []string{got[0].Value})
			if err != nil {
				t.Fatal(err)
			}
			if n := match.And(hits, fb).Count(); n != got[0].Count {
				t.Fatalf("filter %s=%q: %d hits, facet says %d", field, got[0].Value, n, got[0].Count)
			}
		}
	}
}

func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			out = append(out, x)
		}
	}
	if len(out) > 5 {
		out = out[:5]
	}
	return out
}
