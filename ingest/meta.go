package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
)

var (
	reSiteCode = regexp.MustCompile(`网站标识码\s*[:：]?\s*(\d{10})`)
	reICP      = regexp.MustCompile(`(\p{Han})ICP备`)

	// A date written with digits, full-width digits folded beforehand.
	reDateCN = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	// A site's date line that left out 日 before the time: 2013年06月09 15:50:29.
	reDateCNTimed = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s+\d{1,2}[:：]\d{2}`)
	reDateISO     = regexp.MustCompile(`(\d{4})[-/._][ ]?(\d{1,2})[-/._][ ]?(\d{1,2})`)
	// A date written day first, as some news sites do: 27.01.2015.
	reDateDMY = regexp.MustCompile(`(?:^|\s)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s|$)`)
	// A damaged date whose 年 and 月 were lost: 2021121日印发.
	reDamagedDate = regexp.MustCompile(`(\d{4})(\d{2,4})日?\s*印发`)
	// Document numbers: 和平政〔2021〕4号, 津政发[2020]12号.
	reDocNumber = regexp.MustCompile(`(\p{Han}{1,15})[〔\[［(（【](\d{4})[〕\]］)）】]\s*(\d{1,4})\s*号`)
	// A document number whose closing bracket and 号 were lost: 南开政办发〔20211.
	reDocNumberDamaged = regexp.MustCompile(`^(\p{Han}{1,15}发)[〔\[［(（【](\d{4})(\d{1,4})$`)
	// Fields of the page's information table and publication lines (a
	// document site's upload time, 上传时间, and a listing's 收录时间 are its
	// page's publication; 公开日期 is a public-information page's).
	// A label's value follows its colon, a table cell's bar (发文日期: |
	// 2022-01-07 |) or, for a long label, a space or nothing (成文日期
	// 2023-09-28, • 成文日期2024-06-09).
	reFieldPublished = regexp.MustCompile(`(?:(?:发布日期|发布时间|刊发日期|刊发时间|发文时间|发布|公开日期|发表日期|发表时间|发表于|上传时间|上传日期|收录时间|时间|日期)\s*(?:[:：]\s*[|｜]?|[|｜])|(?:发布日期|发布时间|发表日期|发表时间|发表于)\s|^\s*(?:发布日期|发布时间))\s*[\[【]?(\d{4}[-/.年][ ]?\d{1,2}[-/.月][ ]?\d{1,2}日?)`)
	// A date in the place of a source (来源:2019-04-12): the page's only
	// when no line labels its publication (see readField).
	// So is a date that opens the line of the source and author
	// (2019-01-16  标签: 来源:延吉新闻网  作者:翟宇佳).
	reSourceDate = regexp.MustCompile(`来源\s*[:：]\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})|^\s*(\d{4}-\d{1,2}-\d{1,2})\s+(?:标签\s*[:：]\s*)?(?:来源|作者)\s*[:：]`)
	// A shared document's upload date, the date before its word: - 2021-04-20 发布 |.
	reUploadedOn = regexp.MustCompile(uploadedOn)
	// A forum post's last edit, the date a reposted story bears when its
	// own lead gives only the day: 本帖最后由 一品飞云 于 2015-4-13 00:37 编辑;
	// or its poster's line, perhaps with the thread's buttons: 老猫 发表于
	// 2017-3-21 15:17:06 | 显示全部楼层 |阅读模式, or the post's day alone
	// under its thread's title (主题:… / 发表于2013-08-03).
	reForumEdited  = regexp.MustCompile(`本帖最后由\s*\S{1,30}?\s*于\s*(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}\s*编辑|^\s*(?:\S{1,16}\s+)?发表于\s*(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\|\s*(?:显示全部楼层|只看该作者|倒序浏览|阅读模式).*)?\s*$`)
	reFieldWritten = regexp.MustCompile(`(?:成文日期|发文日期|生成日期|产生日期)\s*(?:[:：]\s*[|｜]?|[|｜]|\s|)\s*(\d{4}[-/.年][ ]?\d{1,2}[-/.月][ ]?\d{1,2}日?)`)
	rePublisher    = regexp.MustCompile(`(?:发布者|发布机构|发文机关|发文机构|发文单位|公开责任部门|责任部门)\s*(?:[:：]\s*(?:[|｜]\s*)?|[|｜]\s*)([\p{Han}（）()]{2,30})`)
	reSource       = regexp.MustCompile(`(?:来源|信息来源)\s*[:：]\s*([\p{Han}（）()]{2,30})`)
	// The office that issued a notice: 天津市南开区人民政府办公室 2021年1月21日印发.
	reIssuedBy   = regexp.MustCompile(`^(\p{Han}{4,30}(?:政府|办公室|委员会|局|厅))\s+\S*印发$`)
	reFieldTitle = regexp.MustCompile(`^[|｜]?\s*(?:(?:文件|信息)?名\s*称|标\s*题|内容概述)\s*(?:[:：]\s*[|｜]?|[|｜])\s*([^|｜]+)`)
	// The speaker of a report: 和平区人民政府区长 郑伟铭, 河东区代区长 周 波,
	// 衡水市人民政府副市长 张伟 (for the government);
	// not a deck on who sat on the platform (…等在主席台就座).
	reSpeaker = regexp.MustCompile(`^(\p{Han}{2,20}?)(?:人民政府)?(?:代理|代|常务副|副)?(区长|市长|县长|省长|旗长|州长|镇长|乡长|主席|总理)\s*([^\P{Han}台团][\p{Han}\s]{0,6})$`)
	// A notice that issues another document: 关于印发《X》的通知 (关于发《X》
	// where a character was lost), 关于下达X计划的通知, a government's notice
	// that passes on its department's report (批转省发展改革委关于…计划报告的
	// 通知), not one about it (关于分解落实《X》…的通知).
	reIssueNotice = regexp.MustCompile(`(?:印发|转发|批转|颁发|发布|下达|关于发《)《?(.+?)》?的通知$`)
)

// parseDate turns y, m, d strings into a valid date, or "".
func parseDate(y, m, d string) govsearch.Date {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if yi < 1949 || yi > 2100 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return ""
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return "" // 2月30日
	}
	return govsearch.Date(t.Format("2006-01-02"))
}

// ParseDate finds the first date in s in any of the forms the documents
// use: 2021年1月15日, 2021-01-22, 二〇二一年一月十五日, 27.01.2015.
func ParseDate(s string) govsearch.Date {
	s = chineseNumeralsToDigits(s)
	if m := reDateCN.FindStringSubmatch(s); m != nil {
		if d := parseDate(m[1], m[2], m[3]); d != "" {
			return d
		}
	}
	if m := reDateCNTimed.FindStringSubmatch(s); m != nil {
		if d := parseDate(m[1], m[2], m[3]); d != "" {
			return d
		}
	}
	if m := reDateISO.FindStringSubmatch(s); m != nil {
		return parseDate(m[1], m[2], m[3])
	}
	if m := reDateDMY.FindStringSubmatch(s); m != nil {
		return parseDate(m[3], m[2], m[1])
	}
	return ""
}

// ParseDamagedDate reads a date whose 年 and 月 were lost in scraping
// (2021121日印发) when exactly one reading falls within [after, before];
// empty bounds are open. It returns "" when the reading is not certain.
func ParseDamagedDate(s string, after, before govsearch.Date) govsearch.Date {
	m := reDamagedDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	var found []govsearch.Date
	for _, d := range readingsOf(m[1], m[2]) {
		if (after == "" || d >= after) && (before == "" || d <= before) {
			found = append(found, d)
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// readingsOf returns the dates a year and the figures of its month and day
// read as, their 月 lost between them (121: 1月21日 or 12月1日).
func readingsOf(year, figures string) []govsearch.Date {
	var out []govsearch.Date
	for i := 1; i < len(figures); i++ {
		if d := parseDate(year, figures[:i], figures[i:]); d != "" {
			out = append(out, d)
		}
	}
	return out
}

var cnDigit = map[rune]int{'〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0, 'Ο': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// reCNDate matches a date written in Chinese numerals.
var reCNDate = regexp.MustCompile(`([〇○零ＯOΟ一二三四五六七八九](?: ?[〇○零ＯOΟ0-9一二三四五六七八九]){3})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`)

// chineseNumeralsToDigits rewrites 二〇二一年一月十五日 as 2021年1月15日.
func chineseNumeralsToDigits(s string) string {
	return reCNDate.ReplaceAllStringFunc(s, func(m string) string {
		sub := reCNDate.FindStringSubmatch(m)
		return fmt.Sprintf("%s年%d月%d日", cnYear(sub[1]), smallNumber(sub[2]), smallNumber(sub[3]))
	})
}

// reCNMonth is a year and month written in Chinese numerals, without a
// day: 二〇一六年一月.
var reCNMonth = regexp.MustCompile(`([〇○零ＯOΟ一二三四五六七八九](?: ?[〇○零ＯOΟ0-9一二三四五六七八九]){3})年([一二三四五六七八九十]{1,2})月`)

// chineseMonthToDigits rewrites 二〇一六年一月 as 2016年1月.
func chineseMonthToDigits(s string) string {
	s = reLostZeroInYear.ReplaceAllString(s, "$1〇$2")
	return reCNMonth.ReplaceAllStringFunc(s, func(m string) string {
		sub := reCNMonth.FindStringSubmatch(m)
		return fmt.Sprintf("%s年%d月", cnYear(sub[1]), smallNumber(sub[2]))
	})
}

// reLostZeroInYear is a year in Chinese numerals whose 〇, which old
// encodings lack, a scrape turned into replacement characters: 二��一五年.
var reLostZeroInYear = regexp.MustCompile(`([一二])\x{FFFD}{1,3}([〇○零一二三四五六七八九]{2}年)`)

// cnYear writes a year's four Chinese digits in figures: 二〇一六 → 2016.
func cnYear(s string) string {
	var y strings.Builder
	for _, r := range s {
		if r == ' ' {
			continue // 二O 二一: a space the typesetting left
		}
		if r >= '0' && r <= '9' {
			y.WriteRune(r) // 二00七: digits typed among the numerals
			continue
		}
		y.WriteByte(byte('0' + cnDigit[r]))
	}
	return y.String()
}

// smallNumber reads 一 … 三十一.
func smallNumber(s string) int {
	r := []rune(s)
	switch {
	case len(r) == 1 && r[0] == '十':
		return 10
	case len(r) == 1:
		return cnDigit[r[0]]
	case len(r) == 2 && r[0] == '十':
		return 10 + cnDigit[r[1]]
	case len(r) == 2 && r[1] == '十':
		return cnDigit[r[0]] * 10
	case len(r) == 3 && r[1] == '十':
		return cnDigit[r[0]]*10 + cnDigit[r[2]]
	}
	return 0
}

// ParseDocNumber finds a document number (文号) such as 和平政〔2021〕4号,
// repairing one whose closing bracket and 号 were lost (南开政办发〔20211).
func ParseDocNumber(s string) string {
	if m := reDocNumber.FindStringSubmatch(s); m != nil {
		return fmt.Sprintf("%s〔%s〕%s号", m[1], m[2], m[3])
	}
	if m := reDocNumberDamaged.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		return fmt.Sprintf("%s〔%s〕%s号", m[1], m[2], m[3])
	}
	return ""
}

// reQuotedWithPart is a report's name in book-title marks followed by the
// part or form a page gives of it: 《关于新乡市…预算草案的报告》（摘要）.
var reQuotedWithPart = regexp.MustCompile(`^《([^《》]+)》[(（](?:摘要|书面|全文|节选|摘登)[)）]$`)

// reExcerptOfWorkReport is a heading that says in brackets it is cut from
// the work report: 2010年政府工作(政府工作报告节选).
var reExcerptOfWorkReport = regexp.MustCompile(`^[^(（]{4,40}[(（](?:\d{4}年)?\p{Han}{0,12}?政府工作报告(?:节选|摘要|摘登|摘编)[)）]$`)

// reWithTargets is the targets a plan is issued with: …计划及主要指标.
var reWithTargets = regexp.MustCompile(`及(?:主要)?(?:预期)?指标$`)

// ClassifyDocType assigns one of the contract's document types from the
// title; a title that names no type leaves it to what the opening says the
// document is (a resolution on a report, a report on the government's
// work). A report that mentions a plan is not the plan, a resolution on a
// report is not the report: both read from the title, never from the body.
func ClassifyDocType(title, head string) string {
	// 国民经济、社会发展计划 is 国民经济和社会发展计划 written with a comma.
	t := strings.ReplaceAll(strings.Join(strings.Fields(title), ""), "国民经济、社会发展", "国民经济和社会发展")
	if v := reQuotedWithPart.FindStringSubmatch(t); v != nil {
		t = v[1] // the report's name quoted, then the part given: 《关于…的报告》（摘要）
	}
	if reExcerptOfWorkReport.MatchString(t) {
		return "政府工作报告" // a part of the report under its own heading: 2010年政府工作(政府工作报告节选)
	}
	if v := reIssueNotice.FindStringSubmatch(t); v != nil {
		// A notice that issues a document is of that document's type (a
		// plan issued with its targets: …计划及主要指标).
		return ClassifyDocType(reWithTargets.ReplaceAllString(strings.Trim(v[1], "《》"), ""), "")
	}
	has := func(words ...string) bool { return containsAny(t, words) }
	motion := "" // the type of what a government's motion submits
	if v := reMotion.FindStringSubmatch(t); v != nil && !(strings.HasSuffix(t, "报告") && containsAny(v[1], auditWords)) {
		// Not a report that puts an audit of the budget before the
		// committee (关于提请审议县级预算执行情况审计结果的报告).
		motion = ClassifyDocType(strings.Trim(v[1], "《》"), "")
	}
	switch {
	case isBudgetOrPlan(motion):
		return motion // a motion that puts a budget, accounts or plan before the congress
	case containsSuffix(t, otherEnds) && !containsSuffix(t, []string{"预算调整方案", "预算调整方案(草案)", "预算调整方案（草案）"}):
		return "其他" // a notice, decision or rule, not a report (but a budget's adjustment: 2023年大武口区预算调整方案)
	case containsSuffix(t, reviewEnds), strings.Contains(t, "关于审议") && strings.HasSuffix(t, "情况汇报"):
		return "其他" // a committee's or a delegation's review of a report, not the report
	case reBudgetInstructions.MatchString(t):
		return "其他" // instructions for compiling the departments' budgets, not a budget
	case has(materialWords...):
		return "其他" // material handed out with a report, not the report
	case strings.Contains(t, "中期评估") && !reMidTermJoined.MatchString(t):
		return "其他" // a plan's mid-term review (武昌区“十四五”规划纲要实施情况中期评估), not the plan
	case reOnReviewOpinions.MatchString(t):
		return "其他" // a government's report on what it did with a congress's review of its plan or budget, not the plan or budget
	case rePartyProposal.MatchString(t):
		return "其他" // the party committee's proposal for the plan, its 的建议 cut off: 中共龙湖区委关于制定…第十三个五年规划
	case has(explainerWords...):
		return "其他" // a report told in pictures or highlights (一图读懂…政府工作报告)
	case has(interviewWords...):
		return "其他" // its speaker questioned on it: …政府工作报告（市长 答记者问）, （市长在线访谈）
	case reStoryOfDocument.MatchString(t) && publishedWhole(t, head):
		// A headline announcing a document's publication over the
		// document itself (…统计公报发布！ / 绍兴市统计局 / … / 一、综合): the document's.
		return ClassifyDocType(rePublishedName.FindStringSubmatch(t)[1], head)
	case reStoryOfDocument.MatchString(t):
		return "其他" // a story about a document: 聚焦…政府工作报告, …统计公报发布, …纲要正式印发
	case meetingActsOn(t):
		return "其他" // a story about a meeting at work on a document: 县政府常务会议审议2023年…统计公报
	case strings.Contains(t, "解读") || reOwnNewsHeadline.MatchString(t) || quotesDocument(t):
		return "其他" // an interpretation of a plan, a story about it
	case reMeetingHeadline.MatchString(t):
		return "其他" // a story about a meeting (…执行情况汇报会, …会议开幕)
	case has("决议"):
		return "其他"
	case reCommuniqueTold.MatchString(t), strings.Contains(t, "统计公报中的") && !reCommuniqueAnnex.MatchString(t):
		return "其他" // a story on what a communiqué shows: …——2019年统计公报透出经济社会发展新看点
	case has("统计公报"), has("统计的公报"), has("普查公报"), reCommuniqueCutShort.MatchString(t):
		return "统计公报"
	case isWorkReportTitle(t), reYearInWorkReport.MatchString(t), reOfficeWorkReport.MatchString(t), reMadeAtCongress.MatchString(t) && !reOtherOrganReport.MatchString(t+"\n"+head),
		reBoardWorkReport.MatchString(t):
		// A management district's board reports to its congress as a
		// government does: 2025年洪江区管委工作报告 / ——…在洪江区第四届人民代表大会…;
		// 大鹏新区管委会2016年工作报告, 大鹏新区2018年管委会工作报告.
		return "政府工作报告"
	case has("纲要") && has("规划", "计划") && !strings.HasSuffix(t, "报告"), namesFiveYearPlan(t), reFiveYearOutline.MatchString(t), reOutlinePresented.MatchString(t):
		return "五年规划纲要"
	case motion != "" && motion != "其他":
		return motion // a motion that submits a plan outline or a work report
	case aboutReport(t, budgetWords) || aboutReport(t, planWords) || reBudgetWorkDone.MatchString(t):
		return "其他" // a headline about a budget or a plan
	case has(budgetWords...), reBudgetExecution.MatchString(t), reBondAllocation.MatchString(t), reDepartmentBudget.MatchString(t) && !reBudgetStory.MatchString(budgetOrganWords.Replace(t)):
		return "预算报告"
	case has("国民经济和社会发展计划", "国民经济和社会发展年度计划", "国民经济计划") && has("报告"),
		has("国民经济和社会发展计划执行情况", "国民经济和社会发展计划的执行情况", "国民经济和社会发展计划完成情况", "国民经济和社会发展计划主要指标完成情况"),
		has("经济社会发展计划执行情况") && !has(notPlanReportWords...),
		containsSuffix(strings.TrimRight(t, "（）()草案"), []string{"国民经济和社会发展计划", "国民经济和社会发展年度计划", "国民经济社会发展计划"}),
		strings.HasSuffix(strings.TrimRight(t, "（）()草案"), "国民经济和社会发展计划安排") && !has("局", "委员会", "办公室", "项目", "总结"):
		return "国民经济和社会发展计划报告"
	case t != "" && (saysOwnReport(head) || reReportsToCongress.MatchString(head)) && !slices.ContainsFunc(strings.Split(head, "\n"), reToStandingCommittee.MatchString):
		// A speech titled otherwise that presents the government's work
		// (区长在代表会上工作汇报); not a report on the half year to the
		// congress's standing committee (主任、副主任、秘书长、各位委员：).
		return "政府工作报告"
	case t != "":
		return "其他"
	}
	if v := reTextFollows.FindStringSubmatch(head); v != nil {
		// A dispatch that gives the report it names: …审查《关于2019年中央和
		// 地方预算执行情况与2020年中央和地方预算草案的报告》。摘要如下：
		if k := ClassifyDocType(v[1], ""); k != "其他" {
			return k
		}
	}
	// A report without its title that presents itself: 受市人民政府委托，
	// 现将重庆市2021年预算执行情况和2022年预算草案的报告提请大会审查.
	if k := submittedKind(head, reSubmitsOwn, reSubmitsReport, rePresentsOwn); k != "" {
		return k
	}
	if v := reIssuesNamed.FindStringSubmatch(strings.TrimSpace(head)); v != nil {
		// A notice without its title line that issues a document is of
		// that document's type: 《辽宁省…规划纲要》…现印发给你们.
		return ClassifyDocType(v[1], "")
	}
	switch {
	case reResolutionOpening.MatchString(strings.TrimSpace(head)), strings.Contains(head, "决定批准"):
		return "其他"
	case saysOwnReport(head), reReportsToCongress.MatchString(head), reGovernmentReview.MatchString(head):
		return "政府工作报告"
	}
	return "其他"
}

// reFiveYearOutline is the name of a five-year plan's outline, perhaps with
// a character lost in scraping (…第十三个五年规划纲要, …第十三个五年划纲要) or
// cut short by a site (天津市滨海新区国民经济和社会发展第十四个, 天水市人民政府关于
// 印发天水市国民经济和社会发展第十四个五年规划和二〇三五; 二三五 with its 〇 lost), at the title's
// end (…纲要实施中期评估的报告 is a report on it).
var reFiveYearOutline = regexp.MustCompile(`第[一二三四五六七八九十]+个五年\p{Han}{0,3}纲要(?:[(（][^()（）]{0,10}[)）])?$|国民经济和社会发展第[一二三四五六七八九十]+个(?:五年规划和(?:二[〇○零O]?三五|2035)年?)?$`)

// reOutlinePresented is the report that presents a five-year plan's outline
// to the congress, the outline told as a report: 关于汨罗市国民经济和社会发展第十二个
// 五年规划纲要的报告, 关于浙江省…纲要报告 (not one on its execution: …纲要实施中期评估的报告).
var reOutlinePresented = regexp.MustCompile(`^关于(?:编制|制定)?\p{Han}{0,30}第[一二三四五六七八九十]+个五年(?:规划|计划)(?:和二[〇○零]三五年远景目标)?纲要(?:[(（]草案[)）]|草案)?的?报告$`)

// namesFiveYearPlan reports a title that is the name of a five-year plan
// without the word 纲要: 内江市东兴区国民经济和社会发展十四五规划(2022年更新),
// …国民经济和社会发展第十四个五年规划, 驻马店市经济和社会发展十一五规划,
// 深圳市国民经济和社会发展第十一个五年总体规划.
func namesFiveYearPlan(t string) bool {
	fiveYears := spansFiveYears(t)
	t = reTrailingNote.ReplaceAllString(t, "")
	return (strings.Contains(t, "国民经济和社会发展") || rePlaceDevelopment.MatchString(t)) && strings.HasSuffix(t, "规划") && (containsAny(t, []string{"五年规划", "五年总体规划"}) || reFiveYearShort.MatchString(t) || fiveYears)
}

// spansFiveYears reports a title that ends with the five years its plan
// spans: 大西安国民经济和社会发展规划(2017—2021).
func spansFiveYears(t string) bool {
	v := reYearSpanNote.FindStringSubmatch(t)
	if v == nil {
		return false
	}
	from, _ := strconv.Atoi(v[1])
	to, _ := strconv.Atoi(v[2])
	return to-from == 4
}

// reYearSpanNote is the span of years in brackets at the end of a title:
// (2017—2021), （2021-2025年）.
var reYearSpanNote = regexp.MustCompile(`[(（]((?:19|20)\d{2})年?\s*[-—–~至]\s*((?:19|20)\d{2})年?[)）]$`)

// rePlaceDevelopment is a place's development as a whole opening a plan's
// name: 驻马店市经济和社会发展…, not a sector's or an area's (某县少数民族地区
// 经济社会发展…).
var rePlaceDevelopment = regexp.MustCompile(`^\p{Han}{1,12}?(?:[省市县州旗盟]|[^地]区)经济(?:和)?社会发展`)

// reTrailingNote is a note in brackets at the end of a title: (2022年更新).
var reTrailingNote = regexp.MustCompile(`[(（][^()（）]{1,20}[)）]$`)

// reGovernmentReview is the heading a government work report at the end of
// a government's term opens its first part with: 本届政府工作回顾.
var reGovernmentReview = regexp.MustCompile(`(?m)^\s*(?:[一二三四五六七八九十]+、\s*)?(?:本届|过去五年)政府工作回顾\s*$`)

// reMeetingHeadline is a headline that ends with the meeting it reports: a
// meeting held about a report (…计划执行情况汇报会, …座谈会, …会前审议举行)
// or a session opening or closing.
var reMeetingHeadline = regexp.MustCompile(`(?:[^委]会|会议|开幕|闭幕|举行|召开)$`)

// meetingActsOn reports a headline opening on a meeting that works on a
// document (县政府常务会议审议2024年政府工作报告（征求意见稿）, 党组会议学习2024年
// 政府工作报告, 代表团审议…): a story, not the document, which would name
// itself first (…纲要（县人民代表大会第六次会议审议通过）) or as put before the
// meeting (提请县第十八届人民代表大会第三次会议审议的2024年政府工作报告).
func meetingActsOn(t string) bool {
	v := reMeetingActs.FindString(t)
	return v != "" && !containsAny(v, []string{"报告", "纲要", "公报", "规划", "计划", "预算", "决算", "提请", "提交"}) && !strings.HasPrefix(t[len(v):], "的")
}

// reMeetingActs is a meeting at work on a document, opening a headline:
// 县政府常务会议审议, 县委常委会研究, 县委常委会（扩大）会议研究, 党组会议学习,
// 代表团审议.
var reMeetingActs = regexp.MustCompile(`^(?:[^（(《“]|[(（]扩大[)）]){0,30}?(?:会议|常委会|常务会|代表团|党组)\p{Han}{0,4}?(?:审议|审查|讨论|听取|研究|学习)`)

// reOnReviewOpinions is a government's report on carrying out a congress's
// or its standing committee's opinions on a report it reviewed: 关于落实区十七
// 届人大第一次会议对国民经济和社会发展计划审查意见…的报告, 关于…审议意见研究处理
// 情况的报告, …审议意见整改(工作)情况的报告.
var reOnReviewOpinions = regexp.MustCompile(`(?:落实|研究处理|办理)\S{0,80}?(?:审查意见|审议意见)|(?:审查意见|审议意见)\S{0,12}?(?:落实|研究处理|办理|整改)(?:工作)?情况`)

// notPlanReportWords mark a title on a plan's execution that is no report of
// the government's: a committee's inquiry, a party committee's bulletin.
var notPlanReportWords = []string{"调研", "调查", "视察", "检查", "评估", "通报", "中共", "审议意见"}

// Words that name a budget report and a plan report in a title.
var (
	budgetWords = []string{"预算执行情况", "预算草案", "预算报告", "预算的报告", "预算（草案）", "预算(草案)", "决算", "预算调整", "预算公开", "预算编报说明", "预算编制说明", "预算编制情况的说明", "预算编制情况说明"}
	planWords   = []string{"国民经济和社会发展计划", "国民经济和社会发展年度计划", "国民经济计划"}
)

// reDepartmentBudget is a department's budget as it publishes it:
// 重庆市交通委员会2018年部门预算情况说明, 2025年单位预算情况说明, 宁国市审计局2024年
// 部门预算信息公开, 岳阳县2024年预算信息公开, 澧县财政局2024年预算信息公开, 湖南省教育厅
// 2024年部门预算, 长沙市教育局2024年部门预算和“三公”经费预算情况说明, 潘集区政府办
// 2020年预算 (the organ right before the year: not a story's 县财政局多措并举科学
// 编制2025年预算), a cover's 2024年部门预算.
var reDepartmentBudget = regexp.MustCompile(`(?:部门|单位)预算(?:` + threeCosts + `预算)?(?:情况)?说明$|(?:部门|单位)(?:预算|决算)信息公开$|^\p{Han}{1,30}?` + budgetOrganEnd + `\s*\d{4}\s*年度?\s*(?:部门|单位)?预算(?:` + threeCosts + `预算)?$|^\p{Han}{1,30}?` + budgetOrganEnd + `\s*\d{4}\s*年度?(?:财政)?(?:部门|单位)?(?:预算|决算|预决算)信息公开$|^\d{4}\s*年度?\s*(?:部门|单位)预算$`)

// threeCosts is a department's 三公 spending named with its budget or its
// accounts, before their word (预算, 决算): (2024年部门预算)及“三公”经费(预算),
// 和“三公”经费(预算).
const threeCosts = `[及和][“"]?三公[”"]?经费`

// budgetOrganEnd ends the name of an organ or a place that publishes its
// own budget (see reDepartmentBudget): …局, …中心, …人民政府, …县, …街道.
const budgetOrganEnd = `(?:局|委|办|部|室|院|站|所|馆|会|学|校|社|园|处|中心|政府|委员会|办公室|厅|省|市|县|区|旗|州|盟|镇|乡|街道)`

// reBudgetStory is what a headline ending on a year's budget says a
// meeting or an office did with it, a story's words, or the whole place's
// budget a story speaks of: 县财政局多措并举科学编制2025年预算, 表决通过全县2024年预算,
// 三问我区2024年预算, 达州市高质量完成部门预算信息公开; or a notice's 关于报送2025年
// 单位预算情况说明, 关于2024年部门预算信息公开 (not a department's own 关于2024年
// 部门预算情况说明 or 澧县农业农村局关于2024年部门预算信息公开).
var reBudgetStory = regexp.MustCompile(`编制|编好|谋划|表决|通过|审议|审查|研究|听取|批准|部署|召开|做好|安排|了解|看|写进|眼中|问|完成|推进|规范|加强|开展|启动|落实|督促|报送|批复|^关于\d{4}\s*年度?\s*(?:部门|单位)(?:预算|决算)(?:信息)?公开$|(?:全|我|咱)[省市县区镇乡州旗盟]\s*\d{4}`)

// budgetOrganWords are organs' names that hold a story's word (县委机构编制
// 委员会办公室, 政策研究室, 汉文化研究会, 公安局看守所, 重点项目推进中心, 标准化规范化
// 建设服务中心): cut before reBudgetStory reads a title.
var budgetOrganWords = strings.NewReplacer("机构编制", "", "编制委员会", "", "研究室", "", "研究院", "", "研究所", "", "研究中心", "", "研究会", "", "看守所", "", "推进中心", "", "推进服务中心", "", "推进办", "", "推进局", "", "规范化", "")

// reBudgetInstructions is a finance bureau's instructions to the
// departments of its level on compiling their budgets, no budget:
// 2025年市级部门预算编制说明, 2025年自治区本级部门预算编制说明, 勉县2025年县级
// 部门预算编制说明, 汉中市人民政府2025年市级部门预算编制说明.
var reBudgetInstructions = regexp.MustCompile(`^(?:\p{Han}{1,12}?(?:财政(?:局|厅)|人民政府|[省市县区旗州盟]))?\d{4}\s*年度?\p{Han}{0,6}?(?:级|本级|直)部门(?:预算|决算)编(?:制|报)说明(?:[(（](?:试行|征求意见稿)[)）])?$`)

// reBondAllocation is the allocation of a government's bonds put before
// a standing committee, an adjustment of the budget: 关于2017年地方政府新增
// 债券分配方案(草案)的报告.
var reBondAllocation = regexp.MustCompile(`政府(?:新增)?(?:一般|专项)?债券\p{Han}{0,10}?(?:分配|安排)(?:方案|计划)`)

// reBudgetExecution is a budget's execution with its period between the
// words (财政预算上半年执行情况, 预算1-7月执行情况), a budget's receipts and
// spending (1-9月份全市一般公共预算收支情况), or its adjustment with the
// cause between the words (新增地方政府债务并相应调整县本级预算方案).
var reBudgetExecution = regexp.MustCompile(`预算[\p{Han}\d—\-]{1,8}执行情况|(?:一般公共|公共财政)预算收支情况|调整\p{Han}{0,10}?预算方案`)

// submittedKind returns the type of the report that the first of res to
// name one in text submits or presents (its groups joined: a pattern may
// name it in one of several places), when it is a budget or a plan report;
// else "".
func submittedKind(text string, res ...*regexp.Regexp) string {
	for _, re := range res {
		if loc := re.FindStringSubmatchIndex(text); loc != nil {
			if r, _ := utf8.DecodeLastRuneInString(text[:loc[0]]); r == '“' || r == '"' {
				continue // words quoted in a story (局长说：“受区政府委托，下面由我…”)
			}
			// The place it speaks as is no headline's (我区 2019 年…计划执行情况).
			named := reOwnPlaceWord.ReplaceAllString(groupsAt(text, loc), "")
			if containsAny(named, auditWords) || strings.Contains(named, "公开工作") || strings.Contains(named, "政府工作") || strings.Contains(named, "审查") || strings.Contains(named, "委员会") {
				// the rectification of an audit's findings, the work of
				// publishing budgets, a congress committee's review of the
				// plan (财政经济委员会…的初步审查情况), the government's work
				// reported with the plan (现将2023年政府工作和2024年…计划向大会
				// 报告): no budget or plan
				continue
			}
			if k := ClassifyDocType(named, ""); isBudgetOrPlan(k) {
				return k
			}
		}
	}
	return ""
}

// groupsAt returns the groups of a match of text (at as FindStringSubmatchIndex
// gives it) that took part in it, joined: a pattern may name what it
// captures in one of several places.
func groupsAt(text string, at []int) string {
	var b strings.Builder
	for g := 2; g+1 < len(at); g += 2 {
		if at[g] >= 0 {
			b.WriteString(text[at[g]:at[g+1]])
		}
	}
	return b.String()
}

// reOwnPlaceWord is the word a text names its own place with before what
// it reports: 我区, 本县, 全市.
var reOwnPlaceWord = regexp.MustCompile(`^(?:我|本|全)(?:区|县|市|省|旗|州)\s*`)

// isBudgetOrPlan reports the two report types a text is filed as by the
// report it submits.
func isBudgetOrPlan(kind string) bool {
	return kind == "预算报告" || kind == "国民经济和社会发展计划报告"
}

// reSubmitsReport is a report's opening that puts it before the congress
// or its standing committee by name: 向区人大常委会提出2023年全区财政决算的
// 报告,请予审议.
var reSubmitsReport = regexp.MustCompile(`向\p{Han}{0,12}(?:常委会|代表大会|大会)(?:提出|提交|作)(.{4,60}?的报告)[，,。]?\s*请予?审议`)

// reMotion is a government's motion or report asking the congress or its
// standing committee to review or approve a draft (泉州市泉港区人民政府关于提请审议
// 2023年泉港区财政收支决算草案的议案, …关于提请审议批准2022年莲都区预算调整方案(草案)
// 的议案, 关于提请批准2021年清流县本级财政决算草案的报告), and what it submits.
var reMotion = regexp.MustCompile(`^\p{Han}{0,30}关于提请(?:审议批准|审查批准|审议|审查|批准)(\S.{3,80}?)的(?:议案|报告)$`)

// auditWords name an audit of a budget or its follow-up, not the budget.
var auditWords = []string{"审计", "整改"}

// reSubmitsOwn is a report's opening that presents it to the congress on
// its government's behalf, and the report's name.
var reSubmitsOwn = regexp.MustCompile(`受[\p{Han}、]{0,16}委托[，,]?\s*现将(.{4,80}?)(?:提请|提交|报告如下|向大会报告)`)

// reTextFollows is a report named, then given: 《…的报告》。摘要如下, 全文如下.
var reTextFollows = regexp.MustCompile(`《([^》]{4,80})》[^。\n]{0,8}。?\s*(?:摘要|全文|报告全文|报告摘要)如下`)

// aboutReport reports a headline about a budget or plan rather than the
// report itself: the report quoted in 《》 with more after it (《广州市2021年
// 预算执行情况和2022年预算草案的报告》书面提请人大审查), or named after a body's
// act on it (…主席团通过…审查结果报告建议大会批准2018年国民经济和社会发展计划草案,
// 县人大调研临沭县上半年国民经济和社会发展计划执行情况).
func aboutReport(t string, words []string) bool {
	i := -1
	for _, w := range words {
		if j := strings.Index(t, w); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 {
		return false
	}
	if open, end := strings.LastIndex(t[:i], "《"), strings.Index(t[i:], "》"); open >= 0 && end >= 0 && strings.TrimSpace(t[i+end+len("》"):]) != "" {
		return true
	}
	return containsAny(t[:i], []string{"批准", "通过", "审议", "审查", "听取", "提请", "调研", "视察", "督查"})
}

// reBudgetWorkDone is a headline on an office's work on the budgets or
// the accounts: 嘉定区完成2016年部门决算公开工作, 我县扎实做好2025年部门预算编制工作,
// 2024年部门预算执行情况审计工作启动, 2024年部门预算公开工作要求.
var reBudgetWorkDone = regexp.MustCompile(`(?:完成|做好|开展|启动|推进|部署|抓好)[^，,。：:]{0,24}?(?:预算|决算)\p{Han}{0,8}?工作[！!。]?$|(?:预算|决算)\p{Han}{0,10}?工作(?:启动|正式启动|全面启动|圆满完成|顺利完成|全面完成|顺利结束|取得实效|要求|部署|会议|推进会|总结)[！!。]?$`)

// quotesDocument reports a headline that quotes a document and says what
// became of it (《湖南省…纲要》正式发布): the words after the closing 》 are
// no part of a document's name, as its edition (全文, 摘要, （草案）) is.
func quotesDocument(t string) bool {
	i := strings.LastIndex(t, "》")
	if i < 0 || !strings.Contains(t[:i], "《") {
		return false
	}
	rest := strings.Trim(t[i+len("》"):], "()（）")
	if strings.HasSuffix(rest, "报告") && containsAny(rest, []string{"计划执行情况", "预算执行情况", "决算"}) {
		return false // a report of its own after the quoted name: 《…纲要》中期评估及2018年上半年…计划执行情况的报告
	}
	return rest != "" && !containsAny(rest, []string{"全文", "摘要", "草案", "节选", "摘登"}) && !reReportForm.MatchString(rest)
}

// reOtherOrganReport is a court's, a procuratorate's or a congress
// standing committee's report, by its name, its speaker or who presents
// it (…人民法院院长 吴晓东, 荆门市人民检察院工作报告, 市人大常委会主任李明):
// made at the congress too, it is no government's work report.
var reOtherOrganReport = regexp.MustCompile(`(?:人民法院|人民检察院|常务委员会|常委会)(?:工作报告|院长|检察长|主任)|代表\p{Han}{2,20}?(?:人民法院|人民检察院|常务委员会|常委会)向大会报告`)

// reMadeAtCongress is the work report named by where its speaker made it:
// 邹自景在广元市第七届人民代表大会第五次会议上所作工作报告摘要, …上作的政府
// 工作报告(摘登) (a caption that says someone made it, …上作政府工作报告, is
// not the report).
var reMadeAtCongress = regexp.MustCompile(`在\p{Han}{2,40}?会议上(?:所作的?|作的)(?:政府)?工作报告(?:[(（]?(?:摘要|摘登|全文)[)）]?)?$`)

// aboutReportVerbs, just before 政府工作报告 in a title, make it a headline
// about the report (热议政府工作报告, 分组审议《政府工作报告》, 发布会介绍…,
// 座谈 征求对《政府工作报告》, 修改完善好《政府工作报告》).
var aboutReportVerbs = append(slices.Clone(storyVerbs), append([]string{"作", "播发", "刊发", "发布", "公布", "介绍"}, draftingVerbs...)...)

// draftingVerbs are what a headline says is done to the draft report, before
// its name or its year: 征求对《政府工作报告》, 完善好2024年政府工作报告, 政协召开会议
// 协商《政府工作报告》.
var draftingVerbs = []string{"征求对", "意见对", "修改完善好", "修改完善", "完善好", "协商"}

// storyVerbs are what a story says people did with a report, wherever
// they stand in a phrase: 代表热议, 分组审议, 聚焦.
var storyVerbs = []string{"热议", "审议", "讨论", "听取", "学习", "解读", "聚焦", "点赞"}

// reVerbOverPlace is a verb about a report, then the short name of the
// government whose report it is: 热议甘区(政府工作报告), 审议县(政府工作报告).
var reVerbOverPlace = regexp.MustCompile(`(?:热议|审议|讨论|听取|学习|解读|聚焦|点赞)\p{Han}{0,4}[区县市旗州省]$`)

// otherEnds end the titles of documents that are no report: a notice, a
// decision, the rules of a government (…关于分解落实《…纲要》…的通知).
var otherEnds = []string{"通知", "通报", "决定", "意见", "批复", "公告", "通告", "方案", "办法", "规则", "规定", "细则", "指引"}

// reOwnNewsHeadline is a news headline of a government's own site that
// speaks as it (我市印发实施“十四五”规划和2035年远景目标纲要), or a story
// opening on who published what (北京公开2022年市级政府决算和…预算执行情况,
// 浙江省政府下达2025年国民经济和社会发展计划).
var reOwnNewsHeadline = regexp.MustCompile(`^我(?:省|市|县|区|旗|州)|^\p{Han}{2,6}?(?:公开|公布|发布|晒出)了?\d{4}年|^\p{Han}{2,8}?政府(?:下达|印发)\d{4}年`)

// reIssuesNamed is the opening of a notice that issues the document it
// names first: 《X》(以下简称…)业经…通过，现印发给你们.
var reIssuesNamed = regexp.MustCompile(`^《([^》]{4,80})》[^。]{0,80}?(?:现印发给你们|现予印发|现印发给各)`)

// materialWords name material handed out with a report for reading it
// (滑县2015年度财政预算报告参阅资料), or someone's notes on it (2025年广东省政府工作报告(笔记)), not the report.
var materialWords = []string{"参阅资料", "参考资料", "辅导资料", "学习资料", "(笔记)", "（笔记）", "学习笔记", "读书笔记"}

// reMidTermJoined is a plan's mid-term review joined to the year's plan
// report, a plan report: …纲要》中期评估及2018年上半年…计划执行情况的报告, …中期评估
// 暨今年上半年…, …以及本年度…, …、全市…计划执行情况…, or the plan report first
// (…计划执行情况暨…中期评估的报告); not a story on a review (…中期评估，宜春主要指标…,
// …中期评估以来…, 部署…中期评估及2024年计划编制工作), which is 其他.
var reMidTermJoined = regexp.MustCompile(`中期评估(?:的?情况)?(?:的?报告)?(?:暨|及|和|与|以及|、)[^，,。；;：:！!？?]{0,40}?(?:计划执行情况|计划草案)|计划执行情况(?:的?报告)?(?:暨|及|和|与|以及|、)[^，,。；;：:！!？?]{0,40}?中期评估`)

// reStoryOfDocument is a headline about a document: opening on what is done
// with it (聚焦, 热议, 学习, 专题研究, 研究2020年…; not 研究生, 研究与试验发展),
// itself or its subtitle (…——聚焦省长王凯在…上所作的政府工作报告), or ending on its publication (出炉, 正式印发, 正式印发实施, …纲要发布!,
// 统计公报发布) or on an inquiry into it (…计划执行情况开展调研), saying who
// works on it (黄奇帆主持审议修改2013年重庆市政府工作报告) or who published
// it (浙江发布2023年政府工作报告, 乌鲁木齐市天山区公布2013年“三公”决算), or
// what was written into it (青海平安建设写入省政府工作报告), or
// a meeting held to hear views on it (刘媛主持召开座谈会听取对政府工作报告和市“十五五”
// 规划纲要的意见建议; not a standing committee's 关于听取…的审议意见), or exclaiming before it (打造…15个千亿级
// 特色产业群!浙江…), or who shows its accounts (广州11区晒“三公”决算 其中9区下降); a page that publishes a document's full text (…全文发布)
// is that document. Who does it may come first: 代表委员聚焦2024年政府工作报告,
// 网友热议…, also after a kicker and a dash (奋进新征程-代表热议…) (not a
// column's label: 政协聚焦 over a report).
var reStoryOfDocument = regexp.MustCompile(`(?:^|——|—|－－|--|－|\p{Han}[-–])(?:热议|审议|讨论|听取|学习|解读|聚焦|点赞|关注|专题研究|研究部署|研究(?:(?:19|20)\d{2}|[一二][〇○零]))|(?:^|\p{Han}\s*[-–—]\s*)(?:代表委员|代表们|委员们|人大代表|政协委员|代表|委员|网友|专家|学者|群众|市民|干部群众|各界)\p{Han}{0,4}?(?:热议|聚焦|点赞|解读)|主持\p{Han}{0,8}?(?:审议|讨论|修改|征求)|(?:出炉|出台|亮相|速递|[^文](?:发布|印发|公布)|(?:印发|发布|颁布)实施|(?:开展|进行)(?:专题)?(?:调研|视察|检查))[!！]?$|[!！]\p{Han}|\p{Han}(?:发布|公布)了?(?:\d{4}年)?政府工作报告$|\p{Han}(?:发布|公布)了?\d{4}年度?\S{0,12}?(?:决算|预算)$|^[^关]\p{Han}{0,12}?(?:召开|主持)\p{Han}{0,12}?(?:听取|征求)\S{0,40}?(?:意见建议|意见和建议|意见)$|\p{Han}(?:写入|写进|纳入|列入)\p{Han}{0,10}?(?:政府工作报告|规划纲要)$|\p{Han}晒\S{0,12}?(?:决算|预算|账本|账单)`)

// reCommuniqueTold is a headline telling what a communiqué shows: 2019年
// 统计公报透出经济社会发展新看点, 从统计公报看…, 统计公报里的民生账, 从“十四五”
// 开局之年统计公报看…, 从统计公报的数据看…, 透过统计公报读懂….
var reCommuniqueTold = regexp.MustCompile(`统计公报(?:透出|透露|透视|显示|折射|揭示|解码|里的|背后|亮点|看点|数据显示)|^(?:从|透过|通过)[\p{Han}\d０-９《“”"]{0,24}?统计公报》?的?(?:数据|数字)?(?:中|里)?(?:看|读懂|看懂)`)

// reCommuniqueAnnex is a communiqué's own annex named after it: …统计公报中的
// 主要指标解释, …统计公报中的有关说明, …统计公报中的附注 (a story's 统计公报中的
// 民生账 is told).
var reCommuniqueAnnex = regexp.MustCompile(`统计公报中的(?:主要|有关|相关)?(?:指标|说明|名词|解释|注释|附注)`)

// isStoryHeadline reports a headline of a story about a document or of an
// explanation of it: …政府工作报告发布, …政府工作报告精神解读(一).
func isStoryHeadline(t string) bool {
	t = strings.Join(strings.Fields(t), "")
	return strings.Contains(t, "解读") || reStoryOfDocument.MatchString(t)
}

// presentsItself reports an opening in which a work report presents itself
// to the congress on the government's behalf, on its own line under its
// salutation (各位代表： / 现在，我代表姑苏区人民政府，向大会报告工作): a story
// may quote the sentence, not the report's layout.
func presentsItself(open []string) bool {
	return presentsUnderSalutation(open, reOwnPresentation)
}

// presentsWork reports an opening in which the report presents the
// government's work itself (现在，我代表区人民政府向大会报告工作), not a
// budget, a plan, a briefing or a greeting the government gives to a
// meeting (…向大会通报…, …向会议汇报…, …向大会提交…预算草案, …向大会的
// 胜利召开表示祝贺).
func presentsWork(open []string) bool {
	return presentsUnderSalutation(open, reOwnWorkPresentation)
}

// reOwnWorkPresentation is reOwnPresentation going on to the work it
// reports: 报告工作, 报告政府工作, 作政府工作报告.
var reOwnWorkPresentation = regexp.MustCompile(ownPresentation + `[，,]?\s*(?:报告(?:政府)?工作|作(?:政府)?工作报告)`)

// presentsUnderSalutation reports an opening with a line that re matches
// within two lines under a salutation (各位代表：).
func presentsUnderSalutation(open []string, re *regexp.Regexp) bool {
	for i, s := range open {
		if !re.MatchString(s) {
			continue
		}
		for _, above := range open[max(0, i-2):i] {
			if isSalutation(strings.TrimSpace(above)) {
				return true
			}
		}
	}
	return false
}

// reOwnPresentation is a work report's own words opening a line: 现在，我代表
// 姑苏区人民政府，向大会报告工作.
var reOwnPresentation = regexp.MustCompile(ownPresentation)

// ownPresentation is the government's own words presenting a report to the
// meeting, up to the meeting: 现在，我代表姑苏区人民政府，向大会; a street
// office's to its community's congress: 现在,我代表塘桥街道办事处向大会; a
// township's with its party committee: 我代表临浦镇党委、镇人民政府向大会.
const ownPresentation = `^\s*(?:现在|下面)[，,]?\s*我谨?代表\p{Han}{0,12}?(?:(?:人民)?政府|街道` + streetOffice + `|(?:街道|镇|乡)(?:` + officeAndCommittee + `))[，,]?\s*向(?:大会|会议)`

// officeAndCommittee is a township's or a subdistrict's government and its
// party committee named together, in either order, after the township's
// name: (南京东路街道)党工委、街道办, (塘桥街道)办事处、塘桥街道党工委, (临浦镇)党委、
// 镇人民政府.
const officeAndCommittee = `(?:党工委|党委)[、和及](?:\p{Han}{0,8}?(?:街道|镇|乡))?(?:办事处|街道办|(?:人民)?政府)|(?:办事处|街道办|(?:人民)?政府)[、和及](?:\p{Han}{0,8}?(?:街道|镇|乡))?(?:党工委|党委)`

// streetOffice is a subdistrict's office after its name, alone or with its
// party working committee: 办事处, 党工委、办事处, 党工委和办事处, 党工委、街道办事处,
// (中共洋泾街道)工作委员会和洋泾街道办事处.
const streetOffice = `(?:(?:党工委|工作委员会)[、和及]?(?:\p{Han}{0,8}街道)?)?办事处`

// rePartyProposal is a party committee's proposal for a five-year plan,
// by its title's opening: 中共龙湖区委关于制定国民经济和社会发展第十三个五年规划,
// 中国共产党汕头市龙湖区委员会关于制定…, 中共中央关于制定…, 龙湖区委关于制定….
var rePartyProposal = regexp.MustCompile(`^(?:中共|中国共产党)\p{Han}{1,20}?委(?:员会)?关于制定|^中共中央关于制定|^\p{Han}{2,8}?[省市县区旗州]委关于制定`)

// interviewWords mark a page where a report's speaker answers questions on
// it, or reads it out to its readers, not the report: …政府工作报告（市长
// 答记者问）, （市长在线访谈）, （市长专访）, （财政局局长导读）, 【政策答疑】.
var interviewWords = []string{"答记者问", "访谈", "答网友问", "问答", "答疑", "问与答", "百问百答", "一问一答", "专访", "详解", "讲解", "导读", "谈报告", "说审计", "说预算", "说报告", "市长权威发布", "县长权威发布", "区长权威发布", "省长权威发布", "州长权威发布", "旗长权威发布", "盟长权威发布", "主席权威发布", "市长说", "县长说", "区长说", "省长说", "局长说", "主任说"}

// explainerWords mark a page that tells a report in pictures or
// highlights, not the report: 一图读懂2024年…政府工作报告, 图解：…, 划重点.
var explainerWords = []string{"读懂", "看懂", "分钟了解", "一文了解", "一图读懂", "一图看懂", "一图速览", "一图了解", "图解", "图说", "图读", "划重点", "速览", "金句", "“数”读", "\"数\"读", "数读", "“数”说", "数说"}

// reviewEnds end the title of a congress committee's review of a report
// (关于福建省2021年…计划草案审查结果的报告) or a delegation's (溧阳代表团关于审议
// …政府三个工作报告和“十二五”规划纲要草案的情况汇报).
var reviewEnds = []string{"审查结果的报告", "审查结果报告", "审查报告", "审议意见", "初审报告", "审议情况汇报"}

// containsSuffix reports whether s ends with one of words.
func containsSuffix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// containsPrefix reports whether s begins with one of words.
func containsPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// reOfficeWorkReport is the work report of a prefecture's administrative
// office, its government: 2023年行署工作报告, 塔城地区行政公署工作报告; or of a
// subdistrict's office, which governs it: 凤鸣街道办事处工作报告, read to its
// community's congress: 天山路街道第五届社区代表大会第一次会议工作报告.
var reOfficeWorkReport = regexp.MustCompile(`^(?:(?:19|20)\d{2}\s*年)?\p{Han}{0,12}?(?:行署|行政公署|街道办事处)工作报告$|^(?:(?:19|20)\d{2}\s*年)?\p{Han}{2,12}?街道(?:(?:19|20)\d{2}\s*年)?(?:第[一二三四五六七八九十\d]{1,3}届)?(?:社区代表大会|社代会)(?:第[一二三四五六七八九十\d]{1,3}次会议)?(?:上的)?(?:工作)?报告$`)

// reBoardWorkReport is the work report of a management district's board
// (管委, 管委会, 管理委员会), which governs the district in a government's place.
var reBoardWorkReport = regexp.MustCompile(`^(?:(?:19|20)\d{2}\s*年)?\p{Han}{0,12}?(?:(?:19|20)\d{2}\s*年)?管(?:委会?|理委员会)(?:(?:19|20)\d{2}\s*年)?工作报告$`)

// reReportForm is the form a report's name in 《》 is given in after it:
// (摘登), （全文）, (摘要); or the part a site gives of it: 之回顾2022.
var reReportForm = regexp.MustCompile(`^[(（](?:摘登|摘要|全文|节选|摘编)[)）]$|^之(?:回顾|展望|摘要|摘登|节选)\s*(?:(?:19|20)\d{2}\s*年?)?$`)

// isWorkReportTitle reports a title that names a government work report
// itself (2021年和平区政府工作报告, 政府工作报告（摘要）), not a document about
// one (政府工作报告重点工作任务分解方案).
func isWorkReportTitle(t string) bool {
	i := strings.LastIndex(t, "政府工作报告")
	if i < 0 {
		return false
	}
	rest := t[i+len("政府工作报告"):]
	before := strings.TrimRight(t[:i], "《“\"")
	yearless := reYearBeforeReport.ReplaceAllString(before, "") // …审议2024年 → …审议
	if containsSuffix(before, aboutReportVerbs) && !strings.HasSuffix(before, "所作") || reVerbOverPlace.MatchString(before) || containsSuffix(yearless, reviewVerbs) || containsSuffix(yearless, draftingVerbs) {
		return false // a news headline about the report: 代表团热议政府工作报告, 县政府常务会议审议2024年政府工作报告
	}
	if j := strings.Index(rest, "》"); j >= 0 {
		// The report quoted in a longer title (《政府工作报告》征求意见会, …》解读)
		// is no report; the report in brackets with the form it is given in
		// (2024年《政府工作报告》(摘登)) is.
		if after := strings.TrimSpace(rest[j+len("》"):]); after != "" && !reReportForm.MatchString(after) {
			return false
		}
	}
	return rest == "" || strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "》") ||
		strings.HasPrefix(rest, "全文") || strings.HasPrefix(rest, "摘要") || strings.HasPrefix(rest, "摘登") || strings.HasPrefix(rest, "—") ||
		reCopiesCollected.MatchString(rest) || reWithYearsWorkPlan.MatchString(rest)
}

// reWithYearsWorkPlan is the plan of the year's work a township publishes
// with its report under one title: 2022年政府工作报告及2023年重点工作计划.
var reWithYearsWorkPlan = regexp.MustCompile(`^[及和暨]\s*\d{4}\s*年(?:重点)?工作(?:计划|安排|要点|思路)$`)

// reviewVerbs are what a meeting or a delegation does with a report named
// with its year (…常务会议审议2024年政府工作报告, 县人大审议通过2024年…,
// 学习2024年…): a story's headline, not a
// column's label before the report's name (政协聚焦2024年政府工作报告).
var reviewVerbs = []string{"审议", "审议了", "审议通过", "讨论", "讨论了", "讨论通过", "听取", "听取了", "热议", "学习", "介绍"}

// reYearBeforeReport is the year a report's name opens on, at the end of
// what stands before 政府工作报告: …审议2024年(政府工作报告).
var reYearBeforeReport = regexp.MustCompile(`《?(?:(?:19|20)\d{2}|[一二][〇○零][〇○零一二三四五六七八九]{2})\s*年度?$`)

// reCopiesCollected is a document site's count of the reports it collected
// under one name, after a dash: 2024年区政府工作报告-10篇, whose pages each
// give one of them.
var reCopiesCollected = regexp.MustCompile(`^[-－–]\d{1,3}篇$`)

// uploadedOn is a document site's upload date in its panel, the date
// before the word: - 2021-04-20 发布 |.
const uploadedOn = `^\s*(?:[-–•]\s*)?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*发布\s*[|｜]?\s*$`

// publishedWhole reports whether t, a headline announcing that a document
// was published (2023年绍兴市国民经济和社会发展统计公报发布！), stands over the
// document's own text: its parts' headings (一、综合; 前言; 第一篇) or its
// issuer and day in the opening, and no story's lead (3月20日，市统计局发布…).
func publishedWhole(t, head string) bool {
	if !rePublishedName.MatchString(t) {
		return false
	}
	lines := strings.Split(head, "\n")
	parts := false
	for i, l := range lines[:min(len(lines), 12)] {
		l = strings.TrimSpace(l)
		if reStoryLead.MatchString(l) {
			return false
		}
		// Its parts' first heading, or its issuer and day on lines of their own
		// (绍兴市统计局 / 2024年3月20日), as the document sets them.
		parts = parts || rePartHeadingOpens.MatchString(l) || i+1 < len(lines) && reIssuingOffice.MatchString(l) && reDateAlone.MatchString(strings.TrimSpace(lines[i+1]))
	}
	return parts
}

// reIssuingOffice is an office that issues a document, alone on its line:
// 绍兴市统计局, 国家统计局绍兴调查队.
var reIssuingOffice = regexp.MustCompile(`^\p{Han}{2,24}(?:统计局|调查队|人民政府|财政局|发展和改革委员会|发展改革委)$`)

// rePublishedName is a headline that announces a document's publication,
// the document's name its group: …统计公报发布！, …纲要正式发布.
var rePublishedName = regexp.MustCompile(`^(.{6,80}?(?:公报|纲要|报告))(?:全文)?(?:正式)?(?:发布|公布|出炉)[!！]*$`)

// rePartHeadingOpens is the heading of a document's first part: 一、综合, 前言,
// 第一篇 ….
var rePartHeadingOpens = regexp.MustCompile(`^(?:一、|第一[篇章部分]|前\s*言$|序\s*言$)`)
