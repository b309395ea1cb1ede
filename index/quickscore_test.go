package index

import (
	"context"
	"math"
	"math/rand"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/dense"
	"github.com/govsearch/govsearch/query"
)

// TestQuickScoreOneIsQuickScore checks that the one-term loop gives every
// hit of random one-term queries over the seeds the very score (the same
// bits) quickScore gives it.
func TestQuickScoreOneIsQuickScore(t *testing.T) {
	ix, docs := seedIndex(t)
	g := ix.acquire()
	defer g.release()
	e := g.eng
	ctx := context.Background()
	paras := allParas(docs)
	rng := rand.New(rand.NewSource(11))
	for round := 0; round < 200; round++ {
		r := []rune(paras[rng.Intn(len(paras))].norm)
		if len(r) == 0 {
			continue
		}
		n := 1 + rng.Intn(min(4, len(r)))
		i := rng.Intn(len(r) - n + 1)
		clauses, err := query.Parse(string(r[i : i+n]))
		if err != nil {
			continue
		}
		cts, err := e.prepare(ctx, govsearch.Query{Clauses: clauses, Mode: govsearch.ModeAll}, false)
		if err != nil {
			continue
		}
		hits := e.matchAll(cts, govsearch.Filters{})
		terms, all, err := termStats(cts, float64(e.nLive), e.avgLen, nil)
		if err != nil || len(all) != 1 {
			continue
		}
		ords := hitOrds(hits)
		tm := all[0]
		tm.inTitle = e.titlesWith(tm.norm)
		tm.has = dense.Of(tm.about, uint64(e.nOrd), false)
		tm.tf = make([]uint8, len(ords))
		for _, run := range e.segRuns(ords) {
			if err := e.termCounts(tm.norm, ords, run[0], run[1], tm.tf); err != nil {
				t.Fatal(err)
			}
		}
		for k, ord := range ords {
			want, got := e.quickScore(k, ord, terms), e.quickScoreOne(k, ord, tm)
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("%q paragraph %d: %v, quickScore %v", tm.norm, ord, got, want)
			}
		}
		tm.has.Free()
		uint32Pool.Put(ords)
	}
}
