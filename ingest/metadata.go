package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

// ExtractorVersion names the rules that derive a document's metadata. It is
// folded into every content hash (and so into Fingerprint), so that the
// next index run re-parses every file whose metadata came from older rules.
// Raise it whenever the extracted metadata of a file may change.
const ExtractorVersion = "meta-50"

// Sources of a metadata field, as Document.MetaSource reports them.
const (
	srcSidecar     = "sidecar"
	srcPageMeta    = "page metadata"
	srcPageTitle   = "page title"
	srcFirstLine   = "first line"
	srcTitle       = "title"
	srcMeeting     = "meeting line"
	srcMeetingDate = "meeting date"
	srcSession     = "session table"
	srcSpeaker     = "speaker line"
	srcOpening     = "opening"
	srcSignature   = "signature"
	srcIssueDate   = "issue date"
	srcPublished   = "publication date"
	srcSiteCode    = "site code"
	srcIssuer      = "issuer"
	srcDocNumber   = "document number"
	srcHeadline    = "headline"
)

var (
	// A line that names a report, a notice or a plan can be a title.
	reportWords = []string{"报告", "纲要", "规划", "计划", "公报", "决议", "通知", "意见", "决定", "办法", "预算", "决算", "规则"}
	// Lines that are never a title: salutations, navigation, a site's links
	// ((点击查阅更多2014年地方政府工作报告)), dates.
	reNotTitle = regexp.MustCompile(`^(?:各位|同志们|当前位置|您的位置|您现在的位置|首页|【|[(（]?点击)|>>|>|》\s*$|^——|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}`)
	// A title that runs into its meeting line: 政府工作报告——2018年3月5日在….
	// Its page's publication time may follow it too: …纲要(附全文) 发布时间:2021-04-21 10:54.
	// A document number in brackets ends it too, with whatever the page
	// runs on after it: …纲要的通知(鲁政发〔2021〕5号)2021.04.27798.
	reTitleTail = regexp.MustCompile(`\s*[(（]\p{Han}{1,12}[〔\[［]\d{4}[〕\]］]\d{1,4}号[)）].*$|\s*(?:——|—|--|－－).*$|\s+\d{4}年\d{1,2}月\d{1,2}日.*$|\s+\d{4}-\d{1,2}-\d{1,2}$|\s+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|來源)\s*[:：].*$|\s+(?:发布时间|发布日期|发表于)\s*[:：]\s*\d{4}.*$`)
	// reTitleMeetingTail is the meeting after a title and a space, with its
	// date and speaker (政府工作报告 在济宁市第十六届人民代表大会第五次会议上
	// (2016年2月16日) 代市长 傅明先), or in brackets (政府工作报告 ( 2021 年 xx
	// 月 xx 日在毕节市七星关区…会议上), with its speaker after it (政府工作报告
	// (2019年1月21日在杭州市…会议上) 杭州市人民政府市长 徐立毅).
	reTitleMeetingTail = regexp.MustCompile(`\s+在\p{Han}[^。，,；;]{2,60}?(?:人民代表大会|人大|会议)上.*$|\s*[(（]\s*(?:\d{4}\s?年)?[^()（）。，,]{0,16}在[^()（）。，,]{2,60}?(?:人民代表大会|人大|会议)上?\s*[)）]?(?:\s*\p{Han}{0,16}?(?:代理?)?(?:市长|县长|区长|省长|州长|旗长|盟长|主席|总理)\s*\p{Han}{2,4})?\s*$`)
	// The meeting a report was read to: ——2021年1月13日在天津市河东区第十七届
	// 人民代表大会第十次会议上; 1955年7月5日至6日在…; 1981年11月30日和12月1日在…; a lead: 2015年1月20日，在….
	reMeetingLine = regexp.MustCompile(`(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日[，,]?[^在，。；,;]{0,14}?在(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)
	// A meeting line without its day, or with a draft's blanks for it or
	// for its month: ——2024年1月在成都市第十八届…, ——2021年1月 日在海淀区
	// 第十六届…, ( 2021 年 xx 月 xx 日在毕节市七星关区第二届….
	reMeetingMonth = regexp.MustCompile(`(\d{4})\s?年\s?(\d{1,2}|[xX×＿_]{1,2})\s?月(?:\s*(?:[xX×＿_]{1,2}\s*)?日)?[^日在，。；,;]{0,6}在(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)
	// A department head reading a report: 柘城县财政局局长 李某.
	reOfficial = regexp.MustCompile(`^(\p{Han}{2,30}?(?:局|委员会|办公室))(?:代?局长|副局长|代?主任|副主任)\s*(\p{Han}[\p{Han}\s]{0,6})$`)
	// A resolution's date: （2020年5月28日第十三届全国人民代表大会第三次会议通过）,
	// (2022年4月27日许昌市第七届人民代表大会第九次会议第二次大会通过).
	// A text that opens with the day a meeting reviewed a report
	// (2020年7月30日，雨花台区第十八届人大常委会第二十七次会议书面审议了…).
	reReviewedOn = regexp.MustCompile(`^\s*(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日[，,]\s*\p{Han}{2,40}?会议(?:书面)?(?:审议|听取)`)
	// A lead that gives the day its speaker made the report at a congress's
	// meeting (《2023年南康区政府工作报告》2023年2月8日，区长李赣兴在赣州市南康区
	// 第三届人民代表大会第三次会议上，代表南康区人民政府向大会作…).
	reLeadMeetingDay = regexp.MustCompile(`(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日[，,]\s*\p{Han}{0,12}?在\p{Han}{2,40}?(?:人民代表大会|人大)\p{Han}{0,12}?会议上[，,]\s*(?:代表\p{Han}{2,20}?)?向(?:大会|会议)(?:作|报告)`)
	reAdoptedOn      = regexp.MustCompile(`(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s*(?:在)?(.{2,40}?(?:会议|大会))(?:上)?(?:审议)?(?:通过|批准)`)
	// The place of a meeting line: 在(天津市河东区)第十七届人民代表大会.
	reMeetingPlace = regexp.MustCompile(`在(\p{Han}{2,24}?)(?:第[一二三四五六七八九十\d]+届|[一二三四五六七八九十]+届|人民代表大会)`)
	// A national session: 第十三届全国人民代表大会第一次会议, 十二届全国人大二次会议.
	reNPCSession = regexp.MustCompile(`第?([一二三四五六七八九十]{1,3})届全国(?:人民代表大会|人民代表大會|人大)第?([一二三四五六七八九十]{1,2})次(?:全体)?[会會][议議]`)
	// A session of a congress, written in either script: 会议, 會議, 会議.
	reCongressSession = regexp.MustCompile(`[会會][议議]`)
	// A local people's congress: 第十七届人民代表大会.
	reLocalCongress = regexp.MustCompile(`第[一二三四五六七八九十]+届(?:人民代表大会|人大)`)
	// The government a report is read for: 我代表天津市人民政府; 代表国务院.
	reOnBehalf = regexp.MustCompile(`代表(\p{Han}{0,24}?)(?:人民政府|政府)`)
	// A resolution of a congress on a report: 第N届…会议听取和审议了…政府工作报告.
	reResolutionOpening = regexp.MustCompile(`^(第\p{Han}{1,3}届\p{Han}{0,20}?人民代表大会第\p{Han}{1,3}次会议)(?:听取|审议)`)
	// The head of a government reporting its work: 我代表国务院，向大会报告….
	// 我受国务院的委托，现在向大会提出关于…的报告.
	// It is the government's own voice (我代表…, a sentence that opens with
	// 受…委托), not a news story's (代区长吴勇代表区人民政府向大会作…).
	reReportsToCongress = regexp.MustCompile(`(?:^|我|^现在[，,]?)(?:代表|受)\p{Han}{0,20}?(?:政府|国务院)(?:的委托)?[^。]{0,80}?(?:向(?:大会|\p{Han}{0,30}?会议)[，,]?(?:作|提出|报告)|作关于|作(?:政府)?工作报告)|国务院向\p{Han}{0,30}?会议[，,]?(?:作|提出)`)
	// Words that say the report is the national government's.
	nationalMarks = []string{"国务院总理", "国务院副总理", "代表国务院", "代表中华人民共和国国务院", "受国务院的委托", "中共中央和国务院的委托", "中华人民共和国国务院向", "代表中央人民政府", "国务院政府工作报告", "全国人民代表大会", "全国人民代表大會", "全国人大", "中华人民共和国国务院新闻办公室"}
	// An organ of government: a header field naming one names the issuer.
	organWords = []string{"政府", "人大", "人民代表大会", "委员会", "局", "厅", "办公室"}
	// A signature line: the issuing organ at the end of a document (a
	// communiqué is signed by the statistics office and the NBS survey team).
	reSignature = regexp.MustCompile(`^\p{Han}{2,30}(?:人民政府|人民政府办公室|人民政府办公厅|政府办公室|委员会|统计局|财政局|局|厅|调查队)$`)
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

// reAtBeforeDate is a meeting line, or a lead's sentence, that puts 在
// before its date (——在2020年12月23日上海市徐汇区第十六届…, …工作报告在2014年1月6日
// 武汉市第十三届人民代表大会…上由市长…发布).
var reAtBeforeDate = regexp.MustCompile(`在\s*(\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)(\s*\p{Han}{2,20}?第[一二三四五六七八九十\d]{1,3}届)`)

// foldForMetadata makes a line comparable: full-width digits and letters
// folded (１９８７ → 1987; punctuation is kept as written), every space an
// ASCII space, Chinese-numeral dates in digits, traditional characters in
// their simplified form (a copy of a report in traditional script states
// its session and speaker in the same words).
func foldForMetadata(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r >= 'Ａ' && r <= 'Ｚ':
			return r - 'Ａ' + 'A'
		case r >= 'ａ' && r <= 'ｚ':
			return r - 'ａ' + 'a'
		case r == '陜':
			// A converter's variant of 陝 (陕) that the traditional table
			// does not fold: 陜西省安康市寧陜縣.
			return '陕'
		}
		return r
	}, s)
	if strings.ContainsAny(s, "(（") {
		s = reRubyPinyin.ReplaceAllString(s, "")
	}
	s = unbracketFields(chineseNumeralsToDigits(foldSpaces(segment.Simplify(s))))
	if strings.Contains(s, "在") {
		// ——在2020年12月23日上海市徐汇区第十六届人民代表大会… reads as the usual
		// ——2020年12月23日在上海市徐汇区….
		s = reAtBeforeDate.ReplaceAllString(s, "${1}在${2}")
	}
	if !strings.ContainsAny(s, " \t") {
		return s // the patterns below need a space or tab
	}
	s = reSpacedDate.ReplaceAllString(s, "${1}${2}${3}${4}年${5}${6}月${7}${8}日")
	s = reSpaceAfterDigit.ReplaceAllString(s, "$1$2")
	return reSpaceBeforeDigit.ReplaceAllString(s, "$1$2")
}

// reRubyPinyin is the reading a converted page writes after a character
// in brackets (區(qū), 會(huì )): a syllable with its tone mark, no part of the
// text.
var reRubyPinyin = regexp.MustCompile(`[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s?[)）]`)

// Spaces around the figures of a title (关于科右中旗 2022 年…) are typesetting.
var (
	reTitleSpaceBeforeFigure = regexp.MustCompile(`(\p{Han})[ \t]+(\d)`)
	reTitleSpaceAfterFigure  = regexp.MustCompile(`(\d)[ \t]+(\p{Han})`)
)

// reOfficeDate is an issuing office's line with its date, one office or
// two, bracketed or not: 国家统计局蒙城调查队 2021年3月25日, 重庆市开州区统计局
// 国家统计局开州调查队2024年4月29日, (開福區統計局 2019年4月12日).
var reOfficeDate = regexp.MustCompile(`^(?:[\p{Han}（）()]{2,30}?(?:局|队|委员会|政府|办公室|厅)\s+)?[\p{Han}（）()]{2,30}?(?:局|队|委员会|政府|办公室|厅)\s*(\d{4}年\d{1,2}月\d{1,2}日)[)）]?$`)

// reDateOpensLine is a whole date opening a line, apart from what follows.
var reDateOpensLine = regexp.MustCompile(`^\s*(\d{4}年\d{1,2}月\d{1,2}日)\s`)

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
// 统计局 (2022年4月28日) 2021年是….
var reRunOnOfficeDate = regexp.MustCompile(`^\S{6,60}?(?:统计公报|工作报告|的报告)\s+(?:[\p{Han}（）()]{2,30}?(?:局|队|委员会|政府|办公室|厅)\s+){1,2}[(（](\d{4}年\d{1,2}月\d{1,2}日)[)）]`)

// Spaces inside a date (——2023 年 1 月 1 日在), typeset for looks, are
// dropped where metadata is read.
var (
	// A date letter-spaced digit by digit: 2 0 2 4 年 3 月 3 0 日.
	reSpacedDate       = regexp.MustCompile(`(\d) ?(\d) ?(\d) ?(\d) ?年 ?(\d) ?(\d)? ?月 ?(\d) ?(\d)? ?日`)
	reSpaceAfterDigit  = regexp.MustCompile(`(\d)[ \t]+([年月日])`)
	reSpaceBeforeDigit = regexp.MustCompile(`([年月])[ \t]+(\d)`)
)

// clipRunes cuts s to at most n runes: a report written on one line is read
// only for its beginning.
func clipRunes(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}

// clipKeepingEnd clips s to n runes like clipRunes, but keeps its last
// rune, so that a long line still ends as it did: a news lead's …全文如下:
// ends a sentence, not the title line under it.
func clipKeepingEnd(s string, n int) string {
	c := clipRunes(s, n-1)
	if len(c) == len(s) {
		return s
	}
	_, size := utf8.DecodeLastRuneInString(s)
	return c + s[len(s)-size:]
}

// squeezeLetterSpacing removes the spaces between Chinese characters of a
// title written letter-spaced (政 府 工 作 报 告), one space or several
// (衡 水 市  统  计 局).
func squeezeLetterSpacing(s string) string {
	rs := []rune(strings.TrimSpace(s))
	var b strings.Builder
	var prev rune // the last character that is no space
	for i, r := range rs {
		if unicode.IsSpace(r) && isHan(prev) {
			j := i + 1
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			if j < len(rs) && isHan(rs[j]) {
				continue
			}
		}
		b.WriteRune(r)
		if !unicode.IsSpace(r) {
			prev = r
		}
	}
	return b.String()
}

// namesReport reports whether s can be a document's title: short, one
// line, naming a report, plan or notice, and no salutation or navigation.
func namesReport(s string) bool {
	n := runes(s)
	if n < 4 || n > 120 || strings.ContainsAny(s, "。；;！!，,") || reNotTitle.MatchString(s) && !quotedNameEnds(s) || reOutlineHeading.MatchString(s) {
		return false
	}
	// 决定性 (决胜…取得决定性成就) is no 决定.
	return containsAny(strings.ReplaceAll(s, "决定性", ""), reportWords)
}

// reOutlineHeading is a plan outline's heading (第一篇 指导方针与发展目标, 第一章
// 规划背景), never a document's name.
var reOutlineHeading = regexp.MustCompile(`^\s*第[一二三四五六七八九十]{1,3}[篇章节]`)

// quotedNameEnds reports a title that is a year and place, then the
// report's name in book-title marks (2021年青海省《政府工作报告》), which
// reNotTitle alone takes for the arrow of a breadcrumb (首页 》).
func quotedNameEnds(s string) bool {
	s = strings.TrimSpace(s)
	head, ok := strings.CutSuffix(s, "》")
	before, name, quoted := strings.Cut(head, "《")
	return ok && quoted && reYearAndPlaceOnly.MatchString(before) && !strings.Contains(name, "《") && !reNotTitle.MatchString(head)
}

// reYearAndPlaceOnly is a year, a place (or its government) or both, and
// nothing else: what stands before a report's name in 2021年青海省《政府工作
// 报告》 or 辽宁省人民政府2015年《政府工作报告》.
var reYearAndPlaceOnly = regexp.MustCompile(`^(?:(?:19|20)\d{2}年度?)?(?:\p{Han}{1,12}?(?:省|自治区|市|区|县|旗|州|盟)(?:人民政府)?)?(?:(?:19|20)\d{2}年度?)?$`)

// cleanTitle trims a title line to the report's name: letter spacing
// squeezed, a meeting line run into it cut off.
func cleanTitle(s string) string {
	// The text run onto the title on a page that lost its line breaks is cut
	// off before the letter spacing is squeezed, which would join them.
	if v := reTitleRunOn.FindStringSubmatch(strings.TrimSpace(foldSpaces(s))); v != nil {
		s = v[1]
	}
	s = reTitleMeetingTail.ReplaceAllString(strings.TrimSpace(foldSpaces(s)), "")
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
	// So is a photo's credit after a caption (…作政府工作报告 供图 和平区委宣传部).
	s = rePhotoCredit.ReplaceAllString(s, "")
	// So is the site's name after spaces (…审计工作报告  广东省人民政府门户网站).
	s = reSpacedSiteName.ReplaceAllString(s, "")
	if strings.Contains(s, "?") {
		// Characters a scrape lost (full-width spaces written as ?): 政??府??工??作??报??告, 政 府 工 作 报 告????.
		s = reLostChars.ReplaceAllString(s, " ")
	}
	s = squeezeLetterSpacing(foldSpaces(dropZeroWidth(s)))
	s = reSiteNameSuffix.ReplaceAllString(s, "")
	s = reSiteNamePrefix.ReplaceAllString(s, "$1")
	s = reEditionPath.ReplaceAllString(s, "")
	s = reSitePathSuffix.ReplaceAllString(s, "$1")
	s = reTitleSeparator.Split(s, 2)[0]
	s = reWatermark.ReplaceAllString(reTitleDecoration.ReplaceAllString(s, ""), "$1")
	s = reTitleDecoration.ReplaceAllString(s, "")
	if v := reBrandTail.FindStringSubmatch(s); v != nil && !reMeaningfulTail.MatchString(v[2]) {
		// A site's brand after a report's name and a dash: …政府工作报告-Mysteel铁矿石,
		// …的通知-农小蜂, …政府工作报告（全文）-Mysteel铁矿石.
		if t := reTitleDecoration.ReplaceAllString(v[1], ""); endsTitle(t) {
			s = t
		}
	}
	if t := strings.TrimSpace(strings.TrimSuffix(s, "目录")); t != s && namesReport(t) {
		s = t // the contents' heading run onto a report's title: …2026年预算（草案）目录
	}
	s = reTitlePageSuffix.ReplaceAllString(s, "$1")
	if v := reCutPagedTitle.FindStringSubmatchIndex(s); v != nil {
		s = s[:v[2]] + cutNames[s[v[2]:v[3]]]
	}
	if v := reTitleFullStop.FindStringSubmatch(s); v != nil && endsTitle(v[1]) {
		s = v[1]
	}
	if v := reTopicTag.FindStringSubmatch(s); v != nil && namesReport(cleanTitle(v[1])) {
		s = cleanTitle(v[1])
	}
	s = reTitleFullText.ReplaceAllString(s, "$1")
	s = reTitleFileTail.ReplaceAllString(s, "$1")
	s = reTitleListNumber.ReplaceAllString(s, "$1")
	s = reNewsDateline.ReplaceAllString(s, "")
	s = reTitlePageNumber.ReplaceAllString(s, "$1")
	s = reBoardTagPrefix.ReplaceAllString(s, "")
	s = reTitleFieldLabel.ReplaceAllString(s, "")
	s = reTitleStatus.ReplaceAllString(s, "")
	if v := reBracketPrefix.FindStringSubmatch(s); v != nil && namesReport(v[2]) && !namesReport(v[1]) {
		s = v[2] // a doc site's tag before the title: [吴江上市公司名单2018]2018年苏州市吴江区政府工作报告
	}
	if v := reTitleCompactDate.FindStringSubmatch(s); v != nil && namesReport(v[1]) {
		s = v[1] // the day written as eight figures after the title: …政府工作报告(20230111)
	}
	if v := reTitleDocNumber.FindStringSubmatch(s); v != nil && runes(v[1]) >= 4 {
		s = v[1] // a notice's number before its title: 嘉政发〔2023〕3号嘉祥县人民政府关于…的通知
	}
	if v := reWrappedTitle.FindStringSubmatch(s); v != nil {
		s = v[1] // a title set in book-title marks: 《2021年平潭县政府工作报告》
	}
	if v := reChannelTag.FindStringSubmatch(s); v != nil && ClassifyDocType(v[1], "") != "其他" {
		s = v[1] // a site's channel before a report's name: 【闻喜县招商】2021年闻喜县政府工作报告
	}
	s = reTitleTail.ReplaceAllString(s, "")
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
	return strings.Trim(s, " -")
}

// isSalutation reports the line that opens a speech: 各位代表：.
func isSalutation(s string) bool {
	return strings.HasPrefix(s, "各位代表") || strings.HasPrefix(s, "同志们") || strings.HasPrefix(s, "各位委员")
}

// opening returns the page's first lines (the lines before the document
// and its beginning), up to its first heading or two lines past the
// salutation, folded for matching and clipped.
func opening(body []line) []string {
	var out []string
	after := -1
	// The lines above a table of contents (a title, its month, its issuer)
	// open the document as much as the text after it.
	toc, past := pastContents(body)
	lines := append(body[:toc:toc], body[past:]...)
	for i := 0; i < len(lines); i++ {
		s := clipKeepingEnd(foldForMetadata(cellText(lines[i].text)), 300)
		if len(out) >= 25 || (after >= 0 && len(out)-after > 2) {
			break
		}
		if len(out) > 0 && squeezeSpaces(s) == "目录" {
			i = contentsEnd(lines, i, out[0]) - 1 // the contents under a title
			continue
		}
		if len(out) < maxOpeningHead && strings.HasSuffix(squeezeSpaces(s), "目录") && namesReport(cleanTitle(s)) {
			// A package's name and its contents on one line (2020年政府决算公开目录,
			// then 一、决算报告 …): the text resumes where contentsEnd finds it.
			out = append(out, s)
			i = contentsEnd(lines, i, s) - 1
			continue
		}
		if style, _, ok := headingOf(s); ok && style == styleCN && len(out) > 0 {
			if j := repeatedEntry(lines, i); j > 0 && len(out) <= 3 {
				i = j // contents without their label: resume after the first entry's repetition
				continue
			}
			break
		}
		out = append(out, s)
		if after < 0 && isSalutation(s) {
			after = len(out) - 1
		}
	}
	return out
}

// ownTitleUnderContents returns the report's own title over its meeting
// line when title is a package's name over its contents (2020年政府决算公开目录 /
// 一、决算报告 … / 关于大冶市2020年财政决算的报告 / ——2021年7月29日在…会议上), or "".
func ownTitleUnderContents(open []string, title string) string {
	at := slices.IndexFunc(open, func(s string) bool {
		return strings.HasSuffix(squeezeSpaces(s), "目录") && cleanTitle(s) == title
	})
	if at < 0 || title == "" {
		return ""
	}
	for i := at + 1; i+1 < len(open); i++ {
		t := cleanTitle(open[i])
		if namesReport(t) && endsDocument(t) && startsWithMatch(reMeetingLine, strings.TrimLeft(open[i+1], " —─-")+strings.Join(open[i+2:min(i+3, len(open))], "")) {
			return t
		}
	}
	return ""
}

// repeatedEntry returns the index of the line that repeats lines[at] (a
// heading) within the next 60 lines, spaces aside, or 0: the heading was
// the first entry of a table of contents without its label (一、 政府决算报告
// … 一、政府决算报告).
func repeatedEntry(lines []line, at int) int {
	first := squeezeSpaces(cellText(lines[at].text))
	for j := at + 2; j < len(lines) && j < at+60; j++ {
		if squeezeSpaces(cellText(lines[j].text)) == first {
			return j
		}
	}
	return 0
}

// contentsEnd returns where the text resumes after a table of contents
// that begins at lines[at] under the title: at the title repeated (perhaps
// broken over lines), at the salutation (各位代表: after a bilingual page's
// contents, whose entries do not repeat as the text's headings) or the line
// above a meeting line. Without any the contents are read as text (at+1).
func contentsEnd(lines []line, at int, title string) int {
	head := []rune(cleanTitle(title))
	head = head[:min(len(head), 8)]
	for j := at + 1; j < len(lines) && j < at+80; j++ {
		s := foldForMetadata(lines[j].text)
		if len(head) >= 4 && strings.HasPrefix(cleanTitle(s), string(head)) || isSalutation(strings.TrimSpace(s)) {
			return j // the title again, or the salutation the speech opens with
		}
		next := ""
		if j+1 < len(lines) {
			next = foldForMetadata(lines[j+1].text)
		}
		if reMeetingLine.MatchString(s+next) && j > at+1 {
			return j - 1
		}
	}
	return at + 1
}

// pastContents returns where a table of contents (目录, then its entries)
// begins and where the text begins after it: at the line after the first
// entry's repetition (第一部分 报告 … 第一部分 报告 / 关于…的报告). It returns
// 0, 0 when the page has no table of contents before its text.
func pastContents(body []line) (int, int) {
	if j := pastUnlabelledContents(body); j > 0 {
		return 0, j
	}
	for i, l := range body[:min(len(body), 6)] {
		if namesReport(cleanTitle(l.text)) || reMeetingLine.MatchString(l.text) {
			return 0, 0 // the contents come after the title: the opening is read
		}
		if squeezeSpaces(cellText(l.text)) != "目录" || i+1 >= len(body) {
			continue
		}
		// The text begins after the first entry's repetition, or after its
		// number alone (| 01关于…的报告 | … | 01 | 关于…情况的报告).
		first := squeezeSpaces(cellText(body[i+1].text))
		bare := rePartLabel.ReplaceAllString(first, "") // 第一部分：关于…的报告 repeated as 关于…的报告
		number := ""
		if v := reEntryNumber.FindStringSubmatch(first); v != nil {
			number = v[1]
		}
		part := rePartLabel.FindString(first)
		for j := i + 2; j < len(body) && j < i+80; j++ {
			t := squeezeSpaces(cellText(body[j].text))
			if t == first || number != "" && t == number {
				return i, j + 1
			}
			if part != "" && strings.HasPrefix(t, part) && namesReport(cleanTitle(strings.TrimPrefix(t, part))) && j > i+2 {
				return i, j // the first part again, its title written otherwise (…决算(草案) for …决算的报告)
			}
			if bare != first && runes(bare) >= 6 && t == bare {
				return i, j // the entry is the title of the text after it
			}
		}
	}
	return 0, 0
}

// pastUnlabelledContents returns where the text begins on a page that
// opens with its table of contents without a label (一、… (一)… 二、…):
// at the report's title line, followed within four lines by its meeting
// line, its salutation or its first sentence (我代表…), or at its meeting
// line where it has no title line; else 0.
func pastUnlabelledContents(body []line) int {
	if len(body) == 0 {
		return 0
	}
	if !isContentsEntry(body[0].text) {
		return 0
	}
	for j := 1; j < len(body) && j < 80; j++ {
		if isContentsEntry(body[j].text) || isNumberedEntry(body[j].text) {
			continue
		}
		if j >= 3 && reMeetingLine.MatchString(wrappedLine([]string{foldForMetadata(body[j].text), foldForMetadata(body[min(j+1, len(body)-1)].text)}, 0)) {
			return j // no title line: the meeting line under the contents
		}
		title := foldForMetadata(body[j].text)
		if j+1 < len(body) && runes(squeezeSpaces(body[j+1].text)) <= 4 {
			title += squeezeSpaces(body[j+1].text) // a title broken before its last word: 关于…决算草案的 / 报 告
		}
		if !namesReport(cleanTitle(title)) || j < 3 {
			return 0 // a line neither entry nor title: no contents over the title
		}
		for _, l := range body[j+1 : min(len(body), j+5)] {
			s := strings.TrimSpace(foldForMetadata(l.text))
			if reMeetingLine.MatchString(s) || isSalutation(s) || strings.Contains(s, "我代表") {
				return j
			}
		}
		return 0
	}
	return 0
}

// isContentsEntry reports a line that can be an entry of a table of
// contents: a short heading of a part, chapter or numbered section.
func isContentsEntry(s string) bool {
	s = foldForMetadata(s)
	style, _, ok := headingOf(s)
	return ok && runes(s) <= 60 && !strings.ContainsAny(s, "。；;") &&
		(style == styleCN || style == styleParen || style == styleChapter || style == styleSection || style == stylePart)
}

// isNumberedEntry reports a line that can be an entry numbered in figures
// under a part of a table of contents (一、 政府决算报告 / 1、 一般公共预算收支
// 决算表): short, a heading's number, no sentence.
func isNumberedEntry(s string) bool {
	s = foldForMetadata(s)
	style, _, ok := headingOf(s)
	return ok && style == styleNum && runes(s) <= 40 && !strings.ContainsAny(s, "。；;，,：:")
}

// rePartLabel is the part an entry of a table of contents is in:
// 第一部分：关于祁阳县2019年财政决算（草案）的报告.
var rePartLabel = regexp.MustCompile(`^第[一二三四五六七八九十\d]{1,3}部分[:：]?`)

// reEntryNumber is the number a table of contents gives an entry: 01关于….
var reEntryNumber = regexp.MustCompile(`^(\d{1,2})(?:\p{Han}|“)`)

// cellText returns the text of a table row of one cell (| 目录 |), else
// the line itself.
func cellText(s string) string {
	if v := reOneCell.FindStringSubmatch(s); v != nil {
		return v[1]
	}
	return s
}

var reOneCell = regexp.MustCompile(`^\s*\|\s*([^|]*?)\s*\|?\s*$`)

// signature returns the short lines at the end of the document, where a
// notice names its issuer and date.
func signature(body []line) []string {
	var out []string
	government := func(j int) bool {
		return j >= 0 && j < len(body) && reGovernmentAlone.MatchString(strings.TrimSpace(foldForMetadata(body[j].text)))
	}
	for i := len(body) - 1; i >= 0 && len(out) < 8 && i >= len(body)-12; i-- {
		s := strings.TrimSpace(foldForMetadata(body[i].text))
		// A site's links to the governments under it (建水县人民政府 /
		// 河口县人民政府) sign nothing.
		if government(i) && (government(i-1) || government(i+1)) {
			continue
		}
		if runes(s) <= 40 {
			out = append(out, s)
		}
	}
	return out
}

// openingTitle finds the title among the opening lines before the meeting
// line or salutation: a line naming a report, or consecutive short lines
// that together name one (a title broken over lines: 政府工作报 / 告). It
// returns the title and the index of its line, -1 when it spans lines.
func openingTitle(lines []string) (string, int) {
	for i, s := range lines {
		if isSalutation(s) {
			return "", -1
		}
		if v := reSharedDocument.FindStringSubmatch(s); v != nil {
			s = v[1] // a document site's line on what it shares: 《江西省…统计公报.pdf》由会员分享
		}
		if v := reTitlePublished.FindStringSubmatch(s); v != nil && namesReport(cleanTitle(v[1])) {
			s = v[1] // the title, then the page's publication time (…《政府工作報告》(附全文) 發布時間:2021-02-22 10:16)
		}
		if isMetadataLine(s) || strings.ContainsAny(cleanTitle(s), ":：") {
			continue
		}
		// Navigation, a site's name and a story's deck are no part of a title.
		if isNavigation(s) || reMenuLabel.MatchString(s) || reTitleSeparator.MatchString(s) && !namesReport(cleanTitle(s)) || reDeck.MatchString(strings.TrimSpace(foldSpaces(s))) {
			continue
		}
		if isMenuEntry(lines, i) || reQRCaption.MatchString(cleanTitle(s)) || isCrumbStep(s) {
			continue
		}
		// Nor is a headline that says a notice was issued
		// (自治区人民政府发布通知), over the notice's own title.
		if reNoticeIssued.MatchString(strings.TrimSpace(s)) {
			continue
		}
		if reMeetingLine.MatchString(s) && !namesReport(cleanTitle(s)) {
			continue
		}
		// A line inside a sentence (a link cut out of it: …所作的 / 政府工作报告
		// / 。会议…) is not a title.
		if i+1 < len(lines) && strings.ContainsAny(firstRune(lines[i+1]), "。，、；,;）)") {
			continue
		}
		if i > 0 {
			prev := lines[i-1]
			last, _ := lastRune(prev)
			if runes(prev) > 15 && unicode.Is(unicode.Han, last) && !strings.ContainsAny(prev, " >") && !endsTitle(cleanTitle(prev)) && !isKeywordList(prev) &&
				!reNotTitle.MatchString(prev) && !isMetadataLine(prev) && !reMeetingLine.MatchString(prev) && !namesReport(cleanTitle(prev)) {
				continue
			}
		}
		if style, rest, ok := headingOf(s); ok && style == stylePart && strings.Contains(rest, "关于") && endsDocument(cleanTitle(rest)) {
			s = rest // a package's part that is its first document: 第一部分 柳北区人民政府关于…决算(草案)的报告
		}
		if style, rest, ok := headingOf(s); ok && slices.Contains([]string{styleCN, styleParen, styleNum, styleParenNum, styleChapter, styleSection, stylePart}, style) && !strings.HasPrefix(rest, "关于") {
			// A numbered heading of the text ((一)预算收支情况, 一、2022年预算
			// 执行情况, 第一节 决胜全面建成小康社会…) is no title; a listing's
			// numbered entry (7.关于…) may be.
			continue
		}
		t := cleanTitle(s)
		if namesReport(t) && !endsTitle(t) {
			if whole := joinTitle(t, lines[i+1:]); endsTitle(whole) {
				return withIssuerAbove(lines, i, whole), -1
			}
		}
		// 关于… names a document that ends as one (…的报告), not as the
		// budget or plan it is about: 关于2020年…县本级财政预算 / 执行情况及
		// 2021年…财政预算的报告. So may a title that reaches a draft or a
		// plan at a line break (…2022年预算草案 / 的报告, …第十四个五年规划 /
		// 和二〇三五年远景目标纲要).
		if namesReport(t) && (strings.HasPrefix(t, "关于") || containsSuffix(t, []string{"草案", "规划"})) && !endsDocument(t) {
			if whole := joinTitle(t, lines[i+1:]); endsDocument(whole) {
				return withIssuerAbove(lines, i, whole), -1
			}
		}
		if namesReport(t) {
			own, at := ownTitleFrom(t, i, lines)
			if at == i {
				own = withIssuerAbove(lines, i, own)
			}
			return own, at
		}
		// A word of the page's navigation (搜索, 导航) starts no title; a
		// place's name letter-spaced on its own line (三 河 市) may.
		if runes(t) < 4 && !(reShortPlace.MatchString(t) && strings.Contains(strings.TrimSpace(s), " ")) {
			continue
		}
		if isCounter(t) {
			continue // a counter (1350) starts no title, a year may (2020 / 年吉林省 / 政府工作报告)
		}
		if found := joinTitle(t, lines[i+1:]); found != "" {
			return withIssuerAbove(lines, i, found), -1
		}
	}
	return "", -1
}

// withIssuerAbove returns a notice's title (关于下达…计划的通知) with the
// issuer's name that stands alone on the line above it, as official documents
// set it (湖南省人民政府 / 关于下达《湖南省2017年国民经济和 / 社会发展计划》的通知):
// the notice's full title. A report's title is left alone, for the
// government's name over it may be its site's.
func withIssuerAbove(lines []string, i int, title string) string {
	if i == 0 || !strings.HasPrefix(title, "关于") || !strings.HasSuffix(title, "通知") {
		return title
	}
	if issuer := cleanTitle(lines[i-1]); reOrganName.MatchString(issuer) {
		return issuer + title
	}
	return title
}

// isMenuEntry reports whether lines[i] is a short name (政府工作报告, 大会报告)
// in a run of at least three of a site's menu entries (政府信息公开 /
// 政府工作报告 / 政府会议, 大会要闻 / 大会报告 / 大会议程): short names with no
// figure or punctuation but a slash or a list comma (预算/决算信息), none of them the speaker of a report, where a
// report's bare title stands over its meeting line, its speaker or its
// salutation.
func isMenuEntry(lines []string, i int) bool {
	short := func(j int) bool {
		if j < 0 || j >= len(lines) {
			return false
		}
		t := cleanTitle(lines[j])
		n := runes(t)
		return n >= 2 && n <= 8 && !strings.ContainsFunc(t, func(r rune) bool { return !unicode.Is(unicode.Han, r) && r != '/' && r != '、' }) &&
			!isSalutation(lines[j]) && !reSpeakerAlone.MatchString(t)
	}
	// A title letter-spaced on a cover (政 府 工 作 报 告) is no menu entry.
	if !short(i) || strings.Contains(strings.TrimSpace(lines[i]), " ") {
		return false
	}
	first, last := i, i
	for short(first - 1) {
		first--
	}
	for short(last + 1) {
		last++
	}
	for _, s := range lines[first : last+1] {
		if reSessionLabel.MatchString(s) {
			return false // a cover's session label (西峡县十六届人大 / 三次会议文件九)
		}
	}
	if last == i && i+1 < len(lines) && (reMeetingLine.MatchString(lines[i+1]) || reMeetingLead.MatchString(lines[i+1])) {
		// The last short line, over its meeting line, is the report's
		// bare title under an advertisement's words (立即打开 / 畅读海量书库 /
		// 政府工作报告 / ——2014年2月18日县第十五届人民代表大会第三次会议).
		return false
	}
	return last-first >= 2
}

// reSessionLabel is a word of a congress session's label on a report's
// cover: 十六届人大, 三次会议文件.
var reSessionLabel = regexp.MustCompile(`届人大|届人民代表大会|会议文件`)

// reBudgetTableName is the name of a budget table that opens a document:
// 武汉市2025年全市政府性基金收入执行情况表, 表一：2024年自治区一般公共预算收入完成情况表.
var reBudgetTableName = regexp.MustCompile(`^(?:表[一二三四五六七八九十\d]+[:：\s]*)?\p{Han}{0,12}(?:19|20)\d{2}年\p{Han}{2,40}(?:预算|决算|收入|支出|收支)\p{Han}{0,12}表$`)

// reQRCaption is the caption of a QR code on a report's cover (码上看报告,
// 扫码看报告): no part of its title.
var reQRCaption = regexp.MustCompile(`^(?:码上看|扫码看?|扫一扫)`)

// isKeywordList reports a line of words listed with ASCII commas and no
// Chinese punctuation, an advertisement's keywords (亚洲人成网站…,国产毛片…,…),
// not a sentence a title could be part of.
func isKeywordList(s string) bool {
	return strings.Count(s, ",") >= 3 && !strings.ContainsAny(s, "，。；、")
}

// reSharedDocument is a document site's line on the file it shares:
// 《江西省2020年国民经济和社会发展统计公报.pdf》由会员分享，可在线阅读.
var reSharedDocument = regexp.MustCompile(`《([^《》]{4,80}?)(?:\.(?:pdf|docx?|pptx?|wps|txt))?(?:[(（][^()（）]{0,12}[)）])?》由\p{Han}{0,6}分享`)

// restatesWithPlace reports whether u is t with a province's or a city's
// name put in (关于松江区… → 关于上海市松江区…).
func restatesWithPlace(t, u string) bool {
	if len(u) <= len(t) {
		return false
	}
	i := 0
	for i < len(t) && t[i] == u[i] {
		i++
	}
	for i > 0 && !utf8.RuneStart(t[min(i, len(t)-1)]) {
		i--
	}
	extra := len(u) - len(t)
	return u[i+extra:] == t[i:] && reInsertedPlace.MatchString(u[i:i+extra])
}

// reInsertedPlace is a province's or a city's name: 上海市.
var reInsertedPlace = regexp.MustCompile(`^\p{Han}{1,6}[省市]$`)

// undamagedTitle returns the title line among the first lines of open that
// keeps the characters title lost in scraping or in a site's listing (关于上海
// 市杨浦区2021年预算执行情况和2022年预算草案的报告 over 关于上海市杨浦区2021预算
// 执行情况 / 2022预算草案的报告; …区本级决算草案的报告 under a public-information
// page's fields and its listing …区本级决算草案报告), or "".
func undamagedTitle(open []string, title string) string {
	for _, s := range open[:min(len(open), maxUndamagedLines)] {
		if t := cleanTitle(s); lostInScraping(title, t) {
			return t
		}
	}
	return ""
}

// maxUndamagedLines is how many lines of the opening are searched for a
// title's undamaged form: a breadcrumb and an information table's fields may
// stand over it.
const maxUndamagedLines = 12

// lostInScraping reports whether title is whole the title damaged lost
// characters from: damaged is whole without a few of the words a scrape
// loses (年, 和, 与, 的, 及, 、), and says enough to be a title of its own.
func lostInScraping(damaged, whole string) bool {
	if runes(damaged) < 12 || damaged == whole || runes(whole)-runes(damaged) > 6 {
		return false
	}
	rest := whole
	for _, r := range damaged {
		i := strings.IndexRune(rest, r)
		if i < 0 || strings.Trim(rest[:i], "年和与的及、") != "" {
			return false
		}
		rest = rest[i+utf8.RuneLen(r):]
	}
	return strings.Trim(rest, "年和与的及、") == ""
}

// isHan reports a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// ownTitleUnder reports whether the line under title t is the document's
// own title, to which t gives way: a title of the same kind (or of a kind
// where t names none) standing right over the document's issuer, speaker
// or meeting line, where t is the page's headline or listing (政府工作报告 /
// 西藏自治区政府工作报告 / 自治区主席 严金海; 2022年亳州市涡阳县人民政府…
// 统计公报(2023年更新) / 涡阳县2022年…统计公报 / 涡阳县统计局).
func ownTitleUnder(t string, next []string) bool {
	if len(next) < 2 {
		return false
	}
	u, anchor := cleanTitle(next[0]), strings.TrimSpace(next[1])
	kind, own := ClassifyDocType(t, ""), ClassifyDocType(u, "")
	if u == t || !namesReport(u) || !endsTitle(u) || own == "其他" || kind != own && kind != "其他" || holdsInOrder(t, u) {
		return false
	}
	return reOrganName.MatchString(reDrawnUp.ReplaceAllString(anchor, "")) || reSpeaker.MatchString(anchor) || reStatsOffice.MatchString(anchor) ||
		startsWithMatch(reMeetingLine, strings.TrimLeft(anchor, " —─-"))
}

// sameRunes reports whether t and u are written with the same characters,
// in whatever order.
func sameRunes(t, u string) bool {
	a, b := []rune(t), []rune(u)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// runesWithin reports whether every character of u stands in t, as often
// as u has it, in whatever order: t rewords u with more.
func runesWithin(u, t string) bool {
	count := map[rune]int{}
	for _, r := range t {
		count[r]++
	}
	for _, r := range u {
		if count[r]--; count[r] < 0 {
			return false
		}
	}
	return true
}

// holdsInOrder reports whether every character of u stands in t, in order:
// t names what u names and more (1987年国务院政府工作报告 holds 1987年政府
// 工作报告), the case titleAboveMeeting decides.
func holdsInOrder(t, u string) bool {
	rest := []rune(t)
	for _, r := range u {
		i := slices.Index(rest, r)
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
	}
	return true
}

// reDrawnUp is what an issuer's line under a plan's title says it did:
// 上海市崇明区人民政府制定.
var reDrawnUp = regexp.MustCompile(`(?:制定|编制|印发|发布)$`)

// ownTitleFrom returns the title t found at lines[i], or the document's own
// title under it that t gives way to, and its index (-1 when it spans
// lines): a notice's heading under its listing, the own title over the
// document's issuer, speaker or meeting line, or the full title under a
// page's column label (财政报告), a shortened name, or the name of what the
// document is about (2022年政府决算 over 关于滨海新区2022年决算草案及2023 /
// 以来预算执行情况的报告).
func ownTitleFrom(t string, i int, lines []string) (string, int) {
	next := lines[i+1:]
	if heading := noticeHeading(t, next); heading != "" {
		return heading, -1
	}
	if ownTitleUnder(t, next) {
		return cleanTitle(next[0]), i + 1
	}
	if len(next) > 0 {
		// A listing over the document's own name that frames it in a 关于
		// it never closes (关于昌都市卡若区…预算草案 / 昌都市卡若区…预算草案),
		// or that the own name restates with its province or city (关于
		// 松江区… / 关于上海市松江区…): the document's own line.
		u := cleanTitle(next[0])
		if strings.HasPrefix(t, "关于") && !endsDocument(t) && u == strings.TrimPrefix(t, "关于") || namesReport(u) && restatesWithPlace(t, u) {
			return u, i + 1
		}
	}
	// A site's heading that words the document's own title in another
	// order (岳西县2020年…统计公报 over 选择区域:>> / 2020年岳西县…统计公报): the
	// document's own line under it.
	for j, n := range next[:min(len(next), 3)] {
		u := cleanTitle(n)
		if isNavigation(n) || strings.ContainsAny(u, ":：") && !namesReport(u) {
			continue
		}
		if u != t && sameRunes(u, t) {
			return u, i + 1 + j
		}
		break
	}
	// A published budget or account (2022年云溪区人民政府决算公开) is a
	// document of its own, whatever report it holds.
	named := endsDocument(t) || containsSuffix(t, []string{"决算公开", "预算公开", "公开说明"})
	if runes(t) > 4 && endsTitle(t) && named {
		return t, i
	}
	later, at := openingTitle(next)
	if !endsTitle(later) || runes(later) <= runes(t) || runes(t) > 4 && endsTitle(t) && !endsDocument(later) {
		return t, i
	}
	if at >= 0 {
		at += i + 1
	}
	return later, at
}

// noticeHeading returns the heading of a notice under a page's listing
// title t, its issuer's line and its 关于… line (金乡县2021年国民经济和社会发展
// 计划 / 金乡县人民政府 / 关于下达金乡县2021年国民经济和社会发展计划的通知),
// when the notice is about what the listing names; else "".
func noticeHeading(t string, next []string) string {
	issuer := ""
	if len(next) > 1 && reOrganName.MatchString(cleanTitle(next[0])) {
		issuer, next = cleanTitle(next[0]), next[1:]
	}
	if len(next) == 0 {
		return ""
	}
	about := cleanTitle(next[0])
	if !strings.HasPrefix(about, "关于") || !endsDocument(about) || !strings.Contains(about, t) {
		return ""
	}
	return issuer + about
}

// reMenuLabel is a site menu's label alone on its line (导航菜单, • WAP手机版): no part of
// the title under it.
var reMenuLabel = regexp.MustCompile(`^\s*[•·]?\s*(?:导航菜单|网站导航|栏目导航|主菜单|导航|(?:WAP|wap)?手机版)\s*$`)

// reMeetingLead is a meeting line without its date, or with a draft's
// blanks for it: ──第十六届人民代表大会第二次会议上, ── 20xx年 月 日在XX县第十届
// 人民代表大会….
var reMeetingLead = regexp.MustCompile(`^\s*(?:——|──|—|--)\s*(?:\S*|[\dxX]{0,4}\s*年\s*月\s*日在\S*)(?:人民代表大会|人大|会议)`)

// titleAboveMeeting returns the document's own title when a page's listing
// title stands above it: the title line right over the meeting line
// ((湖北省)关于宜昌市远安县…报告 / 远安县…报告 / ——2022年2月11日在…会议上),
// and its index. It returns "", -1 when that line is the title already
// found (first) or a part of it, or names no report.
func titleAboveMeeting(open []string, first string, at int, gaz *Gazetteer) (string, int) {
	for k, s := range open {
		if isSalutation(s) {
			break
		}
		lead := strings.TrimLeft(s, " —─-")
		if k+1 < len(open) { // a meeting line wrapped over two lines
			lead += strings.TrimSpace(open[k+1])
		}
		// A meeting line whose date lost its 年 and 月 counts as well
		// ((2016130日湖南省第十二届人民代表大会第五次会议批准)).
		if !startsWithMatch(reMeetingLine, lead) && !startsWithMatch(reMeetingMonth, lead) && !reMeetingLead.MatchString(s) && !startsWithMatch(reDamagedMeeting, strings.TrimLeft(lead, "(（")) {
			continue
		}
		i := k - 1
		for i >= 0 && i >= k-3 && !strings.ContainsFunc(open[i], isHan) {
			i-- // a scraper's watermark alone on its line
		}
		if i < 0 || i < k-3 {
			break
		}
		t := cleanTitle(open[i])
		if !namesReport(t) || !endsTitle(t) || isMetadataLine(open[i]) {
			// No title over this meeting line (a wiki's note of where the
			// work was collected): the text's own may stand over a later one.
			continue
		}
		if i > 0 && isTitleFragment(open[i-1]) {
			// The end of a title broken over lines: the whole title, where
			// the title found first is a short heading that only repeats its
			// end (财政预算草案的报告 over 关于…2014年财政预算执行情况 / 和2015年
			// 财政预算草案的报告), not a site's link over it (关于我们).
			head := cleanTitle(open[i-1])
			whole := head + t
			if first != "" && !saysNothingOfDocument(head) && runes(first) < runes(whole) && strings.HasSuffix(whole, first) && strings.HasPrefix(whole, "关于") && endsDocument(whole) {
				return whole, -1
			}
			if whole != first && sameName(first, whole) && endsDocument(whole) {
				return whole, -1 // the page's name for it, in full: 关于玉溪市…的报告（书面）
			}
			return "", -1
		}
		if t == first || (at < 0 && strings.HasSuffix(first, t)) || !sameReport(first, t, gaz) {
			return "", -1 // the end of a title broken over lines, or another report's name
		}
		return t, i
	}
	return "", -1
}

// runOnOwnTitle returns the report's own title where a page that lost its
// line breaks runs it into its meeting line or its salutation, perhaps after
// the site's listing title repeated ((河南省)2020年鲁山县…报告(全文)  政府工作报告
// 2020年8月12日在…会议上; 政府工作报告各位代表：…), or "". The own title is the
// last span before that anchor, if it names a report and the span before it,
// if any, ends as a title does (the listing), not as a part of a title broken
// at a space (关于2020年预算执行情况 和2021年预算草案的报告).
func runOnOwnTitle(open []string) string {
	for _, s := range open {
		cut := runOnAnchor(s)
		if cut > 0 {
			before := strings.TrimRight(strings.TrimSpace(s[:cut]), " —─-")
			if t := lastTitleSpan(before); t != "" {
				return t
			}
		}
		if isSalutation(strings.TrimSpace(s)) {
			break
		}
	}
	return ""
}

// runOnAnchor returns where the meeting line (——2020年8月12日在…会议上) or
// the salutation (各位代表：) begins inside line s after some text, or -1.
func runOnAnchor(s string) int {
	at := -1
	if loc := reMeetingLine.FindStringIndex(s); loc != nil {
		at = loc[0]
	}
	for _, w := range []string{"各位代表", "各位委员"} {
		if i := strings.Index(s, w); i > 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// lastTitleSpan returns the last space-separated span of s that names a
// report (letter spacing squeezed first), when the span before it ends a
// title or there is none; else "".
func lastTitleSpan(s string) string {
	if s == "" || strings.ContainsAny(s, "。，,；;：:") {
		return ""
	}
	spans := strings.Fields(squeezeLetterSpacing(s))
	t := cleanTitle(spans[len(spans)-1])
	if !namesReport(t) || !endsTitle(t) {
		return ""
	}
	if len(spans) > 1 && !endsTitle(cleanTitle(spans[len(spans)-2])) {
		return ""
	}
	return t
}

// sameReport reports whether a listing title and a title line name the
// same report: the listing holds the title line, but for a place name
// ((湖北省)关于宜昌市远安县…报告 and 远安县…报告, (福建省)关于龙岩市上杭县…
// and 关于上杭县…, 《政府工作报告》全文发布 and 政府工作报告), not when
// the listing is a page's heading over a report of another name
// (1980年政府工作报告 over 关于1980、1981年国民经济计划安排的报告) or the
// title line adds to the listing (1956年国务院政府工作报告 run into
// 关于1955年国家决算和1956年国家预算的报告). A title line that ends with a
// listing naming no year is its fuller name (政府工作报告 and 新郑市人民政府
// 2014年政府工作报告), and so is the listing framed as a report's name
// (2021年相城区…计划草案 and 关于2021年相城区…计划草案的报告).
func sameReport(listing, own string, gaz *Gazetteer) bool {
	if listing == "" || strings.Contains(listing, own) || !strings.ContainsAny(listing, "0123456789") && strings.HasSuffix(own, listing) {
		return true
	}
	if strings.TrimSuffix(strings.TrimPrefix(own, "关于"), "的报告") == listing {
		return true // the listing without the frame of the report's name: 关于…的报告
	}
	if reFiveYearShort.ReplaceAllString(listing, "国民经济和社会发展第十${1}个五年规划") == own {
		return true // the plan's short name: 湖南省“十三五”规划纲要
	}
	for _, name := range gaz.NamesIn(listing) {
		if strings.Contains(strings.Replace(listing, name, "", 1), own) {
			return true
		}
	}
	return false
}

// reFiveYearShort is the short name of a five-year plan: “十三五”规划.
var reFiveYearShort = regexp.MustCompile(`[“"]?十([一二三四五])五[”"]?规划`)

// isTitleFragment reports a line that can be the first part of a title
// broken over lines (关于和平区2021年国民经济和社会发展计划执行情况,
// 关于检查《重庆市预算审查监督条例》), not a label numbered in brackets (海口市
// 十六届人大六次会议文件(十二)).
func isTitleFragment(s string) bool {
	t := cleanTitle(s)
	// 关于… goes on to the document it names: 关于东安县2022年国民经济和社会
	// 发展计划 / 执行情况与2023年…计划草案的报告.
	unfinished := !endsTitle(t) || strings.HasPrefix(t, "关于") && !endsDocument(t)
	return runes(t) >= 2 && runes(t) <= 30 && unfinished && !isMetadataLine(s) && !isSalutation(t) && !strings.HasPrefix(t, "—") &&
		!strings.ContainsAny(t, "。，,；;：:>") && strings.ContainsFunc(t, isHan) &&
		!reNumberedLabel.MatchString(t)
}

// reNumberedLabel is a label that ends with its number in brackets: 会议文件(十二).
var reNumberedLabel = regexp.MustCompile(`[(（][一二三四五六七八九十\d]{1,4}[)）]$`)

// startsWithMatch reports whether re matches s at its start.
func startsWithMatch(re *regexp.Regexp, s string) bool {
	loc := re.FindStringIndex(s)
	return loc != nil && loc[0] == 0
}

// joinTitle joins a title broken over short lines, t and up to three of the
// lines that follow, up to the word that ends it (关于…2021年财政 /
// 预算执行情况及2022年财政 / 预算草案的报告). A title that names its
// document with 关于 goes on to the word that ends a document (黔东南州人民
// 政府关于2021年全州和州级 / 财政决算及2022年上半年预算 / 执行情况的报告),
// past the budget or plan it is about. It returns "" when the lines name
// no report.
func joinTitle(t string, next []string) string {
	joined, found := t, ""
	for j := 0; j < len(next) && j < 3 && runes(joined) <= 60; j++ {
		n := cleanTitle(next[j])
		if !continuesTitle(joined, n, next[j]) {
			break
		}
		joined += n
		if !namesReport(joined) {
			continue
		}
		if found == "" || !endsTitle(found) || endsDocument(joined) {
			found = joined
		}
		if endsTitle(joined) && (!strings.Contains(joined, "关于") || endsDocument(joined)) {
			break
		}
	}
	return found
}

// reBreadcrumb is a page's breadcrumb: where the page stands in its site.
var reBreadcrumb = regexp.MustCompile(`^(?:首页|当前位置|您的位置|您现在的位置|网站首页|主页)|\S\s*(?:>|>>|→|›)\s*\S`)

// reJoinedMidPhrase is the first part of a title broken after a
// conjunction or 的: …预算执行情况和, …计划执行情况与.
var reJoinedMidPhrase = regexp.MustCompile(`[和与及暨的、并同]$`)

// fullTitleBelow returns the line of the opening, before its text, that
// names a report in full with its year (2025年泉州市国民经济和社会发展统计公报,
// 关于安康市2025年…的报告), and its index, where the first title found names
// no year: a menu's entry or a column's name (规划计划, 通知公告, 预算/决算信息,
// “十五五”规划) that a page saved as text keeps over the document's title.
func fullTitleBelow(open []string, first string) (string, int) {
	if first == "" || reYearInTitle.MatchString(first) || isWorkReportTitle(first) {
		return "", -1
	}
	for i, s := range open {
		if isReportText(s) {
			break
		}
		if t := cleanTitle(s); t != first && !isMetadataLine(s) && runes(t) <= 80 && namesReport(t) && isFullTitle(t) {
			return t, i
		}
	}
	return "", -1
}

// isCrumbStep reports a step of a breadcrumb set one per line, ending with
// its separator (首页/ / 政府信息公开/ / 财政预决算/ / 正文): no part of a title.
func isCrumbStep(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "/") || strings.HasSuffix(s, ">") || strings.HasSuffix(s, "＞") || strings.HasSuffix(s, "›") || strings.HasSuffix(s, "»")
}

// reShortPlace is a place's name of three characters alone on its line, the
// first part of a title set over lines when it is letter-spaced (三 河 市 /
// 2020年…统计公报), not a site's 评论区.
var reShortPlace = regexp.MustCompile(`^\p{Han}{2}[省市县区旗州盟]$`)

// continuesTitle reports whether line (n once cleaned) can continue the
// title lines joined above it.
func continuesTitle(joined, n, line string) bool {
	if runes(n) > 30 || isSalutation(n) || reMeetingLine.MatchString(line) || isMetadataLine(n) || strings.ContainsAny(n, ":：") || reQRCaption.MatchString(n) {
		return false
	}
	// A breadcrumb (首页 政府信息公开 法定主动公开内容 规划信息) continues no
	// column label over it (政府信息公开).
	if reBreadcrumb.MatchString(strings.TrimSpace(line)) || isCrumbStep(line) || isCrumbStep(joined) {
		return false
	}
	// A date or a whole title of its own (政府工作报告, 关于…) does not
	// continue the lines above it (a notice's signature, navigation), but
	// for the year and place of that title (2020 / 年吉林省 / 政府工作报告).
	if ParseDate(n) != "" && runes(n) <= 12 || n == "政府工作报告" && !reYearAndPlace.MatchString(joined) || strings.HasPrefix(n, "关于") {
		return false
	}
	// Nor does a whole title that names its year (2019年政府工作报告) continue lines that say nothing of a document, no year,
	// no report, no place (中华人民共和国 / 2019年…统计公报, 南开区2023年预算执行情况和 /
	// 2024年预算草案的报告): an advertisement or a share panel over it
	// (正规竞彩app / 图片, 复制链接 / 请复制以下链接发送给好友).
	// Nor does a title that opens with its place and year
	// (廊坊市2022年…计划执行情况), or with its place and ends as a title
	// (沧州市政府工作报告), continue a site's column label or search box over
	// it (经济社会发展, 中经搜索).
	whole := (reYearInTitle.MatchString(n) || rePlaceOpens.MatchString(n)) && namesReport(n) && (endsTitle(n) || rePlaceYearOpens.MatchString(n))
	if whole && saysNothingOfDocument(joined) {
		return false
	}
	// Nor does such a whole title that opens with its year or place continue
	// lines that are no part of its name: a page's date and column
	// (2026年8月20日 政府频道最新文章), a menu of years (2021年 / 2020年 /
	// 人口普查), a column that names its kind (统计公报（可下载）, 2026年度预算
	// 报告及表格), a breadcrumb (政府信息公开/财政预决算/正文). Only its place
	// (天津市和平区 / 2021年政府工作报告), its issuer (…人民政府), its year
	// (2020年 / 吉林省政府工作报告) or 关于 stand over it, or the first part of
	// a title broken mid-phrase (关于保定市2025年预算执行情况和 / 2026年预算
	// 草案的报告, 内蒙古自治区人民政府关于下达2020年 / 自治区…计划的通知).
	if j := strings.TrimSpace(joined); whole && (reYearOpens.MatchString(n) || rePlaceOpens.MatchString(n)) &&
		!reTitlePrefix.MatchString(j) && !reYearAlone.MatchString(strings.TrimSuffix(strings.TrimSuffix(j, "度"), "年")) && !reUnfinishedAbout.MatchString(j) &&
		!reJoinedMidPhrase.MatchString(j) && !(strings.Contains(j, "关于") && !endsDocument(j)) {
		return false
	}
	// Nor does the document number under a title (湘政办函〔2017〕10号), nor
	// a counter of a public-information page's menu (1350), but a year.
	if ParseDocNumber(n) != "" && runes(n) <= 20 || isCounter(n) {
		return false
	}
	// Nor do a table of contents and its parts (目录, 第一部分 决算报告),
	// nor a story's deck (何国英主持 徐建役作政府工作报告 …等出席).
	return squeezeSpaces(n) != "目录" && !rePartHeading.MatchString(n) && !reDeck.MatchString(n) && !reDeck.MatchString(strings.TrimSpace(foldSpaces(line)))
}

// isCounter reports a line without a Chinese character that is no year
// either: a counter of a public-information page's menu (1350), no part of
// a title, where a year alone may be (2020 / 年吉林省 / 政府工作报告).
func isCounter(s string) bool {
	return !strings.ContainsFunc(s, isHan) && !reYearAlone.MatchString(s)
}

// reYearAlone is a year alone on a title's line.
var reYearAlone = regexp.MustCompile(`^(?:19|20)\d{2}$`)

// rePlaceOpens is a place's name a title opens with, from a province to a
// county: 沧州市.
var rePlaceOpens = regexp.MustCompile(`^\p{Han}{1,8}[省市县区州旗盟]`)

// rePlaceYearOpens is the place and year a title opens with: 廊坊市2022年.
var rePlaceYearOpens = regexp.MustCompile(`^\p{Han}{1,12}[省市县区州旗盟]\d{4}年`)

// reTitlePrefix is what may stand over a title that opens with its year or
// place: a place or an issuer (天津市和平区, 保定市人民政府, 中共).
var reTitlePrefix = regexp.MustCompile(`(?:[省市县区州旗盟国府院委会局]|中共)$`)

// reYearAndPlace is the year and place a title opens with: 2020年吉林省.
var reYearAndPlace = regexp.MustCompile(`^\d{4}年\p{Han}{1,12}[省市县区州旗盟]$`)

// reUnfinishedAbout is a title's first line broken off before what it is
// about: …关于, …关于批准, …关于印发.
var reUnfinishedAbout = regexp.MustCompile(`关于(?:批准|印发|转发|下达|发布)?$`)

// reYearInTitle is the year a whole title names: 2019年政府工作报告,
// 中华人民共和国2019年…统计公报, 2017湖南政府工作报告.
var reYearInTitle = regexp.MustCompile(`(?:19|20)\d{2}(?:年|\p{Han})`)

// saysNothingOfDocument reports lines that name no year, no report and do
// not end as the name of a place or a state does (苏州市, 中华人民共和国),
// nor break off a title before its object (绿园区人大常委会关于批准; not a
// site's 关于我们).
func saysNothingOfDocument(s string) bool {
	last, _ := lastRune(s)
	return !strings.ContainsRune("省市县区州旗盟国", last) && !strings.ContainsAny(s, "0123456789年") && !containsAny(s, reportWords) && !reUnfinishedAbout.MatchString(s)
}

// titleEnds are the words a report's name ends with (a published budget or
// final account: 2022年云溪区人民政府决算公开, 留坝县2017年政府决算公开说明).
var titleEnds = []string{"报告", "公报", "纲要", "规划", "计划", "通知", "通报", "决议", "意见", "决定", "办法", "预算", "决算", "规则", "（草案）", "(草案)", "预算草案", "决算草案", "计划草案", "决算公开", "预算公开", "公开说明"}

// reDeck is a story's deck under its headline: who chaired, who reported,
// who attended or sat on the rostrum (何国英主持 徐建役作政府工作报告 孙哲君等出席,
// 习近平俞正声…等在主席台就座 李克强代表国务院作政府工作报告 张德江主持).
var reDeck = regexp.MustCompile(`^(?:\p{Han}{2,30}?` + deckActs + `\s+)+\p{Han}{2,30}?` + deckActs + `$`)

// deckActs are what a deck says each person did at a meeting.
const deckActs = `(?:主持|出席|讲话|作政府工作报告|作工作报告|就座|列席)`

// rePartHeading is a part of a document or its contents: 第一部分 决算报告.
var rePartHeading = regexp.MustCompile(`^第[一二三四五六七八九十\d]{1,3}部分`)

// endsDocument reports whether s ends with the kind of document it is
// (报告, 通知), not with what the document is about (预算, 计划).
func endsDocument(s string) bool { return containsSuffix(withoutPartMark(s), documentEnds) }

// firstLines returns the text of the document's first n lines, folded.
func (m *metadataReader) firstLines(n int) []string {
	var out []string
	for _, l := range m.pg.body[:min(len(m.pg.body), n)] {
		out = append(out, foldForMetadata(l.text))
	}
	return out
}

// reLostChars are characters a scrape could not write, each a question mark.
var reLostChars = regexp.MustCompile(`\?+`)

// titleOverSalutation returns the report's own title where it stands over
// its salutation with no meeting line, at most its speaker or its date
// between (政府工作报告 / 易县人民政府县长 杨大伟 / 各位代表：, 政府工作报告 /
// 2021年2月5日 / 各位代表、同志们：), when it names the report the title
// found first names (a site's headline over it: 2022年易县政府工作报告), and
// its index.
func titleOverSalutation(open []string, first string, gaz *Gazetteer) (string, int) {
	for k, s := range open {
		if !isSalutation(s) {
			continue
		}
		for i := k - 1; i >= 0 && i >= k-3; i-- {
			line := squeezeSpaces(reLostChars.ReplaceAllString(open[i], " "))
			if t := cleanTitle(open[i]); namesReport(t) && endsTitle(t) && !isMetadataLine(open[i]) {
				if t != first && first != "" && sameReport(first, t, gaz) && isWorkReportTitle(t) {
					return t, i
				}
				return "", -1
			}
			if !reSpeakerAlone.MatchString(line) && !(ParseDate(line) != "" && runes(line) <= 14) {
				return "", -1
			}
		}
		return "", -1
	}
	return "", -1
}

// ownAboutTitle returns the document's own title line in its first lines where
// it gives the title found with 关于 (the page's headline 安康市2025年…的报告
// over its own line 关于安康市2025年…的报告), or "": a reader cites the
// document's own name.
func ownAboutTitle(open []string, title string) string {
	if title == "" || strings.HasPrefix(title, "关于") || !endsDocument(title) {
		return ""
	}
	for _, s := range open {
		if t := cleanTitle(s); strings.HasPrefix(t, "关于") && withoutPartMark(strings.TrimPrefix(t, "关于")) == withoutPartMark(title) {
			return t
		}
	}
	return ""
}

// withoutPartMark is s without the mark of the form a report was given in
// ((书面): handed in written; (摘要): its summary), which a title keeps, and
// without the book-title mark closing a quoted name before it.
func withoutPartMark(s string) string {
	return strings.TrimRight(rePartMark.ReplaceAllString(s, ""), "》") // 《关于…的报告》（摘要）
}

// rePartMark is the mark a report's title line ends with for the form it
// was given in: (书面), （摘要）.
var rePartMark = regexp.MustCompile(`\s*[(（](?:书面|摘要)[)）]\s*$`)

// documentEnds are the kinds of document a title can end with.
var documentEnds = []string{"报告", "公报", "纲要", "通知", "通报", "决议", "意见", "决定", "办法", "规则"}

// endsTitle reports whether s ends as a report's name does.
func endsTitle(s string) bool { return containsSuffix(withoutPartMark(s), titleEnds) }

// metadataReader derives a document's metadata from what its page and text
// say, recording where each field came from.
type metadataReader struct {
	doc  *govsearch.Document
	gaz  *Gazetteer
	pg   page
	h    hints
	open []string // the opening lines, folded
	sign []string // the signature lines, folded
	head []string // the page's lines before the document, folded
	lead []string // head and opening: where a resolution or session is named
	// said are the first lines of the text, read for what the report says
	// it is when it has no title line (我代表国务院向大会作报告).
	said []string
	// titleLine is the page line the title was read from, when it stands
	// before the document.
	titleLine *line
	// body is the document's text folded (see bodyText), once read.
	body string
	// statsOffice is the statistics office a communiqué opens with
	// (六盘水市统计局), when it does.
	statsOffice string
	// header fields: fieldTitle is the title a <meta> field or the text
	// labels, textTitle the one the text labels (名称：…)
	fieldTitle, textTitle, published, written, publisher, source, number string
	// toolBar is the page line number of the tool bar that dated the page
	// though it was cut as furniture (浏览次数: … 时间:2024-02-02 08:39), or 0.
	toolBar int
	// dated is the headline over the page's date field, repeated the page's
	// title repeated as its headline (see datedHeadline, repeatedHeadline),
	// each read once: the header, the title and the date all use them.
	dated, repeated pageHeading
}

// set records where a metadata field came from (Document.MetaSource).
func (m *metadataReader) set(field, source string) {
	if m.doc.MetaSource == nil {
		m.doc.MetaSource = map[string]string{}
	}
	m.doc.MetaSource[field] = source
}

// contentsInHead is the index of the line of the page's head that opens a
// table of contents: its label (目 录, or 目 alone where a PDF's reader
// broke the label across lines) or its first entry (1. 2025年…执行情况表
// ……… 3), or -1.
func contentsInHead(head []line) int {
	for i, l := range head {
		if s := squeezeSpaces(foldForMetadata(l.text)); s == "目录" || s == "目" || isContentsEntry(l.text) {
			return i
		}
	}
	return -1
}

// maxOpeningHead is how many of the lines before the document's start
// open it for its metadata.
const maxOpeningHead = 16

// fillMetadata finds title, place, level, date, type, issuer and document
// number, and where each came from. It returns the page line the title was
// read from when that line stands before the document, else nil.
func fillMetadata(doc *govsearch.Document, pg page, gaz *Gazetteer, h hints) *line {
	// A head longer than the opening (a public-information page's menus
	// and counters) opens with its last lines, those over the title.
	head := pg.head[max(0, len(pg.head)-maxOpeningHead):]
	if c := contentsInHead(pg.head); c > 0 {
		// A cover over a table of contents that was cut as furniture
		// (a budget package's tables listed under 目录): the cover opens
		// the document, not the contents' last entries.
		head = pg.head[max(0, c-maxOpeningHead):c]
	}
	lines := append(append([]line{}, head...), pg.body...)
	m := &metadataReader{doc: doc, gaz: gaz, pg: pg, h: h, open: opening(lines), sign: signature(pg.body)}
	all := append(append([]line{}, pg.head...), pg.body...)
	m.dated, m.repeated = datedHeadline(all), repeatedHeadline(all)
	m.readHeader()
	m.lead = append(append([]string{}, m.head...), m.open...)
	m.readTitle()
	m.readIssuerAndPlace()
	m.readDocNumber()
	m.readDate()
	doc.DocType = ClassifyDocType(doc.Title, strings.Join(m.open, "\n"))
	m.set("doc_type", srcTitle)
	if doc.DocType == "其他" && reBudgetTableName.MatchString(doc.Title) {
		doc.DocType = "预算报告" // a budget table: what the budget took in or spent
	}
	if doc.DocType == "其他" && doc.Title == "" {
		kind := typeFromText(m.said)
		if kind == "" && isOutlineContents(append(append([]string{}, m.head...), m.said...)) {
			kind = "五年规划纲要" // the outline's contents, cut as the page's head
		}
		if kind != "" {
			// No title: the text's first lines say what it is.
			doc.DocType = kind
			m.set("doc_type", srcOpening)
			return m.titleLine
		}
	}
	if doc.DocType == "其他" && doc.Title == "" && m.statsOffice != "" {
		// No title, the statistics office as issuer, the communiqué's
		// first section: a statistical communiqué.
		doc.DocType = "统计公报"
		m.set("doc_type", srcIssuer)
		return m.titleLine
	}
	if doc.DocType == "其他" && !containsAny(doc.Title, []string{"决议", "通知", "意见", "决定", "办法", "方案", "要点", "规定", "细则", "公告", "批复"}) {
		m.set("doc_type", "unclear")
	}
	return m.titleLine
}

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
	if rePlanDrawnUp.MatchString(text) {
		return "五年规划纲要"
	}
	// 我向大会报告X, 我就X向大会作专题汇报, 现将X报告如下.
	if kind := submittedKind(text, rePresentsOwn, reReportsBelow); kind != "" {
		return kind
	}
	// A communiqué speaks to no one: a text that addresses its audience
	// (尊敬的各位媒体朋友们：) or speaks as 我们 presents or reads it.
	if reStatsOpening.MatchString(text) && strings.Contains(text, "生产总值") && !strings.Contains(text, "我们") && !strings.Contains(text, "解读") && !reAddress.MatchString(text) {
		return "统计公报"
	}
	if isOutlineContents(lines) {
		return "五年规划纲要"
	}
	if reOutlineBasis.MatchString(text) || reDrawsUpPlan.MatchString(text) && reFiveYearPeriod.MatchString(text) && !strings.Contains(text, "各位代表") {
		return "五年规划纲要"
	}
	// A plan report's first part is the plan's execution: 一、2020年国民
	// 经济和社会发展计划执行情况.
	if rePlanOpening.MatchString(text) {
		return "国民经济和社会发展计划报告"
	}
	// A budget report or a final account's explanation opens with the
	// budget's execution, the accounts or the adjustment (一、2022年预算执行
	// 情况, 一、区本级支出决算说明, 一、市本级财政收支决算及平衡情况, 一、预算调整
	// 依据; a month's release: 一、财政收支完成情况) and speaks of the general
	// public budget; an adjustment's
	// opening (一、区级预算调整事由) says what it is by itself.
	if opening := reBudgetOpening.FindString(text); opening != "" && (containsAny(text, publicBudget) || strings.Contains(opening, "预算调整")) {
		return "预算报告"
	}
	// A finance bureau's release of the budget's execution opens on the
	// revenue collected so far (3月份，全市一般公共预算收入当月完成…, 截至2015年8月底，
	// 累计完成公共财政预算总收入…) or the sum a budget sets aside (市本级一般公共
	// 预算支出安排的“三公”经费预算为…).
	if first := firstSentenceLine(lines); reBudgetFigures.MatchString(clipRunes(first, 80)) {
		return "预算报告"
	}
	// A work report's thanks on the government's behalf (我代表县政府，向人大
	// 代表、政协委员…表示衷心的感谢) and the year's aims of the government's
	// work (2020年政府工作的总体要求是) are said in no other report.
	if (reThanksOnBehalf.MatchString(text) || reWorkAims.MatchString(text)) && !reToldOfReport.MatchString(text) {
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
	return ""
}

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
// chapters (第一篇 发展的基础和环境 / 第一章 …), or a statement that it draws up
// the plan it is (科学编制实施《…国民经济和社会发展规划(2021-2025年)》 / 第一章 …),
// naming its five-year period (“十四五”).
func isOutlineContents(lines []string) bool {
	text := strings.Join(lines, "\n")
	return (reOutlinePart.MatchString(text) || reDrawsUpPlan.MatchString(text)) && reOutlineChapter.MatchString(text) && reFiveYearPeriod.MatchString(text)
}

// Openings of untitled texts that say what they are (see typeFromText).
var (
	rePlanDrawnUp = regexp.MustCompile(`(?:纲要|规划)(?:[(（][^)）]{0,20}[)）])?[，,]?\s*(?:根据|依据)[^《。；;]{0,60}《[^》]{4,80}的建议》(?:编制|制定)|(?:根据|依据)《[^》]{4,80}的建议》[，,]?\s*(?:编制|制定)了?《[^》]{0,80}(?:纲要|规划)`)
	rePresentsOwn = regexp.MustCompile(`受[\p{Han}、]{0,16}委托[，,]\s*(?:我|现)?(?:代表\p{Han}{0,12})?向\p{Han}{0,16}?(?:会议|大会)[，,]?(?:书面)?(?:报告|作)([\p{Han}\d][^，,。；;]{3,60})|受[\p{Han}、]{0,16}委托[，,]\s*我就(\p{Han}[^，,。；;]{3,80})[，,]?\s*向\p{Han}{0,16}?(?:会议|大会)(?:报告|作|汇报)`)
	// reReportsBelow is a report's first paragraph saying what it reports:
	// 现将市本级2022年预算调整情况报告如下, …2023年市本级财政收支决算草案现已
	// 编制完成，具体情况报告如下.
	reReportsBelow = regexp.MustCompile(`现将([\p{Han}\d][^，,。；;：:]{3,60}?)(?:报告|汇报)如下|[，,。]\s*((?:19|20)\d{2}年[^，,。；;：:]{3,40}?(?:预算|决算|计划)(?:草案)?)现已编制完成[，,]\s*(?:具体|有关)?情况(?:报告|汇报)如下`)
	// reAddress is a salutation to an audience: 尊敬的各位媒体朋友们：.
	reAddress      = regexp.MustCompile(`(?m)^(?:尊敬的|各位)[^\n]{0,20}[:：]`)
	reStatsOpening = regexp.MustCompile(`(?m)^(?:一[、\s]?\s*(?:综\s*合|经济总量|国民经济)|初步(?:核算|测算))`)
	// reWorkReview is the first part of a government work report, the
	// review of the year or the term past (一、2013年工作回顾).
	reWorkReview = regexp.MustCompile(`(?m)^\s*一、\s*(?:\d{4}年|过去一年|过去五年|“十[一二三四]五”时期)\S{0,12}?工作回顾\s*$`)
	// reBudgetOpening is the first part of a budget report or of a final
	// account's explanation.
	reBudgetOpening = regexp.MustCompile(`(?m)^\s*一、\s*(?:\d{4}年度?)?\p{Han}{0,8}?(?:预算执行情况|(?:预算|财政)收支(?:完成|执行|基本)?情况|(?:一般公共|公共财政)预算收入(?:完成|执行)?情况|决算情况|决算说明|收支决算|决算收支(?:及其?平衡)?情况|(?:预算|决算)\p{Han}{0,8}?平衡情况|预算调整(?:依据|情况|的?原因|事由))`)
	// The general public budget, by its name since 2015 and before.
	publicBudget = []string{"一般公共预算", "公共财政预算"}
	// The revenue a budget collected, or a sum it sets aside, as a
	// release's first sentence states it.
	reBudgetFigures = regexp.MustCompile(`(?:一般公共预算|公共财政预算)(?:总)?(?:收入|支出)\p{Han}{0,8}?(?:完成|安排的)|完成(?:一般公共预算|公共财政预算)(?:总)?(?:收入|支出)`)
	// A plan that says it is drawn up, and the first part of a plan report.
	reDrawsUpPlan = regexp.MustCompile(`编制(?:实施)?《[^》]{4,80}(?:规划|纲要)(?:[(（]\d{4}[-—–]\d{4}年?[)）])?》|编制(?:实施)?[“"]十[一二三四五]五[”"]规划纲要`)
	// An outline's preface: what it is drawn up from (根据《中共上海市委关于制定…的建议》
	// 和《中共长宁区委关于制定…的建议》编制), or what it sets out (本纲要以科学发展观为指导，
	// 主要阐述政府战略意图).
	reOutlineBasis = regexp.MustCompile(`(?:根据|依据)《[^》]{4,80}五年规划的建议》(?:和《[^》]{4,80}的建议》)?[，,]?\s*(?:编制|制定)|本(?:规划)?纲要(?:以|主要|是|根据|阐明|明确)`)
	rePlanOpening  = regexp.MustCompile(`(?m)^\s*一、\s*\d{4}年(?:上半年)?国民经济和社会发展计划执行情况`)
	// A plan outline's first part and chapter, and its period.
	reOutlinePart    = regexp.MustCompile(`(?m)^\s*第一篇\s*\p{Han}`)
	reOutlineChapter = regexp.MustCompile(`(?m)^\s*第一章\s*\p{Han}`)
	reFiveYearPeriod = regexp.MustCompile(`“?十[一二三四五]五”?`)
	// A work report's thanks and its aims for the year (see typeFromText).
	reThanksOnBehalf = regexp.MustCompile(`我代表\p{Han}{0,8}?(?:人民)?政府[，,]\s*向[^。]{2,120}?(?:表示|致以)[^。]{0,12}(?:感谢|敬意)`)
	reWorkAims       = regexp.MustCompile(`(?:今年|(?:19|20)\d{2}年)政府工作的总体要求`)
	// reToldOfReport is a story telling of a report: 县长代表县人民政府向大会作
	// 工作报告, 报告提出2022年政府工作的总体要求.
	reToldOfReport = regexp.MustCompile(`(?:作|听取|审议)[^。，,]{0,6}工作报告|报告(?:提出|指出|强调|认为|称)`)
	// reGovernmentSpeaks is a government speaking of itself in a report's
	// text: 市政府在中共苏州市委的正确领导下.
	reGovernmentSpeaks = regexp.MustCompile(`(?:市|县|区|州|旗|省)(?:人民)?政府在`)
	// reCongressTasks is a work report's review saying the government did
	// what the last congress session set it: 完成了县十五届人大三次会议确定的
	// 各项任务目标, 完成了县十六届人民代表大会第三次会议确定的目标任务.
	reCongressTasks = regexp.MustCompile(`完成了?\p{Han}{0,12}?第?[一二三四五六七八九十\d]+届(?:人大|人民代表大会)第?[一二三四五六七八九十\d]+次(?:全体)?会议(?:确定|提出|部署)的`)
	// reHeadOfGovernment is the head of a government under a report's
	// meeting line: 保定市徐水区人民政府区长 李志永.
	reHeadOfGovernment = regexp.MustCompile(`(?m)政府\s*(?:代理|代)?(?:区|县|市|旗|州|省)长\s*\p{Han}{2,4}\s*$`)
)

// readHeader reads the page's header fields: 名称：, 发布时间：, 成文日期：,
// 发布机构：, 来源：, 发文字号：.
func (m *metadataReader) readHeader() {
	m.fieldTitle, m.source = m.h.title, m.h.source
	m.readFurnitureDates()
	fields, toolBarDate := m.headerFields()
	// A document site's upload day is the page's date where no field
	// gives one.
	bare := m.uploadDate()
	if d := m.titleLineDates(); bare == "" {
		bare = d
	}
	if bare == "" {
		bare = toolBarDate
	}
	original := "" // the date the source line gives the original
	for i, l := range fields {
		s := reListDash.ReplaceAllString(foldForMetadata(l.text), "$1")
		if i < len(m.pg.head) {
			m.head = append(m.head, s)
		}
		// A label whose value is on the next line (发文日期： / 2024年04月06日).
		if reBareLabel.MatchString(s) && i+1 < len(fields) {
			s += foldForMetadata(fields[i+1].text)
		}
		// An information table's title cell under its label, the label
		// written without a colon (名        称 / 克州2025年经济运行情况分析).
		if reBareTitleLabel.MatchString(s) && i+1 < len(fields) && m.textTitle == "" {
			if v := strings.TrimSpace(foldForMetadata(fields[i+1].text)); isHeadline(cleanTitle(v)) {
				m.textTitle = v
			}
		}
		bare, original = m.readField(reLeadingURL.ReplaceAllString(s, ""), bare, original)
		// A labelled title that a line break cut (标  题：关于吕梁市2025年…与
		// 2026年全市和 / 市本级预算草案的报告) goes on on the next lines.
		if v := reFieldTitle.FindStringSubmatch(s); v != nil && m.textTitle == strings.TrimSpace(v[1]) && !endsTitle(cleanTitle(m.textTitle)) {
			var next []string
			for _, f := range m.linesAfter(l.no, 3) {
				next = append(next, foldForMetadata(f.text))
			}
			if whole := joinTitle(cleanTitle(m.textTitle), next); endsTitle(whole) {
				m.textTitle = whole
			}
		}
	}
	if m.fieldTitle == "" {
		m.fieldTitle = m.textTitle
	}
	// The page's <meta name=PubDate> only where the page shows no date of
	// its own: a page regenerated years later carries the day it was
	// regenerated there (PubDate 2022-04-24 over 发布日期：2017-05-15).
	if m.published == "" {
		m.published = m.h.published
	}
	if m.published == "" {
		m.published = bare
	}
	if m.published == "" && m.dated.date != "" {
		m.published = m.dated.date // the field under the headline, past a page's scripts saved as text
	}
	if m.published == "" && m.repeated.date != "" {
		m.published = m.repeated.date // the date under the page's title repeated as its headline
	}
	if original != "" && original < string(ParseDate(m.published)) {
		// A repost's publication time (发布时间:2024-11-16) after the
		// date its source line gives the original (来源:新华社
		// 2017年03月01日 10:12) is not the document's.
		m.published = original
	}
}

// readFurnitureDates dates the page from furniture above the text: a
// page's address line with its date and source under the title, dropped
// as furniture for the font-size buttons on it, and the tool bar under the
// title with its labelled date and time (浏览次数: 来源:… 时间:2024-02-02
// 08:39 文字大小:[ ]).
func (m *metadataReader) readFurnitureDates() {
	for _, l := range m.pg.furniture {
		if len(m.pg.body) > 0 && l.no > m.pg.body[min(len(m.pg.body)-1, 3)].no {
			break
		}
		s := foldForMetadata(l.text)
		if v := reDateTimeSource.FindStringSubmatch(reLeadingURL.ReplaceAllString(s, "")); v != nil && m.published == "" && reLeadingURL.MatchString(s) {
			m.published = v[1]
		}
		if v := reFieldPublished.FindStringSubmatch(s); v != nil && m.published == "" && reStampedDate.MatchString(s) {
			m.published, m.toolBar = v[1], l.no
		}
	}
}

// headerFields gathers the field lines: those of the page's head and those
// at the top of the document (title, 刊发日期：…, then the text). It also
// returns the date of a tool bar among the document's first lines
// (Comment(s)打印 E-mail China.org.cn 2015-03-26), or "".
func (m *metadataReader) headerFields() (fields []line, toolBarDate string) {
	fields = m.pg.head
	for i, l := range m.pg.body[:min(len(m.pg.body), maxFieldLines)] {
		if isReportText(l.text) {
			break
		}
		if isMetadataLine(l.text) || isMetadataLine(foldForMetadata(l.text)) || reSourceStamp.MatchString(foldForMetadata(l.text)) { // 發布時間：…
			fields = append(fields[:len(fields):len(fields)], l)
			if j := i + 1; reBareLabel.MatchString(foldForMetadata(l.text)) && j < len(m.pg.body) && !isMetadataLine(m.pg.body[j].text) {
				// A label whose value is the next line (发布机构： / 宜春市统计局):
				// the value is a field line too.
				fields = append(fields, m.pg.body[j])
			}
		}
		if v := reToolBarDate.FindStringSubmatch(l.text); v != nil && toolBarDate == "" {
			toolBarDate = string(ParseDate(v[1]))
		}
	}
	return fields, toolBarDate
}

// linesAfter returns the page's first n lines after line number no, of its
// head and its text.
func (m *metadataReader) linesAfter(no, n int) []line {
	var out []line
	for _, part := range [][]line{m.pg.head, m.pg.body} {
		for _, l := range part {
			if len(out) == n {
				return out
			}
			if l.no > no {
				out = append(out, l)
			}
		}
	}
	return out
}

// readField reads one field line s into the reader's fields. bare is the
// page's unlabelled date and original the date a source line gives the
// original, each kept once found; it returns both.
func (m *metadataReader) readField(s, bare, original string) (string, string) {
	if v := reDateTimeSource.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published = v[1]
	}
	if v := reSiteDateLine.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published = v[1]
	}
	if v := reBareDateTime.FindStringSubmatch(s); v != nil && bare == "" {
		bare = v[1] // the page's date unlabelled: only without a labelled one
	}
	if v := reStampedDate.FindString(s); v != "" && bare == "" {
		bare = string(ParseDate(v)) // a date with its clock time is the page's
	}
	if loc := reFieldsBareDate.FindStringSubmatchIndex(s); loc != nil && bare == "" && isMetadataLine(s) && !strings.HasSuffix(strings.TrimSpace(s[:loc[2]]), "：") && !strings.HasSuffix(strings.TrimSpace(s[:loc[2]]), ":") {
		// A date without its label between a field line's bars
		// (作者：县政府办 | 2023-03-01 | 阅读：100), not a labelled one
		// (失效日期： 2025-01-01).
		bare = string(ParseDate(s[loc[2]:loc[3]]))
	}
	if reSourceStamp.MatchString(s) && original == "" {
		original = string(ParseDate(reStampedDate.FindString(s)))
	}
	if v := reFieldTitle.FindStringSubmatch(s); v != nil && m.textTitle == "" {
		m.textTitle = strings.TrimSpace(v[1])
	}
	if v := reFieldPublished.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published = v[1]
	}
	if v := reFieldWritten.FindStringSubmatch(s); v != nil && m.written == "" {
		m.written = v[1]
	}
	if v := rePublisher.FindStringSubmatch(s); v != nil && m.publisher == "" {
		m.publisher = v[1]
	}
	if v := reSource.FindStringSubmatch(s); v != nil && m.source == "" {
		m.source = v[1]
	}
	if strings.Contains(s, "发文字号") && m.number == "" {
		m.number = ParseDocNumber(s)
	}
	return bare, original
}

// maxFieldLines is how many lines of a document's top, before its text,
// may hold the page's fields: a page saved as text keeps its menus and its
// info table (索引号 / … / 发文日期 / 2026-05-27) above the title.
const maxFieldLines = 30

// reToolBarDate is a page's tool bar under its title with the page's date
// at its end (Comment(s)打印 E-mail China.org.cn 2015-03-26), or a document
// site's byline (联合创作 · 2023-05-12 00:00).
var reToolBarDate = regexp.MustCompile(`^\s*(?:(?:\S+\s*)?(?:打印|E-mail|分享到?|收藏)\s*[^\p{Han}]{0,40}?|\p{Han}{2,8}\s*[·|]\s*)((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$`)

// titleLineDates reads the dates the first lines of the text give with the
// title: Wikisource's header (制定机关:黎平县人民政府(主讲人…) 2022年2月16日)
// as the document's date, the page's publication time after the title line
// (遼寧“十四五”規劃…綱要(附全文) 發布時間:2021-04-21 10:54, …执行情况的报告
// 2012/12/17). It returns the date of a title run on with its source on a
// page that lost its line breaks (…统计公报来源:闵行区统计局2016-03-01第6期…),
// else the page's date on the line under a title line (… / 2026-05-28
// 出处:…), or "".
func (m *metadataReader) titleLineDates() string {
	runOn := ""
	for _, l := range m.pg.body[:min(len(m.pg.body), 3)] {
		s := foldForMetadata(l.text)
		if v := reEnactedBy.FindStringSubmatch(s); v != nil && m.written == "" {
			m.written = v[1]
		}
		if v := reRunOnSource.FindStringSubmatch(s); v != nil && runOn == "" {
			runOn = string(ParseDate(v[1]))
		}
		if v := reTitlePublished.FindStringSubmatch(s); v != nil && m.published == "" && namesReport(cleanTitle(v[1])) {
			m.published = v[2]
		}
		if v := reTitleDated.FindStringSubmatch(s); v != nil && m.published == "" && namesReport(cleanTitle(v[1])) {
			m.published = v[2]
		}
	}
	// The page's date on the line under the title, alone or before the
	// source, past the site's menu (阿克苏地区2025年国民经济和社会发展统计公报 /
	// 2026-05-28  出处：阿克苏地区统计局).
	for i := 0; runOn == "" && i+1 < min(len(m.pg.body), 41); i++ {
		// The date's line first: it is cheaper to match than the title.
		next := strings.TrimSpace(foldForMetadata(m.pg.body[i+1].text))
		v := reBareDateTime.FindStringSubmatch(next)
		if v == nil {
			v = reDateTimeSource.FindStringSubmatch(next)
		}
		if v != nil && namesReport(cleanTitle(m.pg.body[i].text)) {
			runOn = string(ParseDate(v[1]))
		}
	}
	return runOn
}

// uploadDate returns the day a document site's line of the file's figures
// gives among them (DOCX 28页 下载0 2024-01-06 浏览77 收藏0), or "": it dates
// a page that gives no other date.
func (m *metadataReader) uploadDate() string {
	for _, ls := range [][]line{m.pg.head, m.pg.furniture, m.pg.body[:min(len(m.pg.body), 8)]} {
		for _, l := range ls {
			s := foldForMetadata(l.text)
			if len(reFileFigure.FindAllString(s, -1)) < 2 {
				continue
			}
			if v := reFieldsBareDate.FindStringSubmatch(s); v != nil {
				return string(ParseDate(v[1]))
			}
		}
	}
	return ""
}

// reFileFigure is one of a document site's figures of a file: 下载0,
// 浏览125, 收藏0, 点赞0, 27页.
var reFileFigure = regexp.MustCompile(`(?:下载|浏览|收藏|点赞|阅读|评分)\s*[:：]?\s*\d+|\d+\s*页(?:\s|$)`)

// reFieldsBareDate is a date without a label among a header line's fields,
// set apart by bars or spaces.
var reFieldsBareDate = regexp.MustCompile(`(?:^|[|｜]|\s)\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:[|｜]|\s|$)`)

// reSourceStamp is a line of the source a page took the document from, with
// the date and time it was published there, after a column's name:
// 中国新闻来源:新华社 2017年03月01日 10:12.
var reSourceStamp = regexp.MustCompile(`^\p{Han}{0,8}来源\s*[:：]\s*\p{Han}{2,20}\s+` + `(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}`)

// reTitleDateSpeaker is the date, perhaps with its speaker, in brackets
// after a title: (2023年1月11日 赵龙), (2020年 1月 15日).
var reTitleDateSpeaker = regexp.MustCompile(`[(（](\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\p{Han}{2,4})?[)）]\s*$`)

// reTitlePublished is a title line with the page's labelled publication
// time after a space.
var reTitlePublished = regexp.MustCompile(`^(\S.{3,80}?)\s+(?:发布时间|发布日期|发表于)\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)`)

// reMeetingThenDate is a meeting line without its date, the date in
// brackets after the speaker, on the line or the lines under it: ——在大理市
// 第九届人民代表大会第五次会议上 大理市人民政府代理市长 严启红 (2020年5月28日);
// the meeting may follow the title on its line (政府工作报告 在济宁市…会议上
// (2016年2月16日)) or stand without a dash (在南宁市…会议上 / 南宁市市长
// 孙大光(2021年10月25日)).
var reMeetingThenDate = regexp.MustCompile(`(?:^|\s)(?:——|──|—|--)?\s*在[^。，,；;]{2,60}?(?:人民代表大会|人大|会议)上?[^。，,；;()（）]{0,40}?[(（]\s*(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s*[)）]`)

// reTitleDated is a title line with the page's date, unlabelled, after a
// space at its end.
var reTitleDated = regexp.MustCompile(`^(\S.{3,80}?)\s+(\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$`)

// reRunOnSource is a title line run on with its source field and date.
var reRunOnSource = regexp.MustCompile(`^\S{6,60}?(?:统计公报|工作报告|的报告)(?:来源|发布时间|发布日期)[:：]([^，。,]{0,40})`)

// siteDateLine is a page's line of its site (or author), date and time and
// column: 公文搜 2021-07-28 08:33:15 政府报告.
const siteDateLine = `^\p{Han}{2,10}\s+(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\p{Han}{2,8})?$`

// dateTimeSource is a page's date and time, then its source:
// 2020-05-29 20:02:00 来源：新华社, or its date, then a field of who wrote
// or checked it (2020-07-08   审核人：); bareDateTime its date and time
// alone on their line under the headline: 2020-05-22 08:08.
const (
	dateTimeSource = `^(\d{4}[-_]\d{1,2}[-_]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|出处|作者|编辑|审核人?)\s*[:：]`
	bareDateTime   = `^(\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`
)

// reEnactedBy is Wikisource's header line of a government document: its
// organ and its date.
var reEnactedBy = regexp.MustCompile(`制定机关\s*[:：][^|｜]{2,80}?\s(\d{4}年\d{1,2}月\d{1,2}日)`)

// reStampedDate is a date with its clock time on a header line, wherever it
// stands (来源： 大庆人大网  浏览字号： 2013年01月08日 14:28): the time the
// page was published.
var reStampedDate = regexp.MustCompile(`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}`)

// Header lines that hold a field in another layout: a label alone on its
// line, a line that begins with the page's address, a date and time
// followed by the source (http://www.ljxww.com 2013-12-27 15:53:00 来源：…).
var (
	reBareLabel      = regexp.MustCompile(`^[•·\s]*(?:发布日期|发布时间|成文日期|发文日期|发布机构|发文机关|来源|信息来源|发文字号)\s*[:：]\s*$`)
	reBareTitleLabel = regexp.MustCompile(`^\s*(?:名\s*称|标\s*题)\s*[:：]?\s*$`)
	reLeadingURL     = regexp.MustCompile(`^\s*(?:https?://|www\.)\S+\s*`)
	reSiteDateLine   = regexp.MustCompile(siteDateLine)
	reDateTimeSource = regexp.MustCompile(dateTimeSource)
	reBareDateTime   = regexp.MustCompile(bareDateTime)
)

// readTitle takes the report's own name: the page's metadata title, the
// page title the document repeats, the document's first title line, a
// title line of the page, or, for a text without one, the name its
// opening gives it (a resolution on the work report, a work report).
func (m *metadataReader) readTitle() {
	title, src := m.chosenTitle()
	if t := ownAboutTitle(m.firstLines(40), title); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := m.ownTitleUnderHeading(title, src); t != title {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := undamagedTitle(m.open, title); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := ownTitleUnderContents(m.open, title); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	// A caption saying who made the report (…市长梅永红在大会上作政府工作报告)
	// gives way to the session's headline under it, to the page's headline
	// over it, or to the report's own title under it.
	if reMadeReport.MatchString(title) {
		h := sessionHeadline(m.open)
		if h == "" && lineOf(m.open, headline(m.open)) < lineOf(m.open, title) {
			h = headline(m.open) // a caption under the page's headline
		}
		for i := 0; h == "" && i+1 < len(m.open); i++ {
			next := strings.Join(m.open[i+1:min(i+3, len(m.open))], "") // a meeting line may wrap
			if t := cleanTitle(m.open[i]); isWorkReportTitle(t) && !reMadeReport.MatchString(t) && reMeetingLine.MatchString(next) {
				h = t // the report's own title under the page's caption (政府工作报告 / ——2023年1月12日在…)
			}
		}
		if h != "" && h != title {
			title, src, m.titleLine = h, srcHeadline, nil
		}
	}
	// The sentence that says what the report is may come a few lines into
	// the text, after a link cut out of it broke the first sentence.
	for _, l := range m.pg.body[:min(len(m.pg.body), 10)] {
		m.said = append(m.said, clipRunes(foldForMetadata(l.text), 300))
	}
	if title == "" {
		title, src = salutationHeading(m.open), srcFirstLine
	}
	if t, s := composedTitle(append(append([]string{}, m.lead...), m.said...)); t != "" && (title == "" || strings.Contains(t, "决议")) {
		title, src, m.titleLine = t, s, nil
	}
	if strings.Contains(title, "决议") {
		if t := reportUnderResolution(m.open); t != "" {
			title, src, m.titleLine = t, srcFirstLine, nil
		}
	}
	if title == "" {
		title, src = headline(m.open), srcHeadline
	}
	if title == "" && m.toolBar > 0 && len(m.pg.body) > 0 && m.pg.body[0].no < m.toolBar && m.toolBar-m.pg.body[0].no <= 2 {
		// The text's first line over the page's tool bar is its headline.
		if t := headlineText(foldForMetadata(m.pg.body[0].text)); isHeadline(t) {
			title, src = t, srcHeadline
		}
	}
	if title == "" && m.dated.title != "" {
		title, src = m.dated.title, srcHeadline // the headline over the page's date field
	}
	if title == "" && m.repeated.title != "" {
		title, src = m.repeated.title, srcHeadline // the page's title repeated as its headline
	}
	if title == "" && len(m.open) > 0 {
		// A single budget table: its name is the document's
		// (武汉市2025年全市政府性基金收入执行情况表).
		if t := cleanTitle(m.open[0]); reBudgetTableName.MatchString(t) {
			title, src = t, srcFirstLine
		}
	}
	title = withoutLeadingLabel(m.gaz, title)
	m.doc.Title = title
	if title != "" {
		m.set("title", src)
	}
}

// chosenTitle is the first candidate title that names a report, in order
// of trust: the page's metadata title, the document's own title, the page
// title, the document's first title line, a title line of the page's
// head. It sets m.titleLine to the head line the title stands on, if any.
func (m *metadataReader) chosenTitle() (title, src string) {
	headTitle, headLine, pageTitleLine := m.headTitle()
	first, firstLine, own, ownLine := m.openingTitles()
	dated, datedLine := m.datedTitle()
	labelled := m.pageMetaTitle()
	if own != "" && labelled != "" && sameName(cleanTitle(labelled), cleanTitle(own)) {
		// The document's own line gives the name the page labels in full:
		// with its 关于 and the form it was given in (关于玉溪市…的报告（书面）).
		labelled = ""
	}
	for _, c := range []struct {
		text, src string
		line      *line
	}{
		{labelled, srcPageMeta, nil},
		{own, srcFirstLine, ownLine},
		{m.pg.pageTitle, srcPageTitle, pageTitleLine},
		{dated, srcFirstLine, datedLine},
		{first, srcFirstLine, firstLine},
		{headTitle, srcPageTitle, headLine},
		{m.labelledHeadline(), srcPageMeta, nil},
	} {
		if t := cleanTitle(c.text); namesReport(t) || c.src == srcPageMeta && t != "" {
			m.titleLine = c.line
			return t, c.src
		}
	}
	return "", ""
}

// datedTitle is a document's full name on the line over the page's
// publication field (保定市人民政府关于…预算草案的报告 / 发布时间：2026-03-03
// 信息发布人：…), before any sentence of the text; a full name, with its
// year or its 关于, not a column's label (财政报告), with the page line it
// stands on when that is in the page's head: on a page that holds only
// the title and an attachment, its menus are all the text above it.
func (m *metadataReader) datedTitle() (string, *line) {
	t, at := m.dated.title, m.dated.at
	if !namesReport(t) || !endsDocument(t) || runes(t) < 10 || !strings.Contains(t, "关于") && !reTitleYear.MatchString(t) {
		return "", nil
	}
	if at < len(m.pg.head) {
		return t, &m.pg.head[at]
	}
	return t, nil
}

// pageHeading is a headline found among a page's lines (its head, then
// its body), cleaned, with its index there and the date given under it.
type pageHeading struct {
	title string
	at    int
	date  string
}

// datedHeadline is the first headline over a page's publication field
// (…的报告 / 发布时间：2026-03-03 信息发布人：…, 中山市财政局2025年工作总结… /
// 信息来源：本网  发布日期：2026-02-27) before any sentence of the text, with
// the date the field gives, among lines, the page's head and body; the
// zero pageHeading when there is none. A page saved as text with its
// scripts may bury it under them.
func datedHeadline(lines []line) pageHeading {
	for i := 1; i < len(lines); i++ {
		if isReportText(lines[i-1].text) {
			break
		}
		s := foldForMetadata(lines[i].text)
		v := reFieldPublished.FindStringSubmatchIndex(s)
		if v == nil || strings.TrimSpace(s[:v[0]]) != "" && !isMetadataLine(s) {
			continue
		}
		if t := cleanTitle(foldForMetadata(lines[i-1].text)); isHeadline(t) && runes(t) <= 120 && !isMetadataLine(t) && !isNavigation(t) {
			return pageHeading{t, i - 1, s[v[2]:v[3]]}
		}
	}
	return pageHeading{}
}

// repeatedHeadline is the headline of a page saved as text whose first
// line is the page's title with its site's name (广东省省长 孟凡利作：2026年
// 广东省政府工作报告（全文）_大湾区时报): the line among the first lines of
// lines, the page's head and body, that repeats that title, and the date
// stamped on one of the three lines under it (2026-01-31 11:01:02 | 来源：
// 大湾区时报); the zero pageHeading when there is none. Past a news site's
// menus, the text starts there.
func repeatedHeadline(lines []line) pageHeading {
	if len(lines) < 3 {
		return pageHeading{}
	}
	first := strings.TrimSpace(foldForMetadata(lines[0].text))
	if v := rePageTitleSite.FindStringSubmatch(first); v != nil {
		first = v[1]
	}
	want := cleanTitle(first)
	if !isHeadline(want) {
		return pageHeading{}
	}
	for i := 1; i < len(lines) && i < 400; i++ {
		// cleanTitle never lengthens a line: a line shorter than the title
		// (a menu's entry) cannot repeat it.
		s := foldForMetadata(lines[i].text)
		if len(s) < len(want) || cleanTitle(s) != want {
			continue
		}
		for _, l := range lines[i+1 : min(i+4, len(lines))] {
			s := foldForMetadata(l.text)
			if v := reFieldPublished.FindStringSubmatch(s); v != nil {
				return pageHeading{want, i, string(ParseDate(v[1]))}
			}
			if d := reStampedDate.FindString(s); d != "" {
				return pageHeading{want, i, string(ParseDate(d))}
			}
		}
		return pageHeading{want, i, ""}
	}
	return pageHeading{}
}

// rePageTitleSite is a page's title with its site's name after an
// underscore, a bar or a dash: …政府工作报告（全文）_大湾区时报.
var rePageTitleSite = regexp.MustCompile(`^(.{6,}?)\s*(?:_|\||\s-\s)\s*[^_|]{2,30}$`)

// reTitleYear is a year a document's name gives (2025年, 二〇二五年).
var reTitleYear = regexp.MustCompile(`(?:19|20)\d{2}\s*年|[一二][〇○零OＯ一二三四五六七八九]{3}年`)

// sameName reports whether two titles are one name but for a leading 关于
// and the mark of the form the report was given in.
func sameName(a, b string) bool {
	bare := func(s string) string { return strings.TrimPrefix(withoutPartMark(s), "关于") }
	return a != "" && bare(a) == bare(b)
}

// headTitle is the first line of the page's head that names a report,
// cleaned, with its line; pageTitleLine is the head line that repeats the
// page title.
func (m *metadataReader) headTitle() (title string, at, pageTitleLine *line) {
	for i, s := range m.head {
		l := &m.pg.head[i]
		if t := cleanTitle(s); namesReport(t) && title == "" && !isMetadataLine(s) {
			title, at = strings.TrimLeft(reBoardTagPrefix.ReplaceAllString(t, ""), " "), l
		}
		if l.text == m.pg.pageTitle && pageTitleLine == nil {
			pageTitleLine = l
		}
	}
	return title, at, pageTitleLine
}

// openingTitles reads the document's first title line and its own title
// (above its meeting line, run on with it, or restated under a document
// site's listing), each with the head line it stands on, if any.
func (m *metadataReader) openingTitles() (first string, firstLine *line, own string, ownLine *line) {
	first, at := openingTitle(m.open)
	if t, k := fullTitleBelow(m.open, first); t != "" {
		first, at = t, k
	}
	first = m.withPlaceLineAbove(first)
	own, ownAt := titleAboveMeeting(m.open, first, at, m.gaz)
	if own == "" {
		own, ownAt = titleOverSalutation(m.open, first, m.gaz)
	}
	if own == "" && !strings.HasSuffix(first, "通知") {
		// The own title may share its line with the meeting line or the
		// salutation on a page that lost its line breaks; a notice that
		// issues the report keeps its own title.
		if t := runOnOwnTitle(m.open); t != "" && t != first && sameReport(first, t, m.gaz) {
			own, ownAt = t, -1
		}
	}
	if t := ownTitleUnderListing(m.open, m.gaz); t != "" {
		// A document site's listing, marked with the year it was updated,
		// restates the title the document itself gives under it.
		own, ownAt = t, -1
	}
	if at >= 0 && at < len(m.pg.head) {
		firstLine = &m.pg.head[at] // the title stands before where the text was cut
	}
	if ownAt >= 0 && ownAt < len(m.pg.head) {
		ownLine = &m.pg.head[ownAt]
	}
	return first, firstLine, own, ownLine
}

// pageMetaTitle is the part of the page's labelled title that names the
// report: a labelled title may begin with a column tag or end with the
// name of the plan it is about (【主要负责人解读】…解读《…纲要》).
func (m *metadataReader) pageMetaTitle() string {
	for _, part := range reTitleSeparator.Split(m.fieldTitle, -1) {
		if t := cleanTitle(part); namesReport(t) || runes(t) <= 120 && containsAny(t, reportWords) && !strings.ContainsAny(t, "。；;") {
			return part
		}
	}
	return ""
}

// labelledHeadline is the title the page labels in its text (名称：克州
// 2025年经济运行情况分析) or in a <meta> field, when it names no report:
// still the page's own name for what it holds, where no line of the page
// names a report; not the page's <title>, often its site's name.
func (m *metadataReader) labelledHeadline() string {
	for _, t := range []string{m.textTitle, m.fieldTitle} {
		if c := cleanTitle(t); isHeadline(c) && !isNavigation(c) && !(t == m.h.title && m.h.titleTag) {
			return t
		}
	}
	return ""
}

// reportUnderResolution returns the title of the report a page gives in
// full under the congress's resolution on it (…预算的决议 / (…通过) / 审查
// 了… / 关于…预算草案的报告 / —— / …会议上 / 各位代表:): the page is the
// report. The report's title, perhaps broken over two lines, stands among
// the first lines and its meeting line, the dash that opens one or its
// salutation follows within four lines; else "".
func reportUnderResolution(open []string) string {
	for i := 1; i < len(open) && i < 8; i++ {
		t := cleanTitle(open[i])
		if !reReportNameEnds.MatchString(t) && i+1 < len(open) {
			t = cleanTitle(open[i] + open[i+1]) // 关于…执行情况及 / 2021年预算草案的报告
		}
		if !namesReport(t) || !reReportNameEnds.MatchString(t) || strings.Contains(t, "决议") || ClassifyDocType(t, "") == "其他" {
			continue
		}
		for _, s := range open[i+1 : min(len(open), i+5)] {
			if s = strings.TrimSpace(s); reMeetingLine.MatchString(s) || strings.HasPrefix(s, "——") || isSalutation(s) {
				return t
			}
		}
	}
	return ""
}

// reReportNameEnds is the end of a report's name: …预算草案的报告.
var reReportNameEnds = regexp.MustCompile(`(?:报告|公报|纲要)$`)

// maxLeadingLabel is the longest label a page sets before a title.
const maxLeadingLabel = 8

// withoutLeadingLabel cuts a short label a page sets before a title that
// does not open as titles do (中经搜索沧州市政府工作报告, 校园聚焦湖北省…纲要,
// 发展规划锦州市…纲要, 名称政府工作报告(…), (已废止)寿光市…的通知,
// 077-2021年庄河市政府工作报告): a title opens with its place, its year,
// 关于, a book-title mark or the report's name. The label names no place
// or organ, and the title without it is the same kind of document.
func withoutLeadingLabel(g *Gazetteer, t string) string {
	if v := reSessionFileLabel.FindStringSubmatch(t); v != nil && namesReport(v[1]) {
		t = v[1] // a session's file label: 市十八届人大四次会议文件 (二十九)晋江市2024年…报告
	}
	if opensTitle(g, t) {
		return t
	}
	kind := ClassifyDocType(t, "")
	rs := []rune(t)
	for k := 1; k <= min(maxLeadingLabel, len(rs)-4); k++ {
		label, rest := string(rs[:k]), strings.TrimLeft(string(rs[k:]), " ")
		if reOrganOrPlaceWord.MatchString(label) || len(g.namesAt(label)) > 0 {
			return t // 中共…, 重庆两江新区…, 遼寧“十四五”規劃…
		}
		if opensTitle(g, rest) && namesReport(rest) && ClassifyDocType(rest, "") == kind {
			return rest
		}
	}
	return t
}

// opensTitle reports whether t opens as a report's title does: with a
// place's full name, a year, 关于, a book-title mark or a report's name.
func opensTitle(g *Gazetteer, t string) bool {
	if reTitleOpens.MatchString(t) {
		return true
	}
	names := g.namesAt(t)
	return len(names) > 0 && strings.HasPrefix(t, names[0].name) && reFullPlaceName.MatchString(names[0].name)
}

// What a title opens with, the end of a place's full name (自治区, 地区 end in
// 区), and a label's words that name an organ or a place (中共…, 本级, 我市).
var (
	reTitleOpens       = regexp.MustCompile(`^(?:(?:19|20)\d{2}|[一二〇○零]{4}年|关于|《|“|政府工作报告|国民经济和社会发展|中华人民共和国|中共|国务院|全国|中央|第[一二三四五六七八九十\d]+届|[一二三四五六七八九十]+届)`)
	reFullPlaceName    = regexp.MustCompile(`[省市区县旗州盟]$`)
	reOrganOrPlaceWord = regexp.MustCompile(`政府|人大|会议|关于|届|《|中国|全国|国务院|国家|中华|中央|本级|[省市区县旗州盟镇乡委]`)
)

// withPlaceLineAbove returns title, which opens with its year, with the
// place named alone on the opening's line over it put before it (云阳县 /
// 2020年国民经济和社会发展统计公报); a site's 评论区 is no place.
func (m *metadataReader) withPlaceLineAbove(title string) string {
	if !reYearOpens.MatchString(title) {
		return title
	}
	i := lineOf(m.open, title)
	for j, s := range m.open {
		if t := cleanTitle(s); i == len(m.open) && runes(t) >= 6 && strings.HasPrefix(title, t) {
			i = j // a title broken over lines: its first line (2025年…和2026年地 / 方财政预算（草案）)
		}
	}
	if i <= 0 || i >= len(m.open) {
		return title
	}
	p := strings.TrimSpace(m.open[i-1])
	if names := m.gaz.namesAt(p); len(names) == 1 && names[0].name == p && reFullPlaceName.MatchString(p) {
		return p + title
	}
	return title
}

// reYearOpens is a title that opens with its year: 2020年….
var reYearOpens = regexp.MustCompile(`^(?:19|20)\d{2}\s*年`)

// ownTitleUnderHeading returns the document's own title where the text
// states it under a heading that only stands for it, else title itself.
// src says where title was read from.
func (m *metadataReader) ownTitleUnderHeading(title, src string) string {
	// A fragment of the title a page repeats over it (发展计划上半年执行情况的
	// 报告, a running head) gives way to the whole title under it, broken over
	// two lines (关于东城区2017年国民经济和社会 / 发展计划上半年执行情况的报告).
	first := make([]string, min(len(m.open), 6)) // the first lines, cleaned
	for i := range first {
		first[i] = cleanTitle(m.open[i])
	}
	if title != "" {
		for i, t := range first {
			if !strings.HasPrefix(t, "关于") || namesReport(t) && endsDocument(t) {
				continue
			}
			if whole := joinTitle(t, m.open[i+1:]); whole != title && strings.HasSuffix(whole, title) && endsDocument(whole) {
				return whole
			}
		}
	}
	// A heading cut short (国务院关于今年以来国民经济和社会发展计划执) gives
	// way to the whole title on a line under it.
	if title != "" && !endsDocument(title) {
		for _, o := range first {
			if strings.HasPrefix(o, title) && o != title && endsDocument(o) {
				return o
			}
		}
	}
	// A document site's heading that adds the province and city before the
	// county its own title names (2022年陕西省安康市宁陕县…统计公报 over
	// 2022年宁陕县…统计公报) gives way to the own title on the line under it.
	if i := lineOf(m.open, title); i+1 < len(m.open) {
		if o := cleanTitle(m.open[i+1]); o != title && endsDocument(o) && m.gaz.addsParents(title, o) {
			return o
		}
	}
	// A site's heading that quotes the document's own title in 《》 with
	// its year and draft around it (2022年《政府工作报告》征求意见稿) gives way
	// to that title where the text states it.
	if v := reQuotedTitle.FindStringSubmatch(title); v != nil && src == srcPageTitle {
		for _, s := range m.open {
			if cleanTitle(s) == v[1] {
				return v[1]
			}
		}
	}
	return title
}

// reQuotedTitle is a document's title quoted in 《》 inside a site's
// heading that adds only its year and the draft it is
// (2022年《政府工作报告》征求意见稿), not a story (《…纲要》正式发布).
var reQuotedTitle = regexp.MustCompile(`^(?:\d{4}年)?《([^《》]{4,60})》\s*[(（]?(?:征求意见稿|送审稿|讨论稿|审议稿|初稿|草案)?[)）]?$`)

// reDanglingDate is what a page leaves after a title: its date written with
// slashes (…执行情况的报告 2012/12/17), or the bracket opened before a date the
// tail cut off (…计划草案的报告 ( 2012年01月18日 )).
var reDanglingDate = regexp.MustCompile(`\s*\d{4}/\d{1,2}/\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$|\s*[(（]\s*$`)

// reDateBeforeTitle is a whole date written before a report's name, with
// the publication note of the notice that issues it, where that was run on
// too (2021年4月16日(此件公开发布)重庆市渝中区…纲要).
var reDateBeforeTitle = regexp.MustCompile(`^\d{4}年\d{1,2}月\d{1,2}日\s*(?:[(（]此件[^()（）]{2,8}[)）]\s*)?(\p{Han}.{3,})$`)

// reUpdatedListing is a document site's listing heading, marked with the
// year the site updated it: (安徽省)合肥市庐江县国民经济和社会发展十四五规划(2022年更新).
var reUpdatedListing = regexp.MustCompile(`[(（]\d{4}年更新[)）]\s*$`)

// reListingEdition is the edition a document site labels its listing with
// after the title: (全文), (摘要), (完整版), or the day of the meeting
// ((2023年6月15日)). Like the year of its update, it
// marks a site's listing, not a government's article title.
var reListingEdition = regexp.MustCompile(`[(（](?:全文|摘要|完整版|\d{4}年\d{1,2}月\d{1,2}日)[)）]\s*$`)

// reProvinceTag is the province a document site puts before its listing
// heading: (新疆)2023年伊犁哈萨克自治州特克斯县…统计公报, (安徽省)….
var reProvinceTag = regexp.MustCompile(`^\s*[(（](?:\p{Han}{2,3}省|\p{Han}{2,5}自治区|新疆|西藏|内蒙古|广西|宁夏|北京市?|天津市?|上海市?|重庆市?)[)）]`)

// ownTitleUnderListing returns the document's own title under a document
// site's listing heading (marked with the year it was updated or the
// province it files the page under) (…十四五规划(2022年更新) / 庐江县国民经济和社会发展 /
// 第十四个五年规划和2035年远景目标纲要), past the site's summary block
// (前言 … 详情) that restates it, when that title names a document of the
// listing's kind; else "". The listing is the site's name for the page, the
// title under it the document's own.
func ownTitleUnderListing(open []string, gaz *Gazetteer) string {
	for i, s := range open[:min(len(open), 3)] {
		if !reUpdatedListing.MatchString(s) && !reProvinceTag.MatchString(s) {
			continue
		}
		listing, rest := cleanTitle(s), open[i+1:]
		for j, r := range rest[:min(len(rest), 8)] {
			if squeezeSpaces(r) == "详情" {
				rest = rest[j+1:]
				break
			}
		}
		var below []string // the listing is repeated over the text on some pages
		for _, r := range rest {
			if cleanTitle(r) != listing {
				below = append(below, r)
			}
		}
		own, _ := openingTitle(below)
		kind, ownKind := ClassifyDocType(listing, ""), ClassifyDocType(own, "")
		if own == "" || strings.Contains(own, listing) || !endsDocument(own) || ownKind == "其他" || kind != ownKind && kind != "其他" {
			return ""
		}
		// Under a province tag alone (no edition label), the own title names its place and
		// rewords the listing (特克斯县2023年…统计公报 under (新疆)2023年伊犁
		// 哈萨克自治州特克斯县…统计公报); a bare 政府工作报告 under a
		// government's article title is not the title (the older sets' rule).
		if !reUpdatedListing.MatchString(s) && !reListingEdition.MatchString(s) && (len(gaz.NamesIn(own)) == 0 || !runesWithin(own, listing)) {
			return ""
		}
		return own
	}
	return ""
}

// lineOf returns the index of the first of lines that reads as title t
// once cleaned, or len(lines).
func lineOf(lines []string, t string) int {
	for i, s := range lines {
		if t != "" && (cleanTitle(s) == t || headlineText(s) == t) {
			return i
		}
	}
	return len(lines)
}

// salutationHeading returns the line right over a speech's salutation,
// its heading where it names no report (区长在代表会上工作汇报 / 各位代表：),
// or "": not a speaker, meeting, date or field line, nor navigation.
func salutationHeading(open []string) string {
	for k, s := range open {
		if !isSalutation(s) {
			continue
		}
		if k == 0 {
			return ""
		}
		above := strings.TrimSpace(open[k-1])
		t := cleanTitle(above)
		if !isHeadline(t) || runes(t) > 40 || strings.ContainsAny(t, "，,：:") || isMetadataLine(above) || isNavigation(above) ||
			reSpeakerAlone.MatchString(squeezeSpaces(above)) || reOfficial.MatchString(above) || reOrganPerson.MatchString(above) || reMeetingLine.MatchString(above) || reMeetingLead.MatchString(above) || ParseDate(above) != "" {
			return ""
		}
		return t
	}
	return ""
}

// reSpeakerAlone is the line of who reads a report, with or without the
// place: 代市长刘文新, 包头市人民政府市长 孙炜东.
var reSpeakerAlone = regexp.MustCompile(`^\p{Han}{0,20}?(?:代理|代)?(?:区长|市长|县长|省长|旗长|州长|盟长|主席|总理|局长|主任)\p{Han}{2,4}$`)

// reMadeReport is a caption or clause saying someone made the report:
// …在大会上作政府工作报告.
var reMadeReport = regexp.MustCompile(`(?:作|做)了?《?(?:政府)?工作报告》?$`)

// reTitleDecoration is what a site adds to the end of a title line: (全文),
// a document site's labels ((完整版),
// (精选3篇), 【精选】, (图文), (第2页), 范文, word版),
// (全文29812字), a footnote's mark ([1]), the year a site updated it
// ((2023年更新)),
// the date and speaker (2014年2月10日 马誉峰), the year alone or after the
// issuer a page or an encyclopedia files it under ((2023年), (重庆市渝北区
// 人民政府、2017年)),
// [图], a file's extension (.pdf), a photo's credit ((马玉龙摄)), a
// scraper watermark run onto the line (政府工作报告pbY).
var (
	reTitleDecoration = regexp.MustCompile(`(?:[(（]\p{Han}{2,12}\s?摄[)）]|[(（](?:附?全文(?:\d+字)?|完整版?|全文完整版|最新|精选\d*篇?|通用\d*篇?|(?:优秀)?范文\d*篇?|word版)[)）]|[【\[](?:精选|精品|(?:小编)?推荐|最新|完整版?|范文|优秀范文)[】\]]|[(（](?:图文|第\d{1,3}页)[)）]|(?:范文|word版|完整版)|\[\d{1,2}\]|[(（]\d{4}年更新[)）]|[(（](?:[^()（）]{2,30}、)?\s*\d{4}年[)）]|[(（]\d{4}年\d{1,2}月(?:\d{1,2}日)?\s*\p{Han}{0,4}[)）]|[\[【(（]图[\]】)）]|\.(?:pdf|docx?|wps|txt|html?))$`)
	reWatermark       = regexp.MustCompile(`(\p{Han})[A-Za-z][A-Za-z0-9]{1,3}$`)
)

// reTitleFieldLabel is the label of a page's field of the document's name,
// written without its colon (信息名称 政 府 工 作 报 告).
var reTitleFieldLabel = regexp.MustCompile(`^(?:信息名称|文件名称|名\s?称|标题|题名)\s*[:：]?\s*`)

// reSpaceAroundBracket is a space a page sets inside a title around a
// bracketed word: …2020年国民经济和社会发展计划 (草案) 的报告.
var reSpaceAroundBracket = regexp.MustCompile(`\s*([(（])\s*|\s*([)）])\s*`)

// reSessionFileLabel is the label a congress session gives the documents
// it hands out, before the title: 市十八届人大四次会议文件 (二十九).
var reSessionFileLabel = regexp.MustCompile(`^\p{Han}{0,24}?会议(?:文件|材料)\s*(?:之?[(（]?[一二三四五六七八九十\d]+[)）]?)?\s*(\S.*)$`)

// reTitleStatus is a public-information page's label of a document's
// validity: (已废止), 【已失效】.
var reTitleStatus = regexp.MustCompile(`^[(（【\[](?:已废止|已失效|已修订|失效|废止|现行有效|有效)[)）】\]]\s*`)

// reBracketPrefix is a tag in square brackets before a title, and the title.
var reBracketPrefix = regexp.MustCompile(`^\[([^\[\]]{1,24})\]\s*(\S.*)$`)

// reTitleCompactDate is a title, then its date as eight figures in
// brackets: 威远县2023年政府工作报告(20230111).
var reTitleCompactDate = regexp.MustCompile(`^(.+?)\s*[(（]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[)）]$`)

// reTitleDocNumber is a document number standing before the title it
// belongs to on a page's first line, perhaps after the file's header run
// onto it (天津市东丽区人民政府文件 东丽政发〔2016〕2号 东丽区人民政府关于…).
var reTitleDocNumber = regexp.MustCompile(`^(?:\p{Han}{2,20}文件\s*)?\p{Han}{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号\s*(.+)$`)

// rePhotoCredit is the credit a photo's caption ends with, apart from it:
// 供图 和平区委宣传部, 摄影 张三.
var rePhotoCredit = regexp.MustCompile(`\s+(?:供图|摄影)[\s:：]*\p{Han}{2,14}$`)

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

// reTitleFullText is a site's 全文 run onto the end of a title without
// brackets, in one language or two: 2015年武汉市政府工作报告全文,
// 2017年政府工作报告双语全文.
var reTitleFullText = regexp.MustCompile(`(报告|公报|纲要)(?:双语|中英文|中英双语|中英对照)?全文(?:[(（]\p{Han}{2,4}[)）])?$`)

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

// reTitlePageNumber is a page number run onto the title of a document saved
// from a PDF (1政府工作报告), not a year (2019年).
var reTitlePageNumber = regexp.MustCompile(`^\d{1,3}([^\d年月日届次号个%.．、,，\s-])`)

// reNewsDateline is a news agency's dateline before the title it
// republishes: 新华社北京3月13日电.
var reNewsDateline = regexp.MustCompile(`^\p{Han}{2,6}社\p{Han}{2,4}\d{1,2}月\d{1,2}日电\s*`)

// reTitleSeparator separates a page's <title> from the site's name:
// 政府工作报告_和平区人民政府; 政府工作报告 - 和平区人民政府.
var reTitleSeparator = regexp.MustCompile(`\s*[_|｜]\s*|\s+[-—–]+\s+`)

// reBoardTagPrefix is a forum board's tag before a thread title: [天津].
var reBoardTagPrefix = regexp.MustCompile(`^(?:[\[【]\p{Han}{1,4}[\]】]|[(（]` + listingProvince + `[)）])\s*`)

// listingProvince is the province or city an aggregator puts in brackets
// before a listing title: its full name ((湖北省)) or its short one ((黑龙江)).
const listingProvince = `(?:\p{Han}{1,6}(?:省|市|自治区)|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)`

// reWrappedTitle is a whole title line set in book-title marks.
var reWrappedTitle = regexp.MustCompile(`^\s*《([^《》]+)》\s*$`)

// reChannelTag is a site's longer tag before a title, its channel or the
// kind of page it is (【闻喜县招商】, 【主要负责人解读】): a channel's is no part of
// a report's name, a kind's is part of a headline's.
var reChannelTag = regexp.MustCompile(`^[【\[]\p{Han}{5,8}[】\]]\s*(.+)$`)

// reTitleIssuer is an issuing office, a site's year tag or the meeting line
// run onto the end of a title line (…统计公报蒙城县统计局, …统计公报 2020,
// …的报告2022年2月20日在…), or the head of government who read it
// (…政府工作报告 省长 易炼红): not part of the name.
var reTitleIssuer = regexp.MustCompile(`(公报|报告)(?:\p{Han}{2,12}?(?:统计局|财政局|调查队)|\s*\d{4}|\d{4}年\d{1,2}月\d{1,2}日在.*|\s*(?:代理?)?(?:省长|市长|县长|区长|州长|旗长|盟长|主席|总理)\s*\p{Han}{2,4})$`)

// reSiteNameSuffix is a site's name joined to the end of a title line by a
// dash (政府工作报告-尊龙体育官网, …预算草案的报告-驻马店人大, …统计公报-红黑统计公报库):
// no part of the title.
var reSiteNameSuffix = regexp.MustCompile(`[-—–_]\p{Han}{2,12}(?:网|官网|网站|平台|门户|库|人大|人大常委会)$`)

// reTitleNextField is the label of an index's next field after a title
// on its line, or the page's breadcrumb (…统计公报 您所在的位置:网站首页 …),
// with whatever follows it.
var reTitleNextField = regexp.MustCompile(`\s+(?:文\s*号|发文字号|发布机构|索\s*引\s*号|主题分类|有\s*效\s*性|发布日期|成文日期|您所在的位置|您的位置|您现在的位置|当前位置)\s*(?:[:：].*)?$`)

// reBrandTail is a title, a dash or an underscore, and a short name
// after it with no figure: a site's brand (…政府工作报告-Mysteel铁矿石,
// …的通知-农小蜂, …（全文）_大湾区时报).
var reBrandTail = regexp.MustCompile(`^(.+?)\s*[-—–_]\s*((?:[A-Za-z]+\p{Han}{0,8})|\p{Han}{2,8})$`)

// reMeaningfulTail is what a dash may add to a report's name that says
// what the page is, which a title keeps: 解读, 摘要, 全文, 图解, 问答.
var reMeaningfulTail = regexp.MustCompile(`解读|摘要|全文|图解|一图|问答|要点|速览|草案|说明`)

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
// it: …规划纲要的通知 各街道办事处,各委、办、局,各直属单位:.
var reNoticeAddressees = regexp.MustCompile(`^(.{6,120}?的通知)\s*各[^:：。；;]{1,60}[:：]`)

// reTitleRunOn is a title the text runs on from after a space, or its
// source field and text run on without one, on a page that lost its line
// breaks (2023年江门市新会区…统计公报 2023年是…。, …统计公报来源:闵行区统计局…,
// a list's 1、深圳市…规划纲要信息来源:2016年政府公报…).
var reTitleRunOn = regexp.MustCompile(`^(?:\d{1,2}、)?(\S{6,60}?(?:统计公报|工作报告|的报告|规划纲要|目标纲要))(?:\s+\S.*[。，,；;]|(?:信息来源|来源|发布时间|发布日期)[:：].*)`)

// headline returns a news page's headline: the line over its date and
// source line (盐源县第十四届人民代表大会第一次会议隆重开幕 / 来源：宣传部
// 时间：2016年12月20日), over its deck, over its story's lead or over its month in
// brackets (西藏的发展与进步 / (2013年10月)), or "".
func headline(open []string) string {
	// A headline right over the page's date line comes first, before a
	// session named in the deck under it.
	for i := 0; i+1 < len(open) && i < 4; i++ {
		if t := headlineText(open[i]); reSiteDateLine.MatchString(open[i+1]) && isHeadline(t) && !isMetadataLine(open[i]) && !isNavigation(open[i]) {
			return withColumnTag(open[i], t)
		}
	}
	if t := sessionHeadline(open); t != "" {
		return t
	}
	for i := 0; i+1 < len(open); i++ {
		s := open[i]
		// A headline of spaced phrases over its deck is no navigation.
		if isMetadataLine(s) || isNavigation(s) && !reDeck.MatchString(open[i+1]) || reContactLine.MatchString(s) || reOrganPerson.MatchString(strings.TrimSpace(s)) || !datedBelow(open[i+1:min(i+4, len(open))]) && !reStoryLead.MatchString(open[i+1]) && !reBracketMonth.MatchString(open[i+1]) && !leadRepeats(s, open[i+1]) && !reDeck.MatchString(open[i+1]) {
			continue
		}
		if t := headlineText(s); isHeadline(t) {
			return withColumnTag(s, t)
		}
	}
	// A story saved on one line runs its headline into its deck and lead.
	for _, s := range open[:min(len(open), 6)] {
		if t := runOnHeadline(s); t != "" {
			return t
		}
	}
	// An aggregator's listing title, its province or city in brackets
	// before it, opens the page: (廣安市)廣安區2021年經濟運行情況.
	if len(open) > 0 && reListingPlace.MatchString(open[0]) {
		if t := cleanTitle(open[0]); isHeadline(t) {
			return t
		}
	}
	return ""
}

// runOnHeadline returns the headline of a story saved on one line, run into
// its deck and its lead (凝神聚焦发力 奋力开创龙江振兴发展新局面 王宪魁主持陆昊作
// 政府工作报告杜宇新等出席 本报16日讯(记者…)…): the spans before the lead's
// mark, the deck's spans (who chaired, reported, attended) cut off, or "".
func runOnHeadline(s string) string {
	loc := reRunOnLead.FindStringIndex(s)
	if loc == nil {
		return ""
	}
	spans := strings.Fields(s[:loc[0]])
	for len(spans) > 0 && reDeckAct.MatchString(spans[len(spans)-1]) {
		spans = spans[:len(spans)-1]
	}
	t := strings.Join(spans, " ")
	if len(spans) == 0 || !isHeadline(cleanTitle(t)) || strings.ContainsAny(t, "，,：:") {
		return ""
	}
	return t
}

// reRunOnLead is the mark of a story's lead after a space, on a line that
// holds the headline too: 本报16日讯, 新华社北京3月5日电.
var reRunOnLead = regexp.MustCompile(`\s(?:本报\d{0,2}日?讯|\p{Han}{2,12}\d{1,2}月\d{1,2}日电)`)

// reDeckAct is a deck's span: what someone did at the meeting.
var reDeckAct = regexp.MustCompile(deckActs)

// reListingPlace is the province or city an aggregator's listing title
// opens with in brackets: (廣安市), (内蒙古).
var reListingPlace = regexp.MustCompile(`^\s*[(（]` + listingProvince + `[)）]\s*\p{Han}`)

// headlineText is a news headline as its line gives it, with the subtitle a
// dash joins to it (锚定新目标 奋力新作为——宁夏十二届人大五次会议开幕侧记):
// after a report's title a dash leads to its meeting line or date, which
// cleanTitle cuts, but after a headline it leads to the rest of it.
func headlineText(s string) string {
	main, sub, ok := strings.Cut(strings.TrimSpace(s), "——")
	sub = strings.TrimLeft(sub, "—")
	if !ok || main == "" || !isSubtitle(sub) {
		return cleanTitle(s)
	}
	return cleanTitle(main) + "——" + cleanTitle(sub)
}

// withColumnTag returns headline t with the column tag its line s opens
// with (【青海两会】, 【聚焦两会】, 【西宁市】): a news page shows it as part
// of its headline, where a forum's board tag ([山西]) or a listing's
// province ((湖北省)) before a report's title is no part of the title.
func withColumnTag(s, t string) string {
	if tag := reColumnTag.FindString(strings.TrimSpace(s)); tag != "" && !strings.HasPrefix(t, tag) {
		return tag + t
	}
	return t
}

// reColumnTag is a news column's tag in black brackets before a headline.
var reColumnTag = regexp.MustCompile(`^【\p{Han}{1,8}】`)

// isSubtitle reports the part of a headline after its dash that continues
// it: words, perhaps opening on a book title (——《…统计公报》评读), not a
// date, a meeting line (……会议上), a site's name or a place where something
// was said (在…).
func isSubtitle(s string) bool {
	t := cleanTitle(s)
	first, _ := utf8.DecodeRuneInString(t)
	return runes(t) >= 4 && (unicode.Is(unicode.Han, first) || first == '《') && !reMeetingLine.MatchString(s) && !strings.HasSuffix(t, "上") &&
		!reSiteNameSuffix.MatchString("-"+t) && !reSiteName.MatchString(t) && !strings.HasPrefix(t, "在")
}

// isHeadline reports whether t can be a news page's headline: a line of 6
// to 80 characters, no sentence, navigation, salutation or organ's name.
func isHeadline(t string) bool {
	n := runes(t)
	return n >= 6 && n <= 80 && !strings.ContainsAny(t, "。；;") && !reNotTitle.MatchString(strings.TrimRight(t, "》")) && !isSalutation(t) && !reOrganName.MatchString(t)
}

// sessionHeadline returns the headline a story about a congress's session
// opens with (理县十三届人大二次会议开幕, 济阳县第十八届人民代表大会第二次会议
// 隆重开幕, 日照市十七届人大三次会议开幕，杨军主持…), whatever stands under
// it (a deck, a caption, the paper's name), or "".
func sessionHeadline(open []string) string {
	for _, s := range open[:min(len(open), 4)] {
		if isMetadataLine(s) || isNavigation(s) || isSalutation(s) {
			continue
		}
		t := cleanTitle(s)
		if n := runes(t); n <= 60 && !strings.ContainsAny(t, "。；;") && reSessionHeadline.MatchString(t) {
			return withColumnTag(s, t)
		}
	}
	return ""
}

// reSessionHeadline is a headline whose subject is a congress's session
// opening or closing.
var reSessionHeadline = regexp.MustCompile(`^\p{Han}{0,16}?(?:第?[一二三四五六七八九十]+届人大(?:常委会)?第?[一二三四五六七八九十]+次(?:全体)?会议|第[一二三四五六七八九十\d]+届人民代表大会(?:常务委员会)?第[一二三四五六七八九十\d]+次(?:全体)?会议)(?:昨日?|今日?|昨天|今天)?(?:隆重|胜利)?(?:开幕|闭幕|召开|举行)`)

// reContactLine is a site's contact or owner line (投稿邮箱: mczfw@163.com,
// 主办单位: …): never a headline.
var reContactLine = regexp.MustCompile(`@|^(?:主办单位|承办单位|协办单位|投稿邮箱|邮箱|电子邮箱|联系电话|电话|地址|版权所有)\s*[:：]`)

// leadRepeats reports a news story's lead that begins with its headline's
// subject (自治区十三届人大一次会议开幕 / 自治区十三届人大一次会议1月22日上午在…开幕。)
// or tells it word for word in its first sentence (梁庆民主持召开县政府十七届
// 十三次常务会议 / 12月12日，…梁庆民主持召开县政府十七届十三次常务会议。).
func leadRepeats(headline, lead string) bool {
	h := []rune(strings.TrimSpace(headline))
	if len(h) < 6 || len(h) > 40 || runes(lead) <= len(h) || !strings.ContainsAny(lead, "。，,") || strings.ContainsAny(string(h), "。，,；;") {
		return false
	}
	lead = strings.TrimSpace(lead)
	return strings.HasPrefix(lead, string(h[:6])) || len(h) >= 12 && strings.Contains(clipRunes(lead, 80), string(h))
}

// reStoryLead is the first line of a news story under its headline: the
// agency's dateline (人民网银川12月28日电), the paper's mark (本报讯,
// 商报全媒体讯（…）) or a photo's caption (…作政府工作报告。黎晓刚 摄).
var reStoryLead = regexp.MustCompile(`^(?:\p{Han}{2,12}\d{1,2}月\d{1,2}日电|\p{Han}{1,10}讯\s*[（(]|本报讯|.{4,60}\s摄$)`)

// reOrganPerson is the line of the office and the person who presents a
// report (市发展和改革委员会 沙立平): no headline.
var reOrganPerson = regexp.MustCompile(`^\p{Han}{2,30}?(?:委员会|局|厅|办公室|人民政府)(?:代?(?:主任|局长|厅长))?\s+\p{Han}{2,3}$`)

// reOrganName is an office's name alone, over the date it signs with
// (广西壮族自治区统计局 / (1991年2月12日)): an issuer, not a headline.
var reOrganName = regexp.MustCompile(`^\p{Han}{2,30}(?:局|队|委员会|人民政府|办公室|办公厅|厅)$`)

// reBracketMonth is the month a white paper or a speech gives under its
// title: (2013年10月).
var reBracketMonth = regexp.MustCompile(`^\s*[(（]\d{4}年\d{1,2}月(?:\d{1,2}日)?[)）]\s*$`)

// datedBelow reports whether the lines under a headline are the page's
// fields and one of them dates it (来源：新华社 / 2020-05-22 08:08); the
// site or office the page names without a label may stand among them
// (新华网 / 2017/03/05, 洱源县人民政府 / 发布时间：2023年01月16日).
func datedBelow(lines []string) bool {
	for i, l := range lines {
		if i < len(lines)-1 && reSiteName.MatchString(l) {
			continue
		}
		if !isMetadataLine(l) {
			return false
		}
		if ParseDate(l) != "" {
			return true
		}
	}
	return false
}

// reSiteName is a site's or an office's name alone on its line.
var reSiteName = regexp.MustCompile(`^\p{Han}{2,10}(?:网|报|人民政府|政府|电视台|发布)$`)

// isNavigation reports a line of navigation: three or more short links
// side by side (会员登录  新用户注册 退出, 首页 政务公开 互动交流).
func isNavigation(s string) bool {
	f := strings.Fields(s)
	words := 0
	for _, w := range f {
		if runes(w) > 6 {
			return false
		}
		if runes(w) >= 2 {
			words++
		}
	}
	return len(f) >= 3 && words >= 2 // not a title written letter-spaced
}

// composedTitle names a document that has no title line by what its
// opening says it is: 第十四届全国人民代表大会第三次会议听取和审议了…政府工作报告…
// is that session's resolution on the report; 我代表国务院，向大会报告政府工作
// is a government work report; a preface that says the plan it opens was
// drawn up from the party committee's proposals is that plan's.
func composedTitle(open []string) (string, string) {
	for _, s := range open {
		if v := reResolutionOpening.FindStringSubmatch(s); v != nil && strings.Contains(strings.Join(open, ""), "政府工作报告") {
			return v[1] + "关于政府工作报告的决议", srcOpening
		}
		if (saysOwnReport(s) || reReportsToCongress.MatchString(s)) && typeFromText([]string{s}) == "" {
			// Not a plan or a budget presented on the government's behalf
			// (受市人民政府委托，我就…计划草案，向…会议作专题汇报).
			return "政府工作报告", srcOpening
		}
		if v := rePlanPreface.FindStringSubmatch(s); v != nil {
			return v[1], srcOpening
		}
	}
	return "", ""
}

// rePlanPreface is the sentence a plan's preface introduces it with: 《进贤县
// 国民经济和社会发展第十三个五年(2016-2020)规划纲要》(以下简称《规划纲要》),
// 根据《中共进贤县委关于制定…规划的建议》编制.
var rePlanPreface = regexp.MustCompile(`《([^》]{4,80}(?:纲要|规划))》(?:[(（]以下简称[^)）]{0,20}[)）])?[，,]?\s*(?:根据|依据)《[^》]{4,80}的建议》(?:编制|制定)`)

// saysOwnReport reports the government's own voice presenting its work
// report (现在，我代表区人民政府向大会作政府工作报告), not a news story's
// (县长贾建刚向大会作政府工作报告).
func saysOwnReport(s string) bool {
	for _, w := range []string{"报告政府工作", "作政府工作报告"} {
		if i := strings.Index(s, w); i > 0 && strings.Contains(s[strings.LastIndex(s[:i], "\n")+1:i], "我") {
			return true
		}
	}
	return false
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
	t := m.doc.Title
	if strings.HasPrefix(strings.TrimLeft(t, "0123456789年"), "国务院") {
		return true, srcTitle
	}
	return false, ""
}

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
			n, k := chineseCount(s[loc[2]:loc[3]]), chineseCount(s[loc[4]:loc[5]])
			if y := NPCSessionYear(n, k); y != 0 {
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
// 第十二届全国人民代表大会第四次会议在人民大会堂举行闭幕会.
var (
	reStoryOpens  = regexp.MustCompile(`(?:^|\d{1,2}日(?:上午|下午|晚上?)?(?:\d{1,2}时(?:\d{1,2}分)?许?)?[，,]|\d{1,2}日电|^(?:今|昨)[天日]?(?:上午|下午|晚上?)?(?:\d{1,2}时(?:\d{1,2}分)?(?:许)?)?[，,])\s*$`)
	reSessionHeld = regexp.MustCompile(`^(?:\d{1,2}日)?(?:上午|下午|晚上?)?(?:在\p{Han}{1,10}?)?(?:开幕|闭幕|举行|召开)`)
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

// lastRune returns the last character of s, and false when s is empty.
func lastRune(s string) (rune, bool) {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0, false
	}
	return rs[len(rs)-1], true
}

// readIssuerAndPlace finds the issuer, the level and the place, from the
// issuer positions only: a place named in the body never sets them.
func (m *metadataReader) readIssuerAndPlace() {
	m.statsOffice = statisticsOffice(m.open)
	national, natSrc := m.isNational()
	m.readIssuer(national, natSrc)
	if national {
		m.doc.Level = govsearch.LevelNational
		m.set("level", natSrc)
		return
	}
	m.readPlace(m.placeClues())
}

// statisticsOffice returns the statistics office a communiqué opens with
// (六盘水市统计局 国家统计局六盘水调查队 → 六盘水市统计局), letter-spaced or not
// (石 家 庄 市 统计局), or "".
func statisticsOffice(open []string) string {
	for i, s := range open {
		if i > 0 && reBareLabel.MatchString(foldForMetadata(open[i-1])) {
			continue // a page's field under its label (发布机构： / 宜春市统计局)
		}
		for _, t := range []string{s, squeezeLetterSpacing(s)} {
			if v := reStatsOffice.FindStringSubmatch(t); v != nil && !strings.HasPrefix(v[1], "国家") {
				return v[1]
			}
		}
	}
	return ""
}

// readIssuer takes the issuer from the first position that states one: the
// page's publisher field, what the document says (see statedIssuer), the
// State Council or the NPC for a national document, the page's source, the
// signature.
func (m *metadataReader) readIssuer(national bool, natSrc string) {
	issuer, src := m.publisher, srcPageMeta
	if issuer == "" {
		issuer, src = m.statedIssuer()
	}
	if issuer == "" && national {
		issuer, src = "国务院", natSrc
		if strings.Contains(m.doc.Title, "决议") {
			issuer = "全国人民代表大会"
		}
	}
	if issuer == "" && isOrgan(m.source) {
		issuer, src = m.source, srcPageMeta
	}
	if issuer == "" {
		for _, s := range m.sign {
			if reSignature.MatchString(s) {
				issuer, src = s, srcSignature
				break
			}
		}
	}
	m.doc.Issuer = issuer
	if issuer != "" {
		m.set("issuer", src)
	}
}

// statedIssuer is the issuer the document names: the office that issued a
// notice, the government whose head reads the report, the department head
// who presents it, the statistics office of a communiqué; and where it
// names it.
func (m *metadataReader) statedIssuer() (string, string) {
	for _, s := range m.sign {
		if v := reIssuedBy.FindStringSubmatch(s); v != nil {
			return v[1], srcSignature
		}
	}
	for _, s := range m.open {
		if v := reSpeaker.FindStringSubmatch(s); v != nil {
			return speakerGovernment(v[1], v[2]), srcSpeaker
		}
	}
	for _, s := range m.open {
		if v := reOfficial.FindStringSubmatch(s); v != nil {
			return v[1], srcSpeaker
		}
	}
	if m.statsOffice != "" {
		return m.statsOffice, srcOpening
	}
	return "", ""
}

// placeClues gathers the issuer positions, most trusted first: the page's
// publisher and source fields, the titles, the meeting line, the speaker,
// the government the report speaks for, a communiqué's statistics office,
// the congress that adopted a resolution or whose session a story reports,
// the signature, the issuer, the site's name.
func (m *metadataReader) placeClues() Clues {
	doc := m.doc
	clues := Clues{Text: m.bodyText(), Footer: m.footer()}
	for _, s := range []string{m.publisher, m.source} {
		if isOrgan(s) {
			clues.Sources = append(clues.Sources, Clue{srcPageMeta, s, false})
		}
	}

	clues.Sources = append(clues.Sources, Clue{srcTitle, reVenue.ReplaceAllString(doc.Title, ""), true}, Clue{srcPageTitle, m.pg.pageTitle, true}, Clue{srcPageTitle, reTitleSeparator.Split(m.fieldTitle, -1)[0], true})
	for _, s := range m.head {
		if t := cleanTitle(s); namesReport(t) {
			clues.Sources = append(clues.Sources, Clue{srcPageTitle, reBoardTagPrefix.ReplaceAllString(t, ""), true})
		}
	}
	if t, _ := openingTitle(m.open); t != "" {
		clues.Sources = append(clues.Sources, Clue{srcFirstLine, t, true})
	}
	clues.Sources = append(clues.Sources, m.openingClues()...)
	for _, s := range m.sign {
		if reSignature.MatchString(s) || reIssuedBy.MatchString(s) {
			clues.Sources = append(clues.Sources, Clue{srcSignature, s, true})
		}
	}
	if doc.Issuer != "" {
		clues.Sources = append(clues.Sources, Clue{srcIssuer, doc.Issuer, false})
	}
	clues.Sources = append(clues.Sources, m.reviewedClues()...)
	// The site's name in the page's <title> (政府工作报告_和平区人民政府) says
	// whose site it is, which is the issuer's only when the document does
	// not say otherwise.
	if parts := reTitleSeparator.Split(m.fieldTitle, -1); len(parts) > 1 {
		for _, s := range parts[1:] {
			if isOrgan(s) {
				clues.Sources = append(clues.Sources, Clue{srcPageMeta, s, false})
			}
		}
	}
	return clues
}

// reNoticeIssued is a headline that says an organ issued a notice, naming
// neither: 自治区人民政府发布通知.
var reNoticeIssued = regexp.MustCompile(`^\p{Han}{2,20}(?:发布|印发|下发|下达)了?通知$`)

// reGovernmentAlone is a government's name and nothing else on its line.
var reGovernmentAlone = regexp.MustCompile(`^\p{Han}{2,20}人民政府$`)

// openingClues are the issuer positions of the opening lines: the meeting
// line, the speaker, the government the report speaks for and the plan it
// submits, a communiqué's statistics office, the congress that adopted a
// resolution or whose session a story reports, the organ a story's lead
// names.
func (m *metadataReader) openingClues() []Clue {
	var clues Clues
	for i, s := range m.open {
		// The meeting line may be wrapped (——2024年2月28日在苍梧县第十七届 /
		// 人民代表大会第四次会议上, …在苍梧县 / 第十七届…) or letter-spaced (在苍 梧 县第
		// 十七届…); the place stands on this line.
		s = squeezeLetterSpacing(s)
		joined := squeezeLetterSpacing(wrappedLine(m.open, i))
		if v := reMeetingPlace.FindStringSubmatch(joined); v != nil && strings.Index(joined, v[0]) < len(s) && (reMeetingLine.MatchString(joined) || reLocalCongress.MatchString(s)) {
			clues.Sources = append(clues.Sources, Clue{srcMeeting, v[1], true})
		}
	}
	for _, s := range m.open {
		if v := reSpeaker.FindStringSubmatch(s); v != nil {
			clues.Sources = append(clues.Sources, Clue{srcSpeaker, v[1], true})
		}
	}
	for i, s := range m.open[:max(len(m.open)-1, 0)] {
		// The government alone on the line over its 关于… title
		// (新疆维吾尔自治区人民政府 / 关于2020年自治区本级预算调整方案的报告).
		if g := strings.TrimSpace(s); reGovernmentAlone.MatchString(g) && strings.HasPrefix(strings.TrimSpace(m.open[i+1]), "关于") {
			clues.Sources = append(clues.Sources, Clue{srcOpening, g, true})
		}
	}
	for _, s := range m.open {
		if v := reOnBehalf.FindStringSubmatch(s); v != nil && v[1] != "" {
			clues.Sources = append(clues.Sources, Clue{srcOpening, v[1], true})
		}
	}
	for _, s := range m.open {
		// The plan the government submits with its report names its place:
		// 我代表市人民政府…请各位代表连同《拉萨市“十三五”…纲要（草案）》一并审议.
		if v := reAlongWith.FindStringSubmatch(s); v != nil && reOnBehalf.MatchString(s) {
			if p := leadingPlaces(m.gaz, v[1]); p != "" {
				clues.Sources = append(clues.Sources, Clue{srcOpening, p, true})
			}
		}
	}
	if m.statsOffice != "" {
		clues.Sources = append(clues.Sources, Clue{srcIssuer, m.statsOffice, true})
	}
	for _, s := range m.open {
		// A resolution adopted at a congress: （2021年3月17日达拉特旗第十七届
		// 人民代表大会第五次会议…通过）.
		if v := reAdoptedOn.FindStringSubmatch(s); v != nil {
			clues.Sources = append(clues.Sources, Clue{srcMeeting, reCongressOrdinal.Split(v[4], 2)[0], true})
		}
	}
	for _, s := range m.open {
		// The county's or city's congress a news story reports: 临汾市尧都区
		// 第十届人民代表大会第四次会议在…开幕 (a province's congress is reported
		// by the sites of all its counties: 定安代表团热议…).
		if v := reLocalSession.FindStringSubmatch(s); v != nil && m.belowProvince(placesBefore(m.gaz, v[1])) {
			clues.Sources = append(clues.Sources, Clue{srcMeeting, placesBefore(m.gaz, v[1]), true})
		}
	}
	for _, s := range m.open[:min(len(m.open), 4)] {
		// A province's congress only as the story's subject: a county's
		// site reports it too, under its delegation's name.
		if p := leadOrgan(m.gaz, s); m.belowProvince(p) || p != "" && strings.Contains(s, p+"第") && reLocalSession.MatchString(s) {
			clues.Sources = append(clues.Sources, Clue{srcOpening, p, true})
		}
	}
	return clues.Sources
}

// reviewedClues are the weakest issuer positions, read only when nothing
// before them names a place: the government whose plan or budget the
// opening names as the one before its congress (审议市发展和改革局关于麻城市
// 2015年国民经济和社会发展计划执行情况…的报告; 现将重庆市2021年预算执行情况…提请
// 大会审查), and the congress or political consultative conference the
// opening names with its place (政协乌海市第十届委员会第二次会议, 杭州市第十二届
// 人民代表大会有关专门委员会; a city's or a county's only). A story about a
// session names the government that sits there so, without a meeting
// line. They never refine a place named before them.
func (m *metadataReader) reviewedClues() []Clue {
	var out []Clue
	for _, re := range []*regexp.Regexp{reReviewedReport, reNamedCongress} {
		for _, s := range m.open {
			for _, v := range re.FindAllStringSubmatch(s, -1) {
				// A province's congress is reported by the sites of all
				// its counties (定安代表团热议…), as in openingClues.
				if p := placesBefore(m.gaz, v[1]); p != "" && (re == reReviewedReport || m.belowProvince(p) || m.aboutProvinceCongress()) {
					out = append(out, Clue{srcOpening, p, false})
				}
			}
		}
	}
	return out
}

// aboutProvinceCongress reports a story whose headline is the session of a
// province's congress itself (自治区十三届人大一次会议开幕), not a county's
// delegation at it (…定安代表团热议政府工作报告): the province named with its
// congress in the opening is then the story's.
func (m *metadataReader) aboutProvinceCongress() bool {
	t := m.doc.Title
	return reProvinceSessionHeadline.MatchString(t) && !strings.Contains(t, "代表团") && !m.belowProvince(t)
}

// reProvinceSessionHeadline is a headline whose subject is a province's
// congress session: 自治区十三届人大一次会议开幕, 省十四届人大二次会议闭幕.
var reProvinceSessionHeadline = regexp.MustCompile(`^(?:\p{Han}{0,8}?(?:省|自治区))第?[一二三四五六七八九十]+届人大(?:常委会)?第?[一二三四五六七八九十]+次(?:全体)?会议`)

// The plan or budget of a government, named with its place and year, and a
// congress or conference named with its place and ordinal.
var (
	reReviewedReport = regexp.MustCompile(`(\p{Han}{2,12}?)(?:\d{4}年|“十[一二三四五六七八九十]+五”)[^，。；,;《》]{0,10}?(?:国民经济和社会发展计划|财政预算|预算执行|预算草案|决算)`)
	reNamedCongress  = regexp.MustCompile(`(\p{Han}{2,12}?)第[一二三四五六七八九十\d]+届(?:人民代表大会|委员会)`)
)

// readPlace sets the province, city, district and level from the clues,
// else from the site code of the page.
func (m *metadataReader) readPlace(clues Clues) {
	doc := m.doc
	loc := m.gaz.Locate(clues)
	if loc.Source == "" {
		if code := siteCodeIn(clues.Footer + "\n" + strings.Join(m.head, "\n")); code != "" {
			if l, ok := m.gaz.PlaceOfCode(code); ok {
				loc, loc.Source = l, srcSiteCode
			}
		}
	}
	if loc.Source == "" {
		// A story of a province's organs (省人大财经委) that names one
		// province only by its short name (考察云南重要讲话精神) is that
		// province's.
		if p, ok := m.onlyProvinceNamed(); ok {
			loc, loc.Source = m.gaz.location(p), srcOpening
		}
	}
	if loc.Source == "" {
		text := clipRunes(strings.Join(m.head, "\n")+"\n"+clues.Text, 60000) // both folded
		if p, ok := m.gaz.ownPlace(clipRunes(text, 6000)); ok {
			// A text that speaks as a county or city it names only in
			// passing (县十四届人民代表大会… 沈丘人民) is that place's.
			loc, loc.Source = m.gaz.location(p), srcOwnName
		} else if p, ok := m.gaz.placeNamedThroughout(text); ok {
			// A county's report that names its county in full only deep
			// in its text (《清苑县志》), and by its short name throughout.
			loc, loc.Source = m.gaz.location(p), srcOwnName
		}
	}
	if loc.Source == "" {
		// A government's own site (苍梧县人民政府 / 您现在的位置: 苍梧县人民政府>…)
		// publishing a text that speaks as that government (县第十七届人民
		// 代表大会, 县人民政府) without naming it.
		if p, ok := m.siteOrgan(); ok {
			loc, loc.Source = m.gaz.location(p), srcSiteOrgan
		}
	}
	if loc.Source == "" {
		own := strings.Join(m.head, "\n") + "\n" + clipRunes(clues.Text, 6000)
		level := ownLevel(own)
		if p, ok := m.gaz.cityOfSuperiorOrgans(own, level); ok {
			// A county's text that names no place of its own but its
			// city's organs (岳阳市财政局《关于下达…的通知》… 下达我区) is a
			// county of that city.
			loc = m.gaz.location(p)
			loc.Level, loc.Source = govsearch.LevelCounty, srcSuperiorOrgan
		} else if level == "旗" {
			// A banner's or a league's text that names neither (全旗上下,
			// 全盟上下) is Inner Mongolia's: no other province has them.
			loc = Location{Province: innerMongolia, Level: govsearch.LevelCounty, Source: srcBannerWord}
		} else if level == "盟" {
			loc = Location{Province: innerMongolia, Level: govsearch.LevelCity, Source: srcBannerWord}
		}
	}
	doc.Province, doc.City, doc.District, doc.Level = loc.Province, loc.City, loc.District, loc.Level
	for field, v := range map[string]string{"province": loc.Province, "city": loc.City, "district": loc.District, "level": loc.Level} {
		if v != "" {
			m.set(field, loc.Source)
		}
	}
}

// srcSuperiorOrgan is the source of a county's city read from the city's
// organs its text names.
const srcSuperiorOrgan = "superior organ"

// innerMongolia is the one province with banners (旗) and leagues (盟).
const innerMongolia = "内蒙古自治区"

// srcBannerWord is the source of Inner Mongolia read from a text that speaks
// as a banner or a league it does not name.
const srcBannerWord = "banner or league"

// srcSiteOrgan is the source of a place read from the government whose
// site publishes a text that speaks as it.
const srcSiteOrgan = "site's government"

// siteOrgan returns the government a page's furniture names as its site
// (苍梧县人民政府 in the header, the breadcrumb or the footer's 主办单位) when
// it is the one place of the level the text speaks as that the furniture
// names so; a site of another level (a city's site publishing a county's
// story) places nothing.
func (m *metadataReader) siteOrgan() (Place, bool) {
	level := ownLevel(clipRunes(m.bodyText(), 6000))
	if level == "" {
		return Place{}, false
	}
	found := map[string]Place{}
	for _, l := range append(append([]line{}, m.pg.head...), m.pg.furniture...) {
		for _, v := range reSiteGovernment.FindAllStringSubmatch(foldForMetadata(l.text), -1) {
			for _, p := range m.gaz.placesIn(v[1]) {
				if atLevel(p, level) && strings.HasSuffix(v[1], p.Name) {
					found[p.Code] = p
				}
			}
		}
	}
	return onlyPlace(found)
}

// reSiteGovernment is a government named in a page's furniture.
var reSiteGovernment = regexp.MustCompile(`(\p{Han}{2,20}?)人民政府`)

// onlyProvinceNamed returns the province the opening names, by its full or
// short name, when it names one province and no other place but its cities
// (哈尔滨, where its congress meets; not in a delegation's story, 定安代表团,
// which is its county's), and speaks of a
// province's organs (省人大, 省委, 全省) and of no city's or county's.
func (m *metadataReader) onlyProvinceNamed() (Place, bool) {
	open := strings.Join(m.open, "\n")
	if !reProvinceOrgan.MatchString(open) || reLocalOrgan.MatchString(open) {
		return Place{}, false
	}
	var found Place
	var others []Place
	for _, name := range m.gaz.NamesIn(open) {
		for _, p := range m.gaz.byName[name] {
			if len(p.Code) != 2 {
				others = append(others, p)
				continue
			}
			if found.Code != "" && found.Code != p.Code {
				return Place{}, false
			}
			found = p
		}
	}
	for _, p := range others {
		if found.Code == "" || len(p.Code) != 4 || !strings.HasPrefix(p.Code, found.Code) || strings.Contains(open, "代表团") {
			return Place{}, false
		}
	}
	return found, found.Code != ""
}

// The organs of a province, and of a city or county, as their news names
// them.
var (
	reProvinceOrgan = regexp.MustCompile(`省(?:委|长|人民政府|政府|人大|政协|发改委|第?[一二三四五六七八九十]+届)|全省`)
	reLocalOrgan    = regexp.MustCompile(`[市县区旗](?:委|长|人民政府|政府|人大|政协|第?[一二三四五六七八九十]+届)|全[市县区旗]`)
)

// Issuer positions of communiqués, resolutions and news of a congress.
var (
	// A communiqué's issuer line: 六盘水市统计局 国家统计局六盘水调查队, the
	// two offices run together where the page lost the space between them.
	reStatsOffice = regexp.MustCompile(`^(\p{Han}{2,20}?统计局)(?:\s|$|国家统计局)`)
	// The ordinal of a congress, after the place that holds it.
	reCongressOrdinal = regexp.MustCompile(`第[一二三四五六七八九十\d]+届`)
	// A local congress's session named with its place, or the congress
	// alone heading its documents (武汉市硚口区第十四届人民代表大会 / (05)).
	reLocalSession = regexp.MustCompile(`(\p{Han}{2,12}?)第[一二三四五六七八九十\d]+届人民代表大会(?:常务委员会)?(?:第[一二三四五六七八九十\d]+次(?:全体)?会议|\s*$)`)
)

// reAlongWith is the document a report is submitted with: 连同《拉萨市
// “十三五”时期…规划纲要（草案）》一并审议.
var reAlongWith = regexp.MustCompile(`连同《([^》]{4,60})》一并`)

// reVenue is where a meeting is held, named in a headline after its organ
// (…人大常委会第十三次会议在哈尔滨召开): a venue, not an issuer.
var reVenue = regexp.MustCompile(`在\p{Han}{2,8}?(?:召开|开幕|举行|闭幕)`)

// reStoryDay is the day a news story's lead begins with: 9月28日,
// 2月11日上午，, 22日上午，, 今日上午9时，.
var reStoryDay = regexp.MustCompile(`^(?:(?:\d{1,2}月)?\d{1,2}日|今天|今日|昨天|昨日)(?:上午|下午|晚上?)?(?:\d{1,2}时(?:\d{1,2}分)?许?)?[，,]\s*`)

// reOrganWord is an organ or official right after a place name: 县委, 区人大
// 常委会, 九届人大, 人民政府, 县长.
var reOrganWord = regexp.MustCompile(`^(?:[县区市旗州]委|(?:[县区市旗州])?人大|(?:第?[\d一二三四五六七八九十]+届)|人民政府|政府|[县区市旗州]长)`)

// leadOrgan returns the place whose organ a news story's lead names first
// (9月28日，麦积区九届人大常委会召开…; 2月11日上午，张家川回族自治县县委副书记…):
// the organ that acted, whose story it is. It returns "" when the lead
// does not begin so.
func leadOrgan(g *Gazetteer, s string) string {
	loc := reStoryDay.FindStringIndex(s)
	if loc == nil {
		return ""
	}
	rest := s[loc[1]:]
	joined := leadingPlaces(g, rest)
	if joined == "" || !reOrganWord.MatchString(rest[len(joined):]) {
		return ""
	}
	return joined
}

// leadingPlaces returns the place names s begins with, one after another
// (海口市秀英区…), or "".
func leadingPlaces(g *Gazetteer, s string) string {
	joined := ""
	for _, n := range g.namesAt(s) {
		if !strings.HasPrefix(s[len(joined):], n.name) {
			break
		}
		joined += n.name
	}
	return joined
}

// placesBefore returns the place names that end s (来到莱芜区 → 莱芜区,
// 临汾市尧都区 → 临汾市尧都区): those right before a congress's ordinal
// name that congress's place whatever word stands before them.
func placesBefore(g *Gazetteer, s string) string {
	rs := []rune(s)
	for k := range rs {
		suffix := string(rs[k:])
		if k > 0 && len(rs)-k == 2 && strings.ContainsRune(connectives, rs[k]) && unicode.Is(unicode.Han, rs[k-1]) {
			continue // 部署和县第十七届…: 和 joins the county's congress to what comes before
		}
		joined := ""
		for _, n := range g.namesAt(suffix) {
			joined += n.name
		}
		if joined == suffix {
			return suffix
		}
	}
	return ""
}

// belowProvince reports whether s names a city or county.
func (m *metadataReader) belowProvince(s string) bool {
	for _, p := range m.gaz.placesIn(s) {
		if len(p.Code) > 2 {
			return true
		}
	}
	return false
}

// isOrgan reports whether s names an organ of government (天津市南开区政府
// 办公室), not a newspaper or a web site.
func isOrgan(s string) bool {
	return s != "" && containsAny(s, organWords) && !strings.Contains(s, "报")
}

// bodyText returns the document's own lines, one per line, folded as the
// issuer positions are (瀋陽市 in a traditional text counts as 沈阳市 where
// the mentions of a city decide between two districts of one name).
func (m *metadataReader) bodyText() string {
	if m.body != "" {
		return m.body
	}
	var b strings.Builder
	for _, l := range m.pg.body {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	m.body = foldForMetadata(b.String())
	return m.body
}

// footer returns the page's furniture lines, where ICP numbers and site
// codes stand.
func (m *metadataReader) footer() string {
	var b strings.Builder
	for _, l := range m.pg.furniture {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// readDate takes the meeting date, else the year of a known session, else
// the issue date, else the year of the document number, else the page's
// publication date; a report without any of them is dated by the year its
// structure states (see structureYear).
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
		fmt.Sscanf(string(d[:4]), "%d", &doc.Year)
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
	if published != "" {
		setDate(published, srcPublished)
		return
	}
	if y, src := m.structureYear(); y != 0 {
		setYear(y, src)
	}
}

// statedDates reads the dates the opening and the signature state: the
// meeting date (a meeting line, perhaps wrapped over two lines, or the
// date a resolution was adopted) and the issue date (a date alone on its
// line, an office's line with its date, the page's 成文日期).
func (m *metadataReader) statedDates() (meeting, issued govsearch.Date) {
	for i := range m.open {
		if meeting == "" {
			meeting = m.meetingDateAt(i)
		}
		if issued == "" {
			issued = m.issueDateAt(i)
		}
	}
	for _, s := range m.sign {
		if issued == "" && runes(s) <= 16 && !strings.Contains(s, "在") {
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

// meetingDateAt is the date of the meeting the report was made at as line
// i of the opening gives it (a meeting line, a lead, the day a meeting
// reviewed it), or "".
func (m *metadataReader) meetingDateAt(i int) (meeting govsearch.Date) {
	s := m.open[i]
	// A meeting line letter-spaced (— — 2024年2月28日 在 苍 梧 县 第 十 七 届 人 民
	// 代 表 大 会…), or wrapped onto a letter-spaced line (——2020年5月13日在正镶白旗
	// 第十五届 / 人 民 代 表 大 会 第 三 次 会 议 上), is read squeezed.
	joined := wrappedLine(m.open, i)
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
	if v := reLeadMeetingDay.FindStringSubmatch(s); v != nil && meeting == "" && i < 8 {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reReviewedOn.FindStringSubmatch(s); v != nil && meeting == "" {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reMeetingThenDate.FindStringSubmatch(strings.Join(m.open[i:min(len(m.open), i+3)], " ")); v != nil && meeting == "" {
		meeting = parseDate(v[1], v[2], v[3])
	}
	if v := reSessionDateLine.FindStringSubmatch(s); v != nil && meeting == "" {
		meeting = parseDate(v[1], v[2], v[3])
	}
	return meeting
}

// issueDateAt is the date line i of the opening gives the document's issue
// (a date line, an office and its date, a date a site adds after the
// title), or "".
func (m *metadataReader) issueDateAt(i int) (issued govsearch.Date) {
	s := m.open[i]
	if issued == "" && runes(s) <= 16 && !strings.Contains(s, "在") && !isMetadataLine(s) && !strings.ContainsAny(s, ":：") && !reWeekday.MatchString(s) {
		issued = ParseDate(s)
	}
	if v := reOfficeDate.FindStringSubmatch(s); v != nil && issued == "" {
		issued = ParseDate(v[1])
	}
	if issued == "" && i > 0 && containsAny(m.open[i-1], []string{"局", "调查队", "政府"}) {
		// Under the office, its date that lost 年, 月 and 日 (2019316).
		issued = lostMarksDate(strings.TrimSpace(s))
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
	// (2023年1月11日 赵龙), the day the report was read.
	if v := reTitleDateSpeaker.FindStringSubmatch(s); v != nil && issued == "" && m.doc.Title != "" && cleanTitle(s) == m.doc.Title {
		issued = ParseDate(v[1])
	}
	// The day written as eight figures after the title:
	// 威远县2023年政府工作报告(20230111).
	if v := reTitleCompactDate.FindStringSubmatch(strings.TrimSpace(s)); v != nil && issued == "" && m.doc.Title != "" && cleanTitle(s) == m.doc.Title {
		issued = parseDate(v[2], v[3], v[4])
	}
	// The date under the title, the text run on after it: 2018年3月30日 今年以来，….
	if v := reDateOpensLine.FindStringSubmatch(s); v != nil && issued == "" && i > 0 && m.doc.Title != "" && cleanTitle(m.open[i-1]) == m.doc.Title {
		issued = ParseDate(v[1])
	}
	return issued
}

// reWeekday is the day of the week after a date: the clock a page shows in
// its header (2023年10月11日 星期三), the day it was saved, never the
// document's issue date.
var reWeekday = regexp.MustCompile(`(?:星期|礼拜|周)[一二三四五六日天]`)

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

// isDateScrap reports a line holding only a figure, a dash or a word of a
// date: 2020, 年, ——.
func isDateScrap(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && runes(s) <= 4 && strings.Trim(s, "0123456789年月日—-") == ""
}

// reSessionDateLine is a line of a date and the session it was read to,
// without 在: 2024年11月27日县十八届人大常委会第二十三次会议.
var reSessionDateLine = regexp.MustCompile(`^[—－\-\s]*(\d{4})年(\d{1,2})月(\d{1,2})日\s*\p{Han}{0,20}?第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)(?:常务委员会|常委会)?第?[一二三四五六七八九十\d]+次(?:全体)?会议上?$`)

// reRunTogetherMeeting is a meeting line whose 年 and 月 were lost in
// scraping: ——20191224日在武汉市武昌区第十五届人民代表大会第五次会议上.
var reRunTogetherMeeting = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])日[^在，。；,;]{0,14}?在(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)

// reSpacedMeeting is a meeting line whose 年 and 月 became spaces in a
// document saved from a PDF: ——2020 1 7 日在株洲市第十五届人民代表大会第四次会议上.
var reSpacedMeeting = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})\s*日[^在，。；,;]{0,14}?在(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)

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

// reCompiledByOffice is the word after the office that compiled a
// volume on its cover: 临沧市财政局 编制.
var reCompiledByOffice = regexp.MustCompile(`\s+(?:编制|编印)\s*$`)

// issueMonthYear is the year of an issue date without its day, or with its
// 年 and 月 lost, alone on its line under the issuing office, bracketed or
// not, in figures or in Chinese numerals (西丰县发展和改革局 / 2015年12月,
// 苍梧县统计局 / （2024年3月）, 重庆市九龙坡区统计局 / 2019325, 北京市西城区人民政府 /
// 二〇一六年一月), a year alone under it (涟水县人民政府 / 二〇二一年), or opening the line under the
// document's title (武汉市…规划纲要 / 2016年4月 目录 …), or 0.
func (m *metadataReader) issueMonthYear() int {
	for i, s := range m.open {
		if i == 0 {
			continue
		}
		// The office that compiled it (临沧市财政局 编制) signs it too.
		above := strings.TrimSpace(reCompiledByOffice.ReplaceAllString(m.open[i-1], ""))
		v := reMonthAlone.FindStringSubmatch(chineseMonthToDigits(strings.Trim(squeezeSpaces(s), "()（）"))) // 二 〇 二一年三月 spaced for looks
		if under := reMonthOpens.FindStringSubmatch(s); v == nil && under != nil && m.doc.Title != "" && cleanTitle(above) == m.doc.Title {
			v = under
		}
		// An office's name may be letter-spaced (嵊 泗 县 统 计 局).
		signed := signsAll(above) || signsAll(squeezeLetterSpacing(above))
		if v == nil && signed {
			v = reCoverYear.FindStringSubmatch(strings.TrimSpace(s))
		}
		if v == nil || !signed && !endsOwnTitle(cleanTitle(above), m.doc.Title) {
			continue
		}
		if y := yearNumber(v[1]); y >= 1949 {
			return y
		}
	}
	for _, s := range m.open {
		// A document flattened onto one line: its office and the month it
		// signed in, spaced apart (西夏区财政局 二○二一 年十一月 表 格 目 录).
		if v := reOfficeThenMonth.FindStringSubmatch(s); v != nil {
			if y := yearNumber(v[1]); y >= 1949 {
				return y
			}
		}
	}
	return 0
}

// yearNumber reads a year written in four figures or four Chinese digits
// (2021, 二〇二一), or 0.
func yearNumber(s string) int {
	if !strings.ContainsAny(s, "0123456789") {
		s = cnYear(s)
	}
	y, _ := strconv.Atoi(s)
	return y
}

// reOfficeThenMonth is an office's name and a year and month after it,
// standing apart from the text around them: 西夏区财政局 二○二一 年十一月.
var reOfficeThenMonth = regexp.MustCompile(`(?:^|\s)\p{Han}{2,16}(?:局|人民政府|委员会|办公室)\s+((?:19|20)\d{2}|[〇○零Ｏ一二三四五六七八九]{4})\s*年\s*(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]{1,2})\s*月(?:\s|$)`)

// signsAll reports whether line is a signature of one organ or of several
// side by side (眉山市东坡区统计局 眉山市东坡区城乡经济监测中心), or of the
// research group that drafted a plan with it (湖南省社会科学院课题组).
func signsAll(line string) bool {
	organs := strings.Fields(line)
	for _, o := range organs {
		if !reSignature.MatchString(o) && !reOrganName.MatchString(o) && !(runes(o) >= 6 && (strings.HasSuffix(o, "中心") || strings.HasSuffix(o, "课题组"))) {
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

// reMonthAlone is a year and month alone on a line (2015年12月, 2015年12),
// or a date whose 年, 月 and 日 were lost (2019325, 20215).
var reMonthAlone = regexp.MustCompile(`^((?:19|20)\d{2})(?:年(?:1[0-2]|0?[1-9])月?|(?:1[0-2]|[1-9])(?:[12]\d|3[01]|0?[1-9])?)$`)

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
		if v != nil && len(readingsOf(v[1], v[2])) > 0 {
			y, _ := strconv.Atoi(v[1])
			return y
		}
	}
	return 0
}

// reDamagedMeeting is a meeting line whose date lost its 年 and 月:
// ——2014114日在沧县第十五届人民代表大会 (or ——2021 121 日在…, the lost
// characters spaces), or a resolution's
// (2019219日弥渡县第十七届人民代表大会第三次会议…通过).
var reDamagedMeeting = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})\s?(\d{2,4})\s?日(?:[^在，。；,;]{0,14}?在)?(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)

// reDamagedMeetingNoDay is a meeting line under its dash whose date lost
// 年, 月 and 日 (——2024116 / 在荣成市第十九届人民代表大会…).
var reDamagedMeetingNoDay = regexp.MustCompile(`^[—─－\-]{1,4}\s*((?:19|20)\d{2})(\d{2,4})\s*在(.{0,60}?)(?:人民代表大会|人大|代表大会|会议)`)

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

// readDocNumber takes the document number (文号) from the page's 发文字号
// field, else from the first opening line that states one.
func (m *metadataReader) readDocNumber() {
	m.doc.DocNumber = m.number
	src := srcPageMeta
	for _, s := range m.open {
		if m.doc.DocNumber != "" {
			break
		}
		if citesDocument(s) {
			continue
		}
		m.doc.DocNumber, src = ParseDocNumber(s), srcOpening
	}
	if m.doc.DocNumber != "" {
		m.set("doc_number", src)
	}
}

// citesDocument reports a line whose document number follows the title of
// the document it numbers (…联合下发的《关于发布…的通知》(苏科高发〔2017〕29号)
// 进行统计): a citation of another document, not the number of this one,
// which stands in the header, under its title or opening its line.
func citesDocument(s string) bool {
	loc := reDocNumber.FindStringIndex(s)
	return loc != nil && strings.Contains(s[max(0, loc[0]-8):loc[0]], "》")
}

// repairTitleBlocks makes a title broken over short lines (政府工作报 / 告)
// one paragraph, so that it can be found.
func repairTitleBlocks(blocks []block) []block {
	for i := 0; i < len(blocks) && i < 8; i++ {
		if isSalutation(blocks[i].text) {
			break
		}
		if blocks[i].kind != govsearch.KindText || namesReport(cleanTitle(blocks[i].text)) || runes(blocks[i].text) > 20 {
			continue
		}
		joined := blocks[i].text
		for j := i + 1; j < len(blocks) && j <= i+3; j++ {
			if blocks[j].kind != govsearch.KindText || runes(blocks[j].text) > 20 || isSalutation(blocks[j].text) {
				break
			}
			joined += blocks[j].text
			if namesReport(cleanTitle(joined)) && !namesReport(cleanTitle(blocks[j].text)) {
				blocks[i].text = joined
				return append(blocks[:i+1], blocks[j+1:]...)
			}
		}
	}
	return blocks
}

// withTitleParagraph makes the title line a searchable paragraph: when the
// title was read from a line of the page before the document (the page's
// title line) and no paragraph holds that line, as when the document's own
// repetition of it lost a character (南开区人民政府办公室关于发…的通知), the
// line becomes the document's first paragraph.
func withTitleParagraph(titleLine *line, blocks []block) []block {
	if titleLine == nil {
		return blocks
	}
	want := normalizeLoose(cleanTitle(titleLine.text))
	if want == "" {
		return blocks
	}
	for _, b := range blocks {
		if strings.Contains(normalizeLoose(b.text), want) {
			return blocks
		}
	}
	first := block{text: strings.TrimSpace(titleLine.text), kind: govsearch.KindText, line: titleLine.no}
	return append([]block{first}, blocks...)
}

// firstRune returns the first character of s, spaces aside, or "".
func firstRune(s string) string {
	for _, r := range strings.TrimSpace(s) {
		return string(r)
	}
	return ""
}
