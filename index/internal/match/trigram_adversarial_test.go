package match_test

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
)

// adversarialParas returns paragraphs over a three-character alphabet
// (one of them U+FFFD, one outside the Basic Multilingual Plane) built to
// defeat proofs from counts: short random texts, whose trigrams are
// frequent and whose longer terms often are not; long runs of one
// character and periodic texts, whose character, pair and trigram counts
// saturate at 255; and runs joined by one other character. There are
// enough of them (over 4,000) for the writer to collect trigrams in two
// parts on two cores, and for the matcher to prove from counts (over
// 512 candidates).
func adversarialParas(rng *rand.Rand, alpha []rune, n int) []string {
	a, b, c := string(alpha[0]), string(alpha[1]), string(alpha[2])
	special := []string{
		strings.Repeat(a, 300),
		strings.Repeat(a, 254) + b + strings.Repeat(a, 254),
		strings.Repeat(a+b, 200),
		strings.Repeat(a+a+b, 120),
		strings.Repeat(a+b+c, 100),
		strings.Repeat(a, 260) + b + c + strings.Repeat(a, 3),
		strings.Repeat(a+b, 130) + a + a + strings.Repeat(b+a, 130),
		strings.Repeat(a+a+b, 90) + a + a + a + b + strings.Repeat(b+a+a, 90),
		strings.Repeat(a, 256) + strings.Repeat(b, 256),
		strings.Repeat(a+b+a+a, 80) + c,
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		switch r := rng.Intn(20); {
		case r == 0:
			out = append(out, special[rng.Intn(len(special))])
		case r == 1:
			// Runs of a, each followed by one b or c.
			var sb strings.Builder
			for k := rng.Intn(6); k >= 0; k-- {
				sb.WriteString(strings.Repeat(a, 1+rng.Intn(300)))
				sb.WriteRune(alpha[1+rng.Intn(2)])
			}
			out = append(out, sb.String())
		default:
			var sb strings.Builder
			for k := rng.Intn(14); k >= 0; k-- {
				sb.WriteRune(alpha[rng.Intn(len(alpha))])
			}
			out = append(out, sb.String())
		}
	}
	return out
}

// adversarialSegment writes texts (document i of 8 paragraphs each) with
// trigrams kept in least paragraphs or more, in the given format
// version (0 for the current one).
func adversarialSegment(t *testing.T, texts []string, least, version int) *segfile.Segment {
	in := &segfile.Input{Fields: segtest.Fields, TrigramLeast: least, Version: version}
	for i, text := range texts {
		if i%8 == 0 {
			in.Docs = append(in.Docs, govsearch.Document{ID: fmt.Sprintf("d%05d", i/8), Title: "t"})
		}
		in.Paras = append(in.Paras, segfile.Paragraph{
			Doc: uint32(len(in.Docs) - 1), Position: uint32(i % 8), Kind: govsearch.KindText,
			Text: text, Norm: text, Facets: make([]string, len(segtest.Fields)),
		})
	}
	return segtest.Segment(t, in)
}

// adversarialTerms returns every term of 3 to 6 characters over alpha,
// and terms of 7 to 12 characters cut from texts or walked over their
// trigrams.
func adversarialTerms(rng *rand.Rand, alpha []rune, texts []string) []string {
	var out []string
	var all func(prefix []rune, n int)
	all = func(prefix []rune, n int) {
		if len(prefix) == n {
			out = append(out, string(prefix))
			return
		}
		for _, r := range alpha {
			all(append(prefix, r), n)
		}
	}
	for n := 3; n <= 6; n++ {
		all(nil, n)
	}
	for len(out) < 2000 {
		rs := []rune(texts[rng.Intn(len(texts))])
		n := 7 + rng.Intn(6)
		if len(rs) < n {
			continue
		}
		i := rng.Intn(len(rs) - n + 1)
		term := append([]rune{}, rs[i:i+n]...)
		if rng.Intn(2) == 0 {
			// Change one inner character: its grams likely still occur.
			term[1+rng.Intn(n-2)] = alpha[rng.Intn(len(alpha))]
		}
		out = append(out, string(term))
	}
	return out
}

// TestTrigramsAdversarial checks Term against a brute-force scan, and
// every proof from counts against the texts, on adversarial texts, with
// every trigram kept, those in two paragraphs, the default, and none,
// and in a segment of version 4 (no trigrams); every seventh paragraph
// is deleted, and then none, so that a term's candidates can be a
// posting itself, which must stay as the file holds it.
func TestTrigramsAdversarial(t *testing.T) {
	ctx := context.Background()
	for _, alpha := range [][]rune{[]rune("年发展"), []rune("年\uFFFD𠀀")} {
		rng := rand.New(rand.NewSource(11))
		texts := adversarialParas(rng, alpha, 4600)
		terms := adversarialTerms(rng, alpha, texts)
		step := 1 // every term, or under the race detector every sixth
		if raceEnabled {
			step = 6
		}
		// What a scan finds, once for every configuration below.
		wantAll, wantLive := make([]*roaring.Bitmap, len(terms)), make([]*roaring.Bitmap, len(terms))
		for k, term := range terms {
			wantAll[k], wantLive[k] = roaring.New(), roaring.New()
			for i, text := range texts {
				if strings.Contains(text, term) {
					wantAll[k].Add(uint32(i))
					if i%7 != 0 {
						wantLive[k].Add(uint32(i))
					}
				}
			}
		}
		for _, least := range []int{1, 2, 0, 1 << 30, -1} {
			t.Run(fmt.Sprintf("%s least %d", string(alpha), least), func(t *testing.T) {
				version := 0
				if least < 0 {
					version = segfile.MinVersion
				}
				s := adversarialSegment(t, texts, max(least, 0), version)
				del := roaring.New()
				for i := 0; i < len(texts); i += 7 {
					del.Add(uint32(i))
				}
				views := []match.View{{Seg: s, Deleted: del}}
				for k := 0; k < 1080; k += step {
					term := terms[k]
					hits, err := match.Term(ctx, []match.View{{Seg: s}}, term)
					if err != nil {
						t.Fatal(err)
					}
					want := wantAll[k]
					if !hits[0].Equals(want) {
						t.Fatalf("%q, nothing deleted: %d hits, want %d", term, hits[0].GetCardinality(), want.GetCardinality())
					}
				}
				all := make([]uint32, len(texts))
				for i := range all {
					all[i] = uint32(i)
				}
				proofs := 0
				for k := 0; k < len(terms); k += step {
					term := terms[k]
					hits, err := match.Term(ctx, views, term)
					if err != nil {
						t.Fatal(err)
					}
					want := wantLive[k]
					if !hits[0].Equals(want) {
						extra := roaring.AndNot(hits[0], want)
						missed := roaring.AndNot(want, hits[0])
						t.Fatalf("%q: %d hits, want %d (extra %v, missed %v)", term, hits[0].GetCardinality(), want.GetCardinality(),
							first(extra), first(missed))
					}
					ok, err := match.ProveCounts(s, term, all)
					if err != nil {
						t.Fatal(err)
					}
					for i, proven := range ok {
						if proven {
							proofs++
							if !strings.Contains(texts[i], term) {
								t.Fatalf("%q proven in paragraph %d, which lacks it: %q", term, i, texts[i])
							}
						}
					}
				}
				// The mapping is read only, so a posting changed in place
				// would have faulted; the file is checked afresh too.
				again, err := segfile.Open(s.Path())
				if err != nil {
					t.Fatal(err)
				}
				defer again.Close()
				if err := again.Verify(); err != nil {
					t.Fatalf("the segment changed while searched: %v", err)
				}
				if proofs == 0 {
					t.Fatal("no proofs: the test checks nothing")
				}
				t.Logf("%d terms, %d proofs", len(terms), proofs)
			})
		}
	}
}

func first(bm *roaring.Bitmap) []uint32 {
	a := bm.ToArray()
	return a[:min(len(a), 5)]
}
