package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

func explainQuery(t *testing.T, q govsearch.Query) *govsearch.Result {
	t.Helper()
	ix, _ := seedIndex(t)
	if q.Mode == "" {
		q.Mode = govsearch.ModeAll
	}
	res, err := ix.Search(context.Background(), q, govsearch.SearchOptions{Size: 10, Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Explain == nil {
		t.Fatal("no explanation")
	}
	return res
}

func TestExplainNormalizations(t *testing.T) {
	tests := []struct {
		term, normalized string
		steps            []string
	}{
		{"營商環境", "营商环境", []string{segment.StepTradToSimp}},
		{"ＰＭ２．５", "pm2.5", []string{segment.StepWidth, segment.StepCase}},
		{"二〇三五年", "2035年", []string{segment.StepNumeralYear}},
		{"街道吹哨、部门报到", "街道吹哨部门报到", []string{segment.StepPunctuation}},
		{"营商环境", "营商环境", []string{}},
	}
	for _, tt := range tests {
		res := explainQuery(t, govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{tt.term}}}})
		te := res.Explain.Terms[0]
		if te.Input != tt.term || te.Normalized != tt.normalized || !slices.Equal(te.Normalizations, tt.steps) {
			t.Errorf("%q: got %+v", tt.term, te)
		}
		if te.Paragraphs != res.Total {
			t.Errorf("%q: term paragraphs %d, total %d", tt.term, te.Paragraphs, res.Total)
		}
		if len(te.Segments) == 0 || len(te.SegmentParagraphs) != len(te.Segments) {
			t.Errorf("%q: segments %v, counts %v", tt.term, te.Segments, te.SegmentParagraphs)
		}
	}
	info := explainQuery(t, govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"税"}}}}).Explain.Index
	if info.Documents != 5 || info.Paragraphs == 0 || info.BuiltAt == "" || info.Analyzer == "" {
		t.Errorf("index info %+v", info)
	}
}

func TestExplainWordIndexMissesWhatSubstringsFind(t *testing.T) {
	// 民营 is found inside 民营企业 and 民营经济; as a whole gse word it is
	// in fewer paragraphs: the explanation shows both counts.
	te := explainQuery(t, govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"民营"}}}}).Explain.Terms[0]
	if len(te.Segments) != 1 || te.Segments[0] != "民营" {
		t.Fatalf("segments %v", te.Segments)
	}
	if te.SegmentParagraphs[0] >= te.Paragraphs {
		t.Errorf("民营 as a word: %d paragraphs; as a substring: %d; want fewer as a word", te.SegmentParagraphs[0], te.Paragraphs)
	}
	t.Logf("民营: %d paragraphs contain it, %d have it as a gse word", te.Paragraphs, te.SegmentParagraphs[0])
}

func TestExplainZeroHitReasons(t *testing.T) {
	tests := []struct {
		name       string
		q          govsearch.Query
		reason     string
		suggestion string
	}{
		{"missing term", govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"区块链金融沙盒"}}}}, "no paragraph contains “区块链金融沙盒”", "drop the term"},
		{"near spelling", govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"营商环竟"}}}}, "no paragraph contains", "营商环境"},
		{"filter removes all", govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"营商环境"}}}, Filters: govsearch.Filters{Year: []govsearch.YearRange{{From: 2015, To: 2016}}}}, "16 paragraphs match the terms, but the filters remove all of them", "remove a filter"},
		{"terms never together", govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"嫩江路"}}, {Terms: []string{"孙剑楠"}}}}, "no paragraph contains all of them together", "drop a term"},
		{"excluded term removes all", govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"嫩江路"}}, {Terms: []string{"片区"}, Exclude: true}}}, "but the excluded terms remove all of them", "drop an excluded term"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := explainQuery(t, tt.q)
			if res.Total != 0 {
				t.Fatalf("total %d, want 0", res.Total)
			}
			reasons := strings.Join(res.Explain.Reasons, " | ")
			suggestions := strings.Join(res.Explain.Suggestions, " | ")
			if !strings.Contains(reasons, tt.reason) || !strings.Contains(suggestions, tt.suggestion) {
				t.Errorf("reasons %q, suggestions %q", reasons, suggestions)
			}
		})
	}
}
