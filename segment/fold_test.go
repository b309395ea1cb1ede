package segment

import (
	"testing"
	"unicode"
)

// TestFoldFastPaths checks, for every rune, that the ideographs' fast
// paths answer as unicode's tables and the map of simplified forms do.
func TestFoldFastPaths(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := lower(r), unicode.ToLower(r); got != want {
			t.Fatalf("lower(%U) = %U, want %U", r, got, want)
		}
		st, sok := simplified(r)
		if mt, mok := traditionalToSimplified[r]; st != mt || sok != mok {
			t.Fatalf("simplified(%U) = %U %v, want %U %v", r, st, sok, mt, mok)
		}
		want := r == '.' || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || unicode.IsPunct(r) && !keptPunctuation(r)
		if got := ignorable(r); got != want {
			t.Fatalf("ignorable(%U) = %v, want %v", r, got, want)
		}
	}
}
