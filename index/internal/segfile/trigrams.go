package segfile

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"github.com/govsearch/govsearch/index/internal/par"
)

// Trigram postings: a segment keeps, beside every character and pair,
// the postings of the trigrams (three adjacent characters) that occur in
// at least TrigramLeast of its paragraphs. A term of three characters
// whose trigram is kept is then matched without reading any text, and a
// longer one is narrowed by its kept trigrams and proved by their counts
// (package match). Rare trigrams are not kept: their terms' pairs already
// leave few candidates, and keeping every trigram would triple the
// postings. On ../shared/corpus the trigrams in 0.2 % of the paragraphs
// add 38 % to the posting entries.
const (
	// trigramShare: a trigram is kept when it occurs in at least one
	// paragraph in trigramShare of the segment's.
	trigramShare = 500
	// trigramFloor is the fewest paragraphs a kept trigram occurs in,
	// whatever the segment's size.
	trigramFloor = 16
)

// TrigramLeast returns the fewest paragraphs a trigram must occur in for
// a segment of n paragraphs to keep its posting.
func TrigramLeast(n int) int {
	return max(trigramFloor, n/trigramShare)
}

// trigramLeast is the fewest paragraphs of a kept trigram for in.
func (in *Input) trigramLeast() int {
	if in.TrigramLeast > 0 {
		return in.TrigramLeast
	}
	return TrigramLeast(len(in.Paras))
}

// packRunes packs two or three characters into a key of pairTable (21
// bits each).
func packRunes(rs ...rune) uint64 {
	k := uint64(0)
	for _, r := range rs {
		k = k<<21 | uint64(r)&(1<<21-1)
	}
	return k
}

// appendUnpacked appends the UTF-8 of the n characters packed in k by
// packRunes.
func appendUnpacked(b []byte, k uint64, n int) []byte {
	for shift := 21 * (n - 1); shift >= 0; shift -= 21 {
		b = utf8.AppendRune(b, rune(k>>shift&(1<<21-1)))
	}
	return b
}

// collectTrigrams returns the trigrams of the normalized texts that occur
// in at least least paragraphs, with their postings, sorted by key. grams
// are the characters and pairs (collectGrams): a trigram can reach least
// only when both its pairs do, so only such positions are counted. The
// paragraphs are read once on every core (logTrigrams); the postings of
// the trigrams kept are then filled from the logs.
func collectTrigrams(paras []Paragraph, grams []gram, least int) []gram {
	frequent := newPairTable()
	for _, g := range grams {
		a, n := utf8.DecodeRune(g.key)
		if n == len(g.key) || len(g.list) < least {
			continue
		}
		b, m := utf8.DecodeRune(g.key[n:])
		if n+m != len(g.key) {
			continue
		}
		*frequent.slot(packRunes(a, b)) = 1
	}
	if frequent.n == 0 {
		return nil
	}
	workers, span := ranges(len(paras))
	logs := make([]trigramLog, workers)
	par.Do(workers, workers, func(w int) {
		lo, hi := span(w)
		logs[w] = logTrigrams(paras[lo:hi], frequent)
	})
	total := map[uint64]int{}
	for _, c := range logs {
		for i, k := range c.keys {
			total[k] += int(c.paras[i])
		}
	}
	var keys []uint64
	for k, n := range total {
		if n >= least {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	slices.Sort(keys)
	kept := make(map[uint64]int32, len(keys))
	for i, k := range keys {
		kept[k] = int32(i + 1)
	}
	// The postings of the kept trigrams from the logs, per range, joined
	// in order.
	lists := make([][]postingList, workers)
	par.Do(workers, workers, func(w int) {
		lo, _ := span(w)
		lists[w] = logs[w].postings(kept, uint32(lo))
		logs[w].log = nil
	})
	out := make([]gram, len(keys))
	for i, k := range keys {
		key := appendUnpacked(make([]byte, 0, 12), k, 3)
		var l postingList
		for w := range lists {
			l = append(l, lists[w][i]...)
		}
		out[i] = gram{key: key, list: l}
	}
	return out // in key order: packed characters sort as their UTF-8 does
}

// trigramLog is what logTrigrams read of a range of paragraphs.
type trigramLog struct {
	keys  []uint64 // the trigrams, numbered in the range
	paras []int32  // per trigram: how many paragraphs have it
	log   []int32  // the trigram numbers of each paragraph in turn
	// starts holds, per paragraph of the range and one more, where its
	// trigrams start in log.
	starts []int
}

// logTrigrams reads paras once: its trigrams whose pairs are frequent,
// how many paragraphs have each, and each paragraph's trigrams.
func logTrigrams(paras []Paragraph, frequent *pairTable) trigramLog {
	ids := newPairTable()
	c := trigramLog{starts: make([]int, 0, len(paras)+1)}
	last := []int{}
	prev := -1
	eachTrigram(paras, frequent, func(p int, key uint64) {
		for ; prev < p; prev++ {
			c.starts = append(c.starts, len(c.log))
		}
		slot := ids.slot(key)
		if *slot == 0 {
			c.keys = append(c.keys, key)
			c.paras = append(c.paras, 0)
			last = append(last, -1)
			*slot = int32(len(c.keys))
		}
		id := *slot - 1
		c.log = append(c.log, id)
		if last[id] != p {
			last[id] = p
			c.paras[id]++
		}
	})
	for ; prev < len(paras); prev++ {
		c.starts = append(c.starts, len(c.log))
	}
	return c
}

// postings returns, per kept trigram (kept: key → its number + 1), the
// paragraphs of the log that have it, numbered from base.
func (c *trigramLog) postings(kept map[uint64]int32, base uint32) []postingList {
	global := make([]int32, len(c.keys)) // kept number + 1, or 0
	for i, k := range c.keys {
		global[i] = kept[k]
	}
	l := make([]postingList, len(kept))
	for p := 0; p+1 < len(c.starts); p++ {
		for _, id := range c.log[c.starts[p]:c.starts[p+1]] {
			if g := global[id]; g > 0 {
				l[g-1].add(base + uint32(p))
			}
		}
	}
	return l
}

// eachTrigram calls fn with the paragraph number (in paras) and the key
// of every trigram of the normalized texts whose two pairs are in
// frequent, in order. A trigram with an invalid byte (read as
// utf8.RuneError) is never kept: its key would stand for U+FFFD too.
func eachTrigram(paras []Paragraph, frequent *pairTable, fn func(p int, key uint64)) {
	for p := range paras {
		a, b := rune(-1), rune(-1)
		abFrequent := false
		for _, c := range paras[p].Norm {
			bcFrequent := b >= 0 && frequent.find(packRunes(b, c)) > 0
			if abFrequent && bcFrequent && a != utf8.RuneError && b != utf8.RuneError && c != utf8.RuneError {
				fn(p, packRunes(a, b, c))
			}
			a, b, abFrequent = b, c, bcFrequent
		}
	}
}

// mergeGrams returns the grams of a and b (each sorted by key, no key in
// both) sorted by key.
func mergeGrams(a, b []gram) []gram {
	if len(b) == 0 {
		return a
	}
	out := make([]gram, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if bytes.Compare(a[0].key, b[0].key) < 0 {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}
