package index

import (
	"sort"
	"sync"
	"unicode/utf8"

	"context"
	"fmt"
	"github.com/blevesearch/vellum/levenshtein"
	"strings"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

// explain says how each term was understood and, when nothing matched,
// why: a term no paragraph contains, or filters and other terms that
// remove every paragraph that has it. useCache lets it use the term cache.
func (ix *Index) explain(ctx context.Context, g *generation, q govsearch.Query, useCache bool, total int) *govsearch.Explanation {
	e := g.eng
	ex := &govsearch.Explanation{Terms: []govsearch.TermExplanation{}, Index: ix.Info()}
	seg := ix.opts.segmenter()
	for _, c := range q.Clauses {
		for _, t := range c.Terms {
			te := govsearch.TermExplanation{Input: t, Normalized: segment.Normalize(t), Normalizations: segment.Steps(t), Exclude: c.Exclude}
			if te.Normalizations == nil {
				te.Normalizations = []string{}
			}
			if words, err := seg.Cut(t); err == nil {
				te.Segments = words
			}
			if te.Segments == nil {
				te.Segments = []string{}
			}
			te.SegmentParagraphs = make([]int, len(te.Segments))
			for i, w := range te.Segments {
				te.SegmentParagraphs[i] = e.wordParagraphs(segment.Normalize(w))
			}
			if bm, err := e.termBitmap(ctx, te.Normalized, useCache); err == nil {
				te.Paragraphs = int(bm.GetCardinality())
			}
			ex.Terms = append(ex.Terms, te)
		}
	}
	if total > 0 || q.Mode == govsearch.ModeAny {
		return ex
	}
	// Zero hits: find the cause.
	clauses, err := e.prepare(ctx, q, useCache)
	if err != nil {
		return ex
	}
	for _, c := range clauses {
		if c.clause.Exclude {
			continue
		}
		if c.union.IsEmpty() {
			ex.Reasons = append(ex.Reasons, fmt.Sprintf("no paragraph contains %s", quoteTerms(c.clause.Terms)))
			for _, t := range c.clause.Terms {
				for _, w := range ix.nearSpellings(ctx, e, t, useCache) {
					ex.Suggestions = append(ex.Suggestions, fmt.Sprintf("did you mean “%s”?", w))
				}
			}
			ex.Suggestions = append(ex.Suggestions, fmt.Sprintf("drop the term %s or try a shorter part of it", quoteTerms(c.clause.Terms)))
		}
	}
	if len(ex.Reasons) > 0 {
		return ex
	}
	if n := e.matchAll(clauses, govsearch.Filters{}).GetCardinality(); n > 0 {
		ex.Reasons = append(ex.Reasons, fmt.Sprintf("%d paragraphs match the terms, but the filters remove all of them", n))
		ex.Suggestions = append(ex.Suggestions, "remove a filter")
		return ex
	}
	positive := e.matchAll(positiveClauses(clauses), govsearch.Filters{})
	if positive.IsEmpty() {
		ex.Reasons = append(ex.Reasons, "each term is found, but no paragraph contains all of them together")
		ex.Suggestions = append(ex.Suggestions, "drop a term, or use OR between alternatives")
		return ex
	}
	ex.Reasons = append(ex.Reasons, fmt.Sprintf("%d paragraphs contain the terms, but the excluded terms remove all of them", positive.GetCardinality()))
	ex.Suggestions = append(ex.Suggestions, "drop an excluded term")
	return ex
}

func quoteTerms(terms []string) string {
	s := ""
	for i, t := range terms {
		if i > 0 {
			s += " OR "
		}
		s += "“" + t + "”"
	}
	return s
}

// nearSpellings finds, for a term that occurs nowhere, variants that do:
// the term with one of its words replaced by a word of the index one edit
// away (营商环竟 → 营商环境).
func (ix *Index) nearSpellings(ctx context.Context, e *engine, term string, useCache bool) []string {
	seg := ix.opts.segmenter()
	cut, err := seg.Cut(term)
	if err != nil || len(cut) == 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for i := range cut {
		for span := 1; span <= 2 && i+span <= len(cut); span++ {
			piece := strings.Join(cut[i:i+span], "")
			for _, alt := range e.similarWords(piece, 5) {
				cand := strings.Join(cut[:i], "") + alt + strings.Join(cut[i+span:], "")
				if seen[cand] {
					continue
				}
				seen[cand] = true
				if bm, err := e.termBitmap(ctx, segment.Normalize(cand), useCache); err == nil && !bm.IsEmpty() {
					out = append(out, cand)
				}
				if len(out) >= 3 {
					return out
				}
			}
		}
	}
	return out
}

// wordParagraphs returns how many paragraphs have word as one of their gse
// words, from the segments' word dictionaries: the count a
// word-segmenting engine would give, shown beside the exact count in
// explanations. Paragraphs deleted since their segment was written still
// count until a merge drops them.
func (e *engine) wordParagraphs(word string) int {
	n := 0
	for _, s := range e.segs {
		c, err := s.seg.WordParagraphs(word)
		if err == nil {
			n += c
		}
	}
	return n
}

// similarWords returns words of the index within one edit of word, most
// frequent first: near spellings to suggest when a term finds nothing.
func (e *engine) similarWords(word string, n int) []string {
	lev, err := levenshteinBuilder()
	if err != nil {
		return nil
	}
	counts := map[string]int{}
	for _, s := range e.segs {
		s.seg.SimilarWords(lev, word, func(w string, c int) {
			if w != word && utf8.RuneCountInString(w) >= 2 {
				counts[w] += c
			}
		})
	}
	found := make([]string, 0, len(counts))
	for w := range counts {
		found = append(found, w)
	}
	sort.Slice(found, func(i, j int) bool {
		if counts[found[i]] != counts[found[j]] {
			return counts[found[i]] > counts[found[j]]
		}
		return found[i] < found[j]
	})
	return found[:min(n, len(found))]
}

// levenshteinBuilder builds, once, the automaton builder for one edit
// (its tables take milliseconds to compute; it is immutable after).
var levenshteinBuilder = sync.OnceValues(func() (*levenshtein.LevenshteinAutomatonBuilder, error) {
	return levenshtein.NewLevenshteinAutomatonBuilder(1, false)
})
