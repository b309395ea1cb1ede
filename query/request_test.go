package query

import (
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
)

func TestFromValuesFilters(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want govsearch.Filters
	}{
		{"one value", "district=和平区", govsearch.Filters{District: []string{"和平区"}}},
		{"repeated: OR", "district=和平区&district=南开区", govsearch.Filters{District: []string{"和平区", "南开区"}}},
		{"a comma is part of the value", "section=" + url.QueryEscape("构建现代产业体系,加快形成新发展格局"),
			govsearch.Filters{Section: []string{"构建现代产业体系,加快形成新发展格局"}}},
		{"comma and repetition", "section=a,b&section=c", govsearch.Filters{Section: []string{"a,b", "c"}}},
		{"empty values ignored", "city=&city=%20&province=天津市", govsearch.Filters{Province: []string{"天津市"}}},
		{"year range", "year=2015..2020&year=2022", govsearch.Filters{Year: []govsearch.YearRange{{From: 2015, To: 2020}, {From: 2022, To: 2022}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := ParseRawQuery("q=x&" + tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			q, _, err := FromValues(v, DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(q.Filters, tt.want) {
				t.Errorf("filters %+v, want %+v", q.Filters, tt.want)
			}
			// The filters alone read the same, with no q and whatever
			// else the request holds.
			v, err = ParseRawQuery("claim=x&size=100000&" + tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			f, err := FiltersFromValues(v)
			if err != nil || !reflect.DeepEqual(f, tt.want) {
				t.Errorf("FiltersFromValues: %+v, %v; want %+v", f, err, tt.want)
			}
		})
	}
}

func TestParseRawQuery(t *testing.T) {
	tests := []struct {
		raw, wantErr string
	}{
		{"q=%E8%90%A5%E5%95%86", ""},
		{"q=a+b&district=x", ""},
		{"", ""},
		{"q=%ZZ", "not valid percent-encoding"},
		{"q=%", "not valid percent-encoding"},
		{"q=a&section=%E6%9E%8", "not valid percent-encoding"},
		{"q=a;b", "%3B"},
	}
	for _, tt := range tests {
		_, err := ParseRawQuery(tt.raw)
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("ParseRawQuery(%q): %v", tt.raw, err)
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr) || govsearch.ErrorCode(err) != govsearch.EInvalid):
			t.Errorf("ParseRawQuery(%q) = %v, want a bad_request containing %q", tt.raw, err, tt.wantErr)
		}
	}
}

func TestFiltersFromValuesRefuses(t *testing.T) {
	for _, v := range []url.Values{{"year": {"20x"}}, {"claim": {"\xff"}}, {"district": {"\xff"}}} {
		if _, err := FiltersFromValues(v); govsearch.ErrorCode(err) != govsearch.EInvalid {
			t.Errorf("FiltersFromValues(%q) = %v, want a bad_request", v, err)
		}
	}
}
