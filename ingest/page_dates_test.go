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
