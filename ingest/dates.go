// The date: readDate and the readers of the meeting date, the issue date,
// the year of a session and the year a report's structure states.

package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/govsearch/govsearch"
)

// readDate takes the meeting date, else the year of a known session, else
// the issue date, else the year of the document number, else the date or
// year an encyclopedia's info box states, else the page's publication date;
// a report without any of them is dated by the year its structure states
// (see structureYear). The year a title names is no date:
// a report that writes none has none, as the contract says.
func (m *metadataReader) readDate() {
	doc := m.doc
	meeting, issued := m.statedDates()
	published := ParseDate(m.published)
	if issued == "" {
		issued = m.issueDateInBody(meeting, published)
	}
	if meeting == "" && issued == "" {
		meeting = m.meetingLineBelow()
	}
	setDate := func(d govsearch.Date, src string) {
		doc.Date = d
		doc.Year = govsearch.Year(dateYear(d))
		m.set("date", src)
		m.set("year", src)
	}
	setYear := func(y int, src string) {
		doc.Year = govsearch.Year(y)
		m.set("year", src)
	}
	// In order of trust; each reading is made only when those before it
	// found nothing.
	session, _ := strconv.Atoi(m.nationalSession())
	if meeting != "" {
		setDate(meeting, srcMeetingDate)
		return
	}
	if y := m.meetingMonthYear(); y >= 1949 {
		setYear(y, srcMeetingDate)
		return
	}
	if session != 0 {
		setYear(session, srcSession)
		return
	}
	if issued != "" {
		if y := m.signedYearOverWritten(issued); y != 0 {
			setYear(y, srcIssueDate)
			return
		}
		setDate(issued, srcIssueDate)
		return
	}
	if y := m.issueMonthYear(); y != 0 {
		setYear(y, srcIssueDate)
		return
	}
	if y := docNumberYear(doc.DocNumber); y != 0 {
		setYear(y, srcDocNumber)
		return
	}
	if d, y := m.infoBoxDate(); d != "" {
		setDate(d, srcInfoBox)
		return
	} else if y != 0 {
		setYear(y, srcInfoBox)
		return
	}
	if v := reSessionsYear.FindStringSubmatch(doc.Title); v != nil {
		// A title that names the year's sessions (2008两会四川省政府工作报告)
		// states the year the report was read, as no page date does.
		y, _ := strconv.Atoi(v[1])
		setYear(y, srcTitle)
		return
	}
	for _, l := range m.lead[:min(len(m.lead), 8)] {
		if v := reEditionSessions.FindStringSubmatch(strings.TrimSpace(l)); v != nil {
			// A paper's page for the year's sessions (第02版:2014郑州两会):
			// the year the report on it was read.
			y, _ := strconv.Atoi(v[1])
			setYear(y, srcPublished)
			return
		}
	}
	lead, aboutSession := m.leadDate()
	if lead != "" && aboutSession {
		// A story's lead that opens on the full day a congress's session
		// opened (2023年1月31日上午,西安市灞桥区第十八届人民代表大会第二次会议开幕).
		setDate(lead, srcMeetingDate)
		return
	}
	if d := m.dispatchDay(); d != "" {
		// A story's dispatch with its full day (中国日报2020年1月7日乌鲁木齐电)
		// dates the story itself, over the day a site reposted it.
		published = d
	}
	if published == "" && lead != "" {
		// An item that opens on its full day (2020年2月12日,根据厅主要领导指示
		// 精神,财务处…) and bears no other date: that day is the page's.
		published = lead
	}
	if published != "" {
		// A page's date, the contract's last resort: a repost's day, however
		// far from the year a work report's title names. A title's year is
		// no date (2023年…政府工作报告 may be read in December 2022).
		setDate(published, srcPublished)
		return
	}
	if d := m.sessionDayBelow(); d != "" {
		// A story with no date of its own whose later paragraph opens on the
		// day the congress's session it tells of opened.
		setDate(d, srcMeetingDate)
		return
	}
	if y, src := m.dispatchSessionYear(); y != 0 {
		setYear(y, src)
		return
	}
	if y := thisYearInPlan(m.open[:min(len(m.open), 12)]); y != 0 && m.isStory() {
		// A story with no date that places its present year in a five-year
		// plan (今年是“十一五”规划的开局之年,…昨日上午,省长陈德铭在省十届人大
		// 四次会议上所作的《政府工作报告》中指出): a report with none has no
		// year (see structureYear), but a story's 今年 is its own.
		setYear(y, srcFiveYear)
		return
	}
	if y, src := m.structureYear(); y != 0 {
		setYear(y, src)
		return
	}
	if y := m.listingUpdatedYear(); y != 0 {
		// A document site's listing with the year it updated it, and no
		// date nor year of its own ((四川省)内江市…十四五规划(2022年更新)):
		// that year is the page's.
		setYear(y, srcPublished)
	}
}

// isStory reports whether the page reads as no report of its own: its
// title names none, its text neither presents itself as a report nor reads
// as one (see typeFromText). A story's 今年 is its own year; a report's may
// be read in December of the year before.
func (m *metadataReader) isStory() bool {
	return ClassifyDocType(m.doc.Title, strings.Join(m.open, "\n")) == "其他" && !presentsWork(m.open) && !presentsItself(m.open) && typeFromText(m.said) == ""
}

// dispatchSessionYear reads the year of a news story whose dispatch gives
// only its day (本报北京3月8日电, 中广网合肥1月14日消息, 21世纪经济报道记者李莎
// 北京报道 1月11日,), or whose lead, past menu lines, counters and bylines,
// tells on a day without its year of a congress's session that opened or
// closed (1月10日下午,适中乡第十九届人民代表大会第二次会议隆重开幕; …第四次
// 会议在…后,1月18日下午在新疆人民会堂闭幕), from what it tells of: a session
// of the National People's Congress under way (连日来,十届全国人大四次会议
// 贵州代表团举行全团会议…), whose year the session table gives, or the years
// of the reports the session heard, as the month places the session (see
// sessionMonthYear); or of a meeting on the drafting of a year's work
// report (see yearDrafted) or, in July to September, on the half year's
// reports. Anything else leaves it without a year.
func (m *metadataReader) dispatchSessionYear() (int, string) {
	read := 0
	for i, s := range m.open[:min(len(m.open), 10)] {
		s = strings.TrimSpace(s)
		if v := dayDispatch(s); v != nil && len(v[0]) == len(s) && i+1 < len(m.open) {
			s += strings.TrimSpace(m.open[i+1]) // the dispatch alone on its line over the lead: 中广网合肥1月14日消息 / 据安徽台报道,…
		} else if runes(s) < 15 && !strings.ContainsAny(s, "。，,") {
			continue // a menu's item, a counter, a byline over the lead (分享至, 作者:…)
		}
		if read++; read > 4 {
			break
		}
		s = s[len(leadCredit(s)):]             // 本报讯(记者 周俊) 1月15日,…; 靖州新闻网讯(通讯员 符志民) 4月12日,…
		s = withoutKicker(s, reDaySessionLead) // 奋楫扬帆正当时,蓄势待发启新程。12月26日上午,…
		first := firstSentence(s)
		opening := m.storyOpening(i)
		month := 0
		if v := dayDispatch(s); v != nil {
			sentence := firstSentence(s[len(v[0]):])
			if loc := reNPCSession.FindStringSubmatchIndex(sentence); loc != nil && runes(sentence[:loc[0]]) <= 8 && !containsAny(sentence[:loc[0]], []string{"去年", "上届", "前"}) && !strings.HasPrefix(sentence[loc[1]:], "以来") && !strings.HasPrefix(sentence[loc[1]:], "期间") {
				return npcSessionYearAt(sentence, loc), srcSession
			}
			month = monthNumber(v[1])
		} else if v := reDaySessionLead.FindStringSubmatch(s); v != nil && reSessionOpened.MatchString(first) {
			sentence, _ := strings.CutPrefix(first, v[0])
			if loc := reNPCSession.FindStringSubmatchIndex(sentence); loc != nil && loc[0] == 0 {
				year := npcSessionYearAt(sentence, loc)
				// The National People's Congress's session is the lead's
				// subject in the weeks it sits (3月6日,十三届全国人大二次会议
				// 河南省代表团举行全体会议): its year by the session table; not a
				// later meeting on its deputies' proposals (12月18日,十三届全国
				// 人大二次会议代表建议意见征集座谈会…).
				if npcSessionMonth(year, monthNumber(v[1])) {
					return year, srcSession
				}
			}
			month = monthNumber(v[1])
		} else if v := reSessionOnDay.FindStringSubmatch(first); v != nil {
			month, _ = strconv.Atoi(v[1])
		} else if v := reOnDayHeldSession.FindStringSubmatch(s); v != nil {
			month = atoi(v[1]) // 在1月6日召开的淄博市第十四届人大二次会议上,…
		} else if reSessionOnDayAlone.MatchString(s) {
			// Only the day of the month (28日,省十二届人大五次会议书面审查的《关于
			// 黑龙江省2015年预算执行情况和2016年预算草案的报告》): the session is
			// the one that hears a year's execution with the next year's draft.
			if y := yearOfReportPair(opening); y != 0 {
				return y, srcReviewPlan
			}
			return 0, ""
		} else if v := reDaySessionLead.FindStringSubmatch(s); v != nil {
			// A lead on a day without its year and no session: a year's
			// communiqué released; the drafting of a year's work report
			// (12月27日上午,我县召开2022年《政府工作报告》征求意见座谈会):
			// drafted late in the year before it; the year's report at work;
			// a meeting numbered within its year. One in July to September
			// that hears the half year's reports (7月29日至30日,市一届人大
			// 常委会举行第32次会议。…2005年上半年…计划执行情况的报告): that year.
			month = monthNumber(v[1])
			if y := npcSessionAtWork(first[len(v[0]):], month); y != 0 {
				return y, srcSession // 3月15日下午,广西代表团在驻地举行全体会议,审议十二届全国人大四次会议的各项决议…
			}
			if y := communiqueReleasedYear(first, month); y != 0 {
				return y, srcReviewPlan // 3月26日,珠海市统计局…联合发布《2020年珠海市…统计公报》
			}
			if y := yearDrafted(opening, month); y != 0 {
				return y, srcReviewPlan
			}
			if y := fivePlanDraftYear(clipRunes(s, maxLeadRunes), month); y != 0 {
				return y, srcFiveYear // 12月21号下午,市人大常委会举行常州市"十三五"规划纲要草案…初审会议
			}
			if y := reportAtWorkYear(first, month); y != 0 {
				return y, srcReviewPlan
			}
			if w := reYearsNumberedMeeting.FindStringSubmatch(first); w != nil {
				return atoi(w[1]), srcMeetingNumber // 1月15日,…主持召开自治区政府2026年第1次常务会议
			}
			if month >= 7 && month <= 9 {
				if y := latestHalfYear(opening); y != 0 {
					return y, srcReviewPlan
				}
				if w := reAccountsApproved.FindStringSubmatch(first); w != nil {
					return atoi(w[1]) + 1, srcReviewPlan // 7月25日,…常委会第十八次会议审查批准了北京市2024年市级决算
				}
			}
			continue
		} else {
			continue
		}
		if y := communiqueReleasedYear(first, month); y != 0 {
			return y, srcReviewPlan // 1月24日下午,海南省人民政府召开了2013年…统计公报新闻发布会
		}
		if y, src := sessionMonthYear(month, first, opening); y != 0 {
			return y, src
		}
		if y := fivePlanDraftYear(clipRunes(s, maxLeadRunes), month); y != 0 {
			return y, srcFiveYear
		}
		if y := reportAtWorkYear(first, month); y != 0 {
			return y, srcReviewPlan // 1月12日上午,区九届人大二次会议闭幕后,区政府即召开2023年《政府工作报告》目标任务动员部署会
		}
		if y := m.gaz.provinceSessionIn(first, m.docProvince()); y != 0 && month >= 1 && month <= 3 && (strings.Contains(opening, strconv.Itoa(y)+"年") || strings.Contains(opening, strconv.Itoa(y-1)+"年")) {
			// 1月26日上午,陕西省第十四届人民代表大会第二次会议在西安开幕 /
			// 報告指出,2024年,陕西加强…: the session's year by its numbers,
			// where the story names that year or the one before it (its
			// results); the provinces whose special sessions put the
			// numbers out of step are left out (see sessionsOutOfStep).
			return y, srcSession
		}
		return 0, ""
	}
	return 0, ""
}

// npcSessionAtWork returns the year of the National People's Congress's
// session that a lead's sentence, in month of a year it does not give,
// tells of at work (广西代表团在驻地举行全体会议,审议十二届全国人大四次会议的各项
// 决议草案) in the weeks it sits (see npcSessionMonth), by the session table;
// 0 for a session of an earlier year (去年, 上届) or a time since it (以来,
// 期间), or in another month.
func npcSessionAtWork(sentence string, month int) int {
	loc := reNPCSession.FindStringSubmatchIndex(sentence)
	if loc == nil || containsAny(sentence[:loc[0]], []string{"去年", "上届", "前", "以来"}) || containsPrefix(sentence[loc[1]:], []string{"以来", "期间", "代表建议", "建议", "提案", "议案", "代表议案"}) || containsAny(sentence, []string{"办理", "交办"}) {
		return 0 // nor its deputies' proposals, handled the year after (…会议代表建议和…提案办理工作总结会, …会议交办我省的代表建议办理情况)
	}
	if year := npcSessionYearAt(sentence, loc); npcSessionMonth(year, month) {
		return year
	}
	return 0
}

// npcSessionMonth reports whether a lead in month may be on the National
// People's Congress's session of year as it sits: in March (its
// preparations from February), in May in 2020, when it sat from 22 May.
func npcSessionMonth(year, month int) bool {
	if year == 2020 {
		return month == 5
	}
	return year != 0 && (month == 2 || month == 3)
}

// docProvince is the province the document has been placed in so far.
func (m *metadataReader) docProvince() string {
	if m.doc == nil {
		return ""
	}
	return m.doc.Province
}

// communiqueReleasedYear returns the year of a lead in month telling of a
// year's communiqué released (see reCommuniqueReleased), in the first half
// of the next year; else 0.
func communiqueReleasedYear(sentence string, month int) int {
	if w := reCommuniqueReleased.FindStringSubmatch(sentence); w != nil && month >= 1 && month <= 6 {
		return atoi(strings.Join(w[1:], "")) + 1
	}
	return 0
}

// reCommuniqueReleased is a sentence on a year's statistical communiqué
// being released (召开了2013年国民经济和社会发展统计公报新闻发布会, 发布了2013年…
// 统计公报, 联合发布《2020年…统计公报》, …关于2021年四川省…的统计公报出炉), which it is
// in the first half of the next year.
var reCommuniqueReleased = regexp.MustCompile(`(?:召开了?|举行了?)\p{Han}{0,12}?((?:19|20)\d{2})年\p{Han}{0,16}?统计公报\p{Han}{0,2}?发布会|(?:发布|公布)了?\p{Han}{0,12}?《?((?:19|20)\d{2})年\p{Han}{0,16}?统计公报|((?:19|20)\d{2})年\p{Han}{0,16}?统计公报》?(?:正式)?(?:出炉|发布|公布)`)

// sessionMonthYear returns the year of a story that tells, in its first
// sentence, of a congress's session in a month of a year it does not
// give, from the year the reports the session heard plan (see
// yearPlanned): that year in January to March, when sessions meet; in
// April to September that year too, for a session put off (睢阳区五届人大
// 四次会议…于5月18日下午…闭幕, hearing 2019年…执行情况与2020年…草案) or a
// township's that sets out the year's work (4月9日至10日,湾桥镇召开第四届
// 人民代表大会第三次会议,…安排部署2019年工作任务), a session by its numbers,
// but not a standing committee's meeting, which reviews a year past; in October to December
// the year before the one a year's execution and the next year's draft
// plan, or the year it reviews (a session in December); in July to
// September, a session hearing a half year's report is of that year.
func sessionMonthYear(month int, sentence, opening string) (int, string) {
	if y := latestHalfYear(opening); y != 0 && month >= 7 && month <= 9 && reNumberedSession.MatchString(sentence) {
		return y, srcReviewPlan // 8月2日,擂鼓镇召开第十一届人民代表大会第六次会议。会议听取了《擂鼓镇2024年上半年政府工作报告》
	}
	y := yearPlanned(opening)
	switch {
	case y == 0:
	case month >= 1 && month <= 3:
		return y, srcReviewPlan
	case month >= 4 && month <= 9 && reNumberedSession.MatchString(sentence) && !containsAny(sentence, []string{"常委会", "常务委员会"}):
		return y, srcReviewPlan
	case month >= 10 && month <= 12 && (yearOfReportPair(opening) == y || yearReviewed(opening) == y-1):
		return y - 1, srcReviewPlan
	}
	return 0, ""
}

// reNumberedSession is a congress's session, or its standing committee's
// meeting, by its numbers: 五届人大四次会议, 第四届人民代表大会第三次会议,
// 省十四届人大常委会第四次会议; not a meeting of its deputies (人大代表履职
// 培训会议).
var reNumberedSession = regexp.MustCompile(`第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)(?:常务委员会|常委会)?第?[一二三四五六七八九十\d]+次`)

// yearReviewed returns the year a session's report reviews, by its words
// on the year's work (报告从十个方面回顾了2024年政府工作; 2018年是…的一年,
// 一年来), or 0.
func yearReviewed(text string) int {
	for _, re := range []*regexp.Regexp{reYearWasReviewed, reReviewedYearsWork} {
		if w := re.FindStringSubmatch(text); w != nil {
			return atoi(strings.Join(w[1:], ""))
		}
	}
	return 0
}

// fivePlanDraftYear returns the year of a story whose lead, in a month of
// a year it does not give, tells of the draft outline of a five-year plan
// under review (…第十四个五年规划和2035年远景目标纲要(草案), “十三五”规划纲要
// 草案…初审会议, …纲要(草案)》编制情况的汇报): a congress reviews it in the
// first months of the plan's first year, a standing committee or the
// government reads it late in the year before; else 0. Not a draft being
// written (编制工作, 启动编制, 初稿), a plan under way or reviewed at mid-term
// (实施情况, 中期评估), nor one approved before (批准了, 以来), which leave the
// year open.
func fivePlanDraftYear(lead string, month int) int {
	loc := reFivePlanDraft.FindStringIndex(lead)
	if loc == nil {
		return 0
	}
	v := lead[loc[0]:loc[1]]
	// The exclusions hold in the sentence that names the draft and in the
	// lead's first, which says what the story is of (…规划编制工作专题会议。
	// 会议讨论了《…纲要(草案)》框架思路): a later one's 以来 (“十三五”以来,…)
	// tells of something else.
	from := strings.LastIndexAny(lead[:loc[0]], "。；;") + 1
	to := len(lead)
	if k := strings.IndexAny(lead[loc[1]:], "。；;"); k >= 0 {
		to = loc[1] + k
	}
	start := fivePlanStart(fivePlanIn(v))
	excluded := []string{"编制工作", "启动编制", "初稿", "实施情况", "中期", "批准了", "以来"}
	switch {
	case start == 0 || containsAny(lead[from:to], excluded) || containsAny(firstSentence(lead), excluded):
	case month >= 1 && month <= 4:
		return start
	case month >= 10 && month <= 12:
		return start - 1
	}
	return 0
}

// reFivePlanDraft is a five-year plan's outline named as a draft, only the
// long-range goals between the plan and the outline: 第十四个五年规划和2035年
// 远景目标纲要(草案), “十三五”规划纲要草案.
var reFivePlanDraft = regexp.MustCompile(`(?:第[一二三四五六七八九十]{1,3}个五年|[“"]十?[一二三四五六七八九]?五[”"])(?:规划|计划)(?:[和及暨](?:20\d{2}|二[〇○零0Ｏ]三五)年远景目标)?纲要\s*(?:[（(]草案[）)]|草案)`)

// maxLeadRunes is the length of a lead's paragraph read for what its
// story tells of.
const maxLeadRunes = 300

// yearDrafted returns the year of a story on the drafting of a year's work
// report (2022年《政府工作报告》征求意见座谈会; 听取了《2012年政府工作报告》起草
// 提纲汇报) in a month of a year it does not give: the year before the
// report's in September to December, the report's in January to March;
// else 0.
func yearDrafted(opening string, month int) int {
	y := 0
	if v := reWorkReportDrafted.FindStringSubmatch(opening); v != nil {
		y = atoi(v[1])
	} else if reWorkReportDraft.MatchString(opening) {
		// The draft of a work report that names no year, passed with the
		// reports of a year's execution and the next one's draft (讨论通过
		// 《政府工作报告(送审稿)》和《关于…2024年…执行情况与2025年…草案的报告》):
		// the year those plan.
		y = yearOfReportPair(opening)
	}
	switch {
	case y == 0:
	case month >= 9 && month <= 12:
		return y - 1
	case month >= 1 && month <= 3:
		return y
	}
	return 0
}

// reYearsNumberedMeeting is the meeting a lead's subject convenes, numbered
// within its year: 主持召开自治区政府2026年第1次常务会议; not one whose spirit it
// passes on (传达学习自治区政府2025年第40次常务会议精神).
var reYearsNumberedMeeting = regexp.MustCompile(`(?:主持召开|召开|举行)了?\p{Han}{0,12}?((?:19|20)\d{2})年第[一二三四五六七八九十\d]+次(?:常务|全体|党组|执行)?会议`)

// srcMeetingNumber is the source of a year read from a meeting's number
// within its year (2026年第1次常务会议).
const srcMeetingNumber = "meeting's number"

// reportAtWorkYear returns the year of a lead early in it (January to
// March, month) on the year's work report released or its tasks set to work
// (2月16日,2022年包头市政府工作报告发布; 1月12日上午,…区政府即召开2023年《政府
// 工作报告》目标任务动员部署会), else 0.
func reportAtWorkYear(sentence string, month int) int {
	if w := reYearsReportAtWork.FindStringSubmatch(sentence); w != nil && month >= 1 && month <= 3 {
		return atoi(w[1])
	}
	return 0
}

// reYearsReportAtWork is a year's work report released, or its tasks set to
// work: 2022年包头市政府工作报告发布, 2023年《政府工作报告》目标任务动员部署会;
// not their review (…目标任务完成情况总结会).
var reYearsReportAtWork = regexp.MustCompile(`((?:19|20)\d{2})年\p{Han}{0,10}?《?政府工作报告》?(?:全文)?(?:正式)?(?:发布|公布|出炉|(?:目标任务|重点任务)(?:分解|动员|部署|推进)|任务分解|责任分工)`)

// reAccountsApproved is a standing committee approving a year's final
// accounts, which it does in the year after: 审查批准了北京市2024年市级决算.
var reAccountsApproved = regexp.MustCompile(`批准了?\p{Han}{0,8}?((?:19|20)\d{2})年\p{Han}{0,8}?决算`)

// latestHalfYear returns the latest year whose first half text tells of
// (2024年上半年, not the 2023年上半年 it is compared with, nor a target's
// 力争2025年上半年), or 0.
func latestHalfYear(text string) int {
	y := 0
	for _, loc := range reHalfYear.FindAllStringSubmatchIndex(text, -1) {
		if containsSuffix(text[:loc[0]], []string{"力争", "确保", "计划", "预计", "争取", "到", "至"}) {
			continue // a target (力争2025年上半年完成项目建设), no half year told of
		}
		y = max(y, atoi(text[loc[2]:loc[3]]))
	}
	return y
}

// reHalfYear is a year's first half a report tells of: 2005年上半年,
// 2005年1—6月.
var reHalfYear = regexp.MustCompile(`((?:19|20)\d{2})年(?:上半年|1[—－-]6月)`)

// reWorkReportDraft is a work report's draft by its name: 《政府工作报告
// (送审稿)》, 《政府工作报告(征求意见稿)》.
var reWorkReportDraft = regexp.MustCompile(`《政府工作报告\s*[(（](?:送审稿|征求意见稿|讨论稿|修改稿|初稿|草稿)[)）]》`)

// reWorkReportDrafted is a year's work report being drafted: 2022年《政府工作
// 报告》征求意见座谈会, 《2012年政府工作报告》起草提纲.
var reWorkReportDrafted = regexp.MustCompile(`《?((?:19|20)\d{2})年(?:度)?《?\p{Han}{0,8}?政府工作报告》?[^。，,]{0,6}?(?:征求意见|起草|讨论稿|修改稿|初稿)`)

// storyOpening is the text of a story's ten opening lines from its lead,
// opening line i, up to 1500 characters, with the lines above it (its
// headline): where it tells of the reports its session heard. Where the
// opening clipped one of those lines (a story in one long paragraph), the
// text of the first lines follows in full, up to 3000 characters.
func (m *metadataReader) storyOpening(i int) string {
	lines := m.open[:min(len(m.open), i+10)]
	s := clipRunes(strings.Join(lines, "\n"), 1500+runes(strings.Join(m.open[:i], "\n")))
	if slices.ContainsFunc(lines, func(l string) bool { return runes(l) >= maxOpeningLineRunes }) {
		s += "\n" + clipRunes(strings.Join(m.firstLines(12), "\n"), 3000)
	}
	return s
}

// atoi is s's number, or 0; s is a run of digits a pattern matched.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// yearPlanned returns the year that the reports a story of a congress's
// session tells of plan, or 0: the year after the one they look back on
// (刚刚过去的2008年; 报告对2022年乡政府工作作了回顾,并对2023年工作作出具体部署;
// 2018年是我镇发展历程中十分重要的一年,一年来; 回顾省政府2011年工作), after the
// one whose execution they report with the next year's draft (关于河北省2009年
// 省本级预算…执行情况和2010年…草案的报告), or the year whose work they set
// out (安排部署2019年工作任务) or whose targets they set
// (2004年新疆宏观调控的主要预期目标), the year its head delivers the work report
// of (镇长胡永峰作2025年杏坛镇政府工作报告), or the year of the sessions (两会) the story
// is filed under (聚焦2023内蒙古两会).
func yearPlanned(text string) int {
	text = reCNYear.ReplaceAllStringFunc(text, func(y string) string { return cnYear(strings.TrimSuffix(y, "年")) + "年" })
	for _, re := range []*regexp.Regexp{reJustPastYear, reYearWasReviewed, reReviewedYearsWork, reEstimatedYear, reReportTellsYearsResults} {
		if w := re.FindStringSubmatch(text); w != nil {
			return atoi(strings.Join(w[1:], "")) + 1 // the one group that matched
		}
	}
	if y := yearOfReportPair(text); y != 0 {
		return y
	}
	if w := reTargetsSetOut.FindStringSubmatch(text); w != nil {
		return atoi(w[1]) // …明确了2019年全区经济社会发展的预期目标
	}
	if w := reReviewThenPlan.FindStringSubmatch(text); w != nil {
		return 0 // a review and a plan of years not in sequence: the text contradicts itself
	}
	if w := reDeploysYearsWork.FindStringSubmatch(text); w != nil {
		return atoi(w[1] + w[2] + w[3])
	}
	if w := reYearWillDo.FindStringSubmatch(text); w != nil {
		return atoi(w[1])
	}
	for _, loc := range reYearsTargets.FindAllStringSubmatchIndex(text, -1) {
		// Not the targets of a plan's last year (到2025年,…主要预期目标是).
		if before := text[:loc[0]]; !strings.HasSuffix(before, "到") && !strings.HasSuffix(before, "至") {
			return atoi(text[loc[2]:loc[3]])
		}
	}
	if w := reReportSetsYear.FindStringSubmatch(text); w != nil {
		return atoi(w[1])
	}
	if y := deliveredYear(text); y != 0 {
		return y // 杏坛镇镇长胡永峰作2025年杏坛镇政府工作报告
	}
	for _, re := range []*regexp.Regexp{reYearsSessions, reYearsWorkReport} {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			// The sessions the story is filed under, or the year's work
			// report it is about, on its headline's or its column's line;
			// not a time since or after them (2022年两会以来), nor a
			// sentence on something done at them (在2022年两会上提出的建议).
			start := strings.LastIndex(text[:loc[0]], "\n") + 1
			end := len(text)
			if k := strings.Index(text[loc[1]:], "\n"); k >= 0 {
				end = loc[1] + k
			}
			rest := text[loc[1]:]
			if re == reYearsWorkReport && !(loc[1] == end || containsPrefix(rest, []string{"解读", "专题", "专栏"})) {
				continue // a report's targets told under a heading (2023年政府工作报告确定的目标任务全面完成), not the report a headline is about
			}
			if !containsPrefix(rest, []string{"以来", "期间", "之后", "后", "前", "结束", "上"}) && !strings.Contains(text[start:end], "。") && runes(text[start:end]) <= 60 {
				return atoi(text[loc[2]:loc[3]])
			}
			if re == reYearsSessions && containsPrefix(rest, []string{"专栏", "专题"}) {
				return atoi(text[loc[2]:loc[3]]) // a sentence naming the column: 昆明信息港推出2020年盘龙区两会专栏
			}
		}
	}
	return 0
}

// reYearsWorkReport is the year's work report a story's headline is about,
// ending the line or explained under it: 2026年市政府工作报告解读, 2022年《政府
// 工作报告》.
var reYearsWorkReport = regexp.MustCompile(`((?:19|20)\d{2})年\p{Han}{0,6}?《?政府工作报告》?`)

// reDeploysYearsWork is a session setting out a year's work: 安排部署2019年
// 工作任务, 对2009年四川省政府工作提出了目标要求, 对2014年工作的部署.
var reDeploysYearsWork = regexp.MustCompile(`(?:安排部署|部署安排|部署)((?:19|20)\d{2})年度?的?(?:各项)?(?:工作|目标)|对((?:19|20)\d{2})年[^。，,]{0,16}?工作(?:提出|作出|进行)了?[^。]{0,12}?(?:部署|安排|要求)|对((?:19|20)\d{2})年的?工作的?(?:部署|安排)`)

// reYearWillDo is a sentence on what is to be done in a year: 2018年,香河
// 街道将聚力….
var reYearWillDo = regexp.MustCompile(`(?:^|[。\n])\s*((?:19|20)\d{2})年[,，]\s*[^。，,；;]{0,12}?将`)

// reReportSetsYear is a story's sentence telling what the report says is to
// be done in a year: 报告提出,2023年要重点做好十二个方面的工作; not another
// report quoted (党的十八大报告提出,2020年要实现…).
var reReportSetsYear = regexp.MustCompile(`(?:^|[。！？\n；;])\s*(?:政府工作)?报告(?:提出|指出|明确|强调)[,，:：]\s*((?:19|20)\d{2})年[,，]?\s*(?:要|将)`)

// deliveredYear returns the year of the work report a story's sentence
// says the head of the government delivers (see reDeliversYearsReport;
// …作2024年…政府工作报告时指出, …时提出, …中提出 too), not one recalled (去年
// 镇长…作2023年…报告时提出的, 一年前…作…报告时承诺的, 一年来…, …作…报告提出的
// 各项任务), or 0.
func deliveredYear(text string) int {
	for _, loc := range reDeliversYearsReport.FindAllStringSubmatchIndex(text, -1) {
		before := text[:loc[0]]
		if k := strings.LastIndexAny(before, "。\n"); k >= 0 {
			before = before[k:]
		}
		if containsAny(before, []string{"去年", "一年前", "一年来", "上年", "上一年", "此前"}) || containsPrefix(text[loc[1]:], []string{"时承诺", "提出的", "确定的"}) {
			continue
		}
		return atoi(text[loc[2]:loc[3]])
	}
	return 0
}

// reDeliversYearsReport is a story's sentence on the head of a government
// delivering the year's work report by its year: 镇长胡永峰作2025年杏坛镇
// 政府工作报告.
var reDeliversYearsReport = regexp.MustCompile(`(?:长|主任)\p{Han}{0,4}?(?:作了?|宣读了?)《?((?:19|20)\d{2})年\p{Han}{0,10}?(?:人民)?政府工作报告》?`)

// reYearsSessions is the year's 两会 a story is filed under: 聚焦2023内蒙古两会,
// 2005年全国各地两会专题.
var reYearsSessions = regexp.MustCompile(`((?:19|20)\d{2})年?\p{Han}{0,8}两会`)

// firstSentence is s up to its first full stop, or all of s.
func firstSentence(s string) string {
	if end := strings.Index(s, "。"); end >= 0 {
		return s[:end]
	}
	return s
}

// reDayDispatch is a news story's dispatch with its day and no year
// (本报北京3月8日电, 中广网合肥1月14日消息, 东北网1月10日讯, 中新社乌鲁木齐一月八日电,
// 齐鲁网·闪电新闻2月2日讯, 长江日报-长江网1月24日讯, 长江日报 - 长江网1月24日讯); its
// group is the month.
var reDayDispatch = regexp.MustCompile(`^[\p{Han}·](?:[\p{Han}·]|\s*(?:[-－]|—{1,2})\s*){1,15}?(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|讯|消息)\s*(?:[(（][^()（）]{1,12}[)）])?\s*`)

// reReporterDispatch is a paper's reporter's dispatch by the city it was
// filed in, then its day without the year (21世纪经济报道记者李莎 北京报道
// 1月11日,); its group is the month.
var reReporterDispatch = regexp.MustCompile(`^[\p{Han}\d]{2,16}?记者\s*\p{Han}{2,4}\s+\p{Han}{2,6}报道\s+(\d{1,2})月\d{1,2}日(?:上午|下午|晚间|晚)?[,，]\s*`)

// reOutletCreditLead is a local outlet's credit opening a lead, before its
// day: 靖州新闻网讯(通讯员 符志民 陈淑芳) , 黄河新闻网运城讯 , 今日竹山网消息 ,
// 【香港商报网讯】, 安徽网视讯 .
var reOutletCreditLead = regexp.MustCompile(`^【?\p{Han}{2,12}?(?:新闻网|网|日报|报|电视台|台)(?:\p{Han}{2,4}(?:讯|消息)|\p{Han}?讯|消息)】?\s*(?:[(（][^()（）]{0,30}[)）])?\s*`)

// withoutKicker returns s without a kicker's sentence of at most twenty
// characters before a lead that lead matches (奋楫扬帆正当时,蓄势待发启新程。
// 12月26日上午,…; 奋进2025,实干启新程。…); a first sentence with a day
// (2025年1月6日,城北镇人代会开幕。) is the lead itself, no kicker.
func withoutKicker(s string, lead *regexp.Regexp) string {
	k := strings.Index(s, "。")
	if k <= 0 || runes(s[:k]) > 20 || reDayIn.MatchString(s[:k]) || !lead.MatchString(s[k+len("。"):]) {
		return s
	}
	return s[k+len("。"):]
}

// reDayIn is a day of a month in a sentence: 1月6日, 2025年1月6日.
var reDayIn = regexp.MustCompile(`\d{1,2}\s*月\s*\d{1,2}\s*日`)

// leadCredit returns the credit that opens a news story's lead before its
// day (本报讯(记者 周俊) , 靖州新闻网讯(通讯员 符志民) ), or the label of an
// editor's note that does (【编者按】5月28日,…), or "".
func leadCredit(s string) string {
	if c := reEditorsNote.FindString(s); c != "" {
		return c
	}
	if c := reOwnNewsLead.FindString(s); c != "" {
		return c
	}
	return reOutletCreditLead.FindString(s)
}

// reEditorsNote is the label of an editor's note opening a story: 【编者按】,
// 编者按:.
var reEditorsNote = regexp.MustCompile(`^(?:【编者按】|\[编者按\]|编者按\s*[:：])\s*`)

// dayDispatch returns the match of a dispatch with its day and no year
// opening s (see reDayDispatch, reReporterDispatch), its group the month,
// or nil.
func dayDispatch(s string) []string {
	if v := reDayDispatch.FindStringSubmatch(s); v != nil {
		return v
	}
	return reReporterDispatch.FindStringSubmatch(s)
}

// reJustPastYear is a report looking back on the year just past: 刚刚过去的2008年.
var reJustPastYear = regexp.MustCompile(`刚刚过去的((?:19|20)\d{2})年`)

// yearOfReportPair returns the year a session hears reports that review
// one year and plan the next (对2022年…回顾,并对2023年…部署) or report one
// year's execution with the next one's draft, or 0.
func yearOfReportPair(text string) int {
	for _, re := range []*regexp.Regexp{reReviewThenPlan, reExecutionThenDraft, reReportParts, reResultsThenTasks} {
		if w := re.FindStringSubmatch(text); w != nil && atoi(w[2]) == atoi(w[1])+1 {
			return atoi(w[2])
		}
	}
	return 0
}

// reSessionOnDayAlone is a sentence telling of a congress's session on a
// day of the month without its month: 28日,省十二届人大五次会议书面审查的…;
// not its standing committee's meeting, nor a meeting of its deputies
// (人大代表工作会议).
var reSessionOnDayAlone = regexp.MustCompile(`(?:^|[。？！?!；;]\s*)\d{1,2}日[,，]\s*\p{Han}{0,20}?(?:人民代表大会|人大)(?:第?[一二三四五六七八九十\d]+次)(?:全体)?会议`)

// reCNYear is a year in Chinese numerals, perhaps with figures typed among
// them: 二〇〇四年, 二00四年.
var reCNYear = regexp.MustCompile(`[一二][〇○零OΟ0-9一二三四五六七八九]{3}年`)

// monthNumber reads a month in figures or in Chinese numerals: 1, 一, 十二;
// 元 (元月) is January.
func monthNumber(s string) int {
	if s == "元" {
		return 1
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return smallNumber(s)
}

// reYearWasReviewed is a report opening its review of the year past:
// 2018年是我镇发展历程中十分重要的一年,一年来; 2024年,是…关键一年,也是…极不
// 平凡的一年.
var reYearWasReviewed = regexp.MustCompile(`((?:19|20)\d{2})年是[^。]{0,40}?的一年[,，]\s*一年来|((?:19|20)\d{2})年[,，]?是[^。]{0,60}?(?:极不平凡|很不平凡|极不寻常|极为不易|不平凡)[^。]{0,12}?的一年`)

// reEstimatedYear is a report giving the year past's output as first
// estimated: 初步统计,2018年全市地区生产总值比上年增长6.6%左右; not a part
// of a year (2023年上半年全县…).
var reEstimatedYear = regexp.MustCompile(`初步(?:统计|核算|测算)[，,]?\s*((?:19|20)\d{2})年(?:全年|全市|全县|全区|全省|全州|全旗|[，,])`)

// reReviewedYearsWork is a story telling of a review of a year's work:
// 回顾省政府2011年工作, 回顾了2024年政府工作; not a list of the report's parts (一、2018年工作回顾;
// 二、2019年工作总体要求; 2023年工作回顾和2024年工作安排).
var reReviewedYearsWork = regexp.MustCompile(`回顾(?:[^和与及。，,；;、][^。，,；;、]{0,11}?)?((?:19|20)\d{2})年的?(?:政府|全区|全县|全市|全镇|全乡)?工作`)

// reReportParts is a story's list of the report's parts, a year's review
// then the next year's work: 一、2023年政府工作回顾;二、2024年政府工作目标任务,
// or one a line (一、2019年工作回顾; / 二、奋力做好2020年工作;), joined
// (2024年工作回顾、2025年工作安排; 2021年工作回顾;2022年工作安排), with a part between them (2021年工作回顾、
// 挑战机遇和发展目标、2022年工作安排), or each in quotes (“2018年区政府工作
// 回顾”“2019年的奋斗目标和主要任务”).
var reReportParts = regexp.MustCompile(`((?:19|20)\d{2})年(?:[区县市镇乡州旗省]?政府)?工作回顾[”"」]?\s*(?:[;；,，、]?\s*二[、是]\s*\p{Han}{0,6}?|[、和及与;；]\s*(?:[^。；;、]{1,24}[、;；]\s*)?|[“"「])((?:19|20)\d{2})年`)

// reResultsThenTasks is a story naming what the report tells of one year's
// results and the next year's tasks: 报告里提到的2024年成绩和2025年任务目标.
var reResultsThenTasks = regexp.MustCompile(`((?:19|20)\d{2})年的?(?:工作)?(?:成绩|成就|成果)[^。，,；;]{0,6}?[和与及、]((?:19|20)\d{2})年的?(?:工作)?(?:任务|目标|安排|计划)`)

// reExecutionThenDraft is a report on one year's budget or plan and the
// next year's draft: 2009年省本级预算及省总预算执行情况和2010年省本级预算…草案,
// 2010年自治区国民经济和社会发展计划执行情况与2011年自治区国民经济和社会发展计划;
// no other year between the first and its execution (…二〇三五年远景目标纲要草案、
// 关于自治区2020年…执行情况与2021年…: the pair is 2020 and 2021), but months
// may stand there (2021年1-11月预算执行情况和2022年预算草案).
var reExecutionThenDraft = regexp.MustCompile(`((?:19|20)\d{2})年(?:[^。；;\d]|\d{1,2}(?:[-—－~至]|月)){0,30}?执行情况(?:和|与|及)((?:19|20)\d{2})年[^。；;]{0,30}?(?:草案|计划|预算)`)

// reReportTellsYearsResults is a story's sentence on what the report says
// a year achieved, the year it looks back on: 邓辉在报告中说,2018年涪城全区
// 经济社会发展取得显著成效, 报告指出,2018年,全区上下努力拼搏取得…; not the report's
// own year (报告指出,2023年是…开局之年) nor a target (力争…实现).
var reReportTellsYearsResults = regexp.MustCompile(`报告中?(?:说|指出)[,，:：]\s*((?:19|20)\d{2})年[,，]?[^是。；;要将力](?:[^。；;要将力]|力[^争]){0,29}?(?:取得|实现)`)

// reTargetsSetOut is a review of a report that set out a year's targets:
// 明确了2019年全区经济社会发展的预期目标.
var reTargetsSetOut = regexp.MustCompile(`明确了?((?:19|20)\d{2})年[^。，,；;]{0,16}?(?:主要)?(?:预期|奋斗)目标`)

// reYearsTargets is a report setting its year's targets: 2004年新疆宏观调控的
// 主要预期目标是:, 2012年三锹乡奋斗目标是:; not a review of last year's
// (2023年主要预期目标全面完成).
var reYearsTargets = regexp.MustCompile(`((?:19|20)\d{2})年[^。，,；;]{0,16}?(?:主要)?(?:预期|奋斗)目标(?:是|为|[:：])`)

// reOnDayHeldSession is a lead that opens on the session held on a day
// without its year: 在1月6日召开的淄博市第十四届人大二次会议上; its group is the
// month.
var reOnDayHeldSession = regexp.MustCompile(`^在(\d{1,2})月\d{1,2}日(?:上午|下午)?(?:召开|举行)的\p{Han}{0,20}?第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)`)

// reSessionOnDay is a sentence telling of a congress's session that opened
// or closed on a day without its year: 自治区第十一届人民代表大会第四次会议在…
// 后,1月18日下午在新疆人民会堂闭幕, 北京市十六届人大四次会议1月25日开幕; its
// group is the month.
var reSessionOnDay = regexp.MustCompile(`^[^。]{0,120}?(?:人民代表大会|人大)[^。，,]{0,12}?会议(?:[^。]{0,80}?[^\d年])?(\d{1,2})月\d{1,2}日[^。]{0,20}?(?:开幕|闭幕|召开|举行)`)

// reReviewThenPlan is a story telling that a report looked back on one year
// and set out the work of another: 报告对2022年乡政府工作作了回顾,并对2023年
// 工作作出具体部署; 会议对2024年以来的工作作了回顾,并明确了2025年工作的总体要求.
var reReviewThenPlan = regexp.MustCompile(`对((?:19|20)\d{2})年[^。]{0,20}?(?:回顾|总结)[^。]{0,12}?(?:对|明确了?)((?:19|20)\d{2})年[^。]{0,12}?(?:部署|安排|总体要求|目标任务)`)

// reDaySessionLead is a story's lead opening on its day without the year
// (1月10日下午,; 元月10日,; 一月十日,; 12月21号下午,; 3月1日上午8时30分,; 2月11日上午九时,), or on a session's
// days (4月9日至10日,);
// its group is the month.
var reDaySessionLead = regexp.MustCompile(`^(\d{1,2}|元|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号](?:\s*(?:至|－|—|-|~|～)\s*(?:\d{1,2}月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?(?:上午|下午|晚上|晚间|晚)?(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:时|点)(?:\s*\d{1,2}\s*分|半)?)?\s*[,，]`)

// reSessionOpened is a sentence telling that a congress's session opened
// or closed: 适中乡第十九届人民代表大会第二次会议隆重开幕, 自治区十二届人大三次会议在
// 南宁胜利闭幕, 湾桥镇召开第四届人民代表大会
// 第三次会议, of a report read at it (在市十三届人大七次会议第一次全体会议上),
// or of its deputies at work (出席市四届人大四次会议的代表分团审议…, 出席市九届
// 人大四次会议的我区人大代表审议了…; 根据大会日程安排,陵水代表团召开会议审查…), or
// of a report made to it (省发展计划委员会主任…向省十届人大二次会议作《关于…的报告》;
// not one to be made, 拟向…会议提交的), or of a report it heard or
// reviewed (河南省第十三届人民代表大会第四次会议书面听取了关于…的报告, …会议审查了
// 县人民政府提出的关于…; not one it approved before: …会议审查批准的关于…).
var reSessionOpened = regexp.MustCompile(`(?:人民代表大会|人大)[^。，,]{0,12}会议[^。，,]{0,16}(?:开幕|闭幕|召开|举行|如期而至)|(?:人民代表大会|人大)第?[一二三四五六七八九十\d]+次(?:全体)?会议(?:书面)?(?:听取|审查|审议)了?(?:[^\P{Han}批通]\p{Han}{0,19}?)?\d{4}年|在\p{Han}{0,12}?第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)第?[一二三四五六七八九十\d]+次(?:全体)?会议\p{Han}{0,10}?上[,，]?\s*[^。，,]{0,30}?(?:向大会)?作了?\p{Han}{0,4}?《?(?:政府)?工作报告|(?:召开|举行)了?\p{Han}{0,12}?第[一二三四五六七八九十\d]+届(?:人民代表大会|人大)第?[一二三四五六七八九十\d]+次(?:全体)?会议|出席\p{Han}{0,12}?[一二三四五六七八九十]+届(?:人民代表大会|人大)第?[一二三四五六七八九十]+次(?:全体)?会议的\p{Han}{0,6}?代表|(?:^|[^拟将])向\p{Han}{0,12}?第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)第?[一二三四五六七八九十\d]+次(?:全体)?会议(?:作|提交)|根据大会日程安排[,，]\p{Han}{2,12}代表团`)

// sessionDayBelow returns the full day that opens a paragraph of the
// opening past its lead, where the paragraph says a congress's session
// opened or closed that day (2024年1月30日,新疆维吾尔自治区第十四届人民代表大会
// 第二次会议在新疆人民会堂开幕), or that opens on the session held that day
// (茂名市第十三届人民代表大会第一次会议于2022年1月10日开幕), or "".
func (m *metadataReader) sessionDayBelow() govsearch.Date {
	for _, s := range m.open[min(len(m.open), 4):] {
		s = strings.TrimSpace(s)
		if v := reFullDayLead.FindStringSubmatch(s); v != nil && reSessionHeadline.MatchString(s[len(v[0]):]) {
			return ParseDate(v[1])
		}
	}
	// The opening may stop at a story's first heading (一、大会背景): its
	// paragraphs are read from the text; not a report's, which tells of a
	// session held since (…于2021年12月28日召开以来).
	for _, s := range m.firstLines(12) {
		s = strings.TrimSpace(s)
		if loc := reSessionHeldOnDay.FindStringSubmatchIndex(s); loc != nil && !containsPrefix(s[loc[1]:], []string{"以来", "后", "期间", "前"}) && m.isStory() {
			return ParseDate(s[loc[2]:loc[3]]) // 茂名市第十三届人民代表大会第一次会议于2022年1月10日开幕
		}
	}
	return ""
}

// reEditionSessions is an e-paper's page line for the year's sessions,
// perhaps after the issue's day or the page's own name: 第02版:2014郑州两会,
// 2011-02-23 第A02版:2011两会, 第09版:风帆郑举 2021郑州两会, 00004版:2012浙江两会特别报道.
var reEditionSessions = regexp.MustCompile(`^(?:\d{4}-\d{1,2}-\d{1,2}\s*)?(?:第[A-Z]?\d{1,3}|\d{5})版\s*[:：]\s*(?:\p{Han}{2,8}\s+)?((?:19|20)\d{2})\s*年?\p{Han}{0,8}两会`)

// reSessionsYear is the year of the congresses' annual sessions a title
// names (2008两会, 2019年全国两会): the year the report was read.
var reSessionsYear = regexp.MustCompile(`^(?:\p{Han}{0,8}?)((?:19|20)\d{2})\s*年?\s*(?:全国|地方|省|市)?两会`)

// reMeetingSpeakerDate is a meeting line without its date, then the
// speaker and the date, on one line: 在大庙镇第十七届人民代表大会第一次会议上
// 镇长张荣耀 2017年1月19日.
var reMeetingSpeakerDate = regexp.MustCompile(`^\s*在\p{Han}{2,30}?人民代表大会第?[一二三四五六七八九十\d]+次(?:全体)?会议上\s*\p{Han}{0,16}?` + headTitle + `\s*\p{Han}{2,4}\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)

// reDateSessionSpeaker is the day, the session and the speaker run
// together before the report's first words: 2019年3月31日五显镇第十八届人民代表大会
// 三次会议镇长赵进现在,我代表镇人民政府….
var reDateSessionSpeaker = regexp.MustCompile(`^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\p{Han}{2,20}?第[一二三四五六七八九十\d]+届人民代表大会第?[一二三四五六七八九十\d]+次(?:全体)?会议上?\s*\p{Han}{0,12}?` + headTitle)

// reSpeakerDateSession is the speaker, the day and the session on the
// line over a report's text: 温家宝 2011 年 3 月 5 日 第十一届全国人民代表大会
// 第四次会议.
var reSpeakerDateSession = regexp.MustCompile(`^\s*\p{Han}{2,4}\s+((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在?\p{Han}{0,20}?第[一二三四五六七八九十\d]+届\p{Han}{0,12}?人民代表大会第?[一二三四五六七八九十\d]+次(?:全体)?会议`)

// headTitle is the title of a government's head who reads its report:
// 镇长, 县长, 主席.
const headTitle = `(?:镇长|乡长|县长|区长|市长|州长|旗长|盟长|省长|主席)`

// reLabelledDate is a page's date field alone on its line: 发布日期:2025年07月27日.
var reLabelledDate = regexp.MustCompile(`^(?:发布|更新|上传|成文|生成)(?:日期|时间)\s*[:：]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$`)

// reBracketedMonthAlone is a month alone on its line in brackets: (2021年2月).
var reBracketedMonthAlone = regexp.MustCompile(`^[(（]\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*[)）]$`)

// dateYear is the year of a date, or 0 for none.
func dateYear(d govsearch.Date) int {
	if len(d) < 4 {
		return 0
	}
	y, _ := strconv.Atoi(string(d[:4]))
	return y
}

// statedDates reads the dates the opening and the signature state: the
// meeting date (a meeting line, perhaps wrapped over two lines, or the
// date a resolution was adopted) and the issue date (a date alone on its
// line, an office's line with its date, the page's 成文日期).
func (m *metadataReader) statedDates() (meeting, issued govsearch.Date) {
	for i := range m.open {
		if reRelatedList.MatchString(strings.TrimSpace(m.open[i])) {
			break // links to other pages (相关文章 / …报告 / 2021-07-30 盱眙发布): their dates
		}
		if meeting == "" {
			meeting = m.meetingDateAt(i)
		}
		if meeting == "" {
			meeting = m.digitsDateUnderMeeting(i)
		}
		if issued == "" {
			issued = m.issueDateAt(i)
		}
	}
	for _, s := range m.sign {
		if v := reSignPublished.FindStringSubmatch(s); v != nil {
			// A page's publication date among its last lines (发布日期:
			// 2025年08月06日, 发布时间：2023-03-20) is its publication, no
			// signature's: a repost's date gives way to its title's year.
			if m.published == "" {
				m.published = v[1]
			}
			continue
		}
		// The day a site archived the page or the document expires
		// (归档时间:2017-09-07, up in a short page's top) is no signature's.
		if issued == "" && runes(s) <= 16 && !strings.Contains(s, "在") && !reNotIssueDateLabel.MatchString(s) {
			issued = ParseDate(s)
		}
		if v := reOfficeDate.FindStringSubmatch(s); v != nil && issued == "" {
			issued = ParseDate(v[1])
		}
	}
	if issued == "" {
		issued = ParseDate(m.written)
	}
	return meeting, issued
}

// signedYearOverWritten is the year of the month the text is signed in
// under its office (领导小组办公室 / 二○一六年一月, see issueMonthYear) where
// it is older than issued, the written day of the page's table, and that
// day is the one a portal generated the table on (生成日期: 2017-12-25) or
// an official date in the second half of a later year: the document's own.
// It is 0 for a month older than a 成文日期 (2024年12月 / 2025-01-10), for an
// attachment's month under a notice or a letter that forwards it, and
// where issued is no written day.
func (m *metadataReader) signedYearOverWritten(issued govsearch.Date) int {
	if issued != ParseDate(m.written) {
		return 0
	}
	if !m.writtenGenerated && (dateMonth(issued) < 7 || containsSuffix(m.doc.Title, []string{"通知", "函"})) {
		return 0
	}
	if y := m.issueMonthYear(); y != 0 && y < dateYear(issued) {
		return y
	}
	return 0
}

// dateMonth is the month of a date (2017-12-25 → 12), or 0.
func dateMonth(d govsearch.Date) int {
	if len(d) < 7 {
		return 0
	}
	n, _ := strconv.Atoi(string(d[5:7]))
	return n
}

// reNotIssueDateLabel labels a date that is not the document's: the day a
// site archived the page, the day it expires, the day a document site
// took it in (上传时间: 2012-11-26, 收录时间:, 存档时间|2024-08-23).
var reNotIssueDateLabel = regexp.MustCompile(`^\s*(?:` + notPageDayLabels + `|上传|收录)\p{Han}{0,2}\s*[:：|｜丨]`)

// notPageDayLabels open the labels of days that are neither the
// document's nor the page's (归档时间, 存档时间, 失效日期, 有效期), as an
// alternation for a pattern.
const notPageDayLabels = `归档|存档|失效|废止|截止|有效期`

// digitsDateUnderMeeting is the date written as eight digits alone on line
// i (20111228) right under a meeting line that gives none, or under its
// speaker (——在长沙市望城区第十二届人民代表大会第五次会议上 / 区长 谭小平 /
// 20111228), or "".
func (m *metadataReader) digitsDateUnderMeeting(i int) govsearch.Date {
	v := reDigitsDate.FindStringSubmatch(strings.TrimSpace(m.open[i]))
	if v == nil || i == 0 {
		return ""
	}
	// Right under the meeting line, or under the speaker under it; not a
	// field's value (数据截止日期： / 20231231, 索引号： / … / 20210108).
	prev := squeezeLetterSpacing(strings.TrimSpace(m.open[i-1]))
	under := reDatelessMeeting.MatchString(prev) ||
		i >= 2 && reSpeakerAlone.MatchString(foldSpaces(prev)) && reDatelessMeeting.MatchString(strings.TrimSpace(m.open[i-2]))
	if !under {
		return ""
	}
	return parseDate(v[1], v[2], v[3])
}

// reDigitsDate is a date of eight digits (20111228), and reDatelessMeeting
// a meeting line without its date (——在…第十二届人民代表大会第五次会议上).
var (
	reDigitsDate      = regexp.MustCompile(`^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$`)
	reDatelessMeeting = regexp.MustCompile(`^[—─-]*\s*在\p{Han}{2,40}?人民代表大会\p{Han}{2,12}?会议上$`)
)

// meetingDateAt is the date of the meeting the report was made at as line
// i of the opening gives it (a meeting line, a lead, the day a meeting
// reviewed it), or "".
func (m *metadataReader) meetingDateAt(i int) (meeting govsearch.Date) {
	s := m.open[i]
	if reDecisionDeck.MatchString(strings.TrimSpace(s)) {
		return "" // a deck of decisions on a session to come (决定省十三届人大四次会议2021年1月21日在石家庄召开 …)
	}
	if i > 0 && isNoticeAddressees(strings.TrimSpace(m.open[i-1])) && !isSalutation(m.open[i-1]) && !strings.HasPrefix(strings.TrimSpace(s), "—") {
		// A notice's first sentence under its addressees recalls the
		// session the report it acts on was read to (各乡镇人民政府…： /
		// 2019年12月30日,区长在区十七届人民代表大会第四次会议所作的《政府工作
		// 报告》安排部署了今年…): the notice is of its own day.
		return ""
	}
	// A meeting line letter-spaced (— — 2024年2月28日 在 苍 梧 县 第 十 七 届 人 民
	// 代 表 大 会…), or wrapped onto a letter-spaced line (——2020年5月13日在正镶白旗
	// 第十五届 / 人 民 代 表 大 会 第 三 次 会 议 上), is read squeezed.
	joined := wrappedLine(m.open, i)
	if isDashFigure(s) && !strings.HasSuffix(strings.TrimSpace(joined), "会议上") {
		// A dash and a year one token a line begin a meeting line only when
		// the lines joined end as one (——2021 / 年 / … / 日在…会议上), not a
		// bullet that recalls a meeting (——2022 / 年 / … / 日在市十九届人大
		// 一次会议上确定的十项民生实事全部完成).
		joined = s
	}
	if reLabelledDate.MatchString(strings.TrimSpace(s)) {
		// A page's labelled date over a meeting line that lacks its own
		// (发布日期:2025年07月27日 / 在大庙镇第十七届人民代表大会第一次会议上 镇长…
		// 2017年1月19日) begins no wrapped meeting line.
		joined = s
	}
	if v := reMeetingLine.FindStringSubmatch(joined); v != nil && meeting == "" && strings.Index(joined, v[0]) < len(s) {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if sq, sqJoined := squeezeLetterSpacing(s), squeezeLetterSpacing(joined); meeting == "" && sqJoined != joined {
		if v := reMeetingLine.FindStringSubmatch(sqJoined); v != nil && strings.Index(sqJoined, v[0]) < len(sq) {
			meeting = parseDate(v[1], v[2], v[3])
		}
	}
	if v := reRunTogetherMeeting.FindStringSubmatch(joined); v != nil && meeting == "" && strings.Index(joined, v[0]) < len(s) {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reSpacedMeeting.FindStringSubmatch(joined); v != nil && meeting == "" && strings.Index(joined, v[0]) < len(s) {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reAdoptedOn.FindStringSubmatch(joined); v != nil && meeting == "" && strings.Index(joined, v[0]) < len(s) {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reMeetingSpeakerDate.FindStringSubmatch(s); v != nil && meeting == "" {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reDateSessionSpeaker.FindStringSubmatch(s); v != nil && meeting == "" {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reSpeakerDateSession.FindStringSubmatch(s); v != nil && meeting == "" {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reLeadMeetingDay.FindStringSubmatch(s); v != nil && meeting == "" && i < 8 {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reReviewedOn.FindStringSubmatch(s); v != nil && meeting == "" {
		meeting = parseDate(v[1], v[2], v[3])
	}
	below := strings.Join(m.open[i:min(len(m.open), i+3)], " ")
	if v := reMeetingThenDate.FindStringSubmatch(below); v != nil && meeting == "" {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reMeetingThenRunTogether.FindStringSubmatch(below); v != nil && meeting == "" {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if meeting == "" {
		v := reSessionDateLine.FindStringSubmatch(strings.TrimSpace(s))
		if v == nil {
			v = reSessionDateLine.FindStringSubmatch(strings.TrimSpace(joined))
		}
		if rest, ok := strings.CutPrefix(strings.TrimSpace(s), "报告背景"); ok && v == nil {
			// A site that lists reports gives the session under its label:
			// 报告背景:2010年1月16日江苏省第十一届人民代表大会第三次会议.
			v = reSessionDateLine.FindStringSubmatch(strings.TrimLeft(rest, ":： "))
		}
		if k := reRunOnMeetingDash.FindStringIndex(s); k != nil && v == nil && i <= 4 && namesReport(cleanTitle(s[:k[0]])) && !slices.ContainsFunc(m.open[:i], sameTitleAs(cleanTitle(s[:k[0]]))) && !slices.ContainsFunc(m.open[:i], isListHead) {
			// The report's own title with its meeting line run on, the 在
			// lost (七宝镇人民政府工作报告 ——2024年1月10日七宝镇第二十届 人民代表大会
			// 第五次会议上 镇长 吴昌飞), among the text's first lines: not a list
			// of past reports under the same title or a list's head (…(全文) /
			// 历年政府工作报告 / …——2023年1月12日…; 往年报告 / 七宝镇2023年…——…).
			v = reSessionDateLine.FindStringSubmatch(squeezeSpaces(strings.TrimSpace(s[k[0]:])))
		}
		if v != nil {
			meeting = parseDate(v[1], v[2], v[3])
		}
	}
	return meeting
}

// sameTitleAs returns a test of whether an opening line, cleaned as a
// title, is title.
func sameTitleAs(title string) func(string) bool {
	return func(s string) bool { return cleanTitle(s) == title }
}

// reRunOnMeetingDash is the dash between a title and its meeting line run
// on after it: ——, —, --.
var reRunOnMeetingDash = regexp.MustCompile(`\s*(?:[—－]{1,2}|--)\s*(?:19|20)\d{2}\s*年`)

// reMeetingThenDate is a meeting line without its date, the date in
// brackets after the speaker, on the line or the lines under it: ——在大理市
// 第九届人民代表大会第五次会议上 大理市人民政府代理市长 严启红 (2020年5月28日);
// the meeting may follow the title on its line (政府工作报告 在济宁市…会议上
// (2016年2月16日)) or stand without a dash (在南宁市…会议上 / 南宁市市长
// 孙大光(2021年10月25日)).
var reMeetingThenDate = regexp.MustCompile(meetingThenLead + `[^。，,；;()（）]{0,40}?[(（]\s*(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s*[)）]`)

// meetingThenLead is a meeting line without its date, up to where its
// date follows (see reMeetingThenDate, reMeetingThenRunTogether).
const meetingThenLead = `(?:^|\s)(?:——|──|—|--)?\s*在[^。，,；;]{2,60}?(?:人民代表大会|人大|会议)上?`

// compactDate is a date whose 年 and 月 were lost in scraping, its year,
// month and day captured: 20161228.
const compactDate = `((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])`

// reMeetingThenRunTogether is reMeetingThenDate with the date's 年 and 月
// lost in scraping, and perhaps its opening bracket: 在包河区第四届人民代表大会
// 第一次会议上的工作报告 / 20161228日).
var reMeetingThenRunTogether = regexp.MustCompile(meetingThenLead + `[^。，,；;()（）\d]{0,40}?[(（]?\s*` + compactDate + `日\s*[)）]`)

// reSessionDateLine is a line of a date and the session it was read to,
// without 在: 2024年11月27日县十八届人大常委会第二十三次会议, perhaps wrapped
// and with its 次 lost (——2023年1月10日安丘市第十九届 / 人民代表大会第二会议上),
// in brackets with its 在 lost ((2021年 9月27日峰镇第十九届人民代表大会第一次
// 会议上)), or with its speaker run on (——2016年1月6日大连市西岗区第十七届人民代表
// 大会第四次会议大连市西岗区人民政府区长阎利军).
var reSessionDateLine = regexp.MustCompile(`^[—－\-\s(（]*(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s*\p{Han}{0,20}?第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)(?:常务委员会|常委会)?第?[一二三四五六七八九十\d]+次?(?:全体)?会议上?[)）]?(?:\s*\p{Han}{0,30}?(?:代理|代)?(?:市长|县长|区长|省长|州长|旗长|盟长|镇长|乡长|主席|局长)\s*\p{Han}{2,4})?$`)

// reRunTogetherMeeting is a meeting line whose 年 and 月 were lost in
// scraping: ——20191224日在武汉市武昌区第十五届人民代表大会第五次会议上.
var reRunTogetherMeeting = regexp.MustCompile(`(?:^|[^\d])` + compactDate + `日[^在，。；,;]{0,14}?在(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)

// reSpacedMeeting is a meeting line whose 年 and 月 became spaces in a
// document saved from a PDF: ——2020 1 7 日在株洲市第十五届人民代表大会第四次会议上.
var reSpacedMeeting = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})\s*日[^在，。；,;]{0,14}?在(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)

// wrappedLine returns open[i] joined to the line after it, a meeting line
// wrapped over two lines; a line of a figure or a word of a date (——, 2020,
// 年) is joined to all such lines after it and the line after them, where a
// page splits every number onto its own line (—— / 2020 / 年 / 1 / 月 / 12 /
// 日在吉林省…).
func wrappedLine(open []string, i int) string {
	joined, j := open[i], i+1
	for j < len(open) && j <= i+8 && isDateScrap(open[j-1]) {
		joined += strings.TrimSpace(open[j])
		j++
	}
	if j == i+1 && j < len(open) {
		joined += open[j]
	}
	return joined
}

// isDashFigure reports a line of a dash and a figure: ——2021.
func isDashFigure(s string) bool {
	s = strings.TrimSpace(s)
	figure := strings.TrimLeft(s, "—―－-")
	return figure != s && figure != "" && strings.Trim(figure, "0123456789") == ""
}

// isDateScrap reports a line holding only a figure, a dash or a word of a
// date, or a dash and a figure: 2020, 年, ——, ——2021.
func isDateScrap(s string) bool {
	s = strings.TrimSpace(s)
	figure := strings.TrimLeft(s, "—―－-") // ——2021 is a dash and a figure
	return s != "" && runes(figure) <= 4 && strings.Trim(figure, "0123456789年月日") == ""
}

// issueDateAt is the date line i of the opening gives the document's issue
// (a date line, an office and its date, a date a site adds after the
// title), or "".
func (m *metadataReader) issueDateAt(i int) (issued govsearch.Date) {
	s := m.open[i]
	if issued == "" && runes(s) <= 16 && !strings.Contains(s, "在") && !isMetadataLine(s) && !strings.ContainsAny(s, ":：") && !reNotIssueDateLabel.MatchString(s) && !reWeekday.MatchString(s) && !m.weekdayUnder(i) {
		issued = ParseDate(s)
	}
	if v := reOfficeDate.FindStringSubmatch(s); v != nil && issued == "" {
		issued = ParseDate(v[1])
	}
	if issued == "" && i > 0 && (containsAny(m.open[i-1], []string{"局", "调查队", "政府"}) || reNoticeClosing.MatchString(strings.TrimSpace(m.open[i-1]))) {
		// Under the office, or under a notice's closing (…印发给你们，请认真贯彻
		// 执行。), its date that lost 年, 月 and 日 (2019316, 202158).
		issued = lostMarksDate(strings.TrimSpace(s))
	}
	if issued == "" && reYearCell.MatchString(strings.TrimSpace(s)) && i > 0 && containsAny(m.open[i-1], []string{"局", "调查队", "调查总队", "政府"}) {
		// The office's date flattened one table cell per line (云南省统计局 /
		// 国家统计局云南调查总队 / 2010 / 年 / 3 / 月 / 23 / 日).
		var b strings.Builder
		for _, c := range m.open[i:min(len(m.open), i+6)] {
			b.WriteString(strings.TrimSpace(c))
		}
		if reDateAlone.MatchString(b.String()) {
			issued = ParseDate(b.String())
		}
	}
	if v := reRunOnOfficeDate.FindStringSubmatch(s); v != nil && issued == "" {
		issued = ParseDate(v[1])
	}
	if v := reOrganDateAfterTitle.FindStringSubmatch(s); v != nil && issued == "" && namesReport(cleanTitle(s)) {
		issued = ParseDate(v[1])
	}
	if v := reRunOnSignature.FindStringSubmatch(s); v != nil && issued == "" {
		issued = ParseDate(v[1])
	}
	if v := reDateOffice.FindStringSubmatch(strings.TrimSpace(s)); v != nil && issued == "" {
		issued = ParseDate(v[1])
	}
	// The date and speaker a site adds after the title: 福建省政府工作报告
	// (2023年1月11日 赵龙), the day the report was read; the title may hold
	// a spammer's words before it (江南真人珠海市政府工作报告(2025年2月20日 吴泽桐)).
	if v := reTitleDateSpeaker.FindStringSubmatch(s); v != nil && issued == "" && m.doc.Title != "" && strings.HasSuffix(cleanTitle(s), m.doc.Title) {
		issued = ParseDate(v[1])
	}
	// The same alone on its line under the title, the speaker's name up to
	// four characters, spaced inside its brackets: (2005年5月10日 向巴平措),
	// (2003年1月13日 张中伟 ); not a photo's credit (2005年5月10日 摄).
	if v := reDateSpeakerAlone.FindStringSubmatch(strings.TrimSpace(s)); v != nil && issued == "" && !creditWords[v[2]] {
		issued = ParseDate(v[1])
	}
	// An encyclopedia's lead on the report: 《2008年安徽省政府工作报告》是安徽省
	// 人民政府2008年1月25日发表的一份报告.
	// Not a day the lead only bases the document on (是根据中共德阳市委2020年
	// 12月5日提出的建议编制的规划纲要).
	if v := reEncyclopediaLead.FindStringSubmatch(s); v != nil && issued == "" && !reLeadBasis.MatchString(v[1]) {
		issued = ParseDate(v[2])
	}
	// The day after a session's label for its papers, on a page that lost
	// its line breaks: 2020年玄武区人民政府工作报告 玄武区十八届人大四次会议文件之一
	// (2020年1月3日) 钱 维 各位代表:.
	if v := reSessionPaperDate.FindStringSubmatch(s); v != nil && issued == "" {
		issued = ParseDate(v[1])
	}
	// The day a notice signs with, run on after its last sentence on a page
	// that lost its line breaks: …现印发给你们,请结合实际情况,认真组织实施。
	// 二○○六年三月二十九日 呼和浩特市国民经济和社会发展….
	if v := reNoticeRunOnDate.FindStringSubmatch(s); v != nil && issued == "" {
		issued = ParseDate(v[1])
	}
	// The day written as eight figures after the title:
	// 威远县2023年政府工作报告(20230111).
	if v := reTitleCompactDate.FindStringSubmatch(strings.TrimSpace(s)); v != nil && issued == "" && m.doc.Title != "" && cleanTitle(s) == m.doc.Title {
		issued = parseDate(v[2], v[3], v[4])
	}
	// So in the name of the file a document site shares:
	// 《2023年XX镇政府工作报告(20240127).docx》由会员分享.
	if f := reSharedDocument.FindStringSubmatch(s); f != nil && issued == "" && m.doc.Title != "" {
		if v := reTitleCompactDate.FindStringSubmatch(f[1] + f[2]); v != nil && cleanTitle(v[1]) == m.doc.Title {
			issued = parseDate(v[2], v[3], v[4])
		}
	}
	// The date under the title, the text run on after it: 2018年3月30日 今年以来，….
	if v := reDateOpensLine.FindStringSubmatch(s); v != nil && issued == "" && m.doc.Title != "" && lineAboveIsTitle(m.open, i, m.doc.Title) {
		if v[1] != "" {
			issued = ParseDate(v[1])
		} else if w := reYearRunOn.FindStringSubmatch(s[len(v[0]):]); w != nil && w[1] < v[2][:4] && ClassifyDocType(m.doc.Title, "") != "其他" {
			// the date of a report on the year before it, run on: (2009年4月10日) 2008年在区委…
			issued = ParseDate(v[2])
		} else if d := ParseDate(v[2]); d != "" && strings.HasPrefix(strings.TrimSpace(s[len(v[0]):]), sameDayInText(string(d))) {
			// a story's date over its lead, which tells the same day:
			// (2011年2月16日) 2月16日下午,溧阳代表团分组对…进行了认真审议.
			issued = d
		}
	}
	return issued
}

// reNoticeClosing is the last sentence of a notice that issues a document:
// …印发给你们，请认真贯彻执行。
var reNoticeClosing = regexp.MustCompile(`(?:印发给你们|印发你们)[^。]{0,30}。$`)

// reNoticeRunOnDate is a notice's last sentence (现印发给你们…。) and the
// day it signs with after it, perhaps after its issuer's name, the text
// run on (folded: the day in figures).
var reNoticeRunOnDate = regexp.MustCompile(`现印发给你们[^。]{0,40}。\s*(?:\p{Han}{2,30}(?:人民政府|办公厅|办公室)\s*)?(\d{4}年\d{1,2}月\d{1,2}日)(?:\s|$)`)

// reEncyclopediaLead is an encyclopedia's first sentence on a report: its
// name in book-title marks, who delivered it and the day
// (《2008年安徽省政府工作报告》是安徽省人民政府2008年1月25日发表的一份报告); not
// the day a report was submitted (提出) to a meeting held later.
var reEncyclopediaLead = regexp.MustCompile(`^《[^《》]{4,60}》是([\p{Han}（）()]{2,30}?)于?(\d{4}年\d{1,2}月\d{1,2}日)(?:在[^。，,]{0,40}?)?(?:发表|发布|所作|作)的`)

// reLeadBasis is what an encyclopedia's lead bases a document on, not who
// delivered it: 根据中共德阳市委….
var reLeadBasis = regexp.MustCompile(`^(?:根据|依据|按照|参照|遵照)`)

// reSessionPaperDate is a session's label for its papers with the day in
// brackets after it: 玄武区十八届人大四次会议文件之一 (2020年1月3日).
var reSessionPaperDate = regexp.MustCompile(`届人大\p{Han}{1,4}次会议文件(?:之[一二三四五六七八九十]{1,3})?\s*[(（]\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*[)）]`)

// reSignPublished is a page's labelled publication date on a line of its
// own: 发布日期:2025年08月06日, 发布时间：2023-03-20 (not 成文日期 or a bare
// 日期：, which may date the document itself).
var reSignPublished = regexp.MustCompile(`^\s*(?:发布日期|发布时间|发表日期|发表时间|更新时间)\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)`)

// reWeekday is the day of the week after a date: the clock a page shows in
// its header (2023年10月11日 星期三), the day it was saved, never the
// document's issue date.
var reWeekday = regexp.MustCompile(`(?:星期|礼拜|周)[一二三四五六日天]`)

// weekdayUnder reports the day of the week alone on the line under line i
// of the opening: the date over it is the clock of the site's header
// (2024年04月26日丨 / 星期五).
func (m *metadataReader) weekdayUnder(i int) bool {
	return i+1 < len(m.open) && reWeekdayAlone.MatchString(m.open[i+1])
}

// reWeekdayOpens is a paper's weekday line (星期二 农历腊月廿七, 星期二，农历…,
// 周二), not a
// headline that names a weekday inside it (坚持每周一调度, 周日不休).
var reWeekdayOpens = regexp.MustCompile(`^(?:星期|礼拜|周)[一二三四五六日天](?:[\s，,、；;（(/／·|｜]|农历|$)`)

// reWeekdayAlone is a line holding only the day of the week.
var reWeekdayAlone = regexp.MustCompile(`^\s*(?:星期|礼拜|周)[一二三四五六日天]\s*$`)

// reOfficeDate is an issuing office's line with its date, one office or
// two, bracketed or not: 国家统计局蒙城调查队 2021年3月25日, 重庆市开州区统计局
// 国家统计局开州调查队2024年4月29日, (開福區統計局 2019年4月12日), the two apart by
// a list comma ((珠海市统计局、国家统计局珠海调查队 2009年3月18日)).
var reOfficeDate = regexp.MustCompile(`^(?:[\p{Han}（）()]{2,30}?(?:局|队|委员会|政府|办公室|厅)(?:\s+|\s*[、，,]\s*))?[\p{Han}（）()]{2,30}?(?:局|队|委员会|政府|办公室|厅)\s*(\d{4}年\d{1,2}月\d{1,2}日)[)）]?$`)

// reYearRunOn is a year opening the text run on after a bracketed date:
// (2009年4月10日) 2008年在区委….
var reYearRunOn = regexp.MustCompile(`^\s*((?:19|20)\d{2})\s*年`)

// lineAboveIsTitle reports whether the line over open[i], past lines of
// no words (a page's table rules: ||||||||||), is the title.
func lineAboveIsTitle(open []string, i int, title string) bool {
	for k := i - 1; k >= 0; k-- {
		if !strings.ContainsFunc(open[k], isHan) {
			continue
		}
		return cleanTitle(open[k]) == title
	}
	return false
}

// sameDayInText is a date written as a story's lead gives its day:
// 2011-02-16 → 2月16日.
func sameDayInText(date string) string {
	if len(date) < 10 {
		return "\x00" // no day to tell
	}
	month, day := strings.TrimLeft(date[5:7], "0"), strings.TrimLeft(date[8:10], "0")
	return month + "月" + day + "日"
}

// reDateOpensLine is a whole date opening a line, apart from what follows.
// or in brackets: (2009年4月10日) 2008年在区委、区政府的领导下….
var reDateOpensLine = regexp.MustCompile(`^\s*(?:(\d{4}年\d{1,2}月\d{1,2}日)\s|[(（](\d{4}年\d{1,2}月\d{1,2}日)[)）])`)

// reDateOffice is a communiqué's date, then its office, on the line under
// its title: 2018-04-04 南通市统计局.
var reDateOffice = regexp.MustCompile(`^(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s+[\p{Han}（）()]{2,30}?(?:局|队|委员会|政府|办公室|厅)$`)

// reOrganDateAfterTitle is the issuing government and its date in
// brackets at the end of a title line: …计划执行情况的报告——在市十七届人大
// 常委会第三十二次会议上。广德市人民政府(2020年7月31日).
var reOrganDateAfterTitle = regexp.MustCompile(`[。\s]\p{Han}{2,20}(?:人民政府|局|委员会)\s*[(（](\d{4}年\d{1,2}月\d{1,2}日)[)）]\s*$`)

// lostMarksDate reads a date alone on its line that lost its 年, 月 and 日
// (2019316) when its figures read one way only, else "".
func lostMarksDate(s string) govsearch.Date {
	v := reLostMarksDate.FindStringSubmatch(s)
	if v == nil {
		return ""
	}
	if found := readingsOf(v[1], v[2]); len(found) == 1 {
		return found[0]
	}
	return ""
}

// reLostMarksDate is a year and four or fewer figures of month and day,
// perhaps with the 日 and the brackets that survived (2016316日)).
var reLostMarksDate = regexp.MustCompile(`^[(（]?((?:19|20)\d{2})(\d{2,4})日?[)）]?$`)

// reRunOnSignature is a notice's last sentence, then its signature and
// date at the end of its line or before its publication note, on a page
// that lost its line breaks: …请认真贯彻执行。 寿光市人民政府 2023年4月7日
// (此件公开发布) 2023年寿光市国民经济….
var reRunOnSignature = regexp.MustCompile(`。\s*\p{Han}{2,20}(?:人民政府|办公室)\s+(\d{4}年\d{1,2}月\d{1,2}日)\s*(?:[(（]此件[^()（）]{2,8}[)）]|$)`)

// reRunOnOfficeDate is the title, the issuing office and its date in
// brackets on a page that lost its line breaks: 2021年紫云…统计公报 紫云自治县
// 统计局 (2022年4月28日) 2021年是…; or, under the title, the office and
// its date with the text run on: 红塔区统计局 (2009年3月5日) 2008年，….
var reRunOnOfficeDate = regexp.MustCompile(`^(?:\S{6,60}?(?:统计公报|工作报告|的报告)\s+)?(?:[\p{Han}（）()]{2,30}?(?:局|队|委员会|政府|办公室|厅)\s+){1,2}[(（](\d{4}年\d{1,2}月\d{1,2}日)[)）]`)

// reDateSpeakerAlone is a report's date and speaker in brackets alone on
// a line (see issueDateAt); creditWords are what else stands after a date
// there: a photo's or a text's credit.
var (
	reDateSpeakerAlone = regexp.MustCompile(`^[(（]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s+(\p{Han}{2,4})\s*[)）]$`)
	creditWords        = map[string]bool{"摄": true, "摄影": true, "供图": true, "记者": true, "编辑": true, "发布": true, "更新": true, "来源": true}
)

// reTitleDateSpeaker is the date, perhaps with its speaker, in brackets
// after a title: (2023年1月11日 赵龙), (2020年 1月 15日).
var reTitleDateSpeaker = regexp.MustCompile(`[(（](\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\p{Han}{2,4})?[)）]\s*$`)

// meetingLineBelow returns the date of a meeting line of its own among the
// first lines of the text, past the opening (under a long table of
// contents that the opening could not skip): a short line that is the
// meeting line and nothing else (——2020年7月28日在区第五届人大常委会第三十五次
// 会议上), never a date in a sentence. It returns "" without one.
func (m *metadataReader) meetingLineBelow() govsearch.Date {
	body := m.pg.body[:min(len(m.pg.body), 120)]
	for i, l := range body {
		s := strings.TrimSpace(foldForMetadata(l.text))
		if runes(s) > 60 || strings.ContainsAny(s, "。，,；;") {
			continue
		}
		if !reMeetingLine.MatchString(s) && i+1 < len(body) && runes(body[i+1].text) <= 30 {
			// wrapped before 人民代表大会: ──2021年4月10日在肇庆市鼎湖区第八届 /
			// 人民代表大会第八次会议上
			s += strings.TrimSpace(foldForMetadata(body[i+1].text))
		}
		if v := reMeetingLine.FindStringSubmatch(s); v != nil && startsWithMatch(reMeetingLine, strings.TrimLeft(s, " —─-")) {
			return parseDate(v[1], v[2], v[3])
		}
	}
	return ""
}

// issueDateInBody reads the date of a short 印发 line (天津市南开区人民政府
// 办公室 2021年1月21日印发), repairing one whose 年 and 月 were lost when the
// meeting and publication dates leave one reading.
func (m *metadataReader) issueDateInBody(meeting, published govsearch.Date) govsearch.Date {
	issued := govsearch.Date("")
	for _, l := range m.pg.body {
		if strings.Contains(l.text, "印发") && runes(l.text) <= 40 {
			if d := ParseDate(l.text); d != "" {
				issued = d
			} else if d := ParseDamagedDate(l.text, meeting, published); d != "" {
				issued = d
			}
		}
	}
	return issued
}

// issueMonthYear is the year of an issue date without its day, or with its
// 年 and 月 lost, alone on its line under the issuing office, bracketed or
// not, in figures or in Chinese numerals (西丰县发展和改革局 / 2015年12月,
// 苍梧县统计局 / （2024年3月）, 重庆市九龙坡区统计局 / 2019325, 北京市西城区人民政府 /
// 二〇一六年一月), a year alone under it (涟水县人民政府 / 二〇二一年), or opening the line under the
// document's title (武汉市…规划纲要 / 2016年4月 目录 …) or over the contents
// it opens (2026年5月 / 目  录), or 0.
func (m *metadataReader) issueMonthYear() int {
	kind := ClassifyDocType(m.doc.Title, "")
	for i, s := range m.open {
		// The month a site adds after the title, in brackets: 静安区人民政府
		// 工作报告(2014年1月), the month it was read in.
		if v := reTitleMonth.FindStringSubmatch(s); v != nil && m.doc.Title != "" && cleanTitle(s) == m.doc.Title && kind != "其他" {
			if y, _ := strconv.Atoi(v[1]); y >= 1949 {
				return y
			}
		}
		if i == 0 {
			// A month alone in brackets opening a page that lost its
			// title, over the text it dates ((2021年2月) / 2020年,面对…): the
			// month it was issued in.
			if v := reBracketedMonthAlone.FindStringSubmatch(strings.TrimSpace(s)); v != nil && m.doc.Title == "" {
				y, _ := strconv.Atoi(v[1])
				return y
			}
			continue
		}
		// The office that compiled it (临沧市财政局 编制) signs it too.
		above := strings.TrimSpace(reCompiledByOffice.ReplaceAllString(m.open[i-1], ""))
		// 二 〇 二一年三月 spaced for looks, -2021年3月 - set between dashes.
		v := reMonthAlone.FindStringSubmatch(chineseMonthToDigits(strings.Trim(squeezeSpaces(s), "()（）-—－ ")))
		if under := reMonthOpens.FindStringSubmatch(s); v == nil && under != nil && m.doc.Title != "" && cleanTitle(above) == m.doc.Title {
			v = under
		}
		// An office's name may be letter-spaced (嵊 泗 县 统 计 局).
		signed := signsAll(above) || signsAll(squeezeLetterSpacing(above))
		if v == nil && signed {
			v = reCoverYear.FindStringSubmatch(strings.TrimSpace(s))
		}
		// An outline's cover gives its month over the contents it opens
		// (…规划纲要 摘要 … 2026年5月 / 目  录).
		overContents := i+1 == m.afterContents && kind == "五年规划纲要"
		// So does an outline's approval note under its title ((潮州市湘桥区第六届
		// 人民代表大会第八次会议审议批准) / 2021 年9 月).
		approved := reApprovalNote.MatchString(strings.TrimSpace(above)) && kind == "五年规划纲要"
		// So does a cover's issuer, the name the title opens with, under
		// the title (潍坊滨海经济技术开发区…规划纲要 / 潍坊滨海经济技术开发区 /
		// 2021 年6 月).
		cover := i >= 2 && runes(above) >= 2 && strings.HasPrefix(m.doc.Title, above) && endsOwnTitle(cleanTitle(m.open[i-2]), m.doc.Title)
		// …or the issuer the title opens with over the document's kind
		// (柳城县人民政府办公室柳城县2023年度部门决算公开 / 柳城县人民政府办公室 /
		// 2023年部门决算 / 2024年9月).
		if !cover && i >= 2 {
			issuer := strings.TrimSpace(m.open[i-2])
			cover = runes(issuer) >= 4 && strings.HasPrefix(m.doc.Title, issuer) && m.doc.Title != issuer && ClassifyDocType(cleanTitle(above), "") != "其他"
		}
		if v == nil || !signed && !overContents && !approved && !cover && !endsOwnTitle(cleanTitle(above), m.doc.Title) && !m.titleWrappedAbove(i) {
			continue
		}
		if y := yearNumber(v[1]); y >= 1949 {
			return y
		}
	}
	for _, s := range m.open {
		// A document flattened onto one line: its office and the month it
		// signed in, spaced apart (西夏区财政局 二○二一 年十一月 表 格 目 录).
		v := reOfficeThenMonth.FindStringSubmatch(s)
		if v == nil {
			// …or in brackets, run on with the text: 宝鸡市金台区统计局 (2012年2月) 2011年，我区….
			if v = reOfficeMonthBracketed.FindStringSubmatch(s); v != nil && v[3] != "" && v[1] == "人民政府" {
				v = nil // a government's name with a day is a site's date widget
			}
			if v != nil {
				v = []string{v[0], v[2]} // the year
			}
		}
		if v == nil && runes(s) >= minRunOnLine {
			// …or its day after it, run on with the text: 茅箭区统计局 2010年4月15日
			// 2009年是…; not a site's date widget (…统计局 2025年3月2日 星期日) or
			// a list of its latest items (丰城市统计局 2024年12月16日 2024年1-11月…).
			v = reOfficeDayRunOn.FindStringSubmatch(s)
		}
		if v == nil {
			v = reAuthorOfficeDay.FindStringSubmatch(s)
		}
		if v != nil {
			if y := yearNumber(v[1]); y >= 1949 {
				return y
			}
		}
	}
	return 0
}

// reCompiledByOffice is the word after the office that compiled a
// volume on its cover: 临沧市财政局 编制, 黄陂区发展和改革局 编.
var reCompiledByOffice = regexp.MustCompile(`\s+(?:编制|编印|编)\s*$`)

// yearNumber reads a year written in four figures or four Chinese digits
// (2021, 二〇二一), or 0.
func yearNumber(s string) int {
	if strings.Trim(s, "0123456789") != "" {
		s = cnYear(s) // numerals, or numerals and digits mixed (二00七)
	}
	y, _ := strconv.Atoi(s)
	return y
}

// reTitleMonth is a year and month in brackets at the end of a title line.
var reTitleMonth = regexp.MustCompile(`[(（]\s*((?:19|20)\d{2})\s*年\s*(?:1[0-2]|0?[1-9])\s*月\s*[)）]\s*$`)

// reOfficeThenMonth is an office's name and a year and month after it,
// standing apart from the text around them: 西夏区财政局 二○二一 年十一月.
var reOfficeThenMonth = regexp.MustCompile(`(?:^|\s)\p{Han}{2,16}(?:局|人民政府|委员会|办公室)\s+((?:19|20)\d{2}|[〇○零Ｏ一二三四五六七八九]{4})\s*年\s*(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]{1,2})\s*月(?:\s|$)`)

// signsAll reports whether line is a signature of one organ or of several
// side by side (眉山市东坡区统计局 眉山市东坡区城乡经济监测中心), or of the
// research group, academy or leading group's office that drafted a plan
// with it (湖南省社会科学院课题组, 湖北省社会科学院, 东湖区“十三五”规划编制
// 工作领导小组办公室).
func signsAll(line string) bool {
	organs := strings.Fields(line)
	for _, o := range organs {
		if !reSignature.MatchString(o) && !isOrganName(o) && !(runes(o) >= 6 && containsSuffix(o, []string{"中心", "课题组", "科学院", "研究院", "领导小组办公室"})) {
			return false
		}
	}
	return len(organs) > 0
}

// endsOwnTitle reports whether line is the document's title or, where the
// title is broken over lines, its last line (五年规划和二〇三五年远景目标纲要
// under 东至县国民经济和社会发展第十四个).
func endsOwnTitle(line, title string) bool {
	return line != "" && (line == title || runes(line) >= 6 && strings.HasSuffix(title, line))
}

// titleWrappedAbove reports whether the two to four lines above line i of
// the opening are the document's title broken over lines, perhaps with the
// draft or part it is after it (巴中市巴州区国民经济和社会发展 / 第十四个五年规划
// 和 2035 年远景目标 / 纲要草案): a cover, over its month. A site's word after
// the title (全文) makes no cover: the month under it is the site's.
func (m *metadataReader) titleWrappedAbove(i int) bool {
	title := squeezeSpaces(m.doc.Title)
	if runes(title) < 8 {
		return false
	}
	for k := 2; k <= min(4, i); k++ {
		above := squeezeSpaces(strings.Join(m.open[i-k:i], ""))
		if rest, ok := strings.CutPrefix(above, title); ok && reDraftOrPart.MatchString(rest) {
			return true
		}
	}
	return false
}

// reDraftOrPart is what a cover may say of its document after the title:
// nothing, or the draft or part it is (草案, （征求意见稿）, 书面).
var reDraftOrPart = regexp.MustCompile(`^(?:[(（]?(?:草案|征求意见稿|送审稿|摘要|书面)[)）]?)?$`)

// reMonthAlone is a year and month alone on a line (2015年12月, 2015年12), its
// day without 日 (2024年4月19),
// or a date whose 年, 月 and 日 were lost (2019325, 20215).
var reMonthAlone = regexp.MustCompile(`^((?:19|20)\d{2})(?:年(?:1[0-2]|0?[1-9])月?(?:(?:[12]\d|3[01]|0?[1-9])日?)?|(?:1[0-2]|[1-9])(?:[12]\d|3[01]|0?[1-9])?)$`)

// reCoverYear is a year alone on its line, as a plan's cover gives it
// under its issuer (涟水县人民政府 / 二〇二一年).
var reCoverYear = regexp.MustCompile(`^((?:19|20)\d{2}|[〇○零Ｏ一二三四五六七八九]{4})\s*年$`)

// reMonthOpens is a year and month opening a line, apart from what follows:
// 2016年4月 目录.
var reMonthOpens = regexp.MustCompile(`^\s*((?:19|20)\d{2})年(?:1[0-2]|0?[1-9])月(?:\s|$)`)

// meetingMonthYear is the year of a meeting line without its day
// (——2024年1月在成都市第十八届…), or of one whose 年 and 月 were lost so that
// its month and day read two ways (——2014114日在沧县第十五届…: 1月14日 or
// 11月4日, in 2014 either way), or 0.
func (m *metadataReader) meetingMonthYear() int {
	for i := range m.open {
		s := wrappedLine(m.open, i) // wrapped before its congress: 202133日在平阳县 / 第十六届人民代表大会…
		if v := reMeetingMonth.FindStringSubmatch(s); v != nil {
			y, _ := strconv.Atoi(v[1])
			return y
		}
		v := reDamagedMeeting.FindStringSubmatch(s)
		if v == nil {
			v = reDamagedMeetingNoDay.FindStringSubmatch(strings.TrimSpace(s))
		}
		if v == nil {
			v = reDamagedMeetingNoDash.FindStringSubmatch(strings.TrimSpace(s))
		}
		if v != nil && len(readingsOf(v[1], v[2])) > 0 {
			y, _ := strconv.Atoi(v[1])
			return y
		}
		if v := reDamagedMeetingYearOnly.FindStringSubmatch(strings.TrimSpace(s)); v != nil {
			y, _ := strconv.Atoi(v[1])
			return y
		}
	}
	return 0
}

// reDamagedMeetingYearOnly is a meeting line under its dash whose month was
// lost with more than its 年 and 月, only its year whole (——2021 3日在赣州市
// 赣县区第一届人民代表大会第次会议上): the year the congress met.
var reDamagedMeetingYearOnly = regexp.MustCompile(`^[—─－]{1,4}\s*((?:19|20)\d{2})[\s\d]{1,6}日?在\p{Han}{2,40}?(?:人民代表大会|人大)\p{Han}{0,20}会议上`)

// reDamagedMeeting is a meeting line whose date lost its 年 and 月:
// ——2014114日在沧县第十五届人民代表大会 (or ——2021 121 日在…, the lost
// characters spaces), or a resolution's
// (2019219日弥渡县第十七届人民代表大会第三次会议…通过).
var reDamagedMeeting = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})\s?(\d{2,4})\s?日(?:[^在，。；,;]{0,14}?在)?(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)

// reDamagedMeetingNoDay is a meeting line whose date lost 年, 月 and 日,
// under its dash (——2024116 / 在荣成市第十九届人民代表大会…) or having lost the
// dash and the opening bracket too (202216在塔城镇第四届人民代表大会第一次会议上)).
var reDamagedMeetingNoDay = regexp.MustCompile(`^[—─－\-]{1,4}\s*((?:19|20)\d{2})(\d{2,4})\s*在(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)

// reDamagedMeetingNoDash is such a line that lost its dash too: only a
// congress's session, the line closing with it (202216在塔城镇第四届人民代表大会
// 第一次会议上)), not a sentence opening with a date (202012在市委经济工作会议上确定的…).
var reDamagedMeetingNoDash = regexp.MustCompile(`^[(（]?((?:19|20)\d{2})(\d{2,4})\s*在(\p{Han}{0,40}?(?:人民代表大会|人大)\p{Han}{0,20}会议)上(?:[)）]|\s|$)`)

// structureYear reads the year of a report without a date from its own
// structure: the past session it follows, the year it reviews and the one
// it plans. The page's head is read too: a text without a title line may
// have its first part there.
//
// The years reviewed and planned date only the State Council's reports:
// the National People's Congress meets once a year, in the spring of the
// year its reports plan, so that year is the year of delivery as surely as
// the session table gives it. A local congress may meet in December of the
// year its report reviews (2021年12月16日 for a report on the work of 2022),
// so a local report that states no date has no year: the contract's null,
// never a guess. A report that names no place at all is not known to be
// local (the Wikisource copies of the State Council's reports begin at
// 各位代表 and speak only of 我国).
func (m *metadataReader) structureYear() (int, string) {
	body := make([]string, 0, len(m.pg.head)+len(m.pg.body))
	for _, l := range append(append([]line{}, m.pg.head...), m.pg.body...) {
		body = append(body, clipRunes(foldForMetadata(l.text), 2000))
	}
	national := m.doc.Level == govsearch.LevelNational
	if y := sinceSessionYear(append(m.open, body[:min(len(body), 40+len(m.pg.head))]...)); y != 0 && national {
		return y, srcSession
	}
	if y := localSessionYear(m.open, body); y != 0 && !national {
		return y, srcLocalSession
	}
	if m.doc.Level != "" && !national || m.doc.Level == "" && ownLevel(strings.Join(body, "\n")) != "" || ClassifyDocType(m.doc.Title, strings.Join(m.open, "\n")) == "其他" {
		// A local report, one of no known place that speaks as a county's
		// or a city's (我县, 市人民政府), or a story about a national one.
		return 0, ""
	}
	return reportYear(body)
}

// docNumberYear is the year a document number states (宁政发〔2006〕275号
// → 2006), or 0.
func docNumberYear(n string) int {
	if v := reDocNumber.FindStringSubmatch(n); v != nil {
		if y, _ := strconv.Atoi(v[2]); y >= 1949 {
			return y
		}
	}
	return 0
}

// reOfficeMonthBracketed is an office's name opening a line with the year and
// month, or the day, it signed in brackets: 宝鸡市金台区统计局 (2012年2月),
// 重庆市渝北区统计局 (二00七年二月二十六日); its groups are the organ, the year
// and the day. A government's name with a day (广东省人民政府（2024年1月29日）)
// is a site's date widget, as for reGovernmentByline: only an office signs
// with its day (see issueMonthYear).
var reOfficeMonthBracketed = regexp.MustCompile(`^\s*\p{Han}{2,16}(局|人民政府|委员会|办公室)\s*[(（]\s*((?:19|20)\d{2}|[〇○零Ｏ0-9一二三四五六七八九]{4})\s*年\s*(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]{1,2})\s*月\s*((?:[12]\d|3[01]|0?[1-9]|[一二三四五六七八九十]{1,3})\s*日)?\s*[)）]`)

// reOfficeDayRunOn is an office (not a government: its name and a day are
// a site's date widget) opening a line with the day it signed, and the text
// run on after them: 肇庆市统计局 国家统计局肇庆调查队 2010年3月31日 2009年，….
var reOfficeDayRunOn = regexp.MustCompile(`^\s*\p{Han}{2,16}(?:局|委员会|办公室|调查队)(?:\s+国家统计局\p{Han}{2,10}调查队)?\s+((?:19|20)\d{2})\s*年\s*(?:1[0-2]|0?[1-9])\s*月\s*(?:[12]\d|3[01]|0?[1-9])\s*日\s+[^\s星周]`)

// minRunOnLine is the length, in runes, of a line that holds the text run
// on after its office and day: a list's item is shorter.
const minRunOnLine = 80

// reAuthorOfficeDay is the office a one-line page names as its author with
// the day it issued in brackets: 作者: 太原市统计局 (2007年4月3日).
var reAuthorOfficeDay = regexp.MustCompile(`作者\s*[:：]\s*\p{Han}{2,16}(?:局|人民政府|委员会|办公室)\s*[(（]\s*((?:19|20)\d{2})\s*年\s*(?:1[0-2]|0?[1-9])\s*月\s*(?:[12]\d|3[01]|0?[1-9])\s*日\s*[)）]`)

// reApprovalNote is a congress's approval note alone on its line, without
// its date: (潮州市湘桥区第六届人民代表大会第八次会议审议批准).
var reApprovalNote = regexp.MustCompile(`^[(（][^()（）]{4,60}会议(?:审议|审查)?(?:通过|批准)[)）]$`)

// srcInfoBox is the source of a date an encyclopedia's info box states.
const srcInfoBox = "info box"

// An encyclopedia's info box over a document (基本介绍 / - 中文名:2011年遼中縣
// 政府工作報告 / - 時間:2011年 / - 單位:遼中縣政府): reInfoBoxName opens it
// with the document's name (or the entry's: 词条 | 长沙市2010年政府工作报告 |), reInfoBoxField is any of its fields,
// reInfoBoxTime the field with the day or year the document was delivered,
// approved or issued. A box saved as a table's rows is read through
// infoBoxRowFields.
var (
	reInfoBoxName  = regexp.MustCompile(`^[-•·*\s]*(?:中文名|词条)\s*[:：]\s*(\S.*?)\s*$`)
	reInfoBoxField = regexp.MustCompile(`^[-•·*\s]*\p{Han}{2,6}\s*[:：]\s*\S`)
	reInfoBoxTime  = regexp.MustCompile(`^[-•·*\s]*(?:批准|审议|通过|发布|发表|印发|会议|召开|报告)?(?:时间|日期)\s*[:：]\s*(\S.*?)\s*$`)
	reYearMonth    = regexp.MustCompile(`^((?:19|20)\d{2})\s*年(?:\s*(?:1[0-2]|0?[1-9])\s*月(?:份)?)?$`)
)

// maxInfoBoxStart is how many of a page's first lines an info box is
// looked for in, and maxInfoBoxFields how many fields it is read to.
const (
	maxInfoBoxStart  = 40
	maxInfoBoxFields = 12
)

// infoBoxRowFields returns the fields of an info box saved as a table's
// row, each as "label:value" (中文名 | 胶州市2010年政府工作报告 | 发布单位 | 胶州市政府 |
// → 中文名:…, 发布单位:…); a table's rule (---|---|) has none; any other line
// is returned as it is.
func infoBoxRowFields(s string) []string {
	if strings.Count(s, "|") < 2 {
		return []string{s}
	}
	var cells []string
	for _, c := range strings.Split(s, "|") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 || strings.Trim(strings.Join(cells, ""), "-: ") == "" {
		return nil
	}
	if len(cells)%2 != 0 || !reInfoBoxLabel.MatchString(cells[0]) {
		return []string{s}
	}
	var out []string
	for i := 0; i+1 < len(cells); i += 2 {
		out = append(out, cells[i]+":"+cells[i+1])
	}
	return out
}

// reInfoBoxLabel is an info box's label: 中文名, 发布单位, 发布时间.
var reInfoBoxLabel = regexp.MustCompile(`^\p{Han}{2,6}$`)

// infoBoxDate reads the date, or only the year, that an encyclopedia's
// info box over the document states: the day a report was approved
// (批准时间:2021年2月26日), the month it was reviewed (审议时间:2020年1月), the
// year it was delivered (時間:2011年). It returns "" and 0 for a page
// without one.
func (m *metadataReader) infoBoxDate() (govsearch.Date, int) {
	// The first lines only, of the head and the text, each folded once.
	lines := make([]string, 0, maxInfoBoxStart)
	for _, part := range [][]line{m.pg.head, m.pg.body} {
		for _, l := range part[:min(len(part), maxInfoBoxStart-len(lines))] {
			lines = append(lines, infoBoxRowFields(foldForMetadata(l.text))...)
		}
	}
	for i, l := range lines {
		if !reInfoBoxName.MatchString(l) {
			continue
		}
		for _, s := range lines[i+1 : min(len(lines), i+1+maxInfoBoxFields)] {
			if !reInfoBoxField.MatchString(s) {
				break
			}
			v := reInfoBoxTime.FindStringSubmatch(s)
			if v == nil {
				continue
			}
			if d := ParseDate(v[1]); d != "" {
				return d, dateYear(d)
			}
			if w := reYearMonth.FindStringSubmatch(chineseNumeralsToDigits(v[1])); w != nil {
				y, _ := strconv.Atoi(w[1])
				return "", y
			}
		}
		return "", 0
	}
	return "", 0
}

// leadDate is the full date a text opens on, or a story's lead in its
// first four lines where that sentence tells of a congress's session
// (2023年1月31日上午,西安市灞桥区第十八届人民代表大会第二次会议开幕), and whether
// it does. Else "".
func (m *metadataReader) leadDate() (govsearch.Date, bool) {
	for i, s := range m.open[:min(len(m.open), 4)] {
		s = strings.TrimSpace(s)
		dateline := leadCredit(s)
		s = s[len(dateline):]
		s = withoutKicker(s, reFullDayLead) // 凝心聚力谋发展,奋楫扬帆启新程。2025年5月22日,…
		if v := reSessionHeldOnDay.FindStringSubmatch(s); v != nil {
			return ParseDate(v[1]), true // 城关镇第十三届人民代表大会…于2015年5月19日顺利召开
		}
		if v := reDayThenSession.FindStringSubmatch(s); v != nil {
			return ParseDate(v[1]), true // 我镇2018年6月26日召开多哇镇第二届人民代表大会…
		}
		if v := reDayHeld.FindStringSubmatch(s); v != nil && i > 0 && reSessionName.MatchString(strings.TrimSpace(m.open[i-1])) {
			return ParseDate(v[1]), true // a yearbook's entry: 市十二届人大常委会第二十一次会议 / 2009年10月23日举行。
		}
		v := reFullDayLead.FindStringSubmatch(s)
		if v == nil {
			continue
		}
		sentence := firstSentence(s[len(v[0]):])
		if session := reLocalSession.MatchString(sentence) || reSessionHeadline.MatchString(sentence); session || i == 0 || dateline != "" || reStandingMeeting.MatchString(sentence) && m.isStory() {
			// Any day the text itself opens on; under a heading, only the
			// day of a session (a report's review may open on an event's),
			// of a standing committee's or a government's meeting in a
			// story (2010年11月26日下午，区十四届人大常委会举行第三十三次会议;
			// not a report's account of the meeting that drew it up) or of
			// a news story's lead (本报讯 2023年12月30日上午，…).
			return ParseDate(v[1]), session
		}
	}
	return "", false
}

// dispatchDay returns the day of a news outlet's dispatch opening one of
// the text's first lines (see reFullDayDispatch), or "".
func (m *metadataReader) dispatchDay() govsearch.Date {
	for _, s := range m.open[:min(len(m.open), 6)] {
		if v := reFullDayDispatch.FindStringSubmatch(strings.TrimSpace(s)); v != nil {
			return ParseDate(v[1])
		}
	}
	return ""
}

// reFullDayDispatch is a news outlet's dispatch opening a story's text
// with its full day and the city it was filed in, on the first lines, under
// the headline: 中国日报2020年1月7日乌鲁木齐电, 新华社2019年3月5日北京电, 本报2023年1月5日讯.
var reFullDayDispatch = regexp.MustCompile(`^\p{Han}{1,10}?(?:日报|晚报|报|网|社|台)\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*\p{Han}{0,8}?(?:电|電|讯|訊|消息称?)(?:\s|[(（，,：:]|$)`)

// reStandingMeeting is a standing committee's numbered meeting or a
// government's executive or plenary meeting held on the day a lead opens
// on: 区十四届人大常委会举行第三十三次会议, 市政府召开第12次常务会议, 县政府
// 第25次常务会议召开, 县政府召开2024年第1次常务会议, 县第十七届人民代表大会
// 常务委员会举行第十二次会议, 县人大常务委员会举行第十二次会议, 县政府召开十八届
// 第25次常务（扩大）会议, 二〇二四年第一次常务会议, 县政府召开第三次全体会议.
var reStandingMeeting = regexp.MustCompile(`^[^。]{0,24}?(?:常委会|常务委员会|人民政府|政府)(?:(?:举行|召开)了?)?(?:第?[一二三四五六七八九十\d]+届)?(?:(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})年度?)?第[一二三四五六七八九十百\d]+次(?:会议|主任会议|(?:常务|全体)(?:[(（]扩大[)）])?会议)`)

// reYearCell is a year's digits alone in a table's cell.
var reYearCell = regexp.MustCompile(`^(?:19|20)\d{2}$`)

// reDayHeld is the day a session named on the line above was held, opening
// its entry: 2009年10月23日举行。
var reDayHeld = regexp.MustCompile(`^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:至\d{1,2}日)?(?:上午|下午)?(?:在[^。，,]{1,20}?)?(?:举行|召开)[。，,]`)

// reDayThenSession is a lead that names the full day before the session
// held on it: 我镇2018年6月26日召开多哇镇第二届人民代表大会第四次会议.
var reDayThenSession = regexp.MustCompile(`^(?:我[镇乡县区市旗]|\p{Han}{2,10}?)((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:上午|下午)?(?:在\p{Han}{1,12}?)?(?:隆重|胜利)?(?:召开|举行)了?\p{Han}{0,12}?第[一二三四五六七八九十\d]+届人民代表大会`)

// reSessionHeldOnDay is a story's lead that opens on a congress's session
// and says the full day it was held: 城关镇第十三届人民代表大会在县人大常委会的
// 指导…下，…于2015年5月19日顺利召开; not its standing committee's meeting.
var reSessionHeldOnDay = regexp.MustCompile(`^\p{Han}{2,12}?第[一二三四五六七八九十\d]+届人民代表大会(?:第?[一二三四五六七八九十\d]+次(?:全体)?会议)?(?:[^常。][^。]{0,79}?)?于((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:上午|下午)?[^。，,]{0,20}?(?:顺利|隆重|胜利)?(?:召开|开幕|举行)`)

// reOwnNewsLead opens a news story's lead: 本报讯, 本报讯（记者 王培源）.
var reOwnNewsLead = regexp.MustCompile(`^(?:本报|本台|本网)讯\s*(?:[(（][^()（）]{0,60}[)）])?\s*`)

// reFullDayLead is a lead opening on a full date: 2023年1月31日上午，; on a
// session's days, its first (2020年10月22日至10月24日，); with its time of day and
// the dot a scrape left for the comma (2006年6月28日下午., 下午．, 下午。).
var reFullDayLead = regexp.MustCompile(`^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:\s*(?:至|－|—|-|~|～)\s*(?:\d{1,2}月)?\d{1,2}日)?(?:` + dayPartComma + `|(?:上午|下午|晚上)[.．。·]\s*)`)

// listingUpdatedYear returns the year a document site's listing title,
// one of the page's first lines, says it was updated (…十四五规划(2022年更新)),
// or 0.
func (m *metadataReader) listingUpdatedYear() int {
	for _, l := range m.lead[:min(len(m.lead), 4)] {
		if v := reUpdatedMark.FindStringSubmatchIndex(l); v != nil && namesReport(cleanTitle(l[:v[0]])) {
			return atoi(l[v[2]:v[3]])
		}
	}
	return 0
}
