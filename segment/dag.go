package segment

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the dictionary
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse/hmm"
)

// dictionary is gse's simplified Chinese dictionary as a trie of
// characters, for cutting text the way gse.Cut(text, true) does (the most
// probable path through the graph of dictionary words, then gse's HMM over
// runs of single characters) without gse's per-character maps and string
// conversions, which made gse the bulk of an index build, nor its
// search-mode tables, which made most of its load time. The words are the
// same, word for word (TestDictionaryAsGse, TestWordsAsGse).
type dictionary struct {
	// words holds every word of the dictionary and every prefix of one,
	// as gse's trie finds them.
	words    *trie
	logTotal float64
}

// zhS is gse's dictionary zh_s (data/dict/zh/s_1.txt of
// github.com/go-ego/gse v0.80.3, Apache-2.0 or MIT), compressed: gse keeps
// it unexported.
//
//go:embed dict/zh_s.txt.gz
var zhS []byte

// loadDictionary reads zhS as gse's LoadDictStr does with its default
// options: a line is "word frequency [part of speech]"; lines without a
// frequency or below 2 are skipped; a one-character word counts 2; ASCII
// letters are lower-cased; the first line of a word wins.
func loadDictionary() (*dictionary, error) {
	zr, err := gzip.NewReader(bytes.NewReader(zhS))
	if err != nil {
		return nil, fmt.Errorf("segment: load dictionary: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("segment: load dictionary: %w", err)
	}
	d := &dictionary{words: newTrie(600_000)}
	total := 0.0
	for line := range strings.SplitSeq(string(data), "\n") {
		text, rest, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		field, _, _ := strings.Cut(rest, " ")
		text = strings.TrimSpace(text)
		freq, err := strconv.ParseFloat(strings.TrimSpace(field), 64)
		if err != nil || freq < 2 || text == "" {
			continue
		}
		if utf8.RuneCountInString(text) < 2 {
			freq = 2
		}
		if d.add(asciiLower(text), freq) {
			total += freq
		}
	}
	d.logTotal = math.Log(total)
	d.words.freeze()
	return d, nil
}

// add adds a word and its prefixes, unless the word is there already.
func (d *dictionary) add(word string, freq float64) bool {
	e := &d.words.nodes[d.words.insert(word)]
	if e.freq > 0 {
		return false
	}
	e.freq = freq
	return true
}

// asciiLower lower-cases ASCII letters only, as gse does with the words of
// its dictionary.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// hmmOnce loads gse's HMM model, a table shared by the process.
var hmmOnce sync.Once

func loadHMM() { hmmOnce.Do(func() { hmm.LoadModel() }) }

// cut appends the words of s to words, as gse's Cut(s, true) would cut
// it: s is valid UTF-8, lower-cased as gse lower-cases it.
func (d *dictionary) cut(s string, words []Word) []Word {
	// starts[k] is the byte offset of rune k; starts[n] = len(s).
	starts := make([]int32, 0, len(s)/2+1)
	for i := range s {
		starts = append(starts, int32(i))
	}
	n := len(starts)
	starts = append(starts, int32(len(s)))
	runes := runesOf(s, make([]rune, 0, n))
	next := d.bestPath(runes)
	// Runs of single characters go through gse's HMM unless the run is
	// itself a word; longer words are taken as they are.
	run := -1 // rune where the current run of single characters starts
	flush := func(end int) {
		if run < 0 {
			return
		}
		b, e := int(starts[run]), int(starts[end])
		text := s[b:e]
		switch w, ok := d.words.find(runes[run:end]); {
		case end-run == 1:
			words = append(words, Word{Text: text, Start: b, End: e})
		case !ok || w.freq == 0:
			for _, w := range hmm.Cut(text) {
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

// bestPath finds gse's most probable path through the graph of dictionary
// words of the text whose runes are given (noRune for a byte that is no
// valid UTF-8): next[k] is the last rune of the path's word that starts at
// rune k.
func (d *dictionary) bestPath(runes []rune) []int32 {
	n := len(runes)
	// best[k] is the log probability of the best path from rune k to the
	// end.
	best := make([]float64, n+1)
	next := make([]int32, n)
	for k := n - 1; k >= 0; k-- {
		found, firstOK := false, false
		var bestF, first float64
		var bestI int32
		node, ok := d.words.start(runes[k])
		for i := k; ok; {
			e := &d.words.nodes[node]
			if i == k {
				first, firstOK = e.freq, true
			}
			if e.freq > 0 {
				r := e.logFreq - d.logTotal + best[i+1]
				if !found || bestF < r || bestF == r {
					bestF, bestI, found = r, int32(i), true
				}
			}
			if i++; !e.longer || i == n {
				break
			}
			node, ok = d.words.next(node, runes[i])
		}
		if !found {
			// No word starts here: the character alone, with gse's
			// probability (0 for a prefix that is no word, else 1).
			f := first
			if !firstOK {
				f = 1
			}
			bestF, bestI = math.Log(f)-d.logTotal+best[k+1], int32(k)
		}
		best[k], next[k] = bestF, bestI
	}
	return next
}
