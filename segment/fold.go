package segment

import "unicode"

// Most of a report's characters are CJK ideographs: they have no case
// and are neither spaces, controls, format characters nor punctuation,
// so fold and ignorable answer for them without unicode's tables, and
// their simplified forms are read from a dense table.

// cjkIdeograph reports whether r is in the CJK Unified Ideographs block or
// its Extension A.
func cjkIdeograph(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF
}

// The dense range of traditionalToSimplified: both ideograph blocks.
const denseLo, denseHi = 0x3400, 0x9FFF

// t2sDense[r-denseLo] is the simplified form of r, or 0; filled once from
// traditionalToSimplified and only read after.
var t2sDense = func() []rune {
	t := make([]rune, denseHi-denseLo+1)
	for from, to := range traditionalToSimplified {
		if from >= denseLo && from <= denseHi {
			t[from-denseLo] = to
		}
	}
	return t
}()

// simplified returns the simplified form of a traditional character.
func simplified(r rune) (rune, bool) {
	if r >= denseLo && r <= denseHi {
		t := t2sDense[r-denseLo]
		return t, t != 0
	}
	t, ok := traditionalToSimplified[r]
	return t, ok
}

// lower is unicode.ToLower(r), at once for an ideograph.
func lower(r rune) rune {
	if cjkIdeograph(r) {
		return r
	}
	return unicode.ToLower(r)
}
