package prof

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
)

func TestProfileIndex(t *testing.T) {
	files, _ := filepath.Glob("/tmp/c100k/*.txt")
	files = files[:80]
	var ch index.Change
	for _, f := range files {
		p, err := ingest.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ch.Put = append(ch.Put, index.Doc{Document: p.Document, Paragraphs: p.Paragraphs})
	}
	dir, _ := os.MkdirTemp("", "prof")
	if _, err := index.Update(context.Background(), dir, ch, index.Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
}
