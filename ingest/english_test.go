package ingest

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestEnglishPages reads the headline and the kind of report of machine
// translations that content sites show under a breadcrumb (holdout737/f08,
// holdout738/f08), and leaves their place and year empty: the gazetteer has
// no names in pinyin.
func TestEnglishPages(t *testing.T) {
	for _, tt := range []struct {
		file, title, kind string
	}{
		{"english_breadcrumb_thesis.txt", "20 10 Review of the Work Report of Songxian People's Government in 2009", "政府工作报告"},
		{"english_breadcrumb_headlines.txt", "Review of Government Work in Xiaoshan District in 2009 20 10 Government Work Report", "政府工作报告"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/english/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			p, err := NewParser(Options{}).Parse(context.Background(), tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			d := p.Document
			if d.Title != tt.title || d.DocType != tt.kind || d.Province != "" || d.Year != 0 {
				t.Errorf("got %q %s %q %d, want %q %s, no place, no year", d.Title, d.DocType, d.Province, d.Year, tt.title, tt.kind)
			}
		})
	}
	for _, tt := range []struct{ title, kind string }{
		{"Statistical Communique of Jiangning District on the 2015 National Economic and Social Development", "统计公报"},
		{"Outline of the 14th Five-Year Plan of Longgang District", "五年规划纲要"},
		{"Report on the Implementation of the 2019 Budget and the 2020 Draft Budget", "预算报告"},
		{"Report on the Work of the Government", "政府工作报告"},
		{"Longgang District Holds Its Second Session", "其他"},
	} {
		if got := englishDocType(tt.title); got != tt.kind {
			t.Errorf("englishDocType(%q) = %s, want %s", tt.title, got, tt.kind)
		}
	}
	if isEnglishPage(page{body: []line{{text: strings.Repeat("各位代表，现在我代表区人民政府向大会报告工作。", 10)}}}) {
		t.Error("a Chinese text read as English")
	}
}
