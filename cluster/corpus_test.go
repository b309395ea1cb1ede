//go:build !race

package cluster

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/ingest"
)

const sharedCorpus = "../../shared/corpus"

// corpusQueries are the acceptance check's kind of queries on the shared
// corpus: filters, sorts, mode=any and pages.
var corpusQueries = []string{
	"q=营商环境",
	"q=改革开放",
	"q=税",
	"q=发展&sort=date",
	"q=国内生产总值&from=10&size=10",
	"q=人民公社",
	"q=债务风险",
	"q=新质生产力",
	"q=经济 -农业",
	"q=教育 OR 医疗",
	"q=\"高质量发展\"",
	"q=发展&year=2010..2020",
	"q=改革&doc_type=政府工作报告",
	"q=建设&level=national",
	"q=粮食&sort=date&size=20",
	"q=推动经济高质量发展 扩大内需&mode=any",
	"q=加强生态环境保护 推进绿色发展&mode=any&from=10",
	"q=就业&size=50",
	"q=财政收入",
	"q=基础设施建设&year=2015..2025",
}

// TestClusterCorpus indexes ../shared/corpus through the log into 2 shards
// and compares the gateway with a single node on 20 queries: totals,
// facets and the page's hits.
func TestClusterCorpus(t *testing.T) {
	if _, err := os.Stat(sharedCorpus); err != nil {
		t.Skipf("shared corpus not found at %s: skipping", sharedCorpus)
	}
	var docs []govsearch.DocumentContent
	err := filepath.WalkDir(sharedCorpus, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || ingest.FormatOf(path) == "" || ingest.IsSidecar(path) {
			return err
		}
		p, err := ingest.ParseFile(path)
		if err != nil {
			return nil // the index command reports and skips such files too
		}
		docs = append(docs, p.DocumentContent)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Skip("no documents in the shared corpus")
	}
	single := singleNode(t, docs)
	nc := startNATS(t, 0)
	start := time.Now()
	publish(t, nc.connect(t), docs)
	t.Logf("published %d documents in %s", len(docs), time.Since(start).Round(time.Millisecond))
	const shards = 2
	base := t.TempDir()
	for s := range shards {
		startReplica(t, nc, s, shards, filepath.Join(base, "s"+strings.Repeat("x", s)))
	}
	g := newTestGateway(t, nc, shards)
	g.cfg.ShardTimeout = 10 * time.Second
	waitHealthy(t, g, len(docs), 5*time.Minute)
	t.Logf("%d documents in 2 shards in %s", len(docs), time.Since(start).Round(time.Millisecond))
	ctx := context.Background()
	for i, q := range parseQueries(t, corpusQueries) {
		want, err := single.Search(ctx, q.q, q.opt)
		if err != nil {
			t.Fatalf("%s: single node: %v", corpusQueries[i], err)
		}
		got, err := g.Search(ctx, q.q, q.opt)
		if err != nil {
			t.Fatalf("%s: gateway: %v", corpusQueries[i], err)
		}
		sameAnswer(t, corpusQueries[i], got, want)
	}
}
