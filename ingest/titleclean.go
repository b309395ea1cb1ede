// Cleaning a title line: cleanTitle trims what a page or a scrape adds to
// a report's name, namesReport and endsTitle say whether a line is one.

package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reTitleMeetingHead is a meeting line with its date run into the title
// after it, perhaps in brackets: 2016年12月14日在区第五届人民代表大会第一次
// 会议上 / 政府工作报告, (2022年2月11日在建德市…会议上)政府工作报告; its tail
// alone, a headline that lost the date and place (第三届人民代表大会第七次会议上
// 政府工作报告).
var reTitleMeetingHead = regexp.MustCompile(`^[—－\-\s(（]*(?:\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s*在[^。，,；;]{2,60}?|在?[^。，,；;\s]{0,20}?第[一二三四五六七八九十\d]+届)(?:人民代表大会|人大)[^。，,；;]{0,12}?会议上[)）]?\s*((?:\d{4}年)?(?:\p{Han}{0,20}?[省市县区旗州镇乡])?(?:人民)?政府工作报告)$`)

// reGarbledProvinceTag is a site's province tag over a title, garbled with
// the year's first figure: (四川?。?023年…, (遼寧?。?022年….
var reGarbledProvinceTag = regexp.MustCompile(`^\s*[(（](\p{Han}{2,8})\?。\?(\d{3}年)`)

// mendGarbledTag mends a site's province tag over a title whose last
// character, close and the year's first figure a scrape garbled: (辽宁省)
// 2022年… saved as (辽宁?。?022年…, to be read as a tag.
func mendGarbledTag(s string) string {
	v := reGarbledProvinceTag.FindStringSubmatchIndex(s)
	if v == nil {
		return s
	}
	name, last := s[v[2]:v[3]], "省"
	switch {
	case strings.HasSuffix(name, "自治"):
		last = "区"
	case slices.Contains([]string{"北京", "天津", "上海", "重庆"}, name):
		last = "市"
	}
	return s[:v[0]] + "(" + name + last + ")2" + s[v[4]:]
}

// cleanTitle trims a title line to the report's name: letter spacing
// squeezed, a meeting line run into it cut off.
func cleanTitle(s string) string {
	// A note in brackets that the document stands in an attachment
	// ((政府决算报告草案见附件1)) names no document of the page's own.
	if reAttachmentNote.MatchString(strings.TrimSpace(s)) || isKeywordSpam(s) {
		return "" // nor does a hijacked page's line of injected keywords
	}
	s = dropPictographs(s)
	s = withoutTrailingNoise(s)
	// A stray digit a scrape left after the word that ends a document's
	// name (…前三季度进展情况的通报0) is no part of it.
	s = reStrayDigitAfterName.ReplaceAllString(strings.TrimRight(s, " \t"), "$1$2")
	// So is the mark a listing sets after a headline it cut short, set off
	// by a space (…第二次会议胜利召开 ...), and the day a listing sets after
	// it in brackets (…充分肯定预算执行审计工作(07-7-30)).
	s = reSpacedEllipsis.ReplaceAllString(s, "")
	s = reBracketedDayAfter.ReplaceAllString(s, "$1")
	// So is the speaker a listing sets after a report's title in brackets
	// (…的审计工作报告(临海市审计局局长 董向阳)).
	if v := reBracketedSpeakerAfter.FindStringSubmatch(s); v != nil && !containsAny(v[2], speakerNoteWords) {
		s = strings.TrimSuffix(s, v[0]) + v[1]
	}
	// A gambling site's words a spam page injects into a headline
	// (民生改4949澳门精准免费大全善成亮点), and a post's label before it (原创
	// 新疆“两会”:…), are no part of it.
	s = reGamblingSpam.ReplaceAllString(s, "")
	s = rePostLabel.ReplaceAllString(s, "")
	// The text run onto the title on a page that lost its line breaks is cut
	// off before the letter spacing is squeezed, which would join them.
	if v := reTitleRunOn.FindStringSubmatch(strings.TrimSpace(foldSpaces(s))); v != nil {
		s = v[1]
	}
	// A preface's line broken after the name it gives the document and
	// before the short name (《乐清市…第十二个五年规划纲要》(以下简 / 称…).
	if v := reNamedBeforeShortName.FindStringSubmatch(strings.TrimSpace(s)); v != nil {
		s = v[1]
	}
	s = reTitleMeetingTail.ReplaceAllString(strings.TrimSpace(foldSpaces(s)), "")
	// So is a meeting line run in before it (2016年12月14日在区第五届人民代表大会
	// 第一次会议上政府工作报告).
	s = reTitleMeetingHead.ReplaceAllString(s, "$1")
	// The speaker's name and a colon before a report's title: 张学兵:关于浦东新区…的报告.
	s = reSpeakerBeforeTitle.ReplaceAllString(s, "$1")
	// A notice's number in brackets before its title: (新政发〔2017〕1号)区人民政府关于….
	s = reBracketedDocNumber.ReplaceAllString(s, "")
	// So are a notice's addressees and text (…纲要的通知 各街道办事处,各委、
	// 办、局: 《…》…).
	if v := reNoticeAddressees.FindStringSubmatch(s); v != nil {
		s = v[1]
	}
	// So is the approval note and the text after it (卓尼县…预算调整方案
	// (2023年9月24日县十九届人大常委会第10次会议审议通过) 根据《…).
	if v := reApprovalRunOn.FindStringSubmatch(s); v != nil {
		s = v[1]
	}
	// So is the next field of a public-information page's index on the
	// title's line (名称: …政府工作报告 文号:, …的报告 发布机构: 区发改局).
	s = reTitleNextField.ReplaceAllString(s, "")
	s = reTitleFieldRunOn.ReplaceAllString(s, "$1")
	// So is a photo's credit after a caption (…作政府工作报告 供图 和平区委宣传部).
	s = rePhotoCredit.ReplaceAllString(s, "")
	// So is the site's name after spaces (…审计工作报告  广东省人民政府门户网站).
	s = reSpacedSiteName.ReplaceAllString(s, "")
	if strings.Contains(s, "?") {
		// Characters a scrape lost (full-width spaces written as ?): 政??府??工??作??报??告, 政 府 工 作 报 告????;
		// not a question's mark after its question word (…马鞍山怎么干?).
		question := ""
		if v := reQuestionEnd.FindStringSubmatch(strings.TrimSpace(s)); v != nil {
			s, question = v[1], "?"
		}
		s = reLostChars.ReplaceAllString(s, " ") + question
	}
	if v := reStrayLastChar.FindStringSubmatch(strings.TrimSpace(s)); v != nil && endsTitle(v[1]) {
		s = v[1] // a title with the first letter of its repeat cut off after it: …社会发展计划 浙
	}
	// A headline and its deck after a bar (…第三次会议开幕 | 胡元坤主持会议并宣布
	// 开幕 黄河作政府工作报告 黄剑东刘先伟出席) is the page's whole headline, its
	// deck read before its spaces are squeezed.
	parts := reTitleSeparator.Split(strings.TrimSpace(s), 2)
	deck := ""
	if len(parts) == 2 && strings.ContainsAny(s, "|｜") && isDeck(parts[1]) {
		deck = strings.Join(strings.Fields(foldSpaces(parts[1])), " ")
	}
	s = squeezeLetterSpacing(foldSpaces(dropZeroWidth(s)))
	s = reSiteNameSuffix.ReplaceAllString(s, "")
	s = reSiteNamePrefix.ReplaceAllString(s, "$1")
	s = reEditionPath.ReplaceAllString(s, "")
	s = reSitePathSuffix.ReplaceAllString(s, "$1")
	if column, bar, rest, ok := columnBar(s, false); ok {
		s = column + bar + reTitleSeparator.Split(rest, 2)[0] // a column's name before its headline
	} else if parts = reTitleSeparator.Split(s, 2); len(parts) == 2 && isSiteCategory(s, parts[0]) && namesReport(parts[1]) && reYearOpens.MatchString(strings.TrimSpace(parts[1])) && !strings.HasSuffix(strings.TrimSpace(parts[1]), "专题") {
		s = parts[1] // a site's category before the title: 襄阳市政府领导班子_2015年襄阳市政府工作报告(全文)
	} else if len(parts) == 2 && deck != "" {
		s = strings.TrimSpace(parts[0]) + " | " + deck
	} else {
		s = parts[0]
	}
	if t := reDocSiteSuffix.ReplaceAllString(reDocSitePrefix.ReplaceAllString(s, ""), "$1"); t != s && namesReport(t) {
		s = t // a document site's marks around the name: 最新-政府工作报告1 精品
	}
	s = withoutWatermark(reTitleDecoration.ReplaceAllString(s, ""))
	s = reTitleDecoration.ReplaceAllString(s, "")
	s = reLawStatusTag.ReplaceAllString(s, "")
	// So is a proposal's or a resolution's approval note in brackets after
	// its name (…第十五个五年规划的建议(2025年12月6日中国共产党珠海市第九届委员会
	// 第十次全体会议通过)).
	s = reTrailingApprovalNote.ReplaceAllString(s, "$1")
	// A footnote's mark before the title's number in brackets:
	// 城中区第七次全国人口普查公报[1](第二号).
	s = reFootnoteBeforeBracket.ReplaceAllString(s, "$1")
	// A document site's count of the copies it collected or of the
	// report's characters: 东城区2011年政府工作报告5篇, …报告15500字.
	s = reCollectedCount.ReplaceAllString(s, "$1")
	if v := reBrandTail.FindStringSubmatch(s); v != nil && !reMeaningfulTail.MatchString(v[2]) {
		// A site's brand after a report's name and a dash: …政府工作报告-Mysteel铁矿石,
		// …的通知-农小蜂, …政府工作报告（全文）-Mysteel铁矿石.
		// The plan's span may end the name: …规划(2017—2021)-陕西省社会科学院.
		if t := reTitleDecoration.ReplaceAllString(v[1], ""); endsTitle(reYearSpanNote.ReplaceAllString(t, "")) && (runes(v[2]) <= 8 || endsDocument(t)) {
			s = t
		}
	}
	if v := reCompilationContents.FindStringSubmatch(s); v != nil {
		// A compilation's name run into its contents on a document site's
		// first page (1、XX镇2023年政府工作报告汇编(35篇)目录1.2023年…), or a
		// document's name and its issuer (1、深圳市光明新区…纲要深圳市光明新区管理委员会目 录前言1…).
		s = v[1] + v[2]
	}
	if t := strings.TrimSpace(strings.TrimSuffix(s, "目录")); t != s && namesReport(t) {
		s = t // the contents' heading run onto a report's title: …2026年预算（草案）目录
	}
	s = reContentsLeader.ReplaceAllString(s, "")
	s = reTitlePageSuffix.ReplaceAllString(s, "$1")
	s = reTablesWithReport.ReplaceAllString(s, "$1")
	s = reCompilationTail.ReplaceAllString(s, "$1")
	if v := reCutPagedTitle.FindStringSubmatchIndex(s); v != nil {
		s = s[:v[2]] + cutNames[s[v[2]:v[3]]]
	}
	if v := reTitleFullStop.FindStringSubmatch(s); v != nil && endsTitle(v[1]) {
		s = v[1]
	}
	// Not a tag that says what the page does with the report (【文字解读】《…纲要》),
	// which is part of the headline.
	if v := reTopicTag.FindStringSubmatch(s); v != nil && namesReport(cleanTitle(v[1])) && !keepsTag(strings.TrimSuffix(s, v[1])) {
		s = cleanTitle(v[1])
	}
	s = reTitleFullText.ReplaceAllString(s, "$1")
	if v := reFullTextThenMore.FindStringSubmatch(s); v != nil && ClassifyDocType(v[1], "") != "其他" && !reReadingOfReport.MatchString(s[len(v[1]):]) {
		s = v[1] // a site's name for a page of the text and more: 2020年浙江省政府工作报告全文,…解读和中英文翻译(三)
	}
	// A document's name run onto the heading it repeats: 山东省省长龚正政府工作报告
	// 政府工作报告.
	// Not a year's (2021年政府工作报告政府工作报告), which names the report less
	// than the page's title.
	if t, ok := strings.CutSuffix(s, "政府工作报告政府工作报告"); ok && strings.Trim(t, "0123456789年度 ") != "" {
		s = t + "政府工作报告"
	}
	s = reGluedNumber.ReplaceAllString(s, "$1")
	s = reTitleFileTail.ReplaceAllString(s, "$1")
	s = reTitleListNumber.ReplaceAllString(s, "$1")
	s = reNewsDateline.ReplaceAllString(s, "")
	s = reTitlePageNumber.ReplaceAllString(s, "$1")
	if loc := reGazetteIssue.FindStringIndex(s); loc != nil && issueNumberCut(s[:loc[1]], s[loc[1]:]) {
		s = s[loc[1]:]
	}
	if loc := reIssuerAnnouncement.FindStringIndex(s); loc != nil && endsDocument(s[loc[1]:]) {
		s = s[loc[1]:] // the office and its announcement's number: 安徽省审计厅2022年第2号公告:关于…审计工作报告
	}
	s = withoutBoardTag(s)
	s = reTitleFieldLabel.ReplaceAllString(s, "")
	s = reTitleStatus.ReplaceAllString(s, "")
	s = reResolutionPassed.ReplaceAllString(s, "$1")
	if v := reBracketPrefix.FindStringSubmatch(s); v != nil && namesReport(v[2]) && !keepsTag(v[1]) {
		// A doc site's tag before the title: [吴江上市公司名单2018]2018年苏州市
		// 吴江区政府工作报告. Where the tag names the report too, the fuller
		// name of the two: [2015年政府工作报告全文]2015年北京市海淀区政府工作报告,
		// [2019年沈阳市政府工作报告]2019沈阳市政府工作报告全文. Not a reading's
		// tag ([图文解读]《…纲要》), part of the headline.
		switch tag := cleanTitle(v[1]); {
		case !namesReport(tag) || runes(cleanTitle(v[2])) > runes(tag):
			s = v[2]
		default:
			s = tag
		}
	}
	if v := reTitleCompactDate.FindStringSubmatch(s); v != nil && namesReport(v[1]) {
		s = v[1] // the day written as eight figures after the title: …政府工作报告(20230111)
	}
	if v := reTitleDocNumber.FindStringSubmatch(s); v != nil && runes(v[1]) >= 4 {
		s = v[1] // a notice's number before its title: 嘉政发〔2023〕3号嘉祥县人民政府关于…的通知
		if v := reNoticeAddressees.FindStringSubmatch(s); v != nil {
			s = v[1] // and its addressees after it, on a page written on one line
		}
	}
	if v := reWrappedTitle.FindStringSubmatch(s); v != nil {
		s = v[1] // a title set in book-title marks: 《2021年平潭县政府工作报告》
	}
	if v := reCompilationPart.FindStringSubmatch(s); v != nil && namesReport(v[1]) {
		s = v[1] // an essay site's part of a compilation: 【篇一:合肥市政府工作报告】
	}
	if tag, rest, ok := strings.Cut(s, "】"); ok && reOutletTag.MatchString(tag+"】") && runes(strings.TrimSpace(rest)) >= 6 {
		s = strings.TrimSpace(rest) // a news outlet's name before its own headline: 【中安在线】安徽省十三届人大三次会议隆重开幕
	}
	if v := reChannelTag.FindStringSubmatch(s); v != nil && ClassifyDocType(v[1], "") != "其他" && !keepsTag(strings.TrimSuffix(s, v[1])) {
		s = v[1] // a site's channel before a report's name: 【闻喜县招商】2021年闻喜县政府工作报告
	}
	// A range of months (2019年1—6月份) is no dash before a tail.
	s = reDigitRange.ReplaceAllStringFunc(s, func(r string) string { return strings.Replace(r, "—", "\uE000", 1) })
	// A slogan over its report's name is the title (…而努力奋斗 ——政府工作报告摘登),
	// and so is a kicker run into its headline (…审议政府工作报告时说——克拉玛依市
	// 的发展未来可期); any other text after a dash is no part of it.
	v := reSubtitle.FindStringSubmatch(s)
	kickerRunIn := v != nil && reKickerDash.MatchString(v[1]+"——")
	if !kickerRunIn && (v == nil || namesReport(v[1]) || !isWorkReportTitle(strings.TrimSpace(v[2]))) {
		s = reTitleTail.ReplaceAllString(s, "")
	}
	s = strings.ReplaceAll(s, "\uE000", "—")
	s = reDanglingDate.ReplaceAllString(s, "")
	// A footnote's mark after the title (…统计公报①) is no part of it; single
	// angle brackets stand for book-title marks (印发〈湖南省…计划〉的通知).
	s = strings.NewReplacer("〈", "《", "〉", "》").Replace(strings.TrimRight(s, "①②③④⑤⑥⑦⑧⑨⑩*＊"))
	if v := reDateBeforeTitle.FindStringSubmatch(s); v != nil && !strings.HasPrefix(v[1], "在") && namesReport(v[1]) {
		s = v[1] // the day a site files the report under: 2012年1月5日昭通市政府工作报告
	}
	s = reTitleRunOn.ReplaceAllString(s, "$1")
	s = reTitleIssuer.ReplaceAllString(s, "$1")
	s = reTitleSpaceBeforeFigure.ReplaceAllString(s, "$1$2")
	s = reTitleSpaceAfterFigure.ReplaceAllString(s, "$1$2")
	s = reSpaceAroundBracket.ReplaceAllString(s, "$1$2") // …计划 (草案) 的报告
	s = strings.Trim(s, " -")
	if s == "府工作报告" {
		s = "政府工作报告" // its first character lost in scraping: 府 工 作 報 告
	}
	if h := s[:len(s)/2]; len(s)%2 == 0 && runes(h) >= 7 && h == s[len(s)/2:] {
		s = h // a headline and the title it repeats, run together on a page that lost its line breaks
	}
	return s
}

// Spaces around the figures of a title (关于科右中旗 2022 年…) are typesetting.
var (
	reTitleSpaceBeforeFigure = regexp.MustCompile(`(\p{Han})[ \t]+(\d)`)
	reTitleSpaceAfterFigure  = regexp.MustCompile(`(\d)[ \t]+(\p{Han})`)
)

// reSubtitle is a title and its subtitle after a dash.
var reSubtitle = regexp.MustCompile(`^(.+?)\s*(?:——|--|－－)\s*(\S.*)$`)

// reDigitRange is a range written with a dash between figures: 1—6月份;
// a range of rates that ends a headline: …2025年计划增长5.0%—5.5% (not one
// inside a deck that runs on: …目标7.5%—8%  胡和平主持…).
var reDigitRange = regexp.MustCompile(`\d—\d|\d[%％]—\d[\d.]*[%％]?$`)

// reContentsLeader is a contents entry's leader dots and page number after a
// title (…草案的报告·······················1).
var reContentsLeader = regexp.MustCompile(`\s*(?:(?:[·.]\s*){4,}|[…⋯]{2,})\s*\d{0,4}\s*$`)

// reCompilationPart is the heading an essay site gives each document of a
// compilation: 【篇一:合肥市政府工作报告】, 第二篇：…政府工作报告.
var reCompilationPart = regexp.MustCompile(`^[【\[]?(?:篇[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)\s*[:：]\s*(\S.*?)[】\]]?$`)

// reSpeakerBeforeTitle is a speaker's name and a colon before a title that
// opens on 关于: 张学兵:关于浦东新区…纲要(草案)的报告.
var reSpeakerBeforeTitle = regexp.MustCompile(`^\p{Han}{2,4}[:：]\s*(关于)`)

// reQuestionEnd is a headline asking a question, its mark at its end after
// a question word: “十四五”收官之年,马鞍山怎么干?.
var reQuestionEnd = regexp.MustCompile(`^(.*(?:怎么|怎样|如何|什么|哪些|哪里|为何|为什么|多少|几何|吗|呢)\p{Han}{0,4})\?$`)

// reLostChars are characters a scrape could not write, each a question mark.
var reLostChars = regexp.MustCompile(`\?+`)

// reDanglingDate is what a page leaves after a title: its date written with
// slashes (…执行情况的报告 2012/12/17), or the bracket opened before a date the
// tail cut off (…计划草案的报告 ( 2012年01月18日 )).
var reDanglingDate = regexp.MustCompile(`\s*\d{4}/\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$|\s*[(（]\s*$`)

// reDateBeforeTitle is a whole date written before a report's name, with
// the publication note of the notice that issues it, where that was run on
// too (2021年4月16日(此件公开发布)重庆市渝中区…纲要), or the note alone
// ((此件公开发布)嘉兴港区…纲要).
var reDateBeforeTitle = regexp.MustCompile(`^(?:\d{4}年\d{1,2}月\d{1,2}日\s*(?:[(（]此件[^()（）]{2,8}[)）]\s*)?|[(（]此件[^()（）]{2,8}[)）]\s*)(\p{Han}.{3,})$`)

// reTitleDecoration is what a site adds to the end of a title line: (全文),
// a document site's labels ((完整版),
// (精选3篇), (合集五篇), -10篇, (本文本有删减), 【精选】, (图文), (组图), (第2页), (第73/88页), 范文, word版),
// (全文29812字), a download's label ((附PDF下载), 【附下载】, (全文及WORD下载), (附表格下载), (附：表格下载), (附Excel下载),
// (附件及表格下载)),
// a footnote's mark ([1]), the year a site updated it
// ((2023年更新)),
// the date and speaker (2014年2月10日 马誉峰), the year alone or after the
// issuer a page or an encyclopedia files it under ((2023年), (重庆市渝北区
// 人民政府、2017年)),
// [图], a share button's label run on (分享到:, 分享至：, 分享到： 微信 微博 QQ空间), a file's extension (.pdf, .docxVIP: a document site's paid mark after it),
// a photo's credit ((马玉龙摄)), a
// scraper watermark run onto the line (政府工作报告pbY, …（草案）AI), a document site's
// badge (…政府工作报告VIP专享, …(20230107)VIP免费) or its file's label
// (…政府工作报告Word文档下载推荐), or a share button run onto it
// (…完成近六成 转播到腾讯微博).
var (
	reTitleDecoration = regexp.MustCompile(`(?:[(（]\p{Han}{2,12}\s?摄[)）]|[-—－_]\s*[\d一二三四五六七八九十]{1,3}篇|[(（](?:附?全文(?:\d+字)?|完整版?|全文完整版?|最新|(?:合集|精选|通用|汇编)[\d一二三四五六七八九十]*篇?|(?:优秀)?范文\d*篇?|word版)[)）]|[【\[［]\s*(?:精选|精品|(?:小编)?推荐|最新|完整版?|附?全文(?:及?下载)?|全文完整版?|范文|优秀范文)\s*[】\]］]|[(（](?:图文|组图|第\d{1,3}(?:/\d{1,3})?页|本?文本?有删[减节]|有删[减节])[)）]|(?:范文|word版|完整版)|[Ww]ord(?:文档在线阅读与下载|文档下载推荐|文档下载|文档格式|格式|文档)|[(（\[【]\s*(?:可编辑|完整)?\s*(?i:word|docx?|pdf|wps)\s*(?:可编辑(?:修改)?|完整)?\s*(?:文档|版本|版|格式)?\s*(?:可编辑(?:修改)?版?)?\s*(?:下载)?\s*[)）\]】]|[(（\[【](?:完整版)?可编辑(?:修改)?(?:版本|版)?[)）\]】]|[(（【\[]\s*(?:附|含)?\s*[:：]?\s*(?:全文|附件)?\s*(?:及|和)?\s*(?i:pdf|word|docx?|wps|excel|xlsx?)?\s*(?:版|文档|文件|表格|附件)?\s*下载\s*[)）】\]]|\[\d{1,2}\]|[(（]\d{4}年更新[)）]|[(（](?:[^()（）]{2,30}、)?\s*\d{4}年[)）]|[(（]\d{4}年\d{1,2}月(?:\d{1,2}日)?\s*\p{Han}{0,4}[)）]|[\[【(（]图[\]】)）]|分享[到至]\s*[:：]?(?:\s*(?:微信|微博|QQ空间|QQ好友|QQ|朋友圈|新浪微博|腾讯微博|豆瓣|更多))*|VIP\s*(?:专[享免]|免费)|[【\[]?转播到腾讯微博[】\]]?(?:\s*[(（]?\d+[)）]?)?|\.(?i:pdf|docx?|wps|txt|html?)(?:\s?VIP)?)$`)
	reWatermark       = regexp.MustCompile(`(\p{Han}|[)）])[A-Za-z][A-Za-z0-9]{1,3}$`)
)

// reTitleFieldLabel is the label of a page's field of the document's name,
// written without its colon (信息名称 政 府 工 作 报 告).
var reTitleFieldLabel = regexp.MustCompile(`^(?:信息名称|文件名称|名\s?称|标题|题名)\s*[:：]?\s*`)

// reSpaceAroundBracket is a space a page sets inside a title around a
// bracketed word: …2020年国民经济和社会发展计划 (草案) 的报告.
var reSpaceAroundBracket = regexp.MustCompile(`\s*([(（])\s*|\s*([)）])\s*`)

// reTitleStatus is a public-information page's label of a document's
// validity: (已废止), 【已失效】.
var reTitleStatus = regexp.MustCompile(`^[(（【\[](?:已废止|已失效|已修订|失效|废止|现行有效|有效)[)）】\]]\s*`)

// reResolutionPassed is a resolution's name with the news that it was
// passed run on: 关于福建省人民政府工作报告的决议通过.
var reResolutionPassed = regexp.MustCompile(`^(.{4,}的决议)通过$`)

// reBracketPrefix is a tag in square brackets before a title, and the title.
var reBracketPrefix = regexp.MustCompile(`^\[([^\[\]]{1,24})\]\s*(\S.*)$`)

// reTitleCompactDate is a title, then its date as eight figures in
// brackets: 威远县2023年政府工作报告(20230111).
var reTitleCompactDate = regexp.MustCompile(`^(.+?)\s*[(（]` + compactDate + `[)）]$`)

// reBracketedDocNumber is a document number in brackets opening a title:
// (新政发〔2017〕1号).
var reBracketedDocNumber = regexp.MustCompile(`^[(（]\s*\p{Han}{1,10}[〔\[［]\d{4}[〕\]］]\d{1,4}号\s*[)）]\s*`)

// reTitleDocNumber is a document number standing before the title it
// belongs to on a page's first line, perhaps after the file's header run
// onto it (天津市东丽区人民政府文件 东丽政发〔2016〕2号 东丽区人民政府关于…).
var reTitleDocNumber = regexp.MustCompile(`^(?:\p{Han}{2,20}\s?文\s?件\s*)?\p{Han}{1,10}[〔\[［(（﹝]\d{4}[〕\]］)）﹞]\d{1,4}号\s*(.+)$`)

// rePhotoCredit is the credit a photo's caption ends with, apart from it:
// 供图 和平区委宣传部, 摄影 张三.
var rePhotoCredit = regexp.MustCompile(`\s+(?:供图|摄影)[\s:：]*\p{Han}{2,14}$`)

// reTablesWithReport is the tables a page packs with a report after its
// name, and the version's note: …预算草案的报告及报表(报人大版).
var reTablesWithReport = regexp.MustCompile(`(的报告)及(?:其)?(?:附表|报表|表格)(?:[(（][^()（）]{1,10}[)）])?$`)

// reCompilationContents is a compilation's name, with the count of its
// documents, and its contents run on, after a document site's page number:
// 1、XX镇2023年政府工作报告汇编(35篇)目录1.2023年白鹤镇政府工作报告 2.…; or a
// document's name and its issuer before the contents: 1、深圳市光明新区国民经济
// 和社会发展第十三个五年规划纲要深圳市光明新区管理委员会目 录前言1….
var reCompilationContents = regexp.MustCompile(`^(?:\d{1,2}、)?(\S{4,60}?(?:汇编|合集)[(（]\d{1,3}篇[)）])\s*目\s*录|^\d{1,2}、(\p{Han}{6,60}?(?:规划纲要|目标纲要|工作报告|统计公报))\p{Han}{2,20}?(?:管理委员会|人民政府|发展和改革局|发展和改革委员会|统计局)\s*目\s*录`)

// reCompilationTail is a content farm's word for its collection after a
// report's name and its (全文): 2014年陕西省政府工作报告(全文)大全.
var reCompilationTail = regexp.MustCompile(`((?:报告|纲要|公报|规划))(?:[(（]全文[)）])?大全$`)

// reFootnoteBeforeBracket is a footnote's mark before a bracket: [1](.
var reFootnoteBeforeBracket = regexp.MustCompile(`\[\d{1,2}\]([(（])`)

// reTitlePageSuffix is the page number a site sets after a title it splits
// over pages (南通市2017年…统计公报(4), …2015年《政府工作报告》(4)), not a
// label's number (会议文件(十二)).
var reTitlePageSuffix = regexp.MustCompile(`((?:公报|报告|纲要|规划|通知|决议)》?)\s*[(（]\d{1,2}[)）]$`)

// reCutPagedTitle is a paged title the site cut one character short before
// its page number: 宁夏回族自治区2016年国民经济和社会发展统计公(3). The
// name it was cut from is in cutNames.
var reCutPagedTitle = regexp.MustCompile(`(统计公|工作报|规划纲|的报)\s*[(（]\d{1,2}[)）]$`)

// cutNames completes the report's name a paged title was cut from.
var cutNames = map[string]string{"统计公": "统计公报", "工作报": "工作报告", "规划纲": "规划纲要", "的报": "的报告"}

// reportNameEnd captures the end of a report's name, perhaps closing its
// book-title mark, before what a site runs onto it (see reTitleFullText,
// reGluedNumber).
const reportNameEnd = `((?:报告|公报|纲要)》?)`

// reFullTextThenMore is a document's name, its 全文 and, after a comma,
// what else a site's page offers: 2020年浙江省政府工作报告全文,浙江省政府工作报告
// 精神要点解读和中英文翻译(三).
var reFullTextThenMore = regexp.MustCompile(`^(\S{4,60}?(?:报告|公报|纲要))全文[,，]\S{6,}$`)

// reReadingOfReport is what a page offers instead of a report's text: an
// essay on studying it (学习心得体会范文5篇), its points in a chart (一图读懂).
var reReadingOfReport = regexp.MustCompile(`心得|体会|范文|一图|图解|学习`)

// reTitleFullText is a site's 全文 run onto the end of a title without
// brackets, in one language or two: 2015年武汉市政府工作报告全文,
// 2017年政府工作报告双语全文, perhaps after the name's book-title mark and
// before a colon (2014年泉州市《政府工作报告》全文:).
var reTitleFullText = regexp.MustCompile(reportNameEnd + `(?:双语|中英文|中英双语|中英对照)?全文(?:[(（]\p{Han}{2,4}[)）]|[:：])?$`)

// reGluedNumber is a page's number glued to the end of a title: 政 府 工
// 作 报 告080102 (five to seven figures: eight may be a date, 20240125).
var reGluedNumber = regexp.MustCompile(reportNameEnd + `\d{5,7}$`)

// reTopicTag is a site's topic tag in black brackets before a title, and
// the word 专题 run onto it ([2024广东公务员遴选重磅考点]2024年广东省政府工作报告,
// [河南中招成绩查询时间2022]专题2021年河南省…统计公报, in 【】): the site's
// label, not the document's name.
var reTopicTag = regexp.MustCompile(`^【[^【】]{2,30}】(?:专题)?\s*(\S.*)$`)

// reTitleFullStop is a title line a content farm ended with a full stop
// (武汉市2015年暨“十二五”期间国民经济和社会发展统计公报。): a year or 关于, a
// name, one sentence.
var reTitleFullStop = regexp.MustCompile(`^((?:关于|\p{Han}{0,12}(?:19|20)\d{2}年)[^。；;，,！!我]{4,80})。$`)

// reTitleFileTail is what a site's file name leaves after a title: a date
// in figures and the edition in brackets (…草案的报告0127(人大常委会版)027).
var reTitleFileTail = regexp.MustCompile(`(报告|公报|纲要)\d{1,4}[(（][^()（）]{1,12}[)）]\d{0,4}$`)

// reTitleListNumber is a document site's page or list number before a title
// that opens with its year or 关于: 1、2015年武汉市政府工作报告, or a
// file's number in a list of attachments: 7.关于西夏区…, 077-2021年….
var reTitleListNumber = regexp.MustCompile(`^(?:\d{1,2}[、.．]|\d{2,3}[-_])(\d{4}年|关于)`)

// issueNumberCut reports whether a gazette's or an announcement's issue
// number (see reGazetteIssue) is cut from the title rest that follows it:
// before an issuer and 关于; an announcement's before a report it prints
// (2025年第1号公告：舒城县…审计工作报告), not before its subject (2020年第3号
// 审计结果公告：某县…审计结果); a gazette's with its total (总第221号) or before a
// place's report, not an order's or a notice's own number (2024年第1号总林长令,
// 2022年第1号公告, 2024年第2号市区…通告).
func issueNumberCut(issue, rest string) bool {
	switch {
	case reIssuerAbout.MatchString(rest):
		return true
	case strings.Contains(issue, "公告"):
		return endsDocument(rest)
	default:
		return strings.Contains(issue, "总第") || rePlaceOpens.MatchString(rest) && namesReport(rest)
	}
}

// reIssuerAbout opens a title on its issuer and 关于, or 关于 alone:
// 郑州市关于…, 国务院办公厅关于…, 黔东南苗族侗族自治州人民政府办公室关于….
var reIssuerAbout = regexp.MustCompile(`^\p{Han}{0,24}?关于`)

// reIssuerAnnouncement is an office's announcement, its year and number,
// and a colon before the title it announces: 安徽省审计厅2022年第2号公告:,
// 安徽省审计厅公告（2022年第2号）：.
var reIssuerAnnouncement = regexp.MustCompile(`^\p{Han}{2,16}?(?:(?:19|20)\d{2}年第[\d一二三四五六七八九十]{1,3}号\p{Han}{0,6}公告|公告\s*[(（](?:19|20)\d{2}年第[\d一二三四五六七八九十]{1,3}号[)）])\s*[:：]\s*`)

// reGazetteIssue is a gazette's issue number before a title it prints, or
// an announcement's with its colon: 2019年第43号(总第221号)郑州市关于…,
// 2025年第1号公告:关于六安市本级…审计工作报告, 2025年第1号审计结果公告：关于….
var reGazetteIssue = regexp.MustCompile(`^(?:19|20)\d{2}年第\d{1,3}[号期]\s*(?:[(（]?总第\d{1,5}[号期][)）]?|\p{Han}{0,6}公告\s*(?:[(（]总第\d{1,5}号[)）])?\s*(?:[:：]|——))?\s*`)

// reTitlePageNumber is a page number run onto the title of a document saved
// from a PDF (1政府工作报告), not a year (2019年) nor a count (13项指标…, 10大工程,
// 3分钟看懂…, 900字极简报告…).
var reTitlePageNumber = regexp.MustCompile(`^\d{1,3}([^\d年月日届次号个%.．、,，\s项条家位名件座分秒万亿千百倍天人户所元岁类大强种批部组张省市县区镇村乡州城地单盟旗社园字句问词招点图幅亩米段场-])`)

// reNewsDateline is a news agency's dateline before the title it
// republishes: 新华社北京3月13日电.
var reNewsDateline = regexp.MustCompile(`^\p{Han}{2,6}社\p{Han}{2,4}\d{1,2}月\d{1,2}日电\s*`)

// reTrailingApprovalNote is an approval note in brackets ending a title:
// (2025年12月6日…全体会议通过), (2021年1月15日…会议批准).
var reTrailingApprovalNote = regexp.MustCompile(`(\S)\s*[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()（）]{2,60}?(?:通过|批准)\s*[)）]$`)

// reAttachmentNote is a note in brackets that sends the reader to an
// attachment: (政府决算报告草案见附件1).
var reAttachmentNote = regexp.MustCompile(`^[(（][^()（）]{0,40}见附件\d*[)）]$`)

// reLawStatusTag is a law database's tag of a document's validity after its
// name: …的决议 [现行有效], …【已失效】, …（现行有效）.
var reLawStatusTag = regexp.MustCompile(`\s*[\[【［(（]\s*(?:现行有效|已失效|已废止|部分失效|失效|已被修改|尚未生效)\s*[\]】］)）]\s*$`)

// reCollectedCount is a count of copies or of characters after a
// document's name: …报告5篇, …政府工作报告15500字, …报告1.5万字, …报告（15500字）.
var reCollectedCount = regexp.MustCompile(`(报告|公报|纲要|规划)(?:\d{1,2}篇|[(（]?(?:\d{3,6}|\d{1,2}(?:\.\d)?万)字[)）]?)$`)

// rePlanNameEnd ends a five-year plan's, a year's plan's or a budget's
// name, perhaps with its draft: …第十四个五年规划（草案）, …“十四五”规划,
// …2024年国民经济和社会发展计划（草案）, …财政预算（草案）.
var rePlanNameEnd = regexp.MustCompile(`(?:第[一二三四五六七八九十]{1,3}个五年规划(?:纲要)?|[“"‘]?十[一二三四五]五[”"’]?\s*(?:发展)?规划(?:纲要)?|国民经济和社会发展计划|预算|决算)(?:[(（]?草案[)）]?)?$`)

// acronyms are the Latin abbreviations a headline ends in as words of its
// own (贡献山东四成GDP), not a scraper's watermark.
var acronyms = []string{"GDP", "GNP", "GEP", "CPI", "PPI", "PMI", "PPP", "IPO", "APP", "App", "app", "AI", "AIGC", "VR", "AR", "ETC", "M2", "CBD", "AQI", "RCEP"}

// withoutWatermark returns s without a scraper's watermark run onto its end
// (政府工作报告pbY; see reWatermark), keeping an acronym that ends a
// headline's words (…贡献山东四成GDP, …国土空间规划APP), not one after a
// document's name (2023年政府工作报告AI, …第十四个五年规划AI).
func withoutWatermark(s string) string {
	if v := reWatermark.FindStringSubmatchIndex(s); v != nil && (!slices.Contains(acronyms, s[v[3]:]) || endsDocument(s[:v[3]]) || rePlanNameEnd.MatchString(s[:v[3]])) {
		return s[:v[3]]
	}
	return s
}

// isSiteCategory reports whether head, before the separator in s, is a
// site's short category (襄阳市政府领导班子_…) or, before a bar or a dash, a
// site's or an organ's name, not the page's own headline, nor a word that
// makes the page an explainer or a story (划重点_…, 代表委员热议：…_…,
// 代表热议_…, 襄阳市人大代表分组审议｜…).
func isSiteCategory(s, head string) bool {
	underscore := strings.HasPrefix(strings.TrimLeft(s[len(head):], " \t"), "_")
	head = strings.TrimSpace(head)
	if runes(head) > 12 || namesReport(head) || isStoryHeadline(head) || containsAny(head, explainerWords) || containsAny(head, storyVerbs) || strings.ContainsAny(head, "：:，,！!？?") {
		return false
	}
	// Before a bar or a dash, only a site's or an organ's name (南阳市人民政府
	// | 2021年…, 政府文件 | …).
	return underscore || reSiteOrOrganName.MatchString(head)
}

// reSiteOrOrganName ends a site's or a government's name, or a site's
// section of its documents: 南阳市人民政府, 政府文件.
var reSiteOrOrganName = regexp.MustCompile(`(?:政府|网|网站|门户|文件)$`)

// reTitleSeparator separates a page's <title> from the site's name:
// 政府工作报告_和平区人民政府; 政府工作报告 - 和平区人民政府.
var reTitleSeparator = regexp.MustCompile(`\s*[_|｜]\s*|\s+[-—–]+\s+`)

// reDocSitePrefix and reDocSiteSuffix are a document site's marks before
// and after a document's name: 最新-…, …报告1 精品.
var (
	reDocSitePrefix = regexp.MustCompile(`^(?:最新|推荐)\s*[-—]\s*`)
	reDocSiteSuffix = regexp.MustCompile(`(报告|公报|纲要)\s*\d{0,2}\s*精品$`)
)

// reBoardTagPrefix is a forum board's tag before a thread title: [天津].
var reBoardTagPrefix = regexp.MustCompile(`^(?:[\[【]\p{Han}{1,4}[\]】]|[(（]` + listingProvince + `[)）])\s*`)

// keepsTag reports a tag before a title that says what the page does with
// the document (a reading, a chart, the speaker's release or interview),
// part of its headline: 【文字解读】, [图文解读], 【图解】, 【市长权威发布】, 【答网友问】.
func keepsTag(tag string) bool {
	// 导读 alone is a column's label (【导读】, 【今日导读】, 【新闻导读】), cut;
	// with an interview's word it is not (【访谈导读】).
	// A video's (【视频导读】) is no label either: the page is the video.
	video := strings.Contains(tag, "视频") && strings.Contains(tag, "导读")
	tag = strings.ReplaceAll(tag, "导读", "")
	return video || containsAny(tag, []string{"解读", "图解"}) || containsAny(tag, interviewWords)
}

// withoutBoardTag cuts a forum board's tag before a title, but not a tag
// that says what the page does with the document (【文字解读】《…纲要》): that
// is part of the headline.
func withoutBoardTag(s string) string {
	if loc := reBoardTagPrefix.FindStringIndex(s); loc != nil && !keepsTag(s[:loc[1]]) {
		return s[loc[1]:]
	}
	return s
}

// reStrayLastChar is a title of eight letters or more unspaced, then one
// letter after a space.
var reStrayLastChar = regexp.MustCompile(`^(\S*\p{Han}{8}\S*)\s+\p{Han}$`)

// reGamblingSpam is a gambling site's words injected into a page:
// 4949澳门精准免费大全, 新澳门开奖资料.
var reGamblingSpam = regexp.MustCompile(`(?:\d{3,4}|新|老)澳门(?:精准|免费|开奖|正版|资料|大全|管家婆|一肖|一码|六合|彩|今晚|最准|内部)+`)

// rePostLabel is a post's label before its headline, a space after it:
// 原创, 转载.
var rePostLabel = regexp.MustCompile(`^\s*(?:原创|转载)\s+`)

// listingProvince is the province, city or county an aggregator puts in brackets
// before a listing title: its full name ((湖北省), (安吉县)) or its short one
// ((黑龙江)).
const listingProvince = `(?:\p{Han}{1,6}(?:省|市|自治区|县|区|旗)|` + provinceShortNames + `)`

// reWrappedTitle is a whole title line set in book-title marks.
var reWrappedTitle = regexp.MustCompile(`^\s*《([^《》]+)》\s*$`)

// reChannelTag is a site's longer tag before a title, its channel or the
// kind of page it is (【闻喜县招商】, 【主要负责人解读】): a channel's is no part of
// a report's name, a kind's is part of a headline's.
var reChannelTag = regexp.MustCompile(`^[【\[]\p{Han}{5,8}[】\]]\s*(.+)$`)

// reTitleIssuer is an issuing office, a site's year tag or the meeting line
// run onto the end of a title line (…统计公报蒙城县统计局, …统计公报 2020,
// …的报告2022年2月20日在…), or the head of government who read it
// (…政府工作报告 省长 易炼红, …政府工作报告 西安市人民政府市长陈宝根): not part
// of the name.
var reTitleIssuer = regexp.MustCompile(`(公报|报告)(?:\p{Han}{2,12}?(?:统计局|财政局|调查队)|\s*\d{4}|\d{4}年\d{1,2}月\d{1,2}日在.*|\s*(?:\p{Han}{2,20}?人民政府)?(?:代理?|副)?(?:省长|市长|县长|区长|州长|旗长|盟长|主席|总理)\s*\p{Han}{1,4}(?:[·•・]\p{Han}{1,8})?)$`)

// reSiteNameSuffix is a site's name joined to the end of a title line by a
// dash (政府工作报告-尊龙体育官网, …预算草案的报告-驻马店人大, …统计公报-红黑统计公报库,
// …纲要（征求意见稿）-宜春市人民政府),
// or a site's name ending in 官网 or 网站 after a colon (…计划草案的报告:星空体育在线官网,
// not 政府工作报告：打造开放合作新平台), or a gaming site's login after a
// dash (…谱新篇 -九游会j9官方登录): no part of the title.
var reSiteNameSuffix = regexp.MustCompile(`[-—–_]\p{Han}{2,12}(?:网|官网|网站|平台|门户|库|人大|人大常委会|人民政府)$|[:：]\p{Han}{2,12}(?:官网|网站)$|\s*[-—–_]\s*[\p{Han}A-Za-z\d]{2,14}(?:官方登录|登录入口|官网入口|官方入口)$`)

// reTitleNextField is the label of an index's next field after a title
// on its line (…的通知 有效性: 有效, or 性: 有效 where a scrape lost the
// label's first characters), or the page's breadcrumb (…统计公报 您所在的
// 位置:网站首页 …), with whatever follows it.
var reTitleNextField = regexp.MustCompile(`\s+(?:文\s*号|发文字号|发布机构|索\s*引\s*号|主题分类|有\s*效\s*性|时\s*效\s*性|效\s*性|性|发布日期|成文日期|您所在的位置|您的位置|您现在的位置|当前位置)\s*(?:[:：].*)?$`)

// reTitleFieldRunOn is a title's value with the next field's label run
// onto its end, its value on the next line (标题 / …计划的通知发文机关 /
// 淄博市人民政府办公室).
var reTitleFieldRunOn = regexp.MustCompile(`(通知|报告|纲要|公报|决议|意见|计划|草案)(?:发文机关|发文机构|发布机构|发文字号|文号|索引号|成文日期|发布日期|发文日期)$`)

// reBrandTail is a title, a dash or an underscore, and a short name
// after it with no figure: a site's brand (…政府工作报告-Mysteel铁矿石,
// …的通知-农小蜂, …（全文）_大湾区时报), or a spammer's words after a
// report's full name (…政府工作报告-棋牌娱乐平台充钱的).
var reBrandTail = regexp.MustCompile(`^(.+?)\s*[-—–_]\s*((?:[A-Za-z]+\p{Han}{0,8})|\p{Han}{2,12})$`)

// reMeaningfulTail is what a dash may add to a report's name that says
// what the page is, which a title keeps: 解读, 摘要, 全文, 图解, 问答, a
// draft's stage (讨论稿, 征求意见稿).
var reMeaningfulTail = regexp.MustCompile(`解读|摘要|全文|图解|一图|问答|要点|速览|草案|说明|讨论稿|征求意见稿|送审稿|修改稿`)

// reSpacedSiteName is a government site's name after a title and spaces:
// …的报告  广东省人民政府门户网站.
var reSpacedSiteName = regexp.MustCompile(`\s+\p{Han}{2,14}(?:人民政府门户网站|政府门户网站|门户网站|人民政府网站?|政府网)$`)

// reSiteNamePrefix is the name of the site that files a document joined to
// the front of its title by a dash (永顺县人民政府-湘西州…规划纲要, a paper's
// e-edition: 克拉玛依日报数字报-克拉玛依市…统计公报): the site's government
// is not the document's.
var reSiteNamePrefix = regexp.MustCompile(`^\p{Han}{2,14}(?:人民政府|政府网|门户网站?|官网|数字报|电子报|日报|晚报)[-—–_]+([\p{Han}\d])`)

// reEditionPath is a paper's e-edition path before the title of a story
// on its page (商洛日报/2024年/2月/6日/第001版政府工作报告).
var reEditionPath = regexp.MustCompile(`^\p{Han}{2,10}报\s*/\s*\d{4}\s*年\s*/\s*\d{1,2}\s*月\s*/\s*\d{1,2}\s*日\s*/\s*第\s*\d{1,3}\s*版\s*`)

// reSitePathSuffix is a site's path of columns joined to the end of a
// page's title by dashes (…规划纲要-规划-政务公开-首都之窗): two or more short
// names after a document's name.
var reSitePathSuffix = regexp.MustCompile(`((?:报告|公报|纲要|规划|计划|通知|决议|草案|议案))(?:[-—–]\p{Han}{2,8}){2,}$`)

// reApprovalRunOn is a title, the note of the meeting that approved it
// and the text run on after it.
var reApprovalRunOn = regexp.MustCompile(`^(\S.{5,80}?)\s*[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()（）。，,]{2,40}(?:通过|批准)\s*[)）]\s*\S.*[。，,；;]`)

// reNoticeAddressees is a notice's title with its addressees run on after
// it, perhaps after its number: …规划纲要的通知 各街道办事处,各委、办、局,各直属单位:,
// …计划的通知 珠府〔2010〕40号 横琴新区管委会,各区政府(管委会),市府直属各单位:,
// or after the page's date field (…纲要的通知时间:2021-03-16 各区市县人民政府,…:).
var reNoticeAddressees = regexp.MustCompile(`^(.{6,120}?的通知)\s*(?:\p{Han}{1,10}[〔\[［]\d{4}[〕\]］]\d{1,4}号\s*)?(?:(?:发布)?(?:时间|日期)[:：]\s*\d{4}-\d{1,2}-\d{1,2}\s*)?(?:各|\p{Han}{2,12}[,，、]各)[^:：。；;]{1,80}[:：]`)

// reTitleRunOn is a title the text runs on from after a space, or its
// source field and text run on without one, on a page that lost its line
// breaks (2023年江门市新会区…统计公报 2023年是…。, …统计公报来源:闵行区统计局…,
// a list's 1、深圳市…规划纲要信息来源:2016年政府公报…), or the sentence that
// presents it run on (…计划草案的报告受福建省人民政府委托,现将…), or a notice's
// title, its number in brackets and its addressees run on (…的通知 (鄂州政办发〔2010〕10号) 各区人民政府、…).
var reTitleRunOn = regexp.MustCompile(`^(?:\d{1,2}、)?(\S{6,60}?(?:统计公报|工作报告|的报告|规划纲要|目标纲要)|\S{6,100}?的通知)(?:\s+\S.*[。，,；;]|(?:信息来源|来源|发布时间|发布日期)[:：].*|受\p{Han}{2,24}?委托[，,].*|\s*[(（]\p{Han}{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号[)）]\s+\S.*)`)

// namesReport reports whether s can be a document's title: short, one
// line, naming a report, plan or notice, and no salutation or navigation.
func namesReport(s string) bool {
	n := runes(s)
	if n < 4 || n > 120 || strings.ContainsAny(s, "。；;！!，,") || reNotTitle.MatchString(s) && !quotedNameEnds(s) || reOutlineHeading.MatchString(s) {
		return false
	}
	// 决定性 (决胜…取得决定性成就) is no 决定, nor is it where the page
	// cuts it off (脱贫攻坚取得决定). An office's 关于…的通报 names
	// itself (…关于2012年上半年公共财政支出执行情况的通报); a bulletin's
	// name (政情通报) does not.
	return containsAny(reDecisive.ReplaceAllString(s, ""), reportWords) || strings.Contains(s, "关于") && strings.HasSuffix(s, "的通报") || reCommuniqueCutShort.MatchString(s)
}

// reDecisive is 决定性 (decisive), or 决定 cut off after the verb it
// follows in that word: 取得决定, 起决定.
var reDecisive = regexp.MustCompile(`决定性|(?:取得|起到?|具有)决定$`)

// reCommuniqueCutShort is a statistical communiqué's name that lost its
// last character to the site: 张家界市永定区2006年国民经济和社会发展统计公.
var reCommuniqueCutShort = regexp.MustCompile(`^\p{Han}{2,30}?\d{4}年度?国民经济和社会发展统计公$`)

// reNamedBeforeShortName is a line that opens on the document's name in
// book-title marks and breaks off at the short name it gives it.
var reNamedBeforeShortName = regexp.MustCompile(`^《([^《》]{4,80})》\s*[(（]以下简(?:称[^)）]{0,20})?$`)

// reOutlineHeading is a plan outline's heading (第一篇 指导方针与发展目标, 第一章
// 规划背景), never a document's name.
var reOutlineHeading = regexp.MustCompile(`^\s*第[一二三四五六七八九十]{1,3}[篇章节]`)

// quotedNameEnds reports a title that is a year and place, then the
// report's name in book-title marks (2021年青海省《政府工作报告》), or a reading's
// tag and the name (【文字解读】《…纲要》), which
// reNotTitle alone takes for the arrow of a breadcrumb (首页 》).
func quotedNameEnds(s string) bool {
	s = strings.TrimSpace(s)
	tagged := false
	if loc := reReadingTag.FindStringIndex(s); loc != nil {
		s, tagged = s[loc[1]:], true
	}
	head, ok := strings.CutSuffix(s, "》")
	before, name, quoted := strings.Cut(head, "《")
	return ok && quoted && (reYearAndPlaceOnly.MatchString(before) || reHeadlineSubject.MatchString(before) || tagged && before == "") && !strings.Contains(name, "《") && !reNotTitle.MatchString(head)
}

// reReadingTag is a government site's tag over a reading of a document, in
// black brackets before its name: 【文字解读】《…纲要》, 【图文解读】, 【政策解读】.
var reReadingTag = regexp.MustCompile(`^[【\[]\p{Han}{0,6}解读[】\]]\s*`)

// reHeadlineSubject is a story's headline before the report's name it
// ends on: 兰州市人大代表分组审议《政府工作报告》 (who did what with it).
var reHeadlineSubject = regexp.MustCompile(`^\p{Han}{2,30}(?:审议|讨论|听取|解读|热议|学习)$`)

// reYearAndPlaceOnly is a year, a place (or its government) or both, and
// nothing else: what stands before a report's name in 2021年青海省《政府工作
// 报告》 or 辽宁省人民政府2015年《政府工作报告》.
var reYearAndPlaceOnly = regexp.MustCompile(`^(?:(?:19|20)\d{2}年度?)?(?:\p{Han}{1,12}?(?:省|自治区|市|区|县|旗|州|盟)(?:人民政府)?)?(?:(?:19|20)\d{2}年度?)?$`)

// endsTitle reports whether s ends as a report's name does.
func endsTitle(s string) bool { return containsSuffix(withoutPartMark(s), titleEnds) }

// titleEnds are the words a report's name ends with (a published budget or
// final account: 2022年云溪区人民政府决算公开, 留坝县2017年政府决算公开说明).
var titleEnds = []string{"报告", "公报", "纲要", "规划", "计划", "通知", "通报", "决议", "意见", "决定", "办法", "预算", "决算", "规则", "（草案）", "(草案)", "预算草案", "决算草案", "计划草案", "决算公开", "预算公开", "公开说明", "的说明"}

// endsDocument reports whether s ends with the kind of document it is
// (报告, 通知), not with what the document is about (预算, 计划).
func endsDocument(s string) bool { return containsSuffix(withoutPartMark(s), documentEnds) }

// documentEnds are the kinds of document a title can end with.
var documentEnds = []string{"报告", "公报", "纲要", "通知", "通报", "决议", "意见", "决定", "办法", "规则", "的说明"}

// withoutPartMark is s without the mark of the form a report was given in
// ((书面): handed in written; (摘要): its summary), which a title keeps, and
// without the book-title mark closing a quoted name before it.
func withoutPartMark(s string) string {
	return strings.TrimRight(rePartMark.ReplaceAllString(s, ""), "》") // 《关于…的报告》（摘要）
}

// rePartMark is the mark a report's title line ends with for the form it
// was given in: (书面), （摘要）.
var rePartMark = regexp.MustCompile(`\s*[(（](?:书面|摘要)[)）]\s*$`)

// withoutTrailingNoise cuts a spam page's run of random characters after a
// title (政 府 工 作 报 告 LsMq&a-j2): a token of four to sixteen ASCII
// characters with a letter and a symbol no word has, after a space.
// reBracketedDayAfter is a day in brackets at the end of a headline, its
// year in two digits or four: (07-7-30), (2024.06.28), [2024-06-28], or
// with no year but a time: [03-28 10:20], or a listing's month and day
// in two figures each: 【03-28】, 【03/28】, after a closing bracket too
// (…（全文）【03-28】).
var reBracketedDayAfter = regexp.MustCompile(`([\p{Han})）])\s*[(（\[【](?:(?:\d{2}|(?:19|20)\d{2})[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[-./]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?|(?:0[1-9]|1[0-2])[-－/／](?:0[1-9]|[12]\d|3[01]))[)）\]】]$`)

// reBracketedSpeakerAfter is a speaker's office and name in brackets after
// a report's title, perhaps with the day it was given: …报告(临海市审计局局长
// 董向阳), …报告（州长 艾尔肯·吐尼亚孜）, …报告（市长 张明 2024年1月10日）.
var reBracketedSpeakerAfter = regexp.MustCompile(`(报告)\s*[(（]\p{Han}{0,24}?(?:局长|主任|厅长|市长|县长|区长|主席|署长|省长|州长|旗长)\s*(\p{Han}{2,4}(?:[·•・]\p{Han}{1,8})?)(?:\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?[)）]$`)

// speakerNoteWords mark a note in brackets after a title, not a speaker's
// name: （市长解读版）, （市长 答记者问）, （局长视频解读）, （市长在线访谈）,
// （市长专访）, （财政局局长导读）, （审计局局长说审计）.
// The interview words (see interviewWords) are notes too.
var speakerNoteWords = append([]string{"版", "解读", "图解", "视频", "讲话", "在线", "发布", "说"}, interviewWords...)

// reSpacedEllipsis is an ellipsis after a space at the end of a line.
var reSpacedEllipsis = regexp.MustCompile(`\s+(?:\.{3,}|…+)$`)

// reStrayDigitAfterName is one digit after the word that ends a document's
// name, at the end of a line: …的通报0, …的通报 ０, …统计公报1 (not a
// bulletin's number after a space: …人口普查公报 2).
var reStrayDigitAfterName = regexp.MustCompile(`(的(?:通报|通知|报告|决议|意见))\s?[0-9０-９]$|(纲要|公报)[0-9０-９]$`)

func withoutTrailingNoise(s string) string {
	t := strings.TrimRight(s, " \t")
	k := strings.LastIndexAny(t, " \t")
	if k < 0 {
		return s
	}
	token, head := t[k+1:], strings.TrimRight(t[:k], " \t")
	last, _ := utf8.DecodeLastRuneInString(head)
	if n := len(token); n < 4 || n > 16 || !unicode.Is(unicode.Han, last) || !strings.ContainsAny(token, "&<>{}[]|^~*#@$%\\") || !strings.ContainsFunc(token, unicode.IsLetter) || strings.HasPrefix(token, "[") && strings.HasSuffix(token, "]") {
		return s
	}
	for _, r := range token {
		if r < '!' || r > '~' {
			return s
		}
	}
	return head
}
