package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Pages in English: content sites show machine translations of reports
// (20 10 Review of the Work Report of Songxian People's Government in 2009)
// under a breadcrumb whose last crumb is the headline repeated below it.
// Without a gazetteer in pinyin the extractor reads only the headline and
// the kind of document it names; the place and year stay empty.

// isEnglishPage reports whether the document's text is written in English:
// many more Latin letters than Chinese characters in its first lines.
func isEnglishPage(pg page) bool {
	latin, han := 0, 0
	for _, l := range pg.body[:min(len(pg.body), 20)] {
		for _, r := range l.text {
			switch {
			case unicode.Is(unicode.Han, r):
				han++
			case r < unicode.MaxASCII && unicode.IsLetter(r):
				latin++
			}
		}
	}
	return latin >= 200 && latin > 20*han
}

// englishHeadline returns the headline of a page in English: the last
// crumb of the breadcrumb (Current location - … - Graduation thesis - X)
// repeated as the line under it, or "".
func englishHeadline(pg page) string {
	lines := slices.Concat(pg.head, pg.furniture, pg.body)
	slices.SortStableFunc(lines, func(a, b line) int { return a.no - b.no })
	lines = slices.DeleteFunc(lines, func(l line) bool { return strings.TrimSpace(l.text) == "" })
	for i := 0; i+1 < len(lines) && i < 8; i++ {
		crumbs := strings.Split(lines[i].text, " - ")
		last := strings.TrimSpace(crumbs[len(crumbs)-1])
		if len(crumbs) >= 3 && strings.TrimSpace(lines[i+1].text) == last && isEnglishHeadline(last) {
			return last
		}
	}
	return ""
}

// isEnglishHeadline reports a line of English that can be a headline:
// three to thirty words, no sentence's full stop at its end.
func isEnglishHeadline(s string) bool {
	n := len(strings.Fields(s))
	return n >= 3 && n <= 30 && !strings.HasSuffix(s, ".") && !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// englishKinds are the kinds of report an English headline names, the
// first that matches.
var englishKinds = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`(?i)statistical (?:communiqu|bulletin)`), "统计公报"},
	{regexp.MustCompile(`(?i)five-year plan.*outline|outline of .*five-year plan`), "五年规划纲要"},
	{regexp.MustCompile(`(?i)\bbudget\b.*\breport\b|\breport\b.*\bbudget\b|final accounts`), "预算报告"},
	{regexp.MustCompile(`(?i)(?:national )?economic and social development plan\b.*\breport\b|\breport\b.*economic and social development plan\b`), "国民经济和社会发展计划报告"},
	{regexp.MustCompile(`(?i)government work report|work report of .{0,60}government|report on the work of the government`), "政府工作报告"},
}

// englishDocType returns the kind of report an English headline names,
// or 其他 where it names none or tells of one (a review of it, news).
func englishDocType(title string) string {
	for _, k := range englishKinds {
		if k.re.MatchString(title) {
			return k.kind
		}
	}
	return "其他"
}
