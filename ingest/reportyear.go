package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Sources of a year read from a report's own structure.
const (
	srcReviewPlan = "review and plan years"
	srcFiveYear   = "five-year plan period"
)

// An annual report reviews the past year and sets out the work of the one
// it is delivered in: 一、2018年工作回顾 / 二、2019年经济社会发展总体要求, 首先报告
// 2001年的工作, 刚刚过去的1984年. The headings and statements below are those
// a reader takes the year from when no date is written.
var (
	// Headings of the review: 2018年工作回顾, 1993年国内工作的回顾和1994年…,
	// 过去一年工作回顾, 过去五年（2013—2017年）工作回顾, 首先报告2001年的工作.
	reReviewHeading = regexp.MustCompile(`^(?:(\d{4})年|过去一年|过去五年|本届政府|过去的一年|一年来|五年来|去年)(?:[（(][^）)]{0,16}[）)])?.{0,6}?回顾|^(?:过去一年|过去五年)的工作|^首先(?:报告|回顾)(\d{4})年的?工作`)
	// Headings of the plan: 2019年经济社会发展总体要求, 2004年主要任务, 2016年重点工作.
	rePlanHeading = regexp.MustCompile(`^(\d{4})年的?(?:经济社会发展|国民经济和社会发展|政府工作|工作|主要任务|重点工作|重点任务|主要目标)`)
	// The years a five-year review names: 过去五年（2013—2017年）工作回顾.
	reYearRange = regexp.MustCompile(`(\d{4})\s*(?:—|–|-|－|~|～|至|到)+\s*(\d{4})年`)
	// A paragraph that opens on the year just past: 刚刚过去的1984年, 过去的2019年.
	rePastYear = regexp.MustCompile(`^(?:刚刚)?过去的(\d{4})年[，,是]`)
	// A paragraph that opens on the year it plans: 2002年是…一年。做好今年各项工作.
	reThisYearIs = regexp.MustCompile(`^(\d{4})年是`)
	// A paragraph that opens on the achievements of the year just past:
	// 1986年是开始执行第七个五年计划并取得显著成就的一年.
	reYearAchieved = regexp.MustCompile(`^(\d{4})年是[^。；]{0,40}?(?:取得|获得)[^。；]{0,16}?(?:成就|胜利|成绩|进展)的一年`)
	// The work of the present year: 做好今年各项工作, 今年的工作.
	reThisYearsWork = regexp.MustCompile(`做好今年|今年的?(?:各项)?工作`)
	// A five-year plan named the way reports name it: “十一五”, "九五",
	// 第十个五年计划.
	reFivePlan = regexp.MustCompile(`[“"](十?[一二三四五六七八九]?)五[”"]|第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)`)
	// The present year's place in a five-year plan: 今年是实施“十三五”规划的
	// 开局之年, perhaps after a story's mark and byline (本报讯 (记者 林金彦)
	// 今年是“十四五”规划收官之年).
	reThisYearInPlan = regexp.MustCompile(`^(?:本报(?:\p{Han}{2,6}?)?(?:\d{1,2}月)?(?:\d{1,2}日)?讯\s*(?:[(（][^()（）]{0,30}[)）])?\s*)?今年是`)
	reFirstYear      = regexp.MustCompile(`第一年|头一年|开局之年|开局年|起步之年|开局`)
	reLastYear       = regexp.MustCompile(`最后一年|收官之年|收官年`)
	// A review of a whole five-year period, or the targets of the next:
	// 一、“十一五”时期国民经济和社会发展的回顾 / 二、“十二五”时期的主要目标和任务.
	reFivePlanReview = regexp.MustCompile(`^[“"]十?[一二三四五六七八九]?五[”"](?:时期|期间)?.{0,20}?回顾`)
	reFivePlanTarget = regexp.MustCompile(`^[“"]十?[一二三四五六七八九]?五[”"](?:时期|期间)[^“”"]{0,12}?(?:目标|任务)`)
	// A plan report named in its opening: 向大会提出关于1980、1981年国民经济计划
	// 安排的报告 is read in the first year it plans.
	rePlanReport = regexp.MustCompile(`关于(\d{4})(?:、\d{4})?年度?国民经济(?:和社会发展)?计划(?:（?草案）?|安排)的报告`)
)

// fivePlanStart is the first year of the n-th five-year plan (第一个五年计划
// 1953–1957; the third began in 1966 after three years of readjustment), or
// 0 when unknown.
func fivePlanStart(n int) int {
	switch {
	case n == 1 || n == 2:
		return 1953 + 5*(n-1)
	case n >= 3 && n <= 20:
		return 1966 + 5*(n-3)
	}
	return 0
}

// fivePlanIn returns the number of the first five-year plan s names, or 0.
func fivePlanIn(s string) int {
	v := reFivePlan.FindStringSubmatch(s)
	switch {
	case v == nil:
		return 0
	case v[2] != "":
		return chineseCount(v[2])
	case v[1] == "":
		return 0 // “五五” is not written that way; 五 alone is no ordinal
	}
	return chineseCount(v[1])
}

// reportYear reads the year an annual report is delivered in from what its
// structure states: the review of year X and the plan of X+1 (in headings or
// the opening statement), a review of a five-year period or the place of
// the present year in a plan, a plan report's own plan year. lines are the
// report's lines, folded. It returns 0 where the text states none of them;
// a figure in the body is never taken for the year.
func reportYear(lines []string) (int, string) {
	if y := reviewPlanYear(lines); y != 0 {
		return y, srcReviewPlan
	}
	if y := fivePlanYear(lines); y != 0 {
		return y, srcFiveYear
	}
	if y := statedYear(lines); y != 0 {
		return y, srcReviewPlan
	}
	return 0, ""
}

// headingText returns the title of a top-level heading (一、2018年工作回顾)
// or a short standalone line with no sentence in it (首先报告2001年的工作),
// else "".
func headingText(s string) string {
	s = strings.TrimSpace(s)
	if style, rest, ok := headingOf(s); ok {
		if style == styleCN && runes(s) <= maxHeadingRunes {
			return rest
		}
		return ""
	}
	if runes(s) <= 30 && !strings.ContainsAny(s, "。；;，,：:") {
		return s
	}
	return ""
}

// reviewPlanYear reads the plan year from the headings: the first review
// heading says the year reviewed (X → X+1), the first plan heading after it
// the year planned; when both name a year they must agree. A plan heading
// without a review before it says nothing (a notice's 2023年重点工作).
func reviewPlanYear(lines []string) int {
	review, plan, reviewed := 0, 0, false
	for _, s := range lines {
		t := headingText(s)
		if t == "" {
			continue
		}
		v := reReviewHeading.FindStringSubmatch(t)
		if v != nil && reviewed {
			continue // the review again, in a second copy of the page
		}
		if v != nil {
			reviewed = true
			for _, g := range v[1:] {
				if g != "" {
					review, _ = strconv.Atoi(g)
				}
			}
			if w := reYearRange.FindStringSubmatch(t); w != nil && review == 0 {
				review, _ = strconv.Atoi(w[2])
			}
		} else if v := rePlanHeading.FindStringSubmatch(t); v != nil && reviewed && plan == 0 {
			plan, _ = strconv.Atoi(v[1])
		}
		// A heading that names both years: 1998年工作回顾和1999年工作的总体要求.
		if i := strings.Index(t, "和"); reviewed && plan == 0 && i > 0 {
			if w := rePlanHeading.FindStringSubmatch(t[i+len("和"):]); w != nil {
				plan, _ = strconv.Atoi(w[1])
			}
		}
	}
	switch {
	case review != 0 && plan != 0 && plan != review+1:
		return 0
	case review != 0:
		return review + 1
	case reviewed:
		return plan
	}
	return 0
}

// fivePlanYear reads the year from the five-year plan the report places
// itself in: a review of the N-th plan's period or the targets of a plan's
// period (read in that plan's first year), or 今年是“N五”的第一年 / 最后一年.
func fivePlanYear(lines []string) int {
	for _, s := range lines {
		t := headingText(s)
		if t == "" {
			continue
		}
		if reFivePlanReview.MatchString(t) {
			if n := fivePlanIn(t); n != 0 {
				return fivePlanStart(n + 1)
			}
		}
		if reFivePlanTarget.MatchString(t) {
			if n := fivePlanIn(t); n != 0 {
				return fivePlanStart(n)
			}
		}
	}
	return thisYearInPlan(lines)
}

// thisYearInPlan reads the present year from a sentence that places it in a
// five-year plan (今年是“N五”的第一年 / 最后一年; 今年是“十一五”规划的开局
// 之年), or 0.
func thisYearInPlan(lines []string) int {
	for _, s := range lines {
		for _, sentence := range splitSentences(s) {
			// Only 今年是: 2025年是“十四五”收官之年 opens the review of 2025 in
			// a report of 2026, and 2021年是“十四五”开局之年 that of 2021 in 2022.
			if !reThisYearInPlan.MatchString(sentence) {
				continue
			}
			// The plan and its first or last year in one clause: not 今年是
			// “十二五”时期承前启后的重要一年，也是本届政府任期的最后一年.
			clause := sentence
			if k := strings.IndexAny(clause, "，,"); k >= 0 {
				clause = clause[:k]
			}
			start := fivePlanStart(fivePlanIn(clause))
			if start == 0 {
				continue
			}
			y := 0
			switch {
			case reLastYear.MatchString(clause):
				y = start + 4
			case reFirstYear.MatchString(clause):
				y = start
			default:
				continue
			}
			return y
		}
	}
	return 0
}

// statedYear reads the year from a paragraph that opens on the year just
// past (刚刚过去的1984年 → 1985; near the start, 1986年是…取得显著成就的一年 →
// 1987) or names the present year as its own (2002年是…。做好今年各项工作),
// or opens the section of this year's work (二、今年主要任务 / 2006年是…), or
// from a plan report's name in the opening.
func statedYear(lines []string) int {
	thisYearsSection := false // under a heading 今年主要任务, before its first paragraph
	for i, s := range lines {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if style, rest, ok := headingOf(s); ok && style == styleCN && runes(s) <= maxHeadingRunes {
			thisYearsSection = strings.HasPrefix(rest, "今年")
			continue
		}
		// 二、今年主要任务 / 2006年是实施“十一五”规划的第一年: this year is 2006.
		if v := reThisYearIs.FindStringSubmatch(s); v != nil && thisYearsSection {
			y, _ := strconv.Atoi(v[1])
			return y
		}
		thisYearsSection = false
		if v := rePastYear.FindStringSubmatch(s); v != nil {
			y, _ := strconv.Atoi(v[1])
			return y + 1
		}
		// 2002年是…一年。做好今年各项工作: the next sentence speaks of this
		// year's work (not 2020年是极不平凡的一年。今年是“十四五”开局之年,
		// where 今年 is another year).
		if v := reThisYearIs.FindStringSubmatch(s); v != nil {
			if ss := splitSentences(s); len(ss) > 1 && reThisYearsWork.MatchString(ss[1]) {
				y, _ := strconv.Atoi(v[1])
				return y
			}
		}
		if v := reYearAchieved.FindStringSubmatch(s); v != nil && i < 40 {
			y, _ := strconv.Atoi(v[1])
			return y + 1
		}
		if v := rePlanReport.FindStringSubmatch(s); v != nil && i < 12 {
			y, _ := strconv.Atoi(v[1])
			return y
		}
	}
	return 0
}

// splitSentences cuts a paragraph at its full stops.
func splitSentences(s string) []string {
	var out []string
	for _, part := range strings.Split(s, "。") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// A local people's congress holds one session a year through its five-year
// term, so a report read to session M of the N-th congress is delivered
// M−K years after the year the text gives for session K of the same
// congress (2017年1月召开的区第十七届人民代表大会第一次会议 … 第十七届人民代表
// 大会第五次会议 → 2021).
var (
	// A session of a congress: 第十七届人民代表大会第五次会议, 十七届人大五次会议;
	// a standing committee's meetings (常委会第N次会议) are not sessions.
	reLocalSessionName = regexp.MustCompile(`第?([一二三四五六七八九十]+)届(?:人民代表大会|人大)第?([一二三四五六七八九十]+)次(?:会议|全体会议)`)
	// A year stated for a session: 2017年1月召开的…第十七届人民代表大会第一次会议.
	// A report read to the congress's standing committee: its salutation
	// (主任、各位副主任、秘书长、各位委员：, 主任、副主任、…) or its words
	// (向本次常委会报告).
	reToStandingCommittee = regexp.MustCompile(`^\s*(?:\p{Han}{0,3}主任[、，,]\s*(?:各位)?副主任|各位副主任)|向(?:本次)?(?:人大)?常委会(?:会议)?(?:报告|作)`)
	reDatedSession        = regexp.MustCompile(`(\d{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:召开|举行)?的?[^。；，,]{0,16}?第?([一二三四五六七八九十]+)届(?:人民代表大会|人大)第?([一二三四五六七八九十]+)次(?:会议|全体会议)`)
)

const srcLocalSession = "congress numbering"

// localSessionYear reads the year of the session a report was read to
// (named in its opening lines) from the year the text gives for another
// session of the same congress, or 0. Only sessions within a term (five a
// congress) count.
func localSessionYear(open, lines []string) int {
	term, session := 0, 0
	if slices.ContainsFunc(open, reToStandingCommittee.MatchString) {
		return 0 // read to the standing committee, which names a session only as past or this year's
	}
	for _, s := range open {
		if v := reLocalSessionName.FindStringSubmatch(s); v != nil && !strings.Contains(s, "全国") {
			term, session = chineseCount(v[1]), chineseCount(v[2])
			break
		}
	}
	if term == 0 || session == 0 {
		return 0
	}
	for _, s := range lines {
		for _, v := range reDatedSession.FindAllStringSubmatch(s, -1) {
			y, _ := strconv.Atoi(v[1])
			n, k := chineseCount(v[2]), chineseCount(v[3])
			if n != term || k == 0 || k == session || y < 1949 || session-k > 4 || k-session > 4 {
				continue
			}
			if containsAny(v[0], []string{"报告", "预算", "计划", "、"}) {
				continue // the year of a report listed before the session (…2013年财政预算草案的报告、济宁市十六届人大一次会议…)
			}
			return y + session - k
		}
	}
	return 0
}
