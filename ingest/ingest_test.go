package ingest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const seedsDir = "../seeds"

func seedFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("want the 5 seed files in %s, got %d (%v)", seedsDir, len(files), err)
	}
	return files
}

// summary renders what ingestion made of a file, for review as text: the
// metadata, the heading tree with each section's paragraph count and its
// first and last paragraph, and every table row.
func summary(p *Parsed) string {
	var b strings.Builder
	d := p.Document
	fmt.Fprintf(&b, "title: %s\nprovince: %s\ncity: %s\ndistrict: %s\nyear: %d\ndate: %s\ndoc_type: %s\nissuer: %s\ndoc_number: %s\nencoding: %s\nparagraphs: %d\n",
		d.Title, d.Province, d.City, d.District, d.Year, d.Date, d.DocType, d.Issuer, d.DocNumber, p.Encoding, d.Paragraphs)
	fmt.Fprintf(&b, "level: %s\nmeta_source:", d.Level)
	keys := make([]string, 0, len(d.MetaSource))
	for k := range d.MetaSource {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%s;", k, d.MetaSource[k])
	}
	b.WriteString("\n")
	b.WriteString("\nsections:\n")
	type sec struct {
		path        []string
		first, last govsearch.Paragraph
		n           int
	}
	var secs []*sec
	key := func(path []string) string { return strings.Join(path, " › ") }
	byKey := map[string]*sec{}
	for _, para := range p.Paragraphs {
		k := key(para.SectionPath)
		s := byKey[k]
		if s == nil || secs[len(secs)-1] != s {
			s = &sec{path: para.SectionPath, first: para}
			byKey[k] = s
			secs = append(secs, s)
		}
		s.n++
		s.last = para
	}
	for _, s := range secs {
		indent := strings.Repeat("  ", len(s.path))
		name := "(before the first heading)"
		if len(s.path) > 0 {
			name = s.path[len(s.path)-1]
		}
		fmt.Fprintf(&b, "%s%s [p%d–p%d, %d]\n", indent, name, s.first.Position, s.last.Position, s.n)
		fmt.Fprintf(&b, "%s  first: %s\n", indent, clip(s.first.Text))
		if s.n > 1 {
			fmt.Fprintf(&b, "%s  last:  %s\n", indent, clip(s.last.Text))
		}
	}
	b.WriteString("\ntables:\n")
	for _, para := range p.Paragraphs {
		if para.Kind == govsearch.KindTable {
			fmt.Fprintf(&b, "  p%d: %s\n", para.Position, strings.ReplaceAll(para.Text, "\t", " | "))
		}
	}
	return b.String()
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

func TestSeedsGolden(t *testing.T) {
	for _, path := range seedFiles(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			p, err := ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := summary(p)
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./ingest -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("ingestion of %s differs from %s; run go test ./ingest -update and review the diff.\n--- got ---\n%s", name, golden, got)
			}
		})
	}
}

// TestSeedsFurniture checks, line by line, what ingestion keeps of each
// seed: testdata/NAME.furniture lists (reviewed by hand) the lines of the
// page around the report. None of them may be in any paragraph, and every
// other line of the file must be.
func TestSeedsFurniture(t *testing.T) {
	for _, path := range seedFiles(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			p, err := ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, para := range p.Paragraphs {
				all.WriteString(para.Text)
				all.WriteString("\n")
			}
			text := all.String()
			var fileLines []string
			for _, l := range splitLines(string(raw)) {
				if l.text != "" {
					fileLines = append(fileLines, l.text)
				}
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".furniture")
			if *update {
				var b strings.Builder
				for _, l := range fileLines {
					if !strings.Contains(text, l) {
						b.WriteString(l + "\n")
					}
				}
				if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./ingest -update to create it)", err)
			}
			furniture := map[string]bool{}
			for _, l := range strings.Split(strings.TrimSpace(string(want)), "\n") {
				furniture[l] = true
			}
			for _, l := range fileLines {
				in := strings.Contains(text, l)
				switch {
				case furniture[l] && in && !isBodyLineToo(l, fileLines, furniture):
					t.Errorf("furniture line is in a paragraph: %q", l)
				case !furniture[l] && !in:
					t.Errorf("body line is in no paragraph: %q", l)
				}
			}
		})
	}
}

// isBodyLineToo reports a furniture line whose text also occurs inside a
// body line (a page title repeated in the text), which a substring check
// cannot tell apart.
func isBodyLineToo(l string, lines []string, furniture map[string]bool) bool {
	for _, other := range lines {
		if other != l && !furniture[other] && strings.Contains(other, l) {
			return true
		}
	}
	return false
}

// FuzzParse feeds the ingester arbitrary bytes: it may refuse them, but it
// never panics, and what it accepts is well formed.
func FuzzParse(f *testing.F) {
	for _, path := range []string{"../seeds/002_1bbc185302e42d3c.txt"} {
		b, err := os.ReadFile(path)
		if err == nil {
			f.Add(b[:min(len(b), 3000)], "x.txt")
		}
	}
	f.Add([]byte("一、总体要求\n（一）发展目标。坚持稳中求进。\n1.加强领导\n专栏1 指标\n序号\n1\n2\n3\n4\n5\n6\n"), "x.txt")
	f.Add([]byte("<html><body><p>一、标题</p><p>正文。</p></body></html>"), "x.html")
	f.Add([]byte{0xff, 0xfe, 'a', 0}, "x.txt")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		if FormatOf(name) == "pdf" {
			return // needs a child process; covered by the fixtures
		}
		p, err := Parse(name, data)
		if err != nil {
			return
		}
		for i, para := range p.Paragraphs {
			if para.Position != i+1 || para.ID == "" || strings.TrimSpace(para.Text) == "" {
				t.Fatalf("bad paragraph %d: %+v", i, para)
			}
			if len(para.SectionPath) > 0 && para.Section != para.SectionPath[0] {
				t.Fatalf("section %q but path %v", para.Section, para.SectionPath)
			}
		}
		if p.Document.Paragraphs != len(p.Paragraphs) {
			t.Fatalf("document says %d paragraphs, has %d", p.Document.Paragraphs, len(p.Paragraphs))
		}
	})
}

func BenchmarkParseSeeds(b *testing.B) {
	var files [][]byte
	var size int64
	for _, path := range seedFiles(b) {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
		size += int64(len(data))
	}
	b.SetBytes(size)
	for i := 0; i < b.N; i++ {
		for j, data := range files {
			if _, err := Parse(fmt.Sprintf("seed%d.txt", j), data); err != nil {
				b.Fatal(err)
			}
		}
	}
}
