package ingest

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestEnglishPages reads the headline and the kind of report of machine
// translations that content sites show under a breadcrumb (holdout737/f08,
// holdout738/f08, holdout743/f08), and the place their headline names in
// pinyin (Songxian, Xiaoshan District); a translated report gets its day
// and its place from its meeting line (holdout742/f02, holdout745/f01).
func TestEnglishPages(t *testing.T) {
	for _, tt := range []struct {
		file, title, kind, place string
		year                     int
	}{
		{"english_breadcrumb_thesis.txt", "20 10 Review of the Work Report of Songxian People's Government in 2009", "政府工作报告", "河南省/洛阳市/嵩县", 0},
		{"english_breadcrumb_headlines.txt", "Review of Government Work in Xiaoshan District in 2009 20 10 Government Work Report", "政府工作报告", "浙江省/杭州市/萧山区", 0},
		// A translation under its Chinese title: the kind the title names.
		{"english_body_chinese_title.txt", "政府工作报告（英文全文）", "政府工作报告", "//", 0},
		// Section crumbs (Work report > work report) over the headline over
		// the salutation; the report's place masked (the * people's government).
		{"english_crumbs_over_masked_report.txt", "Municipal government work report (6)", "政府工作报告", "//", 0},
		// Section crumbs over the headline over the page's date line; the
		// meeting line (Delivered at the Sixth Session of the 13th Zhejiang
		// Provincial People's Congress / on January 17, 2022) under it.
		{"english_translation_meeting_line.txt", "Report on the Work of the Government 2022", "政府工作报告", "浙江省//", 2022},
		// The headline first, over the meeting line (——Mayor Zhao Jiancai at
		// the fourth meeting of the 12th Zhengzhou Municipal People’s
		// Congress on February 3, 2007).
		{"english_headline_over_meeting_line.txt", "2007 Zhengzhou Municipal Government Work Report", "政府工作报告", "河南省/郑州市/", 2007},
		// The headline over its byline, the meeting's month and year before
		// it and its day after (——February 2006 At the third meeting of …
		// on the 25th).
		{"english_meeting_day_after.txt", "Zhengzhou City 2006 Government Work Report", "政府工作报告", "河南省/郑州市/", 2006},
		// The page's first line naming a report over the text's first
		// paragraph, a county named with its city (Xuecheng District of
		// Zaozhuang City: the county) (holdout772/f07, meta-205).
		{"english_first_line_over_text.txt", "Review of Government Work in Xuecheng District of Zaozhuang City in 2009 20 10 Government Work Report", "政府工作报告", "山东省/枣庄市/薛城区", 0},
		// The first line over the page's date line and the salutation
		// (Liuyang City Government Work Report in 2007 / 2007-2-25 … /
		// Delegates:) (holdout782/f04, meta-206).
		{"english_salutation_under_date.txt", "Liuyang City Government Work Report in 2007", "政府工作报告", "湖南省/长沙市/浏阳市", 2007},
		// A city's name opening the headline before a figure (Anshan 20 10
		// government work report …) (holdout785/f04, meta-206).
		{"english_city_opening_headline.txt", "Anshan 20 10 government work report 2009 government work review", "政府工作报告", "辽宁省/鞍山市/", 0},
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
			if place := d.Province + "/" + d.City + "/" + d.District; d.Title != tt.title || d.DocType != tt.kind || place != tt.place || int(d.Year) != tt.year {
				t.Errorf("got %q %s %s %d, want %q %s %s %d", d.Title, d.DocType, place, d.Year, tt.title, tt.kind, tt.place, tt.year)
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

// TestEnglishMeeting reads the day and the congress of translated reports'
// meeting lines, and the place it is of, where the tables name it.
func TestEnglishMeeting(t *testing.T) {
	gaz, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text, day, place string
	}{
		{"Delivered at the Sixth Session of the 13th Zhejiang Provincial People's Congress\n\non January 17, 2022", "2022-01-17", "浙江省"},
		{"Delivered at the Fifth Session of the 13th National People's Congress of the People's Republic of China on March 5, 2022", "2022-03-05", ""},
		{"Delivered at the Fifth Session of the 13th National People's Congress on March 5, 2022", "2022-03-05", ""},
		{"Delivered at the First Session of the 14th Guangxi Zhuang Autonomous Region People's Congress on January 12, 2023", "2023-01-12", "广西壮族自治区"},
		{"Delivered at the Second Session of the 16th Beijing Municipal People's Congress on January 21, 2024", "2024-01-21", "北京市"},
		{"Delivered at the Third Session of the 7th Shenzhen Municipal People's Congress on February 8, 2022", "2022-02-08", "深圳市"},
		{"——Mayor Zhao Jiancai at the fourth meeting of the 12th Zhengzhou Municipal People’s Congress on February 3, 2007", "2007-02-03", "郑州市"},
		{"——February 2006 At the third meeting of the 12th Zhengzhou Municipal People’s Congress on the 25th", "2006-02-25", "郑州市"},
		{"Delivered at the First Session of the 17th Xiaoshan District People's Congress on January 5, 2010", "2010-01-05", "萧山区"},
		// Two districts go by Chaoyang (北京, 长春): no place.
		{"Delivered at the First Session of the 15th Chaoyang District People's Congress on January 5, 2017", "2017-01-05", ""},
		// No county goes by Zhengzhou: no place.
		{"Delivered at the First Session of the 15th Zhengzhou County People's Congress on January 5, 2017", "2017-01-05", ""},
		{"Delivered at the First Session of the 15th Hebi Municipal People's Congress on January 5, 2023", "2023-01-05", "鹤壁市"},
		{"Delivered at the First Session of the 16th Hefei Municipal People's Congress on January 5, 2023", "2023-01-05", "合肥市"},
		{"Delivered at the Second Session of the 17th Hangzhou Xiaoshan District People's Congress on January 5, 2023", "2023-01-05", "萧山区"},
		{"Delivered at the Third Session of the 8th Enshi Tujia and Miao Autonomous Prefecture People's Congress on January 8, 2024", "2024-01-08", "恩施土家族苗族自治州"},
		{"The report was delivered on January 17, 2022.", "", ""},
	} {
		var body []line
		for i, l := range strings.Split(tt.text, "\n") {
			body = append(body, line{no: i, text: l})
		}
		day, name, kind := englishMeeting(page{body: body})
		p, _ := gaz.englishCongress(name, kind)
		if string(day) != tt.day || p.Name != tt.place {
			t.Errorf("englishMeeting(%q) = %s %q %q → %q, want %s %q", tt.text, day, name, kind, p.Name, tt.day, tt.place)
		}
	}
}

// TestEnglishSiteNameIsNoHeadline checks that a site's name on the page's
// first line, over its date line, is not taken for the headline.
func TestEnglishSiteNameIsNoHeadline(t *testing.T) {
	text := "Zhengzhou Municipal People's Government Portal\nUpdated: 2023-01-05\nReport on the Work of the Government\n" + strings.Repeat("The city's economy grew steadily last year and the people's livelihood improved in every respect. ", 8)
	var body []line
	for i, l := range strings.Split(text, "\n") {
		body = append(body, line{no: i, text: l})
	}
	if h := englishHeadline(page{body: body}); h == "Zhengzhou Municipal People's Government Portal" {
		t.Errorf("the site's name %q taken for the headline", h)
	}
}
