package index

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/govsearch/govsearch"
)

// TestSearchDuringUpdate keeps searching while an update runs, then
// reloads: searches never fail, and the new documents appear without
// reopening the index.
func TestSearchDuringUpdate(t *testing.T) {
	docs := parseSeeds(t)
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := Update(ctx, dir, Change{Put: docs[:2]}, Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	q := govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"发展"}}}, Mode: govsearch.ModeAll}
	opt := govsearch.SearchOptions{Size: 5, Facets: true, Highlight: true}
	before, _ := ix.Search(ctx, q, opt)

	var stop atomic.Bool
	var searches, failures atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				if _, err := ix.Search(ctx, q, opt); err != nil {
					failures.Add(1)
				}
				searches.Add(1)
				if _, err := ix.Reload(); err != nil {
					failures.Add(1)
				}
			}
		}()
	}
	res, err := Update(ctx, dir, Change{Put: docs[2:]}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	stop.Store(true)
	wg.Wait()
	if failures.Load() > 0 {
		t.Errorf("%d of %d searches or reloads failed during the update", failures.Load(), searches.Load())
	}
	if _, err := ix.Reload(); err != nil {
		t.Fatal(err)
	}
	after, _ := ix.Search(ctx, q, opt)
	if res.Documents != 5 || len(documents(t, ix)) != 5 || after.Total <= before.Total {
		t.Errorf("after reload: %d documents, %d → %d hits", len(documents(t, ix)), before.Total, after.Total)
	}
	t.Logf("%d searches during the update", searches.Load())
}

func TestUpdateUnchangedWritesNothing(t *testing.T) {
	docs := parseSeeds(t)
	dir := t.TempDir()
	ctx := context.Background()
	first, err := Update(ctx, dir, Change{Put: docs}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	again, err := Update(ctx, dir, Change{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !again.Unchanged || again.Generation != first.Generation {
		t.Errorf("an empty change wrote generation %s (was %s)", again.Generation, first.Generation)
	}
	// Deleting a document removes its paragraphs: the word counts of
	// explanations never exceed what the engine finds after a merge.
	gone := docs[0].Document.ID
	if _, err := Update(ctx, dir, Change{Delete: []string{gone}}, Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Document(gone); govsearch.ErrorCode(err) != govsearch.ENotFound {
		t.Errorf("deleted document still there: %v", err)
	}
	n := ix.cur.Load().eng.wordParagraphs("发展")
	res, _ := ix.Search(ctx, govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"发展"}}}, Mode: govsearch.ModeAll}, govsearch.SearchOptions{Size: 1})
	if n == 0 {
		t.Errorf("no paragraph has 发展 as a word; the engine finds it in %d", res.Total)
	}
}

// TestReloadWhileSearching switches generations while 8 goroutines search
// (a word, a phrase verified on the text, and mode=any, each on every
// core): every search holds its generation by reference, so none fails
// and none reads a closed segment; run it with -race.
func TestReloadWhileSearching(t *testing.T) {
	docs := parseSeeds(t)
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := Update(ctx, dir, Change{Put: docs[:1]}, Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	q := govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"发展"}}}, Mode: govsearch.ModeAll}
	queries := []govsearch.Query{q,
		{Clauses: []govsearch.Clause{{Terms: []string{"高质量发展"}}}, Mode: govsearch.ModeAll},
		{Clauses: []govsearch.Clause{{Terms: []string{"持续优化营商环境推动民营经济高质量发展"}}}, Mode: govsearch.ModeAny}}
	opt := govsearch.SearchOptions{Size: 3, Facets: true, Highlight: true, Explain: true, NoCache: true}
	var stop atomic.Bool
	var failures atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				if _, err := ix.Search(ctx, queries[w%len(queries)], opt); err != nil {
					failures.Add(1)
				}
				ix.Stats()
			}
		}()
	}
	for i := 1; i < len(docs); i++ {
		if _, err := Update(ctx, dir, Change{Put: docs[i : i+1]}, Options{}); err != nil {
			t.Fatal(err)
		}
		if switched, err := ix.Reload(); err != nil || !switched {
			t.Fatalf("reload %d: switched %v, %v", i, switched, err)
		}
	}
	stop.Store(true)
	wg.Wait()
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if failures.Load() > 0 {
		t.Errorf("%d searches failed while reloading", failures.Load())
	}
	if _, err := ix.Search(ctx, q, opt); govsearch.ErrorCode(err) != govsearch.EUnavailable {
		t.Errorf("search after close: %v", err)
	}
}

// TestNoCacheSkipsTermCache checks that a no-cache query neither reads nor
// fills the cache of verified terms, so that it pays the engine's real cost.
func TestNoCacheSkipsTermCache(t *testing.T) {
	ix, _ := seedIndex(t)
	ctx := context.Background()
	term := "营商环境持续"
	q := govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{term}}}, Mode: govsearch.ModeAll}
	opt := govsearch.SearchOptions{Size: 1, NoCache: true}
	if _, err := ix.Search(ctx, q, opt); err != nil {
		t.Fatal(err)
	}
	e := ix.cur.Load().eng
	if _, ok := e.cache.get(term); ok {
		t.Fatalf("a no-cache search filled the term cache with %q", term)
	}
	opt.NoCache = false
	if _, err := ix.Search(ctx, q, opt); err != nil {
		t.Fatal(err)
	}
	if _, ok := e.cache.get(term); !ok {
		t.Fatalf("a cached search did not fill the term cache with %q", term)
	}
}
