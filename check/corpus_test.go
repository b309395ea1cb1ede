package check

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
)

const corpusDir = "../../shared/corpus/provincial-2026"

// TestCorpusClaims checks claims against provincial reports of the shared
// corpus (skipped where the corpus is absent).
func TestCorpusClaims(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("shared corpus not found at %s: skipping", corpusDir)
	}
	var ch index.Change
	for _, name := range []string{"anhui-gov-work-report-2026.txt", "zhejiang-gov-work-report-2026.txt", "beijing-gov-work-report-2026.txt"} {
		p, err := ingest.ParseFile(filepath.Join(corpusDir, name))
		if err != nil {
			t.Fatal(err)
		}
		ch.Put = append(ch.Put, p.DocumentContent)
	}
	dir := t.TempDir()
	if _, err := index.Update(context.Background(), dir, ch, index.Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	c, err := New(ix, Config{Highlight: index.HighlightTerms})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ claim, verdict string }{
		{"安徽省地区生产总值5.3万亿元，增长5.5%", Supported},
		{"安徽省地区生产总值53000亿元", Supported},
		{"安徽省城镇新增就业75.7万人", Supported},
		{"安徽省城镇新增就业七十五点七万人", Supported},
		{"安徽省一般公共预算收入下降2.9%", Contradicted},
		{"安徽省城镇新增就业57.7万人", Contradicted},
		{"安徽省城镇新增就业68万人左右", Supported}, // stated as the 2026 target
		{"安徽省地区生产总值5.3万亿元，增长6.5%", Mixed},
		{"江苏省地区生产总值5.3万亿元", NotFound}, // not indexed: no place, no verdict
	}
	right := 0
	for _, tc := range tests {
		res, err := c.Check(context.Background(), tc.claim, govsearch.Filters{})
		if err != nil {
			t.Errorf("%s: %v", tc.claim, err)
			continue
		}
		if res.Verdict == tc.verdict {
			right++
			continue
		}
		t.Errorf("%s: %s, want %s", tc.claim, res.Verdict, tc.verdict)
		for _, f := range res.Figures {
			ev := ""
			if len(f.Evidence) > 0 {
				ev = f.Evidence[0].Figure
			}
			t.Logf("    %s [%s] → %s: %s %s", f.Text, f.Indicator, f.Verdict, f.Reason, ev)
		}
	}
	t.Logf("%d of %d corpus claims right", right, len(tests))
}
