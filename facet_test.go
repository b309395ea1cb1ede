package govsearch

import (
	"reflect"
	"slices"
	"testing"
)

// TestFacetFields checks the declaration: each field at its Index, names
// unique and found by name, every Filters and Facets field reached by
// exactly one facet field.
func TestFacetFields(t *testing.T) {
	seen := map[string]bool{}
	for i, f := range FacetFields() {
		if f.Index != i {
			t.Errorf("%s: Index %d at position %d", f.Name, f.Index, i)
		}
		if seen[f.Name] {
			t.Errorf("%s declared twice", f.Name)
		}
		seen[f.Name] = true
		if g, ok := FacetByName(f.Name); !ok || g.Index != i {
			t.Errorf("FacetByName(%q) = %v, %v", f.Name, g.Index, ok)
		}
		if f.Label == "" || f.Doc == "" {
			t.Errorf("%s has no label or doc", f.Name)
		}
	}
	if _, ok := FacetByName("title"); ok {
		t.Error("FacetByName(title) found a field")
	}
	if n := reflect.TypeFor[Filters]().NumField(); n != NumFacets {
		t.Errorf("Filters has %d fields, FacetFields %d", n, NumFacets)
	}
	if n := reflect.TypeFor[Facets]().NumField(); n != NumFacets {
		t.Errorf("Facets has %d fields, FacetFields %d", n, NumFacets)
	}
	// Setting one field's filter and counts sets that field only.
	for _, f := range FacetFields() {
		var fl Filters
		in := []string{"2015..2020"}
		if err := f.SetFilter(&fl, in); err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for _, g := range FacetFields() {
			got := g.Filter(&fl)
			if want := map[bool][]string{true: in, false: {}}[g.Index == f.Index]; !slices.Equal(got, want) {
				t.Errorf("after %s.SetFilter, %s.Filter = %q, want %q", f.Name, g.Name, got, want)
			}
		}
		var fc Facets
		f.SetCounts(&fc, []FacetCount{{Value: "x", Count: 1}})
		for _, g := range FacetFields() {
			if got := len(g.Counts(&fc)); got != map[bool]int{true: 1, false: 0}[g.Index == f.Index] {
				t.Errorf("after %s.SetCounts, %s.Counts has %d values", f.Name, g.Name, got)
			}
		}
	}
}

func TestFacetValue(t *testing.T) {
	d := &Document{Province: "天津市", City: "天津市", District: "和平区", Year: 2021, DocType: "政府工作报告"}
	path := []string{"一、2020年工作回顾", "（一）经济"}
	want := [NumFacets]string{"天津市", "天津市", "和平区", "2021", "一、2020年工作回顾", "政府工作报告", LevelUnknown}
	for _, f := range FacetFields() {
		if got := f.Value(d, path); got != want[f.Index] {
			t.Errorf("%s: %q, want %q", f.Name, got, want[f.Index])
		}
	}
	empty := &Document{Level: LevelCity}
	for _, f := range FacetFields() {
		want := ""
		if f.Index == FacetLevel {
			want = LevelCity
		}
		if got := f.Value(empty, nil); got != want {
			t.Errorf("%s of an empty document: %q, want %q", f.Name, got, want)
		}
	}
}

func TestYearRange(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2021", "2021", true},
		{"2015..2020", "2015..2020", true},
		{" 2015 .. 2020 ", "2015..2020", true},
		{"2020..2015", "", false},
		{"x", "", false},
		{"10000", "", false},
	}
	for _, tt := range tests {
		r, err := ParseYearRange(tt.in)
		if (err == nil) != tt.ok || (tt.ok && r.String() != tt.want) {
			t.Errorf("ParseYearRange(%q) = %v, %v; want %q", tt.in, r, err, tt.want)
		}
	}
}

// FuzzParseYearRange checks that every range ParseYearRange accepts is
// written back (String) as a value it reads the same.
func FuzzParseYearRange(f *testing.F) {
	for _, s := range []string{"2021", "2015..2020", " 1 .. 2 ", "..", "2020..", "-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseYearRange(s)
		if err != nil {
			if ErrorCode(err) != EInvalid {
				t.Fatalf("%q: error code %s", s, ErrorCode(err))
			}
			return
		}
		back, err := ParseYearRange(r.String())
		if err != nil || back != r || r.From > r.To {
			t.Fatalf("%q: %v written as %q reads as %v, %v", s, r, r.String(), back, err)
		}
	})
}
