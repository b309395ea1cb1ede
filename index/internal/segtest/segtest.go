// Package segtest makes the fixtures of the segment packages' tests: the
// seed reports and generated documents as segment input, and random
// substrings of them to search for. Tests only.
package segtest

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"math/rand"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/seeds"
	"github.com/govsearch/govsearch/segment"
)

// Fields are the facet fields of the fixtures.
var Fields = []string{"province", "city", "district", "year", "section", "doc_type"}

// Doc is a document with its paragraphs as a segment stores them.
type Doc struct {
	Document govsearch.Document
	Paras    []segfile.Paragraph
}

// Seeds returns the five seed reports.
func Seeds(t testing.TB) []Doc {
	t.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("seeds: %v", err)
	}
	var out []Doc
	for _, name := range names {
		p, err := ingest.ParseFS(seeds.FS, name, seeds.Dir+"/"+name)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, FromParagraphs(p.Document, p.Paragraphs))
	}
	return out
}

// FromParagraphs turns an ingested document into a fixture.
func FromParagraphs(d govsearch.Document, paras []govsearch.Paragraph) Doc {
	doc := Doc{Document: d}
	year := ""
	if d.Year != 0 {
		year = strconv.Itoa(int(d.Year))
	}
	for _, p := range paras {
		norm := segment.Normalize(p.Text)
		doc.Paras = append(doc.Paras, segfile.Paragraph{
			Position: uint32(p.Position), Kind: p.Kind, Text: p.Text, Norm: norm,
			SectionPath: p.SectionPath, Bounds: everyOther(len(norm)),
			Facets: []string{d.Province, d.City, d.District, year, p.Section, d.DocType},
		})
	}
	return doc
}

// everyOther marks every other byte as a word start: the fixtures need
// bounds, not true ones.
func everyOther(n int) []byte {
	b := make([]byte, (n+7)/8)
	for i := range b {
		b[i] = 0x55
	}
	return b
}

var (
	alphabet  = []rune("发展改革经济社会建设推进工作营商环境持续优化坚持全面深化府政一二三年")
	provinces = []string{"天津市", "北京市", "河北省", ""}
	kinds     = []string{govsearch.KindText, govsearch.KindHeading, govsearch.KindTable}
)

// Generated returns n documents of random paragraphs drawn from a small
// alphabet, so that characters and pairs repeat often and long terms have
// many candidates that verification must reject. IDs start with prefix.
func Generated(rng *rand.Rand, n int, prefix string) []Doc {
	var out []Doc
	for i := 0; i < n; i++ {
		out = append(out, generate(rng, fmt.Sprintf("%s%04d", prefix, i)))
	}
	return out
}

// ByID returns the generated document with the given ID: the same for
// the same ID, so that a test can tell what a document must hold from its
// ID alone.
func ByID(id string) Doc {
	h := fnv.New64a()
	h.Write([]byte(id))
	return generate(rand.New(rand.NewSource(int64(h.Sum64()))), id)
}

func generate(rng *rand.Rand, id string) Doc {
	d := govsearch.Document{
		ID: id, Title: "报告" + id,
		Province: provinces[rng.Intn(len(provinces))], Year: govsearch.Year(2015 + rng.Intn(8)),
		DocType: govsearch.DocTypes[rng.Intn(len(govsearch.DocTypes))],
	}
	var paras []govsearch.Paragraph
	for p := 0; p < 1+rng.Intn(30); p++ {
		var b strings.Builder
		for k := rng.Intn(60); k >= 0; k-- {
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		section := fmt.Sprintf("第%d节", p/5)
		paras = append(paras, govsearch.Paragraph{Position: p, Kind: kinds[rng.Intn(len(kinds))], Text: b.String(), Section: section, SectionPath: []string{section}})
	}
	return FromParagraphs(d, paras)
}

// Input makes a segment's input of docs.
func Input(docs []Doc) *segfile.Input {
	in := &segfile.Input{Fields: Fields}
	for i, d := range docs {
		in.Docs = append(in.Docs, d.Document)
		for _, p := range d.Paras {
			p.Doc = uint32(i)
			in.Paras = append(in.Paras, p)
		}
	}
	return in
}

// Segment writes in to a segment file in a temporary folder of tb's and
// opens it; it is closed when tb ends.
func Segment(tb testing.TB, in *segfile.Input) *segfile.Segment {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "a.seg")
	if _, err := segfile.Write(path, in); err != nil {
		tb.Fatal(err)
	}
	s, err := segfile.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// RandomSubstring returns a random substring of 1 to 8 characters of a
// random paragraph's normalized text.
func RandomSubstring(rng *rand.Rand, docs []Doc) string {
	for {
		d := docs[rng.Intn(len(docs))]
		if len(d.Paras) == 0 {
			continue
		}
		rs := []rune(d.Paras[rng.Intn(len(d.Paras))].Norm)
		if len(rs) == 0 {
			continue
		}
		n := 1 + rng.Intn(min(8, len(rs)))
		i := rng.Intn(len(rs) - n + 1)
		return string(rs[i : i+n])
	}
}

// TrigramWalk returns a term of 4 to 7 characters made of trigrams that
// occur in docs' normalized texts, each overlapping the next by two
// characters, which itself often occurs nowhere: a term whose grams all
// match without the term, for the matcher's trigram narrowing and its
// proofs from counts. next maps each pair of docs to the characters that
// follow it (NextChars).
func TrigramWalk(rng *rand.Rand, docs []Doc, next map[string][]rune) string {
	for {
		rs := []rune(RandomSubstring(rng, docs))
		if len(rs) < 3 {
			continue
		}
		rs = rs[:3]
		for n := 4 + rng.Intn(4); len(rs) < n; {
			after := next[string(rs[len(rs)-2:])]
			if len(after) == 0 {
				break
			}
			rs = append(rs, after[rng.Intn(len(after))])
		}
		if len(rs) >= 4 {
			return string(rs)
		}
	}
}

// NextChars maps each pair of characters of docs' normalized texts to the
// characters that follow it somewhere (with repeats), for TrigramWalk.
func NextChars(docs []Doc) map[string][]rune {
	out := map[string][]rune{}
	for _, d := range docs {
		for _, p := range d.Paras {
			rs := []rune(p.Norm)
			for i := 0; i+2 < len(rs); i++ {
				k := string(rs[i : i+2])
				out[k] = append(out[k], rs[i+2])
			}
		}
	}
	return out
}
