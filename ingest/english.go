package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/govsearch/govsearch"
)

// Pages in English: content sites show machine translations of reports
// (20 10 Review of the Work Report of Songxian People's Government in 2009)
// under a breadcrumb whose last crumb is the headline repeated below it.
// The extractor reads the headline and the kind of document it names, and
// from a translated report's meeting line (Delivered at the Sixth Session
// of the 13th Zhejiang Provincial People's Congress on January 17, 2022)
// the day and the place whose congress heard it: a province by its English
// name, a place below one by its name in pinyin (see pinyinTSV) where no
// other place of its kind has it; failing that, the place its headline
// names (Review of Government Work in Xiaoshan District in 2009).

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
// repeated as the line under it; the page's first line over the report's
// meeting line, author or salutation, or naming a report over the text's
// first paragraph; a long headline over the page's day alone; the line under a breadcrumb of the
// site's sections (> Government > Government Work Report) over the page's
// date line or the salutation; or "".
func englishHeadline(pg page) string {
	lines := pageLines(pg)
	for i := 0; i+1 < len(lines) && i < 8; i++ {
		crumbs := strings.Split(lines[i].text, " - ")
		last := strings.TrimSpace(crumbs[len(crumbs)-1])
		if len(crumbs) >= 3 && strings.TrimSpace(lines[i+1].text) == last && isEnglishHeadline(last) {
			return last
		}
		if t := strings.TrimSpace(lines[i].text); i == 0 && isEnglishHeadline(t) {
			naming := englishDocType(t) != "其他"
			switch {
			case reEnglishByline.MatchString(strings.TrimSpace(lines[1].text)):
				// The page's first line over its meeting line or its byline
				// (2007 Zhengzhou Municipal Government Work Report / ——Mayor
				// Zhao Jiancai at the fourth meeting of…; … / Author: …).
				return t
			case naming && len(lines) > 2 && reEnglishByline.MatchString(strings.TrimSpace(lines[2].text)):
				// …or over the page's date line and then the salutation,
				// naming a report (Liuyang City Government Work Report in
				// 2007 / 2007-2-25 22:15: 41article source: Liuyang Daily. /
				// Delegates:).
				return t
			case len(strings.Fields(t)) >= 6 && englishLeadDate(lines[1:2]) != "" && !isSiteWelcome(t):
				// …or a story's headline over its lead, which opens on the
				// story's day (Zhuanghe Government Officials Were Briefed on… /
				// In the afternoon of December 29, 2017, a meeting was held…).
				return t
			case naming && len(strings.Fields(lines[1].text)) >= 60:
				// …or naming a report over the text's first paragraph
				// (Review of Government Work in Xuecheng District of
				// Zaozhuang City in 2009 20 10 Government Work Report /
				// 2009 is an extraordinary year…).
				return t
			}
		}
		// A line naming a report under the site's name, over the report's
		// meeting line (Huai'an China Government Government Bulletin /
		// Report on the Work of the Government in 2014 (excerpt) /
		// ---Delivered at the 4th Session of…) or its salutation (Mayor Li
		// Wancai Delivered Report on the Work of the Government… / Fellow
		// Deputies,; not a labelled link: Related: Report on…).
		// The page's time may stand between (… (January 16, 2024) /
		// time:2024-03-01 / --Delivered at…).
		under := strings.TrimSpace(lines[i+1].text)
		for k := i + 2; reEnglishLabelLine.MatchString(under) && k < len(lines) && k <= i+6; k++ {
			under = strings.TrimSpace(lines[k].text) // time:2024-03-01 / Source: …
		}
		if t := strings.TrimSpace(lines[i].text); i > 0 && i < 5 && isEnglishHeadline(t) && englishDocType(t) != "其他" && (reEnglishMeetingOpens.MatchString(under) || reEnglishSalutation.MatchString(under) && !strings.ContainsAny(t, ":：")) {
			return t
		}
		// A headline of six words or more over the page's day alone
		// (Beijing publishes the 2023 municipal government final accounts
		// and… / 2024-08-09); a site's name over a day is shorter.
		if t := strings.TrimSpace(lines[i].text); i < 4 && isEnglishHeadline(t) && len(strings.Fields(t)) >= 6 && reDayLineAlone.MatchString(strings.TrimSpace(lines[i+1].text)) {
			return t
		}
		// A breadcrumb of the site's sections (> Government > Government
		// Work Report) over the headline, itself over the page's date
		// line or the report's salutation (Date: 2022-04-26; Dear
		// delegates:).
		next := strings.TrimSpace(lines[i+1].text)
		if strings.Contains(lines[i].text, ">") && !strings.Contains(next, ">") && isEnglishHeadline(next) && i+2 < len(lines) && reEnglishUnderHeadline.MatchString(strings.TrimSpace(lines[i+2].text)) {
			return next
		}
	}
	return ""
}

// reSiteWelcome is a site's banner greeting its visitors: Welcome to the
// Official Website of Zhuanghe Municipal Government, Welcome to Visit
// Zhuanghe, Welcome to Zhuanghe, a Charming Seaside City of Dalian (not a
// headline's WELCOME TO YICHUN: Yichun Holds…, nor one telling of a report or
// a meeting: Welcome to Zhuanghe, Where the 2017 Budget Was Reviewed).
var reSiteWelcome = regexp.MustCompile(`(?i)^welcome (?:to|you to)\b[^:：]*$`)

// reEnglishReportWord is a word a headline telling of a report or a meeting
// uses: budget, report, plan, communiqué, congress, session, reviewed, held.
var reEnglishReportWord = regexp.MustCompile(`(?i)\b(?:budgets?|reports?|plans?|communiqu[eé]s?|congress|sessions?|meetings?|review(?:s|ed)?|held|holds?)\b`)

// isSiteWelcome reports whether t, a page's first line, is a site's banner
// greeting its visitors, no headline.
func isSiteWelcome(t string) bool {
	return reSiteWelcome.MatchString(t) && !reEnglishReportWord.MatchString(t)
}

// reEnglishNewsVerb is a news headline's verb telling of a report:
// publishes, released, unveils, announces, reviews, hails (not reviewed: a
// report Reviewed and Adopted at the…Session is the report).
var reEnglishNewsVerb = regexp.MustCompile(`(?i)\b(?:publish(?:es|ed)?|release[sd]?|unveil(?:s|ed)?|announce[sd]?|reviews|hail(?:s|ed)?|discuss(?:es|ed)?)\b`)

// reDayLineAlone is a day alone on its line, perhaps with its time:
// 2024-08-09, 2024/8/9, 2024年8月9日, 2018-02-24 09:27:27.
var reDayLineAlone = regexp.MustCompile(`^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)

// reEnglishUnderHeadline is what stands under an English headline: the
// page's date line (or its day over its buttons: 2009-09-30 Download
// Print), the report's salutation, its meeting line, a story's byline (By
// Tang Zhi).
var reEnglishUnderHeadline = regexp.MustCompile(`(?i)^(?:(?:date|time|source|published|release[d]?|updated(?: on)?|author)\s*:|(?:dear|fellow|distinguished) (?:deputies|delegates|representatives)|deputies|delegates|delivered at |——|--|by [a-z]+(?: [a-z]+){0,2}$|(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?` + englishPageButtons + `$)`)

// reEnglishLabelLine is a page's labelled day, source or author on its
// line, or its byline: time:2024-03-01, Date: March 1, 2024, Release time: 2024-03-01,
// Updated on: 2024.03.01, Source：Huai'an Daily, Author: …, Editor: …, By Li Na.
var reEnglishLabelLine = regexp.MustCompile(`(?i)^(?:date|time|release (?:time|date)|released|publish(?:ed)?(?: (?:date|time|on))?|posted(?: on)?|updated(?: on)?|source|author|writer|written by|reporter|editor|editor-in-charge|edited by|translator|translated by|font size)\s*[:：]|^by [a-z]+(?: [a-z]+){0,3}$`)

// reEnglishSalutation is a report's salutation alone on its line: Fellow
// Deputies, Dear Delegates:.
var reEnglishSalutation = regexp.MustCompile(`(?i)^(?:dear|fellow|distinguished) (?:deputies|delegates|representatives)\s*[,:：]?$`)

// reEnglishMeetingOpens opens a report's meeting line under its headline:
// a dash, or the word delivered.
var reEnglishMeetingOpens = regexp.MustCompile(`(?i)^(?:——|--|delivered at )`)

// reEnglishByline is what stands under a page's first line that makes it
// the headline: the report's meeting line, its author, its salutation; not
// a date or a source, which stand under a site's name too.
var reEnglishByline = regexp.MustCompile(`(?i)^(?:——|--|author\s*:|(?:dear|fellow|distinguished) (?:deputies|delegates|representatives)|(?:deputies|delegates)\s*[:：,]|delivered at )`)

// englishMeetingDay is the day an English meeting line gives after the
// congress, its month written out or cut short (January 17, 2022; Jan 20,
// 2015), or the day alone (on the 25th); see englishMeetingDate.
const englishMeetingDay = `,? (?:on )?(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d{2})\b|the (\d{1,2})(?:st|nd|rd|th)\b)`

// englishSession is the session or meeting an English meeting line opens
// on, its ordinal in words or in figures (at the Sixth Session, at the 4th
// Session, at the fourth plenary meeting), and the congress's number.
const englishSession = `\b(?:delivered )?at the (?:[a-z-]+|\d+(?:st|nd|rd|th)) (?:plenary )?(?:session|meeting) of the (?:\d+(?:st|nd|rd|th)|` + englishOrdinalWords + `) `

// englishOrdinalWords are a congress's numbers in words, as some
// translations write them: the Fifteenth Xi’an Municipal People’s Congress.
const englishOrdinalWords = `(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)`

// reEnglishMeeting is a translated report's meeting line: the session, the
// congress by its place and level, the day (Delivered at the Sixth Session
// of the 13th Zhejiang Provincial People's Congress on January 17, 2022;
// ——Mayor Zhao Jiancai at the fourth meeting of the 12th Zhengzhou
// Municipal People’s Congress on February 3, 2007).
var reEnglishMeeting = regexp.MustCompile(`(?i)` + englishSession + `(?:(national)|([a-z'’]+(?: [a-z'’]+)?) (provincial|municipal|city|county|district|(?:[a-z]+ (?:and [a-z]+ )?)?autonomous (?:prefecture|county)|prefecture|banner|league|(?:[a-z]+ )?autonomous region(?:al)?)) people[’']s congress(?: of the people[’']s republic of china)?` + englishMeetingDay)

// reEnglishCongressOf is a meeting line that names the congress by its
// place after it, without its level (Delivered at the Third Session of the
// 8th People's Congress of Huai'an on January 27, 2019): the level is the
// name's or the speaker's (see englishCongressKind).
var reEnglishCongressOf = regexp.MustCompile(`(?i)` + englishSession + `people[’']s congress of ([a-z'’]+(?: [a-z'’]+)?)` + englishMeetingDay)

// reEnglishMonthYear is the month and year a meeting line gives before the
// meeting when it gives its day after it (——February 2006 At the third
// meeting of … on the 25th).
var reEnglishMonthYear = regexp.MustCompile(`(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december),? ((?:19|20)\d{2}),? at the `)

// englishProvinces are the provinces, municipalities and autonomous
// regions by the names their translations give them.
var englishProvinces = map[string]string{
	"anhui": "安徽省", "fujian": "福建省", "gansu": "甘肃省", "guangdong": "广东省", "guizhou": "贵州省",
	"hainan": "海南省", "hebei": "河北省", "heilongjiang": "黑龙江省", "henan": "河南省", "hubei": "湖北省",
	"hunan": "湖南省", "jiangsu": "江苏省", "jiangxi": "江西省", "jilin": "吉林省", "liaoning": "辽宁省",
	"qinghai": "青海省", "shaanxi": "陕西省", "shandong": "山东省", "shanxi": "山西省", "sichuan": "四川省",
	"yunnan": "云南省", "zhejiang": "浙江省", "beijing": "北京市", "tianjin": "天津市", "shanghai": "上海市",
	"chongqing": "重庆市", "guangxi": "广西壮族自治区", "inner mongolia": "内蒙古自治区", "tibet": "西藏自治区",
	"xizang": "西藏自治区", "ningxia": "宁夏回族自治区", "xinjiang": "新疆维吾尔自治区",
}

var englishMonths = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// englishMeeting reads a translated report's meeting line in the page's
// first lines: the day it was delivered, and the name and the kind of the
// congress that heard it (Zhejiang, provincial; Zhengzhou, municipal; both
// empty for the National People's Congress).
func englishMeeting(pg page) (day govsearch.Date, name, kind string) {
	var b strings.Builder
	lines := pageLines(pg)
	for _, l := range lines[:min(len(lines), 30)] {
		b.WriteString(strings.TrimSpace(l.text))
		b.WriteByte(' ')
	}
	text := strings.Join(strings.Fields(b.String()), " ")
	if v := reEnglishMeeting.FindStringSubmatch(text); v != nil {
		return englishMeetingDate(text, v[4:8]), v[2], strings.ToLower(v[3])
	}
	if v := reEnglishCongressOf.FindStringSubmatch(text); v != nil {
		name, kind := englishCongressKind(v[1], text)
		return englishMeetingDate(text, v[2:6]), name, kind
	}
	for _, l := range lines[:min(len(lines), 30)] {
		// Only a line of its own, the report's meeting line, not a
		// session a story's sentence or headline tells of.
		if v := reEnglishCongressBare.FindStringSubmatch(strings.Join(strings.Fields(l.text), " ")); v != nil && !isEnglishLevelWord(v[1]) {
			name, kind := englishCongressKind(v[1], text)
			return englishMeetingDate(text, v[2:6]), name, kind
		}
	}
	for i, l := range lines[:min(len(lines), 30)] {
		// A machine translation's meeting line broken in two: the day and
		// the place on the first, the session on the next (——January 21,
		// 2022 in Inner Mongolia Autonomous Region / At the Sixth Session of
		// the 13th People's Congress).
		v := reEnglishDayInPlace.FindStringSubmatch(strings.Join(strings.Fields(l.text), " "))
		if v == nil || i+1 >= len(lines) || !reEnglishSessionLine.MatchString(strings.TrimSpace(lines[i+1].text)) {
			continue
		}
		kind := strings.ToLower(v[6])
		if kind == "province" {
			kind = "provincial"
		}
		return englishMeetingDate(text, v[1:5]), v[5], kind
	}
	if v := reEnglishCongressUnnamed.FindStringSubmatch(text); v != nil && strings.HasPrefix(v[0], "Delivered") {
		// The day alone, on the report's own meeting line (Delivered at…),
		// not a session a story quotes (…the report delivered at…).
		return englishMeetingDate(text, v[1:5]), "", ""
	}
	return "", "", ""
}

// reEnglishDayInPlace is the first half of a meeting line broken in two:
// the day and the place (——January 21, 2022 in Inner Mongolia Autonomous
// Region); reEnglishSessionLine the second (At the Sixth Session of the
// 13th People's Congress).
var reEnglishDayInPlace = regexp.MustCompile(`(?i)^(?:——|--)\s*` + strings.TrimPrefix(englishMeetingDay, `,? (?:on )?`) + ` in ([a-z'’]+(?: [a-z'’]+)?) (provincial|municipal|city|county|district|province|(?:[a-z]+ )?autonomous region)$`)

var reEnglishSessionLine = regexp.MustCompile(`(?i)^at the (?:[a-z-]+|\d+(?:st|nd|rd|th)) (?:plenary )?(?:session|meeting) of the (?:\d+(?:st|nd|rd|th)|` + englishOrdinalWords + `) people[’']s congress$`)

// englishSpeakerTitle is the office of a report's speaker: Mayor, Acting
// Governor, County Magistrate.
const englishSpeakerTitle = `(?:acting |deputy )?(?:mayor|governor|county magistrate)`

// reEnglishCongressBare is a meeting line, the whole line (perhaps after
// a dash, in brackets or after the speaker by office and name: Mayor Chen
// Maohui at…, Chen Maohui, Mayor, at…, Delivered by Mayor…; perhaps with the
// speaker after it: …2011, by Mayor Chen Maohui; not a story's sentence
// that goes on, a headline or a related link that ends on a session),
// that names the congress by its place without its level (At the 6th session of the 13th Zhongshan
// People’s Congress on January 22nd, 2011): the level is the one the
// speaker's title gives (see englishCongressKind).
var reEnglishCongressBare = regexp.MustCompile(`(?i)^\s*(?:[-—–]+\s*|[(（]\s*)?(?:delivered by\s+)?(?:` + englishSpeakerTitle + `\s+[a-z]+(?:[ -][a-z]+){0,2},?\s*|[a-z]+(?:[ -][a-z]+){1,2},\s*` + englishSpeakerTitle + `,\s*)?` + englishSession + `([a-z'’]+) people[’']s congress` + englishMeetingDay + `\s*[)）]?\s*(?:,\s*by\s+[^,.;]{2,40})?\s*[.。]?\s*$`)

// isEnglishLevelWord reports whether w is a congress's level, no place:
// Provincial, Municipal, National.
func isEnglishLevelWord(w string) bool {
	w = strings.ToLower(w)
	return w == "national" || englishTitleKinds[w] != "" || englishNameKinds[w] != "" || w == "city"
}

// reEnglishCongressUnnamed is a meeting line whose congress has neither
// place nor level, only the day it met (Delivered at the 5th Session of
// the 13th People’s Conference on February 12, 2014, as one translation
// calls it).
var reEnglishCongressUnnamed = regexp.MustCompile(`(?i)` + englishSession + `people[’']s (?:congress|conference)` + englishMeetingDay)

// englishCongressKind returns the name and the level of a congress a
// meeting line names by its place after it (see reEnglishCongressOf): the
// level the name ends with (Jilin City, Hainan Prefecture), else the one
// the speaker's title gives that place (Mayor of Huai'an, the Municipal
// People's Government of Huai'an, Huai'an Municipal People's Government);
// no level where neither says it, not one another place's name or a
// word of the text gives (Xuyi County in a menu, county-level economy).
func englishCongressKind(name, text string) (string, string) {
	name = strings.TrimSuffix(name, " on") // …Congress of Huai'an on January 27
	if f := strings.Fields(name); len(f) == 2 {
		if kind, ok := englishNameKinds[strings.ToLower(f[1])]; ok {
			return f[0], kind
		}
	}
	quoted := regexp.QuoteMeta(name)
	quoted = strings.NewReplacer("'", "['’]", "’", "['’]").Replace(quoted)
	re, err := regexp.Compile(`(?i)\b(?:(mayor|governor|county magistrate) of (?:the )?` + quoted + `\b|(municipal|provincial|county) people['’]s government of (?:the )?` + quoted + `\b|` + quoted + ` (municipal|provincial|county) people['’]s government)`)
	if err != nil {
		return name, ""
	}
	v := re.FindStringSubmatch(text)
	if v == nil {
		// The speaker's title on the speaker's line (Cai Lixin, Acting
		// Mayor), or the government the report presents itself for (On
		// behalf of the Municipal People's Government): its own.
		if v = reEnglishOwnSpeaker.FindStringSubmatch(text); v == nil {
			return name, ""
		}
	}
	return name, englishTitleKinds[strings.ToLower(v[1]+v[2]+v[3])]
}

// englishTitleKinds are the speakers' titles and governments' levels a
// meeting line's speaker gives (see englishCongressKind), and the level of
// congress each means.
var englishTitleKinds = map[string]string{"mayor": "municipal", "municipal": "municipal", "governor": "provincial", "provincial": "provincial", "county magistrate": "county", "county": "county"}

// reEnglishOwnSpeaker is the speaker's title, capitalised, right after the
// speaker's name (Cai Lixin, Acting Mayor; HU Yuting, Governor; Hu Yuting
// / Governor on the next line; not "from the Governor" nor "Report by
// Mayor Xu Lin"), or the government a
// report presents itself for without its place's name (On behalf of the
// Municipal People's Government): three groups, as the speaker's forms in
// englishCongressKind.
var reEnglishOwnSpeaker = regexp.MustCompile(`\b[A-Z][A-Za-z]+ [A-Z][a-z]+(?:-[a-z]+)?,? (?:Acting |Deputy )?(Mayor|Governor|County Magistrate)\b|(?i)\bon behalf of the (municipal|provincial|county) people['’]s government\b()`)

// englishNameKinds are the words a congress's place may end with after
// "People's Congress of", and the level each gives: Jilin City, Beijing
// Municipality, Hainan Prefecture.
var englishNameKinds = map[string]string{"city": "municipal", "municipality": "municipal", "county": "county", "district": "district", "prefecture": "prefecture", "province": "provincial"}

// englishMeetingDate returns the day of a meeting line's groups of
// englishMeetingDay (month, day, year, or the day alone), or "": with the
// day alone, the month and year stand before the meeting (see
// reEnglishMonthYear).
func englishMeetingDate(text string, v []string) govsearch.Date {
	monthName, dayOf, year := v[0], v[1], v[2]
	if v[3] != "" {
		my := reEnglishMonthYear.FindStringSubmatch(text)
		if my == nil {
			return ""
		}
		monthName, dayOf, year = my[1], v[3], my[2]
	}
	month := slices.IndexFunc(englishMonths, func(m string) bool { return strings.HasPrefix(m, strings.ToLower(monthName)) }) + 1
	d, _ := strconv.Atoi(dayOf)
	return govsearch.Date(fmt.Sprintf("%s-%02d-%02d", year, month, d))
}

// englishCongress returns the place whose congress an English meeting line
// names (see englishMeeting): a province by the table of their English
// names, a municipality's congress (Beijing Municipal) as its province's,
// a place below a province by its name in pinyin (see englishPlace). A
// name of several words is tried whole, by its first word (Guangxi
// Zhuang, Ningxia Hui) and by its last (Hangzhou Xiaoshan District).
func (g *Gazetteer) englishCongress(name, kind string) (Place, bool) {
	f := strings.Fields(name)
	if len(f) == 0 {
		return Place{}, false
	}
	forms := []string{name, f[0], f[len(f)-1]}
	for _, n := range forms {
		province, ok := g.englishProvince(n)
		if !ok {
			continue
		}
		if kind == "provincial" || strings.Contains(kind, "autonomous region") || kind == "municipal" && isMunicipality(province.Code) {
			return province, true
		}
	}
	switch {
	case strings.HasSuffix(kind, "autonomous prefecture"):
		kind = "autonomous prefecture" // Enshi Tujia and Miao Autonomous Prefecture
	case strings.HasSuffix(kind, "autonomous county"):
		kind = "county"
	}
	for _, n := range forms {
		if p, ok := g.englishPlace(n, kind); ok {
			return p, true
		}
	}
	return Place{}, false
}

// reEnglishTitlePlace is a place an English headline names with its kind
// (Xiaoshan District, Zhengzhou City), a county by its full name in pinyin
// (Songxian People's Government: 嵩县), or a city's name opening the
// headline before a figure or "government" (Anshan 20 10 government work
// report).
var reEnglishTitlePlace = regexp.MustCompile(`\b([A-Z][a-z]+(?:[’'][a-z]+)?) (District|County|City|Municipal)\b|\b([A-Z][a-z]+xian)\b|^([A-Z][a-z]+) (?:\d|[Gg]overnment )`)

// englishTitlePlace returns the one place below a province that an English
// headline names (see reEnglishTitlePlace), the county where it names the
// county's city too, or false.
func (g *Gazetteer) englishTitlePlace(title string) (Place, bool) {
	var found []Place
	for _, v := range reEnglishTitlePlace.FindAllStringSubmatch(title, -1) {
		name, kind := v[1], v[2]
		switch {
		case v[3] != "":
			name, kind = v[3], "county"
		case v[4] != "" && englishProvinces[strings.ToLower(v[4])] != "":
			continue // a province's name (Jilin 2023 Government Work Report), no city's
		case v[4] != "":
			name, kind = v[4], "city" // a city's name opening the headline: Anshan 20 10 government work report
		}
		if p, ok := g.englishPlace(name, kind); ok && !slices.Contains(found, p) {
			found = append(found, p)
		}
	}
	// A county named with its city (Xuecheng District of Zaozhuang City)
	// is the county: a place that holds another found is no other place.
	all := slices.Clone(found)
	found = slices.DeleteFunc(found, func(p Place) bool {
		return slices.ContainsFunc(all, func(q Place) bool { return q.Code != p.Code && strings.HasPrefix(q.Code, p.Code) })
	})
	if len(found) != 1 {
		return Place{}, false
	}
	return found[0], true
}

// reEnglishGovernmentOf is the government an English headline names by
// its province or municipality: Report on the Work of the People's
// Government of Chongqing.
var reEnglishGovernmentOf = regexp.MustCompile(`(?i)\bgovernment of ([a-z]+(?: mongolia)?)((?:\s+[a-z]+){0,3})`)

// reEnglishProvincialBody is a province's congress or government by its
// name and level (Henan Provincial People’s Congress, Henan Provincial
// Government; a municipality's government's work report: Chongqing
// municipal people's government work report), or the province a
// communiqué is of (Statistical Communiqué of Hunan Province on…).
var reEnglishProvincialBody = regexp.MustCompile(`(?i)\b([a-z]+(?: mongolia)?) provincial (?:people['’]s )?(?:congress|government)\b|\bcommuniqu[eé][^.]{0,120}?\bof ([a-z]+) province\b|\b(beijing|tianjin|shanghai|chongqing) municipal (?:people['’]s )?government(?:['’]s)? work report\b`)

// reEnglishBelowProvince is a kind of place below a province among the
// words after a name: Prefecture, City, County, District, League, Banner.
var reEnglishBelowProvince = regexp.MustCompile(`(?i)\b(?:prefecture|city|county|district|league|banner)\b`)

// englishTitleProvince returns the province or municipality whose
// government an English headline names (see reEnglishGovernmentOf), or
// whose provincial congress or government it names (The fourth session of
// 11th Henan Provincial People’s Congress opens), or the province a
// communiqué is of, or false.
func (g *Gazetteer) englishTitleProvince(title string) (Place, bool) {
	if v := reEnglishProvincialBody.FindStringSubmatch(title); v != nil {
		return g.englishProvince(v[1] + v[2] + v[3])
	}
	v := reEnglishGovernmentOf.FindStringSubmatch(title)
	if v == nil || reEnglishBelowProvince.MatchString(v[2]) {
		return Place{}, false // a place below a province that shares a province's name (Hainan Tibetan Autonomous Prefecture)
	}
	return g.englishProvince(v[1])
}

// englishProvince returns the province, municipality or region a
// translation names (Chongqing, Inner Mongolia; see englishProvinces), or
// false.
func (g *Gazetteer) englishProvince(name string) (Place, bool) {
	return g.provinceNamed(englishProvinces[strings.ToLower(name)])
}

// provinceNamed returns the province, municipality or region of that full
// name (北京市, 内蒙古自治区), or false.
func (g *Gazetteer) provinceNamed(name string) (Place, bool) {
	named := g.byName[name]
	if i := slices.IndexFunc(named, func(p Place) bool { return len(p.Code) == 2 }); i >= 0 {
		return named[i], true
	}
	return Place{}, false
}

// pageLines are the page's lines in their order, head, furniture and body
// together, each once (a line of the head may be furniture too), without
// the empty ones.
func pageLines(pg page) []line {
	lines := slices.Concat(pg.head, pg.furniture, pg.body)
	slices.SortStableFunc(lines, func(a, b line) int { return a.no - b.no })
	lines = slices.CompactFunc(lines, func(a, b line) bool { return a.no == b.no })
	return slices.DeleteFunc(lines, func(l line) bool { return strings.TrimSpace(l.text) == "" })
}

// isEnglishHeadline reports a line of English that can be a headline:
// three to thirty words, no sentence's full stop at its end.
func isEnglishHeadline(s string) bool {
	n := len(strings.Fields(s))
	return n >= 3 && n <= 30 && !strings.HasSuffix(s, ".") && !strings.ContainsFunc(s, isHan)
}

// englishKinds are the kinds of report an English headline names, the
// first that matches.
var englishKinds = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`(?i)statistical (?:communiqu|bulletin)`), "统计公报"},
	{regexp.MustCompile(`(?i)five-year plan.*outline|outline of .*five-year plan`), "五年规划纲要"},
	{regexp.MustCompile(`(?i)\bbudgets?\b.*\breport\b|\breport\b.*\bbudgets?\b|final accounts`), "预算报告"},
	{regexp.MustCompile(`(?i)(?:national )?economic and social development plan\b.*\breport\b|\breport\b.*(?:economic and social development plan\b|plans? for (?:national )?economic and social development)`), "国民经济和社会发展计划报告"},
	{regexp.MustCompile(`(?i)government work report|work report of .{0,60}government|report on the work of the (?:people[’']s )?government|^report on government work$|report on (?:the )?work of (?:the )?[a-z'’]+ (?:municipal|provincial|county|district) (?:people[’']s )?government`), "政府工作报告"},
}

// englishDocType returns the kind of report an English headline names,
// or 其他 where it names none or tells of one (a review of it, news: Beijing
// publishes the 2023 municipal government final accounts…).
func englishDocType(title string) string {
	if reEnglishNewsVerb.MatchString(title) {
		return "其他"
	}
	for _, k := range englishKinds {
		if k.re.MatchString(title) {
			return k.kind
		}
	}
	return "其他"
}

// reEnglishWorkReportText is what a translated work report says of itself
// in its first lines: the general idea of the government's work this year,
// the government on whose behalf it reports, its speaker reporting on the
// work of the government (I will now report…; not a story on a report
// delivered).
var reEnglishWorkReportText = regexp.MustCompile(`(?i)\bthe general (?:idea|requirements?|thinking) (?:of|for) (?:the )?government[’']?s work (?:this year|in (?:19|20)\d{2})|\bon behalf of the [a-z ,’'-]{0,80}people[’']s government,? i (?:will |would )?(?:now )?(?:like to )?(?:present|report|deliver)|\bi (?:will |would )?(?:now )?(?:like to )?(?:report (?:to you )?on|present (?:to you )?my report on) the work of the government\b`)

// presentsWorkInEnglish reports whether a translated text's first lines
// say it is the government's work report (see reEnglishWorkReportText), or
// open on its review of the year (see reviewsYearInEnglish).
func presentsWorkInEnglish(lines []string) bool {
	return slices.ContainsFunc(lines, reEnglishWorkReportText.MatchString) || reviewsYearInEnglish(lines)
}

// reEnglishYearOpens is a translated work report's review opening on the
// year past: 2009 was the most difficult year…, The past year is a very
// unusual year…, 2009, is the county's development process is…, The year
// 2009 was…, In 2009, which was….
var reEnglishYearOpens = regexp.MustCompile(`(?i)^\s*(?:the past year|over the past year|(?:the year |in )?(?:19|20)\d{2}),?\s+(?:which\s+)?(?:is|was|has been)\b[^.]{0,200}?\byear\b`)

// reEnglishUnderCommittee is what the government's review says it did the
// year's work under: the leadership of its party committee (under the
// strong leadership of the municipal party committee, …the leadership of
// the shaoxing county party committee, under the correct leadership of the
// District Committee), or the tasks the congress set it (completing the
// objectives and tasks set by…; complete the annual goals and tasks); or
// the government as the review's subject under it (the county government
// in the county party under the strong leadership…, a translation
// garbled).
var reEnglishUnderCommittee = regexp.MustCompile(`(?i)\bleadership of the (?:[a-z]+ ){0,3}(?:party )?committee\b|\b(?:objectives|goals) and tasks set by\b|\bcomplete the annual (?:goals|objectives) and tasks\b|\bthe (?:county|municipal|city|district) government (?:in|under) the\b`)

// reEnglishNotWorkReport is what marks a translated text as another body's
// review or another kind of report: a standing committee, a CPPCC's
// committee or a party committee at work as the review's subject (the
// Standing Committee of the CPPCC Municipal Committee adhered…, the
// Municipal People's Congress Standing Committee exercised…, the CPC
// Municipal Committee united and led…; a work report names them only as
// what leads, supervises or supports it), a company's board, a plan's or a
// budget's execution, or a story's (its reporter, what someone said or
// told, figures released on a weekday).
var reEnglishNotWorkReport = regexp.MustCompile(`(?i)\b(?:said|says|told|reporters?|reported|xinhua|released|monday|tuesday|wednesday|thursday|friday|saturday|sunday|board of directors|shareholders?|dividends?|the group|draft plan|plan for (?:national )?economic and social development|budget execution|budgetary)\b`)

// reviewsYearInEnglish reports whether a translated text without its
// headline opens as a work report's review of the year past (see
// reEnglishYearOpens), its first paragraph saying what the government did
// it under (see reEnglishUnderCommittee) and marked as nothing else (see
// reEnglishNotWorkReport).
func reviewsYearInEnglish(lines []string) bool {
	first := firstSentenceLine(lines)
	if !reEnglishYearOpens.MatchString(first) {
		return false
	}
	text := clipRunes(strings.Join(lines[:min(len(lines), 3)], " "), 1200)
	return reEnglishUnderCommittee.MatchString(text) && !reEnglishNotWorkReport.MatchString(text) && !otherBodyAtWork(text)
}

// reEnglishOtherBody is another body at work as a review's subject: a
// standing committee, a CPPCC's committee or a party committee, perhaps
// with a clause or an adverb before its verb (the Standing Committee of the
// Municipal People's Congress, guided by…, has conscientiously performed…;
// the CPPCC Municipal Committee has always adhered…; the CPC Municipal
// Committee united and led…).
var reEnglishOtherBody = regexp.MustCompile(`(?i)\b(?:standing committee|committee of the cppcc|cppcc (?:municipal|provincial|county|district) committee|party committee|cpc (?:municipal|provincial|county|district) committee)(?: of the [a-z’' ]{2,60}?)?(?:,[^,.]{0,100},)? (?:has |have )?(?:[a-z]+ly |always |all along )?(?:adhered|focused|united and led|exercised|performed|carried out|held|enacted|organized)`)

// otherBodyAtWork reports whether a translated review's subject is another
// body (see reEnglishOtherBody), not one named in its clause as what leads
// the government (The county government, under the strong leadership of
// the County Party Committee, united and led…; Under the strong leadership
// of the CPC Central Committee and the CPC Provincial Committee, the
// provincial government…).
func otherBodyAtWork(text string) bool {
	for at := 0; at < len(text); {
		loc := reEnglishOtherBody.FindStringIndex(text[at:])
		if loc == nil {
			return false
		}
		clause := strings.ToLower(text[:at+loc[0]])
		if k := strings.LastIndexAny(clause, ",;."); k >= 0 {
			clause = clause[k:]
		}
		if !strings.Contains(clause, "leadership of") {
			return true
		}
		at += loc[0] + 1 // a body that leads, whose clause may hold the body at work
	}
	return false
}

// reEnglishPresenting is the provincial government a translated report
// presents itself for: On behalf of Jiangsu Provincial People’s
// Government, I now present….
var reEnglishPresenting = regexp.MustCompile(`(?i)\bon behalf of (?:the )?([a-z]+(?: mongolia)?) provincial people[’']s government\b`)

// englishPresentingProvince returns the province whose government a
// translated report says it presents for (see reEnglishPresenting) in the
// page's first lines (see pageLines), or false.
func (g *Gazetteer) englishPresentingProvince(lines []line) (Place, bool) {
	for _, l := range lines[:min(len(lines), 30)] {
		if v := reEnglishPresenting.FindStringSubmatch(l.text); v != nil {
			return g.englishProvince(v[1])
		}
	}
	return Place{}, false
}

// reEnglishLedBy is a city's report naming the party committees and
// government it worked under, its city's committee last: Under the
// leadership of Guangdong Provincial Committee of the CPC, Guangdong
// Provincial Government and Zhongshan Municipal Committee of the CPC; …
// and CPC Zhongshan Municipal Committee.
var reEnglishLedBy = regexp.MustCompile(`(?i)\bunder the (?:[a-z]+ )?leadership of (?:the )?([^.;?]{0,240})`)

// reEnglishCityCommittee is a city's party committee in such a clause:
// CPC Zhongshan Municipal Committee, Zhongshan Municipal Committee of the
// CPC, CPC Zhongshan Municipal Party Committee.
var reEnglishCityCommittee = regexp.MustCompile(`(?i)\b(?:CPC ([a-z'’]+) municipal (?:party )?committee|([a-z'’]+) municipal (?:party )?committee of (?:the )?CPC)\b`)

// englishLeadingCity returns the city whose party committee a translated
// work report says the city worked under (see reEnglishLedBy), the last
// city committee of the clause's list of organs (a county-level city's
// after its prefecture's: CPC Jinhua Municipal Committee and CPC Yiwu
// Municipal Committee; not a partner city the sentence names after the
// list), in its first paragraphs, or false: not where a county's or
// district's committee stands in the list.
func (g *Gazetteer) englishLeadingCity(lines []line) (Place, bool) {
	for _, l := range lines[:min(len(lines), 30)] {
		v := reEnglishLedBy.FindStringSubmatch(l.text)
		if v == nil {
			continue
		}
		organs := englishOrganList(v[1])
		cities := reEnglishCityCommittee.FindAllStringSubmatch(organs, -1)
		if len(cities) == 0 || reEnglishBelowCity.MatchString(organs) {
			return Place{}, false // a district's committee after the city's: no city's report
		}
		last := cities[len(cities)-1]
		return g.englishPlace(last[1]+last[2], "municipal")
	}
	return Place{}, false
}

// englishOrganList is the list of organs a leadership clause opens with,
// up to its first item that names none (…CPC Shenzhen Municipal
// Committee, our city carried out…): the committees, governments and
// congresses it names.
func englishOrganList(clause string) string {
	var organs []string
	for _, item := range reEnglishListSep.Split(clause, -1) {
		name := reEnglishOrgan.FindString(item)
		if name == "" || !reEnglishOrganTail.MatchString(item[len(name):]) {
			break // no organ, or one that goes on to what it did (…joined the CPC Heyuan Municipal Committee in building…)
		}
		organs = append(organs, name)
	}
	return strings.Join(organs, ", ")
}

// reEnglishOrganTail is what may follow an organ's name (its "of the
// CPC" included, see reEnglishOrgan) in a leadership list: nothing, or its
// leader (with Comrade Xi Jinping at its core).
var reEnglishOrganTail = regexp.MustCompile(`^(?:\s+with\s+.*|\s+at\s+its\s+core.*)?\s*$`)

// reEnglishListSep parts a list's items: a comma, and, as well as.
var reEnglishListSep = regexp.MustCompile(`\s*[,，]\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+`)

// reEnglishOrgan is an organ's name, capitalised, opening a list's item:
// CPC Zhongshan Municipal Committee, Guangdong Provincial Committee of the
// CPC, the CPC Central Committee with Comrade Hu Jintao as General
// Secretary (not a clause that names one: our city carried out the
// assistance agreed with CPC Heyuan…).
var reEnglishOrgan = regexp.MustCompile(`^(?:the\s+)?(?:[A-Z][A-Za-z'’]*\s+)*(?:Committee|Government|Congress|CPPCC|Council)(?:\s+of\s+(?:the\s+)?(?:CPC|CCP|Communist Party of China))?\b`)

// reEnglishBelowCity is a county's, a district's or a town's body.
var reEnglishBelowCity = regexp.MustCompile(`(?i)\b(?:county|district|town|township)\b`)

// reEnglishPageDate is a translated page's date field among its first
// lines: updated on:2013-01-20 12:22, Date: 2022-04-26, Updated: 2011-08-22,
// its day over its buttons (2009-09-30 Download Print), or a byline's day
// (BY 2012-01-06 08:05:21, By Wang Ying 2012-01-06 08:05:21).
var reEnglishPageDate = regexp.MustCompile(`(?i)^(?:(?:updated(?: on)?|date|published|release date)\s*:\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2})\b|((?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?` + englishPageButtons + `$|by\s+(?:[a-z-]+\s+){0,3}(?:[|｜]\s*)?((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$)`)

// englishPageButtons are the buttons a page's date line may carry after
// its day: 2009-09-30 Download Print.
const englishPageButtons = `(?:\s*[|｜]?\s*(?:download|print|share|close|favorite))+\s*[|｜]?\s*`

// englishPageDate returns the day a translated page's date field gives
// among its first lines (see reEnglishPageDate, pageLines), or "".
func englishPageDate(lines []line) govsearch.Date {
	for _, l := range lines[:min(len(lines), 12)] {
		if v := reEnglishPageDate.FindStringSubmatch(strings.TrimSpace(l.text)); v != nil {
			return ParseDate(v[1] + v[2] + v[3])
		}
	}
	return ""
}

// englishLeadDate returns the day a story's lead opens on (In the afternoon
// of December 29, 2017, …; On March 5, 2019, …) in the first of lines, or "".
func englishLeadDate(lines []line) govsearch.Date {
	if len(lines) == 0 {
		return ""
	}
	v := reEnglishLeadDay.FindStringSubmatch(strings.TrimSpace(lines[0].text))
	if v == nil {
		return ""
	}
	return englishMeetingDate("", v[1:5])
}

// reEnglishLeadDay is a story's lead opening on its day: In the afternoon of
// December 29, 2017, …; On March 5, 2019, ….
var reEnglishLeadDay = regexp.MustCompile(`(?i)^(?:in the (?:morning|afternoon|evening) of|on) ` + strings.TrimPrefix(englishMeetingDay, `,? (?:on )?`) + `,`)
