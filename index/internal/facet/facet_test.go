package facet_test

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/facet"
	"github.com/govsearch/govsearch/index/internal/segtest"
)

// TestCountAndUnionAgainstOracle writes the seeds and generated documents
// as three segments, deletes some paragraphs, and checks every field's
// counts (dense and sparse hit sets) and unions against a scan of the
// paragraphs' values.
func TestCountAndUnionAgainstOracle(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	docs := append(segtest.Seeds(t), segtest.Generated(rng, 120, "g")...)
	type para struct {
		ord    uint32
		values []string
	}
	var paras []para // live paragraphs, in the number space
	var srcs []facet.Source
	base := uint32(0)
	for _, part := range [][]segtest.Doc{docs[:40], docs[40:90], docs[90:]} {
		in := segtest.Input(part)
		seg := segtest.Segment(t, in)
		deleted := roaring.New()
		for k := range in.Paras {
			if rng.Intn(5) == 0 {
				deleted.Add(uint32(k))
				continue
			}
			paras = append(paras, para{base + uint32(k), in.Paras[k].Facets})
		}
		srcs = append(srcs, facet.Source{Seg: seg, Deleted: deleted, Base: base})
		base += 1 << 16
	}
	var fields []*facet.Field
	for _, name := range segtest.Fields {
		f, err := facet.Build(name, srcs, int(base))
		if err != nil {
			t.Fatal(err)
		}
		fields = append(fields, f)
	}
	for round := 0; round < 40; round++ {
		hits := roaring.New()
		density := []int{1, 10, 50, 100}[round%4]
		for _, p := range paras {
			if rng.Intn(100) < density {
				hits.Add(p.ord)
			}
		}
		got := facet.Count(fields, hits)
		for fi, f := range fields {
			byRuns, byScan := facet.CountEachWay(f, hits)
			if !sameCounts(byRuns, byScan) {
				t.Fatalf("round %d field %s: by runs %v, by scan %v", round, segtest.Fields[fi], byRuns, byScan)
			}
			want := map[string]int{}
			for _, p := range paras {
				if hits.Contains(p.ord) {
					want[p.values[fi]]++
				}
			}
			if len(got[fi]) != len(want) {
				t.Fatalf("round %d field %s: %d values, want %d", round, segtest.Fields[fi], len(got[fi]), len(want))
			}
			for i, c := range got[fi] {
				if want[c.Value] != c.Count {
					t.Fatalf("round %d field %s value %q: %d, want %d", round, segtest.Fields[fi], c.Value, c.Count, want[c.Value])
				}
				if i > 0 && (got[fi][i-1].Count < c.Count || got[fi][i-1].Count == c.Count && got[fi][i-1].Value > c.Value) {
					t.Fatalf("field %s: counts out of order", segtest.Fields[fi])
				}
			}
		}
	}
	for fi, f := range fields {
		values := f.Values
		if len(values) > 3 {
			values = []string{values[0], values[len(values)/2], "no such value"}
		}
		got := f.Union(values).ToArray()
		var want []uint32
		for _, p := range paras {
			if slices.Contains(values, p.values[fi]) {
				want = append(want, p.ord)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("field %s: union of %s: %d paragraphs, want %d", segtest.Fields[fi], strings.Join(values, ","), len(got), len(want))
		}
	}
	if _, err := facet.Build("nothing", srcs, int(base)); err == nil {
		t.Errorf("a field no segment has was built")
	}
}

// sameCounts reports whether a and b hold the same counts, in any order.
func sameCounts(a, b []govsearch.FacetCount) bool {
	m := map[string]int{}
	for _, c := range a {
		m[c.Value] = c.Count
	}
	for _, c := range b {
		if m[c.Value] != c.Count {
			return false
		}
		delete(m, c.Value)
	}
	return len(m) == 0
}
