// Package rank scores a hit: BM25 on a paragraph's normalized text, the
// boosts of a section or title about a term and of a heading, a bonus for
// terms close together, and the rounding of a score for a result. It
// knows nothing of segments, bitmaps or the query language: the index
// gives it counts, lengths and offsets, and it gives back numbers, so that
// a single index and a gateway merging shards score alike.
package rank

import (
	"math"
	"strings"
)

// BM25 parameters: term frequency saturation and length normalization.
const (
	K1 = 1.2
	B  = 0.75
)

// PoolSize is how many of the best hits by the quick score are scored
// again on their text: whole words, exact counts, proximity.
const PoolSize = 100

// HeadingFactor multiplies the score of a heading, which names what its
// section is about.
const HeadingFactor = 1.5

// IDF is the inverse document frequency of a term that df of total
// paragraphs contain.
func IDF(total, df float64) float64 {
	return math.Log(1 + (total-df+0.5)/(df+0.5))
}

// BM25 is the score of a term of weight idf occurring tf times in a
// paragraph of plen characters, in a collection whose average paragraph
// has avg.
func BM25(idf, tf, plen, avg float64) float64 {
	return idf * tf * (K1 + 1) / (tf + K1*(1-B+B*plen/max(avg, 1)))
}

// Boost is what a paragraph's context adds for a term of weight idf: its
// section is about the term (the heading that opened it contains the
// term), and its document's title contains the term.
func Boost(idf float64, sectionAbout, inTitle bool) float64 {
	b := 0.0
	if sectionAbout {
		b += 0.5 * idf
	}
	if inTitle {
		b += 0.2 * idf
	}
	return b
}

// Proximity is the factor for a paragraph whose positive clauses first
// occur at the offsets firstPos (-1: the clause does not occur): the
// closer together, the larger, up to 1.5; 1 for a single clause.
func Proximity(firstPos []int) float64 {
	if len(firstPos) <= 1 {
		return 1
	}
	return 1 + 0.5/(1+float64(spread(firstPos))/30)
}

// spread is the distance between the first and last of the positions.
func spread(pos []int) int {
	lo, hi := math.MaxInt, -1
	for _, p := range pos {
		if p < 0 {
			continue
		}
		lo, hi = min(lo, p), max(hi, p)
	}
	if hi < 0 {
		return 0
	}
	return hi - lo
}

// Occurrences counts a term's occurrences in a paragraph's normalized
// text, a whole-word occurrence (starting and ending on word boundaries,
// bit i of bounds set for a word starting at byte i) counting fully and
// one inside a word half, and returns the first occurrence's offset (-1:
// none).
func Occurrences(text string, bounds []byte, norm string) (float64, int) {
	tf := 0.0
	first := -1
	for off := 0; off <= len(text)-len(norm); {
		i := strings.Index(text[off:], norm)
		if i < 0 {
			break
		}
		at := off + i
		if first < 0 {
			first = at
		}
		end := at + len(norm)
		if isBound(bounds, at) && (end == len(text) || isBound(bounds, end)) {
			tf += 1
		} else {
			tf += 0.5
		}
		off = end
	}
	return tf, first
}

func isBound(bits []byte, i int) bool {
	if len(bits) == 0 {
		return true // no word information: every position counts
	}
	return i/8 < len(bits) && bits[i/8]&(1<<(i%8)) != 0
}

// Round is a score as a result shows it: three decimals.
func Round(s float64) float64 { return math.Round(s*1000) / 1000 }
