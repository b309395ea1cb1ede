package index

import (
	"context"
	"math"
	"os"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/query"
)

// TestLatency reports the latency of uncached searches of issue 14's
// classes on the index named by GOVSEARCH_LATENCY_INDEX, 15 times each
// (GOVSEARCH_LATENCY_QUERY: only that query, a suffix " any" for
// mode=any, 200 times): run it with -cpuprofile, -memprofile or
// GODEBUG=gctrace=1. It measures; it checks nothing.
func TestLatency(t *testing.T) {
	ix := latencyIndex(t)
	qs := []struct{ q, mode string }{{"税", ""}, {"业", ""}, {"要", ""}, {"发展", ""}, {"建设", ""}, {"营商环境", ""}, {"高质量发展", ""}, {"营商环境 民营 企业", ""}, {"发展 改革 创新", ""}, {"持续优化营商环境推动民营经济高质量发展", "any"}}
	runs := 15
	if one := os.Getenv("GOVSEARCH_LATENCY_QUERY"); one != "" {
		q, any := strings.CutSuffix(one, " any")
		qs, runs = qs[:1], 200
		qs[0].q, qs[0].mode = q, map[bool]string{true: "any"}[any]
	}
	// GOVSEARCH_LATENCY_PLAIN: without facets and highlights.
	plain := os.Getenv("GOVSEARCH_LATENCY_PLAIN") != ""
	opt := govsearch.SearchOptions{Size: 10, Facets: !plain, Highlight: !plain, NoCache: true}
	for _, c := range qs {
		clauses, _ := query.Parse(c.q)
		q := govsearch.Query{Clauses: clauses, Mode: govsearch.ModeAll}
		if c.mode == "any" {
			q.Mode = govsearch.ModeAny
		}
		// Percentiles leave out the first two searches (the warm-up, as
		// govsearch-bench does); searches during which a garbage
		// collection ran are also reported apart, to see its share of
		// the slow ones.
		var ds, collected []time.Duration
		var first time.Duration
		var c0 time.Duration
		for i := 0; i < runs; i++ {
			if i == 2 {
				c0 = cpuTime(t)
			}
			cycles := gcCycles()
			st := time.Now()
			if _, err := ix.Search(context.Background(), q, opt); err != nil {
				t.Fatal(err)
			}
			d := time.Since(st)
			switch {
			case i == 0:
				first = d
			case i == 1:
			case gcCycles() != cycles: // one ended during the search
				collected = append(collected, d)
				fallthrough
			default:
				ds = append(ds, d)
			}
		}
		cpu := (cpuTime(t) - c0) / time.Duration(len(ds))
		slices.Sort(ds)
		slices.Sort(collected)
		t.Logf("%s: first %v, then median %v, p90 %v, p99 %v, slowest %v, %v CPU per search after the first two", c.q, first, ds[len(ds)/2], ds[len(ds)*9/10], ds[len(ds)*99/100], ds[len(ds)-1], cpu)
		if len(collected) > 0 {
			t.Logf("%s: %d of %d searches ran during a garbage collection: median %v, slowest %v", c.q, len(collected), len(ds), collected[len(collected)/2], collected[len(collected)-1])
		}
	}
}

// gcCycles is the number of garbage collections the process has completed.
func gcCycles() uint64 {
	sample := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// TestLatencyMixed sends govsearch-bench's query classes (as issue 14
// names them) round after round to the index named by
// GOVSEARCH_LATENCY_INDEX, every query once a round, so that each search
// finds the caches as the other queries left them (a query repeated alone
// finds its data in them), and reports per class the median, p90, p99
// and slowest of the rounds after the first two (GOVSEARCH_LATENCY_ROUNDS,
// default 50). It measures; it checks nothing.
func TestLatencyMixed(t *testing.T) {
	ix := latencyIndex(t)
	rounds := 50
	if n, err := strconv.Atoi(os.Getenv("GOVSEARCH_LATENCY_ROUNDS")); err == nil && n > 0 {
		rounds = n
	}
	type classQuery struct {
		class string
		q     govsearch.Query
	}
	var qs []classQuery
	add := func(class, mode string, f govsearch.Filters, texts ...string) {
		for _, text := range texts {
			clauses, _ := query.Parse(text)
			qs = append(qs, classQuery{class, govsearch.Query{Clauses: clauses, Mode: mode, Filters: f}})
		}
	}
	add("one character", govsearch.ModeAll, govsearch.Filters{}, "税", "业", "要")
	add("two characters", govsearch.ModeAll, govsearch.Filters{}, "发展", "建设")
	add("phrase", govsearch.ModeAll, govsearch.Filters{}, "营商环境", "京津冀协同发展", "高质量发展", "改革开放")
	add("rare term", govsearch.ModeAll, govsearch.Filters{}, "三峡工程", "菜篮子工程", "西气东输")
	add("three-term AND", govsearch.ModeAll, govsearch.Filters{}, "营商环境 民营 企业", "发展 改革 创新")
	add("two filters", govsearch.ModeAll, govsearch.Filters{Province: []string{"湖北省"}, Year: []govsearch.YearRange{{From: 2026, To: 2026}}}, "发展")
	add("two filters", govsearch.ModeAll, govsearch.Filters{Level: []string{"national"}, Year: []govsearch.YearRange{{From: 1988, To: 1988}}}, "改革开放")
	add("mode=any", govsearch.ModeAny, govsearch.Filters{}, "持续优化营商环境推动民营经济高质量发展", "加快建设国际消费中心城市提升城区品质")
	opt := govsearch.SearchOptions{Size: 10, Facets: true, Highlight: true, NoCache: true}
	times := map[string][]time.Duration{}
	var classes []string
	for r := 0; r < rounds+2; r++ {
		for _, q := range qs {
			st := time.Now()
			if _, err := ix.Search(context.Background(), q.q, opt); err != nil {
				t.Fatal(err)
			}
			if r >= 2 {
				if _, ok := times[q.class]; !ok {
					classes = append(classes, q.class)
				}
				times[q.class] = append(times[q.class], time.Since(st))
			}
		}
	}
	for _, c := range classes {
		ds := times[c]
		slices.Sort(ds)
		p := func(f float64) time.Duration { return ds[int(math.Ceil(f*float64(len(ds))))-1] }
		t.Logf("%s: median %v, p90 %v, p99 %v, slowest %v (%d searches)", c, p(0.5), p(0.9), p(0.99), ds[len(ds)-1], len(ds))
	}
}

// latencyIndex opens the index named by GOVSEARCH_LATENCY_INDEX, with
// its gse dictionary loaded, for the rest of the test; it skips the test
// when none is named.
func latencyIndex(t *testing.T) *Index {
	dir := os.Getenv("GOVSEARCH_LATENCY_INDEX")
	if dir == "" {
		t.Skip()
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ix.Segmenter().Load()
	return ix
}

// TestTitlesWithMatchesContains checks the one-scan title search against
// strings.Contains on each title.
func TestTitlesWithMatchesContains(t *testing.T) {
	ix, _ := seedIndex(t)
	g := ix.acquire()
	defer g.release()
	e := g.eng
	seen := map[string]bool{}
	for _, title := range e.docNorm {
		r := []rune(title)
		for i := 0; i+2 <= len(r) && i < 12; i += 3 {
			seen[string(r[i:i+2])] = true
			seen[string(r[i:i+1])] = true
		}
		seen[title] = true
	}
	seen["不存在的词语"] = true
	for norm := range seen {
		if norm == "" {
			continue
		}
		got := e.titlesWith(norm)
		for d, title := range e.docNorm {
			if got[d] != strings.Contains(title, norm) {
				t.Fatalf("titlesWith(%q)[%d] = %v for title %q", norm, d, got[d], title)
			}
		}
	}
}
