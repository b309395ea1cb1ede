package index

import (
	"context"
	"testing"

	"github.com/govsearch/govsearch"
)

// aboutDoc is a document of one heading and one paragraph under it.
func aboutDoc(id, heading string) govsearch.DocumentContent {
	path := []string{heading}
	d := govsearch.DocumentContent{Document: govsearch.Document{ID: id, Title: "关于工作的通知", Date: "2024-01-02", Source: id + ".txt", Paragraphs: 2}}
	d.Paragraphs = []govsearch.Paragraph{
		{ID: paragraphID(id, 0), DocID: id, Position: 0, Kind: govsearch.KindHeading, Text: heading, Section: heading, SectionPath: path},
		{ID: paragraphID(id, 1), DocID: id, Position: 1, Kind: govsearch.KindText, Text: "各地要推动高质量发展，做好各项工作。", Section: heading, SectionPath: path},
	}
	return d
}

// TestAboutBoostNeedsTheWord checks that a paragraph ranks as in a
// section about a word only when its heading contains the word, in both
// modes: mode=any ranks long words by their candidates, and a heading can
// hold a word's pairs (高质, 质量) without the word (高质量). (Found in
// review.)
func TestAboutBoostNeedsTheWord(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	docs := []govsearch.DocumentContent{aboutDoc("a", "一、高质高效抓质量"), aboutDoc("b", "一、优质高效抓数量"), aboutDoc("c", "一、推动高质量发展")}
	for _, id := range []string{"d", "e", "f", "g", "h", "i", "j", "k"} {
		docs = append(docs, aboutDoc(id, "二、其他工作安排"+id))
	}
	if _, err := Update(ctx, dir, Change{Put: docs}, Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, mode := range []string{govsearch.ModeAll, govsearch.ModeAny} {
		q := govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"高质量发展"}}}, Mode: mode}
		res, err := ix.Search(ctx, q, govsearch.SearchOptions{Size: 20, NoCache: true})
		if err != nil {
			t.Fatal(err)
		}
		score := map[string]float64{}
		for _, h := range res.Hits {
			if h.ID == paragraphID(h.DocID, 1) {
				score[h.DocID] = h.Score
			}
		}
		if score["a"] != score["b"] {
			t.Errorf("mode=%s: the paragraph under a heading with 高质 and 质量 scores %v, under one without %v", mode, score["a"], score["b"])
		}
		if score["c"] <= score["b"] {
			t.Errorf("mode=%s: the paragraph under a heading about 高质量发展 scores %v, not above %v", mode, score["c"], score["b"])
		}
	}
}
