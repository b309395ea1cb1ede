package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/query"
	"github.com/govsearch/govsearch/server"
)

// cmdTrend prints, for each query, its matching paragraphs and documents
// per year (or place, or type), as GET /api/trend counts them.
func cmdTrend(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("trend", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	by := fs.String("by", "year", "the field to count by: "+strings.Join(govsearch.TrendNames(), ", "))
	asCSV := fs.Bool("csv", false, "print CSV instead of a table")
	asJSON := fs.Bool("json", false, "print the JSON of GET /api/trend")
	filters := addFilterFlags(fs)
	queries, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(queries) == 0 {
		return usageError{"trend needs at least one query (each argument is one query; quote a query with spaces)"}
	}
	var qs []govsearch.Query
	for _, text := range queries {
		v := url.Values{}
		v.Set("q", text)
		filters.set(v)
		q, _, err := query.FromValues(v, query.Limits{})
		if err != nil {
			return err
		}
		qs = append(qs, q)
	}
	ix, err := index.Open(*dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	tr, err := ix.Trend(ctx, qs, *by)
	if err != nil {
		return err
	}
	switch {
	case *asJSON:
		return writeJSON(stdout, tr)
	case *asCSV:
		return writeTrendCSV(stdout, tr)
	}
	return writeTrendTable(stdout, tr)
}

// writeTrendCSV writes one row per query and bucket.
func writeTrendCSV(w io.Writer, tr *govsearch.Trend) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"query", tr.By, "paragraphs", "documents", "chars", "per_10k_chars"})
	for _, s := range tr.Series {
		for _, b := range s.Buckets {
			// A query such as -拆迁 must stay text in a spreadsheet.
			cw.Write(server.SpreadsheetSafe([]string{s.Query, b.Value, strconv.Itoa(b.Paragraphs), strconv.Itoa(b.Documents),
				strconv.Itoa(b.Chars), strconv.FormatFloat(b.Per10kChars, 'f', -1, 64)}))
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeTrendTable writes one line per bucket and one column pair
// (paragraphs/documents) per query.
func writeTrendTable(w io.Writer, tr *govsearch.Trend) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\t", tr.By)
	for _, s := range tr.Series {
		fmt.Fprintf(tw, "%s 段\t文件\t每万字\t", s.Query)
	}
	fmt.Fprintln(tw)
	if len(tr.Series) > 0 {
		for k, b := range tr.Series[0].Buckets {
			label := b.Value
			if label == "" {
				label = "(未注明)"
			}
			fmt.Fprintf(tw, "%s\t", label)
			for _, s := range tr.Series {
				sb := s.Buckets[k]
				fmt.Fprintf(tw, "%d\t%d\t%.2f\t", sb.Paragraphs, sb.Documents, sb.Per10kChars)
			}
			fmt.Fprintln(tw)
		}
	}
	return tw.Flush()
}
