package server

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
)

var (
	levelOnce sync.Once
	levelIx   *index.Index
	levelErr  error
)

// levelIndex is an index of documents of every issuing level, each with
// two paragraphs that contain 营商环境: a national report, a provincial
// one, a city's, two counties', and one that does not say who issued it.
func levelIndex(t testing.TB) *index.Index {
	t.Helper()
	levelOnce.Do(func() {
		docs := []govsearch.Document{
			{ID: "national", Title: "2023年国务院政府工作报告", Level: govsearch.LevelNational, Year: 2023, DocType: "政府工作报告"},
			{ID: "province", Title: "2023年河北省政府工作报告", Province: "河北省", Level: govsearch.LevelProvince, Year: 2023, DocType: "政府工作报告"},
			{ID: "city", Title: "2022年石家庄市政府工作报告", Province: "河北省", City: "石家庄市", Level: govsearch.LevelCity, Year: 2022, DocType: "政府工作报告"},
			{ID: "county", Title: "2022年正定县政府工作报告", Province: "河北省", City: "石家庄市", District: "正定县", Level: govsearch.LevelCounty, Year: 2022, DocType: "政府工作报告"},
			{ID: "county2", Title: "2021年平山县政府工作报告", Province: "河北省", City: "石家庄市", District: "平山县", Level: govsearch.LevelCounty, Year: 2021, DocType: "政府工作报告"},
			{ID: "unknown", Title: "关于优化营商环境的报告", DocType: "其他"},
		}
		var ch index.Change
		for _, d := range docs {
			d.Paragraphs = 2
			var paras []govsearch.Paragraph
			for pos := 1; pos <= 2; pos++ {
				paras = append(paras, govsearch.Paragraph{
					ID: fmt.Sprintf("%s-p%d", d.ID, pos), DocID: d.ID, Position: pos, Kind: govsearch.KindText,
					Text: fmt.Sprintf("各位代表：第%d段，持续优化营商环境。", pos), SectionPath: []string{},
				})
			}
			ch.Put = append(ch.Put, govsearch.DocumentContent{Document: d, Paragraphs: paras})
		}
		dir, err := os.MkdirTemp("", "govsearch-server-level")
		if err != nil {
			levelErr = err
			return
		}
		levelDir = dir
		if _, levelErr = index.Update(context.Background(), dir, ch, index.Options{}); levelErr != nil {
			return
		}
		levelIx, levelErr = index.Open(dir, index.Options{})
	})
	if levelErr != nil {
		t.Fatal(levelErr)
	}
	return levelIx
}

func levelServer(t testing.TB) *Server {
	return New(levelIndex(t), Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Highlighter: index.HighlightTerms}, nil)
}

// TestLevelFacetAndFilter checks the level facet and filter over HTTP.
func TestLevelFacetAndFilter(t *testing.T) {
	s := levelServer(t)
	var res govsearch.Result
	decode(t, get(t, s, "/api/search?q="+url.QueryEscape("营商环境")), &res)
	if res.Total != 12 {
		t.Fatalf("total %d", res.Total)
	}
	want := map[string]int{"national": 2, "province": 2, "city": 2, "county": 4, "unknown": 2}
	got := map[string]int{}
	for _, f := range res.Facets.Level {
		got[f.Value] = f.Count
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("level facet %v, want %v", got, want)
	}
	for level, n := range want {
		var f govsearch.Result
		decode(t, get(t, s, "/api/search?size=100&q="+url.QueryEscape("营商环境")+"&level="+level), &f)
		if f.Total != n {
			t.Errorf("level=%s: %d hits, want %d", level, f.Total, n)
		}
		for _, h := range f.Hits {
			if h.Level != level && !(level == "unknown" && h.Level == "") {
				t.Errorf("level=%s: hit %s has level %q", level, h.ID, h.Level)
			}
		}
	}
	var two govsearch.Result
	decode(t, get(t, s, "/api/search?q="+url.QueryEscape("营商环境")+"&level=national&level=unknown"), &two)
	if two.Total != 4 {
		t.Errorf("level=national&level=unknown: %d hits, want 4", two.Total)
	}
}

// TestDocumentViewPlace checks that the document view names a national
// document's place 全国 and says when the text names none.
func TestDocumentViewPlace(t *testing.T) {
	s := levelServer(t)
	for id, want := range map[string]string{"national": "全国 · ", "unknown": "地点未注明 · ", "city": "河北省石家庄市 · "} {
		rec := get(t, s, "/doc/"+id)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), `<p class="meta">`+want) {
			t.Errorf("/doc/%s: status %d, place is not %q", id, rec.Code, want)
		}
	}
}
