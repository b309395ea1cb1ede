package ingest

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
)

// TestFixturesMatchTheirOriginal ingests copies of a seed in other
// encodings and formats (made with iconv, pandoc and Chromium's
// print-to-PDF; see testdata/fixtures/README) and requires the same
// paragraphs and metadata as the UTF-8 original.
func TestFixturesMatchTheirOriginal(t *testing.T) {
	orig, err := ParseFile(filepath.Join(seedsDir, "002_1bbc185302e42d3c.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file, encoding string
		needs          string // a program the format needs
	}{
		{"002.gb18030.txt", EncGB18030, ""},
		{"002.utf16.txt", EncUTF16LE, ""},
		{"002.html", "HTML/gbk", ""},
		{"002.docx", "DOCX", ""},
		{"002.pdf", "PDF", pdftotext},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if tt.needs != "" {
				if _, err := exec.LookPath(tt.needs); err != nil {
					if os.Getenv("CI") != "" {
						t.Fatalf("%s is not installed", tt.needs)
					}
					t.Skipf("%s is not installed", tt.needs)
				}
			}
			got, err := ParseFile(filepath.Join("testdata", "fixtures", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if got.Encoding != tt.encoding {
				t.Errorf("encoding %q, want %q", got.Encoding, tt.encoding)
			}
			g, o := got.Document, orig.Document
			if g.Title != o.Title || g.Province != o.Province || g.City != o.City || g.District != o.District ||
				g.Date != o.Date || g.Year != o.Year || g.DocType != o.DocType || g.Issuer != o.Issuer || g.DocNumber != o.DocNumber {
				t.Errorf("metadata differs:\n got %+v\nwant %+v", g, o)
			}
			if len(got.Paragraphs) != len(orig.Paragraphs) {
				t.Errorf("%d paragraphs, want %d", len(got.Paragraphs), len(orig.Paragraphs))
			}
			for i := 0; i < min(len(got.Paragraphs), len(orig.Paragraphs)); i++ {
				a, b := got.Paragraphs[i], orig.Paragraphs[i]
				if a.Text != b.Text || a.Kind != b.Kind || !slices.Equal(a.SectionPath, b.SectionPath) {
					t.Errorf("paragraph %d differs:\n got %q %v\nwant %q %v", i+1, a.Text, a.SectionPath, b.Text, b.SectionPath)
					break
				}
			}
		})
	}
}

// BenchmarkFormats measures ingestion throughput per format on the
// fixtures (bytes of the file per second).
func BenchmarkFormats(b *testing.B) {
	for _, name := range []string{"002.gb18030.txt", "002.utf16.txt", "002.html", "002.docx", "002.pdf"} {
		data, err := os.ReadFile(filepath.Join("testdata", "fixtures", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			if FormatOf(name) == "pdf" {
				if _, err := exec.LookPath(pdftotext); err != nil {
					b.Skip("pdftotext not installed")
				}
			}
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				if _, err := Parse(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
