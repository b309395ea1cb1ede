package govsearch

import (
	"strconv"
	"strings"
)

// Indexes of the facet fields in FacetFields, in the contract's order.
// Arrays indexed by facet field (one bitmap set per field in the index, one
// column per field in a segment) use them and NumFacets.
const (
	FacetProvince = iota
	FacetCity
	FacetDistrict
	FacetYear
	FacetSection
	FacetDocType
	FacetLevel
	// NumFacets is the number of facet fields.
	NumFacets
)

// FacetField is one metadata field that searches are filtered by
// (Filters), counted by (Facets) and, for some, charted by (Trend). Its
// Name is the same everywhere: the filter's query parameter, the key of
// its counts in the JSON facets, and the value of a trend's by.
//
// FacetFields declares them all; everything that lists fields (query
// parsing, the server, the command line, the page, the index) ranges over
// it, so that a new field is added in one place.
type FacetField struct {
	// Index is the field's position in FacetFields (FacetProvince …).
	Index int
	// Name is the field's name in the contract.
	Name string
	// Label names the field on the page.
	Label string
	// Doc says in English what the field's values are, for the command
	// line's help.
	Doc string
	// Trend says whether a trend may be counted by the field.
	Trend bool

	value  func(d *Document, sectionPath []string) string
	filter func(f *Filters) *[]string // nil for year, whose filter is ranges
	counts func(f *Facets) *[]FacetCount
}

var facetFields = [NumFacets]FacetField{
	{
		Index: FacetProvince, Name: "province", Label: "省份", Doc: "province", Trend: true,
		value:  func(d *Document, _ []string) string { return d.Province },
		filter: func(f *Filters) *[]string { return &f.Province },
		counts: func(f *Facets) *[]FacetCount { return &f.Province },
	},
	{
		Index: FacetCity, Name: "city", Label: "城市", Doc: "city", Trend: true,
		value:  func(d *Document, _ []string) string { return d.City },
		filter: func(f *Filters) *[]string { return &f.City },
		counts: func(f *Facets) *[]FacetCount { return &f.City },
	},
	{
		Index: FacetDistrict, Name: "district", Label: "区县", Doc: "district", Trend: true,
		value:  func(d *Document, _ []string) string { return d.District },
		filter: func(f *Filters) *[]string { return &f.District },
		counts: func(f *Facets) *[]FacetCount { return &f.District },
	},
	{
		Index: FacetYear, Name: "year", Label: "年份", Doc: "year: 2021, or a range 2015..2020", Trend: true,
		value: func(d *Document, _ []string) string {
			if d.Year == 0 {
				return ""
			}
			return strconv.Itoa(int(d.Year))
		},
		counts: func(f *Facets) *[]FacetCount { return &f.Year },
	},
	{
		Index: FacetSection, Name: "section", Label: "章节", Doc: "top-level section title",
		value: func(_ *Document, sectionPath []string) string {
			if len(sectionPath) == 0 {
				return ""
			}
			return sectionPath[0]
		},
		filter: func(f *Filters) *[]string { return &f.Section },
		counts: func(f *Facets) *[]FacetCount { return &f.Section },
	},
	{
		Index: FacetDocType, Name: "doc_type", Label: "文件类型", Doc: "document type", Trend: true,
		value:  func(d *Document, _ []string) string { return d.DocType },
		filter: func(f *Filters) *[]string { return &f.DocType },
		counts: func(f *Facets) *[]FacetCount { return &f.DocType },
	},
	{
		Index: FacetLevel, Name: "level", Label: "层级", Doc: "issuing level: national, province, city, county or unknown",
		value: func(d *Document, _ []string) string {
			if d.Level == "" {
				return LevelUnknown
			}
			return d.Level
		},
		filter: func(f *Filters) *[]string { return &f.Level },
		counts: func(f *Facets) *[]FacetCount { return &f.Level },
	},
}

// FacetFields returns the facet fields in the contract's order, each at
// its Index. The array is a copy: the declaration cannot be changed.
func FacetFields() [NumFacets]FacetField { return facetFields }

// FacetByName returns the facet field called name.
func FacetByName(name string) (FacetField, bool) {
	for _, f := range facetFields {
		if f.Name == name {
			return f, true
		}
	}
	return FacetField{}, false
}

// FacetNames returns the names of the facet fields, in order: the filter
// parameters of a search.
func FacetNames() []string {
	names := make([]string, 0, NumFacets)
	for _, f := range facetFields {
		names = append(names, f.Name)
	}
	return names
}

// TrendNames returns the names of the fields a trend may be counted by,
// in FacetFields' order.
func TrendNames() []string {
	var names []string
	for _, f := range facetFields {
		if f.Trend {
			names = append(names, f.Name)
		}
	}
	return names
}

// Value returns the field's value for the paragraphs of d under the
// section path sectionPath, as facets count it and filters match it: the
// year in decimal ("" when unknown), the top-level section title, and
// LevelUnknown for a document that does not state its level.
func (f FacetField) Value(d *Document, sectionPath []string) string {
	return f.value(d, sectionPath)
}

// Filter returns the field's filter values in fl, as the query parameter
// writes them (a year range as 2015..2020).
func (f FacetField) Filter(fl *Filters) []string {
	if f.filter != nil {
		return *f.filter(fl)
	}
	out := make([]string, 0, len(fl.Year))
	for _, r := range fl.Year {
		out = append(out, r.String())
	}
	return out
}

// SetFilter sets the field's filter values in fl from the values of its
// query parameter, each taken whole; a year that is not a year or a range
// is an EInvalid error.
func (f FacetField) SetFilter(fl *Filters, values []string) error {
	if f.filter != nil {
		*f.filter(fl) = values
		return nil
	}
	fl.Year = nil
	for _, s := range values {
		r, err := ParseYearRange(s)
		if err != nil {
			return err
		}
		fl.Year = append(fl.Year, r)
	}
	return nil
}

// Counts returns the field's counts in fc.
func (f FacetField) Counts(fc *Facets) []FacetCount { return *f.counts(fc) }

// SetCounts sets the field's counts in fc.
func (f FacetField) SetCounts(fc *Facets, counts []FacetCount) { *f.counts(fc) = counts }

// String writes the range as the year parameter takes it: 2021, or
// 2015..2020.
func (r YearRange) String() string {
	if r.From == r.To {
		return strconv.Itoa(r.From)
	}
	return strconv.Itoa(r.From) + ".." + strconv.Itoa(r.To)
}

// Contains says whether year y is in the range.
func (r YearRange) Contains(y int) bool { return y >= r.From && y <= r.To }

// ParseYearRange reads 2021 or 2015..2020; anything else is an EInvalid
// error.
func ParseYearRange(s string) (YearRange, error) {
	bad := Errorf(EInvalid, "year must be a year such as 2021 or a range such as 2015..2020, not %q", s)
	from, to, isRange := strings.Cut(s, "..")
	a, err := strconv.Atoi(strings.TrimSpace(from))
	if err != nil || a < 0 || a > 9999 {
		return YearRange{}, bad
	}
	b := a
	if isRange {
		if b, err = strconv.Atoi(strings.TrimSpace(to)); err != nil || b < a || b > 9999 {
			return YearRange{}, bad
		}
	}
	return YearRange{From: a, To: b}, nil
}
