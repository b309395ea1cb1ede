// Headlines: the headline of a news page or a text without a title line,
// the page's heading over its date field, and the navigation and organ
// lines that are never one.

package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headline returns a news page's headline: the line over its date and
// source line (盐源县第十四届人民代表大会第一次会议隆重开幕 / 来源：宣传部
// 时间：2016年12月20日), over its deck, over its story's lead or over its month in
// brackets (西藏的发展与进步 / (2013年10月)), or "".
func headline(open []string) string {
	// The page's title over the headline and its subtitle it joins
	// (书履职新答卷 绘“安阳路线图”丨安阳代表团…侧记 / 书履职新答卷绘“安阳路线图” /
	// ——安阳代表团…侧记): the page's title names both.
	if len(open) > 2 {
		top, head, third := squeezeSpaces(strings.TrimSpace(open[0])), squeezeSpaces(strings.TrimSpace(open[1])), strings.TrimSpace(open[2])
		sub := squeezeSpaces(strings.TrimLeft(third, "—―-"))
		if runes(head) >= 4 && runes(sub) >= 4 && sub != squeezeSpaces(third) && strings.HasPrefix(top, head) && strings.HasSuffix(top, sub) && runes(top) <= runes(head)+runes(sub)+3 {
			if t := cleanTitle(open[0]); isHeadline(t) {
				return t
			}
		}
	}
	// A forum thread's title after its label, over the post (主题:河南首次
	// 公晒“三公”经费 全省要过“紧日子” / 发表于2013-08-03 / 上半年进账多少?…),
	// the post's day read as a field, under the board's lines (大河论坛-… /
	// 查看: 2356 | 回复: 12); not an event's theme right under the story's
	// headline (县图书馆举办世界读书日主题活动 / 主题：书香润万家 阅读伴成长),
	// with its date or source between or not.
	for i := 0; i+1 < len(open) && i < 4; i++ {
		if v := reForumThreadTitle.FindStringSubmatch(strings.TrimSpace(open[i])); v != nil && isReportText(open[i+1]) && !isHeadlineOverTheme(open, i) {
			if t := cleanTitle(v[1]); isHeadline(t) {
				return t
			}
		}
	}
	// A column's name and its bar alone on the first line (2022南阳两会 |)
	// over the headline, itself over the story's text: the headline.
	if len(open) > 2 && reColumnBarAlone.MatchString(strings.TrimSpace(open[0])) && isReportText(open[2]) {
		if t := cleanTitle(open[1]); isHeadline(t) && !isMetadataLine(open[1]) && !isNavigation(open[1]) {
			return t
		}
	}
	// A subtitle alone at the page's top, its headline lost, over the
	// story's text (——热烈祝贺县十七届人大三次会议和县十三届政协三次会议胜利闭幕 /
	// 天道酬勤、人勤春早。): all the headline the page has; not a report's
	// meeting line (——2018年1月10日在…会议上).
	if len(open) > 1 && strings.HasPrefix(strings.TrimSpace(open[0]), "—") && (isReportText(open[1]) || len(open) > 2 && strings.HasSuffix(strings.TrimSpace(open[1]), "。") && isReportText(open[2])) {
		sub := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(open[0]), "—"))
		if t := cleanTitle(sub); isHeadline(t) && !reSubtitleMeetingLine.MatchString(foldForMetadata(sub)) {
			return t
		}
	}
	// A deck that opens the page over its byline, with no headline above
	// it (孙正东主持大会 唐佑文作《政府工作报告》 / □ 记者 胡起/文 胡黎明/图),
	// is all the headline the story has.
	if len(open) > 1 && isDeck(open[0]) && reByline.MatchString(strings.TrimSpace(open[1])) {
		return cleanTitle(open[0])
	}
	// A headline right over the page's date line (its date and time
	// alone: 12.01.2018  07:32) comes first, before a session named in
	// the deck under it; with its column's tag (【聚焦市两会】…).
	for i := 0; i+1 < len(open) && i < 4; i++ {
		// A headline the site marks as over a file photo (一季度宜春GDP增长5.6%（资料图）)
		// is one over its date line, without the mark; a photo's caption so
		// marked between a headline and the date line (宜春中心城区一角（资料图）)
		// is no headline: the line over it is.
		dated := reSiteDateLine.MatchString(open[i+1]) || reDayTimeAlone.MatchString(strings.TrimSpace(open[i+1]))
		if dated && i > 0 && reTrailingPhotoMark.MatchString(open[i]) {
			if t := headlineText(open[i-1]); isHeadline(t) && !isNavigation(open[i-1]) && !isMetadataLine(open[i-1]) && !isKicker(open[i-1]) {
				return t // the headline over the caption
			}
		}
		if t := headlineText(reTrailingPhotoMark.ReplaceAllString(reColumnTag.ReplaceAllString(strings.TrimSpace(open[i]), ""), "")); dated && isHeadline(t) && !isMetadataLine(open[i]) && !isNavigation(open[i]) && !reSpeakerLine.MatchString(squeezeSpaces(open[i])) {
			return withColumnTag(open, i, t)
		}
	}
	if t := sessionHeadline(open); t != "" {
		return t
	}
	// A headline run on with the page's date, time and source
	// (…浙江發布2023年政府工作報告2023-01-30 14:22來源:gessey).
	if len(open) > 0 {
		if title, _ := titleAndPublished(open[0]); title != "" {
			if t := cleanTitle(title); isHeadline(t) {
				return t
			}
		}
	}
	// A reposted story's headline over the address of its source, under
	// a forum post's header (…广州建第二机场提上议程 / http://roll.sohu.com/…);
	// not a photo's caption over the image's address (开幕会现场座无虚席 /
	// http://…/a1.jpg).
	for i := 0; i+1 < len(open) && i < 6; i++ {
		if t := headlineText(open[i]); reAddressAlone.MatchString(strings.TrimSpace(open[i+1])) && !reImageAddress.MatchString(strings.TrimSpace(open[i+1])) && isHeadline(t) && !isMetadataLine(open[i]) && !isNavigation(open[i]) && !isOrganName(t) {
			return t
		}
	}
	for i := 0; i+1 < len(open); i++ {
		s := open[i]
		// A headline of spaced phrases over its deck is no navigation; a
		// headline stands over its deck, bulleted or not (■德州市…会议开幕).
		// Right over a paper's mark and its reporter, a line that is no
		// sentence (not 今天,市人大常委会听取并审议了决算报告) is a headline too.
		overMark := reMarkWithReporter.MatchString(open[i+1]) && !strings.ContainsAny(s, "，,。")
		// So is a line over the story's byline alone, perhaps past a
		// photo's caption, and its lead (…唐山要敢为人先勇于创新 / 本报记者 张洁
		// / 唐山市市长张国栋代表昨天…), where no paper's name stands
		// (唐山劳动日报 / 本报记者 张洁); a series' overline over a headline
		// is none. A broadcaster's name (凤台新闻联播 / 本台讯…) or a paper's
		// page (益阳日报 第二版, 人民日报 头版) is no headline over anything.
		below := open[i+1 : min(i+4, len(open))]
		overByline := bylineOverLead(below) && !isPaperName(s) && !isOverlineOverHeadline(s, below[0])
		// Nor is a kicker over a headline the site marks as over a file photo
		// (稳中有进 开局良好 / 一季度宜春GDP增长5.6%（资料图）), nor a photo's caption
		// so marked over the headline (宜春明月山风光（资料图） / 一季度宜春GDP增长5.6% /
		// 发布时间：…).
		marked := reTrailingPhotoMark.MatchString(strings.TrimSpace(s)) && !datedBelow(below) && !reStoryLead.MatchString(below[0]) && !isReportText(below[0]) && isHeadline(headlineText(below[0]))
		if isFurnitureOver(s, open[i+1]) || isBroadcasterName(s) || isKicker(s) && reTrailingPhotoMark.MatchString(strings.TrimSpace(open[i+1])) || marked || isPaperName(s) && strings.Contains(s, "版") || !storyBelow(below) && !leadRepeats(s, open[i+1]) && !overMark && !overByline {
			continue
		}
		if t := headlineText(reColumnTag.ReplaceAllString(strings.TrimSpace(s), "")); isHeadline(t) && !reKicker.MatchString(strings.TrimSpace(s)) {
			return withColumnTag(open, i, t) // with its column's tag: 【全省市州两会扫描】武威:蹄疾步稳…
		}
	}
	// A story saved on one line runs its headline into its deck and lead.
	for _, s := range open[:min(len(open), 6)] {
		if t := runOnHeadline(s); t != "" {
			return t
		}
	}
	// A headline of spaced phrases opens the page right over its story's
	// text (北京 协同发展走深走实 内生动力进一步增强 / 2023年,北京市地区生产
	// 总值增长5.2%…。).
	// So does one under the paper's date and page lines alone (2020年01月07日 /
	// 第A05版:专题报道 / 站在新起点 树立新目标 决战决胜全面建成小康社会 / (上接第一版)…).
	for i := 0; i+1 < len(open) && i < 4; i++ {
		l := strings.TrimSpace(open[i])
		if isPhraseHeadline(open[i]) && !reWeekdayOpens.MatchString(l) {
			// A counter or a photo's caption may stand between it and the
			// text (保持定力接续奋斗 开启… / 2 / …记者 付海旭摄 / 巴中市第四届…).
			j := i + 1
			for j+1 < len(open) && j <= i+2 && (isCounter(strings.TrimSpace(open[j])) || reCaptionCredit.MatchString(strings.TrimSpace(open[j]))) {
				j++
			}
			if isReportText(open[j]) && runes(open[j]) >= 100 {
				return cleanTitle(open[i])
			}
		}
		if !reDateAlone.MatchString(l) && ParseDate(l) == "" && !rePaperPageLine.MatchString(l) && !reWeekdayOpens.MatchString(l) {
			break // past the paper's date, weekday (星期二 农历腊月廿八) and page lines only
		}
	}
	// A headline whose subtitle names the report it reads (沐风栉雨显韧性
	// 砥砺前行启新程——《2022年上海市…统计公报》解读) opens the page over its
	// text: both parts are the title.
	if len(open) > 1 && isReportText(open[1]) && runes(open[1]) >= 60 {
		if head, sub, ok := strings.Cut(strings.TrimSpace(open[0]), "——"); ok && runes(head) >= 4 && reReportReadSubtitle.MatchString(sub) {
			if t := cleanTitle(head) + "——" + strings.TrimSpace(sub); isHeadline(t) {
				return t
			}
		}
	}
	// An aggregator's listing title, its province or city in brackets
	// before it, opens the page: (廣安市)廣安區2021年經濟運行情況.
	if len(open) > 0 && reListingPlace.MatchString(open[0]) {
		if t := cleanTitle(open[0]); isHeadline(t) {
			return t
		}
	}
	// A headline that names its province or city before a colon
	// (江西:民生支出保障有力) opens the page right over its story's text.
	if len(open) > 1 && rePlaceColonHeadline.MatchString(strings.TrimSpace(open[0])) && isReportText(open[1]) && runes(open[1]) >= 60 {
		if t := cleanTitle(open[0]); isHeadline(t) {
			return t
		}
	}
	// A headline under the page's date field, the first line under it,
	// over its story's text: 发布时间:2016-01-01 来源: / 向着过上更加美好日子
	// 目标,前进! / 寒凝大地蕴春潮,…。
	for i := 1; i+1 < len(open) && i < 4; i++ {
		if !reFieldPublished.MatchString(open[i-1]) || !isMetadataLine(open[i-1]) {
			continue
		}
		if t := headlineText(open[i]); isHeadline(t) && !isNavigation(open[i]) && !isMetadataLine(open[i]) && isReportText(open[i+1]) && runes(open[i+1]) >= 60 {
			return t
		}
		break
	}
	return ""
}

// isFurnitureOver reports whether line s, over line next, is a line no
// headline is: a metadata, outlet, photo credit, contact, organ-and-person
// or speaker line, a magazine's column path, a web address alone, a
// paper's column and page (广州新闻 A04版), or navigation with neither a
// deck nor a paper's lead under it.
func isFurnitureOver(s, next string) bool {
	return isMetadataLine(s) || isOutletLine(s) || rePhotoCaptionCredit.MatchString(s) ||
		isNavigation(s) && !reDeck.MatchString(next) && !(rePaperMarkLead.MatchString(next) && !containsAny(s, []string{"记者", "通讯员"})) ||
		reContactLine.MatchString(s) ||
		reOrganPerson.MatchString(strings.TrimSpace(s)) && !reDocKindTail.MatchString(squeezeSpaces(s)) ||
		reSpeakerLine.MatchString(squeezeSpaces(s)) ||
		reColumnPath.MatchString(strings.TrimSpace(s)) || reAddressAlone.MatchString(strings.TrimSpace(s)) ||
		reEditionTail.MatchString(strings.TrimSpace(s))
}

// rePaperPageLine is a paper's page and its name alone on a line: 第A05版:专题报道,
// A03版 要闻.
var rePaperPageLine = regexp.MustCompile(`^第?[A-Z]?\d{1,3}版\s*(?:[:：]\s*)?\p{Han}{0,8}$`)

// reColumnPath is a magazine's column and its theme over a page's article,
// set apart by a slash: 特别关注 / 在习近平新时代中国特色社会主义思想指引下——….
var reColumnPath = regexp.MustCompile(`^\p{Han}{2,6}\s+/\s+\p{Han}`)

// storyBelow reports whether the lines under a candidate headline are what
// stands under one, past an image's address: a date line, a story's lead,
// a month in brackets, a deck (bulleted or not), a digest's label or a
// feature's subtitle.
func storyBelow(below []string) bool {
	for len(below) > 1 && (reAddressAlone.MatchString(strings.TrimSpace(below[0])) || reImageFileName.MatchString(strings.TrimSpace(below[0]))) {
		below = below[1:] // a photo's address or file name between (…今年这样干 / http://…/a1.jpg / 2021-01-20 来源：…)
	}
	next := below[0]
	return datedBelow(below) || reStoryLead.MatchString(next) || reLearntLead.MatchString(strings.TrimSpace(next)) || storyLeadBelow(below) ||
		reBracketMonth.MatchString(next) || reDeck.MatchString(next) || reDeckBullet.MatchString(next) ||
		reDigestLabel.MatchString(strings.TrimSpace(next)) || reFeatureSubtitle.MatchString(strings.TrimSpace(next))
}

// reMarkWithReporter is a paper's mark and its reporter opening the line
// right under a headline: 羊城晚报讯 记者丰西西、李静报道.
var reMarkWithReporter = regexp.MustCompile(`^\s*\p{Han}{2,8}(?:报|网)讯\s*记者`)

// reFeatureSubtitle is a feature story's subtitle under its headline, after
// a dash (——州十三届人大一次会议开幕侧记), or an interpretation's, perhaps
// with a photo's caption run on (——桃江县政府工作报告解读桃江县县长…).
var reFeatureSubtitle = regexp.MustCompile(`^(?:——|—)[\p{Han}\d“”]{4,40}(?:侧记|综述|纪实|特写|述评|速写)$|^(?:——|—)[\p{Han}\d“”《》]{4,40}?报告》?(?:系列)?解读`)

// reImageAddress is an image's address: http://www.xy.gov.cn/images/…/a1.jpg.
var reImageAddress = regexp.MustCompile(`(?i)\.(?:jpe?g|png|gif|webp|bmp)(?:\?\S*)?$`)

// reEditionTail ends a paper's column and page line: 广州新闻 A04版.
var reEditionTail = regexp.MustCompile(`(?:^|\s)[A-Z]?\d{1,3}\s*版$`)

// reForumBoard names a forum or its board: 大河论坛-河南人自己的网上家园.
var reForumBoard = regexp.MustCompile(`论坛|社区|贴吧|(?i:bbs)`)

// reSiteDomain is a site's address in a line: xx.bbs.com.
var reSiteDomain = regexp.MustCompile(`(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn)\b`)

// isHeadlineOverTheme reports whether the line over open[i], a 主题： line,
// past the page's date and source lines, is a story's headline, which makes
// open[i] an event's theme. A headline over its site's source or publication
// line (宜春锂电论坛 嘉宾观点摘编 / 发布时间：… 来源：宜春日报 / 主题：…) is one
// whatever it names, but for a line its site's separators join; a line over a
// post's counts or date (强国论坛 两会召开专题 / 查看: 2356 | 回复: 12 / 主题：…)
// is a forum's board. With neither between: not a forum's board line
// (大河论坛-河南人自己的网上家园, 天涯社区 › 时事, xx.bbs.com 河南网友交流区), a
// short name, one its site's separators join, one with its site's address or
// one with a forum's own words (凯迪社区猫眼看人版块, 欢迎光临大河论坛), which a
// headline naming a forum or a community (宜春市民营经济发展论坛开幕, 东湖社区举办…)
// is not.
func isHeadlineOverTheme(open []string, i int) bool {
	s, between := lineAboveFields(open, i)
	t := squeezeSpaces(strings.TrimSpace(s))
	if t == "" || strings.ContainsAny(t, "›>»|｜") || reSiteDomain.MatchString(t) {
		return false
	}
	switch {
	case reForumPostFields.MatchString(between):
		return false
	case reStorySourceFields.MatchString(between):
	case reForumBoard.MatchString(t) && (runes(t) <= 8 || strings.ContainsAny(t, "-—") || reBoardWord.MatchString(t) || reBoardEnd.MatchString(t) || strings.Contains(strings.TrimSpace(s), " ") && !reEventVerb.MatchString(t)):
		return false
	}
	return isHeadline(cleanTitle(s))
}

// reForumPostFields are a forum post's counts and date between its board's
// line and its 主题： line: 查看: 2356 | 回复: 12, 发表于2013-08-03.
var reForumPostFields = regexp.MustCompile(`回复\s*[:：]|发表于|楼主`)

// reStorySourceFields are a story's source and publication fields between
// its headline and its theme: 发布时间：…, 来源：宜春日报.
var reStorySourceFields = regexp.MustCompile(`来源\s*[:：]|发布时间|发布日期`)

// reBoardWord is a word only a forum's own lines use: 版块, 欢迎光临, 网上家园,
// 免费注册 (not 注册 alone: 宜春举办企业注册登记便利化改革论坛).
var reBoardWord = regexp.MustCompile(`版块|板块|欢迎光临|欢迎访问|网上家园|请登录|免费注册|注册会员`)

// reBoardEnd ends a board's name: 天涯杂谈区, 深入讨论区, 时政版.
var reBoardEnd = regexp.MustCompile(`(?:讨论区|杂谈区|交流区|专区|版|频道)$`)

// reEventVerb is what a headline says an event did: 开幕, 举行, 举办, 开展.
var reEventVerb = regexp.MustCompile(`开幕|闭幕|举行|举办|召开|开展|启动|成立|落幕|揭牌|迎来|走进`)

// lineAboveFields returns the line over open[i] past the page's date and
// source lines between (a headline / 发布时间：… / 主题：…), or "" at the top,
// and those lines, joined.
func lineAboveFields(open []string, i int) (above, between string) {
	for k := i - 1; k >= 0; k-- {
		l := strings.TrimSpace(open[k])
		if isMetadataLine(l) || reSiteDateLine.MatchString(l) || reDayTimeAlone.MatchString(l) || reDateAlone.MatchString(l) {
			between = l + "\n" + between
			continue
		}
		return open[k], between
	}
	return "", between
}

// reForumThreadTitle is a forum thread's title after its label: 主题:….
var reForumThreadTitle = regexp.MustCompile(`^主题\s*[:：]\s*(\S.*)$`)

// reColumnBarAlone is a column's name and its bar alone on a line: 2022南阳两会 |.
var reColumnBarAlone = regexp.MustCompile(`^[\p{Han}\d]{2,16}\s*[|｜丨]$`)

// reReportReadSubtitle is a subtitle naming the report a story reads:
// 《2022年上海市国民经济和社会发展统计公报》解读.
var reReportReadSubtitle = regexp.MustCompile(`^《[^《》]{4,60}(?:报告|公报|纲要)》(?:解读|解析|评析)$`)

// rePlaceColonHeadline is a news headline led by its province or city, or
// the city's delegation, and a colon: 江西:民生支出保障有力, 成都市：财政收入稳步
// 增长, 来宾市代表团:抢抓机遇破解发展难题.
var rePlaceColonHeadline = regexp.MustCompile(`^` + listingProvince + `(?:代表团)?[:：]\p{Han}[\p{Han}\d%，,、]{3,30}$`)

// isPhraseHeadline reports whether s is a headline of two to four spaced
// phrases of Chinese, one of them of six characters or more: no menu of
// short entries, no sentence.
func isPhraseHeadline(s string) bool {
	spans := strings.Fields(s)
	if len(spans) < 2 || len(spans) > 4 || isNavigation(s) || !isHeadline(cleanTitle(s)) {
		return false
	}
	if _, _, ok := headingOf(s); ok {
		return false // a part's heading: 第一章 “十二五”时期发展取得的主要成就
	}
	longest := 0
	for _, p := range spans {
		if strings.ContainsFunc(p, func(r rune) bool { return !isHan(r) && !strings.ContainsRune("“”‘’", r) }) {
			return false
		}
		longest = max(longest, runes(p))
	}
	return longest >= 6
}

// reCaptionCredit is a photo's caption ending on its credit: …同步推进。记者
// 付海旭摄, …（记者 付海旭 摄）.
var reCaptionCredit = regexp.MustCompile(`(?:记者|通讯员)\s*\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,3}\s*[摄攝]\s*[)）]?$`)

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
	if column, bar, rest, ok := columnBar(strings.TrimSpace(s), false); ok {
		// A news column's name before a bar, the headline after it
		// (聚焦2023内蒙古两会 | 这五年,内蒙古凝心聚力…): the page shows both.
		return column + bar + cleanTitle(rest)
	}
	main, sub, ok := strings.Cut(strings.TrimSpace(s), "——")
	sub = strings.TrimLeft(sub, "—")
	if !ok || main == "" || !isSubtitle(sub) {
		return cleanTitle(s)
	}
	return cleanTitle(main) + "——" + cleanTitle(sub)
}

// reColumnBeforeBar is a news column's name before a bar and the headline
// after it: 聚焦2023内蒙古两会 | 这五年,…; 2022全国地方两会|广西GDP增长7.5%,…;
// 速读报告 |今后五年,…; 一图读懂|划重点!雨花区政府工作报告来了; 政府工作报告解读|极不
// 平凡的五年,聊城这样走过; 展望"十三五"| 打造文明富裕平安"广东香格里拉" (a plan
// period's column: see rePlanPeriodColumn).
var reColumnBeforeBar = regexp.MustCompile(`^((?:(?:19|20)\d{2}\s*)?[\p{Han}\d“"]{0,12}?(?:两会|聚焦|专题|快讯|关注|速读报告|报告速读|一图读懂|图解|划重点|报告解读|展望)[\p{Han}\d“”"]{0,12}?)(\s*[|｜丨]\s*)(\S.{5,})$`)

// rePlanPeriodColumn is a column named for a plan period, a verb and the
// period alone before a bar: 奋进十四五 | 白云:…, 迈向十五五 | …, 建功“十四五” | …
// (not a headline naming the period: 宜春“十四五”规划纲要正式发布 | 中国江西网…).
var rePlanPeriodColumn = regexp.MustCompile(`^(\p{Han}{2}“?十[一二三四五]五”?)(\s*[|｜丨]\s*)(\S.{5,})$`)

// reShortColumnBeforeBar is any short name before a bar that opens a
// headline in a story's opening: 两会快讯|市十八届人大一次会议隆重开幕.
var reShortColumnBeforeBar = regexp.MustCompile(`^(\p{Han}{2,6})(\s*[|｜丨]\s*)(\S.{5,})$`)

// columnBar splits a line that a news column's name opens before a bar
// (see reColumnBeforeBar; with anyShort, any short name: see
// reShortColumnBeforeBar) into the column, the bar and the headline after
// it. A site's or an organ's name after the bar (…|某某区人民政府门户网站,
// …解读 | 宁波市发展和改革委员会) makes the line a title and its site, not a
// column's headline.
func columnBar(s string, anyShort bool) (column, bar, rest string, ok bool) {
	v := reColumnBeforeBar.FindStringSubmatch(s)
	if v == nil {
		v = rePlanPeriodColumn.FindStringSubmatch(s)
	}
	if v == nil && anyShort {
		v = reShortColumnBeforeBar.FindStringSubmatch(s)
	}
	if v == nil || reSiteName.MatchString(strings.TrimSpace(reTitleSeparator.Split(v[3], 2)[0])) || isOrganName(strings.TrimSpace(v[3])) {
		return "", "", "", false
	}
	return v[1], v[2], v[3], true
}

// isSubtitle reports the part of a headline after its dash that continues
// it: words, perhaps opening on a book title (——《…统计公报》评读) or a
// year (——2026年市政府工作报告解读), not a
// date, a meeting line (……会议上), a site's name or a place where something
// was said (在…).
func isSubtitle(s string) bool {
	t := cleanTitle(s)
	first, _ := utf8.DecodeRuneInString(t)
	return runes(t) >= 4 && (unicode.Is(unicode.Han, first) || first == '《' || reYearOpensSubtitle.MatchString(t) && !reYearOpensDate.MatchString(t)) && !reMeetingLine.MatchString(s) && !strings.HasSuffix(t, "上") &&
		!reSiteNameSuffix.MatchString("-"+t) && !reSiteName.MatchString(t) && !strings.HasPrefix(t, "在")
}

// reYearOpensSubtitle is a subtitle opening on a year and words, not a
// date: 2026年市政府工作报告解读.
var reYearOpensSubtitle = regexp.MustCompile(`^(?:19|20)\d{2}年\p{Han}`)

// reYearOpensDate is a date or a time of the year after a dash: 2019年元月10日,
// 2019年正月初八, 2024年初, 2023年岁末, 2019年一月.
var reYearOpensDate = regexp.MustCompile(`^(?:19|20)\d{2}年(?:[元正初底末岁春夏秋冬]|[一二三四五六七八九十]{1,2}月|[上下]半年)`)

// reDayTimeAlone is a page's day and time alone on their line: 12.01.2018
// 07:32, 2018-01-12 07:32.
var reDayTimeAlone = regexp.MustCompile(`^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?$`)

// withColumnTag returns headline t with the column tag its line open[i]
// opens with (【青海两会】, 【聚焦两会】, 【西宁市】): a news page shows it as
// part of its headline, where a forum's board tag ([山西]) or a listing's
// province ((湖北省)) before a report's title is no part of the title. A
// tag that repeats the column's name on the line above (区乡人大 /
// 【区乡人大】东城区…隆重召开) marks the column, and is left off.
func withColumnTag(open []string, i int, t string) string {
	tag := reColumnTag.FindString(strings.TrimSpace(open[i]))
	if tag != "" && i > 0 && squeezeSpaces(open[i-1]) == strings.Trim(tag, "【】") {
		return t // the column's name is the line above: 区乡人大 / 【区乡人大】…
	}
	if tag != "" && !strings.HasPrefix(t, tag) && !reOutletTag.MatchString(tag) && !reTitleLabelTag.MatchString(tag) {
		return tag + t
	}
	return t
}

// reTitleLabelTag labels the headline itself in the tag's brackets
// (【原标题】蓝天立主持召开…): no column, and no part of the headline.
var reTitleLabelTag = regexp.MustCompile(`^【(?:原标题|标题|题目)】$`)

// reSubtitleMeetingLine is a report's meeting line after its dash: a date
// (2018年1月10日…; not a year alone: 2023年宜春经济社会发展回眸), or where it
// was read (在…会议上, 在…大会上), or the congress's approval, its date
// damaged or not (20201230日区第十五届人民代表大会第五次会议通过).
var reSubtitleMeetingLine = regexp.MustCompile(`^[\d〇○零一二三四五六七八九十OＯ]{2,4}\s*年\s*[\d〇○零一二三四五六七八九十]{1,2}\s*月|在.{2,60}(?:会议|大会|会)上|^在|(?:人民代表大会|人大).{0,30}会议(?:审议|审查)?(?:通过|批准)$`)

// reOutletTag is the paper or site a story comes from, in the tag's
// brackets (【义乌商报】, 【中安在线】): its source, no column, and no part of its
// headline.
var reOutletTag = regexp.MustCompile(`^【\p{Han}{1,6}(?:日报|晚报|商报|报|网|电视台|广播电视台|新闻|在线|客户端)】$`)

// reColumnTag is a news column's tag in black brackets before a headline,
// perhaps with its year: 【聚焦市两会】, 【2018云南两会】; two names, a dot or a
// space between: 【导读·解读】, 【导读 访谈】.
var reColumnTag = regexp.MustCompile(`^【(?:(?:19|20)\d{2})?\p{Han}{1,8}(?:\s*[·・]\s*\p{Han}{1,8}|\s\p{Han}{1,8})?】`)

// rePortraitCaption is a leader's portrait caption under its marker: its
// office and name (▲中共攸县县委书记 李鹏程, ▲中共攸县县委副书记 攸县人民政府县长 武挪强).
var rePortraitCaption = regexp.MustCompile(`^[▲△]\s*[\p{Han}\s]{2,30}?(?:书记|县长|市长|区长|省长|旗长|州长|盟长|主席|主任|镇长|乡长)\s*\p{Han}{2,4}$`)

// isHeadline reports whether t can be a news page's headline: a line of 6
// to 80 characters, no sentence, navigation, salutation, organ's name or
// part's heading (第一部分 部门单位概况).
func isHeadline(t string) bool {
	n := runes(t)
	return n >= 6 && n <= 80 && !strings.ContainsAny(t, "。；;") && !reDateAlone.MatchString(strings.TrimSpace(t)) && !reLeadingURL.MatchString(t) && !reNotTitle.MatchString(strings.TrimRight(t, "》")) && !isSalutation(t) && !isOrganName(t) && !reByline.MatchString(t) && !isNameCaption(t) && !rePortraitCaption.MatchString(t) && !reAttachedTables.MatchString(strings.TrimSpace(t)) && !reNamedFieldLine.MatchString(t) && !isAdultSpam(t) && !rePhotoPlaceholder.MatchString(strings.TrimSpace(t)) && !rePartHeading.MatchString(strings.TrimSpace(t))
}

// isKicker reports whether s, a line over a headline, is a kicker or a
// column's label, no headline: short phrases set apart with no figure (稳中有进
// 开局良好), a column's label and its colon (专题：2024年宜春两会), a focus or
// series line alone (聚焦一季度宜春经济, 2024宜春两会特别报道). A headline set
// out with a space or a colon (宜春：一季度GDP增长5.6%, 稳中有进 宜春一季度经济
// 开局良好, 学习贯彻市两会精神：宜春奋力推进高质量发展) is none.
func isKicker(s string) bool {
	s = strings.TrimSpace(s)
	if reKickerLabel.MatchString(s) {
		return true
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' })
	if len(parts) == 1 {
		return !strings.ContainsAny(s, ":：") && reKickerLine.MatchString(s)
	}
	for _, p := range parts {
		if runes(p) > 6 || strings.ContainsAny(p, "0123456789０１２３４５６７８９%％") {
			return false
		}
	}
	return true
}

// reKickerLabel is a column's label and its colon over a headline: 专题：…,
// 聚焦：…, 特别报道：….
var reKickerLabel = regexp.MustCompile(`^(?:专题|专栏|聚焦|关注|热点|特稿|特别报道|系列报道|专题报道|链接|相关链接)\s*[:：]`)

// reKickerLine is a focus or series line standing alone over a headline:
// 聚焦一季度宜春经济, 2024宜春两会特别报道; not a headline that opens on a
// visit or ends on a study (走进宜春经济技术开发区, 学习贯彻省委全会精神).
var reKickerLine = regexp.MustCompile(`^(?:聚焦|关注)\p{Han}|(?:特别报道|系列报道|专题报道)$`)

// reTrailingPhotoMark is the mark of a file photo after a line: （资料图）,
// after a photo's caption under a headline (宜春中心城区一角（资料图）) or after
// a headline a site marks so under a kicker (稳中有进 开局良好 / 一季度宜春GDP
// 增长5.6%（资料图）).
var reTrailingPhotoMark = regexp.MustCompile(`\s*[(（]资料图片?[)）]$`)

// rePhotoPlaceholder is a note in brackets where a page's photo was:
// (资料图片仅供参考), （图片来源：网络）; or a photo's caption marked as one
// (南京新街口商圈夜景（资料图）, 宜春中心城区夜景。（资料图）), not a headline a site
// marks so (一季度宜春GDP增长5.6%（资料图）).
var rePhotoPlaceholder = regexp.MustCompile(`^[(（]\s*(?:资料)?图片[^()（）]{0,12}[)）]$|(?:夜景|全景|街景|外景|景色|风貌|鸟瞰|俯瞰|航拍|远眺|。)\s*[(（]资料图片?[)）]$`)

// reTableRule is the rule a page saved as a table has under its first row:
// ---|---|---|.
var reTableRule = regexp.MustCompile(`^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$`)

// isNameCaption reports a photo's caption that only names the official
// shown (灞桥区区长苏晓梅): no headline. A headline that ends in an office
// and a name at work (市政府第三十五次常务会议召开 市长刘强主持) is one.
func isNameCaption(t string) bool {
	v := reSpeaker.FindStringSubmatch(t)
	return v != nil && !containsAny(v[1], []string{"会议", "召开", "举行"}) && !containsAny(v[3], []string{"主持", "讲话", "出席", "强调", "指出", "调研", "作"})
}

// sessionHeadline returns the headline a story about a congress's session
// opens with (理县十三届人大二次会议开幕, 济阳县第十八届人民代表大会第二次会议
// 隆重开幕, 日照市十七届人大三次会议开幕，杨军主持…, 省十二届人大一次会议在榕开幕),
// whatever stands under it (a deck, a caption, the paper's name), or "".
// It looks at the first eight opening lines: an e-paper's app may leave its
// popup over the story (云报平台 / 这已经是最后一期了哦! / 我知道了 / 内容详情),
// and a slogan kicker may stand over the session's headline.
func sessionHeadline(open []string) string {
	tagged := "" // a headline after its column's tag, where none stands without it
	for i, s := range open[:min(len(open), 8)] {
		if isMetadataLine(s) || isNavigation(s) || isSalutation(s) {
			continue
		}
		next := ""
		if i+1 < len(open) {
			next = open[i+1]
		}
		if h := editorialHeadline(s, next); h != "" {
			return h
		}
		// A headline may end in a full stop (海口美兰区七届人大三次会议开幕。).
		t := strings.TrimSuffix(cleanTitle(s), "。")
		tag := reColumnTag.FindString(t)
		if column, bar, rest, ok := columnBar(strings.TrimSpace(s), true); ok {
			// A column's name before a bar (两会快讯|市十八届人大一次会议隆重开幕)
			// is no site's name after a title.
			tag, t = column+bar, column+bar+strings.TrimSuffix(cleanTitle(rest), "。")
		}
		if n := runes(t); n > 60 || strings.ContainsAny(t, "。；;") {
			continue
		}
		if reSessionHeadline.MatchString(t) {
			if i == 1 && strings.ContainsAny(t, "，,") && reStoryLead.MatchString(open[min(2, len(open)-1)]) {
				// A paper's main headline over the session's subheading,
				// who made the report run on after a comma (2010年广州人均生产
				// 总值1万美元 / 广州市十二届人大四次会议开幕,市长…作政府工作报告 /
				// 本报讯…): the main headline is the story's title.
				if h := cleanTitle(open[0]); isHeadline(h) && runes(h) <= 30 && !strings.ContainsAny(h, "，,") && !isNavigation(open[0]) && !isMetadataLine(open[0]) && !reSiteName.MatchString(h) && reColumnTag.FindString(h) == "" {
					return h
				}
			}
			return withColumnTag(open, i, t)
		}
		if strings.HasSuffix(t, "人民代表大会") && i+1 < len(open) {
			// A headline broken after the congress's name (包头市九原区第十八届
			// 人民代表大会 / 第五次会议开幕).
			if j := t + strings.TrimSuffix(cleanTitle(open[i+1]), "。"); runes(j) <= 60 && reSessionHeadline.MatchString(j) {
				return j
			}
		}
		if tagged == "" && tag != "" && reSessionHeadline.MatchString(t[len(tag):]) {
			// 【聚焦金昌市两会】金昌市第九届人民代表大会第一次会议开幕, unless
			// the page repeats it without its tag below.
			tagged = t
		}
	}
	return tagged
}

// editorialHeadline is a paper's editorial headline on a congress's
// session: its call, then a dash and its greeting to the session, on one
// line (为实现…目标而努力奋斗——热烈祝贺市十四届人大四次会议胜利闭幕: both are
// the headline) or as a subheading on the next (精心描绘“十二五”宏伟蓝图 | /
// ——热烈祝贺玉林市三届人大八次会议开幕 |: the call is), or "".
func editorialHeadline(s, next string) string {
	trim := func(s string) string { return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "|｜ ")) }
	head, tail, oneLine := strings.Cut(trim(s), "——")
	if !oneLine {
		head, tail = trim(s), ""
		// The dash may be drawn with bars (―――热烈祝贺…).
		next = trim(next)
		if t := strings.TrimLeft(next, "—―"); runes(next)-runes(t) >= 2 {
			tail = t
		}
	}
	head = strings.TrimSpace(reSiteNameSuffix.ReplaceAllString(head, ""))
	if !strings.HasPrefix(tail, "热烈祝贺") || !reSessionHeadline.MatchString(tail) || runes(head) < 4 || runes(head) > 30 || strings.ContainsAny(head, "。；;，,") {
		return ""
	}
	if oneLine {
		return head + "——" + tail
	}
	return head
}

// reSessionHeadline is a headline whose subject is a congress's session
// opening or closing, perhaps on a day of the month (镇江市八届人大六次会议19日
// 开幕), or named by its place and numbers alone (贵州十一届六次会议闭幕; not a
// CPPCC's session or a party committee's plenum: 市政协十一届五次会议开幕), or a
// township that holds it (四新岗镇召开镇十四届人大五次会议; in a lead, before
// its comma; 仁寿县龙正镇召开第八届人民代表大会第二次会议).
var reSessionHeadline = regexp.MustCompile(`^\p{Han}{1,7}?[^\P{Han}协委第一二三四五六七八九十][一二三四五六七八九十]+届[一二三四五六七八九十]+次会议(?:昨日?|今日?|昨天|今天|\d{1,2}日)?(?:上午|下午)?(?:在\p{Han}{1,6}?)?(?:隆重|胜利)?(?:开幕|闭幕)|^\p{Han}{0,16}?(?:第?[一二三四五六七八九十]+届人大(?:常委会)?第?[一二三四五六七八九十]+次(?:全体)?会议|第[一二三四五六七八九十\d]+届人民代表大会(?:常务委员会)?第[一二三四五六七八九十\d]+次(?:全体)?会议)(?:昨日?|今日?|昨天|今天|\d{1,2}日)?(?:上午|下午)?(?:在\p{Han}{1,6}?)?(?:隆重|胜利)?(?:开幕|闭幕|召开|举行)|^\p{Han}{2,16}?(?:隆重|胜利)?(?:召开|举行)了?\p{Han}{0,3}?(?:第?[一二三四五六七八九十]+届人大(?:常委会)?第?[一二三四五六七八九十]+次|第[一二三四五六七八九十\d]+届人民代表大会第[一二三四五六七八九十\d]+次)(?:全体)?会议(?:$|[，,。])`)

// reContactLine is a site's contact or owner line (投稿邮箱: mczfw@163.com,
// 主办单位: …, 新聞熱線:0855-8222000): never a headline. A headline may hail its readers
// (@南阳人,《政府工作报告》2023年成绩单来了!).
var reContactLine = regexp.MustCompile(`[A-Za-z0-9._-]@[A-Za-z0-9]|^(?:主办单位|承办单位|协办单位|投稿邮箱|邮箱|电子邮箱|联系电话|电话|地址|版权所有|\p{Han}{0,4}热线(?:电话)?)\s*[:：]`)

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
// agency's dateline (人民网银川12月28日电, 长江日报-长江网1月24日讯, 大众日报·大众网-海报新闻
// 1月10日讯), the paper's mark (本报讯, 长江日报-长江网讯(记者…),
// 本报2月2日讯, 商报全媒体讯（…）, 长三角城市网讯 3月28日,…, …网讯：2018年3月28日,…), a photo's caption (…作政府工作报告。黎晓刚 摄) or the
// day and time the story opens on (1月6日下午,…; 1月21日上午9时,…;
// 2019年10月26日上午,…, with its year only with the time of day or
// before a comma and the meeting it tells of: 2022年1月22日,在南昌市第十六届
// 人民代表大会第二次会议上,…; 昨日上午,…; 日前,…; 近日,…), perhaps after a
// short clause (在完成各项既定议程后,昨天下午,…); or the source it retells
// (据北京市政府网站消息,…).
var reStoryLead = regexp.MustCompile(`^(?:` + datelineLead + `|\p{Han}{1,10}(?:\s*(?:[-－·]|—{1,2})\s*\p{Han}{1,10}){0,2}讯\s*(?:[（(]|[:：]?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日)|本[报网台站刊]\p{Han}{0,4}?(?:\d{1,2}月)?(?:\d{1,2}日)?讯|.{4,60}\s摄$|\d{1,2}月\d{1,2}日?(?:(?:至|到|—|-|－)\d{1,2})?日[^，,。；]{0,8}[,，]|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|早上|凌晨)[^，,。；]{0,6}[,，]|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[,，]在[^，,。；]{4,40}会议上[,，]|(?:昨日|昨天|日前|近日)(?:上午|下午|晚上|晚间)?[,，]|[^，,。；:：]{2,24}[,，](?:昨日|昨天|今日|今天|前天|\d{1,2}日)(?:上午|下午|晚上|晚间)?[,，]|据\p{Han}{2,20}?(?:消息|报道)[,，])`)

// reLearntLead is a story's lead that opens on where the reporter learnt
// it (记者从市统计局获悉,…; 城网君从1月27日上午召开的…会议上了解到,…): a lead
// right under its headline, not past other lines, where a site's slogan may
// stand over the headline.
var reLearntLead = regexp.MustCompile(`^\p{Han}{1,8}从[^，,。；]{2,80}?(?:了解到|获悉|得知)[,，:：]`)

// reDatelineLead is a story's lead opening on its site's or agency's
// dateline: 龙港网2月11日讯, 新华社北京3月5日电, 长江日报-长江网1月24日讯.
var reDatelineLead = regexp.MustCompile(`^\s*` + datelineLead)

// datelineLead is a site's or an agency's dateline opening a story (see
// reDatelineLead), for the patterns of a story's lead.
const datelineLead = `\p{Han}{2,12}(?:\s*(?:[-－·]|—{1,2})\s*\p{Han}{2,12}){0,2}\d{1,2}月\d{1,2}日(?:电|讯)`

// rePaperMarkLead is a story's lead opening on its paper's mark (本报讯,
// 本报讯 (记者 徐晓恩), 本报郑州3月23日讯): the line over it is the story's headline, spaced
// phrases (金华 抢抓机遇 浙中崛起) or not, unless it is the byline (通讯员
// 冯 成 姜宪伟).
var rePaperMarkLead = regexp.MustCompile(`^\s*本报(?:\p{Han}{2,6}?)?(?:\d{1,2}月\d{1,2}日)?讯`)

// reDocKindTail is the kind of document an organ's heading ends with, its
// letters spaced (湖南省人民代表大会常务委员会 公 告): a heading, no byline.
var reDocKindTail = regexp.MustCompile(`(?:公告|通告|公报|决议|决定|通知|命令)$`)

// reOrganPerson is the line of the office and the person who presents a
// report (市发展和改革委员会 沙立平, its name letter-spaced: 黔东南州发展和改革
// 委员会 杨 琼): no headline.
var reOrganPerson = regexp.MustCompile(`^\p{Han}{2,30}?(?:委员会|局|厅|办公室|人民政府)(?:代?(?:主任|局长|厅长))?\s+\p{Han}(?:\s{0,2}\p{Han}){1,2}$`)

// reOrganName is an office's name alone, over the date it signs with
// (广西壮族自治区统计局 / (1991年2月12日), 山西省统计局吕梁市调查监测中心): an
// issuer, not a headline.
var reOrganName = regexp.MustCompile(`^\p{Han}{2,30}(?:局|队|委员会|人民政府|办公室|办公厅|厅|调查监测中心|调查中心)$`)

// isOrganName reports whether s is an office's name alone (see
// reOrganName); not a headline that ends on a word in 局 (勇立潮头开新局,
// 服务发展大局, 破解困局, 构建新格局, 乘势而上谋新局, 着眼全局); 城市更新局,
// 国家安全局 are offices.
func isOrganName(s string) bool {
	return reOrganName.MatchString(s) && (!containsSuffix(s, situationWords) || containsSuffix(s, officesEndingLikeSituations))
}

// officesEndingLikeSituations are offices whose names end on one of the
// situationWords: 城市更新局, 科技创新局, 国家安全局.
var officesEndingLikeSituations = []string{"更新局", "科技创新局", "安全局"}

// situationWords are words in 局 that are no office: 开新局, 大局, 格局, 困局.
var situationWords = []string{"新局", "全局", "开局", "大局", "困局", "骗局", "迷局", "僵局", "危局", "格局", "布局", "结局", "变局", "胜局", "好局", "时局", "破局", "定局", "棋局"}

// reBracketMonth is the month a white paper or a speech gives under its
// title: (2013年10月).
var reBracketMonth = regexp.MustCompile(`^\s*[(（]\d{4}年\d{1,2}月(?:\d{1,2}日)?[)）]\s*$`)

// datedBelow reports whether the lines under a headline are the page's
// fields and one of them dates it (来源：新华社 / 2020-05-22 08:08); the
// site or office the page names without a label may stand among them
// (新华网 / 2017/03/05, 洱源县人民政府 / 发布时间：2023年01月16日), and so may
// a byline (记者 刘露 / 2024-02-21 来源:南阳广播电视台), in a page saved as
// its source with its tags (<strong>□河北日报记者</strong>潘文静), and the
// headline's subtitle (——解读河北“十五五”规划《纲要》).
func datedBelow(lines []string) bool {
	for i, l := range lines {
		// A site's name, a byline, a subtitle or the page's label over the
		// story (文章正文) may stand between the headline and its date.
		if i < len(lines)-1 && (reSiteName.MatchString(l) || reByline.MatchString(strings.TrimSpace(reInlineTag.ReplaceAllString(l, ""))) || strings.HasPrefix(strings.TrimSpace(l), "——") || reBodyLabel.MatchString(strings.TrimSpace(l))) {
			continue
		}
		if reNewspaperPage.MatchString(strings.TrimSpace(l)) && ParseDate(l) != "" {
			return true // the paper's page line: 《内蒙古日报》(2017年1月17日) 01版
		}
		if reDateAlone.MatchString(strings.TrimSpace(l)) {
			return true // the story's date alone on its line: 2020年12月21日
		}
		if reAccountDay.MatchString(strings.TrimSpace(l)) {
			return true // a public account's name and the day it posted: 深圳梦 2022-06-24
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

// reBodyLabel is a page's label over the story's text: 文章正文, 正文.
var reBodyLabel = regexp.MustCompile(`^(?:文章|新闻)?正文$`)

// reInlineTag is an HTML tag inside a line of a page saved as its source.
var reInlineTag = regexp.MustCompile(htmlTag)

// htmlTag is an HTML tag, opening or closing: <div class="…">, </div>.
const htmlTag = `</?[a-zA-Z][^<>]*>`

// reAccountDay is a public account's or an outlet's name and the day it
// posted the story, alone on the line under the headline: 深圳梦 2022-06-24,
// 郑州日报·2026-01-20 08:47.
var reAccountDay = regexp.MustCompile(`^\p{Han}{2,12}(?:\s+|\s*[·•]\s*)\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)

// reNewspaperPage is a newspaper's page line (see newspaperPage).
var reNewspaperPage = regexp.MustCompile(newspaperPage)

// reCreditedCaption is a photo's short caption with its outlet and
// photographer: 会议现场。人民网 刘艺琳摄.
var reCreditedCaption = regexp.MustCompile(`^\p{Han}{2,20}。?\s*\p{Han}{0,10}\s+\p{Han}{2,4}\s?[摄攝]$`)

// storyLeadBelow reports whether the lines under a headline reach a story's
// lead (本报讯 (记者 林霞) 26日,…) past only a subheading, a byline and a
// photo's caption:
// 优化财政资源配置… / 省十四届人大二次会议主席团第四次会议审议通过…的报告 / 记者
// 林霞 / 本报讯…; or a lead telling where the reporter learnt it past only
// a photo's caption and the page's fields (一季度宜春GDP增长5.6% / 宜春城区 鸟瞰
// （资料图） / 发布时间：… / 记者从市统计局获悉，…), not past a line that may be
// the headline itself.
func storyLeadBelow(lines []string) bool {
	furnitureOnly := true // only photos' captions and the page's fields above so far
	for j, l := range lines {
		l = strings.TrimSpace(reInlineTag.ReplaceAllString(l, "")) // a paragraph's tag left in the text: <p>8月31日上午…
		if reStoryLead.MatchString(l) || furnitureOnly && reLearntLead.MatchString(l) {
			return true
		}
		furnitureOnly = furnitureOnly && (reTrailingPhotoMark.MatchString(l) || rePhotoPlaceholder.MatchString(l) || isMetadataLine(l) || reSiteDateLine.MatchString(l) || reDayTimeAlone.MatchString(l))
		if rePhotoCaption.MatchString(l) || reCreditedCaption.MatchString(l) {
			continue // 图为陈冬代市长正在作政府工作报告。, 会议现场。人民网 刘艺琳摄
		}
		if j == 1 && reByline.MatchString(l) && reReaderCount.MatchString(strings.TrimSpace(lines[0])) {
			return true // the story's byline under its count of readers (阅读数:909 / 通讯员 韩梦婷)
		}
		if strings.HasPrefix(l, "关于") && namesReport(cleanTitle(l)) {
			return false // the line over a report's own title is its kicker: …审议通过 / 关于…审查结果的报告
		}
		if runes(l) > 80 || strings.ContainsAny(l, "。；;") {
			return false
		}
	}
	return false
}

// bylineOverLead reports whether the lines under a candidate headline are
// a story's byline alone (本报记者 张洁) right over a lead of report text,
// or the same under one line that is no headline: a column's name (两会声音,
// 两会声音:代表谈), a paper's name (人民日报海外版, 唐山劳动日报·两会特刊), an
// interview's subtitle (——访…), or a photo's caption where the byline
// credits the photo (…现场发言 / 本报记者 张洁/摄, 李明/图).
func bylineOverLead(lines []string) bool {
	for j, l := range lines[:min(len(lines), 2)] {
		l = strings.TrimSpace(l)
		if !reByline.MatchString(l) || j+1 >= len(lines) || !isReportText(lines[j+1]) || runes(lines[j+1]) < 60 {
			continue
		}
		if j == 0 {
			return true
		}
		between := strings.TrimSpace(lines[0])
		return runes(between) <= 6 && !strings.ContainsAny(between, "，,。：:") || reColumnWithColon.MatchString(between) ||
			isPaperName(between) || strings.HasPrefix(between, "—") ||
			strings.ContainsAny(l, "摄攝图圖") && (rePhotoCaption.MatchString(between) || reCaptionScene.MatchString(between))
	}
	return false
}

// reOverline is a series' or a meeting's overline over a story's headline:
// 省十一届人大一次会议特别报道, 聚焦全国两会, 聚焦·2011全国两会, 两会进行时,
// …特别报道之三, …特别报道(三), …系列报道③.
var reOverline = regexp.MustCompile(`(?:特别报道|专题报道|系列报道|特别策划|特刊|专栏|巡礼|进行时|直通车)\s*(?:之\s*[一二三四五六七八九十\d]{1,3}|[(（][一二三四五六七八九十\d上中下]{1,3}[)）]|[·•][一二三四五六七八九十\d]{1,3}|[①-⑳㉑-㉟⑴-⒇])?$|^聚焦[·•\s]*[\p{Han}\d][\p{Han}\d·•]{0,11}$`)

// isOverlineOverHeadline reports whether s is a series' overline (see
// reOverline) over a line that is neither the byline nor a dash's subtitle
// (…发展成就巡礼 / ——农业农村篇 is a headline over its subtitle): the
// headline under it, not s, is the story's.
func isOverlineOverHeadline(s, next string) bool {
	next = strings.TrimSpace(next)
	return reOverline.MatchString(strings.TrimSpace(s)) && !reByline.MatchString(next) && !strings.HasPrefix(next, "—")
}

// reColumnWithColon is a column's name and its theme set apart by a colon:
// 两会声音:代表谈, 代表委员说:谈创新, 记者手记:春潮涌动; not a speaker's
// name and words (张国栋：勇于创新, 张国栋说：唐山要率先发展).
var reColumnWithColon = regexp.MustCompile(`^\p{Han}{0,4}(?:声音|聚焦|关注|热议|观察|直击|快讯|访谈|两会|委员说|快评|评论|手记|心声|笔谈|札记|连线|视点|建言|点评|速递|观点|日记|纪事|镜头|一线)[:：]\p{Han}{1,8}$`)

// reCaptionScene is a photo's caption telling the scene it shows, its
// last words the scene (…审议现场, 张国栋代表在分组审议现场发言) without
// rePhotoCaption's 图为; not a headline that says what was said there
// (张国栋在参加唐山代表团审议时强调加快曹妃甸建设, 曹妃甸建设现场热火朝天).
var reCaptionScene = regexp.MustCompile(`现场$|在\p{Han}{0,14}(?:现场|发言|讲话|审议|讨论|调研|视察|听取报告)$`)

// rePaperName is a paper's or a news site's name alone, perhaps with its
// edition or column or its day (唐山劳动日报, 中国纪检监察报, 人民日报海外版,
// 唐山劳动日报·两会特刊, 唐山劳动日报 2008年1月20日, 中国社会科学网), which no
// headline over a byline is; not a headline that ends in 网, 政府 or a
// report's 报 (织密织牢民生保障网, 建设人民满意政府, 再传捷报, 会议简报).
var rePaperName = regexp.MustCompile(`^(?:\p{Han}{1,10}(?:日|晚|时|商|早|周|导|青年|法制|法治|工人|农民|经济|监察|科技|教育|都市|政协|科学|资源|代表|文汇|财经|参考|信息|消费|妇女|人民|环境|卫生|健康|金融|证券|工商|税务|审计|统计|民族|建设|交通|公安|检察|人大)报(?:海外版|农村版|电子版)?|\p{Han}{2,12}(?:新闻网|门户网站|政府网)|中国\p{Han}{1,5}网)(?:\s*[·•]\s*\p{Han}{2,6})?(?:\s+\d{4}年\d{1,2}月\d{1,2}日)?$`)

// isPaperName reports whether s is a paper's or a news site's name alone
// (see rePaperName), not a visit to one (省领导走访河南日报).
func isPaperName(s string) bool {
	s = strings.TrimSpace(s)
	if containsAny(s, visitWords) {
		return false
	}
	if rePaperName.MatchString(s) {
		return true
	}
	v := reAnyPaperName.FindStringSubmatch(s)
	return v != nil && !containsSuffix(v[1], reportNotPaper)
}

// reAnyPaperName is any paper's name by its 报, perhaps with its column or
// its day and page (新京报·两会特刊, 新京报 两会特刊, 中国劳动保障报, 大河报
// 2011年3月5日 第A06版, 大河报 A06版 要闻, 益阳日报 第二版, 益阳日报 头版,
// 《人民日报》（2011年03月06日 第02版）),
// not a headline of two phrases (善有善报 德润乡风); its group
// is the paper's name.
var reAnyPaperName = regexp.MustCompile(`^《?(\p{Han}{1,8}报)》?(?:\s*[·•]\s*\p{Han}{2,6}|\s+\p{Han}{0,4}(?:特刊|专刊|周刊|副刊|专版))?\s*[(（]?(?:\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}))?(?:\s*(?:第?\s*(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版|头版)(?:\s*[:：]?\s*\p{Han}{2,6})?)?\s*[)）]?$`)

// reBroadcasterName is a broadcaster's, a programme's or a media centre's
// name alone: 凤台新闻联播, 甘孜州融媒体中心, 德州广播电视台, 海南广播电视总台.
var reBroadcasterName = regexp.MustCompile(`^\p{Han}{2,12}(?:新闻联播|融媒体中心|广播电视总台|广播电视台|电视台|新闻中心)$`)

// isBroadcasterName reports a broadcaster's name alone (see
// reBroadcasterName), not a headline on a visit to one (探访全国两会新闻中心,
// 省委书记调研县融媒体中心).
func isBroadcasterName(s string) bool {
	s = strings.TrimSpace(s)
	return reBroadcasterName.MatchString(s) && !containsAny(s, visitWords)
}

// visitWords tell of a visit: 探访, 调研, 走进, 考察.
var visitWords = []string{"探访", "探营", "探秘", "打卡", "走近", "调研", "走进", "考察", "参观", "视察", "来到", "走访", "慰问", "看望", "检查"}

// reportNotPaper are words in 报 that name a report or a notice, not a
// paper: a headline may end in them (再传捷报, 会议简报, 统计公报).
var reportNotPaper = []string{"战报", "好报", "善报", "恶报", "福报", "播报", "捷报", "喜报", "通报", "简报", "汇报", "情报", "警报", "海报", "画报", "年报", "月报", "季报", "旬报", "快报", "公报", "预报", "申报", "举报", "回报", "上报", "填报", "呈报", "电报", "抄报", "决报", "报报"}

// reReaderCount is a page's count of its readers: 阅读数:909.
var reReaderCount = regexp.MustCompile(`^(?:阅读|浏览|点击)(?:数|量|次数)?\s*[:：]\s*\d+$`)

// rePhotoCaption is a photo's caption between a headline and its lead.
var rePhotoCaption = regexp.MustCompile(`^(?:图为|圖為|图片为)\p{Han}[^。]{0,80}。?$`)

// reByline is a story's byline alone on its line: 记者 刘露, 本报记者：王强 李明,
// □ 记者 胡起/文 胡黎明/图, □河北日报记者潘文静, 川观新闻记者 杨艺茂, or a post's author by the
// number a blog site gives its users (美友127206483), or a paper's
// reporter and the place reported from (21世纪经济报道记者 凌晨  西安报道,
// 新华社记者李四北京报道; not a series' headline: 洛阳日报记者走基层蹲点报道,
// 跟着总台记者看两会特别报道, 新华社记者直击两会, 人民网记者探营两会).
var reByline = regexp.MustCompile(`^\d{0,2}\p{Han}{1,10}(?:报|报道|网|社|台)记者\s*[^\P{Han}蹲系特调走看线进]{2,4}\s*[^\P{Han}蹲系特调走看线进]{2,6}报道$|^[□■]?\s*(?:本报|本台|本刊|本网|\p{Han}{2,6}(?:日报|晚报|电视台|新闻网|新闻|网|社))?(?:记者|通讯员)\s*[:：]?\s*[^\P{Han}蹲系特调走看线进直探访带聚问观]\p{Han}{1,3}(?:/[文图摄])?(?:\s+\p{Han}{2,4}(?:/[文图摄])?){0,3}$|^美友\d{4,12}$`)

// reSiteName is a site's or an office's name alone on its line, or a
// paper's masthead over its e-edition (浙江工人日报 数字报纸).
var reSiteName = regexp.MustCompile(`^\p{Han}{2,10}(?:网|报|人民政府|政府|电视台|发布)$|^\p{Han}{2,14}(?:网站|平台|客户端|频道)$|` + masthead)

// masthead is a paper's name over its e-edition: 浙江工人日报 数字报纸,
// 洛阳日报 电子版. A line of reSiteName's other shapes may be a headline
// (奋力建设人民满意政府, 织密织牢民生保障网); this one never is.
const masthead = `^\p{Han}{2,10}报\s*(?:数字|电子)(?:报纸?|版)$`

// reOutletName is a site's or an app's name alone on its line, which no
// headline is (中国共产党新闻网, 洛阳市人民政府门户网站, 河南日报客户端, 学习强国学习
// 平台, 澎湃新闻客户端), or a paper's masthead over its e-edition (its mark
// alone is one too: see isOutletLine). Unlike
// reSiteName it leaves headlines that end in such a word (奋力建设人民满意政府,
// 织密织牢民生保障网, 县人代会第一次会议简报) or in a paper's or a station's
// name (省领导走访河南日报, 市人大代表视察市广播电视台).
var reOutletName = regexp.MustCompile(`^\p{Han}{2,14}(?:新闻网|政府网|人民网|信息网|门户网站?|网站|客户端|学习平台)$|^\p{Han}{1,4}网$|` + masthead)

// isOutletLine reports whether s is a site's or an app's name alone on its
// line (see reOutletName).
func isOutletLine(s string) bool {
	s = strings.TrimSpace(s)
	if v := reSiteMarkAlone.FindStringSubmatch(s); v != nil {
		// Not a headline's picture mark (县委党校喜获捷报讯(图)) nor its
		// good news (喜获捷报讯).
		return !rePictureMark.MatchString(v[1]) && !containsAny(s, []string{"捷报讯", "喜报讯"})
	}
	return reOutletName.MatchString(s)
}

// reSiteMarkAlone is a paper's or a site's mark alone on its line, perhaps
// with the day it was filed, perhaps after its place, and the reporters in
// brackets, and a colon (not 东湖社区传来喜讯): 德州新闻网讯, 本报讯:, 本报1月20日讯, 本报北京1月20日讯(记者 张三),
// 本报讯（刘蕾）, 德州新闻网讯【记者 张三】; its group is what the brackets
// hold.
var reSiteMarkAlone = regexp.MustCompile(`^\p{Han}{1,12}(?:网|报|社|台)(?:\p{Han}{0,4}\d{1,2}月\d{1,2}日)?讯\s*(?:[(（【\[]([^()（）【】\[\]]{1,80})[)）】\]])?\s*[:：]?$`)

// rePictureMark is a headline's mark of its pictures or video: 图, 组图, 视频.
var rePictureMark = regexp.MustCompile(`^\s*(?:组?图|图文|视频|多图)\s*$`)

// isNavigation reports a line of navigation: three or more short links
// side by side (会员登录  新用户注册 退出, 首页 政务公开 互动交流), or a
// breadcrumb's columns set apart by spaces down to the page's text
// (法定主动公开内容 规划信息 正文).
func isNavigation(s string) bool {
	f := strings.Fields(s)
	if len(f) >= 3 && (f[len(f)-1] == "正文" || f[len(f)-1] == "查看内容") && !strings.ContainsAny(s, "。，,；;：:0123456789") && !endsTitle(f[len(f)-2]) {
		// A trail that ends on the page it leads to: 人民网 地方 正文, a
		// portal's 四川法治传媒网 平安四川 查看内容.
		return true
	}
	if reFusedTrail.MatchString(strings.TrimSpace(s)) && !containsAny(s, titleWords) {
		return true // a site's trail with its separators lost: 郑州人大人大要闻正文
	}
	if isMenuBar(s) {
		return true
	}
	if isAccountList(s) {
		return true // a site's list of its accounts elsewhere: 景谷发布微信公众号 景谷融媒抖音号 景谷融媒快手号 (not a headline on them: 我县融媒体中心微信公众号、抖音号粉丝…)
	}
	// Short entries, or a long list of them with one longer (大众日报 农村大众
	// 齐鲁晚报 … 国际日报山东版): not phrases of a headline set apart.
	words, long := 0, 0
	for _, w := range f {
		if runes(w) > 6 {
			long++
		}
		if runes(w) >= 2 {
			words++
		}
	}
	if long > 1 || long == 1 && len(f) < 8 {
		return false
	}
	return len(f) >= 3 && words >= 2 // not a title written letter-spaced
}

// isAccountList reports whether s is nothing but a site's accounts, one or
// more, with their labels (官方微博丨微信公众号丨抖音号, 铜鼓发布微信公众号 铜鼓融媒抖音号,
// 微信公众号：铜鼓发布 抖音号：铜鼓融媒, 扫码关注微信公众号 下载铜鼓新闻客户端,
// 关注我们：官方微博、微信公众号、抖音号): every part ends on an account's
// kind or is one's name after its kind, two of them or more or after an
// invitation (扫码关注); not a headline on them (“宜春发布”
// 抖音号视频号粉丝双双破百万, 关于…微信公众号更名的公告).
func isAccountList(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || runes(t) > 48 {
		return false
	}
	if reAccountNews.MatchString(t) {
		return false // a headline on opening accounts (县政府开通政务微博、微信公众号)
	}
	invited := reAccountInvite.MatchString(t)
	t = reAccountInvite.ReplaceAllString(t, "")
	parts := strings.FieldsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("丨|｜、/·", r) })
	if len(parts) < 2 && !invited {
		return false // one account named is a headline's (市人大常委会开通微信公众号, …一网通办App)
	}
	for _, p := range parts {
		p = reAccountInvite.ReplaceAllString(p, "")
		if !reAccountPart.MatchString(p) {
			return false
		}
	}
	return true
}

// reAccountNews is what a headline says a government did with its accounts:
// 开通, 上线, 推出, 更名, 入驻.
var reAccountNews = regexp.MustCompile(`开通|上线|推出|更名|入驻|启用|亮相|注册|粉丝|突破`)

// reAccountInvite is what a site sets before its accounts: 关注我们：, 扫码关注, 下载.
var reAccountInvite = regexp.MustCompile(`^(?:关注我们\s*[:：]?|扫码关注|扫一扫关注|扫描二维码关注|关注|下载)`)

// reAccountPart is one account of a site's list: its name and kind
// (铜鼓发布微信公众号, 铜鼓融媒APP, 官方微博) or its kind and name (抖音号：铜鼓融媒).
var reAccountPart = regexp.MustCompile(`^(?:[\p{Han}A-Za-z]{0,12}(?:公众号|抖音号|快手号|视频号|头条号|微博|微信|客户端|APP|App|app|小程序)|(?:微信)?(?:公众号|抖音号|快手号|视频号|头条号|微博|微信|客户端|小程序)\s*[:：]\s*[\p{Han}A-Za-z0-9]{1,12})$`)

// reFusedTrail is a site's trail of two or three sections and 正文 run
// together: 郑州人大人大要闻正文.
var reFusedTrail = regexp.MustCompile(`^\p{Han}{4,14}正文$`)

// isMenuBar reports whether s is a menu of four or more short entries
// between bars: 中央人民政府网站 | 省委 | 省人大 | 省政府 | 省政协, or a digest's
// header over a story (两会特刊｜政府工作报告｜十大关键词｜一图读懂), no title.
func isMenuBar(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '｜' })
	if len(parts) < 4 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if n := runes(p); n == 0 || n > 10 || strings.ContainsAny(p, "。，,；;：:") {
			return false
		}
	}
	return true
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
		// The second line of a meeting line wrapped over two (——2022年7月27日
		// 在板芙镇第十七届人民代表大会 / 第三次会议上) is no heading, though a
		// speech's heading may end so (在全县2024年经济工作会议上 / 同志们：).
		wrapped := k >= 2 && strings.HasSuffix(t, "会议上") && reMeetingLine.MatchString(strings.TrimSpace(open[k-2])+above)
		// Nor is a part's numbered heading over the salutation that opens
		// the part (二、2025年政府工作目标任务 / 各位代表,2025年是…).
		style, _, numbered := headingOf(above)
		part := numbered && (style == styleCN || style == styleParen)
		if !isHeadline(t) || wrapped || part || runes(t) > 40 || strings.ContainsAny(t, "，,：:") || isMetadataLine(above) || isNavigation(above) ||
			reSpeakerAlone.MatchString(squeezeSpaces(above)) || reOfficeNameLost.MatchString(squeezeSpaces(above)) || reOfficial.MatchString(above) || reOrganPerson.MatchString(above) || reMeetingLine.MatchString(above) || reMeetingLead.MatchString(above) || ParseDate(above) != "" {
			return ""
		}
		return t
	}
	return ""
}

// reSpeakerLine is the line of who reads a report, alone, the government
// or committee before the office if any (省人民政府省长 李国英, 代市长刘文新):
// no headline, though a news headline may end in an office and a name
// (…常务会议召开 市长刘强主持, 李强会见越南政府总理范明政).
var reSpeakerLine = regexp.MustCompile(`^(?:\p{Han}{0,20}?(?:(?:省|市|县|区|州|旗|盟)(?:人民)?政府|委员会))?(?:代理|代)?(?:区长|市长|县长|省长|旗长|州长|盟长|主席|局长|主任|秘书长|厅长)\p{Han}{2,4}$`)

// reOfficeNameLost is the line of who reads a report whose name the page
// lost: 中江县人民政府县长, 代市长.
var reOfficeNameLost = regexp.MustCompile(`^(?:\p{Han}{0,20}?(?:人民政府|政府))?(?:代理|代)?(?:区长|市长|县长|省长|旗长|州长|盟长)$`)

// reSpeakerAlone is the line of who reads a report, with or without the
// place: 代市长刘文新, 包头市人民政府市长 孙炜东.
var reSpeakerAlone = regexp.MustCompile(`^[\p{Han}、]{0,40}?(?:代理|代)?(?:区长|市长|县长|省长|旗长|州长|盟长|主席|总理|局长|主任|秘书长|厅长)\p{Han}{2,4}$`)

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
	first := slices.IndexFunc(lines, func(l line) bool { return strings.TrimSpace(l.text) != "" })
	for i := 1; i < len(lines); i++ {
		if isReportText(lines[i-1].text) || isRelatedListHead(lines[i-1].text) {
			break
		}
		folded := strings.TrimSpace(foldForMetadata(lines[i].text))
		day := dateFieldDay(folded)
		if day == "" && i-1 == first {
			// A news app's or a forum's line under the page's first
			// line, its headline: 2019-09-02 濠江发布, 2年前 (2023-03-09).
			// Further down such a line is a list's entry of another
			// page (相关文章 / 盱眙县2020年…报告 / 2021-07-30 盱眙发布).
			day = posterDay(folded)
		}
		if v := reNewspaperDateLine.FindStringSubmatch(folded); v != nil && day == "" {
			day = string(ParseDate(v[1])) // a paper's name and its day under the story's headline (聚合力 谱新篇 / 辽宁日报 2026年01月28日)
		}
		if day == "" {
			continue
		}
		// A site's menu over the date field is no headline: it is told by
		// its spaced entries, which cleaning the title joins up. A page
		// saved as a table has its rule between them (南京GDP增幅…14% | |||
		// / ---|---| / http://finance.sina.com.cn 2005年12月10日 11:38 …).
		at := i - 1
		if at > first && reTableRule.MatchString(lines[at].text) {
			at--
		}
		above := foldForMetadata(lines[at].text)
		if t := cleanTitle(above); isHeadline(t) && runes(t) <= 120 && !isMetadataLine(t) && !isNavigation(t) && !isNavigation(above) {
			return pageHeading{t, at, day}
		}
		// A feature's headline over its subtitle's line, which opens on a
		// dash (逐梦新征程 砥砺创未来 / ——市十一届人大二次会议开幕侧记): both.
		if sub, ok := strings.CutPrefix(strings.TrimSpace(above), "——"); ok && at >= 1 && isSubtitle(sub) {
			main := foldForMetadata(lines[at-1].text)
			if t := cleanTitle(main); isHeadline(t) && runes(t) <= 40 && !strings.ContainsAny(t, "，,") && !isMetadataLine(main) && !isNavigation(main) {
				return pageHeading{strings.Join(strings.Fields(main), " ") + "——" + cleanTitle(sub), at - 1, day}
			}
		}
	}
	return pageHeading{}
}

// reNamedFieldLine is a page's field of a person or a time under its own
// label (评读人:柴清春(市统计局局长), 评读时间:2009年3月31日), no headline; a
// headline led by such a word (两会时间：代表委员热议…, 负责人：今年将新增…,
// 开幕时间：2024年全国两会3月4日开幕) is one.
var reNamedFieldLine = regexp.MustCompile(`^\p{Han}{1,3}人\s*[:：]\s*\p{Han}{2,4}(?:\s*[(（][^()（）]{1,16}[)）])?$|^\p{Han}{1,3}(?:时间|日期)\s*[:：]\s*(?:19|20)\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)

// dateFieldDay returns the day a line of the page's fields gives: its
// publication field, alone, among the page's other fields or after the
// site's address (www.panzhihua.gov.cn 发布时间:…), or a portal's address
// line with its day (http://www.sina.com.cn 2006年12月20日07:51 千华网);
// "" for any other line, such as a sentence that gives a date.
func dateFieldDay(s string) string {
	v := reFieldPublished.FindStringSubmatchIndex(s)
	if v == nil {
		if w := reSourceDate.FindStringSubmatch(s); w != nil && w[2] != "" {
			return w[2] // the day opening the line of its source and author
		}
		return siteAddressDay(strings.TrimSpace(s))
	}
	if before := strings.TrimSpace(s[:v[0]]); before != "" && !isMetadataLine(s) && !reSiteAddress.MatchString(before) {
		return ""
	}
	return s[v[2]:v[3]]
}

// ePaperListedHeadline returns the headline of an e-paper's story: under
// the page's edition line (第F8版:南京两会) the edition lists its stories
// (· 市长也是市民 / · 今年南京居民人均收入要达28309元), and the one the page holds
// stands again alone over its text, a paragraph, or over its subtitle
// (擘画新蓝图 奋进新征程 / ——郑州市…纲要草案解读); "" where there is no such
// line. A line repeated in another way is no headline: the tool bar over
// the text and again over the footer (收藏 打印 推荐), the list printed twice
// (its last entry over the text), a speaker's label in an interview (市人大代表
// 张红梅 over each answer).
func ePaperListedHeadline(lines []line) string {
	at := slices.IndexFunc(lines[:min(len(lines), 10)], func(l line) bool { return reEditionLine.MatchString(strings.TrimSpace(l.text)) })
	if at < 0 {
		return ""
	}
	end := min(len(lines), at+40)
	text := make([]string, end)
	for i := at + 1; i < end; i++ {
		text[i] = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(foldForMetadata(lines[i].text)), "·"))
	}
	for i := at + 2; i+1 < end; i++ {
		s, next := text[i], strings.TrimSpace(lines[i+1].text)
		listed := slices.Index(text[at+1:i], s)
		if listed < 0 || slices.Contains(text[at+1:i-1], text[i-1]) {
			continue // not listed before, or the list printed again
		}
		if after := text[at+1+listed+1]; runes(after) >= minParagraphUnderHeadline || isReportText(after) {
			continue // a label over each paragraph, not an entry of a list
		}
		overText := runes(next) >= minParagraphUnderHeadline && isReportText(next) && !reFooterWords.MatchString(next)
		if !overText && !strings.HasPrefix(next, "——") || isMetadataLine(s) || reSpeakerLabel.MatchString(s) {
			continue
		}
		if t := cleanTitle(s); isHeadline(t) {
			return t
		}
	}
	return ""
}

// reSpeakerLabel is an interview's label of who speaks, the name apart
// from the role: 市人大代表 张红梅, 记者, 主持人; not a headline on them
// (代表委员话发展, 人大代表谈民生).
var reSpeakerLabel = regexp.MustCompile(`^\p{Han}{0,8}(?:代表|委员|记者|主持人|嘉宾)(?:\s+\p{Han}{2,4})?$`)

// reFooterWords mark a page's footer: 版权所有, 未经书面授权, ICP备.
var reFooterWords = regexp.MustCompile(`版权所有|未经.{0,4}授权|ICP备`)

// minParagraphUnderHeadline is the length, in runes, of the shortest line
// under a repeated headline that is the story's text, not a menu's entry.
const minParagraphUnderHeadline = 60

// posterDay returns the day of a line under a page's headline that gives
// the day and the account that posted the page (2019-09-02     濠江发布, as
// news apps lay it out), or a forum post's age and day (2年前
// (2023-03-09)阅读38回复0); "" for any other line, a portal's clock (2024-05-10
// 星期五, 农历四月初三) or a list's entry (2024-02-14 县长调研重点项目建设).
func posterDay(s string) string {
	if w := reDayPoster.FindStringSubmatch(s); w != nil {
		return w[1]
	}
	if w := reAgoDay.FindStringSubmatch(s); w != nil {
		return w[1]
	}
	return ""
}

// reAgoDay is a forum post's age with its day in brackets, over the
// post's counts: 2年前 (2023-03-09)阅读38回复0.
var reAgoDay = regexp.MustCompile(`^\d{1,3}\s*(?:年|个月|周|天|小时|分钟)前\s*[(（](\d{4}-\d{1,2}-\d{1,2})[)）]`)

// reDayPoster is a day and the account that posted the page alone on a
// line, an account's name by its ending: 2019-09-02     濠江发布, 临潼发布,
// …日报, …融媒体中心, …广播电视台, …新闻.
var reDayPoster = regexp.MustCompile(`^(\d{4}-\d{1,2}-\d{1,2})\s+\p{Han}{0,12}(?:发布|日报|晚报|商报|新闻|融媒|融媒体中心|媒体中心|新闻中心|广播电视台|电视台|在线|头条|观察|之声|资讯|政务|网|报)$`)

// reSiteAddress is a site's address alone: www.panzhihua.gov.cn.
var reSiteAddress = regexp.MustCompile(`^(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)(?:/[\w./-]*)?$`)

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

// reAddressAlone is a web address alone on its line.
var reAddressAlone = regexp.MustCompile(`^https?://[!-~]+$`)

// reDigestLabel is the label of a story's digest under its headline: [导读],
// or the digest after its label: 摘要:經濟性穩增長壓力依然較大….
var reDigestLabel = regexp.MustCompile(`^[\[【](?:导读|导语|摘要)[\]】]$|^(?:导读|导语|摘要)\s*[:：]\s*\S`)
