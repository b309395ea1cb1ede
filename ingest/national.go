// National documents: the sessions of the National People's Congress and
// their years, and whether a document is the State Council's or the NPC's.

package ingest

import (
	"regexp"
	"strconv"
	"strings"
)

// npcFirstYear is the year of the first session of each National People's
// Congress (第N届全国人民代表大会); its sessions were held once a year from
// then on, except where npcSessionYears says otherwise.
var npcFirstYear = map[int]int{1: 1954, 2: 1959, 3: 1964, 4: 1975, 5: 1978, 6: 1983, 7: 1988, 8: 1993, 9: 1998, 10: 2003, 11: 2008, 12: 2013, 13: 2018, 14: 2023}

// npcSessionYears are the sessions that broke the yearly rhythm.
var npcSessionYears = map[[2]int]int{{2, 3}: 1962, {2, 4}: 1963}

// npcSessions is the number of sessions of the congresses that held fewer
// than five.
var npcSessions = map[int]int{2: 4, 3: 1, 4: 1}

// npcSessionYearAt is the year of the session that the reNPCSession match
// at loc in s names (十三届全国人大二次会议 → 2019), or 0.
func npcSessionYearAt(s string, loc []int) int {
	return NPCSessionYear(chineseCount(s[loc[2]:loc[3]]), chineseCount(s[loc[4]:loc[5]]))
}

// NPCSessionYear is the year of session m of the n-th National People's
// Congress (第十三届第一次 → 2018), or 0 when unknown.
func NPCSessionYear(n, m int) int {
	if y, ok := npcSessionYears[[2]int{n, m}]; ok {
		return y
	}
	first, ok := npcFirstYear[n]
	last, fewer := npcSessions[n]
	if !fewer {
		last = 5
	}
	if !ok || m < 1 || m > last {
		return 0
	}
	y := first + m - 1
	if next, ok := npcFirstYear[n+1]; ok && y >= next {
		return 0
	}
	return y
}

// chineseCount reads 一 … 九十九.
func chineseCount(s string) int {
	r := []rune(s)
	switch {
	case len(r) == 0:
		return 0
	case len(r) == 1 && r[0] == '十':
		return 10
	case len(r) == 1:
		return cnDigit[r[0]]
	}
	return smallNumber(s)
}

// issuerLines are the lines that may state the issuer: the title, the page
// title, the opening lines before the salutation.
func (m *metadataReader) issuerLines() []string {
	out := []string{m.doc.Title, foldForMetadata(m.pg.pageTitle), foldForMetadata(m.fieldTitle)}
	for _, s := range m.head {
		if namesReport(cleanTitle(s)) {
			out = append(out, s)
		}
	}
	return append(out, m.open...)
}

// isNational reports a document of the State Council or the National
// People's Congress, and the mark that says so.
func (m *metadataReader) isNational() (bool, string) {
	if m.titleIsLocal() {
		return false, "" // a county's or province's story names the NPC's session in passing
	}
	if m.nationalSession() != "" {
		return true, srcMeeting
	}
	for _, s := range m.issuerLines() {
		for _, mark := range nationalMarks {
			if !strings.Contains(s, mark) {
				continue
			}
			// 全国人民代表大会 only in a meeting or resolution line: a local
			// report may name the national congress in passing, and a
			// province's story its deputies (在皖十二届全国人大代表).
			if strings.HasPrefix(mark, "全国人") && (!reCongressSession.MatchString(s) || !namesCongressItself(s, mark)) {
				continue
			}
			return true, srcOpening
		}
	}
	// A report without a title line says whose it is a few lines in.
	for _, s := range m.said {
		if containsAny(s, []string{"代表国务院", "受国务院的委托", "代表中华人民共和国国务院", "代表中央人民政府"}) {
			return true, srcOpening
		}
	}
	// A province's delegation at the NPC reviewing the premier's report
	// (广西代表团集体审议政府工作报告。… 李克强总理作的政府工作报告…).
	if said := strings.Join(m.said, "\n"); reDelegationReviewsBare.MatchString(said) && rePremierReport.MatchString(said) {
		return true, srcOpening
	}
	t := m.doc.Title
	if strings.HasPrefix(strings.TrimLeft(t, "0123456789年"), "国务院") {
		return true, srcTitle
	}
	return false, ""
}

// reDelegationReviewsBare is a province's delegation at the NPC reviewing
// the work report named without its government (广西代表团集体审议政府工作报告,
// 广西代表团全体会议审议李克强总理所作的政府工作报告), not a county congress's
// delegations (各代表团分组审议政府工作报告); rePremierReport
// the premier's report (李克强总理作的政府工作报告, 总理所作的《政府工作报告》).
var (
	reDelegationReviewsBare = regexp.MustCompile(`(?:` + provinceShortNames + `|解放军|武警部队|香港|澳门|台湾)代表团(?:集体|分组|全体会议|小组会议)?审议了?(?:\p{Han}{2,4}总理所?作的)?《?政府工作报告`)
	rePremierReport         = regexp.MustCompile(`总理(?:所作|作)的?《?政府工作报告》?`)
)

// titleIsLocal reports a title that names the session of a local congress
// (平潭县第九届人大一次会议开幕, 安徽省第十二届人大七次会议隆重开幕), or a report
// of a place, and nothing national: the document is that place's, whatever
// national session its lead says the meeting studied (贯彻十二届全国人大五次
// 会议精神).
func (m *metadataReader) titleIsLocal() bool {
	t := m.doc.Title
	if containsAny(t, []string{"全国", "国务院", "中央", "中华人民共和国"}) {
		return false
	}
	if v := rePlaceCongress.FindStringSubmatch(t); v != nil {
		return placesBefore(m.gaz, v[1]) != ""
	}
	// So is a report whose title names its place (2020年泰宁县政府工作报告),
	// whatever national session its text names (十三届全国人大二次会议福建代表团).
	return namesReport(t) && len(m.gaz.placesIn(t)) > 0
}

// rePlaceCongress is a title that opens with a place's congress: 安徽省第十二届
// 人大, 平潭县第九届人民代表大会.
var rePlaceCongress = regexp.MustCompile(`^(\p{Han}{2,16}?)第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)`)

// namesCongressItself reports whether s names the national congress by
// mark somewhere other than as its deputies (全国人大代表).
func namesCongressItself(s, mark string) bool {
	for rest := s; ; {
		i := strings.Index(rest, mark)
		if i < 0 {
			return false
		}
		rest = rest[i+len(mark):]
		if !strings.HasPrefix(rest, "代表") {
			return true
		}
	}
}

// nationalSession finds the NPC session a document was read to or adopted
// at, where the text says so (在…会议上, 向…会议, …会议听取, …会议关于, （…会议）),
// and returns its year as a string ("" when none).
func (m *metadataReader) nationalSession() string {
	for _, s := range append(m.issuerLines(), m.head...) {
		for _, loc := range reNPCSession.FindAllStringSubmatchIndex(s, -1) {
			before, after := s[:loc[0]], s[loc[1]:]
			prev, _ := lastRune(before)
			ok := prev == '在' || prev == '向' || strings.HasSuffix(before, "我们") || strings.HasSuffix(before, "提请") && strings.HasPrefix(after, "审") || prev == '（' || prev == '(' || strings.HasSuffix(before, "日") ||
				strings.HasPrefix(after, "上") || strings.HasPrefix(after, "听取") || strings.HasPrefix(after, "关于") ||
				strings.HasPrefix(after, "通过") || strings.HasPrefix(after, "审议") || strings.HasPrefix(after, "）") ||
				strings.HasPrefix(after, ")") || strings.HasPrefix(after, "提出") || strings.HasPrefix(after, "作") ||
				reStoryOpens.MatchString(before) && reSessionHeld.MatchString(after)
			if !ok {
				continue
			}
			if y := npcSessionYearAt(s, loc); y != 0 {
				return strconv.Itoa(y)
			}
		}
		// A report to a congress without a session named is read to its
		// first: 我代表国务院，向第五届全国人民代表大会作政府工作报告.
		if v := reToCongress.FindStringSubmatch(s); v != nil {
			if y := NPCSessionYear(chineseCount(v[1]), 1); y != 0 {
				return strconv.Itoa(y)
			}
		}
	}
	return ""
}

// A news story whose lead opens with the session it reports: 新华社北京3月5日电
// 第十二届全国人民代表大会第五次会议5日上午在人民大会堂开幕; 3月5日，十三届
// 全国人大一次会议在北京开幕; 今日上午9时，第十二届全国人民代表大会…;
// 2015年3月5日上午9时，第十二届全国人大三次会议在人民大会堂开幕; 3月16日上午，
// 第十二届全国人民代表大会第四次会议在人民大会堂举行闭幕会; 第十四届全国人民代表大会
// 第一次会议3月5日上午在北京开幕.
var (
	reStoryOpens  = regexp.MustCompile(`(?:^|\d{1,2}日(?:上午|下午|晚上?)?(?:\d{1,2}时(?:\d{1,2}分)?许?)?[，,]|\d{1,2}日电|^(?:今|昨)[天日]?(?:上午|下午|晚上?)?(?:\d{1,2}时(?:\d{1,2}分)?(?:许)?)?[，,])\s*$`)
	reSessionHeld = regexp.MustCompile(`^(?:(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上?)?(?:在\p{Han}{1,10}?)?(?:开幕|闭幕|举行|召开)`)
)

// reToCongress is a report addressed to a congress without its session.
var reToCongress = regexp.MustCompile(`向第([一二三四五六七八九十]{1,3})届全国人民代表大会(?:作|提出|报告)`)

// reSessionSince is a report that places itself after a past session:
// 第十一届全国人民代表大会第一次会议以来的五年 (so it is read to the first session
// of the next congress), 从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了
// 一年 (so to the next session).
var reSessionSince = regexp.MustCompile(`第([一二三四五六七八九十]{1,3})届全国人民代表大会第([一二三四五六七八九十]{1,2})次会议(?:闭幕)?(?:以来的|以来|，?到(?:这次大会的召开|我们这次会议召开|现在)，?(?:已经)?(?:整整)?(?:过去了)?)(五年|一年)`)

// reLastYearSession is a national report that names last year's session:
// 去年举行的六届人大一次会议, 从去年三月第五届全国人民代表大会第一次会议闭幕…; it
// is read the year after that session.
var reLastYearSession = regexp.MustCompile(`去年(?:\d{1,2}月|举行的|召开的)?的?第?([一二三四五六七八九十]{1,3})届(?:全国人民代表大会|全国人大|人大)第?([一二三四五六七八九十]{1,2})次会议`)

// reTermReview is a report that reviews a whole congress's term, the
// report of a new government to the first session of the next congress:
// 第六届全国人民代表大会期间，国务院…认真执行….
var reTermReview = regexp.MustCompile(`^第([一二三四五六七八九十]{1,3})届全国人民代表大会期间，`)

// sinceSessionYear reads the year of a national report from the past
// session it says it follows, or 0.
func sinceSessionYear(lines []string) int {
	for _, s := range lines {
		if v := reSessionSince.FindStringSubmatch(s); v != nil {
			n, k := chineseCount(v[1]), chineseCount(v[2])
			if v[3] == "五年" {
				return NPCSessionYear(n+1, 1)
			}
			return NPCSessionYear(n, k+1)
		}
		if v := reLastYearSession.FindStringSubmatch(s); v != nil {
			if y := NPCSessionYear(chineseCount(v[1]), chineseCount(v[2])); y != 0 {
				return y + 1
			}
		}
		if v := reTermReview.FindStringSubmatch(strings.TrimSpace(s)); v != nil {
			return NPCSessionYear(chineseCount(v[1])+1, 1)
		}
	}
	return 0
}
