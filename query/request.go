package query

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
)

// Limits bound what one request may ask for.
type Limits struct {
	MaxQueryRunes int // longest q, in characters
	MaxSize       int // largest page; 0 means no bound (the command line)
	MaxFrom       int // deepest offset; 0 means no bound
}

// DefaultLimits are the HTTP API's limits.
var DefaultLimits = Limits{MaxQueryRunes: 500, MaxSize: 100, MaxFrom: 10000}

// FromValues builds a query and its search options from the parameters of
// GET /api/search (the command line passes its flags the same way): q,
// mode and the filters (one repeatable parameter per facet field,
// govsearch.FacetFields: province, city, district, year as 2021 or
// 2015..2020, section, doc_type and level) make the query; from, size,
// sort, explain, highlight and facets the options. Parameters are checked
// in that order, so that the first error a request meets stays the same.
func FromValues(v url.Values, lim Limits) (govsearch.Query, govsearch.SearchOptions, error) {
	q := govsearch.Query{Text: v.Get("q"), Mode: govsearch.ModeAll}
	opt := govsearch.SearchOptions{Size: 10, Sort: govsearch.SortRelevance, Highlight: true, Facets: true}
	if err := validUTF8(v); err != nil {
		return q, opt, err
	}
	if strings.TrimSpace(q.Text) == "" {
		return q, opt, govsearch.Errorf(govsearch.EInvalid, "parameter q is required: the words to search for")
	}
	if n := utf8.RuneCountInString(q.Text); lim.MaxQueryRunes > 0 && n > lim.MaxQueryRunes {
		return q, opt, govsearch.Errorf(govsearch.EInvalid, "q is %d characters long; at most %d are allowed", n, lim.MaxQueryRunes)
	}
	clauses, err := Parse(q.Text)
	if err != nil {
		return q, opt, err
	}
	q.Clauses = clauses

	if opt.From, err = intParam(v, "from", 0, 0, lim.MaxFrom); err != nil {
		return q, opt, err
	}
	if opt.Size, err = intParam(v, "size", 10, 1, lim.MaxSize); err != nil {
		return q, opt, err
	}
	switch s := v.Get("sort"); s {
	case "", govsearch.SortRelevance:
	case govsearch.SortDate:
		opt.Sort = s
	default:
		return q, opt, govsearch.Errorf(govsearch.EInvalid, "sort must be relevance or date, not %q", s)
	}
	switch m := v.Get("mode"); m {
	case "", govsearch.ModeAll:
	case govsearch.ModeAny:
		q.Mode = m
	default:
		return q, opt, govsearch.Errorf(govsearch.EInvalid, "mode must be all or any, not %q", m)
	}
	for _, b := range []struct {
		name string
		dst  *bool
	}{{"explain", &opt.Explain}, {"highlight", &opt.Highlight}, {"facets", &opt.Facets}} {
		if s := v.Get(b.name); s != "" {
			val, err := strconv.ParseBool(s)
			if err != nil {
				return q, opt, govsearch.Errorf(govsearch.EInvalid, "%s must be true or false, not %q", b.name, s)
			}
			*b.dst = val
		}
	}
	q.Filters, err = filters(v)
	return q, opt, err
}

// FiltersFromValues reads only the filter parameters of GET /api/search,
// one per facet field (govsearch.FacetFields), each repeatable: what a
// request that filters without searching (GET /api/check) takes. Every
// parameter must be valid UTF-8, as in FromValues.
func FiltersFromValues(v url.Values) (govsearch.Filters, error) {
	if err := validUTF8(v); err != nil {
		return govsearch.Filters{}, err
	}
	return filters(v)
}

// filters reads the filter parameters.
func filters(v url.Values) (govsearch.Filters, error) {
	var f govsearch.Filters
	for _, field := range govsearch.FacetFields() {
		if err := field.SetFilter(&f, values(v, field.Name)); err != nil {
			return f, err
		}
	}
	return f, nil
}

// validUTF8 refuses a parameter that is not valid UTF-8, naming it.
func validUTF8(v url.Values) error {
	for name, vals := range v {
		for _, s := range vals {
			if !utf8.ValidString(s) {
				return govsearch.Errorf(govsearch.EInvalid, "parameter %s is not valid UTF-8", name)
			}
		}
	}
	return nil
}

// values returns the non-empty values of a repeatable parameter. Each
// parameter is one value, taken whole: a section title may contain a comma
// (构建现代产业体系,加快形成新发展格局), so several values are written by
// repeating the parameter, never by separating them with commas.
func values(v url.Values, name string) []string {
	var out []string
	for _, s := range v[name] {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ParseRawQuery reads the query string of a request. Unlike
// url.URL.Query, which drops a pair it cannot decode (so that q=%ZZ would
// read as a missing q), it refuses the whole string with a message that
// says what is wrong.
func ParseRawQuery(raw string) (url.Values, error) {
	v, err := url.ParseQuery(raw)
	if err == nil {
		return v, nil
	}
	if strings.Contains(err.Error(), "semicolon") {
		return nil, govsearch.Errorf(govsearch.EInvalid, "the query string contains a ';', which does not separate parameters: write it as %%3B, or separate parameters with &")
	}
	return nil, govsearch.Errorf(govsearch.EInvalid, "the query string is not valid percent-encoding (%v): write %% as %%25", err)
}

func intParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, govsearch.Errorf(govsearch.EInvalid, "%s must be a whole number, not %q", name, s)
	}
	if n < lo || (hi > 0 && n > hi) {
		if hi > 0 {
			return 0, govsearch.Errorf(govsearch.EInvalid, "%s must be between %d and %d, not %d", name, lo, hi, n)
		}
		return 0, govsearch.Errorf(govsearch.EInvalid, "%s must be at least %d, not %d", name, lo, n)
	}
	return n, nil
}
