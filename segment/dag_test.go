package segment

import (
	"iter"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

var (
	gseOnce sync.Once
	gseSeg  gse.Segmenter
	gseErr  error
)

// loadGse loads gse's own segmenter with the dictionary the segmenter
// copies, to compare with it.
func loadGse(t *testing.T) *gse.Segmenter {
	t.Helper()
	gseOnce.Do(func() {
		gseSeg.SkipLog = true
		gseErr = gseSeg.LoadDictEmbed("zh_s")
	})
	if gseErr != nil {
		t.Fatal(gseErr)
	}
	return &gseSeg
}

// TestDictionaryAsGse checks that the embedded dictionary, read by
// loadDictionary, holds the words, frequencies and total that gse holds
// after loading its own copy: a gse upgrade that changes its dictionary
// or how it reads it fails here.
func TestDictionaryAsGse(t *testing.T) {
	seg := loadGse(t)
	d, err := loadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	words := 0
	for i := range seg.Dict.Tokens {
		tok := &seg.Dict.Tokens[i]
		word := tok.Text()
		words++
		if e, ok := d.words.find(runesOf(word, nil)); !ok || e.freq != tok.Freq() {
			t.Fatalf("word %q: entry %v (found %v), gse %v", word, e, ok, tok.Freq())
		}
		for j := 0; j < len(word); {
			_, n := utf8.DecodeRuneInString(word[j:])
			if j += n; j < len(word) {
				if e, ok := d.words.find(runesOf(word[:j], nil)); !ok || !e.longer {
					t.Fatalf("prefix %q of %q missing", word[:j], word)
				}
			}
		}
	}
	inDict := 0
	for w, e := range trieEntries(d.words) {
		if e.freq > 0 {
			inDict++
		} else if _, _, ok := seg.Find(w); !ok || !e.longer {
			t.Fatalf("prefix %q is not in gse's trie", w)
		}
	}
	if inDict != words {
		t.Errorf("%d words, gse %d", inDict, words)
	}
	if want := math.Log(seg.Dict.TotalFreq()); d.logTotal != want {
		t.Errorf("log total frequency %v, gse %v", d.logTotal, want)
	}
}

// TestWordsAsGse checks that the segmenter cuts text into gse's words,
// word for word, on the seeds' first 400 lines (gse's own cut is slow
// under the race detector) and on text that gse lower-cases.
func TestWordsAsGse(t *testing.T) {
	seg := loadGse(t)
	s := Default()
	if err := s.Load(); err != nil {
		t.Fatal(err)
	}
	texts := []string{"A股和B股", "中国WTO成员", "iPhone手机", "卡拉OK厅的C++课程"}
	files, _ := filepath.Glob("../seeds/*")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			if norm := Normalize(line); norm != "" && len(texts) < 400 {
				texts = append(texts, norm)
			}
		}
	}
	if len(texts) < 400 {
		t.Fatalf("only %d lines", len(texts))
	}
	for _, text := range texts {
		got, err := s.Words(text)
		if err != nil {
			t.Fatal(err)
		}
		want := seg.Cut(text, true)
		if len(got) != len(want) {
			t.Fatalf("%q: %d words, gse %d:\n%v\n%q", text, len(got), len(want), got, want)
		}
		pos := 0
		for i, w := range got {
			if w.Text != want[i] || w.Start != pos || w.End != pos+len(want[i]) {
				t.Fatalf("%q: word %d is %+v, gse %q at %d", text, i, w, want[i], pos)
			}
			pos += len(want[i])
		}
	}
}

// trieEntries yields every entry of a trie with its word.
func trieEntries(t *trie) iter.Seq2[string, *trieNode] {
	return func(yield func(string, *trieNode) bool) {
		var walk func(word string, node int32) bool
		walk = func(word string, node int32) bool {
			n := &t.nodes[node]
			if !yield(word, n) {
				return false
			}
			for _, e := range t.edges[n.first : n.first+n.count] {
				if !walk(word+string(e.r), e.child) {
					return false
				}
			}
			return true
		}
		for r, id := range t.root {
			if id > 0 && !walk(string(rune(r)), id-1) {
				return
			}
		}
		for r, id := range t.rootHigh {
			if !walk(string(r), id) {
				return
			}
		}
	}
}

// TestFrequency: the dictionary's counts of words, 0 for a word it lacks;
// place names that are ordinary words count far more than rare ones.
func TestFrequency(t *testing.T) {
	s := NewSegmenter()
	for _, c := range []struct {
		word     string
		min, max float64
	}{
		{"资源", 10000, 1e9},
		{"伊吾", 1, 99},
		{"西和", 1, 99},
		{"吾伊和西", 0, 0},
	} {
		f, err := s.Frequency(c.word)
		if err != nil {
			t.Fatal(err)
		}
		if f < c.min || f > c.max {
			t.Errorf("Frequency(%q) = %v, want within [%v, %v]", c.word, f, c.min, c.max)
		}
	}
}
