package segfile_test

import (
	"bytes"
	"flag"
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
	"github.com/govsearch/govsearch/segment"
)

var updateV4 = flag.Bool("update-v4", false, "rewrite testdata/v4.seg with this writer's version-4 form")

// v4Path is a segment of versionFixture written by the version-4 writer
// (the code of commit 80d31a5, before version 5): readers of later
// versions must keep reading it.
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
// from versionFixture (with -update-v4, it writes it again).
func TestVersion4Fixture(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v4.seg")
	if _, err := segfile.Write(path, versionFixture(t)); err != nil {
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
