package main

import (
	"context"
	"flag"
	"fmt"
	"html"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/query"
)

// cmdSearch runs `govsearch search`: one query, parsed as GET /api/search
// parses its parameters, printed for people or as that endpoint's JSON.
func cmdSearch(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	asJSON := fs.Bool("json", false, "print the JSON of GET /api/search")
	size := fs.Int("size", 10, "hits to show")
	from := fs.Int("from", 0, "hits to skip")
	sortBy := fs.String("sort", "relevance", "relevance or date")
	mode := fs.String("mode", "all", "all or any")
	explain := fs.Bool("explain", false, "explain how the query was understood")
	filters := addFilterFlags(fs)
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	v := url.Values{}
	v.Set("q", strings.Join(words, " "))
	v.Set("size", strconv.Itoa(*size))
	v.Set("from", strconv.Itoa(*from))
	v.Set("sort", *sortBy)
	v.Set("mode", *mode)
	v.Set("explain", strconv.FormatBool(*explain))
	filters.set(v)
	q, opt, err := query.FromValues(v, query.Limits{})
	if err != nil {
		return err
	}
	ix, err := index.Open(*dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, q, opt)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, res)
	}
	printResult(stdout, res, isTerminal(stdout))
	return nil
}

// isTerminal reports whether w is a terminal, where matches are shown in
// reverse video.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// printResult writes hits for people: matches in reverse video on a
// terminal, between 【【 and 】】 elsewhere.
func printResult(w io.Writer, res *govsearch.Result, terminal bool) {
	open, close := "【【", "】】"
	if terminal {
		open, close = "\x1b[7m", "\x1b[0m"
	}
	fmt.Fprintf(w, "%d paragraphs match %q (%.1f ms)\n", res.Total, res.Query, res.TookMS)
	for i, h := range res.Hits {
		place := h.District
		if place == "" {
			place = h.City
		}
		if place == "" {
			place = h.Province
		}
		date := string(h.Date)
		if date == "" {
			date = "date unknown"
		}
		fmt.Fprintf(w, "\n%d. %s · %s · %s · %s ¶%d\n", i+1, h.Title, place, date, strings.Join(h.SectionPath, " › "), h.Position)
		text := strings.NewReplacer("<mark>", open, "</mark>", close).Replace(h.Highlight)
		fmt.Fprintf(w, "   %s\n", html.UnescapeString(text))
	}
	if res.Explain != nil {
		for _, r := range res.Explain.Reasons {
			fmt.Fprintf(w, "\nwhy: %s\n", r)
		}
		for _, t := range res.Explain.Terms {
			fmt.Fprintf(w, "term %q → %q %v, words %v, %d paragraphs\n", t.Input, t.Normalized, t.Normalizations, t.Segments, t.Paragraphs)
		}
	}
}
