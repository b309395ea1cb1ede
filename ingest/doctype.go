// The type of a text without a title, from what its first lines say it is
// (typeFromText). ClassifyDocType in meta.go reads the type from a title.

package ingest

import (
	"regexp"
	"slices"
	"strings"
)

// reCommuniqueCompiled is a communiqué's part on how it was compiled, over
// the sentence that opens on it: 一、公报编制情况 / 本次公报以….
var reCommuniqueCompiled = regexp.MustCompile(`(?m)^\s*(?:[一二三四五六七八九十]+、)?\s*公报编制(?:情况|说明)\s*\n\s*本次?公报`)

// reStoryAttribution opens a story told from another paper's report: 据海沧周报
// 报道, 据新华社消息; or a news site's story that an office published a
// document: 中商情报网讯:近日,黑龙江省统计局发布了《…统计公报》.
var reStoryAttribution = regexp.MustCompile(`^据\p{Han}{2,16}(?:报道|消息)|^\p{Han}{2,10}网讯\s*[:：]\s*(?:近日|日前|\d{1,2}月\d{1,2}日)[，,]?\s*\p{Han}{2,20}?(?:发布|公布)了?《`)

// typeFromText returns the type a text without a title shows in its first
// lines, or "": a plan's preface saying it was drawn up from the party
// committee's proposals (本规划纲要根据《…的建议》编制), a report presented to
// a congress or its standing committee on the government's behalf (受市人民
// 政府委托，我向本次常委会会议报告…2018年市级决算草案), a statistical
// communiqué's first part (一、综合 / 初步核算，全年地区生产总值…) in a text
// that addresses no audience, a work report's review of the year past by the
// government that speaks in it (一、2013年工作回顾 / …市政府在…领导下).
func typeFromText(lines []string) string {
	text := strings.Join(lines, "\n")
	if reStoryAttribution.MatchString(strings.TrimSpace(text)) {
		return "" // a story told from another paper's: 据海沧周报报道(杨志艺)海沧区《…纲要》近日正式发布
	}
	// A paper's lead that prints a report it tells was read under it
	// (…代表市政府作了政府工作报告。…特将该报告摘登如下,以飨读者。): that
	// report's type.
	if kind := printedReportKind(lines, text); kind != "" {
		return kind
	}
	if rePlanDrawnUp.MatchString(text) || reOutlineNamesItself.MatchString(text) || opensAsOutline(lines) || rePlanNamedDrawnUp.MatchString(text) && !containsAny(text, storyOrReadingWords) {
		return "五年规划纲要"
	}
	// 我向大会报告X, 我就X向大会作专题汇报, 现将X报告如下.
	if kind := submittedKind(text, rePresentsOwn, reReportsBelow); kind != "" {
		return kind
	}
	// A notice that issues what the congress adopted (《上饶市2022年国民经济和
	// 社会发展计划》已经市五届人大二次会议审议通过，现印发给你们; the plan's name
	// also without its marks: 2015年浙江省国民经济和社会发展计划已经…) has its type.
	if v := reIssuedHerewith.FindStringSubmatch(text); v != nil && reIssuedReportName.MatchString(v[1]+v[2]) {
		if kind := ClassifyDocType(v[1]+v[2], ""); kind != "其他" {
			return kind
		}
	}
	// A communiqué speaks to no one: a text that addresses its audience
	// (尊敬的各位媒体朋友们：) or speaks as 我们 presents or reads it, unless
	// 我们 is the communiqué's own preface over its first part, which opens
	// on the year's estimate (一年来，我们坚持… / 一、综 合 / 初步测算，全县
	// 实现…), not a quarter's analysis or a briefing (向大家通报).
	statsOpening := (reStatsOpening.MatchString(text) || reStatsHeadingAlone.MatchString(text) && !reAnalysisOrStory.MatchString(text)) && !reStrengthChapterPart.MatchString(text)
	if statsOpening && strings.Contains(text, "生产总值") && (!strings.Contains(text, "我们") || reCommuniquePreface.MatchString(text) && !strings.Contains(text, "向大家") && !reAnalysisOrStory.MatchString(text)) && !strings.Contains(text, "解读") && !reAddress.MatchString(text) {
		return "统计公报"
	}
	// A communiqué's first part on how it was compiled (一、公报编制情况 /
	// 本次公报以…《海洋生产总值核算制度》为编制依据) names it.
	if reCommuniqueCompiled.MatchString(text) {
		return "统计公报"
	}
	// A communiqué's figures, line after line, measured against the year
	// before (全年粮食总产量110.01万吨，比上年下降13.4%。 / 全年生猪出栏…), or
	// its parts under their usual names (四、对外经济 / 五、科技、文化和体育), two
	// of them over the year's figures (比上年, 同比), in a text that speaks as no one: a
	// page of the communiqué past its first part, or cut from its middle.
	speaksAsNoOne := !strings.Contains(text, "我们") && !reAddress.MatchString(text) && !reAnalysisOrStory.MatchString(text) && !strings.Contains(text, "解读")
	if speaksAsNoOne && (linesMatching(reYearFigureLine, lines) >= 4 || linesMatching(reCommuniquePart, lines) >= 2 && containsAny(text, []string{"比上年", "同比"})) {
		return "统计公报"
	}
	if isOutlineContents(lines) {
		return "五年规划纲要"
	}
	// A department's budget or final accounts by its contents' part of
	// tables or explanations (第二部分 2024年度部门决算表, 第二部分部门决算情况
	// 说明, 第二部分 2020 年部门预算表); not a finance bureau's guide that lists
	// the same parts among its own (reCompilingGuide, reGuidePartRunOn).
	if reDepartmentAccountsPart.MatchString(text) && !reCompilingGuide.MatchString(text) && !guideRunsOn(text) {
		return "预算报告"
	}
	// A department's own accounts or budget presented as what follows
	// (现将我单位2015年度部门决算说明如下), or opening on the table or the
	// explanation of its 三公 spending (一、2016年一般公共预算财政拨款开支的“三公”
	// 经费决算情况表).
	if reOwnAccountsBelow.MatchString(text) || slices.ContainsFunc(lines[:min(len(lines), 6)], reThreeCostsHeading.MatchString) {
		return "预算报告"
	}
	if reOutlineBasis.MatchString(text) || reDrawsUpPlan.MatchString(text) && reFiveYearPeriod.MatchString(text) && !strings.Contains(text, "各位代表") {
		return "五年规划纲要"
	}
	// A congress committee's report on its review of the government's budget
	// or plan (…人民代表大会审查了市人民政府提出的《关于…预算草案的报告》…现将审查
	// 结果报告如下) opens as the budget does, and is none.
	if reReviewsReport.MatchString(text) {
		return ""
	}
	// Nor is an audit office's report or notice of its audit of the
	// budget's execution (麻阳苗族自治县审计局对2019年度县本级财政预算执行及
	// 其他财政收支情况实施了审计。现将审计结果公告如下) the budget's.
	if reAuditOpening.MatchString(clipRunes(firstSentenceLine(lines), 200)) {
		return ""
	}
	// A plan report's first part is the plan's execution: 一、2020年国民
	// 经济和社会发展计划执行情况, 一、上半年计划执行情况 over the half year's
	// output (上半年地区生产总值增长5.5%).
	// Without its year the half year's part (一、上半年国民经济和社会发展
	// 计划执行情况) also heads a congress committee's or a CPPCC's inquiry
	// into the plan (…进行了专题调研。现将调研情况报告如下), which is none.
	// The part named otherwise than 国民经济 (一、2024年全市经济和社会发展计划
	// 执行情况) heads such an inquiry, a committee's review or an
	// interpretation too.
	if v := rePlanOpening.FindStringSubmatch(text); v != nil {
		// 一、2020年国民经济和社会发展计划执行情况, or with its place's name
		// (一、2024年浙江省国民经济和社会发展计划执行情况), not 全市.
		yearAndNational := v[1] != "" && !strings.HasPrefix(v[2], "全") && v[4] != ""
		// Named only as the plan (一、上半年计划执行情况): the plan whose
		// execution the year's output measures.
		ofEconomy := v[3] != "" || strings.Contains(text, "生产总值")
		if yearAndNational || ofEconomy && !containsAny(text, inquiryWords) && !containsAny(text, reviewOrReadingWords) {
			return "国民经济和社会发展计划报告"
		}
	}
	// A budget report or a final account's explanation opens with the
	// budget's execution, the accounts or the adjustment (一、2022年预算执行
	// 情况, 一、区本级支出决算说明, 一、市本级财政收支决算及平衡情况, 一、2021年
	// 全市财政决算基本情况, 一、预算调整依据; a month's release: 一、财政收支完成
	// 情况) and speaks of the general public budget; an adjustment's opening
	// (一、区级预算调整事由) or a final account's (一、2020年公共财政决算执行情况)
	// says what it is by itself.
	if opening := reBudgetOpening.FindString(text); opening != "" && (containsAny(text, publicBudget) || containsAny(opening, []string{"预算调整", "预算变动", "决算执行"}) || strings.Contains(text, "完成预算的")) {
		return "预算报告"
	}
	// A finance bureau's release of the budget's execution opens on the
	// revenue collected so far (3月份，全市一般公共预算收入当月完成…, 截至2015年8月底，
	// 累计完成公共财政预算总收入…) or the sum a budget sets aside (市本级一般公共
	// 预算支出安排的“三公”经费预算为…).
	if first := firstSentenceLine(lines); reBudgetFigures.MatchString(clipRunes(first, 80)) {
		return "预算报告"
	}
	// A budget's execution told by the finance departments that carry out
	// the budget the congress approved (今年以来，全区各级财政部门…认真执行自治区
	// 十四届人大一次会议批准的年度预算).
	if first := clipRunes(firstSentenceLine(lines), 400); reFinanceDepartments.MatchString(first) && reExecutesApprovedBudget.MatchString(first) {
		return "预算报告"
	}
	// A work report's thanks on the government's behalf (我代表县政府，向人大
	// 代表、政协委员…表示衷心的感谢), the year's aims of the government's work
	// (2020年政府工作的总体要求是, 今年政府工作的总体思路是, 县政府工作的总体要求是,
	// 今年政府工作指导思想, …意义重大。政府工作总体要求是)
	// and the count of the deputies' suggestions and proposals it handled
	// (办理落实市、区人大代表建议93件、政协委员提案111件) are said in no other report.
	if (reThanksOnBehalf.MatchString(text) || reWorkAims.MatchString(text) || reHandledMotions.MatchString(text)) && !reToldOfReport.MatchString(text) {
		return "政府工作报告"
	}
	// A management district's board presents its work to the congress of
	// the district that hosts it as a government does (——2025年1月16日在深圳市
	// 龙岗区第七届人民代表大会第六次会议上 / 各位代表: / 现在,我代表大鹏新区管理
	// 委员会,向大会报告管委会工作).
	if reBoardPresentsWork.MatchString(text) && strings.Contains(text, "人民代表大会") && !reToldOfReport.MatchString(text) {
		return "政府工作报告"
	}
	// Nor is the line on which it turns to the year's work (围绕上述目标，重点
	// 抓好以下九个方面工作：), which a story says within a longer sentence
	// (…他指出，今年要…重点抓好八个方面的工作，加快…), or its part on the
	// year's work under its own heading (三、2011年工作安排) with the year's
	// main targets (今年经济社会发展主要预期目标是…), where it names no plan.
	workPlan := reWorkPlanHeading.MatchString(text) && reMainTargets.MatchString(text)
	if (reWorkFocusLine.MatchString(text) || workPlan) && !strings.Contains(text, "计划") && !reToldOfReport.MatchString(text) {
		return "政府工作报告"
	}
	// A work report reviews the government's year: 一、2013年工作回顾 /
	// 过去的一年，…市政府在中共苏州市委的正确领导下, or under the head of the
	// government who reads it (保定市徐水区人民政府区长 李志永), or as the
	// tasks the last congress session set it (完成了县十五届人大三次会议确定的
	// 各项任务目标).
	if reWorkReview.MatchString(text) && (reGovernmentSpeaks.MatchString(text) || reHeadOfGovernment.MatchString(text) || reCongressTasks.MatchString(text)) {
		return "政府工作报告"
	}
	// A government's review of the year may name the government by 我们 only,
	// under its party committee's leadership and its congress's oversight
	// (一、2024年工作回顾 / …在地委的坚强领导下，在地区人大工委的监督指导下，我们坚持…;
	// 1、2012 年工作回顾2012 年是新一届区政府的起步年…在市委、市政府和区委的领导下，在
	// 区人大、区政协的支持和监督下…区政府坚持), which a court's or a congress
	// committee's review (常委会坚持, 法院), a party plenum's, a CPPCC's or a
	// bureau's (在县委的坚强领导下，全县公安机关…) does not say.
	// …and its parts, listed as contents, end with the government's own
	// conduct (一、2018年工作回顾 / 二、2019年工作安排 / 三、全面加强政府自身建设).
	// Neither is a story that tells of the report (县长…向大会作政府工作报告。
	// 报告共分三个部分：…), nor a meeting's speech (同志们：).
	if reNumberedWorkReview.MatchString(text) && reOwnConductPart.MatchString(text) && !reToldOfReport.MatchString(text) && !reOtherAudience.MatchString(text) {
		return "政府工作报告"
	}
	if reNumberedWorkReview.MatchString(text) && reUnderCommittee.MatchString(text) && reCongressOversees.MatchString(text) && reGovernmentWorks.MatchString(text) &&
		!reOtherReviewer.MatchString(text) && !reToldOfReport.MatchString(text) && !reOtherAudience.MatchString(text) {
		return "政府工作报告"
	}
	// The review without its number (2011年工作回顾) under the head of the
	// government who reads it, as the tasks the congress set it, or with the
	// government as its first sentence's subject; not a
	// congress's or a committee's review that names the government only as
	// what it oversees (督促县政府在…).
	if reBareWorkReview.MatchString(text) && (reHeadOfGovernment.MatchString(text) || reCongressTasks.MatchString(text)) || reGovernmentLeads.MatchString(text) || reGovernmentLeadsUnder.MatchString(text) {
		return "政府工作报告"
	}
	if reGovernmentWorksEarly.MatchString(text) && !reOtherActor.MatchString(text) && !reOtherReviewer.MatchString(text) && !reToldOfReport.MatchString(text) && !reOtherAudience.MatchString(text) {
		return "政府工作报告"
	}
	// A report that presents the government's or a street office's work
	// under its salutation (各位代表： / 现在，我代表塘桥街道办事处向大会作工作
	// 报告): a work report.
	if presentsWork(lines) {
		return "政府工作报告"
	}
	// A page of a work report that opens on its salutation, run on into the
	// review of a year the government names as one of its term (各位代表,刚刚
	// 过去的2021年…也是本届政府的收官之年。这一年,我们…).
	if slices.ContainsFunc(lines[:min(len(lines), 8)], reSalutationRunOn.MatchString) && reTermYear.MatchString(text) && strings.Contains(text, "我们") && !containsAny(text, notWorkReportSpeakers) && !reOnCommitteesBehalf.MatchString(text) && !reOtherReviewer.MatchString(text) && !reToldOfReport.MatchString(text) {
		return "政府工作报告"
	}
	// A government's review of the first year of its term that says it did
	// what the congress's session set it (2022年是本届政府开局之年…完成了区六届
	// 人大一次会议确定的目标任务).
	// Its lines may be wrapped at a fixed width (较好地完成 / 了区六届人大…).
	if flat := strings.Join(lines, ""); reGovernmentTermStarts.MatchString(flat) && reCongressTasks.MatchString(flat) && strings.Contains(flat, "我们") && !reOtherActor.MatchString(flat) && !reToldOfReport.MatchString(flat) && !reOtherAudience.MatchString(text) {
		return "政府工作报告"
	}
	// A text read at a session of a people's congress by the head of its
	// government (——2021年1月28日在安徽省第十三届人民代表大会第四次会议上 /
	// 省人民政府省长 李国英), whatever page of it was saved, is the work report
	// unless it says it is a speech, an inaugural address or a plan's
	// explanation.
	if reHeadOfGovernment.MatchString(text) && reAtCongress.MatchString(text) && !reToldOfReport.MatchString(text) && !reNotWorkReport.MatchString(text) {
		return "政府工作报告"
	}
	// The review of a term without its number, in a text that speaks of
	// the government's term (过去五年工作回顾 / 本届政府任期五年): not a
	// congress's or a committee's review that names the government only as
	// what it oversees or advises (为本届政府科学决策建言献策).
	if reFiveYearReview.MatchString(text) && reGovernmentTerm.MatchString(text) {
		return "政府工作报告"
	}
	return ""
}

// printedReportKind returns the type of the report a paper's lead says it
// prints under it (…市长作了政府工作报告。…特将该报告摘登如下, 特将《政府工作报告》
// 摘登如下), the last the lead names (…局长作了预算报告，县长…作了政府工作报告。
// 特将该报告摘登如下), or "": not the work report over a text that speaks as
// a committee (…政协主席作了县政协常委会工作报告，…听取了县长所作的政府工作报告。
// 特将该报告摘登如下 / …县政协常委会坚持…) or a court (…审议了县人民法院工作报告。
// 特将该报告摘登如下 / 全县法院共受理…) at its opening; a work report's mention
// of the courts further on (支持法院、检察院依法独立公正行使审判权) is no such
// sign.
func printedReportKind(lines []string, text string) string {
	lead := strings.Join(lines[:min(len(lines), 6)], "")
	at := reReportPrintedBelow.FindStringSubmatchIndex(lead)
	if at == nil {
		return ""
	}
	name := ""
	if at[2] >= 0 {
		name = lead[at[2]:at[3]] // 特将《政府工作报告》摘登如下
	} else {
		name = lastReportRead(lead[:at[0]])
	}
	if strings.HasSuffix(name, "政府工作报告") && !reCommitteeSpeaks.MatchString(text) && !reCourtSpeaks.MatchString(printedOpening(lines)) {
		return "政府工作报告"
	}
	if kind := ClassifyDocType(name, ""); kind != "其他" && kind != "政府工作报告" {
		return kind // a budget's or a plan's report named last
	}
	return ""
}

// lastReportRead returns the last report a lead says was read or reviewed
// (…听取了县长所作的政府工作报告，审议了县人民检察院工作报告), or "": not one the
// congress reviewed in writing only (书面审议了…计划草案的报告), which no paper
// prints as what was read.
func lastReportRead(lead string) string {
	name := ""
	for _, v := range reReportRead.FindAllStringSubmatchIndex(lead, -1) {
		if !strings.HasSuffix(lead[:v[0]], "书面") {
			name = lead[v[2]:v[3]]
		}
	}
	return name
}

// printedOpening returns the first 300 characters printed under the lead
// that says a report follows (see printedReportKind): where a court's
// report printed under it shows whose it is (全县法院共受理各类案件…), a
// work report's 支持法院、检察院依法独立公正行使审判权 none.
func printedOpening(lines []string) string {
	for i, l := range lines[:min(len(lines), 6)] {
		if reReportPrintedBelow.MatchString(l) {
			return clipRunes(strings.Join(lines[i+1:], "\n"), 300)
		}
	}
	return clipRunes(strings.Join(lines[min(len(lines), 6):], "\n"), 300) // the lead's words broken over its lines
}

// reYearFigureLine is a communiqué's line of the year's figures:
// 全年完成农业总产值669.65亿元，比上年增长3.6%。
var reYearFigureLine = regexp.MustCompile(`^\s*(?:全年|年末|年内)[^。]{0,80}?比上年末?(?:增长|下降|增加|减少)`)

// reCommuniquePart is the heading of a statistical communiqué's part under
// one of the names the statistics bureaus give them: 四、对外经济.
var reCommuniquePart = regexp.MustCompile(`^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?:综\s*合|农业|工业和建筑业|固定资产投资(?:、房地产)?|国内贸易|对外经济|国内外经济贸易|交通、邮电和旅游|交通、邮电|交通运输和邮电(?:通信业)?|财政、金融|财政和金融|金融|科技、文化和体育|教育和科学技术|文化、卫生和体育|人口、人民生活和社会保障|资源、环境)\s*$`)

// linesMatching counts the lines re matches.
func linesMatching(re *regexp.Regexp, lines []string) int {
	n := 0
	for _, l := range lines {
		if re.MatchString(l) {
			n++
		}
	}
	return n
}

// opensAsOutline reports a text that opens as a plan outline's preface
// does: with the period it plans, speaking of development as a whole
// (“十二五”时期是全盟深入贯彻落实科学发展观…的关键阶段, “十二五”时期,是绿园经济社会
// 全面提质…的关键时期), with the plan it is (我县国民经济和社会发展第十一个五年
// 规划,是…), or saying it draws the outline up (…特制定《海城市国民经济与社会
// 发展第十二个五年规划纲要). A sector's plan (…时期是我市教育事业…), a party
// committee's proposals (建议, decided at a plenary session: 全会), the
// explanation of a draft (说明) and a congress's decision on it (决定批准,
// 审查) open alike and are none.
func opensAsOutline(lines []string) bool {
	if len(lines) == 0 {
		return false
	}
	head := strings.Join(lines[:min(len(lines), 5)], "\n")
	if containsAny(head, []string{"说明", "决定批准", "审查", "审议"}) {
		return false
	}
	if containsAny(head, []string{"建议", "全会", "全体会议"}) && !strings.Contains(head, "本规划") {
		// A party committee's proposals; not an outline that calls itself
		// 本规划 and follows a plenary session (本规划…深入贯彻落实党的十九届
		// 五中全会…精神).
		return false
	}
	first, _, _ := strings.Cut(lines[0], "。")
	switch {
	case rePeriodOpens.MatchString(first):
		return containsAny(first, wholeDevelopment) && !containsAny(first, sectorWords)
	case rePlanItIs.MatchString(first), reDrawsOutlineUp.MatchString(lines[0]):
		return true
	case reReviewChapterOpens.MatchString(lines[0]):
		// Not an evaluation of the outline, which reviews the period too
		// (“十二五”规划纲要实施以来…对规划纲要实施情况进行了总结评估).
		return !strings.Contains(head, "评估")
	}
	return false
}

// How an outline's preface opens (see opensAsOutline), what it speaks of,
// and the words of a sector's plan.
var (
	rePeriodOpens    = regexp.MustCompile(`^\s*[“"]?十[一二三四五]五[”"]?时期[，,]?\s*是`)
	rePlanItIs       = regexp.MustCompile(`^\s*(?:我[县区市旗州盟]|全[县区市旗州盟])?国民经济和社会发展第[一二三四五六七八九十]+个五年规划[，,]\s*是`)
	reDrawsOutlineUp = regexp.MustCompile(`特(?:制定|编制)《[^》。]{4,80}?第[一二三四五六七八九十]+个五年规划纲要`)
	// An outline's first chapter, on the period before it, set as the
	// text's first line (第一章 “十二五”时期发展取得的主要成就); a sector's plan
	// names its sector there (…时期教育发展…).
	reReviewChapterOpens = regexp.MustCompile(`^\s*第一章\s*[“"]?十[一二三四五]五[”"]?时期(?:经济社会)?发展(?:取得的)?(?:主要)?(?:成就|回顾)\s*$`)
	wholeDevelopment     = []string{"经济社会", "科学发展", "发展方式", "全面建设", "全面建成", "小康", "现代化", "关键时期", "关键阶段", "战略机遇期"}
	sectorWords          = []string{"事业", "行业", "教育", "卫生健康", "医疗", "交通运输", "文化和旅游", "文旅", "体育", "水利", "能源", "生态环境保护"}
)

// firstSentenceLine is the first of the first three lines long enough to
// be a sentence of the text (a menu left over it is not), or "".
func firstSentenceLine(lines []string) string {
	for _, s := range lines[:min(len(lines), 3)] {
		if runes(s) >= 20 {
			return s
		}
	}
	return ""
}

// isOutlineContents reports a plan outline's opening: its parts and
// chapters (第一篇 发展的基础和环境 / 第一章 …), a statement that it draws up
// the plan it is (科学编制实施《…国民经济和社会发展规划(2021-2025年)》 / 第一章 …),
// or contents of chapters and their sections (第一章 发展回顾 / 第一节 … /
// 第二节 …, three of each at least, two of them an outline's own: no report,
// budget or communiqué is so divided, and a regulation's or a spatial plan's
// opens with 总则), naming its five-year period (“十四五”, 二〇三五年远景目标).
func isOutlineContents(lines []string) bool {
	text := strings.Join(lines, "\n")
	chapters, sections := 0, 0
	for _, l := range lines {
		switch l = strings.TrimSpace(l); {
		case reChapterLine.MatchString(l):
			chapters++
		case reSectionLine.MatchString(l):
			sections++
		}
	}
	// Chapters and sections of an outline's own: its review, its setting, its
	// guiding ideas and aims (a spatial plan or a regulation opens with 总则).
	outline := 0
	for _, w := range outlineChapterWords {
		if strings.Contains(text, w) {
			outline++
		}
	}
	divided := chapters >= 3 && sections >= 3 && outline >= 2 && !strings.Contains(text, "总则") && !strings.Contains(text, "附则")
	return (reOutlinePart.MatchString(text) || reDrawsUpPlan.MatchString(text) || divided) && reOutlineChapter.MatchString(text) &&
		(reFiveYearPeriod.MatchString(text) || divided && strings.Contains(text, "远景目标"))
}

// outlineChapterWords name the first chapters and sections of a five-year
// plan's outline.
var outlineChapterWords = []string{"发展回顾", "发展基础", "发展环境", "发展思路", "指导思想", "发展目标", "主要目标", "发展定位", "发展战略", "机遇", "挑战"}

// drawnUpFromProposal is what an outline's preface says after its name: what
// it was drawn up from and for (根据…的建议精神,结合洛龙区实际编制,主要阐明…).
const drawnUpFromProposal = `\s*(?:根据|依据)[^《。；;]{0,160}?的建议(?:精神)?[，,]\s*结合[^。；;]{0,30}?编制[，,]\s*(?:主要阐明|是)`

// outlinePreface opens an outline's preface naming the outline as itself:
// 本规划纲要根据《, 本纲要依据《.
const outlinePreface = `^\s*本(?:规划)?纲要(?:根据|依据)\s*《`

// committeeSpeaks is a committee speaking of its own work: 常委会坚持…, 全会审议….
const committeeSpeaks = `全会(?:审议|听取)|常委会(?:坚持|始终|紧紧|认真|深入|全面|围绕)`

// reGuidePartRunOn is a guide's part run on into its text without a number
// or under a bracketed one (总体要求：按照《预算法》…, （一）总体要求：…; see
// guideRunsOn): a department's own text may hold one such line too
// (（一）总体要求：坚持立德树人…).
var reGuidePartRunOn = regexp.MustCompile(`(?m)^\s*(?:` + bracketNumber + `)?\s*` + guideParts + `\s*[:：]`)

// guideRunsOn reports whether text is a guide by its parts run on into their
// text (see reGuidePartRunOn): two of them, or one in a text addressed to
// the units it guides (各预算单位：).
func guideRunsOn(text string) bool {
	n := len(reGuidePartRunOn.FindAllString(text, 2))
	return n >= 2 || n == 1 && reGuideAddressee.MatchString(text)
}

// reGuideAddressee is a notice's address to the units it guides, alone on
// its line: 各预算单位：, 各部门、各单位：, 各县区财政局，市直各部门：.
var reGuideAddressee = regexp.MustCompile(`(?m)^\s*` + addressee + `(?:[、，,]\s*` + addressee + `)*\s*[:：]\s*$`)

// addressee is one of the units a notice addresses: 各预算单位, 县直各预算单位,
// 各县区财政局, 市直各部门 (not a heading's 各单位预算安排情况).
const addressee = `\p{Han}{0,6}?各\p{Han}{0,8}?(?:预算单位|单位|部门|局|乡镇|街道|县区|区县|县市区)`

// guidePartNumber numbers a guide's part: 第一部分, 一、; bracketNumber
// numbers it in brackets: （一）.
const (
	guidePartNumber = `(?:第[一二三四五六七八九十\d]{1,3}部分|[一二三四五六七八九十]{1,3}[、.．])`
	bracketNumber   = `[(（][一二三四五六七八九十]{1,3}[)）]`
)

// guideParts are the parts of a finance bureau's guide to compiling the
// departments' budgets or accounts (see reCompilingGuide).
const guideParts = `(?:总体要求|编制要求|编报要求|报送时间|报送要求|公开时间和方式|填报说明|工作要求)(?:及要求)?`

// Openings of untitled texts that say what they are (see typeFromText).
var (
	rePlanDrawnUp = regexp.MustCompile(`(?:纲要|规划)(?:[(（][^)）]{0,20}[)）])?[，,]?\s*(?:根据|依据)[^《。；;]{0,60}《[^》]{4,80}的建议》(?:编制|制定)|(?:根据|依据)《[^》]{4,80}的建议》[，,]?\s*(?:编制|制定)了?《[^》]{0,80}(?:纲要|规划)`)
	// reDepartmentAccountsPart is a part of a department's (or a unit's)
	// budget or final accounts in its contents, the part's name ending its
	// line (but for a page number), its tables named with their year
	// (第二部分 2024年度部门决算表, 第二部分:2025年部门预算及“三公”经费预算报表(报表详见
	// 附件)) or its explanation (第二部分部门决算情况说明, 第三部分:2025年部门预算及
	// “三公”经费预算说明);
	// not a guide's 第二部分 部门预算报表填报说明 or 第二部分 部门决算报表.
	reDepartmentAccountsPart = regexp.MustCompile(`(?m)^\s*第[一二三四五六1-6]部分\s*[:：]?\s*(?:[^\n。，,]{0,20}?\d{4}\s*年度?\s*(?:部门|单位)(?:决算|预算)(?:` + threeCosts + `(?:决算|预算)?)?(?:表|报表|公开表|公开表格|情况说明|说明)|[^\n。，,]{0,30}?(?:部门|单位)(?:决算|预算)情况说明)(?:\s*[(（][^)）\n]{0,12}[)）])?(?:\s*(?:PAGEREF\b.*|[.…·．]{2,}.*|\d{1,3}))?\s*$`)
	// reOwnAccountsBelow is a department presenting its own accounts or
	// budget: 现将我单位2015年度部门决算说明如下, 现将2023年度部门预算公开如下,
	// 现将我校2024年度部门预算及“三公”经费预算情况公开如下
	// (not a finance bureau's 现将我县2022年度部门预算公开情况通报如下, nor its
	// notice's 现将2023年度部门决算编报工作安排如下).
	reOwnAccountsBelow = regexp.MustCompile(`现将(?:(?:我|本)(?:单位|部门|局|委|院|办|中心|所|站|馆|处|会|校|厅|室|乡|镇|街道))?\s*\d{4}\s*年度?\s*(?:部门|单位)(?:决算|预算)(?:` + threeCosts + `(?:预算|决算)?)?(?:有关)?(?:情况)?(?:说明|公开|报告)?(?:公开)?如下`)
	// reThreeCostsHeading is the heading of a table or an explanation of a
	// department's 三公 spending: 一、2016年一般公共预算财政拨款开支的“三公”经费
	// 决算情况表, 2016年“三公”经费财政拨款支出决算情况说明.
	reThreeCostsHeading = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]{1,2}[、.．])?\s*\d{4}\s*年度?[\p{Han}“”"]{0,24}?三公[”"]?经费(?:财政拨款)?(?:支出)?(?:预算|决算)(?:情况)?(?:表|说明)\s*$`)
	// reCompilingGuide is a finance bureau's guide to the departments'
	// budgets or accounts, by its parts on what it asks and when, each a
	// heading alone on its line (第一部分 总体要求, 第三部分 报送时间及要求, 总体要求：)
	// or numbered and run on into its text (第一部分 总体要求：按照…); not a
	// department's own 按照乡村振兴总体要求… or 总体要求：坚持农业农村优先发展….
	reCompilingGuide = regexp.MustCompile(`(?m)^\s*(?:(?:` + guidePartNumber + `|` + bracketNumber + `)?\s*[:：]?\s*` + guideParts + `\s*[:：。]?\s*(?:[.…·．]{2,}.*|\d{1,3})?|` + guidePartNumber + `\s*[:：]?\s*` + guideParts + `\s*[:：。].*)\s*$`)
	// reOutlinePrefaceLine is an outline's preface naming the outline as
	// itself at the head of its line, whatever plan it is: 本规划纲要根据《….
	reOutlinePrefaceLine = regexp.MustCompile(outlinePreface)
	// reReportPrintedBelow is a paper's word that the report follows, whole
	// or in its digest: 特将该报告摘登如下, 现将报告全文刊发如下, 特将该报告全文
	// 刊载如下, 特将报告主要内容摘登如下, 特将《政府工作报告》摘登如下 (its group
	// the name quoted).
	reReportPrintedBelow = regexp.MustCompile(`(?:特|现)将(?:该|此)?(?:报告|《([^》]{2,60})》)(?:全文|摘要|主要内容)?(?:摘登|刊登|刊发|刊载|摘编|摘要刊登|发表)如下`)
	// reReportRead is a report read to the congress, its name the group:
	// 作了政府工作报告, 所作的市人大常委会工作报告, 作了关于…预算草案的报告, 审议了县
	// 人民检察院工作报告.
	reReportRead = regexp.MustCompile(`(?:作了?|所作的?|审议了?|听取了?)《?([^。；;《》，,]{2,80}?报告)》?`)
	// reOutlineNamesItself is an outline's preface naming the outline as
	// itself at the head of its line, on the proposal for the five-year plan
	// it was drawn up from: 本规划纲要根据《中共硚口区委关于制定全区国民经济和
	// 社会发展第十四个五年规划…的建议 (the page cut the line there); not a
	// talent or a spatial plan's outline, nor a plan drawn up from the
	// five-year outline itself (本规划纲要依据《柞水县经济社会发展第十四个五年规划
	// 和二〇三五年远景目标纲要》编制).
	reOutlineNamesItself = regexp.MustCompile(`(?m)` + outlinePreface + `[^》\n]{0,20}?关于[^》\n]{0,30}?(?:国民经济和社会发展|经济社会发展|个五年规划|十[一二三四五]五)`)
	// rePlanNamedDrawnUp is an outline's preface that opens on its name, then
	// what it was drawn up from, one sentence on its line (《洛阳市洛龙区…纲要》
	// 根据…的建议精神,结合洛龙区实际编制,主要阐明…。); not a story or an
	// interpretation that opens on that sentence and goes on (。近日…发布会, 现解读如下).
	rePlanNamedDrawnUp = regexp.MustCompile(`(?m)^\s*《[^》]{4,80}(?:纲要|规划)》` + drawnUpFromProposal + `[^。\n]*。?[ \t]*$`)
	rePresentsOwn      = regexp.MustCompile(`受[\p{Han}、]{0,16}委托[，,]\s*(?:下面由我|下面我|我|现)?(?:代表\p{Han}{0,12})?向\p{Han}{0,16}?(?:会议|大会|常委会)[，,]?(?:书面)?(?:报告|作|提交)([\p{Han}\d][^，,。；;]{3,60})|我代表\p{Han}{0,12}?(?:人民政府|政府)[，,]?\s*向\p{Han}{0,24}?(?:会议|大会)[，,]?(?:书面)?报告(\d{4}年[^，,。；;]{3,60})|受[\p{Han}、]{0,16}委托[，,]\s*我就(\p{Han}[^，,。；;]{3,80})[，,]?\s*向\p{Han}{0,16}?(?:会议|大会)(?:报告|作|汇报)`)
	// reReportsBelow is a report's first paragraph saying what it reports:
	// 现将市本级2022年预算调整情况报告如下, 我受县政府委托，将我县今年上半年经济社会
	// 发展计划执行情况报告如下, …2023年市本级财政收支决算草案现已
	// 编制完成，具体情况报告如下, 全区决算情况总体较好。根据预算法有关规定,重点报告以下情况,
	// 受区政府委托,现将我区2025年财政预算执行情况及2026年财政预算(草案)安排情况向大会报告.
	reReportsBelow = regexp.MustCompile(`(?:现|委托[，,]\s*)将([\p{Han}\d][^，,。；;：:]{3,60}?)(?:报告|汇报)如下|现将([\p{Han}\d][^，,。；;：:]{3,60}?)向\p{Han}{0,16}?(?:会议|大会|常委会)[，,]?(?:书面)?(?:报告|汇报)|[，,。]\s*((?:19|20)\d{2}年[^，,。；;：:]{3,40}?(?:预算|决算|计划)(?:草案)?)现已编制完成[，,]\s*(?:具体|有关)?情况(?:报告|汇报)如下|(\p{Han}{0,4}(?:决算|预算执行)情况)总体(?:较好|良好|平稳)[。；;]\s*根据预算法(?:有关|相关)?规定[，,]\s*(?:重点|现将)?(?:报告|汇报)(?:以下|如下)`)
	// reAddress is a salutation to an audience: 尊敬的各位媒体朋友们：.
	reAddress = regexp.MustCompile(`(?m)^(?:尊敬的|各位)[^\n]{0,20}[:：]`)
	// reStatsOpening is a communiqué's first part: 一、综合, 一、综合经济,
	// 一、综合实力, 一、综合情况, 初步核算; not a part headed on what grew or
	// was done (一、综合经济运行稳中有进, 一、综合交通网络加快完善, 一、综合治理成效
	// 明显; see reStrengthChapterPart).
	reStatsOpening = regexp.MustCompile(`(?m)^(?:一[、\s]?\s*(?:综\s*合(?:经济|实力|情况)?(?:\P{Han}|初|$)|经济总量|国民经济)|初步(?:核算|测算))|[。\s]一、\s*综\s*合\s+初步(?:核算|测算)`)
	// reStrengthChapterPart is a plan's or a report's part on how the
	// economy's strength grew, over its estimate of the year's output as a
	// communiqué's first part is: 一、综合经济实力显著提升 / 初步核算，全年….
	reStrengthChapterPart = regexp.MustCompile(`(?m)^\s*一[、\s]?\s*综合(?:经济)?实力\p{Han}{0,6}?(?:提升|增强|提高|壮大|跃升|迈上)`)
	// reStatsHeadingAlone is that first part's heading alone on its line,
	// without 一、 (綜合 in a page that lost the communiqué's title), right
	// over the year's output against the year before; a site's column of
	// the same name over a reporter's story is told by its reporter.
	reStatsHeadingAlone = regexp.MustCompile(`(?m)^\s*(?:综\s*合|经济总量)\s*\n[^\n]*生产总值[^\n]*比上年`)
	// reWorkReview is the first part of a government work report, the
	// review of the year or the term past (一、2013年工作回顾).
	reWorkReview = regexp.MustCompile(`(?m)^\s*一、\s*(?:\d{4}年|过去一年|过去五年|“十[一二三四]五”时期)\S{0,12}?工作回顾\s*$`)
	// reCommuniquePreface is a communiqué's first part right under its
	// heading: 一、综 合 / 初步测算，全县实现地区生产总值… (经初步核算，2023年，全县…,
	// 根据初步核算，我县…).
	reCommuniquePreface = regexp.MustCompile(`(?m)^\s*一[、\s]\s*综\s*合\s*\n\s*(?:经|根据|据)?初步(?:测算|核算)[，,]\s*(?:\d{4}年[，,]?)?\s*(?:全|我)(?:年|省|县|市|区|州|旗|盟|地区)`)
	// reAnalysisOrStory is what a communiqué's preface never says: a period's
	// analysis (上半年, 1-6月, 存在的问题, 下步建议, 分析如下) or a reporter's story
	// (记者从…获悉, 责任编辑) that open on the same first part.
	reAnalysisOrStory = regexp.MustCompile(`记者|通讯员|责任编辑|存在的问题|主要问题|下步|下一步|工作建议|分析如下|上半年|一季度|前三季度|\d{1,2}[-－—至]\d{1,2}月`)
	// reGovernmentTerm is a government speaking of its own term: 本届政府
	// 任期五年, 本届政府成立以来.
	reGovernmentTerm = regexp.MustCompile(`本届政府(?:任期|成立以来|履职以来|的五年)`)
	// notWorkReportSpeakers mark a text under the congress's salutation that
	// a government does not speak: a speech's 同志们, the standing
	// committee's report (受县人大常委会委托，向大会报告工作, see
	// reOnCommitteesBehalf), a session's closing.
	notWorkReportSpeakers = []string{"同志们", "常务委员会向大会", "常委会向大会", "闭幕"}
	// reOnCommitteesBehalf is the standing committee's report presented on
	// its behalf: 受县人大常委会委托, 受县人民代表大会常务委员会的委托 (not a work
	// report's 委托第三方机构).
	reOnCommitteesBehalf = regexp.MustCompile(`受\p{Han}{0,24}?(?:常委会|常务委员会|主任会议|主席团)的?委托`)
	// reSalutationRunOn is a congress's salutation run on into the text on
	// its line: 各位代表,刚刚过去的2021年….
	reSalutationRunOn = regexp.MustCompile(`^\s*各位代表\s*[，,：:]\s*\S`)
	// reTermYear is a year the government names as one of its term: 本届政府
	// 的收官之年, 本届政府开局之年.
	reTermYear = regexp.MustCompile(`本届政府(?:的)?(?:收官之年|开局之年|起步之年|开局起步之年|最后一年|履职的第一年)`)
	// reGovernmentTermStarts is a government saying the year past began its
	// term: 2022年是本届政府开局之年.
	reGovernmentTermStarts = regexp.MustCompile(`(?:^|[。\n])\s*(?:\d{4}\s*年)?是本届政府(?:的)?(?:开局之年|起步之年|开局起步之年|履职的第一年)`)
	// reGovernmentWorksEarly is a review's heading without its number and,
	// in the paragraph under it, the government at work as a clause's
	// subject: 2022年工作回顾 / 2022年，是柳林发展史上…，县政府紧紧围绕… (not
	// 督促县政府认真…, the government as what another body oversees).
	reGovernmentWorksEarly = regexp.MustCompile(`(?m)^\s*\d{4}\s*年工作回顾\s*\n[^\n]{0,160}?[，,。；;]\s*(?:市|县|区|州|旗|省)(?:人民)?政府(?:紧紧|坚持|始终|认真|深入|全面|牢牢)`)
	// reOtherActor is another body at work, or the government as what leads
	// the speaker (在县委、县政府的领导下), a speaker that is no government.
	reOtherActor = regexp.MustCompile(`(?:政协|常委会|[县市区州旗]委|局|本人)(?:团结带领|紧紧|坚持|始终|认真|深入|全面|牢牢|依法|共收到|把)|[县市区州旗]委、[县市区州旗](?:人民)?政府的(?:坚强|正确)?领导下|本人|会议(?:指出|强调|认为)|请予审议`)
	// reGovernmentLeads is a review's heading without its number and the
	// government as the subject of its first sentence: 2023年工作回顾 /
	// 过去一年，县政府在市委…领导下 (not 督促县政府在…, nor a later 县政府在).
	reGovernmentLeads = regexp.MustCompile(bareReviewHeading + `\n\s*(?:(?:过去一年|一年来|\d{4}年)?[，,]?|\d{4}年是[^。\n]{0,100}。)\s*(?:市|县|区|州|旗|省)(?:人民)?政府在`)
	// reGovernmentLeadsUnder is a numbered review's first sentence with the
	// government as its subject right after the party committees' leadership:
	// 一、2023年工作回顾 / 一年来，在省委、地委和县委的坚强领导下，县政府坚持… (not
	// 县委坚持, 常委会坚持, 我们坚持).
	reGovernmentLeadsUnder = regexp.MustCompile(`(?m)^\s*一、\s*\d{4}年\S{0,12}?工作回顾\s*\n\s*(?:过去一年|一年来|\d{4}年)?[，,]?\s*在[^。，,；;\n]{0,20}?领导下[，,]\s*(?:市|县|区|州|旗|省)(?:人民)?政府(?:坚持|始终|紧紧|认真|深入|全面|牢牢)`)
	// reBareWorkReview is the review of the year or the term as a heading
	// without its number: 2011年工作回顾.
	reBareWorkReview = regexp.MustCompile(bareReviewHeading + `$`)
	// reFiveYearReview is the review of a government's term as a heading of
	// its own, without a number: 过去五年工作回顾.
	reFiveYearReview = regexp.MustCompile(`(?m)^\s*过去五年(?:政府)?工作回顾\s*$`)
	// reBudgetOpening is the first part of a budget report or of a final
	// account's explanation; levels in brackets may stand before it
	// (市(县、区)本级), not a note on what it holds (县本级（含高新区）).
	reBudgetOpening = regexp.MustCompile(`(?m)^\s*一、\s*(?:\d{4}年度?)?(?:[(（][市县区州旗盟乡镇](?:、[市县区州旗盟乡镇])*[)）]|\p{Han}){0,8}?(?:预算执行情况|(?:预算|财政)收支(?:完成|执行|基本)?情况|(?:一般公共|公共财政)预算收入(?:完成|执行)?情况|决算(?:基本|总体)?情况|决算执行情况$|决算说明|本级(?:支出|收入|收支)?预算说明|收支决算|决算收支(?:及其?平衡)?情况|(?:预算|决算)\p{Han}{0,8}?平衡情况|预算(?:调整|变动)(?:依据|情况|的?原因|事由))`)
	// reReviewsReport is a congress or its committee saying it reviewed the
	// government's report, or reporting what its review found.
	// It opens its line: a budget's own report may recall the review (今年1月，
	// 厦门市…会议审查了市人民政府提出的《…》，批准了…), as may an editor's
	// note over it (编者按：…).
	reReviewsReport = regexp.MustCompile(`(?m)^\s*\p{Han}{2,30}?(?:人民代表大会|人大常委会|常务委员会|委员会)\p{Han}{0,20}?审查了\p{Han}{0,12}?(?:人民)?政府(?:提出|提交|提请)的《|现将(?:初步)?审查(?:结果|情况|意见)报告如下`)
	// The general public budget, by its name since 2015 and before.
	publicBudget = []string{"一般公共预算", "公共财政预算"}
	// The revenue a budget collected, or a sum it sets aside, as a
	// release's first sentence states it; or the year's total revenue
	// and the general budget's share of it (2024年全市财政总收入536.7亿元,
	// 其中:一般公共预算收入140.6亿元).
	reBudgetFigures = regexp.MustCompile(`(?:一般公共预算|公共财政预算)(?:总)?(?:收入|支出)\p{Han}{0,8}?(?:完成|安排的)|完成(?:一般公共预算|公共财政预算)(?:总)?(?:收入|支出)|^(?:19|20)\d{2}年全[市县区省州旗盟]财政总(?:收入|支出)[\d.]+亿元[，,]\s*其中[:：]\s*(?:一般公共预算|公共财政预算)(?:收入|支出)`)
	// The finance departments of a place, and the budget its congress
	// approved that they carry out (see typeFromText).
	reFinanceDepartments     = regexp.MustCompile(`^(?:今年以来|上半年|\d{4}年(?:以来)?)[，,]\s*(?:全省|全区|全市|全县|全州|全旗)各级财政部门`)
	reExecutesApprovedBudget = regexp.MustCompile(`执行\p{Han}{0,30}?(?:人大|人民代表大会)\p{Han}{0,20}?批准的\p{Han}{0,6}预算`)
	// A plan that says it is drawn up, and the first part of a plan report.
	reDrawsUpPlan = regexp.MustCompile(`编制(?:实施)?《[^》]{4,80}(?:规划|纲要)(?:[(（]\d{4}[-—–]\d{4}年?[)）])?》|编制(?:实施)?[“"]十[一二三四五]五[”"]规划纲要`)
	// An outline's preface: what it is drawn up from (根据《中共上海市委关于制定…的建议》
	// 和《中共长宁区委关于制定…的建议》编制; 《…纲要》根据《中共中央关于制定…第十四个五年规划
	// 和二〇三五年远景目标的建议》《中共上海市委…的建议》制定; …的建议》,立足我省实际制定),
	// or what it sets out (本纲要以科学发展观为指导，主要阐述政府战略意图) or
	// spans (本规划纲要规划期从2011至2015年).
	reOutlineBasis = regexp.MustCompile(`(?:根据|依据)《[^》]{4,80}五年规划[^》]{0,20}的建议》(?:和?《[^》]{4,80}的建议》)?[，,]?\s*(?:(?:立足|结合)\p{Han}{0,8}?)?(?:编制|制定)|本(?:规划)?纲要(?:以|主要|是|根据|阐明|明确|规划期)`)
	rePlanOpening  = regexp.MustCompile(`(?m)^\s*一、\s*(?:(\d{4}年)(?:上半年)?|上半年)(全[市县区省州旗盟]|\p{Han}{1,12}?(?:省|市|自治区|县|区|州|旗|盟)(?:本级)?)?((国民)?经济和社会发展)?计划执行情况`)
	inquiryWords   = []string{"调研", "调查", "视察", "检查", "评估"}
	// A committee's review of the plan or an interpretation of its report
	// opens on the same part (一、2024年全市经济和社会发展计划执行情况).
	reviewOrReadingWords = []string{"审查意见", "初步审查", "审查结果", "解读"}
	// A story or an interpretation quoting an outline's preface.
	storyOrReadingWords = []string{"解读", "记者", "发布会"}
	// A plan outline's first part and chapter (第一篇 “十二五”发展回顾), and its
	// period.
	reOutlinePart    = regexp.MustCompile(`(?m)^\s*第一篇\s*[“"]?\p{Han}`)
	reOutlineChapter = regexp.MustCompile(`(?m)^\s*第一章\s*[“"]?\p{Han}`)
	reFiveYearPeriod = regexp.MustCompile(`“?十[一二三四五]五”?`)
	reChapterLine    = regexp.MustCompile(`^第[一二三四五六七八九十]+章`)
	reSectionLine    = regexp.MustCompile(`^第[一二三四五六七八九十]+节`)
	// A work report's thanks and its aims for the year (see typeFromText).
	reThanksOnBehalf = regexp.MustCompile(`我谨?代表\p{Han}{0,8}?(?:人民)?政府[，,]\s*向[^。]{2,300}?(?:表示|致以)[^。]{0,12}(?:感谢|敬意)`)
	reWorkAims       = regexp.MustCompile(`(?m)(?:(?:今年|(?:19|20)\d{2}年|[县区市旗州盟])[，,]?|^\s*|。)政府工作的?(?:总体(?:要求|思路)|指导思想)`)
	// The deputies' suggestions and the CPPCC's proposals the government
	// handled, as its review of its own work counts them (办理落实市、区人大代表
	// 建议93件、政协委员提案111件).
	reHandledMotions = regexp.MustCompile(`办理(?:落实)?[\p{Han}、]{0,10}?人大代表(?:议案|建议)[^。；]{0,30}?政协(?:委员)?提案`)
	// The line of a work report that turns to the year's work: 实现今年目标任务，
	// 重点做好七个方面工作。
	reWorkFocusLine = regexp.MustCompile(`(?m)^\s*\S{0,20}重点(?:做好|抓好)(?:以下)?[一二三四五六七八九十]+个?方面的?工作[。:：]?\s*$`)
	// A work report's part on the year's work, under its own heading, and
	// the year's main targets it sets.
	reWorkPlanHeading = regexp.MustCompile(`(?m)^\s*[一二三四五六七八九十]、\s*(?:19|20)\d{2}\s*年(?:主要|重点)?工作安排\s*$`)
	reMainTargets     = regexp.MustCompile(`经济社会发展的?主要预期目标`)
	// reToldOfReport is a story telling of a report: 县长代表县人民政府向大会作
	// 工作报告, 报告提出2022年政府工作的总体要求.
	reToldOfReport = regexp.MustCompile(`(?:作|听取|审议)[^。，,]{0,6}工作报告|报告(?:提出|指出|强调|认为|称)`)
	// reNumberedWorkReview is a review's numbered heading, also run on with
	// its text (1、2012 年工作回顾2012 年是…); reUnderCommittee the party
	// committee it worked under (在市委、市政府和区委的领导下, 在地委的坚强领导下);
	// reGovernmentWorks the government at work, as 我们 or by its name;
	// reOtherReviewer a reviewer that is no government.
	reNumberedWorkReview = regexp.MustCompile(`(?m)^\s*[一1][、.．]\s*(?:\d{4}\s*年|过去一年|过去五年)(?:的)?(?:政府)?工作回顾`)
	reUnderCommittee     = regexp.MustCompile(`在[^。，,；;]{0,16}?(?:党委|委)的?(?:坚强|正确)?领导下`)
	reGovernmentWorks    = regexp.MustCompile(`(?:我们|[市县区州旗省](?:人民)?政府)(?:坚持|始终|紧紧|认真|深入|全面|牢牢)`)
	reCongressOversees   = regexp.MustCompile(`人大[^。；;]{0,24}监督`)
	reOtherAudience      = regexp.MustCompile(`(?m)^\s*(?:同志们|各位委员)[:：，,]`)
	reOwnConductPart     = regexp.MustCompile(`(?m)^\s*[二三四五六七八九十]、\s*\p{Han}{0,8}政府自身建设`)
	reOtherReviewer      = regexp.MustCompile(`法院|检察|审判|(?:本次|这次)全会|` + committeeSpeaks)
	// reCourtSpeaks is a court or a procuratorate speaking of its own work:
	// 全县法院共受理各类案件, 本院审结…, 县人民检察院共批准逮捕… (not a work report's
	// 全年受理信访案件 or 依法批准逮捕涉黑涉恶犯罪嫌疑人12人).
	reCourtSpeaks = regexp.MustCompile(`全[省市县区州旗盟]各?级?(?:法院|检察机关|检察院)|本院|我院|全院|(?:法院|检察院)(?:共|全年)?(?:受理|新收|审结|办结|批准逮捕|提起公诉)|(?:审结|新收)[^。，,]{0,10}案件`)
	// reCommitteeSpeaks is committeeSpeaks (a committee speaking of its own
	// work).
	reCommitteeSpeaks = regexp.MustCompile(committeeSpeaks)
	// reGovernmentSpeaks is a government speaking of itself in a report's
	// text: 市政府在中共苏州市委的正确领导下.
	reGovernmentSpeaks = regexp.MustCompile(`(?:市|县|区|州|旗|省)(?:人民)?政府在`)
	// reIssuedHerewith is a notice issuing the document a congress or a
	// government adopted: 《…计划》已经市五届人大二次会议审议通过，现印发给你们.
	// reIssuedReportName is the name of a report, a plan or a budget
	// itself, not of the work on one (…预算草案编制工作要点, …执行情况督查
	// 工作安排, …第三方评估报告).
	reIssuedReportName = regexp.MustCompile(`^[^工评督]{2,50}(?:国民经济和社会发展计划|政府工作报告|规划纲要|预算(?:草案)?|决算(?:草案)?)$`)
	reIssuedHerewith   = regexp.MustCompile(`(?:《([^》]{4,60})》|(\d{4}年\p{Han}{2,30}?国民经济和社会发展计划))已经[^，,。]{2,40}(?:审议通过|批准|同意)[，,]\s*现(?:予)?印发给你们`)
	// reCongressTasks is a work report's review saying the government did
	// what the last congress session set it: 完成了县十五届人大三次会议确定的
	// 各项任务目标, 完成了县十六届人民代表大会第三次会议确定的目标任务.
	reCongressTasks = regexp.MustCompile(`完成了?\p{Han}{0,12}?第?[一二三四五六七八九十\d]+届(?:人大|人民代表大会)第?[一二三四五六七八九十\d]+次(?:全体)?会议(?:确定|提出|部署)的`)
	// reNotWorkReport is what else the head of a government says at a
	// congress: an inaugural speech (选举我为…市长), the explanation of a plan's
	// draft (…纲要（草案）…作说明), a speech (…会议上的讲话).
	reNotWorkReport = regexp.MustCompile(`选举我为|作说明|纲要（草案）|纲要\(草案\)|的讲话`)
	// reAtCongress is the meeting line of a people's congress's session a
	// report was read at, alone on its line: ——2021年1月28日在安徽省第十三届
	// 人民代表大会第四次会议上 (not a standing committee's meeting).
	reAtCongress = regexp.MustCompile(`(?m)^\s*[—─-]*\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?在\p{Han}{0,30}?(?:人民代表大会|人大)第?[一二三四五六七八九十\d]+次(?:全体)?会议上\s*$`)
	// reHeadOfGovernment is the head of a government under a report's
	// meeting line: 保定市徐水区人民政府区长 李志永, or the office alone or after
	// its place, maybe letter-spaced (市 长 李亚平, 上海市徐汇区 区长 王 华).
	reHeadOfGovernment = regexp.MustCompile(`(?m)(?:政府\s*(?:代理|代)?(?:区|县|市|旗|州|省)长|^\s*(?:\p{Han}{2,20}?[区县市旗州省]\s+)?(?:代理|代)?[区县市旗州省]\s?长)\s*\p{Han}(?:\s{0,3}\p{Han}){1,3}\s*$`)
)

// reBudgetTableName is the name of a budget table that opens a document:
// 武汉市2025年全市政府性基金收入执行情况表, 表一：2024年自治区一般公共预算收入完成情况表.
var reBudgetTableName = regexp.MustCompile(`^(?:表[一二三四五六七八九十\d]+[:：\s]*)?\p{Han}{0,12}(?:19|20)\d{2}年\p{Han}{2,40}(?:预算|决算|收入|支出|收支)\p{Han}{0,12}表$`)

// bareReviewHeading is the heading of a work report's review of the year or
// the term without its number, to the end of its spaces: 2011年工作回顾,
// 过去五年工作回顾 (see reBareWorkReview, reGovernmentLeads).
const bareReviewHeading = `(?m)^\s*(?:\d{4}年|过去一年|过去五年)\S{0,12}?工作回顾\s*`

// reBoardPresentsWork is a management district's board presenting its work
// to a meeting: 我代表大鹏新区管理委员会，向大会报告管委会工作, …向大会作工作报告.
var reBoardPresentsWork = regexp.MustCompile(`我代表\p{Han}{0,16}?(?:管理委员会|管委会)[，,]?\s*向(?:大会|会议)[，,]?\s*(?:报告(?:管委会)?工作|作(?:管委会)?工作报告)`)

// reAuditOpening opens an audit office's report or notice on what it
// audited: …审计局对2019年度县本级财政预算执行…实施了审计.
var reAuditOpening = regexp.MustCompile(`审计(?:局|厅|署|机关)\p{Han}{0,8}?对.{0,80}?(?:进行了|实施了|开展了)(?:审计|审计监督)`)
