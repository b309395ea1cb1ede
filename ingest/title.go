// Choosing the title: readTitle takes the report's own name from the page's
// candidates (field, page title, the text's title lines, a headline) or
// composes one for a text without it; repairTitleBlocks and
// withTitleParagraph keep the title searchable as a paragraph.

package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
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
	if t := reportTitleOverMeeting(m.open, title); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := undamagedTitle(m.open, title); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := namedInPresentation(m.open, title); t != "" {
		title, src, m.titleLine = t, srcOpening, nil
	}
	if t := nameOfTextGiven(m.open); title == "" && t != "" {
		title, src, m.titleLine = t, srcOpening, nil
	}
	if v := reNameRunOnText.FindStringSubmatch(strings.TrimSpace(m.firstOpen())); title == "" && v != nil && !containsAny(v[1], actsOnReport) {
		// A page saved on one line: the report's name run on into its
		// first part (新塘街道办事处2023年政府工作报告一、2022年工作回顾2022年是…).
		title, src, m.titleLine = cleanTitle(v[1]), srcFirstLine, nil
	}
	if t := fullTitleUnderListing(m.open, title, m.gaz); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := ownTitleUnderContents(m.open, title); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := noticeIssuing(m.open, title); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := issuedUnderBareNotice(m.open, title); t != "" {
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
		m.said = append(m.said, clipRunes(foldForMetadata(l.text), 500))
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
		if t := m.planNamedAtOpening(); t != "" {
			title, src = t, srcOpening
		}
	}
	if t := m.planNamedUnderShortName(title); t != "" {
		title, src, m.titleLine = t, srcOpening, nil
	}
	if title == "" {
		if t := m.planAnnouncedInLead(); t != "" {
			title, src = t, srcOpening
		}
	}
	if title == "" {
		if t := m.unfinishedPlanName(); t != "" {
			title, src = t, srcFirstLine
		}
	}
	if title == "" {
		if t := chunkHeadingTitle(m.open); t != "" {
			title, src = t, srcFirstLine
		}
	}
	if title == "" {
		if t := speechTitleOverPlace(m.open); t != "" {
			title, src = t, srcFirstLine
		}
	}
	if title == "" {
		// A repost's note of the story's original headline on a line of
		// its own (原标题:南京首次跻身GDp“万亿俱乐部” 35件民生实事,…).
		if t := originalTitleLine(m.open); t != "" {
			title, src = t, srcHeadline
		}
	}
	if title == "" {
		// An e-paper's story whose headline the edition lists over it.
		if t := ePaperListedHeadline(pageLines(m.pg)); t != "" {
			title, src = t, srcHeadline
		}
	}
	if title == "" {
		title, src = headline(m.open), srcHeadline
	}
	if title == "" {
		if t := keywordHeadingTitle(m.open); t != "" {
			title, src = t, srcFirstLine
		}
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
	if title == "" {
		// A single budget table, or a package of them: the first table's
		// name is the document's (武汉市2025年全市政府性基金收入执行情况表; 表4-1 /
		// 22 吉林省2021年地方政府债务限额及余额决算情况表).
		for _, s := range m.open[:min(len(m.open), 3)] {
			if t := cleanTitle(reTableNumber.ReplaceAllString(s, "")); reBudgetTableName.MatchString(t) {
				title, src = t, srcFirstLine
				break
			}
		}
	}
	if title == "" && len(m.open) > 1 && m.pg.pageTitle == "" {
		// A story whose only heading is its deck (陈世跃讲话 张平主持会议 李前智作
		// 《政府工作报告》) over its lead: the deck is what a reader cites it by.
		if isDeck(m.open[0]) && reStoryDay.MatchString(strings.TrimSpace(leadSentence(m.open[1]))) {
			title, src = cleanTitle(m.open[0]), srcHeadline
		}
	}
	if title == "" || title == "政府工作报告" {
		// A model-text site's introduction that names the document it
		// gives (下面是小编为大家整理的2023年某县人民政府年度工作总结【完整版】,供大家参考。),
		// over a bare report's name its opening gives it.
		for _, s := range m.open[:min(len(m.open), 3)] {
			if v := reEditorsIntro.FindStringSubmatch(strings.TrimSpace(s)); v != nil && namesReport(cleanTitle(v[1])) &&
				(title == "" || ClassifyDocType(cleanTitle(v[1]), "") == title) {
				title, src = cleanTitle(v[1]), srcFirstLine
				break
			}
		}
	}
	if title == "" {
		// A repost that gives no headline of its own but names the story's
		// at its end: (原标题:西藏昌都完成撤地设市).
		if v := reOriginalTitle.FindStringSubmatch(m.bodyText()); v != nil {
			title, src = cleanTitle(v[1]), srcHeadline
		}
	}
	if reDisclosurePackage.MatchString(title) {
		// A budget disclosure's package name (2023年政府决算公开, 个旧市2026年
		// 政府预算公开) gives way to the report's own title inside the package,
		// where the package has one: 鄂州市人民政府关于2023年市级财政决算的报告
		// / ——2024年8月27日在…会议上, not its contents' entry (一、2023年市级
		// 财政决算报告) nor a part's heading (第一部分 预算报告).
		if t := budgetReportInPackage(m.pg.body); t != "" {
			title, src, m.titleLine = t, srcFirstLine, nil
		}
	}
	if t := ownOfTwoNames(m.open, title, m.gaz); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := placedNameOverBareTitle(m.open, title, m.gaz); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if t := organOverAccountsTitle(m.open, title, m.gaz); t != "" {
		title, src, m.titleLine = t, srcFirstLine, nil
	}
	if _, _, _, ok := columnBar(title, false); !ok {
		// A news column's name before a bar (聚焦2026泸水两会 | 泸水市…审议
		// “一府两院”工作报告) is part of the headline the page shows, no label.
		title = withoutLeadingLabel(m.gaz, title)
	}
	title = withoutInjectedTail(title, m.open)
	title = reportInMeetingLine(title)
	title = withoutEnglishTwin(title)
	title = withoutRepeatInBrackets(title)
	title = withFiledYear(m.open, title)
	title = placedRepeat(m.open, title, m.gaz)
	if reOrganWithoutPlace.MatchString(title) {
		title = placedOrganTitle(m.open, title, m.gaz, m.organSite(title), m.organSigner())
	}
	title = withPartyCommitteeAbove(m.open, title)
	// A photo's caption marked as a file photo under the headline (一季度宜春GDP
	// 增长5.6% / 宜春中心城区一角（资料图） / 记者从…) is no title: the headline
	// over it is. The mark a site sets after a headline itself (…增长5.6%（资料图）)
	// is no part of it.
	if k := lineOf(m.open, title); k > 0 && k < len(m.open) && reTrailingPhotoMark.MatchString(m.open[k]) {
		if h := headlineText(m.open[k-1]); isHeadline(h) && !isNavigation(m.open[k-1]) && !isMetadataLine(m.open[k-1]) && !isCrumbStep(m.open[k-1]) && !strings.Contains(m.open[k-1], ">") && !isKicker(m.open[k-1]) {
			title, src, m.titleLine = h, srcHeadline, nil
		}
	}
	title = reTrailingPhotoMark.ReplaceAllString(title, "")
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
	if dated != "" && dated != first && strings.HasSuffix(first, dated) {
		// The headline over the date field is the second line of a title
		// broken over two (临海市人民政府关于印发临海市国民经济和 / 社会发展第十四个
		// …纲要的通知 / 日期:2021-11-29): the title joined is the name.
		dated, datedLine = first, firstLine
	}
	if cleanTitle(own) == "政府工作报告" && dated != "" && reTitleYear.MatchString(dated) && m.namesYearOrPlace(strings.TrimSuffix(cleanTitle(dated), "政府工作报告")) {
		// The headline over the page's date field names the report the
		// own title names bare with its year (2021年政府工作报告 / 来源:…
		// 发布时间:… / 政府工作报告 / ——2022年5月26日在…会议上): the fuller name.
		own, ownLine = dated, datedLine
	}
	if named := strings.TrimSuffix(first, "政府工作报告"); cleanTitle(own) == "政府工作报告" && first != own && named != first && reTitleYear.MatchString(named) && reTitleYear.ReplaceAllString(named, "") != "" && m.namesYearOrPlace(named) {
		// A document site's name for the file over the report's bare own
		// title (2023年洛阳市政府工作报告.docx简介: / 政府工作报告——2023年1月4日
		// 在…): the fuller name, as with the headline over a date field; a
		// year alone (2024年政府工作报告) does not name the place.
		own, ownLine = first, firstLine
	}
	if o, f := cleanTitle(own), cleanTitle(first); o != "" && o != f && strings.HasSuffix(f, o) && namesReport(f) && isTitleTail(m.gaz, o) && !reVerbBeforeTitle.MatchString(f) {
		// The own title's last line over its meeting line, the page's
		// first line giving the whole (重庆市人民政府关于…纲要实施情况中期
		// 评估的报告 / 重庆市人民政府 / 关于…纲要 / 实施情况中期评估的报告 /
		// ——2023年11月29日在…): the whole name, where no news verb stands
		// before it (not a story's headline: 市人大常委会听取重庆市人民政府关于…).
		own, ownLine = first, firstLine
	}
	labelled := m.pageMetaTitle()
	if own != "" && labelled != "" && sameName(cleanTitle(labelled), cleanTitle(own)) {
		// The document's own line gives the name the page labels in full:
		// with its 关于 and the form it was given in (关于玉溪市…的报告（书面）).
		labelled = ""
	}
	// The document's own title takes the page title's place where the
	// page's title is only part of it: the first entry of the package's
	// list of files (1.利州区…预算草案的报告 / 2.…附表 / …) over the own title
	// that names the same report in full (关于广元市利州区…的报告(书面)), or
	// one line of the own title broken over two mid-name (2023年财政决算情况
	// 及2024年 / 财政预算情况报告(草案)).
	pageTitle, pageSrc := m.pg.pageTitle, srcPageTitle
	t := cleanTitle(pageTitle)
	entry := reFirstEntryNumber.ReplaceAllString(t, "")
	if first != "" && (isFirstListEntry(pageTitle, m.open) && first != entry && sameReportCore(entry, first, m.gaz) ||
		t != "" && first != t && namesReport(first) && brokenTitleHalf(first, t)) {
		pageTitle, pageSrc, pageTitleLine = first, srcFirstLine, firstLine
	}
	for _, c := range []struct {
		text, src string
		line      *line
	}{
		{labelled, srcPageMeta, nil},
		{own, srcFirstLine, ownLine},
		{pageTitle, pageSrc, pageTitleLine},
		{dated, srcFirstLine, datedLine},
		{first, srcFirstLine, firstLine},
		{headTitle, srcPageTitle, headLine},
		{m.labelledHeadline(), srcPageMeta, nil},
	} {
		// A report's title's second line (与2023年…计划的报告) is no title; a
		// resolution's (及2021年预算的决议) gives way to the report under it later.
		// Nor is a list of the text's indicators (地区生产总值、规模工业增加值、
		// …一般公共预算地方收入、…).
		// Nor a story's deck, its items bulleted or not (■ 周德睿出席会议 ■
		// 邹文辉作政府工作报告; 徐启方作政府工作报告 崔光华主持开幕式), nor a
		// story's section heading under its bullet (◎经济发展 / 各项经济指标
		// 均超规划预期; ●…, ◆…).
		t := cleanTitle(c.text)
		if c.text == first && strings.HasPrefix(first, t+"——") {
			t = first // a story's headline with its subtitle (see openingTitles), which cleanTitle would cut
		}
		if c.text == first {
			if h := headlineUnderKicker(m.open, t); h != "" {
				m.titleLine = nil
				return h, srcHeadline
			}
			if reFigureEnds.MatchString(t) {
				continue // a figure the text states (地方财政一般公共预算收入达到16.3亿元), no title
			}
		}
		if (namesReport(t) || c.src == srcPageMeta && t != "" || reDevelopmentOverview.MatchString(t)) && !(reJoinsNextYear.MatchString(t) && ClassifyDocType(t, "") != "其他") && (strings.Count(t, "、") < 4 || endsDocument(t)) && !reAgendaInTitle.MatchString(t) && !isDeck(c.text) && !isBulletedDeck(c.text) && !reSectionBullet.MatchString(t) {
			m.titleLine = c.line
			return t, c.src
		}
	}
	return "", ""
}

// reSectionBullet opens a story's section heading: ◎经济发展, ●…, ◆….
var reSectionBullet = regexp.MustCompile(`^[◎●◆■▲★☆]`)

// reVerbBeforeTitle is a news verb in a story's headline before the name
// of the report it tells of: 市人大常委会听取重庆市人民政府关于…, 市长…向市人大
// 常委会作市人民政府关于…, …分组讨论…, …专题询问….
var reVerbBeforeTitle = regexp.MustCompile(`^[^关《]{0,30}?(?:听取|审议|审查|热议|通过|批准|召开|发布|作|讨论|询问)`)

// isTitleTail reports whether t is the end of a title, no title of its
// own: it opens with neither a title's opening word, a year nor a place
// (实施情况中期评估的报告, not 政府工作报告 nor 2023年…).
func isTitleTail(g *Gazetteer, t string) bool {
	names := g.namesAt(t)
	opensWithPlace := len(names) > 0 && strings.HasPrefix(t, names[0].name)
	return t != "政府工作报告" && !reTitleOpens.MatchString(t) && !opensWithPlace && !strings.HasPrefix(t, "本级")
}

// speechTitleOverPlace returns the title of a speech that names no report,
// over the line saying where it was given (楚雄州“十三五”经济社会发展情况 /
// ——在楚雄州“十三五”经济社会发展综合新闻发布会上), or "".
func speechTitleOverPlace(open []string) string {
	for k := 1; k < len(open) && k < 12; k++ {
		if isSalutation(open[k]) || isReportText(open[k]) {
			return ""
		}
		if !reSpeechPlace.MatchString(strings.TrimSpace(open[k])) {
			continue
		}
		s := open[k-1]
		if t := cleanTitle(s); isHeadline(t) && runes(t) <= 40 && !strings.ContainsAny(t, ":：，,") && !isMetadataLine(s) && !isNavigation(s) {
			return t
		}
		return ""
	}
	return ""
}

// reSpeechPlace is the line under a speech's title saying where it was
// given, with no date: ——在…新闻发布会上.
var reSpeechPlace = regexp.MustCompile(`^[—─-]{1,2}\s*在\p{Han}[^。，,；;]{2,60}?(?:会|会议|论坛|仪式|典礼)上$`)

// originalTitleLine returns the headline a repost notes as the story's
// original on a line of its own among the opening's first lines (原标题:…,
// 原题:…), its subtitle after a dash kept, or "".
func originalTitleLine(open []string) string {
	for _, s := range open[:min(len(open), 6)] {
		if v := reOriginalTitleLine.FindStringSubmatch(strings.TrimSpace(s)); v != nil {
			return headlineText(v[1])
		}
	}
	return ""
}

// reOriginalTitleLine is a repost's note of the original headline alone on
// its line: 原标题:…, 原题:….
var reOriginalTitleLine = regexp.MustCompile(`^(?:原标题|原题)\s*[:：]\s*(\S[^。]{3,150})$`)

// reOriginalTitle is a repost's note of the story's original headline,
// on one line of the folded text.
var reOriginalTitle = regexp.MustCompile(`[(（]原标题[\t\f\r ]*[:：][\t\f\r ]*([^()（）:：\n]{4,60}?)[\t\f\r ]*[)）]`)

// collectionWords name a collection of documents, not one: 汇编, 合集, 范文.
var collectionWords = []string{"汇编", "合集", "范文", "大全", "精选", "篇)", "篇）"}

// reMaskedPlace is a place written as a blank in a template or a listing:
// 某市, 2006年某市, 某县人民政府, XX区, 2023年XX区, ××镇; not 某 inside a word.
var reMaskedPlace = regexp.MustCompile(`(?:(?:^|[^\p{Han}]|[年于的在])某|[Xx×Ｘｘ]{1,3})(?:省|市|县|区|州|盟|旗|乡|镇|街道)`)

// headTitle is the first line of the page's head that names a report,
// cleaned, with its line; pageTitleLine is the head line that repeats the
// page title.
func (m *metadataReader) headTitle() (title string, at, pageTitleLine *line) {
	for i, s := range m.head {
		l := &m.pg.head[i]
		if t := cleanTitle(s); namesReport(t) && title == "" && !isMetadataLine(s) && !isDeck(s) {
			title, at = strings.TrimLeft(withoutBoardTag(t), " "), l
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
	if first == "" {
		first = outlineNamedUnderContents(m.open)
	}
	if t, k := fullTitleBelow(m.open, first); t != "" {
		first, at = t, k
	}
	if first == "政府工作报告" && at >= 0 && at+1 < len(m.open) {
		// A column's bare name over the report's digest named by its
		// speaker and session (政府工作报告 / 李国勇在廊坊市八届人大五次会议上的
		// 政府工作报告(摘登)): the digest's line is the title.
		if t := cleanTitle(m.open[at+1]); reSpeakersReport.MatchString(t) {
			first, at = t, at+1
		}
	}
	if at >= 0 && !endsDocument(first) {
		// A story's headline and the subtitle a dash joins to it
		// (报告解读①实干笃行书答卷 快马加鞭启新章——2026年市政府工作报告解读):
		// the headline is both.
		if h := headlineText(m.open[at]); strings.HasPrefix(h, first+"——") {
			first = h
		}
	}
	first = m.withPlaceLineAbove(first)
	first = withPlanNameAbove(m.open, first)
	own, ownAt := titleAboveMeeting(m.open, first, at, m.gaz)
	if own == "" {
		own, ownAt = titleOverSalutation(m.open, first, m.gaz)
	}
	if own == "" && !strings.HasSuffix(first, "通知") {
		// The own title may share its line with the meeting line or the
		// salutation on a page that lost its line breaks; a notice that
		// issues the report keeps its own title.
		// A document site's listing title with its place masked (某市政府
		// 工作目标报告) names no place to compare: the report's own title run
		// into its salutation (宁波市2006年政府工作报告各位代表:…) is its name;
		// not a collection's (XX镇2023年政府工作报告汇编(35篇)) first report's.
		listing := first
		if listing == "" {
			listing = cleanTitle(m.pg.pageTitle)
		}
		if t := runOnOwnTitle(m.open); t != "" && t != first && (sameReport(first, t, m.gaz) || reMaskedPlace.MatchString(listing) && namesReport(listing) && !containsAny(listing, collectionWords)) {
			own, ownAt = t, -1
		}
	}
	if own != "" && reIssueNotice.MatchString(first) && !strings.HasSuffix(own, "通知") {
		// A notice that issues the report keeps its own title over the
		// report's under it (…关于印发政府工作报告的通知 / … / 政府工作报告 /
		// ——2016年12月20日在…会议上).
		own, ownAt = "", -1
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

// reTownshipNameAlone is a township's name alone: 坝镇, 菱湖镇, 东华街道.
var reTownshipNameAlone = regexp.MustCompile(`^\p{Han}{1,6}(?:镇|乡|街道)$`)

// reTownshipWord is a word for townships that names none: 乡镇, 各乡镇,
// 全县乡镇, 我县各乡镇, 部分乡镇, 全旗苏木乡镇, 乡镇街道, 全镇, 某某镇, XX镇;
// not a township whose name ends in
// 乡镇 (五乡镇, 大泽乡镇).
var reTownshipWord = regexp.MustCompile(`^(?:(?:我|本|全|各|某|所辖|所属|辖区|部分|苏木|[县区市省州旗])*乡镇(?:街道)?|[全某本我该各]+(?:镇|乡|街道)|[A-Za-zＸ]+(?:镇|乡|街道))(?:人民)?$`)

// namesYearOrPlace reports whether s, what a headline sets before 政府工作报告,
// is no more than a year and a place (2021年, 2021年揭东区, 揭东区2021年),
// not a story's words (聚焦2022年).
func (m *metadataReader) namesYearOrPlace(s string) bool {
	s = strings.TrimSuffix(s, "人民")
	s = reTitleYear.ReplaceAllString(s, "")
	s = strings.TrimSuffix(strings.TrimPrefix(s, "度"), "度")
	if t := reLevelWordEnd.ReplaceAllString(s, ""); t == "" || len(m.gaz.namesAt(t)) > 0 {
		s = t // 市, 县人民, 本级: the government's level without its name; not 杭州's 州
	}
	if reTownshipNameAlone.MatchString(s) && !reTownshipWord.MatchString(s) {
		return true // a township's name (2021年坝镇人民政府工作报告): its own report
	}
	for s != "" {
		names := m.gaz.namesAt(s)
		if len(names) == 0 || !strings.HasPrefix(s, names[0].name) {
			return false
		}
		s = strings.TrimPrefix(s, names[0].name)
	}
	return true
}

// reLevelWordEnd is a government's level word ending what stands before
// 政府工作报告 (2021年市政府工作报告, 2021年县人民政府工作报告, 本级).
var reLevelWordEnd = regexp.MustCompile(`(?:本级|[省市区县镇乡旗州盟](?:人民)?)$`)

// reSpeakersReport is a work report named by its speaker and the session
// it was read at, perhaps as a digest: 李国勇在廊坊市八届人大五次会议上的政府
// 工作报告(摘登).
var reSpeakersReport = regexp.MustCompile(`^\p{Han}{2,4}(?:同志)?在\p{Han}[^。，,；;:：]{2,40}?会议上的?《?\p{Han}{0,12}?政府工作报告》?(?:[(（](?:摘登|摘要|摘编|节选|全文)[)）])?$`)

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

// reTitleYear is a year a document's name gives (2025年, 二〇二五年).
var reTitleYear = regexp.MustCompile(`(?:19|20)\d{2}\s*年|[一二][〇○零OＯ一二三四五六七八九]{3}年`)

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

// sameName reports whether two titles are one name but for a leading 关于
// and the mark of the form the report was given in.
func sameName(a, b string) bool {
	bare := func(s string) string { return strings.TrimPrefix(withoutPartMark(s), "关于") }
	return a != "" && bare(a) == bare(b)
}

// firstLines returns the text of the document's first n lines, folded.
func (m *metadataReader) firstLines(n int) []string {
	var out []string
	for _, l := range m.pg.body[:min(len(m.pg.body), n)] {
		out = append(out, foldForMetadata(l.text))
	}
	return out
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

// namedInPresentation returns the name a report gives itself where its
// reader presents it under the salutation (各位代表： / 现在,我代表省人民政府
// 向大会作《关于浙江省国民经济和社会发展第十一个五年规划纲要报告》), when the
// title found is a site's short name for it (社会发展规划纲要报告): the
// short name's characters in their order, ending in the same word. Else "".
func namedInPresentation(open []string, title string) string {
	if title == "" || !slices.ContainsFunc(open, isSalutation) {
		return ""
	}
	for _, s := range open {
		v := rePresentedByName.FindStringSubmatch(s)
		if v == nil {
			continue
		}
		name := cleanTitle(v[1])
		if name != title && runes(name) > runes(title) && lastRunesUpTo(name, 2) == lastRunesUpTo(title, 2) && isSubsequence(title, name) {
			return name
		}
		return ""
	}
	return ""
}

// actsOnReport are what a story says a meeting does with a report, before
// its name: storyVerbs and 研究部署落实 (研究部署落实2024年政府工作报告 is no
// report's name).
var actsOnReport = append(slices.Clone(storyVerbs), "落实", "部署", "研究", "贯彻")

// reNameRunOnText is a report's name, with the form it is given in, run
// on into its first part or its salutation on one line: …2023年政府工作报告
// 一、2022年工作回顾…, …政府工作报告（草案）一、…, …工作报告各位代表：…, …审计
// 工作报告主任、各位副主任….
var reNameRunOnText = regexp.MustCompile(`^([\p{Han}\d]{4,40}?(?:政府工作报告|工作报告|的报告|规划纲要|目标纲要|统计公报)(?:[(（](?:草案|摘要|摘登|摘编|节选|全文|征求意见稿|讨论稿|送审稿)[)）])?)\s*(?:一、|一是|各位代表|各位委员|尊敬的|主任、|——)`)

// firstOpen returns the text's first line, or "".
func (m *metadataReader) firstOpen() string {
	if len(m.open) == 0 {
		return ""
	}
	return m.open[0]
}

// nameOfTextGiven returns the name of the report a page without a title
// gives after naming it in its first lines (新华社北京3月5日电 受国务院委托,
// 财政部…提请…审查《关于2021年中央和地方预算执行情况与…的报告》。摘要如下:),
// or "".
func nameOfTextGiven(open []string) string {
	for _, s := range open[:min(len(open), 3)] {
		if v := reTextFollows.FindStringSubmatch(s); v != nil && namesReport(v[1]) {
			return cleanTitle(v[1])
		}
	}
	return ""
}

// rePresentedByName is a report's reader presenting it by its name: 我代表
// 省人民政府向大会作《关于浙江省…纲要报告》.
var rePresentedByName = regexp.MustCompile(`我代表[^。，,；;]{0,20}?[，,]?\s*向[^。，,；;]{0,20}?(?:大会|会议)[，,]?\s*(?:作|报告|提交)《([^《》]{8,80}(?:报告|纲要))》`)

// withPartyCommitteeAbove returns title, opening on 关于, with the Party
// committee that stands alone on the line over its first line (中共吉首市委 /
// 关于制定吉首市…五年规划的建议(征求意见稿), …的决定): the name of its
// proposal, decision or resolution opens on it; a note
// on the proposal (关于《…建议》的说明) is its speaker's, and a
// government's report is named from its 关于 (新疆维吾尔自治区人民政府 /
// 关于2020年…预算调整方案的报告). It runs on the title chosen from any
// source; withIssuerAbove, its twin for a government's notice or a
// congress's resolution, runs where the first lines give the title.
func withPartyCommitteeAbove(open []string, title string) string {
	if !strings.HasPrefix(title, "关于") || !containsSuffix(reFormMarkEnd.ReplaceAllString(title, ""), committeeDocuments) {
		return title
	}
	for i, s := range open[:min(len(open), 12)] {
		t := cleanTitle(s)
		if t == "" || !strings.HasPrefix(t, "关于") || !strings.HasPrefix(title, t) {
			continue
		}
		if above := strings.TrimSpace(open[max(i-1, 0)]); i > 0 && reIssuerAlone.MatchString(above) {
			return above + title
		}
		return title
	}
	return title
}

// committeeDocuments are the kinds of a Party committee's own document.
var committeeDocuments = []string{"建议", "决定", "决议"}

// reFormMarkEnd is the form a draft is given in, after its name:
// （征求意见稿）, (草案), （送审稿）.
var reFormMarkEnd = regexp.MustCompile(`[(（](?:征求意见稿|草案|送审稿|讨论稿)[)）]$`)

// reIssuerAlone is a Party committee's name alone on its line: 中共吉首市委,
// 中共湘西自治州委, 中国共产党吉首市委员会.
var reIssuerAlone = regexp.MustCompile(`^(?:中共|中国共产党)\p{Han}{1,16}?(?:委员会|[省市县区州旗盟]委)$`)

// isVisiblyCut reports whether a heading that ends no document's name
// shows that a site cut it short: a bracket it opens and never closes
// (…计划(草案, 关于印发《…远景目标, …计划【草案), dots at its end (…计划...,
// …计划⋯), or 关于, which opens a document's name (关于…计划草).
func isVisiblyCut(t string) bool {
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}, {"《", "》"}, {"【", "】"}, {"[", "]"}} {
		if strings.Count(t, b[0]) > strings.Count(t, b[1]) {
			return true
		}
	}
	return strings.TrimRight(t, cutDots) != t || strings.Contains(t, "关于")
}

// cutDots are the dots a site puts where it cut a heading short.
const cutDots = ".．…⋯·"

// reportTitleOverMeeting returns a work report's own title over the line
// of the meeting it was made at (政府工作报告 / ——在江池镇第五届人民代表大会第一次
// 会议上), among the first lines, where the title chosen names no document
// of any kind (a document site's 乡镇人民政府换届工作报告 over it), or "".
func reportTitleOverMeeting(open []string, title string) string {
	if title == "" || ClassifyDocType(title, "") != "其他" || containsSuffix(title, otherEnds) || isStoryHeadline(title) || strings.Contains(title, "决议") {
		return ""
	}
	for i := 0; i+1 < len(open) && i < 8; i++ {
		t := cleanTitle(open[i])
		if t == title || !isWorkReportTitle(t) {
			continue
		}
		if next := strings.TrimSpace(open[i+1]); reAtCongress.MatchString(next) || reMeetingLine.MatchString(next) {
			return t
		}
	}
	return ""
}

// headlineUnderKicker returns the story's headline where line t is its
// kicker over it: the line under t repeats a headline the page set over
// its date line above (始终走在前… / 来源:浏阳日报 … / 长沙市政府工作报告频现
// “浏阳元素” / 始终走在前…); else "".
func headlineUnderKicker(open []string, t string) string {
	i := lineOf(open, t)
	if i+1 >= len(open) {
		return ""
	}
	h := cleanTitle(open[i+1])
	if h == t || !isHeadline(h) || namesReport(h) {
		return "" // a report's own heading (政府工作报告) under its site's title is none
	}
	for _, s := range open[:i] {
		if cleanTitle(s) == h {
			return h
		}
	}
	return ""
}

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
	// way to the whole title among the page's first lines or, where it is
	// visibly cut (see isVisiblyCut), on one of the five under it, past its
	// date and source (…计划(草案 / 来源: 日期:2021-03-04 / …计划(草案)的
	// 报告); a whole name does not give way to a related link's under it.
	if title != "" && !endsDocument(title) {
		lines := slices.Clone(first)
		cut := strings.TrimRight(title, cutDots)
		if i := lineOf(m.open, title); i < len(m.open) && isVisiblyCut(title) {
			for _, s := range m.open[i+1 : min(len(m.open), i+6)] {
				lines = append(lines, cleanTitle(s))
			}
		}
		for _, o := range lines {
			if strings.HasPrefix(o, cut) && o != title && endsDocument(o) {
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

// fullTitleUnderListing returns the document's own title written in full
// a few lines under the short name a site's listing gives it (舟山市
// 2005年国民经济和社会发展统计公报 under 2005年舟山市统计公报 and its
// 发布时间 line), or "": the full title names every place and year of the
// short one, ends in the same document word, and holds the rest of the
// short name's characters in their order, so a story's headline
// (舟山市发布2005年统计公报) or another document's title is never taken;
// a line that runs on from the short name itself, a list of titles
// (2023年政府工作报告2024年政府工作报告) and a full title with a form added
// (关于…的报告 over 关于…（草案）…的报告) are no other title.
func fullTitleUnderListing(open []string, title string, gaz *Gazetteer) string {
	i := lineOf(open, title)
	word := lastRunesUpTo(title, 4) // the document word both end in: 统计公报
	if i >= len(open) || !endsDocument(title) || strings.HasPrefix(title, "关于") || strings.Count(title, word) > 1 {
		return "" // a title with its 关于 is a full one already; a repeated word is a list
	}
	rest := func(s string) string {
		return reYearOfTitle.ReplaceAllString(withoutPlaceNames(gaz, s), "")
	}
	short := rest(title)
	for _, s := range open[i+1 : min(len(open), i+5)] {
		o := cleanTitle(s)
		if runes(o) < runes(title)+6 || strings.Contains(o, title) || !endsDocument(o) || !strings.HasSuffix(o, word) || strings.Count(o, word) > 1 {
			continue
		}
		ok := true
		for _, name := range gaz.NamesIn(title) {
			ok = ok && strings.Contains(o, name)
		}
		for _, y := range reYearOfTitle.FindAllString(title, -1) {
			ok = ok && strings.Contains(o, y)
		}
		if ok && isSubsequence(short, rest(o)) {
			return o
		}
	}
	return ""
}

// reYearOfTitle is a year a title names: 2005年.
var reYearOfTitle = regexp.MustCompile(`(?:19|20)\d{2}年`)

// isSubsequence reports whether the runes of a appear in b in their order.
func isSubsequence(a, b string) bool {
	rb := []rune(b)
	j := 0
	for _, r := range a {
		for j < len(rb) && rb[j] != r {
			j++
		}
		if j == len(rb) {
			return false
		}
		j++
	}
	return true
}

// reQuotedTitle is a document's title quoted in 《》 inside a site's
// heading that adds only its year and the draft it is
// (2022年《政府工作报告》征求意见稿), not a story (《…纲要》正式发布).
var reQuotedTitle = regexp.MustCompile(`^(?:\d{4}年)?《([^《》]{4,60})》\s*[(（]?(?:征求意见稿|送审稿|讨论稿|审议稿|初稿|草案)?[)）]?$`)

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

// reMadeReport is a caption or clause saying someone made the report:
// …在大会上作政府工作报告, or another organ's (魏宏作政府工作报告 晏永和作政协常委会
// 工作报告); not a report named as made (…会议上作的政府工作报告).
var reMadeReport = regexp.MustCompile(`(?:作|做)了?《?(?:(?:政府|[^的\P{Han}]\p{Han}{0,7}?))?工作报告》?$`)

// isBulletedDeck reports a story's deck whose items are bulleted:
// ■ 周德睿出席会议 ■ 邹文辉作政府工作报告 ■ 余怀民主持会议.
func isBulletedDeck(s string) bool {
	if !reDeckBullet.MatchString(s) {
		return false
	}
	return isDeck(reBulletMark.ReplaceAllString(foldSpaces(s), " "))
}

// reBulletMark is a bullet before an item of a deck.
var reBulletMark = regexp.MustCompile(`\s*[■●◆▲]\s*`)

// lineOf returns the index of the first of lines that reads as title t
// once cleaned, alone or before the page's time, or len(lines).
func lineOf(lines []string, t string) int {
	for i, s := range lines {
		if t != "" && (cleanTitle(s) == t || headlineText(s) == t) {
			return i
		}
		if name, _ := titleAndPublished(s); t != "" && name != "" && cleanTitle(name) == t {
			return i // the title with the page's time after it: …纲要(附全文) 发布时间:2021-02-23 10:26
		}
	}
	return len(lines)
}

// composedTitle names a document that has no title line by what its
// opening says it is: 第十四届全国人民代表大会第三次会议听取和审议了…政府工作报告…
// is that session's resolution on the report; 我代表国务院，向大会报告政府工作
// is a government work report; a preface that says the plan it opens was
// drawn up from the party committee's proposals is that plan's; a lead that
// names the report in full with its meeting line gives its name.
func composedTitle(open []string) (string, string) {
	for _, s := range open {
		if v := reResolutionOpening.FindStringSubmatch(s); v != nil && strings.Contains(strings.Join(open, ""), "政府工作报告") {
			return v[1] + "关于政府工作报告的决议", srcOpening
		}
		if (saysOwnReport(s) || reReportsToCongress.MatchString(s)) && typeFromText([]string{s}) == "" && !reQuotedSpeaker.MatchString(s) && !strings.Contains(s, "报告了") {
			// Not a plan or a budget presented on the government's behalf
			// (受市人民政府委托，我就…计划草案，向…会议作专题汇报), nor a story's
			// sentence on reports made (受区政府委托,区发改局和区财政局以书面形式
			// 向本次全体会议报告了《…》).
			return "政府工作报告", srcOpening
		}
		if v := rePlanPreface.FindStringSubmatch(s); v != nil {
			return v[1] + v[2], srcOpening
		}
		if v := reNamedWithMeeting.FindStringSubmatch(s); v != nil && slices.ContainsFunc(open, isSalutation) {
			return v[1], srcOpening // over the report itself, which addresses the congress
		}
		if v := reMadeOnBehalf.FindStringSubmatch(s); v != nil {
			return v[1], srcOpening
		}
		if v := reSubmittedForReview.FindStringSubmatch(s); v != nil {
			return v[1], srcOpening
		}
	}
	return "", ""
}

// reQuotedSpeaker is a story's line quoting its speaker after a colon
// (县长、大会执行主席汪凯:“各位代表,现在,我代表县人民政府,向大会报告工作…):
// the story tells of the report, it is not the report.
var reQuotedSpeaker = regexp.MustCompile(`^[^“”。，,]{2,40}[:：]\s*“`)

// reSubmittedForReview is a report's first sentence submitting the plan or
// budget it names, with its place and years, for the congress's review:
// 受省人民政府委托,向大会提交辽宁省2024年国民经济和社会发展计划执行情况与2025年
// 国民经济和社会发展计划草案,请予审议.
var reSubmittedForReview = regexp.MustCompile(`^\s*受\p{Han}{2,20}?(?:的)?委托[，,]\s*(?:我)?向[^。；;，,]{2,20}?提交(\p{Han}{2,12}\d{4}年[^，。；,;《》]{4,80}?(?:计划草案|预算草案))[，,]\s*请予?审(?:议|查)`)

// reMadeOnBehalf is a report's first sentence naming it as the report
// its reader makes on the government's behalf: 我受区人民政府的委托,向区七届
// 人大常委会第三次会议,作关于2021年区本级决算和2022年上半年预算执行情况的报告;
// 我受国务院委托，向本次常委会提出1996年中央决算的报告.
var reMadeOnBehalf = regexp.MustCompile(`我受\p{Han}{2,20}?(?:的)?委托[，,]\s*向[^。；;]{2,40}?[，,]?\s*(?:作|提出)((?:关于)?[^，。；,;《》]{4,80}?的报告)[。，,]`)

// reNamedWithMeeting is a lead over a report that names it in full with its
// meeting line in brackets: 日前，发改委发布关于四川省2020年…计划草案的报告
// (2021年1月30日在四川省第十三届人民代表大会第四次会议上)，….
var reNamedWithMeeting = regexp.MustCompile(`(关于[^，。,；;()（）《》\s]{4,80}?的报告)[(（]\d{4}年\d{1,2}月\d{1,2}日在[^)）]{4,60}会议上[)）]`)

// rePlanPreface is the sentence a plan's preface introduces it with: 《进贤县
// 国民经济和社会发展第十三个五年(2016-2020)规划纲要》(以下简称《规划纲要》),
// 根据《中共进贤县委关于制定…规划的建议》编制 (or 根据中共宁波市委《关于制定…的建议》编制).
// Or it says it draws the plan up and calls it by a short name: …结合道里区实际，
// 特编制《哈尔滨市道里区国民经济和社会发展第十三个五年规划纲要》(以下简称《纲要》).
var rePlanPreface = regexp.MustCompile(`《([^》]{4,80}(?:纲要|规划))》(?:[(（]以下简称[^)）]{0,20}[)）])?[，,]?\s*(?:根据|依据)[^《。；;，,]{0,20}《[^》]{4,80}的建议》(?:编制|制定)|特(?:编制|制定)(?:了)?《([^》]{4,80}(?:纲要|规划))》[(（]以下简称`)

// rePlanOpensOnName is a plan's preface that opens on the plan's name,
// short-named (《沙依巴克区…第十三个五年规划纲要》(以下简称《规划纲要》)是…) or
// bare before what it was drawn up from (潜山市…远景目标纲要，根据…) or what it
// is for its place (江汉区…第十二个五年规划纲要(2011—2015年),是我区…规划), or
// after what it was drawn up from (根据《中共肥西县委…的建议》,编制《肥西县…
// 第十三个五年规划纲要》。), perhaps after the preface's first sentences and with
// the vision after 纲要 (…关键阶段。根据《…的建议》,编制《滨海县…第十四个五年
// 规划纲要和二○三五年远景目标》,主要阐明…), or before it without its marks (《洛阳市洛龙区…纲要》
// 根据中共中央、…洛龙区委关于制定…的建议精神,结合洛龙区实际编制,主要阐明…), or
// as what is to be drawn up and carried out, the next sentence on this outline
// (科学编制和有效实施《中山市…第十一个五年规划纲要》,对促进…意义。本规划纲要根据…),
// or before what it was drawn up from and what it sets out (《威海经济技术开发区…
// 纲要》根据中央、省、市的主要精神,按照区工委管委的总体部署编制,全面阐述了…;
// 《青岛经济技术开发区(青岛市黄岛区)…纲要》根据《…》…,结合我区实际编制。主要阐明…),
// or after the preface's first sentence, before what it sets out (…的关键
// 时期。《长沙市芙蓉区…纲要》主要阐述区委、区政府战略意图…),
// or with its period inside the marks before what it was drawn up from
// (《绍兴市…第十三个五年规划纲要(2016-2020年)》根据《…的建议》编制,主要阐明…);
// not a text that goes on to what became of it (编制了《…纲要》，2016年1月经…
// 审议通过。…中期评估; …，经…审议批准后印发实施。…现解读如下).
var rePlanOpensOnName = regexp.MustCompile(`^[^《]{0,200}?《(\p{Han}{2,30}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年(?:规划和二[〇○零O]?三五年?远景目标)?(?:规划)?纲要)》[(（]以下简称《?(?:规划)?纲要》?[)）][，,]?是|` +
	`^(\p{Han}{2,30}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年规划(?:和二[〇○零O]?三五年远景目标)?纲要)(?:[(（]\d{4}\s*[—－\-~～至]+\s*\d{4}年?[)）])?[，,]\s*(?:根据|依据|是(?:我|全)[区县市省旗州][^。]*?(?:主要阐明|[，,]\s*是))|` +
	`^(?:[^《]{0,400}?[。；;]\s*)?(?:根据|依据)《[^》]{4,80}的建议》[，,]?\s*(?:编制|制定)了?《(\p{Han}{2,30}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年(?:规划和二[〇○零O]?三五年?远景目标)?(?:规划)?纲要(?:和二[〇○零O]三五年远景目标)?)》(?:\s*。|[，,]\s*(?:主要阐明|是))|` +
	`^《(\p{Han}{2,30}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年(?:规划和(?:二[〇○零O]?三五|2035)年远景目标)?(?:规划)?纲要)》` + drawnUpFromProposal + `[^。]*。?\s*$|` +
	`^[^《]{0,200}?(?:编制|制定)(?:和|并)?(?:有效)?实施《(\p{Han}{2,30}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年(?:规划和二[〇○零O]?三五年?远景目标)?(?:规划)?纲要)》[^。]{0,60}。\s*本(?:规划)?纲要(?:根据|依据|是)|` +
	`^《(\p{Han}{2,30}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年(?:规划和二[〇○零O]?三五年?远景目标)?(?:规划)?纲要(?:[(（]\d{4}\s*[—－\-~～至]+\s*\d{4}年?[)）])?)》\s*(?:根据|依据)《[^》]{4,80}的建议》[，,]?\s*(?:编制|制定)[，,]\s*(?:主要阐明|是)|` +
	`^《([\p{Han}()（）]{2,40}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年(?:规划和(?:二[〇○零O]?三五|2035)年远景目标)?(?:规划)?纲要(?:[(（]\d{4}\s*[—－\-~～至]+\s*\d{4}年?[)）])?)》(?:[(（]以下简称[^)）]{0,20}[)）])?\s*(?:根据|依据|按照)[^。；;]{0,160}?编制[，,。]\s*(?:全面|主要)?阐(?:明|述)|` +
	`[。；;]\s*《(\p{Han}{2,30}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年(?:规划和(?:二[〇○零O]?三五|2035)年远景目标)?(?:规划)?纲要)》(?:主要|全面)阐(?:明|述)|` +
	`(?:^|[。；;]\s*)《?(\p{Han}{2,30}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年规划(?:和二[〇○零O]?三五年远景目标)?纲要)》?\s*(?:根据|依据)《[^》]{4,80}的建议》(?:编制|制定)`)

// rePlanIssuedInLead is a story's lead on a government issuing its plan's
// outline, by its full name: 中商情报网讯:2021年2月22日绍兴市人民政府颁发《绍兴市
// 国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》.
var rePlanIssuedInLead = regexp.MustCompile(`^[^《。]{0,80}?人民政府(?:颁发|印发|发布|公布)了?《(\p{Han}{2,30}国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年(?:规划和(?:二[〇○零O]?三五|2035)年?远景目标)?(?:规划)?纲要)》`)

// rePrefaceHeading is a plan's preface heading alone on its line: 导言.
var rePrefaceHeading = regexp.MustCompile(`^(?:导言|前言|序言|引言)$`)

// reZoneWithPlace is a zone's name with the district it is, in brackets:
// 青岛经济技术开发区(青岛市黄岛区).
var reZoneWithPlace = regexp.MustCompile(`^\p{Han}{2,20}[(（](\p{Han}{2,12}?[市区县])[)）]`)

// reApprovalLine is a congress's approval of the outline alone on its
// line, with its day: 2011年1月21日青岛市黄岛区九届人大四次会议批准通过.
var reApprovalLine = regexp.MustCompile(`^[(（]?(?:\d{4}年\d{1,2}月\d{1,2}日)?[^()（）。，,]{4,60}会议(?:审议|审查)?(?:(?:批准)?通过|批准)[)）]?$`)

// reDocNumberAlone is a document number alone on its line: 经技区管发〔2016〕78号.
var reDocNumberAlone = regexp.MustCompile(`^` + reDocNumber.String() + `$`)

// planNamedAtOpening returns the name of the plan whose preface opens the
// text (its first line, or the first under 导言, under its document
// number or under its approval), when the plan is the
// text's own: its name opens with a place of the level the text speaks
// as. A story or an evaluation that quotes a plan, a county's plan whose
// preface names its city's first, a special plan citing the outline are
// not the plan.
func (m *metadataReader) planNamedAtOpening() string {
	for i, s := range m.open[:min(len(m.open), 2)] {
		if above := strings.TrimSpace(m.open[0]); i == 1 && !rePrefaceHeading.MatchString(squeezeLetterSpacing(above)) && !reDocNumberAlone.MatchString(above) && !reApprovalLine.MatchString(above) {
			break
		}
		v := rePlanOpensOnName.FindStringSubmatch(s)
		if v == nil {
			continue
		}
		if v[2] == "" && containsAny(strings.Join(m.said, "\n"), storyOrReadingWords) {
			return "" // a story or an interpretation opening on the outline's preface, or quoting it after its first words
		}
		name := strings.Join(v[1:], "") // the one group that matched
		named := name
		if v := reZoneWithPlace.FindStringSubmatch(name); v != nil {
			named = v[1] // a zone named with its district: 青岛经济技术开发区(青岛市黄岛区)
		}
		places := m.gaz.placesIn(leadingPlaces(m.gaz, named))
		if len(places) == 0 {
			return ""
		}
		if level := m.bodyLevel(); level != "" && !atLevel(places[len(places)-1], level) {
			return ""
		}
		return name
	}
	return ""
}

// reportInMeetingLine returns the report's name a bracketed meeting line
// standing as the title ends with ((2005年3月15日在連江縣第十四屆人民代表大會
// 第二次會議上的政府工作報告) → 政府工作報告), as written, or title itself.
func reportInMeetingLine(title string) string {
	simple := segment.Simplify(title)
	loc := reBracketedMeetingLine.FindStringSubmatchIndex(simple)
	if loc == nil {
		return title
	}
	from, n := utf8.RuneCountInString(simple[:loc[2]]), utf8.RuneCountInString(simple[loc[2]:loc[3]])
	r := []rune(title)
	if from+n > len(r) {
		return title
	}
	return string(r[from : from+n])
}

// reBracketedMeetingLine is a meeting line in brackets that names the
// report read: (2005年3月15日在…第二次会议上的政府工作报告).
var reBracketedMeetingLine = regexp.MustCompile(`^[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^()（）]{4,60}?会议上的(\p{Han}{2,30}报告)\s*[)）]$`)

// planNamedUnderShortName returns the outline's full name where a
// listing's short name for it ((四川省)内江市东兴区国民经济和社会发展十四五规划
// (2022年更新)) stands over its preface, which opens on that name
// (《内江市东兴区国民经济和社会发展第十四个五年规划和二○三五远景目标纲要》(以下
// 简称《纲要》),是…) or says it in a sentence of its own (…转型攻坚期。商丘市
// 国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要根据《…的建议》编制),
// perhaps under a document site's fields, or a headline's (绍兴“十四五”规划和二〇三五年远景目标纲要
// (附全文)) over the lead that tells of its issue by that name: the same
// place's plan of the same period. Else "".
func (m *metadataReader) planNamedUnderShortName(title string) string {
	short := reFiveYearShort.FindStringSubmatch(title)
	if short == nil {
		return ""
	}
	i := lineOf(m.open, title)
	if i+1 >= len(m.open) {
		return ""
	}
	v := rePlanOpensOnName.FindStringSubmatch(m.open[i+1])
	if v == nil {
		v = rePlanIssuedInLead.FindStringSubmatch(m.open[i+1])
	}
	for j := i + 2; v == nil && j < min(i+7, len(m.open)); j++ {
		// A document site's fields and its repeat of the title between
		// them ([可行性研究报告 - 规划计划] 发表于:… / 收藏 / 前言 / …): the
		// preface is the first line of text under the title.
		if isReportText(m.open[j-1]) {
			break
		}
		v = rePlanOpensOnName.FindStringSubmatch(m.open[j])
	}
	if v == nil {
		return ""
	}
	name := strings.Join(v[1:], "") // the one group that matched
	place := leadingPlaces(m.gaz, name)
	own := lastLeadingPlace(m.gaz, name) // a county's, after its city's (长沙市芙蓉区 → 芙蓉区)
	if place == "" || !strings.HasPrefix(title, place) && !strings.HasPrefix(title, withoutLevelWord(place)) && !strings.HasPrefix(title, own) && !strings.HasPrefix(title, withoutLevelWord(own)) || !strings.Contains(name, "第十"+short[1]+"个五年") {
		return ""
	}
	return name
}

// withoutLevelWord is a place's name without the word for its level at its
// end, as a headline may give it (绍兴市 → 绍兴, 锡林郭勒盟 → 锡林郭勒), where
// two characters stay; an autonomous prefecture's short name (恩施州) is
// not its name cut so.
func withoutLevelWord(place string) string {
	for _, w := range []string{"市", "县", "区", "省", "地区", "盟", "州"} {
		if t := strings.TrimSuffix(place, w); t != place && runes(t) >= 2 {
			return t
		}
	}
	return place
}

// unfinishedPlanName returns a plan's name cut before its period, with its
// place (锡林郭勒盟国民经济和社会发展), heading the page over the line that
// says who approved the plan (2016年4月23日中国共产党锡林郭勒盟委员会…审议批准):
// all the title the page gives. Else "".
func (m *metadataReader) unfinishedPlanName() string {
	for i, s := range m.open[:min(len(m.open), 4)] {
		t := cleanTitle(s)
		if !reUnfinishedPlanTitle.MatchString(t) || leadingPlaces(m.gaz, t) == "" || i+1 >= len(m.open) {
			continue
		}
		if reApprovedLine.MatchString(strings.TrimSpace(m.open[i+1])) {
			return t
		}
	}
	return ""
}

var (
	// reUnfinishedPlanTitle is a place's plan named up to 国民经济和社会发展.
	reUnfinishedPlanTitle = regexp.MustCompile(`^\p{Han}{2,20}?国民经济和社会发展(?:第[一二三四五六七八九十]+个)?$`)
	// reApprovedLine is a line that ends saying the text was approved.
	reApprovedLine = regexp.MustCompile(`^[(（]?\d{4}年.{4,80}?(?:审议|审查)?(?:批准|通过)[)）]?$`)
)

// keywordHeadingTitle returns the report's name that a search-bait
// heading opens with before a comma and repeats after it
// (四川省政府工作报告,年四川省政府工作报告全文解读提案(五)), or "".
func keywordHeadingTitle(open []string) string {
	for _, s := range open[:min(len(open), 2)] {
		i := strings.IndexAny(s, ",，")
		if i <= 0 {
			continue
		}
		name, rest := cleanTitle(s[:i]), s[i:]
		if runes(name) >= 6 && namesReport(name) && strings.Contains(rest, name) {
			return name
		}
	}
	return ""
}

// rePlanAnnounced is a news item's lead over the plan outline it
// publishes: 北极星电力网了解到,近日上海长宁区发布国民经济和社会发展第十三个五年
// 规划纲要,详情如下:.
var rePlanAnnounced = regexp.MustCompile(`^[^。]{0,30}?(?:近日|日前)[，,]?(\p{Han}{2,15}?)(?:正式)?(?:发布|印发|公布)了?《?(国民经济和社会发展第[一二三四五六七八九十]{1,3}个五年规划(?:和(?:二[〇○零O]?三五|2035)年远景目标)?纲要)》?[，,:：]?\s*(?:详情|全文|内容)如下`)

// planAnnouncedInLead returns the name of the outline a news item's lead
// says it publishes, under the place the lead names last (上海长宁区 →
// 长宁区国民经济和社会发展第十三个五年规划纲要), or "".
func (m *metadataReader) planAnnouncedInLead() string {
	for _, s := range m.open[:min(len(m.open), 2)] {
		v := rePlanAnnounced.FindStringSubmatch(s)
		if v == nil || leadingPlaces(m.gaz, v[1]) != v[1] {
			continue
		}
		names := m.gaz.namesAt(v[1])
		return names[len(names)-1].name + v[2]
	}
	return ""
}

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

// withPlanNameAbove joins an outline's title broken after its plan's name
// (东莞市国民经济和社会发展 / 第十四个五年规划和2035年远景目标纲要): title is the second
// line and the first stands over it.
func withPlanNameAbove(open []string, title string) string {
	if !rePlanPeriodOpens.MatchString(title) {
		return title
	}
	i := lineOf(open, title)
	if i <= 0 || i >= len(open) {
		return title
	}
	if p := strings.TrimSpace(open[i-1]); strings.HasSuffix(p, "国民经济和社会发展") && runes(p) <= 30 {
		return p + title
	}
	return title
}

// rePlanPeriodOpens is a title that opens with a five-year plan's number.
var rePlanPeriodOpens = regexp.MustCompile(`^第[一二三四五六七八九十]{1,3}个五年规划`)

// withoutInjectedTail cuts a phrase a spam site injects into the page (after
// the title and inside its sentences: …草案的报告生命方舟4攻略 / 受市人民政府委托,
// 生命方舟4攻略现将…) off the end of a title: a tail after the report's name
// that the opening lines repeat elsewhere.
func withoutInjectedTail(title string, open []string) string {
	v := reReportNameTail.FindStringSubmatch(title)
	if v == nil || strings.IndexAny(v[2], "的之及和与暨") == 0 || containsAny(v[2], titleWords) || ClassifyDocType(v[1], "") != ClassifyDocType(title, "") || reDeckItem.MatchString(v[2]) {
		// The title goes on (…纲要的通知, …报告及附表, …工作报告重点任务分工),
		// or a headline's deck does (…薛晔作政府工作报告 石伟东主持会议).
		return title
	}
	for _, s := range open {
		if insertedIn(s, v[2]) {
			return v[1]
		}
	}
	return title
}

// insertedIn reports whether phrase stands in s as an insertion: right
// after a punctuation mark or a space, where a sentence does not go on with
// it (委托,生命方舟4攻略现将 — not 审计工作报告反映问题整改情况).
func insertedIn(s, phrase string) bool {
	for from := 0; ; {
		at := strings.Index(s[from:], phrase)
		if at < 0 {
			return false
		}
		at += from
		if at > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:at]); strings.ContainsRune(",，。、:：;； ", r) {
				return true
			}
		}
		from = at + len(phrase)
	}
}

// reReportNameTail is a report's name with a short tail after it.
var reReportNameTail = regexp.MustCompile(`^(.{6,}?(?:的报告|工作报告|统计公报|规划纲要|目标纲要))([\p{Han}A-Za-z\d]{3,12})$`)

// reJoinsNextYear is the second line of a title broken before the year it
// plans (与2023年…计划的报告, 和2021年预算草案的报告): openingTitle joins it to the
// line over it, and chosenTitle takes it for no title of its own.
var reJoinsNextYear = regexp.MustCompile(`^(?:与|和|及|暨)\s*\d{4}\s*年`)

// isFirstListEntry reports whether s is the first entry of a numbered
// list (1.…) whose second entry (2.…) follows it in the opening.
func isFirstListEntry(s string, open []string) bool {
	if !reFirstEntry.MatchString(s) {
		return false
	}
	i := slices.Index(open, s)
	return i >= 0 && i+1 < len(open) && reSecondEntry.MatchString(open[i+1])
}

// sameReportCore reports whether two names of a report are the same once
// their 关于, their places and a bracketed form at their end ((书面),
// (草案)) are left out: 利州区2024年预算执行情况和2025年预算草案的报告 and
// 关于广元市利州区2024年…的报告(书面).
func sameReportCore(a, b string, gaz *Gazetteer) bool {
	core := func(s string) string {
		return withoutPlaceNames(gaz, reBracketedForm.ReplaceAllString(strings.TrimPrefix(s, "关于"), ""))
	}
	ca := core(a)
	return runes(ca) >= 8 && ca == core(b)
}

// withoutPlaceNames is s without the places the gazetteer finds in it,
// each taken out once where it first stands.
func withoutPlaceNames(gaz *Gazetteer, s string) string {
	for _, name := range gaz.NamesIn(s) {
		s = strings.Replace(s, name, "", 1)
	}
	return s
}

// reBracketedForm is the form a report's name ends with: (书面), （草案）.
var reBracketedForm = regexp.MustCompile(`[(（][\p{Han}]{1,4}[)）]$`)

// reFirstEntry and reSecondEntry are the first two entries of a numbered
// list (1.利州区…的报告, 2.…附表), reFirstEntryNumber the first's number.
var (
	reFirstEntryNumber = regexp.MustCompile(`^\s*1\s*[.．、]\s*`)
	reFirstEntry       = regexp.MustCompile(`^\s*1\s*[.．、]\s*\p{Han}`)
	reSecondEntry      = regexp.MustCompile(`^\s*2\s*[.．、]\s*\p{Han}`)
)

// brokenTitleHalf reports whether part is one of the two lines a title
// was broken into mid-name, whole the two joined: the break falls at a
// connector between the report's two years (…决算情况及2024年 / 财政预算…,
// …执行情况 / 与2024年计划草案的报告), and the first line opens as a title
// does (a year, 关于, a place). Any other line over a page's title (a date
// bar, a menu's 2024年度, a 【置顶】 item, a column's name) is not joined on.
func brokenTitleHalf(whole, part string) bool {
	var head, tail string
	switch {
	case strings.HasSuffix(whole, part):
		head, tail = strings.TrimSuffix(whole, part), part
	case strings.HasPrefix(whole, part):
		head, tail = part, strings.TrimPrefix(whole, part)
	default:
		return false
	}
	if !reTitleHeadOpens.MatchString(head) || strings.ContainsAny(head, "【】[] \t　") {
		return false
	}
	// Or a title naming its document with 关于 broken before the words that
	// end it (关于四川省…及2020年计划草案 / 的审查结果报告).
	aboutBroken := strings.HasPrefix(head, "关于") && strings.HasPrefix(tail, "的") && endsDocument(whole) && !endsDocument(head)
	return reEndsAtConnector.MatchString(head) || reJoinsNextYear.MatchString(tail) || aboutBroken
}

// reTitleHeadOpens is how the first line of a broken title opens: with its
// year, 关于, or a place's name (饶平县2023年…, 龙湖镇2023年…).
var reTitleHeadOpens = regexp.MustCompile(`^(?:关于|(?:19|20)\d{2}\s*年|\p{Han}{1,12}?(?:省|自治区|市|县|区|旗|州|盟|镇|乡|街道)(?:\p{Han}{1,12}?(?:市|县|区|旗|州|镇|乡|街道))*(?:19|20)\d{2}\s*年)`)

// reEndsAtConnector is a title's first line broken after the connector
// that joins its two years: …决算情况及2024年, …执行情况与.
var reEndsAtConnector = regexp.MustCompile(`(?:与|和|及|暨|、)\s*(?:\d{4}\s*年度?)?$`)

// reYearOpens is a title that opens with its year: 2020年….
var reYearOpens = regexp.MustCompile(`^(?:19|20)\d{2}\s*年`)

// reTableNumber is the number a package sets before a table's name: 22 吉林省….
var reTableNumber = regexp.MustCompile(`^\s*\d{1,3}\s+`)

// noticeIssuing returns the title of the notice, among the opening lines,
// that issues the document named title (a page headed by the outline's name,
// then 西安市未央区人民政府文件 / 未政发〔2021〕4号 / 西安市未央区人民政府关于印发《…纲要》的通知
// and its addressees): the page holds the notice, whose title it is. It
// returns "" when no such notice follows the title within maxNoticeLines.
func noticeIssuing(open []string, title string) string {
	if title == "" || reIssueNotice.MatchString(title) {
		return ""
	}
	at := lineOf(open, title)
	if at >= len(open) {
		return ""
	}
	end := min(len(open), at+1+maxNoticeLines)
	for k := at + 1; k < end; k++ {
		t := cleanTitle(open[k])
		if !reIssueNotice.MatchString(t) && strings.Contains(t, "关于印发") && !strings.HasSuffix(t, "通知") && k+1 < len(open) {
			// The notice's title broken over two lines mid-name (…与2021年国民 /
			// 经济和社会发展计划草案的报告》的通知).
			if next := cleanTitle(open[k+1]); strings.HasSuffix(next, "的通知") && runes(next) <= 40 {
				t += next
			}
		}
		if v := reIssueNotice.FindStringSubmatch(t); v != nil && strings.Contains(t, "关于") && (sameName(cleanTitle(v[1]), title) || sameName(cleanTitle(v[1]), reLeadingYear.ReplaceAllString(title, ""))) {
			return t
		}
	}
	return ""
}

// issuedUnderBareNotice returns the name of the document a notice titled
// title issues, where the page gives the notice's title alone over that
// name and the document's text, none of the notice's own (…人民政府办公室关于
// 印发…纲要的通知 / …纲要 / …纲要,根据…制定): the page holds the document. It
// returns "" where the notice's addressees or words (各乡镇人民政府:,
// 现将…印发给你们) follow, or the name names no report.
func issuedUnderBareNotice(open []string, title string) string {
	v := reIssueNotice.FindStringSubmatch(title)
	at := lineOf(open, title)
	if v == nil || at+1 >= len(open) {
		return ""
	}
	name := cleanTitle(open[at+1])
	if !sameName(name, cleanTitle(v[1])) || ClassifyDocType(name, "") == "其他" {
		return ""
	}
	for _, s := range open[at+2 : min(len(open), at+12)] {
		s = strings.TrimSpace(s)
		if reDocumentPart.MatchString(s) {
			break // the document's own text begins: 前言, 第一章…, 一、…
		}
		if containsAny(s, noticeWords) || isNoticeAddressees(s) {
			return ""
		}
	}
	return name
}

// reDocumentPart opens a part of a document's own text: 前言, 目录,
// 第一章 …, 第一篇 …, 一、….
var reDocumentPart = regexp.MustCompile(`^(?:前\s*言|序\s*言|目\s*录|第[一二三四五六七八九十]+[章篇部分]|[一二三四五六七八九十]+、)`)

// isNoticeAddressees reports whether line s is a notice's addressees:
// opening on 各 with their colon (see reAddressees), alone without it (see
// reAddresseesBare), or opening otherwise with it (see reAddresseesColon),
// but for a page's field that names its issuer (发布单位：).
func isNoticeAddressees(s string) bool {
	if reNumberedHeading.MatchString(s) {
		return false // a document's heading: （一）加快构建各具特色的…格局
	}
	if reFieldLabelAlone.MatchString(s) {
		return false // a page's field label: 责任单位：, 牵头部门及配合部门：
	}
	return reAddressees.MatchString(s) || reAddresseesBare.MatchString(s) || reAddresseesColon.MatchString(s) && !isMetadataLine(s) && !containsPrefix(s, fieldLabelsOfIssuer) || endsOnBureau(s)
}

// reNumberedHeading opens a document's numbered heading: （一）, (3), 1..
var reNumberedHeading = regexp.MustCompile(`^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.．、])`)

// reFieldLabelAlone is a page's field label naming units by their part in
// the work, alone on its line (责任单位：, 主要责任部门：, 县级牵头责任单位：,
// 牵头部门及配合部门：), not addressees (县直有关单位：, 有关单位：).
var reFieldLabelAlone = regexp.MustCompile(`^\s*(?:` + unitRoleLabel + `)(?:[、及和与/]` + unitRoleLabel + `)*\s*[:：]$`)

// unitRoleLabel is one unit a field label names by its part: 牵头单位,
// 配合部门, 县级牵头责任单位, 起草单位.
const unitRoleLabel = `(?:主要|具体|县直|市直|区直|县级|市级|区级|省级)?(?:牵头|配合|协办|主办|承办|责任|实施|主管|参与|协同|协作|包保|联系|挂点|帮扶|指导|起草|报送|监督|督办)+(?:单位|部门|机构)`

// endsOnBureau reports whether line s is a notice's addressees that end on
// a named bureau of a place (县发展和改革局、县财政局：, 区发展和改革局、区科技创新局：,
// or without the colon after 各: 各县市区发展和改革局), not a plan's words
// ending on 局 (起好步、开好局：, 破解各类要素保障困局).
func endsOnBureau(s string) bool {
	t := strings.TrimSpace(s)
	colon := strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")
	t = strings.TrimRight(t, "：:，, ")
	if strings.ContainsAny(t, "。；;：:") || !colon && !strings.Contains(t, "各") {
		return false
	}
	units := strings.FieldsFunc(t, func(r rune) bool { return r == '、' || r == '，' || r == ',' })
	if len(units) == 0 {
		return false
	}
	last := units[len(units)-1]
	return reNamedBureau.MatchString(last) && !reNotBureau.MatchString(last)
}

// reNamedBureau is a place's bureau by its name: 县财政局, 区科技创新局,
// 各县市区发展和改革局, 平江县公安局, 湖南省统计局, 国家税务总局平江县税务局; not
// a plan's words (区域空间布局, 市场主体发展新格局: see reNotBureau).
var reNamedBureau = regexp.MustCompile(`^(?:各)?(?:国家税务总局)?\p{Han}{0,10}?[县市区州盟旗省乡镇]\p{Han}{2,14}局$`)

// reNotBureau ends a plan's words on 局: 格局, 布局, 开好局, 困局, 开创新局,
// 乡村振兴新局 (not 科技创新局, 城市更新局, 国家安全局).
var reNotBureau = regexp.MustCompile(`(?:[格布变大开结时当好困破棋战定胜僵残危乱骗饭赌出入终败]|[^安]全|[^创更]新|开创新)局$`)

// fieldLabelsOfIssuer open a page's fields that name its issuer (发布单位：,
// 主办单位：), no addressees.
var fieldLabelsOfIssuer = []string{"发布", "主办", "承办", "来源", "发文", "编制", "制发"}

// noticeWords are a notice's own words to those it is sent to.
var noticeWords = []string{"印发给你们", "转发给你们", "印发你们", "转发你们", "现印发", "现予印发", "予以印发", "现转发", "现予发布", "现予公布", "请认真贯彻", "请结合实际", "遵照执行", "请参照执行", "请认真执行", "请抓好落实", "请认真抓好", "请认真组织实施", "望认真组织实施"}

// reAddresseesBare is a notice's addressees alone on a line without their
// colon (see reAddressees): 各乡镇人民政府、各街道办事处，县直各单位, 各乡（镇）
// 人民政府，县直各单位, 各街道办事处，区政府各委、办、局, 各县市区发展和改革局;
// not a sentence that opens on them (各乡镇人民政府要…。), nor a 格局.
var reAddresseesBare = regexp.MustCompile(`^[^。；;：:]{0,20}各[^。；;：:]{1,60}` + addresseesEnd + `$`)

// reAddresseesColon is a notice's addressees that do not open on 各, with
// their colon: 区政府各部门、各直属机构，各街道办事处：, 市直各单位，各镇人民政府、
// 街道办事处：; not a sentence of the document ending on a colon (…面临以下机遇：).
var reAddresseesColon = regexp.MustCompile(`^[^。；;]{2,80}` + addresseesEnd + `\s*[:：]$`)

// addresseesEnd is the unit a notice's addressees end on: 人民政府, 办事处,
// 单位, 部门, 委、办、局, 县直各委局 (a named bureau: see endsOnBureau).
const addresseesEnd = `(?:人民政府|政府|办事处|街道|单位|部门|机构|委、办、局|委办局|委局|各局|直属局|管委会)`

// reLeadingYear is the year a page's column puts before a report's name
// (2016年政府工作报告), where the notice under it issues the name alone
// (关于印发《政府工作报告》的通知).
var reLeadingYear = regexp.MustCompile(`^(?:19|20)\d{2}年`)

// verbsOverPlan are a headline's verbs before the plan or the tasks they act
// on (高质量完成“十四五”规划目标任务, 稳步推进2024年政府工作报告重点任务, 圆满收官):
// what ends on them is no label, but for a column's noun and verb (see
// reColumnNounVerb).
var verbsOverPlan = []string{"完成", "落实", "推进", "实现", "贯彻", "实施", "推动", "做好", "抓好", "谱写", "冲刺", "决胜", "收官", "打好"}

// reColumnNounVerb is a column's label of a noun and a verb glued before a
// title: 规划实施, 重点工作推进, 政策落实, 重点项目推进, 民生实事推进, 督办落实,
// 十四五规划实施, 重大项目推进, 目标任务落实; not a headline's verb before them
// (狠抓工作落实, 加快项目推进: see reHeadlineVerbOpen).
var reColumnNounVerb = regexp.MustCompile(`^\p{Han}{0,4}(?:规划|工作|政策|项目|任务|计划|改革|专项|实事|督查|督办)(?:实施|推进|落实)$`)

// reHeadlineVerbOpen opens a headline on its verb (狠抓工作落实, 加快项目推进,
// 强化政策落实): what follows is the headline's object, no column's label.
var reHeadlineVerbOpen = regexp.MustCompile(`^(?:狠抓|加快|强化|确保|抓实|抓好|抓紧|抓牢|推动|推进|加强|全力|持续|扎实|着力|切实|深化|加速|坚持|聚焦|聚力|突出|注重|全面|大力|积极|压实|夯实|做实|促进|保障|力促|力抓|紧抓|严抓|主抓|统筹|做好|落实|紧盯|盯紧|围绕|锚定|紧扣|瞄准|对标|咬定)`)

// maxNoticeLines is how far under a document's name the notice that issues
// it may stand (a date, the organ's file heading, its number between).
const maxNoticeLines = 8

// reKickerMarked opens a headline on a kicker set off by a dash or an
// exclamation mark: 奋进新征程——…, 重磅！….
var reKickerMarked = regexp.MustCompile(`^[^《》<>|｜]{2,12}?(?:——|！|!)`)

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
	if kind == "其他" && !endsDocument(t) && reKickerMarked.MatchString(t) {
		return t // a headline's kicker set off by a dash or a mark: 奋进新征程——2024年…金句, 重磅！荣成市…发布
	}
	rs := []rune(t)
	for k := 1; k <= min(maxLeadingLabel, len(rs)-4); k++ {
		label, rest := string(rs[:k]), strings.TrimLeft(string(rs[k:]), " ")
		if strings.Count(label, "(")+strings.Count(label, "（") > strings.Count(label, ")")+strings.Count(label, "）") {
			continue // a bracket opened before the rest: (2021年10月26日)南昌市政府工作报告
		}
		if strings.HasSuffix(label, "代") && strings.HasPrefix(rest, "理") {
			continue // an acting head (代理县长…作政府工作报告), no label before 理县
		}
		if strings.HasSuffix(label, "在") {
			continue // a speaker before where the report was made: 邹自景在广元市…会议上所作工作报告摘要
		}
		if reExplainerLead.FindString(label) == label && containsPrefix(label, []string{"为你", "为您", "带你"}) || containsSuffix(label, explainerWords) {
			return t // an explainer's words over the report it reads: 为你解读遵义市政府工作报告要点, 数读政府工作报告, 一图读懂2024年…
		}
		if containsSuffix(label, verbsOverPlan) && (!reColumnNounVerb.MatchString(label) || reHeadlineVerbOpen.MatchString(label)) {
			return t // a headline's verb over the plan it acts on: 高质量完成“十四五”规划目标任务…
		}
		if reMeetingVerb.MatchString(label) {
			return t // what a meeting did, no label: 研究二〇一九年…计划指标执行情况及…事项
		}
		if containsSuffix(label, draftingVerbs) {
			return t // what is done to the draft, no label: 征求对《政府工作报告》…的意见建议
		}
		if reHeadlineOpeningWord.MatchString(label) {
			return t // a headline's time word or preposition, no label: 今年政府工作报告更注重实效, 由政府工作报告看驻马店…
		}
		if n := reCPPCCNameRest.FindString(rest); strings.HasSuffix(label, "政协") && n != "" && !containsAny(n, []string{"人民代表大会", "人大"}) {
			return t // the CPPCC's own name: 政协内蒙古自治区第九届委员会第三次会议政治决议
		}
		if reOrganOrPlaceWord.MatchString(label) || len(g.namesAt(label)) > 0 {
			return t // 中共…, 重庆两江新区…, 遼寧“十四五”規劃…
		}
		if len(g.byShort[label]) > 0 && strings.HasPrefix(rest, "20") {
			return t // a county's short name before the year: 沧源2024年工作报告
		}
		// The report named in a headline's subtitle (承前启后实现“十三五”良好开局
		// ——刘伟平省长《政府工作报告》解读) leaves the headline's words no label.
		if main, _, _ := strings.Cut(rest, "——"); opensTitle(g, rest) && namesReport(main) && ClassifyDocType(rest, "") == kind {
			return rest
		}
	}
	return t
}

// reHeadlineOpeningWord is a time word or a preposition opening a headline,
// no label before it: 今年, 去年, 明年; 由, 从 (由政府工作报告看…, 从政府工作报告看…),
// 就, 围绕 (就政府工作报告 市领导分别征求社会各界意见).
var reHeadlineOpeningWord = regexp.MustCompile(`^(?:今年|去年|明年|前年|本年度?|由|从|看|读|向|据|让|把|就|对|围绕|针对)$`)

// reMeetingVerb is what a meeting did, opening a story's headline (研究,
// 审议, 听取, 讨论, 部署), or what a notice does (印发《…》的通知, 转发).
var reMeetingVerb = regexp.MustCompile(`^(?:专题)?(?:研究|审议|听取|讨论|部署|印发|转发)$`)

// reCPPCCNameRest is the rest of a CPPCC committee's name after 政协: its
// place and its term (内蒙古自治区第九届委员会), or its term first
// (第十四届广州市委员会, 第十三届全国委员会); not a congress's standing
// committee (第十四届全国人民代表大会常务委员会: see withoutLeadingLabel).
var reCPPCCNameRest = regexp.MustCompile(`^\p{Han}{0,12}?第?[一二三四五六七八九十]+届\p{Han}{0,12}?委员会`)

// maxLeadingLabel is the longest label a page sets before a title.
const maxLeadingLabel = 8

// reSessionFileLabel is the label a congress session gives the documents
// it hands out, before the title: 市十八届人大四次会议文件 (二十九).
var reSessionFileLabel = regexp.MustCompile(`^\p{Han}{0,24}?会议(?:文件|材料)\s*(?:之?[(（]?[一二三四五六七八九十\d]+[)）]?)?\s*(\S.*)$`)

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
// 区), and a label's words that name an organ or a place (中共…, 本级, 我市,
// 溧阳代表团, 街道).
var (
	reTitleOpens       = regexp.MustCompile(`^(?:(?:19|20)\d{2}|[一二][〇○零OＯ一二三四五六七八九]{3}年|关于|《|“|政府工作报告|国民经济和社会发展|中华人民共和国|中共|国务院|全国|中央|第[一二三四五六七八九十\d]+届|[一二三四五六七八九十]+届)`)
	reFullPlaceName    = regexp.MustCompile(`[省市区县旗州盟]$`)
	reOrganOrPlaceWord = regexp.MustCompile(`政府|人大|会议|关于|届|《|中国|全国|国务院|国家|中华|中央|本级|兵团|代表团|街道|办事处|[省市区县旗州盟镇乡委]`)
)

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

// headLineOf returns the line of the page's head that reads as title, a
// title found elsewhere than on a line of the document (a story's headline
// above its text, cut with the head: 县十八届人大三次会议开幕), so that it can
// be a paragraph too; nil when no head line is the title. A title the
// extractor made up (政府工作报告 for a text that only says 作工作报告) is on
// no line and adds nothing to the text.
func headLineOf(head []line, title string) *line {
	want := normalizeLoose(foldForMetadata(title))
	if want == "" {
		return nil
	}
	for i := range head {
		if normalizeLoose(foldForMetadata(cleanTitle(head[i].text))) == want {
			return &head[i]
		}
	}
	return nil
}

// reDisclosurePackage is the name of a budget disclosure's package of
// reports and tables: 2023年政府决算公开, 孝感市本级2022年政府预算公开(目录).
var reDisclosurePackage = regexp.MustCompile(`(?:预算|决算|预决算)公开(?:目录)?$`)

// budgetReportInPackage is the budget report's own title among the first
// lines of a disclosure package, above the report's salutation: a line (or
// two, wrapped: 哈密市2024年预算执行情况和2025年 / 预算草案的报告) that names a
// budget report with its year and is no entry of the package's contents.
func budgetReportInPackage(body []line) string {
	// The lines searched and the few that may follow a title, folded once.
	lines := make([]string, min(len(body), maxPackageLines+maxReportHeadLines+1))
	for i := range lines {
		lines[i] = strings.TrimSpace(foldForMetadata(body[i].text))
	}
	for i := 0; i < len(lines) && i < maxPackageLines; i++ {
		s := lines[i]
		if isSalutation(s) {
			break
		}
		candidates := []string{s}
		if i+1 < len(lines) && !rePackageEntry.MatchString(lines[i+1]) && !reDisclosurePackage.MatchString(cleanTitle(s)) {
			// Not a caption run into the next entry (…公开表 / 一、预算报告),
			// nor the package's own name over the report's (…2020年度财政决算
			// 公开 / …2020年财政决算(草案)报告).
			candidates = append(candidates, s+lines[i+1])
		}
		for k, c := range candidates {
			if t := cleanTitle(c); !rePackageEntry.MatchString(c) && isOwnBudgetTitle(t) && headsReport(lines, i+k+1) {
				return t
			}
		}
	}
	return ""
}

// headsReport reports whether the lines from at on go on as a report under
// its title: its meeting line (——2024年8月27日在…会议上), its speaker
// (区财政局局长 陈建波) or its salutation among the next few lines; not a
// link's or an attachment's name over a table or another link.
func headsReport(lines []string, at int) bool {
	for j, n := at, 0; j < len(lines) && n < maxReportHeadLines; j++ {
		s := lines[j]
		if s == "" {
			continue
		}
		n++
		if isSalutation(s) || runes(s) <= 60 && !strings.Contains(s, "。") && (strings.Contains(s, "会议") || containsAny(s, []string{"局长", "厅长", "主任"})) {
			return true
		}
	}
	return false
}

// maxPackageLines is how many lines of a disclosure package are searched
// for its report's own title: the package's contents may list 30 tables.
const maxPackageLines = 150

// maxReportHeadLines is how many non-empty lines under a report's own title
// headsReport reads for its meeting line, speaker or salutation.
const maxReportHeadLines = 4

// isOwnBudgetTitle reports a budget report's own title: its year, its
// kind, ending in 报告, no sentence and no entry number.
func isOwnBudgetTitle(t string) bool {
	return runes(t) <= 100 && !strings.ContainsAny(t, "。，,；;：:") && !rePackageEntry.MatchString(t) && reYearDigits.MatchString(t) &&
		strings.HasSuffix(withoutPartMark(t), "报告") && ClassifyDocType(t, "") == "预算报告" && !containsAny(t, auditWords)
}

var (
	rePackageEntry = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+部分)`)
	reYearDigits   = regexp.MustCompile(`(?:19|20)\d{2}`)
)

// ownOfTwoNames returns the page's own title where its title line holds two
// reports' names apart by a bar, a related page's link and its own
// (2019湘潭市政府工作报告|2019年铜川市政府工作报告 全文 over ——2019年2月13日在
// 铜川市第十六届…会议上): the second, when the lines under it name its place and
// not the first's. It returns "" otherwise.
func ownOfTwoNames(open []string, title string, gaz *Gazetteer) string {
	for i, s := range open {
		parts := reTitleSeparator.Split(strings.TrimSpace(s), -1)
		if len(parts) != 2 || cleanTitle(parts[0]) != title {
			continue
		}
		other := cleanTitle(parts[1])
		if !namesReport(other) || !endsTitle(other) {
			return ""
		}
		// Only the lines that are the report's own (its meeting line, its
		// speaker): a site's owner or a source paper named under the title
		// (新余市人民政府网 主办, 来源：铜川市融媒体中心) is no report's place.
		var own []string
		for _, l := range open[i+1 : min(len(open), i+5)] {
			if reOwnReportLine.MatchString(l) {
				own = append(own, l)
			}
		}
		below := strings.Join(own, " ")
		if namesPlaceIn(gaz, other, below) && !namesPlaceIn(gaz, title, below) {
			return other
		}
		return ""
	}
	return ""
}

// reOwnReportLine is a line under a report's title that is the report's
// own: its meeting line (——2019年2月13日在铜川市第十六届, …会议上) or its
// speaker's (铜川市市长 李智远).
var reOwnReportLine = regexp.MustCompile(`^\s*[—―─-]|人民代表大会|会议|(?:省|市|县|区|旗|州)长\s`)

// namesPlaceIn reports whether a place title names is named in text too.
func namesPlaceIn(gaz *Gazetteer, title, text string) bool {
	for _, n := range gaz.namesAt(title) {
		if strings.Contains(text, n.name) {
			return true
		}
	}
	return false
}

// chunkHeadingTitle returns the title a document site's first chunk opens
// with, run on with the text's first sentence that repeats it (1、长治市城区
// 国民经济和社会发展第十三个五年规划纲要(草案)长治市城区…纲要(草案),根据…编制),
// or "".
func chunkHeadingTitle(open []string) string {
	for _, s := range open[:min(len(open), 3)] {
		loc := reChunkNumber.FindStringIndex(s)
		if loc == nil {
			continue
		}
		rest := s[loc[1]:]
		for i := range rest {
			name := rest[:i]
			if i == 0 || !utf8.RuneStart(rest[i]) || runes(name) < 6 {
				continue
			}
			if runes(name) > 80 {
				break // no title is longer
			}
			if endsDocument(reDraftMark.ReplaceAllString(name, "")) && namesReport(name) && strings.HasPrefix(rest[i:], name) {
				return cleanTitle(name)
			}
		}
	}
	return ""
}

// reChunkNumber is the number a document site puts before each chunk of a
// shared file's text: 1、, 2、.
var reChunkNumber = regexp.MustCompile(`^\s*\d{1,2}、\s*`)

// reDraftMark is the draft's mark closing a title: (草案).
var reDraftMark = regexp.MustCompile(`[(（]草案[)）]$`)

// leadSentence is s past a short opening line of rhetoric (踏着新春的脚步，
// 肩负人民的重托。元月3日上午，…): where a story's day stands.
func leadSentence(s string) string {
	if end := strings.Index(s, "。"); end > 0 && runes(s[:end]) <= 40 && !reStoryDay.MatchString(s) {
		return s[end+len("。"):]
	}
	return s
}

// reAgendaInTitle is a session's agenda item inside a candidate title, the
// agenda's heading lines run on before it (…会议开幕式1.听取区人民政府工作报告),
// or a story's subheading on what the session will hear (会议将审查和批准
// “十三五”规划纲要, 此次会议将…, 大会期间将听取和审议政府工作报告), or an
// agenda's item on its own line (审议关于淄博市2013年…的报告和关于…), or a
// deck of a standing committee's decisions (决定省十三届人大四次会议2021年1月21日
// 在石家庄召开 决定任命… 表决通过《…条例》等).
var reAgendaInTitle = regexp.MustCompile(`(?:^|[^\d])` + agendaItem + `|^(?:本次|此次|这次)?(?:会议|大会)(?:期间)?(?:还)?将(?:听取|审查|审议|表决|批准|选举)|^(?:听取和?)?(?:审议|审查)(?:和?批准)?关于|` + decisionDeck)

// placedNameOverBareTitle returns the heading over a report whose own title
// is the bare 政府工作报告 (or a management district's 管委工作报告) when that
// heading names the same report with its place ((辽宁省)2020年辽阳县人民政府
// 工作报告(全文) / 政府工作报告 / ——2019年12月26日在…; 塔洋镇2015年政府工作
// 报告 / 发布日期:… / 政 府 工 作 报 告), or "". The
// heading is the name that tells one report from the hundreds of others
// called 政府工作报告, and readers cite it: every reader of the 77 sets
// scored from holdout571 on who met such a page took the heading (eleven
// pages); eighteen pages kept from older sets, whose readers took the bare
// line, were re-read so (meta-167).
func placedNameOverBareTitle(open []string, title string, gaz *Gazetteer) string {
	if title != "政府工作报告" && title != "管委工作报告" {
		return ""
	}
	for _, s := range open[:min(len(open), 8)] {
		cleaned := cleanTitle(s)
		if squeezeSpaces(cleaned) == title {
			return ""
		}
		t := withoutLeadingLabel(gaz, cleaned) // 资料:四川省2003年政府工作报告
		if t != title && endsTitle(t) && placedReportName(t, title, gaz) && !isMetadataLine(s) && !isDeck(s) {
			return t
		}
	}
	return ""
}

// organOverAccountsTitle returns a department's budget or accounts title
// that opens on its year joined to the department's name alone on the line
// over it, its place named in full (达州市园林绿化管理处 / 2015年部门决算编制的
// 说明): the title readers cite, or "". Not a government's name, which may
// be its site's banner over any department's accounts, nor a finance
// bureau's, which publishes the departments' (勉县财政局 / 2024年部门预算 of its
// audit office); nor a story's or a notice's headline that opens on the year
// (2023年部门决算公开工作圆满完成).
func organOverAccountsTitle(open []string, title string, g *Gazetteer) string {
	if !reYearAccountsTitle.MatchString(title) {
		return ""
	}
	for i := 1; i < min(len(open), 4); i++ {
		if cleanTitle(open[i]) != title {
			continue
		}
		if organ := strings.TrimSpace(open[i-1]); reDepartmentAlone.MatchString(organ) && !containsSuffix(organ, []string{"财政局", "财政厅"}) && fullLeadingPlaces(g, organ) != "" {
			return organ + title
		}
		return ""
	}
	return ""
}

// reYearAccountsTitle is a department's budget or accounts named by its
// year alone: 2015年部门决算编制的说明, 2025年单位预算情况说明.
var reYearAccountsTitle = regexp.MustCompile(`^\d{4}\s*年度?\s*(?:部门|单位)(?:决算|预算)(?:` + threeCosts + `(?:预算|决算)?)?(?:编制的?说明|情况说明|说明|公开|信息公开|公开说明|公开表)?$`)

// reDepartmentAlone is a department's or a unit's name alone on its line
// (达州市园林绿化管理处), or a township's government's, which keeps its own
// accounts (赣州市南康区麻双乡人民政府); no county's or city's government, whose
// name may be its site's banner.
var reDepartmentAlone = regexp.MustCompile(`^\p{Han}{4,30}?(?:局|委|委员会|办公室|处|中心|所|站|馆|院|会|队|厅|室|团|社|园|校|[乡镇]人民政府|街道办事处)$`)

// placedReportName reports whether t is the report's name made of its
// place, its year and the government before the name (2020年辽阳县人民政府
// 工作报告, 黔西南州2021年政府工作报告 for 政府工作报告), not a caption that says
// who made it (3月5日，李克强代表国务院…作政府工作报告) nor a story's headline.
func placedReportName(t, name string, gaz *Gazetteer) bool {
	before, ok := strings.CutSuffix(t, name)
	if !ok {
		return false
	}
	names := gaz.NamesIn(before)
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		before = strings.Replace(before, n, "", 1)
	}
	before = reReportNameYear.ReplaceAllString(strings.ReplaceAll(before, "人民", ""), "")
	// A township after its county, which the gazetteer need not know by
	// name: 2013年花都区狮岭镇政府工作报告.
	before = reTownshipAfterPlace.ReplaceAllString(before, "")
	return strings.Trim(before, "省市县区州旗盟镇乡街道") == ""
}

// reTownshipAfterPlace is a township's name ending what is left of a
// report's name once its county is taken out: 狮岭镇.
var reTownshipAfterPlace = regexp.MustCompile(`\p{Han}{1,5}(?:镇|乡|街道)$`)

// reReportNameYear is the year in a report's name: 2020年, 2023年度.
var reReportNameYear = regexp.MustCompile(`\d{4}年度?`)

// withoutEnglishTwin returns the Chinese title of a bilingual page whose
// title line runs the English one in capitals into it (REPORT ON THE WORK
// OF THE HUNAN PROVINCIAL PEOPLE’S GOVERNMENT2014年湖南省政府工作报告): the
// Chinese title where it names a report; else title as it is.
func withoutEnglishTwin(title string) string {
	if v := reEnglishTwinAfter.FindStringSubmatch(title); v != nil && namesReport(v[1]) {
		return strings.TrimSpace(v[1]) // the English one after it: 2014年政府工作报告全文(双语) Report on the work of the government 2014
	}
	v := reEnglishTwin.FindStringSubmatch(title)
	if v == nil || !namesReport(v[1]) {
		return title
	}
	return v[1]
}

// reEnglishTwinAfter is a Chinese title with the English one of three words
// or more after it; its group is the Chinese title.
var reEnglishTwinAfter = regexp.MustCompile(`^(.*\p{Han}[)）]?)\s*(?:Report|REPORT|Government|GOVERNMENT|The|THE)(?:\s+[A-Za-z’',.-]+){2,}(?:\s+\d{4})?\s*$`)

// reEnglishTwin is a title in capitals of three words or more run into a
// Chinese one; its group is the Chinese title.
var reEnglishTwin = regexp.MustCompile(`^[A-Z][A-Z’',.-]*(?:\s+[A-Z’',.-]+){2,}\s*((?:19|20)?\d*\p{Han}.*)$`)

// placedRepeat returns the headline a page repeats over its story with
// the place its title line leaves to the site (县十七届人大二次会议隆重开幕 /
// 2017-03-21 … / 衡阳县十七届人大二次会议隆重开幕): the one a reader cites. Else
// title.
func placedRepeat(open []string, title string, g *Gazetteer) string {
	if runes(title) < 6 || namesReport(title) {
		return title // a report's own title is as the report gives it
	}
	for j, s := range open[:min(len(open), 8)] {
		if isRelatedListHead(s) {
			return title // a list of other pages' headlines (相关阅读 / 祁东县…)
		}
		t := cleanTitle(s)
		place, ok := strings.CutSuffix(t, title)
		if !ok || place == "" || runes(place) > 8 {
			continue
		}
		// Not another city's headline over this one's story (株洲市… over
		// 长沙市第十五届…): the story under it names that place or no other
		// of its level.
		if lead := leadingPlaces(g, t); lead != "" && len(lead) >= len(place) && !namesOtherOfLevel(g, strings.Join(open[j+1:], "\n"), lead) {
			return t
		}
	}
	return title
}

// placedOrganTitle returns the title a page gives in full under a listing's
// line that shortened it to its organ without the place (市人民政府关于印发
// 武穴市…纲要的通知 over 武穴市人民政府关于印发 / 武穴市…第十三个五年 / 规划纲要的
// 通知): the full one, as the document writes it, its place named before
// the organ. Else title. Not another place's document in a list of related
// ones (相关文件： / 上高县人民政府关于印发…): where the government that signs
// the text is known (signer, see organSigner), only its own; else, where the
// government whose site the page is is known (site, see organSite), only the
// site's own or its superior's (a county's site republishing its city's
// notice); else the scan stops at the list's heading. The caller passes a
// title reOrganWithoutPlace matches (readTitle checks it before it looks
// for the site and the signer).
func placedOrganTitle(open []string, title string, g *Gazetteer, site Place, signer string) string {
	for j := 0; j < min(len(open), 16); j++ {
		if site.Code == "" && signer == "" && (isRelatedListHead(open[j]) || reRelatedHeadAny.MatchString(strings.TrimSpace(open[j]))) {
			return title
		}
		t := cleanTitle(open[j])
		if joined := joinTitle(t, open[j+1:]); joined != "" {
			t = joined
		}
		place, ok := strings.CutSuffix(t, title)
		if !ok || place == "" {
			continue
		}
		// The place named before the organ, or whose name ends on the
		// level the listing kept (恩施土家族苗族自治 + 州人民政府关于…).
		level, _ := utf8.DecodeRuneInString(title)
		if full := place + string(level); leadingPlaces(g, full) == full {
			place = full
		} else if leadingPlaces(g, place) != place {
			continue
		}
		named := lastLeadingPlace(g, place)
		switch {
		case signer != "":
			if samePlace(g, named, signer) {
				return t
			}
		case site.Code != "":
			if placeOrAbove(g, named, site) {
				return t
			}
		default:
			return t
		}
	}
	return title
}

// samePlace reports whether two names (恩施州, 恩施土家族苗族自治州) may name the
// same place.
func samePlace(g *Gazetteer, a, b string) bool {
	for _, p := range g.byName[a] {
		for _, q := range g.byName[b] {
			if p.Code == q.Code {
				return true
			}
		}
	}
	return false
}

// placeOrAbove reports whether name names the site's place (峨边县 for
// 峨边彝族自治县) or one above it (赣州市 over 瑞金市's site).
func placeOrAbove(g *Gazetteer, name string, site Place) bool {
	for _, p := range g.byName[name] {
		if strings.HasPrefix(site.Code, p.Code) {
			return true
		}
	}
	return false
}

// organSigner returns the place of the government that signs the text (万载县
// 人民政府 over its date), or "".
func (m *metadataReader) organSigner() string {
	// A government alone on its line over the day it signed (万载县人民政府 /
	// 2024年2月18日), among the text's last lines: not a footer's site name
	// alone on its line (网站主办： / 瑞金市人民政府 / 地址：…).
	body := m.pg.body
	for i := len(body) - 2; i >= 0 && i >= len(body)-14; i-- {
		s := strings.TrimSpace(foldForMetadata(body[i].text))
		g, ok := strings.CutSuffix(s, "人民政府")
		if !ok || !reGovernmentAlone.MatchString(s) || leadingPlaces(m.gaz, g) != g {
			continue
		}
		if d := strings.TrimSpace(body[i+1].text); ParseDate(d) != "" && runes(d) <= 16 {
			return lastLeadingPlace(m.gaz, g)
		}
	}
	return ""
}

// organSite returns the government of the level a title's organ names
// without its place (县人民政府关于…) whose site the page's furniture names
// (主办单位：万载县人民政府办公室), or no place where it names none or several.
func (m *metadataReader) organSite(title string) Place {
	level, _ := utf8.DecodeRuneInString(title)
	p, _ := m.onlySiteGovernment(m.siteLines(), func(p Place) bool { return atLevel(p, string(level)) })
	return p
}

// reEditorsIntro is a model-text site's sentence introducing the document
// it gives, the document's name in it: 下面是小编为大家整理的…【完整版】,供大家参考。
var reEditorsIntro = regexp.MustCompile(`^(?:下面是|以下是|这是)小[编編](?:为大家|为您|给大家|為大家|為您)?(?:精心)?(?:收集整理|整理|收集|准备|带来|分享)的(\S{4,80}?)(?:【[^【】]{1,8}】)?\s*[,，]\s*(?:供大家参考|仅供参考|希望|欢迎)`)

// reRelatedHeadAny heads a list of related documents or links: 相关文件：,
// 相关政策, 相关附件, 其他县区文件：.
var reRelatedHeadAny = regexp.MustCompile(`^(?:相关\p{Han}{2}\s*[:：]?|(?:其他|其它)\p{Han}{2,6}\s*[:：])$`)

// reOrganWithoutPlace opens a title on a government or its office named
// without its place: 市人民政府关于…, 县政府办公室关于….
var reOrganWithoutPlace = regexp.MustCompile(`^[省市县区州盟旗](?:人民政府|政府)(?:办公室|办公厅)?关于`)

// namesOtherOfLevel reports whether text names a place of the level of
// the first place name leads with, other than it, and not that place.
func namesOtherOfLevel(g *Gazetteer, text, lead string) bool {
	names := g.namesAt(lead)
	if len(names) == 0 {
		return false
	}
	own := g.byName[names[0].name]
	if len(own) != 1 || strings.Contains(text, names[0].name) || strings.Contains(text, shortName(own[0].Name)) {
		return false
	}
	for _, p := range g.placesIn(text) {
		if len(p.Code) == len(own[0].Code) && p.Code != own[0].Code {
			return true
		}
	}
	return false
}

// withFiledYear returns a work report's title that names no year nor
// meeting with the year a line of the page gives it in brackets (政府工作
// 报告(2018年), a site's list of the reports of each year): the year is all
// that tells one from the others, and readers cite it. Where the text gives
// its own title bare on a line of its own (重庆市渝中区人民政府工作报告(2023年) /
// … / 重庆市渝中区人民政府工作报告), the year is the site's label and the title
// stays as the text gives it; where several lines give it with different
// years, they list the other years' reports.
func withFiledYear(open []string, title string) string {
	if title == "" || reTitleYear.MatchString(title) || !isWorkReportTitle(title) || strings.Contains(title, "会议") {
		return title
	}
	filed := map[string]bool{}
	first := ""     // the first line that gives the title, the page's own
	listed := false // past a list of other pages' headlines (历年政府工作报告)
	for _, s := range open {
		s = squeezeSpaces(strings.TrimSpace(s))
		if s == title {
			return title // the text's own line gives it bare
		}
		if listed = listed || isListHead(s); listed {
			continue
		}
		v := reFiledYear.FindStringSubmatch(s)
		if v != nil && v[1] == title {
			filed[s] = true
		}
		if first == "" && (cleanTitle(s) == title || v != nil && v[1] == title) {
			first = s
		}
	}
	// The page's own line gives the title with its year, or one line
	// does; several further down list the reports of other years
	// (历年政府工作报告 / …(2018年) / …(2017年)).
	if filed[first] {
		return first
	}
	if len(filed) == 1 {
		for s := range filed {
			return s
		}
	}
	return title
}

// reYearsListHead is the heading of a site's list of the reports of past
// years: 历年政府工作报告, 往年报告.
var reYearsListHead = regexp.MustCompile(`^(?:历年|往年|历届|往期)\p{Han}{0,10}$`)

// isListHead reports the heading of a list of other pages: 相关文章,
// 历年政府工作报告, 往年报告.
func isListHead(s string) bool {
	s = strings.TrimSpace(s)
	return isRelatedListHead(s) || reYearsListHead.MatchString(s)
}

// decisionDeck is a deck of a standing committee's decisions under its
// meeting's headline: 决定省十三届人大四次会议2021年1月21日在石家庄召开 决定任命…;
// reDecisionDeck matches it.
const decisionDeck = `^(?:决定|表决通过)\p{Han}`

var reDecisionDeck = regexp.MustCompile(decisionDeck)

// reFiledYear is a title line ending in the year in brackets: 政府工作报告(2018年).
var reFiledYear = regexp.MustCompile(`^(\p{Han}.*?)\s*[(（](?:19|20)\d{2}年[)）]$`)

// withoutRepeatInBrackets returns a title a site repeats in brackets after
// it once: 汉中市2025年政府工作报告(汉中市2025年政府工作报告) is
// 汉中市2025年政府工作报告.
func withoutRepeatInBrackets(title string) string {
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if head, ok := strings.CutSuffix(title, b[1]); ok {
			if k := strings.LastIndex(head, b[0]); k > 0 && head[:k] == head[k+len(b[0]):] {
				return head[:k]
			}
		}
	}
	return title
}
