package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/govsearch/govsearch/check"
	"github.com/govsearch/govsearch/index"
)

// cmdCheck runs `govsearch check`: the figures of a claim checked against
// the index.
func cmdCheck(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	asJSON := fs.Bool("json", false, "print the JSON of GET /api/check")
	filters := addFilterFlags(fs)
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	fl, err := filters.filters()
	if err != nil {
		return err
	}
	ix, err := index.Open(*dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	checker, err := check.New(ix, check.Config{Highlight: index.HighlightTerms})
	if err != nil {
		return err
	}
	res, err := checker.Check(ctx, strings.Join(words, " "), fl)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, res)
	}
	fmt.Fprintf(stdout, "%s: %s\n", res.Claim, res.Verdict)
	for _, f := range res.Figures {
		fmt.Fprintf(stdout, "\n  %s (%s): %s. %s\n", f.Text, f.Indicator, f.Verdict, f.Reason)
		for i, e := range f.Evidence {
			if i == 3 {
				fmt.Fprintf(stdout, "    … %d more\n", len(f.Evidence)-3)
				break
			}
			fmt.Fprintf(stdout, "    %s %s, %s ¶%d: %q says %s\n", e.District, e.Title, e.Date, e.Position, clip(e.Text, 60), e.Figure)
		}
	}
	return nil
}

// clip shortens s to n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
