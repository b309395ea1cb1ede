// Command govsearch-bench is the end-to-end benchmark behind `make bench`.
// It drives the real binary as separate processes (govsearch index, serve)
// and prints a Markdown report. It runs in one of two ways.
//
// On a generated corpus (the default): it generates N paragraphs
// (govsearch gen), indexes them and serves them, and measures indexing
// throughput, index size and peak RSS; time from start to first answer and
// RSS (on the seeds and on the corpus); query latency percentiles per
// query class over HTTP, with and without facets and highlighting;
// throughput under concurrent load from a separate process; and the same
// queries answered by a linear scan (rg or grep -c), as a ratio.
//
// On a folder of real files (--corpus DIR), optionally against a second
// binary (--baseline BIN, reported side by side as "old" and "new", run
// alternately at every step so that both meet the same machine load): index
// build time, MB/s of input files, peak RSS and bytes written, the index's
// size against the input and against the kept (normalized) text (while
// segments keep it in UTF-8: from version 5 they code it); time from
// `serve` start to the first answer and RSS then; per query the first
// request on the fresh server and per class the uncached p50/p99
// (Cache-Control: no-cache) with and without facets and highlights;
// anonymous RSS after that battery; and a one-file change: `index` after
// appending a paragraph to one file, `index --prune` after deleting it and
// `index` after putting it back, each with wall time, bytes written and how
// long until the running server answers accordingly. The load average is
// noted at each step. The corpus is left as it was; the indexes stay in
// --work (or use prebuilt ones with --index and --baseline-index).
//
//	govsearch-bench [--n 1000000] [--work data/bench] [--bin bin/govsearch] [--rounds 20] [--load 10s]
//	govsearch-bench --corpus DIR [--baseline BIN] [--bin bin/govsearch] [--work DIR] [--rounds 100]
//	                [--index DIR] [--baseline-index DIR] [--change=false] [--out FILE]
//	govsearch-bench load --url URL --conc 8 --duration 10s --q QUERY   (the load generator)
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "load" {
		if err := loadMain(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "govsearch-bench load:", err)
			os.Exit(1)
		}
		return
	}
	run := benchMain
	for _, a := range os.Args[1:] {
		if a == "--corpus" || a == "-corpus" || strings.HasPrefix(a, "--corpus=") || strings.HasPrefix(a, "-corpus=") {
			run = realMain
		}
	}
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "govsearch-bench:", err)
		os.Exit(1)
	}
}

// queryClass is one kind of query the targets name.
type queryClass struct {
	name    string
	params  []url.Values // several queries of the class, cycled
	scanFor []string     // what a linear scan looks for (first term)
}

func v(kv ...string) url.Values {
	out := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		out.Add(kv[i], kv[i+1])
	}
	return out
}

func classes(district, year string) []queryClass {
	return []queryClass{
		{"one character (税)", []url.Values{v("q", "税"), v("q", "业"), v("q", "要")}, []string{"税", "业", "要"}},
		{"two common characters (发展)", []url.Values{v("q", "发展"), v("q", "建设")}, []string{"发展", "建设"}},
		{"phrase 4–8 characters", []url.Values{v("q", "营商环境"), v("q", "京津冀协同发展"), v("q", "高质量发展")}, []string{"营商环境", "京津冀协同发展", "高质量发展"}},
		{"rare term", []url.Values{v("q", "嫩江路片区"), v("q", "双拥公园"), v("q", "红哨")}, []string{"嫩江路片区", "双拥公园", "红哨"}},
		{"three-term AND", []url.Values{v("q", "营商环境 民营 企业"), v("q", "发展 改革 创新")}, []string{"营商环境"}},
		{"two facet filters", []url.Values{v("q", "发展", "district", district, "year", year), v("q", "营商环境", "district", district, "year", year)}, []string{"发展"}},
		{"mode=any, 20-character sentence", []url.Values{v("q", "持续优化营商环境推动民营经济高质量发展", "mode", "any"), v("q", "加快建设国际消费中心城市提升城区品质", "mode", "any")}, []string{"营商环境"}},
	}
}

type report struct {
	b strings.Builder
}

func (r *report) printf(format string, args ...any) {
	fmt.Fprintf(&r.b, format, args...)
	fmt.Printf(format, args...)
}

// genOptions are the flags of a run on a generated corpus.
type genOptions struct {
	n, rounds, conc int
	work, bin, out  string
	loadFor         time.Duration
}

// benchMain benchmarks one binary on a generated corpus of n paragraphs.
func benchMain(args []string) error {
	fs := flag.NewFlagSet("govsearch-bench", flag.ContinueOnError)
	o := genOptions{}
	fs.IntVar(&o.n, "n", 1000000, "paragraphs in the generated corpus")
	fs.StringVar(&o.work, "work", "data/bench", "work folder (corpus and indexes)")
	fs.StringVar(&o.bin, "bin", "bin/govsearch", "govsearch binary")
	fs.IntVar(&o.rounds, "rounds", 20, "repetitions of each query")
	fs.DurationVar(&o.loadFor, "load", 0, "duration of each load test (0: 2s below 200,000 paragraphs, else 10s)")
	fs.IntVar(&o.conc, "conc", 8, "concurrent connections in the load test")
	fs.StringVar(&o.out, "out", "", "also write the report to this file")
	fs.String("corpus", "", "a folder of real files to index instead (see realMain)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.loadFor == 0 {
		o.loadFor = 10 * time.Second
		if o.n < 200000 {
			o.loadFor = 2 * time.Second
		}
	}
	if err := os.MkdirAll(o.work, 0o755); err != nil {
		return err
	}
	rep := &report{}
	rep.printf("## govsearch benchmark, %d paragraphs\n\n", o.n)
	rep.printf("Machine: %d cores (GOMAXPROCS), %s memory, %s; run %s; load average %s.\n\n", nproc(), memTotal(), runtime.Version(), time.Now().UTC().Format("2006-01-02 15:04 MST"), loadAvg())
	if err := benchSeeds(rep, o); err != nil {
		return err
	}
	corpus, idx, err := benchGenIndex(rep, o)
	if err != nil {
		return err
	}
	if err := benchGenServe(rep, o, corpus, idx); err != nil {
		return err
	}
	if o.out != "" {
		return os.WriteFile(o.out, []byte(rep.b.String()), 0o644)
	}
	return nil
}

// benchSeeds indexes the seeds and times the server's start on them.
func benchSeeds(rep *report, o genOptions) error {
	seedIdx := filepath.Join(o.work, "seeds-index")
	os.RemoveAll(seedIdx)
	if _, err := runMeasured(o.bin, "index", "--index", seedIdx, "seeds"); err != nil {
		return err
	}
	srv, err := startServer(o.bin, seedIdx)
	if err != nil {
		return err
	}
	srv.stop()
	rep.printf("| seeds index | value |\n|---|---|\n| start to first answer | %.0f ms |\n| RSS at first answer | %.0f MB |\n\n", srv.ready.Seconds()*1000, srv.rssReady)
	return nil
}

// benchGenIndex generates the corpus (once) and indexes it, measured.
func benchGenIndex(rep *report, o genOptions) (corpus, idx string, err error) {
	corpus = filepath.Join(o.work, fmt.Sprintf("corpus-%d", o.n))
	if _, err := os.Stat(corpus); err != nil {
		if _, err := runMeasured(o.bin, "gen", "--out", corpus, "--n", strconv.Itoa(o.n)); err != nil {
			return "", "", err
		}
	}
	textBytes := dirSize(corpus)
	idx = filepath.Join(o.work, fmt.Sprintf("index-%d", o.n))
	os.RemoveAll(idx)
	m, err := runMeasured(o.bin, "index", "--index", idx, corpus)
	if err != nil {
		return "", "", err
	}
	idxBytes := dirSize(idx)
	rep.printf("| indexing %d paragraphs | value |\n|---|---|\n", o.n)
	rep.printf("| text | %.1f MB in %s |\n", float64(textBytes)/1e6, corpus)
	rep.printf("| wall time | %.1f s (CPU %.0f%%, both cores) |\n", m.wall.Seconds(), 100*m.cpu.Seconds()/m.wall.Seconds())
	rep.printf("| throughput | %.2f MB/s, %.0f paragraphs/s |\n", float64(textBytes)/1e6/m.wall.Seconds(), float64(o.n)/m.wall.Seconds())
	rep.printf("| index on disk | %.1f MB = %.2f× the text |\n", float64(idxBytes)/1e6, float64(idxBytes)/float64(textBytes))
	rep.printf("| peak RSS | %.0f MB |\n\n", m.maxRSS)
	return corpus, idx, nil
}

// benchGenServe serves the generated index and measures the query
// classes, a linear scan of the same terms and the load test.
func benchGenServe(rep *report, o genOptions, corpus, idx string) error {
	srv, err := startServer(o.bin, idx)
	if err != nil {
		return err
	}
	defer srv.stop()
	base := srv.base
	// Let the segmenter finish loading before timing relaxed queries.
	time.Sleep(3 * time.Second)
	rep.printf("| serving %d paragraphs | value |\n|---|---|\n| start to first answer | %.2f s |\n| RSS at first answer | %.0f MB |\n| RSS with the dictionary loaded | %.0f MB |\n\n", o.n, srv.ready.Seconds(), srv.rssReady, procRSS(srv.pid()))
	district, year := pickFacet(base)
	rep.printf("Query latency over HTTP on 127.0.0.1 (client-measured, %d rounds per query, medians of the per-query runs pooled), and the same first terms counted by a linear scan of the corpus files (%s):\n\n", o.rounds, scanTool())
	rep.printf("| class | hits | p50 ms | p95 ms | p99 ms | p50 no facets/highlight | p99 no facets/highlight | scan p50 ms | scan ÷ govsearch |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, c := range classes(district, year) {
		fullMs, hits := latencies(base, c.params, o.rounds, true)
		bareMs, _ := latencies(base, c.params, o.rounds, false)
		scan := scanLatency(corpus, c.scanFor)
		rep.printf("| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f× |\n", c.name, hits,
			pct(fullMs, 50), pct(fullMs, 95), pct(fullMs, 99), pct(bareMs, 50), pct(bareMs, 99), scan, scan/math.Max(pct(fullMs, 50), 0.001))
	}
	rep.printf("\n")
	return benchLoad(rep, o, base)
}

// benchLoad loads the server from a separate process (govsearch-bench
// load), from the result cache and searched afresh.
func benchLoad(rep *report, o genOptions, base string) error {
	self, _ := os.Executable()
	rep.printf("| load (separate process, %d connections, %s) | requests/s | errors | p50 ms | p99 ms |\n|---|---|---|---|---|\n", o.conc, o.loadFor)
	for _, q := range []string{"营商环境", "京津冀协同发展", "fresh:营商环境", "fresh:京津冀协同发展"} {
		cmd := exec.Command(self, "load", "--url", base+"/api/search", "--conc", strconv.Itoa(o.conc), "--duration", o.loadFor.String(), "--q", q)
		outb, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("load: %w", err)
		}
		var lr loadResult
		if err := json.Unmarshal(outb, &lr); err != nil {
			return fmt.Errorf("load output: %w", err)
		}
		label := "phrase " + q + " (result cache)"
		if strings.HasPrefix(q, "fresh:") {
			label = "phrase " + strings.TrimPrefix(q, "fresh:") + " (Cache-Control: no-cache: searched every time)"
		}
		rep.printf("| %s | %.0f | %d | %.2f | %.2f |\n", label, lr.RPS, lr.Errors, lr.P50, lr.P99)
	}
	rep.printf("\n")
	return nil
}

// nproc is the number of CPUs Go may use.
func nproc() int { return runtime.GOMAXPROCS(0) }

func memTotal() string {
	b, _ := os.ReadFile("/proc/meminfo")
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "MemTotal:") {
			f := strings.Fields(line)
			kb, _ := strconv.ParseFloat(f[1], 64)
			return fmt.Sprintf("%.0f GiB", kb/1024/1024)
		}
	}
	return "?"
}

func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}

// pickFacet finds a district and year that have hits together, for the
// filter class.
func pickFacet(base string) (string, string) {
	facets := func(u string) (ds, ys []string) {
		resp, err := http.Get(u)
		if err != nil {
			return nil, nil
		}
		defer resp.Body.Close()
		var res struct {
			Facets struct {
				District, Year []struct{ Value string }
			}
		}
		json.NewDecoder(resp.Body).Decode(&res)
		for _, d := range res.Facets.District {
			ds = append(ds, d.Value)
		}
		for _, y := range res.Facets.Year {
			ys = append(ys, y.Value)
		}
		return ds, ys
	}
	ds, _ := facets(base + "/api/search?q=%E5%8F%91%E5%B1%95&size=1")
	if len(ds) == 0 {
		return "", ""
	}
	d := ds[len(ds)/2]
	_, ys := facets(base + "/api/search?q=%E5%8F%91%E5%B1%95&size=1&district=" + url.QueryEscape(d))
	if len(ys) == 0 {
		return d, ""
	}
	return d, ys[0]
}

// latencies runs each query rounds times and returns the latencies in ms.
func latencies(base string, params []url.Values, rounds int, full bool) ([]float64, string) {
	client := &http.Client{Timeout: 30 * time.Second}
	var out []float64
	var hits []string
	for _, p := range params {
		q := url.Values{}
		for k, vs := range p {
			q[k] = vs
		}
		if !full {
			q.Set("facets", "false")
			q.Set("highlight", "false")
		}
		for r := 0; r < rounds+2; r++ {
			ms, total, err := search(client, base, q, true) // measure the search, not the result cache
			if err != nil && ms == 0 {
				continue // no response: nothing to time
			}
			if r < 2 {
				if r == 0 {
					hits = append(hits, strconv.Itoa(total))
				}
				continue // warm-up
			}
			out = append(out, ms)
		}
	}
	return out, strings.Join(hits, ", ")
}

func pct(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64{}, xs...)
	sort.Float64s(s)
	k := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(0, min(k, len(s)-1))]
}

func scanTool() string {
	if _, err := exec.LookPath("rg"); err == nil {
		return "`rg -c -F`"
	}
	return "`grep -rcF`"
}

// scanLatency times counting the lines that contain each term with a
// linear scan of the corpus files, the median of 3 runs per term.
func scanLatency(dir string, terms []string) float64 {
	var ts []float64
	for _, t := range terms {
		var runs []float64
		for i := 0; i < 3; i++ {
			var cmd *exec.Cmd
			if _, err := exec.LookPath("rg"); err == nil {
				cmd = exec.Command("rg", "-c", "-F", "--", t, dir)
			} else {
				cmd = exec.Command("grep", "-rcF", "--", t, dir)
			}
			start := time.Now()
			cmd.Output()
			runs = append(runs, float64(time.Since(start).Microseconds())/1000)
		}
		ts = append(ts, pct(runs, 50))
	}
	return pct(ts, 50)
}

type loadResult struct {
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	RPS      float64 `json:"rps"`
	P50      float64 `json:"p50_ms"`
	P99      float64 `json:"p99_ms"`
}

// loadMain is the load generator: conc connections send the query for
// duration and report requests/s, errors and latency percentiles.
func loadMain(args []string) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	target := fs.String("url", "", "search endpoint")
	conc := fs.Int("conc", 8, "concurrent connections")
	dur := fs.Duration("duration", 10*time.Second, "how long")
	q := fs.String("q", "营商环境", "query")
	if err := fs.Parse(args); err != nil {
		return err
	}
	fresh := strings.HasPrefix(*q, "fresh:")
	u := *target + "?q=" + url.QueryEscape(strings.TrimPrefix(*q, "fresh:"))
	ctx, cancel := context.WithTimeout(context.Background(), *dur)
	defer cancel()
	tr := &http.Transport{MaxIdleConnsPerHost: *conc}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var mu sync.Mutex
	var lat []float64
	errs := 0
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < *conc; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				t := time.Now()
				req, _ := http.NewRequest(http.MethodGet, u, nil)
				if fresh {
					req.Header.Set("Cache-Control", "no-cache")
				}
				resp, err := client.Do(req)
				ok := err == nil && resp.StatusCode == 200
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				d := float64(time.Since(t).Microseconds()) / 1000
				mu.Lock()
				if ok {
					lat = append(lat, d)
				} else if ctx.Err() == nil {
					errs++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start).Seconds()
	return json.NewEncoder(os.Stdout).Encode(loadResult{
		Requests: len(lat), Errors: errs, RPS: float64(len(lat)) / elapsed, P50: pct(lat, 50), P99: pct(lat, 99),
	})
}
