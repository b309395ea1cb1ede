package index

import (
	"html"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/govsearch/govsearch/segment"
)

// span is a byte range of the original text.
type span struct{ start, end int }

// fragmentRunes is the length beyond which a highlight shows the best
// fragment of a paragraph rather than all of it.
const fragmentRunes = 300

// Highlight returns text HTML-escaped with every occurrence of every term
// (normalized terms, matched on the normalized text and mapped back to the
// original characters) wrapped in <mark>…</mark>. A text longer than
// maxRunes is cut to its best fragment, with … where it was cut. The only
// markup in the result is <mark> and </mark>.
func Highlight(text string, normTerms []string, maxRunes int) string {
	merged := occurrenceSpans(text, normTerms, true)
	from, to := 0, len(text)
	if maxRunes > 0 && utf8.RuneCountInString(text) > maxRunes {
		from, to = bestWindow(text, merged, maxRunes)
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	pos := from
	for _, sp := range merged {
		if sp.end <= from || sp.start >= to {
			continue
		}
		s, e := max(sp.start, from), min(sp.end, to)
		b.WriteString(html.EscapeString(text[pos:s]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s:e]))
		b.WriteString("</mark>")
		pos = e
	}
	b.WriteString(html.EscapeString(text[pos:to]))
	if to < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// bestWindow picks the byte range of about maxRunes runes that holds the
// most marked spans, starting a little before the first of them.
func bestWindow(text string, spans []span, maxRunes int) (int, int) {
	// Rune start offsets, to move by runes.
	offs := make([]int, 0, len(text)/3+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	runeAt := func(byteOff int) int { return sort.SearchInts(offs, byteOff) }
	bestStart, bestCount := 0, -1
	for i, sp := range spans {
		startRune := max(0, runeAt(sp.start)-maxRunes/5)
		endRune := min(len(offs)-1, startRune+maxRunes)
		count := 0
		for _, o := range spans[i:] {
			if o.end <= offs[endRune] {
				count++
			}
		}
		if count > bestCount {
			bestStart, bestCount = startRune, count
		}
	}
	endRune := min(len(offs)-1, bestStart+maxRunes)
	return offs[bestStart], offs[endRune]
}

// HighlightTerms is Highlight for terms as the user wrote them, over the
// whole text: the document view marks the terms of the search it came from.
func HighlightTerms(text string, terms []string) string {
	norms := make([]string, 0, len(terms))
	for _, t := range terms {
		if n := segment.Normalize(t); n != "" {
			norms = append(norms, n)
		}
	}
	return Highlight(text, norms, 0)
}
