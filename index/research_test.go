package index

import (
	"context"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/query"
	"github.com/govsearch/govsearch/segment"
)

func mustQuery(t testing.TB, text string) govsearch.Query {
	t.Helper()
	clauses, err := query.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	return govsearch.Query{Text: text, Clauses: clauses, Mode: govsearch.ModeAll}
}

// fieldValue is a paragraph's value of a trend field, as the facets have it.
func fieldValue(d *govsearch.Document, by string) string {
	switch by {
	case "year":
		if d.Year == 0 {
			return ""
		}
		return strconv.Itoa(int(d.Year))
	case "province":
		return d.Province
	case "city":
		return d.City
	case "district":
		return d.District
	case "doc_type":
		return d.DocType
	}
	panic(by)
}

// TestTrendOracle compares every bucket of every trend with a brute-force
// count over the seeds' paragraphs: matching paragraphs, distinct
// documents and characters of text per field value.
func TestTrendOracle(t *testing.T) {
	ix, docs := seedIndex(t)
	paras := allParas(docs)
	rng := rand.New(rand.NewSource(17))
	terms := []string{"营商环境", "发展", "税", "2035年", "十四五"}
	for range 25 {
		terms = append(terms, randomSubstring(rng, docs))
	}
	for _, by := range govsearch.TrendNames() {
		var qs []govsearch.Query
		for _, term := range terms {
			qs = append(qs, mustQuery(t, `"`+strings.ReplaceAll(term, `"`, "")+`"`))
		}
		tr, err := ix.Trend(context.Background(), qs, by)
		if err != nil {
			t.Fatal(err)
		}
		wantChars := map[string]int{}
		for _, p := range paras {
			wantChars[fieldValue(p.doc, by)] += len([]rune(p.norm))
		}
		for i, s := range tr.Series {
			norm := segment.Normalize(qs[i].Clauses[0].Terms[0])
			wantParas := map[string]int{}
			wantDocs := map[string]map[string]bool{}
			for _, p := range paras {
				if strings.Contains(p.norm, norm) {
					v := fieldValue(p.doc, by)
					wantParas[v]++
					if wantDocs[v] == nil {
						wantDocs[v] = map[string]bool{}
					}
					wantDocs[v][p.doc.ID] = true
				}
			}
			if len(s.Buckets) != len(wantChars) {
				t.Fatalf("by %s, %q: %d buckets, want one per value with documents (%d)", by, s.Query, len(s.Buckets), len(wantChars))
			}
			for _, b := range s.Buckets {
				if b.Paragraphs != wantParas[b.Value] || b.Documents != len(wantDocs[b.Value]) || b.Chars != wantChars[b.Value] {
					t.Errorf("by %s, %q, bucket %q: got %d paragraphs, %d documents, %d chars; want %d, %d, %d",
						by, s.Query, b.Value, b.Paragraphs, b.Documents, b.Chars, wantParas[b.Value], len(wantDocs[b.Value]), wantChars[b.Value])
				}
			}
		}
	}
}

func TestTrendFiltersAndErrors(t *testing.T) {
	ix, docs := seedIndex(t)
	q := mustQuery(t, "发展")
	q.Filters.District = []string{docs[0].Document.District}
	tr, err := ix.Trend(context.Background(), []govsearch.Query{q}, "district")
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Series[0].Buckets) != 1 || tr.Series[0].Buckets[0].Value != docs[0].Document.District {
		t.Errorf("a district filter leaves one bucket, got %+v", tr.Series[0].Buckets)
	}
	if _, err := ix.Trend(context.Background(), []govsearch.Query{q}, "section"); govsearch.ErrorCode(err) != govsearch.EInvalid {
		t.Errorf("by=section: got %v, want invalid", err)
	}
	q.Mode = govsearch.ModeAny
	if _, err := ix.Trend(context.Background(), []govsearch.Query{q}, "year"); govsearch.ErrorCode(err) != govsearch.EInvalid {
		t.Errorf("mode=any: got %v, want invalid", err)
	}
}

// TestConcordanceOccurrences checks that the concordance has one line per
// occurrence of the term, and that each line's match is the term in the
// original characters with its context around it.
func TestConcordanceOccurrences(t *testing.T) {
	ix, docs := seedIndex(t)
	paras := allParas(docs)
	rng := rand.New(rand.NewSource(5))
	terms := []string{"营商环境", "发展", "年"}
	for range 20 {
		terms = append(terms, randomSubstring(rng, docs))
	}
	for _, term := range terms {
		term = strings.ReplaceAll(term, `"`, "")
		norm := segment.Normalize(term)
		if norm == "" {
			continue
		}
		want := 0
		for _, p := range paras {
			want += strings.Count(p.norm, norm)
		}
		var lines []govsearch.ConcordanceLine
		n, err := ix.Concordance(context.Background(), mustQuery(t, `"`+term+`"`), 10, func(l govsearch.ConcordanceLine) error {
			lines = append(lines, l)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n != want || len(lines) != want {
			t.Errorf("%q: %d lines, want %d occurrences", term, n, want)
		}
		for _, l := range lines {
			if segment.Normalize(l.Match) != norm {
				t.Errorf("%q: line matches %q", term, l.Match)
			}
			if len([]rune(l.Left)) > 10 || len([]rune(l.Right)) > 10 {
				t.Errorf("%q: context wider than 10: %q / %q", term, l.Left, l.Right)
			}
		}
	}
}

// TestNewestFollowsIndexing indexes two documents at different times and
// checks that the newer one's paragraphs come first, and that re-indexing
// an unchanged set keeps the old times.
func TestNewestFollowsIndexing(t *testing.T) {
	dir := t.TempDir()
	docs := parseSeeds(t)
	ctx := context.Background()
	if _, err := Update(ctx, dir, Change{Put: docs[:1]}, Options{}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond)
	if _, err := Update(ctx, dir, Change{Put: docs[1:2]}, Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	hits, err := ix.Newest(ctx, mustQuery(t, "发展"), 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].DocID != docs[1].Document.ID {
		t.Fatalf("newest first: got %d hits, first of %v; want first of %s", len(hits), hits[:min(1, len(hits))], docs[1].Document.ID)
	}
	seenOld := false
	for _, h := range hits {
		if h.DocID == docs[0].Document.ID {
			seenOld = true
		} else if seenOld {
			t.Fatal("a newer document's hit after an older one's")
		}
		if !strings.Contains(h.Highlight, "<mark>") {
			t.Errorf("hit %s not highlighted", h.ID)
		}
	}
	var times []time.Time
	for _, d := range documents(t, ix) {
		if d.IndexedAt.IsZero() {
			t.Errorf("document %s has no indexed time", d.ID)
		}
		times = append(times, d.IndexedAt)
	}
	if len(times) == 2 && !times[1].After(times[0]) {
		t.Errorf("indexed times %v: the second update should be later", times)
	}
	limited, err := ix.Newest(ctx, mustQuery(t, "发展"), 3)
	if err != nil || len(limited) != 3 {
		t.Errorf("n=3: got %d hits, %v", len(limited), err)
	}
}
