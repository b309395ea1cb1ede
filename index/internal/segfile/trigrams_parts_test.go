package segfile_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/segfile"
)

// TestTrigramsInParts checks every trigram posting of a segment of
// 17,000 paragraphs, collected in as many parts as there are cores (up
// to 8: run with GOMAXPROCS=8 to see all), against a count by brute
// force: paragraphs over three characters, some of them runs whose
// trigram counts saturate, and a paragraph of 300 of one character at
// the start and end of every part, so that a trigram's paragraphs and
// counts cross each boundary between parts.
func TestTrigramsInParts(t *testing.T) {
	const n = 17000
	rng := rand.New(rand.NewSource(4))
	alpha := []rune("年发展")
	texts := make([]string, n)
	for i := range texts {
		var sb strings.Builder
		if rng.Intn(50) == 0 {
			sb.WriteString(strings.Repeat("年", 200+rng.Intn(200)))
		}
		for k := rng.Intn(12); k >= 0; k-- {
			sb.WriteRune(alpha[rng.Intn(len(alpha))])
		}
		texts[i] = sb.String()
	}
	workers, span := segfile.Ranges(n)
	for w := 0; w < workers; w++ {
		lo, hi := span(w)
		for _, i := range []int{lo, hi - 1} {
			texts[i] = strings.Repeat("年", 300)
		}
	}
	t.Logf("%d parts of %d paragraphs", workers, n/workers)
	for _, least := range []int{1, 0} {
		t.Run(fmt.Sprint("least ", least), func(t *testing.T) {
			in := &segfile.Input{Fields: []string{"f"}, TrigramLeast: least}
			for i, text := range texts {
				if i%10 == 0 {
					in.Docs = append(in.Docs, govsearch.Document{ID: fmt.Sprint(i / 10)})
				}
				in.Paras = append(in.Paras, segfile.Paragraph{Doc: uint32(len(in.Docs) - 1), Position: uint32(i % 10),
					Kind: govsearch.KindText, Text: text, Norm: text, Facets: []string{""}})
			}
			if least == 0 {
				least = segfile.TrigramLeast(n)
			}
			s := open(t, write(t, in))
			if kept, _ := checkTrigramPostings(t, s, texts, least); kept == 0 {
				t.Fatal("no trigram kept: the test checks nothing")
			}
		})
	}
}
