package main

import (
	"flag"
	"io"
	"net/url"
	"strings"
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

// filterFlags are the filter flags of search and check.
type filterFlags struct {
	province, city, district, year, section, docType, level multiFlag
}

// addFilterFlags defines the filter flags on fs.
func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	f := &filterFlags{}
	fs.Var(&f.province, "province", "province filter (repeatable)")
	fs.Var(&f.city, "city", "city filter (repeatable)")
	fs.Var(&f.district, "district", "district filter (repeatable)")
	fs.Var(&f.year, "year", "year or range 2015..2020 (repeatable)")
	fs.Var(&f.section, "section", "section filter (repeatable)")
	fs.Var(&f.docType, "doc-type", "document type filter (repeatable)")
	fs.Var(&f.level, "level", "issuing level: national, province, city, county or unknown (repeatable)")
	return f
}

// set puts the filters into request parameters, as the HTTP API takes them.
func (f *filterFlags) set(v url.Values) {
	v["province"], v["city"], v["district"] = f.province, f.city, f.district
	v["year"], v["section"], v["doc_type"], v["level"] = f.year, f.section, f.docType, f.level
}
