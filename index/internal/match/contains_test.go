package match

import (
	"strings"
	"testing"
)

func TestContainsIsStringsContains(t *testing.T) {
	texts := []string{"", "营商环境", "优化营商环境，推动发展", "营商环营商环境", "abc营商环境", "营商环境营商", "环境营商", "营商环", "aaab", "ab", "商环境商环境"}
	norms := []string{"营商环境", "商环境", "环境", "境", "aab", "aaab", "b", "营商环境营", "ab", "商环境商"}
	for _, text := range texts {
		for _, norm := range norms {
			for pivot := range len(norm) {
				if got, want := contains(text, norm, pivot), strings.Contains(text, norm); got != want {
					t.Errorf("contains(%q, %q, %d) = %v, want %v", text, norm, pivot, got, want)
				}
			}
		}
	}
}

func FuzzContains(f *testing.F) {
	f.Add("优化营商环境，推动发展", "营商环境", 3)
	f.Add("营商环营商环境", "商环境", 0)
	f.Add("aaab", "aab", 1)
	f.Fuzz(func(t *testing.T, text, norm string, pivot int) {
		if norm == "" {
			return
		}
		pivot = int(uint(pivot) % uint(len(norm)))
		if got, want := contains(text, norm, pivot), strings.Contains(text, norm); got != want {
			t.Errorf("contains(%q, %q, %d) = %v, want %v", text, norm, pivot, got, want)
		}
	})
}
