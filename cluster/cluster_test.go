//go:build !race

// The cluster acceptance tests start three NATS servers and four replicas,
// each loading the segmenter's dictionary: minutes under the race
// detector, so `make test` runs them in its second, plain pass (the
// protocol tests in wire_test.go run under -race).

package cluster

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/check"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/query"
	"github.com/govsearch/govsearch/server"
)

// seedQueries are searches with filters, sorts, mode=any and pages, as
// the API takes them.
var seedQueries = []string{
	"q=营商环境",
	"q=发展",
	"q=发展&size=20&from=10",
	"q=经济&sort=date",
	"q=经济&sort=date&from=5&size=7",
	"q=税",
	"q=改革 开放",
	"q=改革 -开放",
	"q=就业 OR 教育",
	"q=\"高质量发展\"",
	"q=营商环境&district=和平区",
	"q=发展&year=2020..2022",
	"q=建设&doc_type=政府工作报告",
	"q=建设&province=天津市&province=福建省",
	"q=政府&level=county",
	"q=推进&section=本届政府工作回顾",
	"q=加快建设现代化产业体系 推动高质量发展&mode=any",
	"q=优化营商环境 激发市场活力&mode=any&size=15",
	"q=2035年",
	"q=不存在的词语组合",
	"q=人民&size=100",
	"q=人民&from=100&size=10",
}

// searchArgs are the arguments of a search: its query and options.
type searchArgs struct {
	q   govsearch.Query
	opt govsearch.SearchOptions
}

func parseQueries(t testing.TB, raws []string) []searchArgs {
	t.Helper()
	var out []searchArgs
	for _, raw := range raws {
		v, err := url.ParseQuery(raw)
		if err != nil {
			t.Fatal(err)
		}
		q, opt, err := query.FromValues(v, query.DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		out = append(out, searchArgs{q, opt})
	}
	return out
}

// bigDoc is a document of more than size bytes of text: the seeds'
// paragraphs over and over, each numbered.
func bigDoc(t testing.TB, size int) govsearch.DocumentContent {
	t.Helper()
	var texts []string
	for _, d := range seedDocs(t) {
		for _, p := range d.Paragraphs {
			texts = append(texts, p.Text)
		}
	}
	d := govsearch.DocumentContent{Document: govsearch.Document{
		ID: "big", Title: "一份很长的报告", Province: "天津市", City: "天津市", District: "和平区", Year: 2023,
		Date: "2023-01-10", DocType: "其他", Source: "big/big.txt", ContentHash: "big",
	}}
	n := 0
	for pos := 1; n < size; pos++ {
		text := fmt.Sprintf("第%d段：%s", pos, texts[pos%len(texts)])
		n += len(text)
		d.Paragraphs = append(d.Paragraphs, govsearch.Paragraph{
			ID: fmt.Sprintf("big-p%d", pos), DocID: "big", Position: pos, Kind: govsearch.KindText, Text: text,
			Section: "正文", SectionPath: []string{"正文"},
		})
	}
	d.Document.Paragraphs = len(d.Paragraphs)
	return d
}

// sameAnswer compares a gateway's result with a single node's: total,
// facets, and the page's hits in order with their scores and highlights.
func sameAnswer(t *testing.T, label string, got, want *govsearch.Result) {
	t.Helper()
	if got.Total != want.Total {
		t.Errorf("%s: total %d, single node %d", label, got.Total, want.Total)
	}
	if !reflect.DeepEqual(got.Facets, want.Facets) {
		t.Errorf("%s: facets differ:\n got  %+v\n want %+v", label, got.Facets, want.Facets)
	}
	if len(got.Hits) != len(want.Hits) {
		t.Errorf("%s: %d hits, single node %d", label, len(got.Hits), len(want.Hits))
		return
	}
	for i := range got.Hits {
		g, w := got.Hits[i], want.Hits[i]
		if g.ID != w.ID || g.Score != w.Score || g.Highlight != w.Highlight || g.Exact != w.Exact {
			t.Errorf("%s: hit %d is %s (score %v, exact %v), single node %s (score %v, exact %v)", label, i, g.ID, g.Score, g.Exact, w.ID, w.Score, w.Exact)
		}
	}
}

// TestClusterSeeds is the cluster's acceptance test on the seeds, on 3
// NATS nodes with 2 shards × 2 replicas fed through the log: the same
// answers as a single node; no failed request while one replica of each
// shard is killed under load; shard_unavailable when a shard has no
// replica; a new, empty replica catching up from the log.
func TestClusterSeeds(t *testing.T) {
	docs := append(seedDocs(t), bigDoc(t, 1<<20+100<<10))
	single := singleNode(t, docs)
	// A small max_payload: the large document must travel in parts, and
	// answers in frames.
	nc := startNATS(t, 256<<10)
	publish(t, nc.connect(t), docs)
	js, _ := jetstream.New(nc.connect(t))
	st, err := js.Stream(context.Background(), StreamName)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.GetLastMsgForSubject(context.Background(), partSubject("big", 2)); err != nil {
		t.Errorf("the large document was not published in parts: %v", err)
	}
	if si, _ := st.Info(context.Background()); si.Config.MaxMsgsPerSubject != 1 || si.Config.Replicas != 3 {
		t.Errorf("stream config: %d messages per subject, %d replicas", si.Config.MaxMsgsPerSubject, si.Config.Replicas)
	}

	const shards = 2
	base := t.TempDir()
	replicas := map[int][]*testReplica{}
	for s := range shards {
		for k := range 2 {
			replicas[s] = append(replicas[s], startReplica(t, nc, s, shards, filepath.Join(base, fmt.Sprintf("s%d-r%d", s, k))))
		}
	}
	g := newTestGateway(t, nc, shards)
	waitHealthy(t, g, len(docs), time.Minute)

	srv := server.New(g, server.Config{Logger: quietLogger(), Highlighter: index.HighlightTerms, MaxConcurrent: 64, QueueWait: 5 * time.Second}, nil)
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()

	ctx := context.Background()
	t.Run("same answers", func(t *testing.T) {
		for i, q := range parseQueries(t, seedQueries) {
			want, err := single.Search(ctx, q.q, q.opt)
			if err != nil {
				t.Fatalf("%s: single node: %v", seedQueries[i], err)
			}
			got, err := g.Search(ctx, q.q, q.opt)
			if err != nil {
				t.Fatalf("%s: gateway: %v", seedQueries[i], err)
			}
			sameAnswer(t, seedQueries[i], got, want)
		}
	})

	t.Run("documents, export, trend, feed, concordance, claim check", func(t *testing.T) {
		if got, want := len(documents(t, g)), len(documents(t, single)); got != want {
			t.Errorf("documents: %d, single node %d", got, want)
		}
		for _, d := range documents(t, single) {
			got, err := g.Document(d.ID)
			if err != nil {
				t.Fatalf("document %s: %v", d.ID, err)
			}
			want, _ := single.Document(d.ID)
			if len(got.Paragraphs) != len(want.Paragraphs) || got.Title != want.Title {
				t.Errorf("document %s: %d paragraphs %q, single node %d %q", d.ID, len(got.Paragraphs), got.Title, len(want.Paragraphs), want.Title)
			}
		}
		if _, err := g.Document("no-such-document"); govsearch.ErrorCode(err) != govsearch.ENotFound {
			t.Errorf("missing document: %v, want not_found", err)
		}
		for _, args := range parseQueries(t, []string{"q=发展", "q=营商环境&district=和平区"}) {
			q := args.q
			var got, want []string
			if _, err := g.Each(ctx, q, func(h govsearch.Hit) error { got = append(got, h.ID); return nil }); err != nil {
				t.Fatal(err)
			}
			single.Each(ctx, q, func(h govsearch.Hit) error { want = append(want, h.ID); return nil })
			if !reflect.DeepEqual(got, want) {
				t.Errorf("export %s: %d hits, single node %d (or in another order)", q.Text, len(got), len(want))
			}
			var gl, wl []govsearch.ConcordanceLine
			g.Concordance(ctx, q, 10, func(l govsearch.ConcordanceLine) error { gl = append(gl, l); return nil })
			single.Concordance(ctx, q, 10, func(l govsearch.ConcordanceLine) error { wl = append(wl, l); return nil })
			if !reflect.DeepEqual(gl, wl) {
				t.Errorf("concordance %s: %d lines, single node %d (or others)", q.Text, len(gl), len(wl))
			}
		}
		var qs []govsearch.Query
		for _, args := range parseQueries(t, []string{"q=发展", "q=改革"}) {
			qs = append(qs, args.q)
		}
		gt, err := g.Trend(ctx, qs, "year")
		if err != nil {
			t.Fatal(err)
		}
		wt, _ := single.Trend(ctx, qs, "year")
		if !reflect.DeepEqual(gt, wt) {
			t.Errorf("trend:\n got  %+v\n want %+v", gt, wt)
		}
		for _, claim := range []string{"和平区一般公共预算收入36.8亿元，增长14.9%", "河东区城镇登记失业率控制在3.8%以内", "和平区新增市场主体9999个"} {
			gc, _ := check.New(g, check.Config{Highlight: index.HighlightTerms})
			sc, _ := check.New(single, check.Config{Highlight: index.HighlightTerms})
			got, err := gc.Check(ctx, claim, govsearch.Filters{})
			if err != nil {
				t.Fatalf("check %s: %v", claim, err)
			}
			want, _ := sc.Check(ctx, claim, govsearch.Filters{})
			if got.Verdict != want.Verdict || len(got.Hits) != len(want.Hits) {
				t.Errorf("check %s: %s with %d hits, single node %s with %d", claim, got.Verdict, len(got.Hits), want.Verdict, len(want.Hits))
			}
		}
		nh, err := g.Newest(ctx, qs[0], 10)
		if err != nil || len(nh) != 10 {
			t.Errorf("newest: %d hits, %v", len(nh), err)
		}
		resp, err := http.Get(ts.URL + "/api/export?format=jsonl&q=" + url.QueryEscape("营商环境"))
		if err != nil {
			t.Fatal(err)
		}
		lines := 0
		dec := json.NewDecoder(resp.Body)
		for dec.More() {
			var h govsearch.Hit
			if dec.Decode(&h) != nil {
				break
			}
			lines++
		}
		resp.Body.Close()
		args := parseQueries(t, []string{"q=营商环境"})[0]
		want, _ := single.Search(ctx, args.q, args.opt)
		if lines != want.Total {
			t.Errorf("export over HTTP: %d lines, want %d", lines, want.Total)
		}
	})

	t.Run("healthz and metrics", func(t *testing.T) {
		resp, err := http.Get(ts.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Cluster struct {
				Shards []ShardHealth `json:"shards"`
			} `json:"cluster"`
		}
		json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if resp.StatusCode != 200 || len(body.Cluster.Shards) != shards || len(body.Cluster.Shards[0].Replicas) != 2 {
			t.Errorf("healthz: %d %+v", resp.StatusCode, body)
		}
		resp, err = http.Get(ts.URL + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		b := new(strings.Builder)
		_, _ = fmt.Fprint(b, "")
		buf := make([]byte, 1<<20)
		n, _ := resp.Body.Read(buf)
		for n > 0 {
			b.Write(buf[:n])
			n, _ = resp.Body.Read(buf)
		}
		resp.Body.Close()
		for _, m := range []string{"govsearch_shard_request_duration_seconds", "govsearch_replica_lag_messages", "govsearch_shard_live_replicas"} {
			if !strings.Contains(b.String(), m) {
				t.Errorf("metrics lack %s", m)
			}
		}
	})

	t.Run("a replica of each shard killed under load", func(t *testing.T) {
		// Both replicas of each shard serve, caught up, before one goes.
		deadline := time.Now().Add(time.Minute)
		for {
			ready := 0
			for _, s := range g.shardHealth() {
				for _, r := range s.Replicas {
					if r.Serving && r.Lag == 0 {
						ready++
					}
				}
			}
			if ready == 4 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d of 4 replicas serve: %+v", ready, g.shardHealth())
			}
			time.Sleep(50 * time.Millisecond)
		}
		urls := []string{}
		for _, raw := range seedQueries {
			v, _ := url.ParseQuery(raw)
			urls = append(urls, ts.URL+"/api/search?"+v.Encode())
		}
		const requests, workers = 240, 4
		var sent, failed atomic.Int64
		var wg sync.WaitGroup
		errs := make(chan string, requests+workers)
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rng := rand.New(rand.NewSource(int64(w)))
				for sent.Add(1) <= requests {
					if failed.Load() > 10 {
						return
					}
					resp, err := http.Get(urls[rng.Intn(len(urls))])
					if err != nil {
						failed.Add(1)
						errs <- err.Error()
						continue
					}
					if resp.StatusCode != 200 {
						failed.Add(1)
						var e map[string]any
						json.NewDecoder(resp.Body).Decode(&e)
						errs <- fmt.Sprint(resp.StatusCode, e)
					}
					resp.Body.Close()
				}
			}()
		}
		for sent.Load() < requests/3 {
			time.Sleep(5 * time.Millisecond)
		}
		replicas[0][0].kill()
		replicas[1][0].kill()
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
		if failed.Load() > 0 {
			t.Errorf("%d of %d requests failed", failed.Load(), requests)
		}
	})

	t.Run("a shard with no replica", func(t *testing.T) {
		replicas[1][1].kill()
		// The gateway learns of it from the missed heartbeats or from no
		// answer; either way the search is refused, never short.
		resp, err := http.Get(ts.URL + "/api/search?q=" + url.QueryEscape("发展"))
		if err != nil {
			t.Fatal(err)
		}
		var body struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if resp.StatusCode != 503 || body.Error.Code != govsearch.EShardUnavailable || !strings.Contains(body.Error.Message, "shards 1") {
			t.Errorf("search with shard 1 gone: %d %+v", resp.StatusCode, body)
		}
		time.Sleep(4 * testHeartbeat)
		if resp, err := http.Get(ts.URL + "/healthz"); err != nil || resp.StatusCode != 503 {
			t.Errorf("healthz with shard 1 gone: %v %v", resp.StatusCode, err)
		}
		if _, err := g.Each(ctx, parseQueries(t, []string{"q=发展"})[0].q, func(govsearch.Hit) error { return nil }); !errors.Is(err, &govsearch.Error{}) && govsearch.ErrorCode(err) != govsearch.EShardUnavailable {
			t.Errorf("export with shard 1 gone: %v", err)
		}
	})

	t.Run("a new empty replica catches up", func(t *testing.T) {
		start := time.Now()
		startReplica(t, nc, 1, shards, filepath.Join(base, "s1-new"))
		waitHealthy(t, g, len(docs), 3*time.Minute)
		t.Logf("caught up in %s", time.Since(start).Round(time.Millisecond))
		for i, q := range parseQueries(t, seedQueries[:5]) {
			want, _ := single.Search(ctx, q.q, q.opt)
			got, err := g.Search(ctx, q.q, q.opt)
			if err != nil {
				t.Fatalf("%s: %v", seedQueries[i], err)
			}
			sameAnswer(t, seedQueries[i], got, want)
		}
	})
}
