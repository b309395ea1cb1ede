package segment

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// dictionary is gse's dictionary as one map, for cutting text the way
// gse.Cut(text, true) does (the most probable path through the graph of
// dictionary words, then gse's HMM over runs of single characters) without
// its per-character maps and string conversions, which made gse the bulk
// of an index build. The result is the same, word for word.
type dictionary struct {
	// freq holds every word of the dictionary and every prefix of one
	// (a prefix that is no word has 0), as gse's trie finds them.
	freq     map[string]float64
	logTotal float64
}

// newDictionary copies the words of gse's loaded dictionary.
func newDictionary(seg *gse.Segmenter) *dictionary {
	d := &dictionary{freq: make(map[string]float64, 2*seg.Dict.NumTokens()), logTotal: math.Log(seg.Dict.TotalFreq())}
	for i := range seg.Dict.Tokens {
		tok := &seg.Dict.Tokens[i]
		word := tok.Text()
		d.freq[word] = tok.Freq()
		for j := 0; j < len(word); {
			_, n := utf8.DecodeRuneInString(word[j:])
			j += n
			if _, ok := d.freq[word[:j]]; !ok && j < len(word) {
				d.freq[word[:j]] = 0
			}
		}
	}
	return d
}

// cut appends the words of s to words, as gse's Cut(s, true) would cut
// it; s must be valid UTF-8 and in lower case.
func (d *dictionary) cut(seg *gse.Segmenter, s string, words []Word) []Word {
	// starts[k] is the byte offset of rune k; starts[n] = len(s).
	starts := make([]int32, 0, len(s)/2+1)
	for i := range s {
		starts = append(starts, int32(i))
	}
	n := len(starts)
	starts = append(starts, int32(len(s)))
	// best[k] is the log probability of the best path from rune k to the
	// end and next[k] the last rune of its first word.
	best := make([]float64, n+1)
	next := make([]int32, n)
	for k := n - 1; k >= 0; k-- {
		from := starts[k]
		found := false
		var bestF float64
		var bestI int32
		for i := k; i < n; i++ {
			f, ok := d.freq[s[from:starts[i+1]]]
			if !ok {
				break
			}
			if f <= 0 {
				continue
			}
			r := math.Log(f) - d.logTotal + best[i+1]
			if !found || bestF < r || bestF == r {
				bestF, bestI, found = r, int32(i), true
			}
		}
		if !found {
			// No word starts here: the character alone, with gse's
			// probability (0 for a prefix that is no word, else 1).
			f, ok := d.freq[s[from:starts[k+1]]]
			if !ok {
				f = 1
			}
			bestF, bestI = math.Log(f)-d.logTotal+best[k+1], int32(k)
		}
		best[k], next[k] = bestF, bestI
	}
	// Runs of single characters go through gse's HMM unless the run is
	// itself a word; longer words are taken as they are.
	run := -1 // rune where the current run of single characters starts
	flush := func(end int) {
		if run < 0 {
			return
		}
		b, e := int(starts[run]), int(starts[end])
		text := s[b:e]
		switch f, ok := d.freq[text]; {
		case end-run == 1:
			words = append(words, Word{Text: text, Start: b, End: e})
		case !ok || f == 0:
			for _, w := range seg.HMMCut(text) {
				words = append(words, Word{Text: w, Start: b, End: b + len(w)})
				b += len(w)
			}
		default:
			for i := run; i < end; i++ {
				words = append(words, Word{Text: s[starts[i]:starts[i+1]], Start: int(starts[i]), End: int(starts[i+1])})
			}
		}
		run = -1
	}
	for x := 0; x < n; {
		y := int(next[x]) + 1
		if y-x == 1 {
			if run < 0 {
				run = x
			}
		} else {
			flush(x)
			words = append(words, Word{Text: s[starts[x]:starts[y]], Start: int(starts[x]), End: int(starts[y])})
		}
		x = y
	}
	flush(n)
	return words
}

// canCut reports whether the dictionary's cut applies to s as gse's would:
// valid UTF-8 that gse's lower-casing leaves alone.
func canCut(s string) bool {
	return utf8.ValidString(s) && (!gse.ToLower || strings.ToLower(s) == s)
}
