package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/govsearch/govsearch/internal/race"
)

// corpusDir finds ../shared/corpus from a worktree or the main checkout.
func corpusDir() string {
	if d := os.Getenv("GOVSEARCH_CORPUS"); d != "" {
		return d
	}
	for _, d := range []string{"../../shared/corpus", "../../../shared/corpus"} {
		if _, err := os.Stat(filepath.Join(d, "MANIFEST.tsv")); err == nil {
			return d
		}
	}
	return ""
}

// squeeze drops white space, so that text split into paragraphs compares
// with the lines it came from.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' || r == '\u200b' {
			return -1
		}
		return r
	}, s)
}

func rel(dir, path string) string {
	r, err := filepath.Rel(dir, path)
	if err != nil {
		return path
	}
	return r
}

// TestCorpusKeptText compares what ingestion keeps of every file of the
// shared corpus with the file, line by line: a line of 40 characters or
// more that is in no paragraph (and is no page furniture by the rules, nor
// the page's header) is report text lost, and fails the test. With GOVSEARCH_CORPUS_REPORT=FILE it writes a table per
// file (input and kept characters, lost lines, longest paragraph, parse
// time) for comparing two versions of the ingester.
func TestCorpusKeptText(t *testing.T) {
	if race.Enabled {
		t.Skip(race.SkipReason)
	}
	dir := corpusDir()
	if dir == "" {
		t.Skip("../shared/corpus not found: skipping the corpus check")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	sort.Strings(files)
	var report strings.Builder
	report.WriteString("file\tinput\tkept\tlost_lines\tlost_chars\tparagraphs\tmax_paragraph\tparse_ms\tcopies\tkept_ratio\n")
	var totalBytes int64
	var totalTime time.Duration
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		p, err := Parse(path, data)
		elapsed := time.Since(start)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		totalBytes += int64(len(data))
		totalTime += elapsed
		var all strings.Builder
		maxPara := 0
		for _, para := range p.Paragraphs {
			all.WriteString(squeeze(para.Text))
			maxPara = max(maxPara, utf8.RuneCountInString(para.Text))
		}
		kept := all.String()
		text, _, _ := Decode(data)
		input, lostLines, lostChars := 0, 0, 0
		for _, l := range splitLines(text) {
			s := squeeze(l.text)
			input += utf8.RuneCountInString(s)
			n := utf8.RuneCountInString(s)
			if n < 40 || strings.Contains(kept, s) || isFurniture(l.text) {
				continue
			}
			lostLines++
			lostChars += n
			// The page's own header (中央政府门户网站 www.gov.cn 2006年02月23日
			// 来源：人民网) is metadata, not report text.
			if !strings.Contains(s, "来源：") {
				t.Errorf("%s:%d: report text in no paragraph: %.60s", rel(dir, path), l.no, l.text)
			}
		}
		fmt.Fprintf(&report, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.2f\n", rel(dir, path), input, utf8.RuneCountInString(kept), lostLines, lostChars, len(p.Paragraphs), maxPara, elapsed.Milliseconds(), p.Document.Copies, p.Document.KeptRatio)
	}
	t.Logf("parsed %d files, %.1f MB in %v (%.1f MB/s)", len(files), float64(totalBytes)/1e6, totalTime, float64(totalBytes)/1e6/totalTime.Seconds())
	if out := os.Getenv("GOVSEARCH_CORPUS_REPORT"); out != "" {
		if err := os.WriteFile(out, []byte(report.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
