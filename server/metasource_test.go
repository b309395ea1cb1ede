package server

import (
	"path/filepath"
	"testing"

	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/internal/race"
)

// TestMetaSourcesAreLabelled parses the ingester's fixtures (the real
// pages of ingest/testdata/unseen and the seeds) and checks that the
// document view has a Chinese label for every source of a metadata field
// they produce, so that no reader sees the ingester's English names.
func TestMetaSourcesAreLabelled(t *testing.T) {
	if race.Enabled {
		t.Skip(race.SkipReason)
	}
	files, _ := filepath.Glob("../ingest/testdata/unseen/*.txt")
	seeds, _ := filepath.Glob("../seeds/*")
	files = append(files, seeds...)
	if len(files) < 20 {
		t.Fatalf("%d fixtures: the test checks too little", len(files))
	}
	seen := map[string]string{}
	for _, f := range files {
		p, err := ingest.ParseFile(f)
		if err != nil {
			continue // a fixture of an unreadable file
		}
		for _, from := range p.Document.MetaSource {
			seen[from] = f
		}
	}
	if len(seen) < 8 {
		t.Fatalf("only %d sources seen: the test checks too little", len(seen))
	}
	for from, f := range seen {
		if _, ok := metaSourceLabels[from]; !ok {
			t.Errorf("source %q (of %s) has no label in metaSourceLabels", from, f)
		}
	}
}
