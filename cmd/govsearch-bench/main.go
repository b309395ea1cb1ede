// Command govsearch-bench is the end-to-end benchmark behind `make bench`.
// It generates a corpus of N paragraphs (govsearch gen), indexes it
// (govsearch index) and serves it (govsearch serve), all as separate
// processes, and measures: indexing throughput, index size and peak RSS;
// time from start to first answer and RSS after start (on the seeds and on
// the corpus); query latency percentiles per query class over HTTP, with and
// without facets and highlighting; throughput under concurrent load from a
// separate process; and the same queries answered by a linear scan (rg or
// grep -c) over the corpus files, as a ratio. It prints a Markdown report.
//
//	govsearch-bench [--n 1000000] [--work data/bench] [--bin bin/govsearch] [--rounds 20] [--load 10s]
//	govsearch-bench load --url URL --conc 8 --duration 10s --q QUERY   (the load generator)
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
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
	"syscall"
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
	if err := benchMain(os.Args[1:]); err != nil {
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

// benchConfig holds the flags of a benchmark run.
type benchConfig struct {
	n       int           // paragraphs in the generated corpus
	work    string        // work folder
	bin     string        // govsearch binary
	rounds  int           // repetitions of each query
	loadFor time.Duration // duration of each load test
	conc    int           // concurrent connections in the load test
	out     string        // file the report is also written to
}

// parseBenchFlags reads the flags of a benchmark run.
func parseBenchFlags(args []string) (benchConfig, error) {
	var cfg benchConfig
	fs := flag.NewFlagSet("govsearch-bench", flag.ContinueOnError)
	fs.IntVar(&cfg.n, "n", 1000000, "paragraphs in the generated corpus")
	fs.StringVar(&cfg.work, "work", "data/bench", "work folder (corpus and indexes)")
	fs.StringVar(&cfg.bin, "bin", "bin/govsearch", "govsearch binary")
	fs.IntVar(&cfg.rounds, "rounds", 20, "repetitions of each query")
	fs.DurationVar(&cfg.loadFor, "load", 0, "duration of each load test (0: 2s below 200,000 paragraphs, else 10s)")
	fs.IntVar(&cfg.conc, "conc", 8, "concurrent connections in the load test")
	fs.StringVar(&cfg.out, "out", "", "also write the report to this file")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if cfg.loadFor == 0 {
		cfg.loadFor = 10 * time.Second
		if cfg.n < 200000 {
			cfg.loadFor = 2 * time.Second
		}
	}
	return cfg, nil
}

// benchMain runs the benchmark: the seeds, indexing the corpus, serving
// it, query latency, and load.
func benchMain(args []string) error {
	cfg, err := parseBenchFlags(args)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.work, 0o755); err != nil {
		return err
	}
	rep := &report{}
	rep.printf("## govsearch benchmark, %d paragraphs\n\n", cfg.n)
	rep.printf("Machine: %d cores (GOMAXPROCS), %s memory, %s; run %s.\n\n", runtime.NumCPU(), memTotal(), runtime.Version(), time.Now().UTC().Format("2006-01-02 15:04 MST"))
	if err := benchSeeds(rep, cfg); err != nil {
		return err
	}
	corpus, idx, err := benchIndexing(rep, cfg)
	if err != nil {
		return err
	}
	ready, rss, stop, addr, err := serve(cfg.bin, idx)
	if err != nil {
		return err
	}
	defer stop()
	base := "http://" + addr
	// Let the segmenter finish loading before timing relaxed queries.
	time.Sleep(3 * time.Second)
	rssAfter := procRSS(servePID)
	rep.printf("| serving %d paragraphs | value |\n|---|---|\n| start to first answer | %.2f s |\n| RSS at first answer | %.0f MB |\n| RSS with the dictionary loaded | %.0f MB |\n\n", cfg.n, ready.Seconds(), rss, rssAfter)
	benchQueries(rep, cfg, base, corpus)
	if err := benchLoad(rep, cfg, base); err != nil {
		return err
	}
	if cfg.out != "" {
		return os.WriteFile(cfg.out, []byte(rep.b.String()), 0o644)
	}
	return nil
}

// benchSeeds indexes and serves the seeds: ready time and RSS.
func benchSeeds(rep *report, cfg benchConfig) error {
	seedIdx := filepath.Join(cfg.work, "seeds-index")
	os.RemoveAll(seedIdx)
	if _, err := runMeasured(cfg.bin, "index", "--index", seedIdx, "seeds"); err != nil {
		return err
	}
	ready, rss, stop, _, err := serve(cfg.bin, seedIdx)
	if err != nil {
		return err
	}
	stop()
	rep.printf("| seeds index | value |\n|---|---|\n| start to first answer | %.0f ms |\n| RSS at first answer | %.0f MB |\n\n", ready.Seconds()*1000, rss)
	return nil
}

// benchIndexing generates the corpus (once) and indexes it, returning the
// corpus and index folders.
func benchIndexing(rep *report, cfg benchConfig) (corpus, idx string, err error) {
	corpus = filepath.Join(cfg.work, fmt.Sprintf("corpus-%d", cfg.n))
	if _, err := os.Stat(corpus); err != nil {
		if _, err := runMeasured(cfg.bin, "gen", "--out", corpus, "--n", strconv.Itoa(cfg.n)); err != nil {
			return "", "", err
		}
	}
	textBytes := dirSize(corpus)
	idx = filepath.Join(cfg.work, fmt.Sprintf("index-%d", cfg.n))
	os.RemoveAll(idx)
	m, err := runMeasured(cfg.bin, "index", "--index", idx, corpus)
	if err != nil {
		return "", "", err
	}
	idxBytes := dirSize(idx)
	rep.printf("| indexing %d paragraphs | value |\n|---|---|\n", cfg.n)
	rep.printf("| text | %.1f MB in %s |\n", float64(textBytes)/1e6, corpus)
	rep.printf("| wall time | %.1f s (CPU %.0f%%, both cores) |\n", m.wall.Seconds(), 100*m.cpu.Seconds()/m.wall.Seconds())
	rep.printf("| throughput | %.2f MB/s, %.0f paragraphs/s |\n", float64(textBytes)/1e6/m.wall.Seconds(), float64(cfg.n)/m.wall.Seconds())
	rep.printf("| index on disk | %.1f MB = %.2f× the text |\n", float64(idxBytes)/1e6, float64(idxBytes)/float64(textBytes))
	rep.printf("| peak RSS | %.0f MB |\n\n", m.maxRSS)
	return corpus, idx, nil
}

// benchQueries times each query class over HTTP against the server at
// base, and the same first terms counted by a linear scan of corpus.
func benchQueries(rep *report, cfg benchConfig, base, corpus string) {
	district, year := pickFacet(base)
	cls := classes(district, year)
	rep.printf("Query latency over HTTP on 127.0.0.1 (client-measured, %d rounds per query, medians of the per-query runs pooled), and the same first terms counted by a linear scan of the corpus files (%s):\n\n", cfg.rounds, scanTool())
	rep.printf("| class | hits | p50 ms | p95 ms | p99 ms | p50 no facets/highlight | p99 no facets/highlight | scan p50 ms | scan ÷ govsearch |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, c := range cls {
		full, hits := latencies(base, c.params, cfg.rounds, true)
		bare, _ := latencies(base, c.params, cfg.rounds, false)
		scan := scanLatency(corpus, c.scanFor)
		rep.printf("| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f× |\n", c.name, hits,
			pct(full, 50), pct(full, 95), pct(full, 99), pct(bare, 50), pct(bare, 99), scan, scan/math.Max(pct(full, 50), 0.001))
	}
	rep.printf("\n")
}

// benchLoad measures throughput under load from a separate process (this
// program's load command), with and without the result cache.
func benchLoad(rep *report, cfg benchConfig, base string) error {
	self, _ := os.Executable()
	rep.printf("| load (separate process, %d connections, %s) | requests/s | errors | p50 ms | p99 ms |\n|---|---|---|---|---|\n", cfg.conc, cfg.loadFor)
	for _, q := range []string{"营商环境", "京津冀协同发展", "fresh:营商环境", "fresh:京津冀协同发展"} {
		cmd := exec.Command(self, "load", "--url", base+"/api/search", "--conc", strconv.Itoa(cfg.conc), "--duration", cfg.loadFor.String(), "--q", q)
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

type measured struct {
	wall, cpu time.Duration
	maxRSS    float64 // MB
}

// runMeasured runs a child process and reports its wall and CPU time and
// peak resident memory.
func runMeasured(bin string, args ...string) (measured, error) {
	cmd := exec.Command(bin, args...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return measured{}, fmt.Errorf("%s %s: %w", bin, strings.Join(args, " "), err)
	}
	m := measured{wall: time.Since(start)}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		m.maxRSS = float64(ru.Maxrss) / 1024
	}
	return m, nil
}

var servePID int

// serve starts `govsearch serve` and waits for its first answer.
func serve(bin, idx string) (time.Duration, float64, func(), string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, 0, nil, "", err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve", "--index", idx, "--addr", addr, "--max-concurrent", "64")
	cmd.Stderr = io.Discard
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, nil, "", err
	}
	servePID = cmd.Process.Pid
	stop := func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}
	client := &http.Client{Timeout: 2 * time.Second}
	for time.Since(start) < 10*time.Minute {
		resp, err := client.Get("http://" + addr + "/api/search?q=%E7%A8%8E&size=1")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return time.Since(start), procRSS(cmd.Process.Pid), stop, addr, nil
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	stop()
	return 0, 0, nil, "", fmt.Errorf("serve did not answer")
}

func procRSS(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

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
		u := base + "/api/search?" + q.Encode()
		for r := 0; r < rounds+2; r++ {
			start := time.Now()
			req, _ := http.NewRequest(http.MethodGet, u, nil)
			req.Header.Set("Cache-Control", "no-cache") // measure the search, not the result cache
			resp, err := client.Do(req)
			if err != nil {
				continue
			}
			var res struct{ Total int }
			json.NewDecoder(resp.Body).Decode(&res)
			resp.Body.Close()
			d := time.Since(start)
			if r < 2 {
				if r == 0 {
					hits = append(hits, strconv.Itoa(res.Total))
				}
				continue // warm-up
			}
			out = append(out, float64(d.Microseconds())/1000)
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
