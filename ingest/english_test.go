package ingest

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestEnglishPages reads the headline and the kind of report of machine
// translations that content sites show under a breadcrumb (holdout737/f08,
// holdout738/f08, holdout743/f08), and leaves their place and year empty:
// the gazetteer has no names in pinyin. A province's translated report
// gets its day and province from its meeting line (holdout742/f02).
func TestEnglishPages(t *testing.T) {
	for _, tt := range []struct {
		file, title, kind, province string
		year                        int
	}{
		{"english_breadcrumb_thesis.txt", "20 10 Review of the Work Report of Songxian People's Government in 2009", "政府工作报告", "", 0},
		{"english_breadcrumb_headlines.txt", "Review of Government Work in Xiaoshan District in 2009 20 10 Government Work Report", "政府工作报告", "", 0},
		// A translation under its Chinese title: the kind the title names.
		{"english_body_chinese_title.txt", "政府工作报告（英文全文）", "政府工作报告", "", 0},
		// Section crumbs (Work report > work report) over the headline over
		// the salutation; the report's place masked (the * people's government).
		{"english_crumbs_over_masked_report.txt", "Municipal government work report (6)", "政府工作报告", "", 0},
		// Section crumbs over the headline over the page's date line; the
		// meeting line (Delivered at the Sixth Session of the 13th Zhejiang
		// Provincial People's Congress / on January 17, 2022) under it.
		{"english_translation_meeting_line.txt", "Report on the Work of the Government 2022", "政府工作报告", "浙江省", 2022},
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
			if d.Title != tt.title || d.DocType != tt.kind || d.Province != tt.province || d.City != "" || int(d.Year) != tt.year {
				t.Errorf("got %q %s %q %q %d, want %q %s %q, no city, %d", d.Title, d.DocType, d.Province, d.City, d.Year, tt.title, tt.kind, tt.province, tt.year)
			}
		})
	}
	for _, tt := range []struct{ title, kind string }{
		{"Statistical Communique of Jiangning District on the 2015 National Economic and Social Development", "统计公报"},
		{"Outline of the 14th Five-Year Plan of Longgang District", "五年规划纲要"},
		{"Report on the Implementation of the 2019 Budget and the 2020 Draft Budget", "预算报告"},
		{"Report on the Work of the Government", "政府工作报告"},
		{"Report on the Execution of the Central and Local Budgets for 2019 and on the Draft Central and Local Budgets for 2020", "预算报告"},
		{"Report on the Implementation of the 2019 Plan for National Economic and Social Development and on the 2020 Draft Plan", "国民经济和社会发展计划报告"},
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

// TestEnglishMeeting reads the day and the province of translated reports'
// meeting lines, and no province for a congress it has no name for.
func TestEnglishMeeting(t *testing.T) {
	for _, tt := range []struct {
		text, day, province string
	}{
		{"Delivered at the Sixth Session of the 13th Zhejiang Provincial People's Congress\n\non January 17, 2022", "2022-01-17", "浙江省"},
		{"Delivered at the Fifth Session of the 13th National People's Congress of the People's Republic of China on March 5, 2022", "2022-03-05", ""},
		{"Delivered at the Fifth Session of the 13th National People's Congress on March 5, 2022", "2022-03-05", ""},
		{"Delivered at the First Session of the 14th Guangxi Zhuang Autonomous Region People's Congress on January 12, 2023", "2023-01-12", "广西壮族自治区"},
		{"Delivered at the Second Session of the 16th Beijing Municipal People's Congress on January 21, 2024", "2024-01-21", "北京市"},
		{"Delivered at the Third Session of the 17th Shenzhen Municipal People's Congress on February 8, 2022", "2022-02-08", ""},
		{"The report was delivered on January 17, 2022.", "", ""},
	} {
		var body []line
		for i, l := range strings.Split(tt.text, "\n") {
			body = append(body, line{no: i, text: l})
		}
		day, province := englishMeeting(page{body: body})
		if string(day) != tt.day || province != tt.province {
			t.Errorf("englishMeeting(%q) = %s %q, want %s %q", tt.text, day, province, tt.day, tt.province)
		}
	}
}
