package index

import (
	"context"
	"os"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/query"
)

// BenchmarkSearch measures query classes in process. It runs on the seeds,
// or on the index named by GOVSEARCH_BENCH_INDEX (for example one built by
// make bench), reporting hits per query.
func BenchmarkSearch(b *testing.B) {
	var ix *Index
	if dir := os.Getenv("GOVSEARCH_BENCH_INDEX"); dir != "" {
		var err error
		if ix, err = Open(dir, Options{}); err != nil {
			b.Fatal(err)
		}
		defer ix.Close()
	} else {
		ix, _ = seedIndex(b)
	}
	ix.Segmenter().Load()
	classes := []struct{ name, q, extra string }{
		{"char", "税", ""},
		{"common2", "发展", ""},
		{"phrase", "营商环境", ""},
		{"phrase7", "京津冀协同发展", ""},
		{"rare", "嫩江路片区", ""},
		{"and3", "营商环境 民营 企业", ""},
		{"any20", "持续优化营商环境推动民营经济高质量发展", "any"},
	}
	for _, c := range classes {
		for _, full := range []bool{true, false} {
			name := c.name
			if !full {
				name += "/bare"
			}
			b.Run(name, func(b *testing.B) {
				clauses, err := query.Parse(c.q)
				if err != nil {
					b.Fatal(err)
				}
				q := govsearch.Query{Clauses: clauses, Mode: govsearch.ModeAll}
				opt := govsearch.SearchOptions{Size: 10, Facets: full, Highlight: full, NoCache: true}
				if c.extra == "any" {
					q.Mode = govsearch.ModeAny
				}
				var total int
				for i := 0; i < b.N; i++ {
					res, err := ix.Search(context.Background(), q, opt)
					if err != nil {
						b.Fatal(err)
					}
					total = res.Total
				}
				b.ReportMetric(float64(total), "hits")
			})
		}
	}
}
