package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordsAsGse checks that the segmenter's own cut gives gse's words,
// word for word, on every line of the seeds.
func TestWordsAsGse(t *testing.T) {
	s := Default()
	if err := s.Load(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../seeds/*/*")
	more, _ := filepath.Glob("../seeds/*")
	files = append(files, more...)
	lines := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			norm := Normalize(line)
			if norm == "" || !canCut(norm) || lines >= 400 {
				continue
			}
			lines++
			got := s.dict.cut(&s.seg, norm, nil)
			want := s.seg.Cut(norm, true)
			if len(got) != len(want) {
				t.Fatalf("%s: %d words, gse %d:\n%v\n%q", f, len(got), len(want), got, want)
			}
			pos := 0
			for i, w := range got {
				if w.Text != want[i] || w.Start != pos || w.End != pos+len(want[i]) {
					t.Fatalf("%s: word %d is %+v, gse %q at %d", f, i, w, want[i], pos)
				}
				pos += len(want[i])
			}
		}
	}
	if lines < 400 {
		t.Errorf("only %d lines compared", lines)
	}
}
