package segfile_test

import (
	"encoding/binary"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
)

func write(t *testing.T, in *segfile.Input) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "a.seg")
	if _, err := segfile.Write(path, in); err != nil {
		t.Fatal(err)
	}
	return path
}

func open(t *testing.T, path string) *segfile.Segment {
	t.Helper()
	s, err := segfile.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestRoundTrip writes the seeds and generated documents and reads every
// paragraph, document, facet and posting back.
func TestRoundTrip(t *testing.T) {
	docs := append(segtest.Seeds(t), segtest.Generated(rand.New(rand.NewSource(1)), 50, "g")...)
	in := segtest.Input(docs)
	s := open(t, write(t, in))
	if err := s.Verify(); err != nil {
		t.Fatal(err)
	}
	if s.Len() != len(in.Paras) || s.Stats().Documents != len(in.Docs) {
		t.Fatalf("stats %+v for %d paragraphs", s.Stats(), len(in.Paras))
	}
	for i, want := range in.Paras {
		got, err := s.Paragraph(uint32(i))
		if err != nil {
			t.Fatal(err)
		}
		if len(want.SectionPath) == 0 {
			want.SectionPath = []string{}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("paragraph %d:\n got %+v\nwant %+v", i, got, want)
		}
	}
	for d, want := range in.Docs {
		got, err := s.Document(uint32(d))
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("document %d: %v\n got %+v\nwant %+v", d, err, got, want)
		}
		n, ok, err := s.DocumentByID(want.ID)
		if err != nil || !ok || n != uint32(d) {
			t.Fatalf("document %q: %d %v %v", want.ID, n, ok, err)
		}
		lo, hi, err := s.DocumentParagraphs(uint32(d))
		if err != nil || int(hi-lo) != len(docs[d].Paras) {
			t.Fatalf("document %d: paragraphs %d–%d, want %d (%v)", d, lo, hi, len(docs[d].Paras), err)
		}
	}
	// Every character and pair: the posting holds exactly the paragraphs
	// that contain it, with the right counts.
	want := map[string]map[uint32]bool{}
	for i, p := range in.Paras {
		rs := []rune(p.Norm)
		for j := range rs {
			for _, g := range []string{string(rs[j]), string(rs[j:min(j+2, len(rs))])} {
				if want[g] == nil {
					want[g] = map[uint32]bool{}
				}
				want[g][uint32(i)] = true
			}
		}
	}
	for g, paras := range want {
		p, ok, err := s.Term(g)
		if err != nil || !ok {
			t.Fatalf("term %q: %v %v", g, ok, err)
		}
		if int(p.Bitmap().GetCardinality()) != len(paras) {
			t.Fatalf("term %q: %d paragraphs, want %d", g, p.Bitmap().GetCardinality(), len(paras))
		}
		for ord := range paras {
			if got, want := p.Count(ord), uint8(min(255, strings.Count(in.Paras[ord].Norm, g)+overlaps(in.Paras[ord].Norm, g))); got != want {
				t.Fatalf("term %q in paragraph %d: count %d, want %d", g, ord, got, want)
			}
		}
	}
	if _, ok, err := s.Term("彁"); ok || err != nil {
		t.Errorf("absent term: %v %v", ok, err)
	}
	for f, name := range segtest.Fields {
		if s.Field(name) != f {
			t.Fatalf("field %s", name)
		}
		for v, value := range s.FacetValues(f) {
			bm, err := s.FacetBitmap(f, uint32(v))
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for i, p := range in.Paras {
				if p.Facets[f] == value {
					n++
					if !bm.Contains(uint32(i)) {
						t.Fatalf("%s=%s lacks paragraph %d", name, value, i)
					}
					if k, _ := s.FacetValue(f, uint32(i)); k != uint32(v) {
						t.Fatalf("%s of paragraph %d: %d, want %d", name, i, k, v)
					}
				}
			}
			if int(bm.GetCardinality()) != n {
				t.Fatalf("%s=%s: %d paragraphs, want %d", name, value, bm.GetCardinality(), n)
			}
		}
	}
}

// overlaps counts the occurrences of g in s that strings.Count misses
// because they overlap (a pair of one character twice: 一一一).
func overlaps(s, g string) int {
	n := 0
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], g)
		if j < 0 {
			break
		}
		n++
		_, size := firstRune(s[i+j:])
		i += j + size
	}
	return n - strings.Count(s, g)
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// TestCorruption flips bytes all over a segment: opening it or reading
// what the flipped byte belongs to is an error naming the file, and
// whatever reads without error equals the original.
func TestCorruption(t *testing.T) {
	docs := segtest.Generated(rand.New(rand.NewSource(2)), 150, "g")
	in := segtest.Input(docs)
	path := write(t, in)
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	good := open(t, path)
	bad := filepath.Join(t.TempDir(), "bad.seg")
	rng := rand.New(rand.NewSource(3))
	detected := 0
	const flips = 60
	for n := 0; n < flips; n++ {
		b := append([]byte(nil), orig...)
		at := rng.Intn(len(b))
		if n < 8 {
			at = len(b) - 1 - rng.Intn(64) // the trailer and directory
		}
		b[at] ^= byte(1 + rng.Intn(255))
		if err := os.WriteFile(bad, b, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := segfile.Open(bad)
		if err != nil {
			checkErr(t, err, bad)
			detected++
			continue
		}
		normsSame(t, good, s, len(in.Paras), bad)
		if err := s.Verify(); err == nil {
			t.Errorf("flip at %d of %d: Verify found nothing", at, len(b))
		} else {
			checkErr(t, err, bad)
		}
		if readsSame(t, good, s, in, bad) {
			detected++
		}
		s.Close()
	}
	t.Logf("%d of %d flips detected by the first read", detected, flips)
	t.Run("norm", normCorruption)
}

// normCorruption flips a byte of each kind of the norm and normsum
// sections: opening the segment or reading its normalized texts (Norms,
// then Norm of each paragraph) is an error naming the file, and every
// text read without error equals the original. The segment is large
// enough for the middle of its norm section to lie in chunks that Open
// does not verify: there only the paragraph sums can tell.
func normCorruption(t *testing.T) {
	in := segtest.Input(segtest.Generated(rand.New(rand.NewSource(4)), 1000, "g"))
	path := write(t, in)
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	good := open(t, path)
	n := len(in.Paras)
	normOff, normLen := sectionSpan(t, orig, "norm")
	sumOff, sumLen := sectionSpan(t, orig, "normsum")
	count := int(binary.LittleEndian.Uint32(orig[normOff:]))
	offs := normOff + 8
	data := offs + 4*(count+1)
	entry := func(i int) (lo, hi int) {
		return data + int(binary.LittleEndian.Uint32(orig[offs+4*i:])), data + int(binary.LittleEndian.Uint32(orig[offs+4*i+4:]))
	}
	mid := count / 2
	for lo, hi := entry(mid); lo == hi; lo, hi = entry(mid) {
		mid++
	}
	midLo, midHi := entry(mid)
	positions := []struct {
		name string
		at   int
		read bool // opens: only a read can tell
	}{
		{"count", normOff, false},
		{"zero word", normOff + 5, false},
		{"first offset", offs, false},
		{"middle offset", offs + 4*mid + 1, false},
		{"last offset", offs + 4*count, false},
		{"first text byte", data, false},
		{"first byte of a text", midLo, true},
		{"inside a text", (midLo + midHi) / 2, true},
		{"last byte of a text", midHi - 1, true},
		{"last text byte", normOff + normLen - 1, false},
		{"first sum", sumOff, false},
		{"middle sum", sumOff + 4*mid + 2, false},
		{"last sum", sumOff + sumLen - 1, false},
	}
	bad := filepath.Join(t.TempDir(), "bad.seg")
	ords := make([]uint32, n)
	for i := range ords {
		ords[i] = uint32(i)
	}
	for _, p := range positions {
		b := append([]byte(nil), orig...)
		b[p.at] ^= 0x5a
		if err := os.WriteFile(bad, b, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := segfile.Open(bad)
		if err != nil {
			if p.read {
				t.Errorf("%s (byte %d): Open found it; the test needs a larger segment", p.name, p.at)
			}
			checkErr(t, err, bad)
			continue
		}
		err = s.CodedNorms(ords, func(ord uint32, coded string) {
			if norm, err := s.NormCode().Decode(coded); norm != wantNorm(good, ord) || err != nil {
				t.Errorf("%s: Norms read paragraph %d wrong without error", p.name, ord)
			}
		})
		if err == nil {
			t.Errorf("%s (byte %d): Norms found nothing", p.name, p.at)
		} else {
			checkErr(t, err, bad)
		}
		failed := false
		for _, ord := range ords {
			norm, err := s.Norm(ord)
			if err != nil {
				checkErr(t, err, bad)
				failed = true
			} else if norm != wantNorm(good, ord) {
				t.Errorf("%s: Norm read paragraph %d wrong without error", p.name, ord)
			}
		}
		if !failed {
			t.Errorf("%s (byte %d): Norm found nothing", p.name, p.at)
		}
		s.Close()
	}
}

// sectionSpan finds a section in a segment file's directory.
func sectionSpan(t *testing.T, b []byte, name string) (off, n int) {
	t.Helper()
	tr := b[len(b)-32:]
	dir := b[binary.LittleEndian.Uint64(tr[8:]):]
	count := int(binary.LittleEndian.Uint32(dir))
	dir = dir[4:]
	for i := 0; i < count; i++ {
		l := int(binary.LittleEndian.Uint16(dir))
		off, n := binary.LittleEndian.Uint64(dir[2+l:]), binary.LittleEndian.Uint64(dir[2+l+8:])
		if string(dir[2:2+l]) == name {
			return int(off), int(n)
		}
		dir = dir[2+l+16:]
	}
	t.Fatalf("no section %s", name)
	return 0, 0
}

func checkErr(t *testing.T, err error, path string) {
	t.Helper()
	if !errors.Is(err, segfile.ErrCorrupt) && !strings.Contains(err.Error(), "version") {
		t.Errorf("error does not say corrupt: %v", err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error does not name %s: %v", path, err)
	}
}

// normsSame reads every normalized text of s with Norms: it errs or
// reads what good's Norm does.
func normsSame(t *testing.T, good, s *segfile.Segment, n int, path string) {
	t.Helper()
	ords := make([]uint32, n)
	for i := range ords {
		ords[i] = uint32(i)
	}
	err := s.CodedNorms(ords, func(ord uint32, coded string) {
		if norm, err := s.NormCode().Decode(coded); norm != wantNorm(good, ord) || err != nil {
			t.Fatalf("norm of paragraph %d read wrong without error", ord)
		}
	})
	if err != nil {
		checkErr(t, err, path)
	}
}

func wantNorm(good *segfile.Segment, ord uint32) string {
	norm, _ := good.Norm(ord)
	return norm
}

// readsSame reads everything from s: each read errs or equals good's.
// It reports whether some read erred.
func readsSame(t *testing.T, good, s *segfile.Segment, in *segfile.Input, path string) bool {
	t.Helper()
	erred := false
	for i := range in.Paras {
		want, _ := good.Paragraph(uint32(i))
		got, err := s.Paragraph(uint32(i))
		if err != nil {
			checkErr(t, err, path)
			erred = true
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("paragraph %d read wrong without error", i)
		}
	}
	for _, g := range []string{"发", "发展", "环境", "一", "年", "府政"} {
		want, _, _ := good.Term(g)
		got, ok, err := s.Term(g)
		if err != nil {
			checkErr(t, err, path)
			erred = true
			continue
		}
		if !ok || !got.Bitmap().Equals(want.Bitmap()) {
			t.Fatalf("term %s read wrong without error", g)
		}
	}
	return erred
}

// TestTruncated cuts a segment short at many lengths: Open fails.
func TestTruncated(t *testing.T) {
	path := write(t, segtest.Input(segtest.Generated(rand.New(rand.NewSource(4)), 20, "g")))
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "short.seg")
	for _, n := range []int{0, 10, 47, len(orig) / 2, len(orig) - 33, len(orig) - 1} {
		if err := os.WriteFile(bad, orig[:n], 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := segfile.Open(bad)
		if err == nil {
			s.Close()
			t.Errorf("opened a segment cut to %d of %d bytes", n, len(orig))
			continue
		}
		checkErr(t, err, bad)
	}
}

// TestOldVersion opens a segment of every format version it does not
// read (the earlier ones, the next): an error that names the file and
// says to rebuild, never a misread.
func TestOldVersion(t *testing.T) {
	path := write(t, segtest.Input(segtest.Generated(rand.New(rand.NewSource(5)), 5, "g")))
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(t.TempDir(), "old.seg")
	for _, v := range []uint32{1, 2, segfile.MinVersion - 1, segfile.Version + 1} {
		b := append([]byte(nil), orig...)
		binary.LittleEndian.PutUint32(b[8:], v)
		if err := os.WriteFile(old, b, 0o644); err != nil {
			t.Fatal(err)
		}
		s, err := segfile.Open(old)
		if err == nil {
			s.Close()
			t.Fatalf("opened a segment of version %d", v)
		}
		if !strings.Contains(err.Error(), old) || !strings.Contains(err.Error(), "rebuild the index") {
			t.Errorf("version %d: %v", v, err)
		}
	}
}

// TestEmpty writes a segment without paragraphs.
func TestEmpty(t *testing.T) {
	s := open(t, write(t, &segfile.Input{Fields: segtest.Fields}))
	if s.Len() != 0 {
		t.Fatal(s.Len())
	}
	if _, ok, err := s.Term("发"); ok || err != nil {
		t.Fatal(ok, err)
	}
}
