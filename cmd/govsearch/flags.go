package main

import (
	"flag"
	"io"
	"net/url"
	"strings"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/query"
)

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// parseFlags parses flags that may stand before or after the positional
// arguments (govsearch search 营商环境 --json); everything after "--" is
// positional, so a query may start with "-" there.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var tail []string
	for i, a := range args {
		if a == "--" {
			args, tail = args[:i], args[i+1:]
			break
		}
	}
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return append(positional, tail...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// filterFlags are the filter flags of search, check and trend: one
// repeatable flag per facet field (govsearch.FacetFields), named as its
// query parameter with - for _ (--doc-type), indexed by the field's Index.
type filterFlags [govsearch.NumFacets]multiFlag

// filterFlagName is the flag of a facet field.
func filterFlagName(f govsearch.FacetField) string { return strings.ReplaceAll(f.Name, "_", "-") }

// addFilterFlags defines the filter flags on fs.
func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	f := &filterFlags{}
	for _, field := range govsearch.FacetFields() {
		fs.Var(&f[field.Index], filterFlagName(field), "filter by "+field.Doc+" (repeatable)")
	}
	return f
}

// set puts the filters into request parameters, as the HTTP API takes them.
func (f *filterFlags) set(v url.Values) {
	for _, field := range govsearch.FacetFields() {
		v[field.Name] = f[field.Index]
	}
}

// filters parses the filters as the HTTP API parses its filter parameters.
func (f *filterFlags) filters() (govsearch.Filters, error) {
	v := url.Values{}
	f.set(v)
	return query.FiltersFromValues(v)
}
