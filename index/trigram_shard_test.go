package index

import (
	"context"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

// TestTrigramsShardsAnswerAsOneNode adds to the seeds 240 documents of
// adversarial paragraphs (three characters; runs of one character and
// periodic texts whose counts pass 255) and checks terms of 3 to 7 of
// those characters, quoted: a single node's total against a scan of the
// normalized texts, and 3 shards, whose segments keep other trigrams,
// against the single node (totals, hits, scores), in mode all and any.
func TestTrigramsShardsAnswerAsOneNode(t *testing.T) {
	rng := rand.New(rand.NewSource(21))
	alpha := []rune("年发展")
	docs := parseSeeds(t)
	for d := 0; d < 240; d++ {
		dc := govsearch.DocumentContent{Document: govsearch.Document{ID: fmt.Sprintf("adv%04d", d), Title: "报告" + strconv.Itoa(d), Province: "北京市", Year: 2020}}
		for p := 0; p < 20; p++ {
			var sb strings.Builder
			switch rng.Intn(12) {
			case 0:
				sb.WriteString(strings.Repeat("年", 250+rng.Intn(20)))
			case 1:
				sb.WriteString(strings.Repeat("年发", 120+rng.Intn(20)))
			case 2:
				sb.WriteString(strings.Repeat("年年发", 80+rng.Intn(10)) + "年年年发")
			}
			for k := rng.Intn(14); k >= 0; k-- {
				sb.WriteRune(alpha[rng.Intn(len(alpha))])
			}
			dc.Paragraphs = append(dc.Paragraphs, govsearch.Paragraph{Position: p, Kind: govsearch.KindText, Text: sb.String()})
		}
		dc.Document.Paragraphs = len(dc.Paragraphs)
		docs = append(docs, dc)
	}
	s := buildSharded(t, docs, 3)
	var searches []searchArgs
	ctx := context.Background()
	for i := 0; i < 60; i++ {
		rs := make([]rune, 3+rng.Intn(5))
		for k := range rs {
			rs[k] = alpha[rng.Intn(len(alpha))]
		}
		if i%3 == 0 {
			for k := range rs {
				rs[k] = alpha[k%2]
			}
		}
		term := string(rs)
		want := 0
		for _, d := range docs {
			for _, p := range d.Paragraphs {
				if strings.Contains(segment.Normalize(p.Text), term) {
					want++
				}
			}
		}
		q := mustQuery(t, strconv.Quote(term))
		res, err := s.single.Search(ctx, q, govsearch.SearchOptions{Size: 10})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != want {
			t.Errorf("%q: single node total %d, scan %d", term, res.Total, want)
		}
		searches = append(searches, searchArgs{q: q, opt: govsearch.SearchOptions{Size: 150}})
		q.Mode = govsearch.ModeAny
		searches = append(searches, searchArgs{q: q, opt: govsearch.SearchOptions{Size: 50}})
	}
	checkShardedSearch(t, s, searches)
}
