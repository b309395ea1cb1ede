//go:build !race

package cluster

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/internal/gencorpus"
	"github.com/govsearch/govsearch/seeds"
)

// benchQueries are the classes of BENCHMARKS.md.
var benchQueries = []string{
	"q=税",
	"q=发展",
	"q=营商环境",
	"q=京津冀协同发展",
	"q=经济 改革 创新",
	"q=发展&province=天津市&doc_type=政府工作报告",
	"q=加快建设现代化产业体系推动高质量发展&mode=any",
}

// TestClusterBenchmark measures, on a generated corpus, a gateway's
// latency against a single node's in the same run (2 shards, one replica
// each, every search fresh: NoCache), and the throughput of a one-shard
// cluster with 1, 2 and 4 replicas. Everything runs in this process on
// this machine's cores. It runs only when GOVSEARCH_CLUSTER_BENCH is set
// (to the number of paragraphs, e.g. 100000), and prints a report for
// BENCHMARKS.md.
func TestClusterBenchmark(t *testing.T) {
	nParas, _ := strconv.Atoi(os.Getenv("GOVSEARCH_CLUSTER_BENCH"))
	if nParas <= 0 {
		t.Skip("set GOVSEARCH_CLUSTER_BENCH=PARAGRAPHS to run the cluster benchmark")
	}
	dir := t.TempDir()
	if _, err := gencorpus.Generate(dir, seeds.FS, gencorpus.Options{Paragraphs: nParas, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	var docs []govsearch.DocumentContent
	paras := 0
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || ingest.FormatOf(path) == "" || ingest.IsSidecar(path) {
			return err
		}
		p, err := ingest.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		paras += len(p.Paragraphs)
		docs = append(docs, p.DocumentContent)
		return nil
	})
	single := singleNode(t, docs)
	single.Segmenter().Load()
	nc := startNATS(t, 0)
	publish(t, nc.connect(t), docs)
	base := t.TempDir()
	for s := range 2 {
		startReplica(t, nc, s, 2, filepath.Join(base, fmt.Sprintf("two-%d", s)))
	}
	g := newTestGateway(t, nc, 2)
	g.cfg.ShardTimeout = 10 * time.Second
	waitHealthy(t, g, len(docs), 10*time.Minute)
	qs := parseQueries(t, benchQueries)
	for i := range qs {
		qs[i].opt.NoCache = true
	}
	ctx := context.Background()
	report := fmt.Sprintf("\nCluster benchmark: %d documents, %d paragraphs, %d cores, in one process.\n\n", len(docs), paras, runtimeCPU())
	report += "| query | single p50 ms | single p99 ms | gateway p50 ms | gateway p99 ms | added p50 ms |\n|---|---|---|---|---|---|\n"
	const rounds = 40
	var allSingle, allGateway []float64
	for i, q := range qs {
		var ss, gs []float64
		for range 2 { // warm-up
			single.Search(ctx, q.q, q.opt)
			g.Search(ctx, q.q, q.opt)
		}
		for range rounds {
			start := time.Now()
			if _, err := single.Search(ctx, q.q, q.opt); err != nil {
				t.Fatal(err)
			}
			ss = append(ss, ms(time.Since(start)))
			start = time.Now()
			if _, err := g.Search(ctx, q.q, q.opt); err != nil {
				t.Fatal(err)
			}
			gs = append(gs, ms(time.Since(start)))
		}
		allSingle, allGateway = append(allSingle, ss...), append(allGateway, gs...)
		report += fmt.Sprintf("| %s | %.2f | %.2f | %.2f | %.2f | %.2f |\n", benchQueries[i], pct(ss, 50), pct(ss, 99), pct(gs, 50), pct(gs, 99), pct(gs, 50)-pct(ss, 50))
	}
	report += fmt.Sprintf("| all | %.2f | %.2f | %.2f | %.2f | %.2f |\n", pct(allSingle, 50), pct(allSingle, 99), pct(allGateway, 50), pct(allGateway, 99), pct(allGateway, 50)-pct(allSingle, 50))

	// Throughput: one shard, more and more replicas, 8 clients.
	report += "\n| setup (8 clients, 5 s, queries above in turn, fresh searches) | requests/s | errors |\n|---|---|---|\n"
	rate, errs := throughput(func(q searchArgs) error { _, err := single.Search(ctx, q.q, q.opt); return err }, qs)
	report += fmt.Sprintf("| single node, in process | %.0f | %d |\n", rate, errs)
	one := newTestGateway(t, nc, 1)
	one.cfg.ShardTimeout = 10 * time.Second
	started := 0
	for _, want := range []int{1, 2, 4} {
		for ; started < want; started++ {
			startReplica(t, nc, 0, 1, filepath.Join(base, fmt.Sprintf("one-%d", started)))
		}
		for {
			live := 0
			for _, s := range one.shardHealth() {
				for _, r := range s.Replicas {
					if r.Serving && r.Lag == 0 {
						live++
					}
				}
			}
			if live == want {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		rate, errs := throughput(func(q searchArgs) error { _, err := one.Search(ctx, q.q, q.opt); return err }, qs)
		report += fmt.Sprintf("| gateway, 1 shard × %d replicas | %.0f | %d |\n", want, rate, errs)
	}
	t.Log(report)
}

func runtimeCPU() int { return runtime.GOMAXPROCS(0) }

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func pct(xs []float64, p float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*p/100))]
}

// throughput runs search from 8 goroutines for 5 seconds.
func throughput(search func(searchArgs) error, qs []searchArgs) (float64, int64) {
	var n, errs atomic.Int64
	deadline := time.Now().Add(5 * time.Second)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; time.Now().Before(deadline); i++ {
				if err := search(qs[i%len(qs)]); err != nil {
					errs.Add(1)
				}
				n.Add(1)
			}
		}()
	}
	wg.Wait()
	return float64(n.Load()) / 5, errs.Load()
}
