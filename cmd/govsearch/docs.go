package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
)

// cmdDocs runs `govsearch docs`: the list of indexed documents.
func cmdDocs(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("docs", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	asJSON := fs.Bool("json", false, "print {\"documents\": [...]}")
	if rest, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	ix, err := index.Open(*dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	docs, err := ix.Documents(ctx)
	if err != nil {
		return err
	}
	if docs == nil {
		docs = []govsearch.Document{}
	}
	if *asJSON {
		return writeJSON(stdout, map[string]any{"documents": docs})
	}
	for _, d := range docs {
		date := string(d.Date)
		if date == "" {
			date = "----------"
		}
		fmt.Fprintf(stdout, "%s  %s  %-8s %-6s %s  (%d paragraphs, %s)\n", d.ID, date, d.District, d.DocType, d.Title, d.Paragraphs, d.Source)
	}
	return nil
}
