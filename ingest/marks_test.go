package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestSpacePredicates checks the fast paths of isSpaceOrZs and isBlank
// against their definitions by unicode's tables, for every rune.
func TestSpacePredicates(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isSpaceOrZs(r), unicode.IsSpace(r) || unicode.Is(unicode.Zs, r); got != want {
			t.Fatalf("isSpaceOrZs(%U) = %v, want %v", r, got, want)
		}
		want := unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' || r == '\u200b' || r == '•' || r == '·' || r == '丨'
		if got := isBlank(r); got != want {
			t.Fatalf("isBlank(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestMarkSet checks that a markSet answers as strings.Contains and
// strings.Index do for each of its marks, on the seeds' lines and on texts
// cut around marks.
func TestMarkSet(t *testing.T) {
	marks := append([]string{"a", "©", "\xe7"}, furnitureMarks...)
	texts := []string{"", "x", "Powered", "Powered by", "版权所有者", "ICP", "\xe7\xbd", "设为首", "…设为首页"}
	for _, m := range furnitureMarks {
		texts = append(texts, m, "前"+m, m+"后", m[:len(m)-1], m[1:], "前"+m[:len(m)-1])
	}
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	for _, set := range [][]string{furnitureMarks, marks, footerStart} {
		ms := newMarkSet(set)
		for _, s := range texts {
			if got, want := ms.in(s), containsAny(s, set); got != want {
				t.Fatalf("marks %q in %q: %v, want %v", set, s, got, want)
			}
			// first: the earliest mark, the longest of those beginning there.
			at, mark := -1, ""
			for _, m := range set {
				if k := strings.Index(s, m); k >= 0 && (at < 0 || k < at || k == at && len(m) > len(mark)) {
					at, mark = k, m
				}
			}
			if k, m := ms.first(s); k != at || m != mark {
				t.Fatalf("first of %q in %q: %d %q, want %d %q", set, s, k, m, at, mark)
			}
		}
	}
}

// TestVisibleRunes checks visibleRunes against the runes of
// squeezeSpaces, invalid UTF-8 included.
func TestVisibleRunes(t *testing.T) {
	for _, s := range []string{"", " ", "a b", "\u3000中\u00a0文\t丨•·\ufeff\u200b", "\xff\xe4\xb8", "第一 章\u2003总则"} {
		if got, want := visibleRunes(s), runes(squeezeSpaces(s)); got != want {
			t.Errorf("visibleRunes(%q) = %d, want %d", s, got, want)
		}
	}
}
