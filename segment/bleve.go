package segment

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// Names under which the analysis is registered with bleve.
const (
	TokenizerName = "govsearch_gse"
	AnalyzerName  = "govsearch"
)

func init() {
	// Registration is the one side effect of importing this package: bleve
	// looks analyzers up by name in its global registry.
	if err := registry.RegisterTokenizer(TokenizerName, newTokenizer); err != nil {
		panic(err)
	}
	if err := registry.RegisterAnalyzer(AnalyzerName, newAnalyzer); err != nil {
		panic(err)
	}
}

// Tokenizer is the bleve tokenizer: it normalizes text and cuts it into gse
// words. Token offsets are in the normalized text.
type Tokenizer struct {
	seg *Segmenter
}

// Tokenize implements analysis.Tokenizer.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	words, ok := t.seg.remembered(string(input))
	var err error
	if !ok {
		words, err = t.seg.Words(Normalize(string(input)))
	}
	if err != nil {
		// bleve's interface has no error; an unloadable dictionary is a
		// broken build, reported loudly rather than indexed silently wrong.
		panic(fmt.Sprintf("segment: %v", err))
	}
	stream := make(analysis.TokenStream, 0, len(words))
	for i, w := range words {
		stream = append(stream, &analysis.Token{
			Term:     []byte(w.Text),
			Start:    w.Start,
			End:      w.End,
			Position: i + 1,
			Type:     tokenType(w.Text),
		})
	}
	return stream
}

func tokenType(w string) analysis.TokenType {
	for _, r := range w {
		if r >= 0x2E80 {
			return analysis.Ideographic
		}
	}
	return analysis.AlphaNumeric
}

func newTokenizer(config map[string]interface{}, cache *registry.Cache) (analysis.Tokenizer, error) {
	return &Tokenizer{seg: Default()}, nil
}

func newAnalyzer(config map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	tok, err := cache.TokenizerNamed(TokenizerName)
	if err != nil {
		return nil, fmt.Errorf("segment: analyzer %s: %w", AnalyzerName, err)
	}
	return &analysis.DefaultAnalyzer{Tokenizer: tok}, nil
}
