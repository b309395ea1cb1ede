package index

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/segment"
)

// parseSeeds ingests the five seed files.
func parseSeeds(t testing.TB) []govsearch.DocumentContent {
	t.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("want 5 seeds, got %d (%v)", len(files), err)
	}
	var docs []govsearch.DocumentContent
	for _, f := range files {
		p, err := ingest.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, p.DocumentContent)
	}
	return docs
}

var (
	seedOnce sync.Once
	seedIx   *Index
	seedDocs []govsearch.DocumentContent
	seedErr  error
	seedDir  string // removed by TestMain once every test has run
)

func TestMain(m *testing.M) {
	code := m.Run()
	if seedIx != nil {
		seedIx.Close()
	}
	if seedDir != "" {
		os.RemoveAll(seedDir)
	}
	os.Exit(code)
}

// seedIndex builds an index of the seeds once per test binary.
func seedIndex(t testing.TB) (*Index, []govsearch.DocumentContent) {
	t.Helper()
	seedOnce.Do(func() {
		dir, err := os.MkdirTemp("", "govsearch-index-test")
		if err != nil {
			seedErr = err
			return
		}
		seedDir = dir
		seedDocs = parseSeeds(t)
		if _, err := Update(context.Background(), dir, Change{Put: seedDocs}, Options{}); err != nil {
			seedErr = err
			return
		}
		seedIx, seedErr = Open(dir, Options{})
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return seedIx, seedDocs
}

type corpusPara struct {
	id, norm string
	doc      *govsearch.Document
	section  string
}

func allParas(docs []govsearch.DocumentContent) []corpusPara {
	var out []corpusPara
	for i := range docs {
		d := &docs[i]
		for _, p := range d.Paragraphs {
			out = append(out, corpusPara{id: p.ID, norm: segment.Normalize(p.Text), doc: &d.Document, section: p.Section})
		}
	}
	return out
}

// searchAll returns the ids of every hit, and the result with its facets.
func searchAll(t testing.TB, ix *Index, q govsearch.Query) ([]string, *govsearch.Result) {
	t.Helper()
	if q.Mode == "" {
		q.Mode = govsearch.ModeAll
	}
	res, err := ix.Search(context.Background(), q, govsearch.SearchOptions{Size: 100000, Facets: true})
	if err != nil {
		t.Fatalf("search %+v: %v", q.Clauses, err)
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	sort.Strings(ids)
	return ids, res
}

func oracle(paras []corpusPara, match func(norm string) bool) []string {
	var ids []string
	for _, p := range paras {
		if match(p.norm) {
			ids = append(ids, p.id)
		}
	}
	sort.Strings(ids)
	return ids
}

// randomSubstring takes a substring of 1 to 15 runes of a random paragraph's
// original text.
func randomSubstring(rng *rand.Rand, docs []govsearch.DocumentContent) string {
	for {
		d := docs[rng.Intn(len(docs))]
		p := d.Paragraphs[rng.Intn(len(d.Paragraphs))]
		r := []rune(p.Text)
		n := 1 + rng.Intn(15)
		if len(r) < n {
			continue
		}
		start := rng.Intn(len(r) - n + 1)
		s := string(r[start : start+n])
		if segment.Normalize(s) == "" {
			continue
		}
		return s
	}
}

// TestOracleSubstrings is the proof of completeness: for many random
// substrings of the seeds, the engine's hits are exactly the paragraphs a
// brute-force scan of the normalized text finds.
func TestOracleSubstrings(t *testing.T) {
	ix, docs := seedIndex(t)
	paras := allParas(docs)
	rng := rand.New(rand.NewSource(1))
	queries := []string{"税", "发展", "营商环境", "京津冀协同发展", "民营", "协同发展", "36.8亿元", "14.9%", "5G基站", "PM2.5", "pm2.5", "1+1234", "二〇三五年", "2035年", "街道吹哨部门报到", "協同發展", "ＰＭ２．５", "营商　环境"}
	for len(queries) < 400 {
		queries = append(queries, randomSubstring(rng, docs))
	}
	diffs := 0
	for _, q := range queries {
		norm := segment.Normalize(q)
		want := oracle(paras, func(s string) bool { return strings.Contains(s, norm) })
		got, res := searchAll(t, ix, govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{q}}}})
		if !slices.Equal(got, want) || res.Total != len(want) {
			diffs++
			t.Errorf("query %q: engine %d hits (total %d), oracle %d", q, len(got), res.Total, len(want))
		}
	}
	t.Logf("%d random and fixed queries, %d differences", len(queries), diffs)
}

// TestOracleBoolean checks AND, OR and exclusion against the oracle.
func TestOracleBoolean(t *testing.T) {
	ix, docs := seedIndex(t)
	paras := allParas(docs)
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 150; i++ {
		a, b, c := randomSubstring(rng, docs), randomSubstring(rng, docs), randomSubstring(rng, docs)
		na, nb, nc := segment.Normalize(a), segment.Normalize(b), segment.Normalize(c)
		cases := []struct {
			clauses []govsearch.Clause
			match   func(string) bool
		}{
			{[]govsearch.Clause{{Terms: []string{a}}, {Terms: []string{b}}},
				func(s string) bool { return strings.Contains(s, na) && strings.Contains(s, nb) }},
			{[]govsearch.Clause{{Terms: []string{a, b}}},
				func(s string) bool { return strings.Contains(s, na) || strings.Contains(s, nb) }},
			{[]govsearch.Clause{{Terms: []string{a, b}}, {Terms: []string{c}, Exclude: true}},
				func(s string) bool {
					return (strings.Contains(s, na) || strings.Contains(s, nb)) && !strings.Contains(s, nc)
				}},
		}
		for _, tc := range cases {
			want := oracle(paras, tc.match)
			got, res := searchAll(t, ix, govsearch.Query{Clauses: tc.clauses})
			if !slices.Equal(got, want) || res.Total != len(want) {
				t.Errorf("%+v: engine %d (total %d), oracle %d", tc.clauses, len(got), res.Total, len(want))
			}
		}
	}
}

// TestFacets checks that facet counts add up to the total and that
// filtering by each value returns exactly its count.
func TestFacets(t *testing.T) {
	ix, docs := seedIndex(t)
	paras := allParas(docs)
	for _, q := range []string{"发展", "营商环境", "税", "和平"} {
		query := govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{q}}}}
		_, res := searchAll(t, ix, query)
		f := res.Facets
		fields := map[string][]govsearch.FacetCount{
			"province": f.Province, "city": f.City, "district": f.District,
			"year": f.Year, "section": f.Section, "doc_type": f.DocType, "level": f.Level,
		}
		for name, counts := range fields {
			sum := 0
			for _, c := range counts {
				sum += c.Count
				fq := query
				switch name {
				case "province":
					fq.Filters.Province = []string{c.Value}
				case "city":
					fq.Filters.City = []string{c.Value}
				case "district":
					fq.Filters.District = []string{c.Value}
				case "year":
					var y int
					fmt.Sscanf(c.Value, "%d", &y)
					fq.Filters.Year = []govsearch.YearRange{{From: y, To: y}}
				case "section":
					fq.Filters.Section = []string{c.Value}
				case "doc_type":
					fq.Filters.DocType = []string{c.Value}
				case "level":
					fq.Filters.Level = []string{c.Value}
				}
				if name == "year" && c.Value == "" {
					continue
				}
				_, fres := searchAll(t, ix, fq)
				if fres.Total != c.Count {
					t.Errorf("%q %s=%q: facet says %d, filter finds %d", q, name, c.Value, c.Count, fres.Total)
				}
			}
			if sum != res.Total {
				t.Errorf("%q: %s facet counts add up to %d, total is %d", q, name, sum, res.Total)
			}
		}
		// The district facet against the oracle.
		norm := segment.Normalize(q)
		want := map[string]int{}
		for _, p := range paras {
			if strings.Contains(p.norm, norm) {
				want[p.doc.District]++
			}
		}
		for _, c := range f.District {
			if want[c.Value] != c.Count {
				t.Errorf("%q district %q: facet %d, oracle %d", q, c.Value, c.Count, want[c.Value])
			}
		}
	}
}

func TestFiltersCombine(t *testing.T) {
	ix, docs := seedIndex(t)
	paras := allParas(docs)
	q := govsearch.Query{
		Clauses: []govsearch.Clause{{Terms: []string{"发展"}}},
		Filters: govsearch.Filters{District: []string{"和平区", "南开区"}, DocType: []string{"政府工作报告"}, Year: []govsearch.YearRange{{From: 2015, To: 2021}}},
	}
	got, _ := searchAll(t, ix, q)
	want := oracle(nil, nil)
	for _, p := range paras {
		if strings.Contains(p.norm, "发展") && (p.doc.District == "和平区" || p.doc.District == "南开区") && p.doc.DocType == "政府工作报告" && p.doc.Year >= 2015 && p.doc.Year <= 2021 {
			want = append(want, p.id)
		}
	}
	sort.Strings(want)
	if !slices.Equal(got, want) {
		t.Errorf("filters: engine %d hits, oracle %d", len(got), len(want))
	}
	if len(want) == 0 {
		t.Fatal("test expects some hits")
	}
	// An unknown value filters everything out, without error.
	q.Filters.District = []string{"不存在区"}
	if got, _ := searchAll(t, ix, q); len(got) != 0 {
		t.Errorf("unknown district: %d hits", len(got))
	}
}

func TestRankingPrefersHeadingsAndWholeWords(t *testing.T) {
	ix, _ := seedIndex(t)
	res, err := ix.Search(context.Background(), govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"营商环境"}}}, Mode: govsearch.ModeAll}, govsearch.SearchOptions{Size: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 {
		t.Fatal("no hits")
	}
	top := res.Hits[0]
	if !strings.Contains(top.Text, "营商环境") {
		t.Errorf("top hit lacks the term: %q", top.Text)
	}
	if !strings.Contains(strings.Join(top.SectionPath, ""), "营商环境") {
		t.Errorf("top hit for 营商环境 is not in a section about it: %v", top.SectionPath)
	}
	for i := 1; i < len(res.Hits); i++ {
		if res.Hits[i].Score > res.Hits[i-1].Score {
			t.Errorf("hits not ordered by score: %v then %v", res.Hits[i-1].Score, res.Hits[i].Score)
		}
	}
}

func TestPaginationIsConsistent(t *testing.T) {
	ix, _ := seedIndex(t)
	q := govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"发展"}}}, Mode: govsearch.ModeAll}
	for _, sortBy := range []string{govsearch.SortRelevance, govsearch.SortDate} {
		opt := govsearch.SearchOptions{Sort: sortBy}
		all, _ := searchAllOrdered(t, ix, q, opt)
		var paged []string
		for from := 0; from < len(all); from += 7 {
			opt.From, opt.Size = from, 7
			res, err := ix.Search(context.Background(), q, opt)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range res.Hits {
				paged = append(paged, h.ID)
			}
		}
		if !slices.Equal(all, paged) {
			t.Errorf("sort=%s: pages differ from the full list", sortBy)
		}
	}
}

func searchAllOrdered(t testing.TB, ix *Index, q govsearch.Query, opt govsearch.SearchOptions) ([]string, *govsearch.Result) {
	opt.From, opt.Size = 0, 100000
	res, err := ix.Search(context.Background(), q, opt)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return ids, res
}

func TestSortByDate(t *testing.T) {
	ix, _ := seedIndex(t)
	res, err := ix.Search(context.Background(), govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"发展"}}}, Mode: govsearch.ModeAll}, govsearch.SearchOptions{Size: 100000, Sort: govsearch.SortDate})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(res.Hits); i++ {
		a, b := res.Hits[i-1], res.Hits[i]
		if a.Date < b.Date {
			t.Fatalf("hit %d (%s) before hit %d (%s)", i-1, a.Date, i, b.Date)
		}
	}
}

func TestBadTerms(t *testing.T) {
	ix, _ := seedIndex(t)
	_, err := ix.Search(context.Background(), govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"，。"}}}}, govsearch.SearchOptions{Size: 10})
	if govsearch.ErrorCode(err) != govsearch.EInvalid {
		t.Errorf("punctuation-only term: error %v, want %s", err, govsearch.EInvalid)
	}
}

func TestDocuments(t *testing.T) {
	ix, docs := seedIndex(t)
	list := documents(t, ix)
	if len(list) != len(docs) {
		t.Fatalf("%d documents, want %d", len(list), len(docs))
	}
	for _, d := range docs {
		dc, err := ix.Document(d.Document.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(dc.Paragraphs) != len(d.Paragraphs) || dc.Document.Paragraphs != len(d.Paragraphs) {
			t.Errorf("%s: %d paragraphs, want %d", d.Document.ID, len(dc.Paragraphs), len(d.Paragraphs))
		}
		for i, p := range dc.Paragraphs {
			if p.Position != i+1 || p.Text != d.Paragraphs[i].Text || p.ID != d.Paragraphs[i].ID {
				t.Fatalf("%s paragraph %d differs", d.Document.ID, i+1)
			}
		}
	}
	if _, err := ix.Document("nope"); govsearch.ErrorCode(err) != govsearch.ENotFound {
		t.Errorf("missing document: %v", err)
	}
}

func TestRelaxedMode(t *testing.T) {
	ix, _ := seedIndex(t)
	q := govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"持续优化营商环境推动民营经济发展"}}}, Mode: govsearch.ModeAny}
	opt := govsearch.SearchOptions{Size: 10, Facets: true, Highlight: true}
	res, err := ix.Search(context.Background(), q, opt)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 || len(res.Hits) == 0 {
		t.Fatal("mode=any found nothing")
	}
	// Oracle: paragraphs with at least half of the query's words.
	words, err := ix.Segmenter().Cut(q.Clauses[0].Terms[0])
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, p := range allParas(seedDocs) {
		n := 0
		for _, w := range words {
			if strings.Contains(p.norm, w) {
				n++
			}
		}
		if n >= (len(words)+1)/2 {
			want++
		}
	}
	if res.Total != want {
		t.Errorf("mode=any total %d, oracle %d (words %v)", res.Total, want, words)
	}
	sum := 0
	for _, c := range res.Facets.District {
		sum += c.Count
	}
	if sum != res.Total {
		t.Errorf("district facets add up to %d, total %d", sum, res.Total)
	}
	for _, h := range res.Hits {
		if h.Exact != strings.Contains(segment.Normalize(h.Text), segment.Normalize(q.Clauses[0].Terms[0])) {
			t.Errorf("hit %s: exact=%v is wrong", h.ID, h.Exact)
		}
	}
	// An exclusion is subtracted exactly.
	q.Clauses = append(q.Clauses, govsearch.Clause{Terms: []string{"营商环境"}, Exclude: true})
	res2, err := ix.Search(context.Background(), q, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res2.Hits {
		if strings.Contains(segment.Normalize(h.Text), "营商环境") {
			t.Errorf("excluded term in hit %s", h.ID)
		}
	}
	if res2.Total >= res.Total {
		t.Errorf("exclusion did not reduce the total: %d → %d", res.Total, res2.Total)
	}
}

// TestSubstringFindsItsParagraph checks normalization against the text
// itself rather than against itself: any piece of a paragraph, pasted as
// a query, finds that paragraph. The one known exception is part of a
// year in Chinese numerals (〇三五年 of 二〇三五年, which is indexed as 2035年).
func TestSubstringFindsItsParagraph(t *testing.T) {
	ix, docs := seedIndex(t)
	rng := rand.New(rand.NewSource(3))
	checked := 0
	for checked < 300 {
		d := docs[rng.Intn(len(docs))]
		p := d.Paragraphs[rng.Intn(len(d.Paragraphs))]
		r := []rune(p.Text)
		n := 1 + rng.Intn(20)
		if len(r) < n {
			continue
		}
		start := rng.Intn(len(r) - n + 1)
		q := string(r[start : start+n])
		if segment.Normalize(q) == "" || strings.ContainsAny(q, "〇○零") {
			continue
		}
		checked++
		got, _ := searchAll(t, ix, govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{q}}}})
		if !slices.Contains(got, p.ID) {
			t.Errorf("%q, taken from %s, does not find it", q, p.ID)
		}
	}
}

// TestTitleFindsItsDocument searches each seed's title, and the title line
// as a reader copies it from the page (南开区人民政府办公室关于印发南开区政府
// 工作报告的通知, whose repetition in the text lost a character): each finds
// a paragraph of its own document.
func TestTitleFindsItsDocument(t *testing.T) {
	ix, docs := seedIndex(t)
	queries := map[string]string{}
	for _, d := range docs {
		queries[d.Document.Title] = d.Document.ID
		if strings.Contains(d.Document.Source, "003_") {
			queries["南开区人民政府办公室关于印发南开区政府工作报告的通知"] = d.Document.ID
		}
	}
	for q, docID := range queries {
		_, res := searchAll(t, ix, govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{q}}}})
		found := false
		for _, h := range res.Hits {
			found = found || h.DocID == docID
		}
		if !found {
			t.Errorf("%q finds no paragraph of its document %s (%d hits)", q, docID, res.Total)
		}
	}
}
