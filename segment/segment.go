// Package segment turns text into searchable form: Normalize folds width,
// case, traditional characters, numeral years and punctuation, and a
// Segmenter cuts normalized Chinese text into words with gse. The same code
// serves documents and queries (word boundaries for ranking, the words of a
// mode=any query, the word dictionaries of explanations), so the words an
// index counts are the words the engine cuts a query into.
package segment

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// Segmenter cuts normalized text into words as gse does, with gse's
// dictionary and HMM. Its dictionary is loaded once, on first use or by
// Load, in the background if asked: exact search never needs it, so a
// server can answer before it is ready.
type Segmenter struct {
	once sync.Once
	dict *dictionary
	err  error
}

// AnalyzerName names the analysis (normalization, then gse words) in
// explanations.
const AnalyzerName = "govsearch"

// NewSegmenter returns a segmenter whose dictionary is not loaded yet.
func NewSegmenter() *Segmenter {
	return &Segmenter{}
}

var (
	defaultOnce sync.Once
	defaultSeg  *Segmenter
)

// Default returns the process-wide segmenter. The dictionary costs a
// fraction of a second and tens of MB to load, so a process loads it once
// and shares it.
func Default() *Segmenter {
	defaultOnce.Do(func() { defaultSeg = NewSegmenter() })
	return defaultSeg
}

// Load loads the dictionary if it is not loaded yet and waits for it.
func (s *Segmenter) Load() error {
	s.once.Do(func() {
		loadHMM()
		s.dict, s.err = loadDictionary()
	})
	return s.err
}

// LoadAsync starts loading the dictionary in the background.
func (s *Segmenter) LoadAsync() {
	go func() { _ = s.Load() }()
}

// Word is one segmented word of a normalized text, with its byte span.
type Word struct {
	Text       string
	Start, End int
}

// Words cuts normalized text into words, loading the dictionary first if
// needed. Words cover the text without gaps.
func (s *Segmenter) Words(normalized string) ([]Word, error) {
	if err := s.Load(); err != nil {
		return nil, err
	}
	if normalized == "" {
		return nil, nil
	}
	// gse lower-cases the text and reads it as runes before it cuts it;
	// normalized text is valid UTF-8 in lower case already.
	text := normalized
	if gse.ToLower {
		text = strings.ToLower(text)
	}
	if !utf8.ValidString(text) {
		text = string([]rune(text))
	}
	words := s.dict.cut(text, make([]Word, 0, len(text)/4+1))
	pos := len(text)
	if pos != len(normalized) {
		// Lower-casing or invalid UTF-8 changed the text's length: single
		// characters rather than wrong spans.
		words = make([]Word, 0, len(normalized))
		for i, r := range normalized {
			words = append(words, Word{Text: string(r), Start: i, End: i + utf8.RuneLen(r)})
		}
	}
	return words, nil
}

// Cut normalizes text and returns its words, for explanations and for
// relaxed (mode=any) queries.
func (s *Segmenter) Cut(text string) ([]string, error) {
	words, err := s.Words(Normalize(text))
	if err != nil {
		return nil, err
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w.Text
	}
	return out, nil
}

// Frequency returns how often the dictionary counts word (normalized), or
// 0 for a word it lacks, loading the dictionary first if needed: a county's
// short name that is a common word (资源, 合作) names no county alone.
func (s *Segmenter) Frequency(word string) (float64, error) {
	if err := s.Load(); err != nil {
		return 0, err
	}
	if n, ok := s.dict.words.find([]rune(asciiLower(word))); ok {
		return n.freq, nil
	}
	return 0, nil
}
