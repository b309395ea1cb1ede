package ingest

import "testing"

// TestApprovalDateIsTheMeetings checks that the day a meeting approved a
// report, on the line under a title that ends with the page's own date in
// brackets, dates the report, not the page's day (meta-114).
func TestApprovalDateIsTheMeetings(t *testing.T) {
	for _, tt := range []struct {
		file string
		want string
	}{
		{"approval_date_under_page_date.txt", "2007-02-03"},
		{"title_bracketed_date_annotation.txt", "2012-01-16"},
		{"date_run_on_site_names_in_head.txt", "2025-04-11"},
		{"date_bracketed_with_source_under_title.txt", "2023-02-10"},
		{"two_offices_apart_by_comma_with_date.txt", "2009-03-18"},
	} {
		d := parseUnseen(t, tt.file).Document
		if string(d.Date) != tt.want {
			t.Errorf("%s: date %q (%s), want %q", tt.file, d.Date, d.MetaSource["date"], tt.want)
		}
	}
}

// TestRelatedListDateDatesNoReport checks that a list of related pages
// after the text (2019年…统计公报 / 2020-03-05澄迈县人民政府网) does not date the
// page it stands on, and that a procurator's report made at the congress
// (…上作的工作报告 under 荆门市人民检察院工作报告) is no government's work report
// (a reviewer's trap pages on meta-114).
func TestRelatedListDateDatesNoReport(t *testing.T) {
	d := parseUnseen(t, "trap115_sidebar_runon_date_in_body.txt").Document
	if d.Date == "2020-03-05" || d.Year == 2020 {
		t.Errorf("dated by a related page's line: %q %d (%s)", d.Date, d.Year, d.MetaSource["date"])
	}
	d = parseUnseen(t, "trap115_court_report_title_plain.txt").Document
	if d.DocType != "其他" {
		t.Errorf("a procurator's report typed %q, want 其他", d.DocType)
	}
}

// TestDateSpeakerAlone checks the lines that give a report's day and
// speaker in brackets alone (meta-118), and a photo's credit that does not.
func TestDateSpeakerAlone(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"(2005年5月10日 向巴平措)", true},
		{"(2003年1月13日 张中伟 )", true},
		{"（2021年1月20日 孔晓宏）", true},
		{"(2005年5月10日 摄影)", false},
		{"(2005年5月10日)", false},
		{"(2005年5月10日 新华社记者李明)", false},
	} {
		v := reDateSpeakerAlone.FindStringSubmatch(tt.line)
		if got := v != nil && !creditWords[v[2]]; got != tt.want {
			t.Errorf("%q read as a date and speaker: %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestInfoBoxDate: an encyclopedia's info box dates a report that states
// no other date; a time field outside an info box, or below the box's
// last field, does not.
func TestInfoBoxDate(t *testing.T) {
	report := "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n全县生产总值增长百分之八。\n"
	tests := []struct {
		name, text string
		year       int
		date       string
	}{
		{"year field", "2011年遼中縣政府工作報告\n基本介紹\n- 中文名:2011年遼中縣政府工作報告\n- 時間:2011年\n- 單位:遼中縣政府\n" + report, 2011, ""},
		{"approval day", "辽中县政府工作报告\n- 中文名:辽中县政府工作报告\n- 批准机关:辽中县第十六届人民代表大会第五次会议\n- 批准时间:2011年1月12日\n" + report, 2011, "2011-01-12"},
		{"review month", "辽中县政府工作报告\n• 中文名：辽中县政府工作报告\n• 审议时间：2020年1月\n" + report, 2020, ""},
		{"no info box", "辽中县政府工作报告\n会议时间：2011年\n" + report, 0, ""},
		{"time after the box", "辽中县政府工作报告\n- 中文名:辽中县政府工作报告\n- 单位:辽中县政府\n全县生产总值增长百分之八。\n- 时间:2011年\n" + report, 0, ""},
		{"a year with its day unknown", "辽中县政府工作报告\n- 中文名:辽中县政府工作报告\n- 时间:近年\n" + report, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseText(t, tt.text).Document
			if int(d.Year) != tt.year || string(d.Date) != tt.date {
				t.Errorf("year %d date %q, want %d %q (from %s)", d.Year, d.Date, tt.year, tt.date, d.MetaSource["year"])
			}
		})
	}
}
