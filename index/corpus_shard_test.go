//go:build !race

package index

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/ingest"
)

// TestCorpusShardsAnswerAsOneNode is TestShardsAnswerAsOneNode on
// ../shared/corpus: the collection indexed whole and over 2 and 3 shards.
func TestCorpusShardsAnswerAsOneNode(t *testing.T) {
	if _, err := os.Stat(sharedCorpus); err != nil {
		t.Skipf("shared corpus not found at %s: skipping", sharedCorpus)
	}
	var docs []govsearch.DocumentContent
	err := filepath.WalkDir(sharedCorpus, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		p, err := ingest.ParseFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		docs = append(docs, p.DocumentContent)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s := buildSharded(t, docs, 2, 3)
	t.Run("search", func(t *testing.T) {
		checkShardedSearch(t, s, shardQueries(t, docs, 12))
	})
	t.Run("research", func(t *testing.T) {
		checkShardedResearch(t, s, []string{"发展", "营商环境 OR 民营经济", "改革 -开放", "人民公社"})
	})
}
