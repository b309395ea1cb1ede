package segment

//go:generate go run ./internal/gent2s t2s_table.go

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalization steps, named as explain output and docs name them.
const (
	StepWidth       = "full-width"   // NFKC folding (full-width → half-width, compatibility forms)
	StepCase        = "case"         // case folding
	StepTradToSimp  = "trad→simp"    // traditional → simplified Chinese
	StepNumeralYear = "numeral year" // 二〇三五年 → 2035年
	StepPunctuation = "punctuation"  // punctuation and white space dropped
)

// Normalized is a normalized text together with the way back to the
// original: for each byte of Text, the byte span of the original rune that
// produced it. Highlighting uses it to mark matches found in normalized text
// on the original characters.
type Normalized struct {
	Text string
	// origStart[i] and origEnd[i] are the original byte span of the rune
	// that produced normalized byte i.
	origStart []int32
	origEnd   []int32
}

// Span maps the normalized byte range [start, end) back to the original
// byte range that produced it.
func (n *Normalized) Span(start, end int) (int, int) {
	if start >= end || start < 0 || end > len(n.Text) {
		return 0, 0
	}
	return int(n.origStart[start]), int(n.origEnd[end-1])
}

// Normalize returns the searchable form of s: the same function is applied
// to paragraphs and to query terms, so a term matches a paragraph exactly
// when the normalized term is a substring of the normalized paragraph.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	normalize(s, func(r rune, _, _ int) { b.WriteRune(r) }, nil)
	return b.String()
}

// NormalizeWithOffsets is Normalize that also keeps the offsets back to s.
func NormalizeWithOffsets(s string) *Normalized {
	n := &Normalized{
		origStart: make([]int32, 0, len(s)),
		origEnd:   make([]int32, 0, len(s)),
	}
	var b strings.Builder
	b.Grow(len(s))
	var tmp [utf8.UTFMax]byte
	normalize(s, func(r rune, start, end int) {
		k := utf8.EncodeRune(tmp[:], r)
		b.Write(tmp[:k])
		for i := 0; i < k; i++ {
			n.origStart = append(n.origStart, int32(start))
			n.origEnd = append(n.origEnd, int32(end))
		}
	}, nil)
	n.Text = b.String()
	return n
}

// Steps reports which normalization steps change s, in a fixed order, for
// query explanations.
func Steps(s string) []string {
	seen := map[string]bool{}
	normalize(s, func(rune, int, int) {}, func(step string) { seen[step] = true })
	var steps []string
	for _, st := range []string{StepWidth, StepCase, StepTradToSimp, StepNumeralYear, StepPunctuation} {
		if seen[st] {
			steps = append(steps, st)
		}
	}
	return steps
}

// unit is one rune of the folded (not yet filtered) text with its origin.
type unit struct {
	r          rune
	start, end int
	// afterPunct is set when dropped punctuation (not only white space)
	// stood right before this rune.
	afterPunct bool
}

// normalize folds s and calls emit for each kept rune with the original
// byte span it came from. note, when not nil, is told each step that
// changed something.
func normalize(s string, emit func(r rune, start, end int), note func(step string)) {
	units := make([]unit, 0, len(s)/2+1)
	var nfkcBuf [64]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		start, end := i, i+size
		i = end
		if r == utf8.RuneError && size == 1 {
			// Invalid UTF-8: dropped, like punctuation.
			if note != nil {
				note(StepPunctuation)
			}
			continue
		}
		if stableUnderNFKC(r) {
			units = append(units, unit{r: fold(r, note), start: start, end: end})
			continue
		}
		folded := norm.NFKC.AppendString(nfkcBuf[:0], s[start:end])
		if note != nil && string(folded) != s[start:end] {
			note(StepWidth)
		}
		for j := 0; j < len(folded); {
			fr, fs := utf8.DecodeRune(folded[j:])
			j += fs
			units = append(units, unit{r: fold(fr, note), start: start, end: end})
		}
	}
	// Drop ignorable characters first, so that a year split by a space
	// (一二三四 年) is still a year and normalizing twice changes nothing;
	// decimal points wait until the digits around them are known.
	kept := units[:0]
	punct := false
	for _, u := range units {
		if u.r != '.' && ignorable(u.r) {
			if note != nil {
				note(StepPunctuation)
			}
			punct = punct || !unicode.IsSpace(u.r)
			continue
		}
		u.afterPunct, punct = punct, false
		kept = append(kept, u)
	}
	convertNumeralYears(kept, note)
	for k, u := range kept {
		if u.r == '.' && !(k > 0 && k+1 < len(kept) && isDigit(kept[k-1].r) && isDigit(kept[k+1].r)) {
			if note != nil {
				note(StepPunctuation)
			}
			continue
		}
		emit(u.r, u.start, u.end)
	}
}

// stableUnderNFKC reports code points that NFKC leaves alone on their own,
// the fast path for the common case.
func stableUnderNFKC(r rune) bool {
	return r < 0x80 || (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF)
}

func fold(r rune, note func(string)) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			if note != nil {
				note(StepCase)
			}
			return r + ('a' - 'A')
		}
		return r
	}
	if l := lower(r); l != r {
		if note != nil {
			note(StepCase)
		}
		r = l
	}
	if t, ok := simplified(r); ok {
		if note != nil {
			note(StepTradToSimp)
		}
		return t
	}
	return r
}

// numeralDigit maps the characters of a year written in Chinese numerals.
func numeralDigit(r rune) (rune, bool) {
	switch r {
	case '〇', '○', '零':
		return '0', true
	case '一':
		return '1', true
	case '二':
		return '2', true
	case '三':
		return '3', true
	case '四':
		return '4', true
	case '五':
		return '5', true
	case '六':
		return '6', true
	case '七':
		return '7', true
	case '八':
		return '8', true
	case '九':
		return '9', true
	}
	return 0, false
}

// convertNumeralYears rewrites runs of exactly four Chinese numerals that
// are followed by 年 (or end the text, as a query term may) into digits:
// 二〇三五年 → 2035年. Each numeral maps to one digit, so offsets stay put.
//
// A longer run whose last four numerals follow punctuation is a list
// marker and a year (二、二〇三五年, （三）二〇二一年): the marker stays, the
// year is converted. Without punctuation there a longer run (一二三四五年,
// or the same letter-spaced) is no year. Converting only the last four
// keeps normalization idempotent: the marker is then a run of its own.
func convertNumeralYears(units []unit, note func(string)) {
	for i := 0; i < len(units); {
		if _, ok := numeralDigit(units[i].r); !ok {
			i++
			continue
		}
		j := i
		for j < len(units) {
			if _, ok := numeralDigit(units[j].r); !ok {
				break
			}
			j++
		}
		yearEnd := j == len(units) || units[j].r == '年'
		if yearEnd && j-i > 4 && units[j-4].afterPunct {
			i = j - 4
		}
		if yearEnd && j-i == 4 {
			for k := i; k < j; k++ {
				units[k].r, _ = numeralDigit(units[k].r)
			}
			if note != nil {
				note(StepNumeralYear)
			}
		}
		i = j
	}
}

// keptPunctuation are punctuation marks that carry meaning in figures and
// units (14.9%, 微克/立方米) and so stay searchable.
func keptPunctuation(r rune) bool {
	switch r {
	case '%', '‰', '‱', '/', '#', '&', '@', '*', '\\':
		return true
	}
	return false
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// ignorable reports whether r is dropped: white space, control and format
// characters, and punctuation except the marks that carry meaning. A decimal
// point is kept between two digits (36.8亿元 must not match 368亿元); that
// needs context and is decided by normalize.
func ignorable(r rune) bool {
	switch {
	case r == '.':
		return true
	case cjkIdeograph(r):
		return false
	case unicode.IsSpace(r), unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		return true
	case unicode.IsPunct(r):
		return !keptPunctuation(r)
	}
	return false
}

// Simplify returns s with its traditional characters in their simplified
// form and nothing else changed, so that rules written for simplified text
// (a report's metadata lines) also read a copy in traditional characters.
func Simplify(s string) string {
	return strings.Map(func(r rune) rune {
		if t, ok := simplified(r); ok {
			return t
		}
		return r
	}, s)
}
