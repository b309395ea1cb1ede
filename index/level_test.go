package index

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/govsearch/govsearch"
)

// levelFixture returns documents of every issuing level, each with two
// paragraphs that contain 营商环境: a national report, a provincial one,
// a city's, a county's, and one that does not say who issued it.
func levelFixture() []govsearch.DocumentContent {
	docs := []govsearch.Document{
		{ID: "national", Title: "政府工作报告", Level: govsearch.LevelNational, Year: 2023, DocType: "政府工作报告"},
		{ID: "province", Title: "河北省政府工作报告", Province: "河北省", Level: govsearch.LevelProvince, Year: 2023, DocType: "政府工作报告"},
		{ID: "city", Title: "石家庄市政府工作报告", Province: "河北省", City: "石家庄市", Level: govsearch.LevelCity, Year: 2022, DocType: "政府工作报告"},
		{ID: "county", Title: "正定县政府工作报告", Province: "河北省", City: "石家庄市", District: "正定县", Level: govsearch.LevelCounty, Year: 2022, DocType: "政府工作报告"},
		{ID: "unknown", Title: "政府工作报告", DocType: "其他"},
	}
	var out []govsearch.DocumentContent
	for _, d := range docs {
		d.Paragraphs = 2
		var paras []govsearch.Paragraph
		for pos := 1; pos <= 2; pos++ {
			paras = append(paras, govsearch.Paragraph{
				ID: paragraphID(d.ID, pos), DocID: d.ID, Position: pos, Kind: govsearch.KindText,
				Text: fmt.Sprintf("%s持续优化营商环境，第%d段。", d.Title, pos), SectionPath: []string{},
			})
		}
		out = append(out, govsearch.DocumentContent{Document: d, Paragraphs: paras})
	}
	return out
}

// TestLevelFacetAndFilter checks the level facet (an empty level is
// "unknown") and that filtering by each of its values finds its count.
func TestLevelFacetAndFilter(t *testing.T) {
	dir := t.TempDir()
	if _, err := Update(context.Background(), dir, Change{Put: levelFixture()}, Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	q := govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"营商环境"}}}}
	_, res := searchAll(t, ix, q)
	if res.Total != 10 {
		t.Fatalf("total %d, want 10", res.Total)
	}
	want := []govsearch.FacetCount{{Value: "city", Count: 2}, {Value: "county", Count: 2}, {Value: "national", Count: 2}, {Value: "province", Count: 2}, {Value: "unknown", Count: 2}}
	if !slices.Equal(res.Facets.Level, want) {
		t.Errorf("level facet %v, want %v", res.Facets.Level, want)
	}
	for _, c := range res.Facets.Level {
		fq := q
		fq.Filters.Level = []string{c.Value}
		ids, fres := searchAll(t, ix, fq)
		if fres.Total != c.Count {
			t.Errorf("level=%s: %d hits, facet says %d", c.Value, fres.Total, c.Count)
		}
		for _, id := range ids {
			if wantDoc := c.Value; id[:len(wantDoc)] != wantDoc {
				t.Errorf("level=%s finds %s", c.Value, id)
			}
		}
	}
	// Levels combine with OR, and with the other fields by AND.
	fq := q
	fq.Filters.Level = []string{govsearch.LevelNational, govsearch.LevelProvince}
	if _, fres := searchAll(t, ix, fq); fres.Total != 4 {
		t.Errorf("national or province: %d hits, want 4", fres.Total)
	}
	fq.Filters.Province = []string{"河北省"}
	if _, fres := searchAll(t, ix, fq); fres.Total != 2 {
		t.Errorf("(national or province) and 河北省: %d hits, want 2", fres.Total)
	}
	// Hits carry the document's level.
	for _, h := range res.Hits {
		if h.Level != h.DocID && !(h.DocID == "unknown" && h.Level == "") {
			t.Errorf("hit %s: level %q", h.ID, h.Level)
		}
	}
}
