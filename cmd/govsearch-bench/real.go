package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// engine is one govsearch binary under test, with its index and what was
// measured of it.
type engine struct {
	label string // "old" (the --baseline binary) or "new" (--bin)
	bin   string
	idx   string

	built    bool // the index was built (and measured) in this run
	build    measured
	docs     int
	paras    int
	idxBytes int64
	sections map[string]int64 // segment sections (segment engine only)

	srv       *server
	first     map[string]float64   // per query: the first request, ms
	full      map[string][]float64 // per class: uncached, facets and highlights, ms
	bare      map[string][]float64 // per class: uncached, without facets and highlights
	hits      map[string][]int     // per class: each query's total
	errs      int
	anonAfter float64 // MB anonymous resident after the battery
	rssAfter  float64
	// During the rounds: major page faults and bytes read from storage
	// (pages the kernel had reclaimed and the server read again).
	majorFaults, diskRead int64
	change                *changeResult
}

// realOptions are the flags of a run on a folder of real files.
type realOptions struct {
	corpus, work, out string
	bins              []string // baseline first when given
	indexes           []string // prebuilt indexes, in the order of bins
	rounds            int
	change, queries   bool
	// interleave sends each request to old and new in turn; otherwise
	// all of old's rounds run, then all of new's, so that neither server
	// finds the processor's caches as the other left them.
	interleave bool
}

// parseReal reads the flags of a run on real files (--corpus).
func parseReal(args []string) (realOptions, error) {
	fs := flag.NewFlagSet("govsearch-bench", flag.ContinueOnError)
	o := realOptions{}
	fs.StringVar(&o.corpus, "corpus", "", "index these files instead of generating a corpus")
	fs.StringVar(&o.work, "work", "data/bench", "work folder (indexes and saved files)")
	bin := fs.String("bin", "bin/govsearch", "govsearch binary (\"new\")")
	base := fs.String("baseline", "", "a second govsearch binary (\"old\"), measured alongside")
	idx := fs.String("index", "", "use this prebuilt index of --bin instead of building one (build not measured)")
	baseIdx := fs.String("baseline-index", "", "likewise for --baseline")
	// A class's p99 is its requests' nearest-rank p99: over 20 rounds of
	// 2–4 queries, that is the slowest request; over 100, the 2nd to 5th
	// slowest.
	fs.IntVar(&o.rounds, "rounds", 100, "repetitions of each query")
	fs.BoolVar(&o.queries, "queries", true, "measure the query classes")
	fs.BoolVar(&o.change, "change", true, "measure a one-file change, a --prune and re-adding the file")
	fs.BoolVar(&o.interleave, "interleave", true, "with --baseline: old and new request by request; false: all of old's rounds, then all of new's")
	fs.StringVar(&o.out, "out", "", "also write the report to this file")
	fs.Int("n", 0, "ignored with --corpus")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if *base != "" {
		o.bins, o.indexes = append(o.bins, *base), append(o.indexes, *baseIdx)
	}
	o.bins, o.indexes = append(o.bins, *bin), append(o.indexes, *idx)
	return o, nil
}

// realMain benchmarks one or two binaries on a folder of real files, old
// and new alternately at every step so that both meet the same load:
// build both indexes, start both servers (one at a time), send each query
// once to each fresh server, then the rounds, then the change tests.
func realMain(args []string) error {
	o, err := parseReal(args)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(o.work, 0o755); err != nil {
		return err
	}
	engines := newEngines(o)
	rep := &report{}
	rep.printf("## govsearch on %s (%s)\n\n", o.corpus, time.Now().UTC().Format("2006-01-02 15:04 MST"))
	rep.printf("Machine: %d cores, %s memory; load average at start %s.\n\n", nproc(), memTotal(), loadAvg())
	for _, e := range engines {
		if err := e.buildIndex(o.corpus); err != nil {
			return err
		}
	}
	reportBuild(rep, engines, dirSize(o.corpus))
	for _, e := range engines {
		if e.srv, err = startServer(e.bin, e.idx); err != nil {
			return err
		}
		defer e.srv.stop()
		rep.printf("- %s: `serve` answered %.2f s after start (%.2f s of CPU) at %.0f MB RSS (%.0f MB anonymous); load %s\n",
			e.label, e.srv.ready.Seconds(), e.srv.cpuReady.Seconds(), e.srv.rssReady, e.srv.anon, loadAvg())
	}
	rep.printf("\n")
	if o.queries {
		time.Sleep(3 * time.Second) // the gse dictionary loads in the background
		cls := realClasses()
		runQueries(rep, engines, cls, o.rounds, o.interleave)
		reportQueries(rep, engines, cls, o.interleave)
	}
	if o.change {
		// The new engine first: its runs are short, the old one's rebuild
		// the whole index each time.
		reportChangeHeader(rep, o.corpus)
		for i := len(engines) - 1; i >= 0; i-- {
			e := engines[i]
			if e.change, err = measureChange(o, e); err != nil {
				return err
			}
			reportChange(rep, e)
		}
		rep.printf("\n")
	}
	if o.out != "" {
		return os.WriteFile(o.out, []byte(rep.b.String()), 0o644)
	}
	return nil
}

// newEngines names the binaries: with a baseline, "old" and "new".
func newEngines(o realOptions) []*engine {
	var out []*engine
	for i, bin := range o.bins {
		label := "new"
		if len(o.bins) == 2 && i == 0 {
			label = "old"
		}
		e := &engine{label: label, bin: bin, idx: o.indexes[i]}
		if e.idx == "" {
			e.idx = filepath.Join(o.work, "index-"+label)
			e.built = true
		}
		out = append(out, e)
	}
	return out
}

// buildIndex indexes the corpus from scratch, unless a prebuilt index
// was named, and records the index's size and sections.
func (e *engine) buildIndex(corpus string) error {
	if e.built {
		os.RemoveAll(e.idx)
		fmt.Fprintf(os.Stderr, "%s: indexing %s (load %s)\n", e.label, corpus, loadAvg())
		m, err := runMeasured(e.bin, "index", "--index", e.idx, corpus)
		if err != nil {
			return err
		}
		e.build = m
		e.docs, e.paras = indexSummary(m.stderr)
	}
	e.idxBytes = dirSize(e.idx)
	e.sections = segmentSections(e.idx)
	return nil
}

// realClasses are the query classes of issue 14 with queries that occur
// in ../shared/corpus (national reports 1954–2025, provincial 2026).
func realClasses() []queryClass {
	return []queryClass{
		{name: "one character", params: []url.Values{v("q", "税"), v("q", "业"), v("q", "要")}},
		{name: "two characters", params: []url.Values{v("q", "发展"), v("q", "建设")}},
		{name: "phrase 4–7 characters", params: []url.Values{v("q", "营商环境"), v("q", "京津冀协同发展"), v("q", "高质量发展"), v("q", "改革开放")}},
		{name: "rare term", params: []url.Values{v("q", "三峡工程"), v("q", "菜篮子工程"), v("q", "西气东输")}},
		{name: "three-term AND", params: []url.Values{v("q", "营商环境 民营 企业"), v("q", "发展 改革 创新")}},
		{name: "two filters", params: []url.Values{v("q", "发展", "province", "湖北省", "year", "2026"), v("q", "改革开放", "level", "national", "year", "1988")}},
		{name: "mode=any, 18–19 characters", params: []url.Values{v("q", "持续优化营商环境推动民营经济高质量发展", "mode", "any"), v("q", "加快建设国际消费中心城市提升城区品质", "mode", "any")}},
	}
}

// runQueries sends each query once to each fresh server (the first
// request), then rounds+2 rounds of every query (the first two not
// counted), with and without facets and highlights, all with
// Cache-Control: no-cache, old and new alternately (interleave) or one
// after the other; then it reads each server's anonymous RSS.
func runQueries(rep *report, engines []*engine, cls []queryClass, rounds int, interleave bool) {
	client := &http.Client{Timeout: 120 * time.Second}
	for _, e := range engines {
		e.first, e.full, e.bare, e.hits = map[string]float64{}, map[string][]float64{}, map[string][]float64{}, map[string][]int{}
	}
	load := []string{loadAvg()}
	for i, c := range cls {
		for j, p := range c.params {
			for k := range engines {
				e := engines[(i+j+k)%len(engines)] // who goes first alternates
				ms, total, err := search(client, e.srv.base, full(p), true)
				e.note(err)
				e.first[full(p).Encode()] = ms
				e.hits[c.name] = append(e.hits[c.name], total)
			}
		}
	}
	type faults struct{ major, read int64 }
	before := make([]faults, len(engines))
	for i, e := range engines {
		before[i].major, before[i].read = procFaults(e.srv.pid())
	}
	// send sends query p of class, with and without facets and
	// highlights, to e in round r.
	send := func(e *engine, r int, p url.Values, class string) {
		ms, _, err := search(client, e.srv.base, full(p), true)
		e.note(err)
		ms2, _, err := search(client, e.srv.base, bare(p), true)
		e.note(err)
		if r >= 2 {
			e.full[class], e.bare[class] = append(e.full[class], ms), append(e.bare[class], ms2)
		}
	}
	turns := [][]*engine{engines} // all engines each round
	if !interleave {
		turns = nil
		for _, e := range engines {
			turns = append(turns, []*engine{e}) // one engine's rounds, then the next's
		}
	}
	for _, turn := range turns {
		for r := 0; r < rounds+2; r++ {
			for _, c := range cls {
				for _, p := range c.params {
					for k := range turn {
						send(turn[(r+k)%len(turn)], r, p, c.name)
					}
				}
			}
			if r%5 == 4 {
				load = append(load, loadAvg())
			}
		}
	}
	for i, e := range engines {
		e.anonAfter, e.rssAfter = procMB(e.srv.pid(), "RssAnon"), procRSS(e.srv.pid())
		major, read := procFaults(e.srv.pid())
		e.majorFaults, e.diskRead = major-before[i].major, read-before[i].read
	}
	rep.printf("Load average during the queries (every 5 rounds): %s.\n\n", strings.Join(load, "; "))
}

// note counts a failed request.
func (e *engine) note(err error) {
	if err != nil {
		e.errs++
		fmt.Fprintf(os.Stderr, "%s: %v\n", e.label, err)
	}
}

// full asks for facets and highlights (the defaults) explicitly.
func full(p url.Values) url.Values {
	q := copyValues(p)
	q.Set("facets", "true")
	q.Set("highlight", "true")
	return q
}

// bare asks for neither facets nor highlights.
func bare(p url.Values) url.Values {
	q := copyValues(p)
	q.Set("facets", "false")
	q.Set("highlight", "false")
	return q
}

func copyValues(p url.Values) url.Values {
	q := url.Values{}
	for k, vs := range p {
		q[k] = append([]string{}, vs...)
	}
	return q
}

// median of xs (0 when empty).
func median(xs []float64) float64 { return pct(xs, 50) }

// firsts are the first-request latencies of a class's queries.
func (e *engine) firsts(c queryClass) []float64 {
	var out []float64
	for _, p := range c.params {
		out = append(out, e.first[full(p).Encode()])
	}
	sort.Float64s(out)
	return out
}

func jsonDecode(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }
