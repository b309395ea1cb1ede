package query

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
)

func TestParse(t *testing.T) {
	pos := func(terms ...string) govsearch.Clause { return govsearch.Clause{Terms: terms} }
	neg := func(term string) govsearch.Clause { return govsearch.Clause{Terms: []string{term}, Exclude: true} }
	tests := []struct {
		in   string
		want []govsearch.Clause
	}{
		{"营商环境", []govsearch.Clause{pos("营商环境")}},
		{"  营商环境  ", []govsearch.Clause{pos("营商环境")}},
		{"营商环境 民营", []govsearch.Clause{pos("营商环境"), pos("民营")}},
		{"营商环境\u3000民营", []govsearch.Clause{pos("营商环境"), pos("民营")}},
		{"营商环境 OR 民营", []govsearch.Clause{pos("营商环境", "民营")}},
		{"a OR b OR c d", []govsearch.Clause{pos("a", "b", "c"), pos("d")}},
		{"税 -税收", []govsearch.Clause{pos("税"), neg("税收")}},
		{`"pm 2.5" 浓度`, []govsearch.Clause{pos("pm 2.5"), pos("浓度")}},
		{`-"a b" c`, []govsearch.Clause{neg("a b"), pos("c")}},
		{`"OR"`, []govsearch.Clause{pos("OR")}},
		{"or", []govsearch.Clause{pos("or")}},
		{"1+1234", []govsearch.Clause{pos("1+1234")}},
		{"36.8亿元 14.9%", []govsearch.Clause{pos("36.8亿元"), pos("14.9%")}},
		{"a-b", []govsearch.Clause{pos("a-b")}},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in, wantMsg string
	}{
		{"", "empty"},
		{"   ", "empty"},
		{"OR a", "no term before"},
		{"a OR", "no term after"},
		{"a OR OR b", "another OR"},
		{"-a", "only excluded"},
		{"a OR -b", "cannot be an alternative"},
		{"-a OR b", "cannot follow an excluded"},
		{`"abc`, "character 1 is not closed"},
		{`x "abc`, "character 3 is not closed"},
		{`ab"c"`, "must start a term"},
		{`"a"b`, "followed by a space"},
		{`""`, "enclose nothing"},
		{"a - b", "excludes nothing"},
		{"a\xffb", "UTF-8"},
		{strings.Repeat("a ", MaxTerms+1), "at most"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil {
			t.Errorf("Parse(%q) succeeded, want error containing %q", tt.in, tt.wantMsg)
			continue
		}
		if govsearch.ErrorCode(err) != govsearch.EInvalid {
			t.Errorf("Parse(%q) error code = %q, want %q", tt.in, govsearch.ErrorCode(err), govsearch.EInvalid)
		}
		if !strings.Contains(err.Error(), tt.wantMsg) {
			t.Errorf("Parse(%q) error = %q, want it to contain %q", tt.in, err, tt.wantMsg)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"营商环境", "a OR b", `"a b" -c`, "-", `"`, "OR", "a OR", "\xff", "税 -税收 OR x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		clauses, err := Parse(q)
		if err != nil {
			if govsearch.ErrorCode(err) != govsearch.EInvalid {
				t.Fatalf("Parse(%q): error without code: %v", q, err)
			}
			return
		}
		if len(clauses) == 0 {
			t.Fatalf("Parse(%q) returned no clauses and no error", q)
		}
		positive := false
		for _, c := range clauses {
			if len(c.Terms) == 0 {
				t.Fatalf("Parse(%q): clause without terms", q)
			}
			if !c.Exclude {
				positive = true
			}
			for _, term := range c.Terms {
				if term == "" || !utf8.ValidString(term) {
					t.Fatalf("Parse(%q): bad term %q", q, term)
				}
			}
		}
		if !positive {
			t.Fatalf("Parse(%q): no positive clause", q)
		}
	})
}
