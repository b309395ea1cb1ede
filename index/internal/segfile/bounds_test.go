package segfile

import (
	"bytes"
	"testing"
	"unicode/utf8"
)

// TestBoundsRoundTrip checks that the bounds table gives back exactly the
// bits it was given, in the per-character form where it can.
func TestBoundsRoundTrip(t *testing.T) {
	starts := func(norm string, every int) []byte {
		b := make([]byte, len(norm)/8+1)
		k := 0
		for i := range norm {
			if k%every == 0 {
				b[i/8] |= 1 << (i % 8)
			}
			k++
		}
		return b
	}
	everyStart := func(norm string) []byte {
		b := make([]byte, len(norm)/8+1)
		for i := 0; i < len(norm); i++ {
			if utf8.RuneStart(norm[i]) {
				b[i/8] |= 1 << (i % 8)
			}
		}
		return b
	}
	tests := []struct {
		name  string
		norm  string
		bits  []byte
		runes bool
	}{
		{"none", "营商环境", nil, false},
		{"empty text", "", []byte{0}, true},
		{"every character", "营商环境持续优化", starts("营商环境持续优化", 1), true},
		{"every other", "营商环境持续优化a1", starts("营商环境持续优化a1", 2), true},
		{"mixed widths", "2024年gdp增长5.2%", starts("2024年gdp增长5.2%", 3), true},
		{"mid-character bit", "营商环境", []byte{0x55, 0}, false},
		{"other length", "营商环境持续", []byte{0x49, 0x12, 0x24}, false},
		{"zero bits", "营商环境", make([]byte, 2), true},
		{"invalid UTF-8", "\x80\x80营商\xc3\x80\x80\x80a\xe8\xa5", everyStart("\x80\x80营商\xc3\x80\x80\x80a\xe8\xa5"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := encodeBounds(tt.norm, tt.bits)
			if runes := len(e) > 0 && e[0] == boundsRunes; runes != tt.runes {
				t.Errorf("per character %v, want %v", runes, tt.runes)
			}
			chars := 0
			for i := 0; i < len(tt.norm); i++ {
				if utf8.RuneStart(tt.norm[i]) {
					chars++
				}
			}
			if tt.runes && len(e) != 1+(chars+7)/8 {
				t.Errorf("%d bytes for %d characters", len(e), chars)
			}
			got, err := decodeBounds(e, tt.norm)
			if err != nil || !bytes.Equal(got, tt.bits) {
				t.Errorf("got %08b, %v; want %08b", got, err, tt.bits)
			}
		})
	}
	if _, err := decodeBounds([]byte{boundsRunes, 1}, "营商环境持续优化营"); err == nil {
		t.Error("9 characters from 8 bits: no error")
	}
	if _, err := decodeBounds([]byte{7}, "营"); err == nil {
		t.Error("unknown form: no error")
	}
}
