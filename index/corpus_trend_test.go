//go:build !race

// The corpus tests index ../shared/corpus (22 MB): too slow under the race
// detector, so `make test` runs them in a second, plain pass.

package index

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/segment"
)

const sharedCorpus = "../../shared/corpus"

// TestCorpusTrend indexes the shared corpus and checks, for terms a
// researcher would count, that /api/trend's numbers per year equal a
// brute-force count: paragraphs and documents over the parsed text, and
// documents over a scan of the files themselves.
func TestCorpusTrend(t *testing.T) {
	if _, err := os.Stat(sharedCorpus); err != nil {
		t.Skipf("shared corpus not found at %s: skipping", sharedCorpus)
	}
	var docs []govsearch.DocumentContent
	fileText := map[string]string{} // doc id → normalized file text
	err := filepath.WalkDir(sharedCorpus, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		p, err := ingest.ParseFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		docs = append(docs, p.DocumentContent)
		fileText[p.Document.ID] = segment.Normalize(string(raw))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := Update(context.Background(), dir, Change{Put: docs}, Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	paras := allParas(docs)
	for _, term := range []string{"营商环境", "改革开放", "新质生产力", "债务风险", "拆迁", "人民公社", "税", "国内生产总值"} {
		norm := segment.Normalize(term)
		tr, err := ix.Trend(context.Background(), []govsearch.Query{mustQuery(t, term)}, "year")
		if err != nil {
			t.Fatal(err)
		}
		wantParas := map[string]int{}
		wantDocs := map[string]map[string]bool{}
		for _, p := range paras {
			if strings.Contains(p.norm, norm) {
				y := ""
				if p.doc.Year != 0 {
					y = strconv.Itoa(int(p.doc.Year))
				}
				wantParas[y]++
				if wantDocs[y] == nil {
					wantDocs[y] = map[string]bool{}
				}
				wantDocs[y][p.doc.ID] = true
			}
		}
		fileDocs := map[string]int{}
		for _, d := range docs {
			if strings.Contains(fileText[d.Document.ID], norm) {
				y := ""
				if d.Document.Year != 0 {
					y = strconv.Itoa(int(d.Document.Year))
				}
				fileDocs[y]++
			}
		}
		for _, b := range tr.Series[0].Buckets {
			if b.Paragraphs != wantParas[b.Value] || b.Documents != len(wantDocs[b.Value]) {
				t.Errorf("%s in %q: %d paragraphs, %d documents; a scan of the paragraphs finds %d, %d",
					term, b.Value, b.Paragraphs, b.Documents, wantParas[b.Value], len(wantDocs[b.Value]))
			}
			if b.Documents != fileDocs[b.Value] {
				t.Errorf("%s in %q: %d documents; a scan of the files finds %d", term, b.Value, b.Documents, fileDocs[b.Value])
			}
		}
	}
}
