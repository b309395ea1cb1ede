package segfile_test

import (
	"bytes"
	"context"
	"flag"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
	"github.com/govsearch/govsearch/segment"
)

var updateV4 = flag.Bool("update-v4", false, "rewrite testdata/v4.seg with this writer's version-4 form")

// v4Path is a segment of versionFixture written by the version-4 writer
// (the code of commit 80d31a5, before version 5, kept as Write with
// Version = MinVersion): readers of later versions must keep reading it.
// The fixture holds a seed as the ingester parses it, so a change of the
// ingester's output changes the file: rewrite it then with -update-v4
// (the version-4 writer itself must not change).
const v4Path = "testdata/v4.seg"

// versionFixture is the input of testdata/v4.seg: a seed report,
// generated documents, and paragraphs of every kind of character a
// normalized text may hold (ASCII, CJK, rarer planes) and some it
// should not (invalid UTF-8 given as the normalized text directly).
func versionFixture(t testing.TB) *segfile.Input {
	t.Helper()
	docs := append(segtest.Seeds(t)[2:3], segtest.Generated(rand.New(rand.NewSource(44)), 12, "v")...)
	var odd []govsearch.Paragraph
	for i, text := range []string{
		"abc 123 ABC，营商环境；“优化”（二〇二三年）",
		"𠀀𠀁𪚥 emoji 😀 and ☃ snow; 繁體中文與簡體",
		"ｆｕｌｌ　ｗｉｄｔｈ １２３ — mixed 中文 text",
		"",
	} {
		odd = append(odd, govsearch.Paragraph{Position: i, Kind: govsearch.KindText, Text: text})
	}
	d := segtest.FromParagraphs(govsearch.Document{ID: "odd", Title: "odd"}, odd)
	d.Paras = append(d.Paras, segfile.Paragraph{
		Position: 4, Kind: govsearch.KindText, Text: "bad \xff\xfe bytes \xe4\xb8", Norm: "bad\xff\xfebytes\xe4\xb8",
		Facets: []string{"", "", "", "", "", ""},
	})
	for i := range d.Paras {
		if d.Paras[i].Norm == "" && d.Paras[i].Text != "" {
			d.Paras[i].Norm = segment.Normalize(d.Paras[i].Text)
		}
	}
	return segtest.Input(append(docs, d))
}

// TestVersion4Fixture: the writer of version 4 wrote testdata/v4.seg
// from versionFixture, and Write still writes that version byte for byte
// when asked (with -update-v4, it writes the file again).
func TestVersion4Fixture(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v4.seg")
	in := versionFixture(t)
	in.Version = segfile.MinVersion
	if _, err := segfile.Write(path, in); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if *updateV4 {
		if err := os.WriteFile(v4Path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(v4Path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("the version-4 writer wrote %d bytes unlike %s (%d bytes)", len(got), v4Path, len(want))
	}
}

// TestVersion4Reads opens testdata/v4.seg and the same input written in
// the current version: every paragraph, text, word start, record,
// posting and search answers the same, and the searches are those of a
// scan of the input.
func TestVersion4Reads(t *testing.T) {
	in := versionFixture(t)
	old := open(t, v4Path)
	cur := open(t, write(t, in))
	for _, s := range []*segfile.Segment{old, cur} {
		if err := s.Verify(); err != nil {
			t.Fatal(err)
		}
	}
	if old.NormCode().Identity() == cur.NormCode().Identity() {
		t.Fatal("both segments have the same kind of code")
	}
	for i := range in.Paras {
		ord := uint32(i)
		for _, read := range []func(*segfile.Segment) (any, error){
			func(s *segfile.Segment) (any, error) { return s.Paragraph(ord) },
			func(s *segfile.Segment) (any, error) { return s.Norm(ord) },
			func(s *segfile.Segment) (any, error) { return s.Text(ord) },
			func(s *segfile.Segment) (any, error) { return s.Bounds(ord) },
			func(s *segfile.Segment) (any, error) { return s.Record(ord) },
		} {
			a, errA := read(old)
			b, errB := read(cur)
			if errA != nil || errB != nil || !reflect.DeepEqual(a, b) {
				t.Fatalf("paragraph %d: version 4 reads %#v (%v), version %d %#v (%v)", i, a, errA, segfile.Version, b, errB)
			}
		}
		if norm, _ := cur.Norm(ord); norm != in.Paras[i].Norm {
			t.Fatalf("paragraph %d: norm %q, want %q", i, norm, in.Paras[i].Norm)
		}
	}
	rng := rand.New(rand.NewSource(45))
	views := func(s *segfile.Segment) []match.View { return []match.View{{Seg: s}} }
	for k := 0; k < 3000; k++ {
		term := randomTerm(rng, in)
		want := roaring.New()
		for i, p := range in.Paras {
			if strings.Contains(p.Norm, term) {
				want.Add(uint32(i))
			}
		}
		for _, s := range []*segfile.Segment{old, cur} {
			got, err := match.Term(context.Background(), views(s), term)
			if err != nil || !got[0].Equals(want) {
				t.Fatalf("%q in version %s: %v (%v), want %v", term, s.Path(), got, err, want)
			}
		}
		if rs := []rune(term); len(rs) <= 2 && want.GetCardinality() > 0 {
			a, _, errA := old.Term(term)
			b, _, errB := cur.Term(term)
			if errA != nil || errB != nil || !a.Bitmap().Equals(b.Bitmap()) {
				t.Fatalf("posting of %q differs between versions", term)
			}
			for _, ord := range a.Bitmap().ToArray() {
				if a.Count(ord) != b.Count(ord) {
					t.Fatalf("count of %q in paragraph %d differs between versions", term, ord)
				}
			}
		}
	}
}

// randomTerm returns 1 to 8 characters of a paragraph's normalized text
// (a valid piece of it), or now and then characters of two paragraphs.
func randomTerm(rng *rand.Rand, in *segfile.Input) string {
	for {
		rs := []rune(strings.ToValidUTF8(in.Paras[rng.Intn(len(in.Paras))].Norm, ""))
		if len(rs) == 0 {
			continue
		}
		n := 1 + rng.Intn(min(8, len(rs)))
		i := rng.Intn(len(rs) - n + 1)
		term := string(rs[i : i+n])
		if rng.Intn(10) == 0 {
			term += string(rs[rng.Intn(len(rs))])
		}
		return term
	}
}

// TestVersion4Corrupt: a flipped byte of a version-4 segment's norm is
// still an error naming the file.
func TestVersion4Corrupt(t *testing.T) {
	orig, err := os.ReadFile(v4Path)
	if err != nil {
		t.Fatal(err)
	}
	off, n := sectionSpan(t, orig, "norm")
	bad := filepath.Join(t.TempDir(), "bad.seg")
	b := append([]byte(nil), orig...)
	b[off+n-3] ^= 0x20
	if err := os.WriteFile(bad, b, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := segfile.Open(bad)
	if err != nil {
		checkErr(t, err, bad)
		return
	}
	defer s.Close()
	failed := false
	for ord := 0; ord < s.Len(); ord++ {
		if _, err := s.Norm(uint32(ord)); err != nil {
			checkErr(t, err, bad)
			failed = true
		}
	}
	if !failed {
		t.Error("a flipped byte of the norm section read without error")
	}
}

// TestCodeCorrupt: a flipped byte of a code section is an error naming
// the file when the segment opens.
func TestCodeCorrupt(t *testing.T) {
	orig, err := os.ReadFile(write(t, versionFixture(t)))
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "bad.seg")
	for _, name := range []string{"normcode", "textcode"} {
		off, n := sectionSpan(t, orig, name)
		for _, at := range []int{off, off + n/2, off + n - 1} {
			b := append([]byte(nil), orig...)
			b[at] ^= 0x11
			if err := os.WriteFile(bad, b, 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := segfile.Open(bad)
			if err == nil {
				s.Close()
				t.Errorf("%s: a flipped byte at %d opened", name, at)
				continue
			}
			checkErr(t, err, bad)
		}
	}
}
