package rank

import (
	"math"
	"testing"
)

func TestOccurrences(t *testing.T) {
	// 营商环境 cut as 营商|环境|优化: word starts at bytes 0, 6 and 12.
	bounds := []byte{1 | 1<<6, 1 << (12 - 8)}
	tests := []struct {
		name, text string
		bounds     []byte
		norm       string
		tf         float64
		first      int
	}{
		{"whole word", "营商环境优化", bounds, "营商", 1, 0},
		{"two whole words", "营商环境优化", bounds, "营商环境", 1, 0},
		{"inside a word", "营商环境优化", bounds, "商环", 0.5, 3},
		{"absent", "营商环境优化", bounds, "发展", 0, -1},
		{"no word information: every position counts", "发展发展", nil, "发展", 2, 0},
	}
	for _, tt := range tests {
		tf, first := Occurrences(tt.text, tt.bounds, tt.norm)
		if tf != tt.tf || first != tt.first {
			t.Errorf("%s: Occurrences(%q, %q) = %v, %d; want %v, %d", tt.name, tt.text, tt.norm, tf, first, tt.tf, tt.first)
		}
	}
}

func TestProximity(t *testing.T) {
	tests := []struct {
		pos  []int
		want float64
	}{
		{nil, 1},
		{[]int{7}, 1},
		{[]int{10, 10}, 1.5},
		{[]int{0, 30}, 1.25},
		{[]int{0, -1, 30}, 1.25}, // a clause that does not occur is left out
		{[]int{-1, -1}, 1.5},
	}
	for _, tt := range tests {
		if got := Proximity(tt.pos); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("Proximity(%v) = %v, want %v", tt.pos, got, tt.want)
		}
	}
}

func TestBM25(t *testing.T) {
	idf := IDF(1000, 10)
	if rare, common := idf, IDF(1000, 500); rare <= common {
		t.Errorf("IDF of a rare term %v not above a common one's %v", rare, common)
	}
	if more, one := BM25(idf, 3, 50, 50), BM25(idf, 1, 50, 50); more <= one {
		t.Errorf("three occurrences score %v, not above one's %v", more, one)
	}
	if short, long := BM25(idf, 1, 20, 50), BM25(idf, 1, 200, 50); short <= long {
		t.Errorf("a short paragraph scores %v, not above a long one's %v", short, long)
	}
	if got, want := BM25(idf, 1, 50, 50), idf; math.Abs(got-want) > 1e-12 {
		t.Errorf("one occurrence in an average paragraph scores %v, want idf %v", got, want)
	}
}

func TestBoostAndRound(t *testing.T) {
	if got := Boost(2, true, true); math.Abs(got-1.4) > 1e-12 {
		t.Errorf("Boost(2, section, title) = %v, want 1.4", got)
	}
	if got := Boost(2, false, false); got != 0 {
		t.Errorf("Boost without context = %v, want 0", got)
	}
	if got := Round(1.23456); got != 1.235 {
		t.Errorf("Round(1.23456) = %v, want 1.235", got)
	}
}
