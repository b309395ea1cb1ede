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
