package index

import (
	"context"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

// TestOracleAcrossSegmentsDeletionsAndMerges builds an index the way a
// newsroom does, one update at a time: documents added in separate
// updates (a segment each), one replaced by a shorter version, one
// deleted and put back, one re-indexed until the tiered policy merges the
// small segments. After every step the engine must answer exactly what a
// scan of the documents that should be live finds, with facets that add
// up, and every document must read back as it was put.
func TestOracleAcrossSegmentsDeletionsAndMerges(t *testing.T) {
	docs := parseSeeds(t)
	dir := t.TempDir()
	ctx := context.Background()
	live := map[string]govsearch.DocumentContent{}
	update := func(ch Change) *UpdateResult {
		t.Helper()
		res, err := Update(ctx, dir, ch, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ch.Put {
			live[d.Document.ID] = d
		}
		for _, id := range ch.Delete {
			delete(live, id)
		}
		return res
	}
	check := func(step string) {
		t.Helper()
		ix, err := Open(dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		var want []govsearch.DocumentContent
		for _, d := range docs {
			if l, ok := live[d.Document.ID]; ok {
				want = append(want, l)
			}
		}
		checkOracle(t, step, ix, want, 120)
	}

	for i := range docs {
		update(Change{Put: docs[i : i+1]})
	}
	check("five updates")

	// A new version of docs[1] with half its paragraphs.
	shorter := docs[1]
	shorter.Paragraphs = slices.Clone(shorter.Paragraphs[:len(shorter.Paragraphs)/2])
	if res := update(Change{Put: []govsearch.DocumentContent{shorter}}); res.Replaced != 1 || res.Added != 0 {
		t.Errorf("replacing: %+v", res)
	}
	check("replaced")

	if res := update(Change{Delete: []string{docs[3].Document.ID}}); res.Deleted != 1 {
		t.Errorf("deleting: %+v", res)
	}
	check("deleted")
	if res := update(Change{Delete: []string{docs[3].Document.ID}}); !res.Unchanged {
		t.Errorf("deleting again changed the index: %+v", res)
	}
	update(Change{Put: docs[3:4]})
	check("put back")

	// Copies of the seeds under new IDs, one update each, until the
	// tiered policy merges the small segments.
	merged := 0
	for i := 0; i < 6; i++ {
		c := copyDoc(docs[i%len(docs)], fmt.Sprintf("copy%d", i))
		docs = append(docs, c)
		res := update(Change{Put: []govsearch.DocumentContent{c}})
		merged += res.Segments - 1
	}
	if merged == 0 {
		t.Errorf("eleven segments and no merge")
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	st := ix.Stats()
	ix.Close()
	if st.Segments > 9 {
		t.Errorf("%d segments after merging", st.Segments)
	}
	check("merged")
}

// copyDoc returns d under a new ID.
func copyDoc(d govsearch.DocumentContent, suffix string) govsearch.DocumentContent {
	c := govsearch.DocumentContent{Document: d.Document}
	c.Document.ID += "-" + suffix
	c.Document.Source += "." + suffix
	for _, p := range d.Paragraphs {
		p.DocID = c.Document.ID
		p.ID = paragraphID(c.Document.ID, p.Position)
		c.Paragraphs = append(c.Paragraphs, p)
	}
	return c
}

// checkOracle compares the index with a scan of docs, which must be
// exactly its live documents.
func checkOracle(t *testing.T, step string, ix *Index, docs []govsearch.DocumentContent, n int) {
	t.Helper()
	ctx := context.Background()
	paras := allParas(docs)
	rng := rand.New(rand.NewSource(int64(len(paras))))
	queries := []string{"税", "发展", "营商环境", "京津冀协同发展", "2035年"}
	for len(queries) < n {
		queries = append(queries, randomSubstring(rng, docs))
	}
	for _, q := range queries {
		norm := segment.Normalize(q)
		want := oracle(paras, func(s string) bool { return strings.Contains(s, norm) })
		got, res := searchAll(t, ix, govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{q}}}})
		if !slices.Equal(got, want) || res.Total != len(want) {
			t.Errorf("%s: query %q: engine %d hits (total %d), oracle %d", step, q, len(got), res.Total, len(want))
			continue
		}
		sum := 0
		for _, c := range res.Facets.DocType {
			sum += c.Count
		}
		if sum != res.Total {
			t.Errorf("%s: query %q: doc_type facet adds up to %d of %d", step, q, sum, res.Total)
		}
	}
	checkRelaxedOracle(t, step, ix, docs, rng, n/2)
	if got := len(documents(t, ix)); got != len(docs) {
		t.Errorf("%s: %d documents listed, want %d", step, got, len(docs))
	}
	if st := ix.Stats(); st.Paragraphs != len(paras) {
		t.Errorf("%s: %d paragraphs, want %d", step, st.Paragraphs, len(paras))
	}
	for _, d := range docs {
		dc, err := ix.Document(d.Document.ID)
		if err != nil {
			t.Errorf("%s: document %s: %v", step, d.Document.ID, err)
			continue
		}
		if len(dc.Paragraphs) != len(d.Paragraphs) {
			t.Errorf("%s: document %s has %d paragraphs, want %d", step, d.Document.ID, len(dc.Paragraphs), len(d.Paragraphs))
			continue
		}
		for i, p := range dc.Paragraphs {
			if p.Text != d.Paragraphs[i].Text || p.ID != d.Paragraphs[i].ID || !slices.Equal(p.SectionPath, d.Paragraphs[i].SectionPath) {
				t.Errorf("%s: document %s paragraph %d differs", step, d.Document.ID, i)
				break
			}
		}
	}
	_ = ctx
}

// checkRelaxedOracle checks n mode=any queries against a scan: one to
// three random substrings joined (words from different paragraphs), half
// of them with a character moved so that a long word's pairs occur
// without it, must find exactly the paragraphs that contain at least half
// of the query's gse words, and say which contain the whole query.
func checkRelaxedOracle(t *testing.T, step string, ix *Index, docs []govsearch.DocumentContent, rng *rand.Rand, n int) {
	t.Helper()
	paras := allParas(docs)
	for i := 0; i < n; i++ {
		q := ""
		for k := 1 + rng.Intn(3); k > 0; k-- {
			q += randomSubstring(rng, docs)
		}
		if i%2 == 1 {
			if r := []rune(q); len(r) > 4 {
				j := rng.Intn(len(r) - 2)
				r[j], r[j+2] = r[j+2], r[j]
				q = string(r)
			}
		}
		words, err := ix.Segmenter().Cut(q)
		if err != nil {
			t.Fatal(err)
		}
		var norms []string
		for _, w := range words {
			if w != "" && !slices.Contains(norms, w) {
				norms = append(norms, w)
			}
		}
		want := oracle(paras, func(s string) bool {
			in := 0
			for _, w := range norms {
				if strings.Contains(s, w) {
					in++
				}
			}
			return in >= (len(norms)+1)/2
		})
		got, res := searchAll(t, ix, govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{q}}}, Mode: govsearch.ModeAny})
		if !slices.Equal(got, want) || res.Total != len(want) {
			t.Errorf("%s: mode=any %q (words %q): engine %d hits (total %d), oracle %d", step, q, norms, len(got), res.Total, len(want))
		}
		for _, h := range res.Hits {
			if exact := strings.Contains(segment.Normalize(h.Text), segment.Normalize(q)); h.Exact != exact {
				t.Errorf("%s: mode=any %q: hit %s says exact %v", step, q, h.ID, h.Exact)
			}
		}
	}
}
