package segfile_test

import (
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
)

// TestTrigramsKept checks the trigram postings against a count by brute
// force: a segment keeps exactly the trigrams in at least TrigramLeast
// paragraphs (none with an invalid byte), each with its paragraphs and
// their counts (overlapping places, saturating at 255). The segment is
// large enough to be collected in parts on two cores; paragraphs of one
// character repeated and of invalid bytes are among them.
func TestTrigramsKept(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Log("one core: the trigrams are collected in one part")
	}
	docs := append(segtest.Seeds(t), segtest.Generated(rand.New(rand.NewSource(3)), 600, "t")...)
	var odd []govsearch.Paragraph
	for i := 0; i < 6; i++ {
		odd = append(odd, govsearch.Paragraph{Position: i, Kind: govsearch.KindText, Text: strings.Repeat("年", 300+i)})
	}
	d := segtest.FromParagraphs(govsearch.Document{ID: "odd", Title: "odd"}, odd)
	for i := 0; i < 6; i++ {
		d.Paras = append(d.Paras, segfile.Paragraph{
			Position: uint32(6 + i), Kind: govsearch.KindText, Text: "bad", Norm: "bad\xff\xfe\xfdbytes\xe4\xb8",
			Facets: make([]string, len(segtest.Fields)),
		})
	}
	docs = append(docs, d)
	for _, least := range []int{0, 3} {
		t.Run(fmt.Sprint("least ", least), func(t *testing.T) {
			in := segtest.Input(docs)
			in.TrigramLeast = least
			if least == 0 {
				least = segfile.TrigramLeast(len(in.Paras))
			}
			s := open(t, write(t, in))
			norms := make([]string, len(in.Paras))
			for p, para := range in.Paras {
				norms[p] = para.Norm
			}
			kept, seen := checkTrigramPostings(t, s, norms, least)
			if kept == 0 {
				t.Fatal("no trigram kept: the test checks nothing")
			}
			t.Logf("%d paragraphs: %d of %d trigrams kept (in %d or more)", len(in.Paras), kept, seen, least)
		})
	}
}

// checkTrigramPostings checks a segment's trigram postings against a
// count by brute force over norms (paragraph p's normalized text): the
// segment keeps exactly the trigrams in at least least paragraphs that
// have no U+FFFD, each with its paragraphs and their counts (overlapping
// places, saturating at 255). A kept trigram's posting is as long as its
// paragraphs and each of them has its count, so no other paragraph is in
// it. It returns how many trigrams are kept and how many occur.
func checkTrigramPostings(t *testing.T, s *segfile.Segment, norms []string, least int) (kept, seen int) {
	t.Helper()
	type occ struct{ para, count int }
	counts := map[string][]occ{}
	for p, norm := range norms {
		rs := []rune(norm)
		for i := 0; i+3 <= len(rs); i++ {
			k := string(rs[i : i+3])
			o := counts[k]
			if n := len(o); n > 0 && o[n-1].para == p {
				o[n-1].count++
			} else {
				o = append(o, occ{p, 1})
			}
			counts[k] = o
		}
	}
	for k, o := range counts {
		post, found, err := s.Term(k)
		if err != nil {
			t.Fatal(err)
		}
		want := len(o) >= least && !strings.ContainsRune(k, utf8.RuneError)
		if found != want {
			t.Fatalf("trigram %q in %d paragraphs: kept %v, want %v (least %d)", k, len(o), found, want, least)
		}
		if !found {
			continue
		}
		kept++
		if post.Len() != len(o) {
			t.Fatalf("trigram %q: %d paragraphs, want %d", k, post.Len(), len(o))
		}
		for _, e := range o {
			if got := post.Count(uint32(e.para)); int(got) != min(e.count, 255) {
				t.Fatalf("trigram %q, paragraph %d: count %d, want %d", k, e.para, got, min(e.count, 255))
			}
		}
	}
	return kept, len(counts)
}
