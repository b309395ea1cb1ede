// Package query parses the query language of the q parameter: terms
// separated by white space must all match, `A OR B` matches either, `-term`
// excludes, and "double quotes" group a term that contains spaces. It knows
// nothing of normalization or the index; it only turns text into clauses,
// and the parameters of a request (FromValues) into a govsearch.Query and
// its govsearch.SearchOptions.
package query

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
)

// Limits on what a query may contain.
const (
	MaxTerms = 32
)

type token struct {
	text   string
	quoted bool
	negate bool
	pos    int // character (rune) offset in the query, for error messages
}

// Parse turns q into clauses. Errors are *govsearch.Error with code
// EInvalid and a message that says where the problem is.
func Parse(q string) ([]govsearch.Clause, error) {
	if !utf8.ValidString(q) {
		return nil, govsearch.Errorf(govsearch.EInvalid, "query is not valid UTF-8")
	}
	toks, err := tokenize(q)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, govsearch.Errorf(govsearch.EInvalid, "query is empty")
	}
	var clauses []govsearch.Clause
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if isOr(t) {
			if i == 0 {
				return nil, govsearch.Errorf(govsearch.EInvalid, "OR at character %d has no term before it", t.pos+1)
			}
			return nil, govsearch.Errorf(govsearch.EInvalid, "OR at character %d follows another OR or an excluded term", t.pos+1)
		}
		if t.negate {
			clauses = append(clauses, govsearch.Clause{Terms: []string{t.text}, Exclude: true})
			if i+1 < len(toks) && isOr(toks[i+1]) {
				return nil, govsearch.Errorf(govsearch.EInvalid, "OR at character %d cannot follow an excluded term; write the alternatives without '-'", toks[i+1].pos+1)
			}
			continue
		}
		c := govsearch.Clause{Terms: []string{t.text}}
		for i+1 < len(toks) && isOr(toks[i+1]) {
			or := toks[i+1]
			if i+2 >= len(toks) {
				return nil, govsearch.Errorf(govsearch.EInvalid, "OR at character %d has no term after it", or.pos+1)
			}
			next := toks[i+2]
			if isOr(next) {
				return nil, govsearch.Errorf(govsearch.EInvalid, "OR at character %d is followed by another OR", next.pos+1)
			}
			if next.negate {
				return nil, govsearch.Errorf(govsearch.EInvalid, "excluded term at character %d cannot be an alternative of OR", next.pos+1)
			}
			c.Terms = append(c.Terms, next.text)
			i += 2
		}
		clauses = append(clauses, c)
	}
	positive := false
	terms := 0
	for _, c := range clauses {
		terms += len(c.Terms)
		if !c.Exclude {
			positive = true
		}
	}
	if !positive {
		return nil, govsearch.Errorf(govsearch.EInvalid, "query has only excluded terms; add a term to search for")
	}
	if terms > MaxTerms {
		return nil, govsearch.Errorf(govsearch.EInvalid, "query has %d terms; at most %d are allowed", terms, MaxTerms)
	}
	return clauses, nil
}

func isOr(t token) bool { return !t.quoted && !t.negate && t.text == "OR" }

// tokenize splits q on white space, keeping quoted strings together.
func tokenize(q string) ([]token, error) {
	runes := []rune(q)
	var toks []token
	for i := 0; i < len(runes); {
		r := runes[i]
		if unicode.IsSpace(r) {
			i++
			continue
		}
		start := i
		negate := false
		if r == '-' && i+1 < len(runes) && !unicode.IsSpace(runes[i+1]) {
			negate = true
			i++
		}
		if i < len(runes) && isQuote(runes[i]) {
			open := i
			i++
			var b strings.Builder
			for i < len(runes) && !isQuote(runes[i]) {
				b.WriteRune(runes[i])
				i++
			}
			if i >= len(runes) {
				return nil, govsearch.Errorf(govsearch.EInvalid, "quote at character %d is not closed", open+1)
			}
			i++ // closing quote
			if i < len(runes) && !unicode.IsSpace(runes[i]) {
				return nil, govsearch.Errorf(govsearch.EInvalid, "closing quote at character %d must be followed by a space", i)
			}
			text := b.String()
			if strings.TrimSpace(text) == "" {
				return nil, govsearch.Errorf(govsearch.EInvalid, "quotes at character %d enclose nothing", open+1)
			}
			toks = append(toks, token{text: text, quoted: true, negate: negate, pos: start})
			continue
		}
		var b strings.Builder
		for i < len(runes) && !unicode.IsSpace(runes[i]) {
			if isQuote(runes[i]) {
				return nil, govsearch.Errorf(govsearch.EInvalid, "quote at character %d must start a term", i+1)
			}
			b.WriteRune(runes[i])
			i++
		}
		text := b.String()
		if text == "-" {
			return nil, govsearch.Errorf(govsearch.EInvalid, "'-' at character %d excludes nothing", start+1)
		}
		toks = append(toks, token{text: text, negate: negate, pos: start})
	}
	return toks, nil
}

func isQuote(r rune) bool { return r == '"' || r == '＂' }
