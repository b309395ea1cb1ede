package govsearch

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestFacetsJSON checks the hand-written encoding against encoding/json's
// on values with every kind of character.
func TestFacetsJSON(t *testing.T) {
	f := &Facets{
		Province: []FacetCount{{"天津市", 16}, {"", 2}},
		City:     []FacetCount{},
		District: []FacetCount{{`quote" back\slash`, 1}, {"ctl\x01\n\t", 2}, {"bad\xffutf8", 3}, {"line\u2028sep", 4}},
		Section:  []FacetCount{{"“十四五”时期 <b>&", 5}},
		DocType:  nil,
	}
	encode := func(v any) []byte {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false) // as the API writes JSON
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		return bytes.TrimSpace(buf.Bytes())
	}
	got := encode(f)
	type plain Facets // the same fields without the method
	// Empty fields are written as [], never null.
	want := bytes.ReplaceAll(encode((*plain)(f)), []byte(`:null`), []byte(`:[]`))
	if !bytes.Equal(got, want) {
		t.Errorf("hand-written JSON differs:\n got %s\nwant %s", got, want)
	}
}
