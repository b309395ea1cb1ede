package main

import (
	"fmt"
	"sort"
	"strings"
)

// reportBuild prints the build of each engine: time, MB/s of input files,
// peak RSS, bytes written, size on disk against the input and the kept
// (normalized) text, and the largest sections of a segment index.
func reportBuild(rep *report, engines []*engine, input int64) {
	rep.printf("| index build (input %.1f MB) | %s |\n|---|%s\n", mb(input), labels(engines), strings.Repeat("---|", len(engines)))
	row := func(name string, f func(e *engine) string) {
		var cells []string
		for _, e := range engines {
			cells = append(cells, f(e))
		}
		rep.printf("| %s | %s |\n", name, strings.Join(cells, " | "))
	}
	built := func(f func(e *engine) string) func(e *engine) string {
		return func(e *engine) string {
			if !e.built {
				return "prebuilt (not measured here)"
			}
			return f(e)
		}
	}
	row("documents, paragraphs", built(func(e *engine) string { return fmt.Sprintf("%d, %d", e.docs, e.paras) }))
	row("wall time", built(func(e *engine) string {
		return fmt.Sprintf("%.1f s (CPU %.0f s)", e.build.wall.Seconds(), e.build.cpu.Seconds())
	}))
	row("throughput", built(func(e *engine) string { return fmt.Sprintf("%.2f MB/s", mb(input)/e.build.wall.Seconds()) }))
	row("peak RSS", built(func(e *engine) string { return fmt.Sprintf("%.0f MB", e.build.maxRSS) }))
	row("bytes written", built(func(e *engine) string { return fmt.Sprintf("%.0f MB", mb(e.build.writeBytes)) }))
	row("index on disk", func(e *engine) string {
		return fmt.Sprintf("%.1f MB = %.2f× the input", mb(e.idxBytes), float64(e.idxBytes)/float64(input))
	})
	row("kept (normalized) text", func(e *engine) string {
		norm := e.sections["norm"]
		if norm == 0 {
			return "—"
		}
		// From segment version 5 the norm section is coded (about half
		// of UTF-8's bytes): it no longer measures the text.
		if e.sections["normcode"] > 0 {
			return fmt.Sprintf("norm section %.1f MB, coded", mb(norm))
		}
		return fmt.Sprintf("%.1f MB; index = %.2f× it", mb(norm), float64(e.idxBytes)/float64(norm))
	})
	row("largest sections", func(e *engine) string { return largestSections(e.sections, 5) })
	rep.printf("\n")
}

// largestSections lists the n largest sections in MB.
func largestSections(secs map[string]int64, n int) string {
	if len(secs) == 0 {
		return "—"
	}
	var names []string
	for k := range secs {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return secs[names[i]] > secs[names[j]] })
	var out []string
	for _, k := range names[:min(n, len(names))] {
		out = append(out, fmt.Sprintf("%s %.0f", k, mb(secs[k])))
	}
	return strings.Join(out, ", ") + " MB"
}

// reportQueries prints per class, per engine: hits, the first request
// (median and slowest of the class's queries, each on a server that never
// ran it), and the uncached p50/p99 with and without facets and
// highlights; then the RSS after the battery.
func reportQueries(rep *report, engines []*engine, cls []queryClass, interleave bool) {
	rep.printf("Per class, client-measured over HTTP on 127.0.0.1, every request with `Cache-Control: no-cache`. ")
	rep.printf("First: each query's first request on the fresh server (median / slowest of the class's queries). ")
	order := "old and new alternately, request by request"
	switch {
	case len(engines) == 1:
		order = "one engine alone"
	case !interleave:
		order = "each engine's rounds in turn, the other server idle"
	}
	rep.printf("Uncached: the following rounds (p50 / p99 pooled over the class's queries), %s.\n\n", order)
	rep.printf("| class | engine | hits | first ms | uncached p50 | uncached p99 | p50 no facets/highlight | p99 no facets/highlight |\n")
	rep.printf("|---|---|---|---|---|---|---|---|\n")
	for _, c := range cls {
		for _, e := range engines {
			f := e.firsts(c)
			rep.printf("| %s | %s | %s | %.1f / %.1f | %.2f | %.2f | %.2f | %.2f |\n", c.name, e.label, joinInts(e.hits[c.name]),
				median(f), f[len(f)-1], pct(e.full[c.name], 50), pct(e.full[c.name], 99), pct(e.bare[c.name], 50), pct(e.bare[c.name], 99))
		}
	}
	rep.printf("\n")
	for _, e := range engines {
		rep.printf("- %s after the battery: RSS %.0f MB, anonymous %.0f MB; %d failed requests; during the rounds %d major page faults, %.1f MB read from storage\n", e.label, e.rssAfter, e.anonAfter, e.errs, e.majorFaults, float64(e.diskRead)/1e6)
	}
	rep.printf("\n")
}

// reportChangeHeader introduces the change test's table.
func reportChangeHeader(rep *report, corpus string) {
	rep.printf("One-file change in %s: `govsearch index` on the whole folder after appending a paragraph to one file; then the file deleted and `index --prune`; then the file put back and `index` again. ", corpus)
	rep.printf("Visible: from the end of the run until the running server answers accordingly (a search polled every 50 ms from the start of the run; 0.001 s: already visible when the run ended).\n\n")
	rep.printf("| engine | step | wall | CPU | written | peak RSS | visible after | load |\n|---|---|---|---|---|---|---|---|\n")
}

// reportChange prints the change test of one engine.
func reportChange(rep *report, e *engine) {
	steps := []struct {
		name string
		s    changeStep
	}{{"change one file", e.change.modify}, {"--prune one deleted file", e.change.prune}, {"re-add the file", e.change.readd}}
	for _, st := range steps {
		s := st.s
		vis := "—"
		if s.visible > 0 {
			vis = fmt.Sprintf("%.2f s (%.2f s from the start)", s.visible.Seconds(), s.fromStart.Seconds())
		} else if s.visible < 0 {
			vis = "not within 3 min"
		}
		rep.printf("| %s | %s | %.2f s | %.1f s | %.1f MB | %.0f MB | %s | %s |\n", e.label, st.name, s.m.wall.Seconds(), s.m.cpu.Seconds(),
			mb(s.m.writeBytes), s.m.maxRSS, vis, s.load)
	}
}

func labels(engines []*engine) string {
	var out []string
	for _, e := range engines {
		out = append(out, e.label+" ("+e.bin+")")
	}
	return strings.Join(out, " | ")
}

func joinInts(xs []int) string {
	var out []string
	for _, x := range xs {
		out = append(out, fmt.Sprint(x))
	}
	return strings.Join(out, ", ")
}

func mb(n int64) float64 { return float64(n) / 1e6 }
