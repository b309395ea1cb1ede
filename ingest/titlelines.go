// The title among the opening lines: openingTitle, a title broken over
// lines (joinTitle), and the document's own title over its meeting line,
// its salutation or under a site's listing, which the page's title gives
// way to.

package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reAddressees is a notice's addressees on their line: 各镇人民政府、街道办事处，
// 区政府各部门：.
var reAddressees = regexp.MustCompile(`^各\p{Han}[^。；;]{0,80}[:：]$`)

// reListItem is a line set as an item of a list by a hyphen or a bullet
// and a space: - 发展报告.
var reListItem = regexp.MustCompile(`^\s*[-•·●◆▪]\s`)

// reReportNamedInClause is a report's name as the subject's attribute in a
// clause (2023年政府工作报告确定的目标任务全面完成, 政府工作报告提出的十件实事):
// a story's subheading, no title; not the name of a report on them
// (关于市政府工作报告提出的十件民生实事办理情况的报告).
var reReportNamedInClause = regexp.MustCompile(`报告》?(?:确定|提出|明确|部署|承诺)的`)

// reImageFileName is a picture's file name alone on its line, left in a
// story's text where the picture was: 听报告2.jpg.
var reImageFileName = regexp.MustCompile(`(?i)^[^\s/\\]{1,60}\.(?:jpe?g|png|gif|bmp|webp)$`)

// reAttachedTables is a spreadsheet's file name alone on its line, an
// attachment's link, perhaps with its path's slash: /泸州市中医医院2023年度决算
// 报表.xls (the tables, not the document the headline names).
var reAttachedTables = regexp.MustCompile(`(?i)^/?[^\s/\\]{1,60}\.(?:xlsx?|et|csv)$`)

// documentCoreWords name a report or its meeting, in a line that may be
// spaced out.
var documentCoreWords = []string{"政府工作报告", "国民经济", "社会发展", "预算", "决算", "纲要", "公报", "人民代表大会", "会议上"}

// isPhraseList reports a line of four or more spaced phrases of three
// characters or more, no punctuation among them and no report or meeting
// named: the stuff of a site's list of hot searches or links (央视质疑29岁
// 市长 邓玉娇失踪 朝鲜军事演习 日本兵赎罪). openingTitle skips such lines only
// in a block of them: one line alone may be a headline run on with its deck.
func isPhraseList(s string) bool {
	f := strings.Fields(s)
	if len(f) < 4 || containsAny(s, documentCoreWords) {
		return false // a title or a meeting line spaced out (关于2023年 国民经济和社会发展计划 执行情况…)
	}
	for _, w := range f {
		if runes(w) < 3 || strings.ContainsAny(w, "，,。；;：:、《》") {
			return false
		}
	}
	return true
}

// openingTitle finds the title among the opening lines before the meeting
// line or salutation: a line naming a report, or consecutive short lines
// that together name one (a title broken over lines: 政府工作报 / 告). It
// returns the title and the index of its line, -1 when it spans lines.
func openingTitle(lines []string) (string, int) {
	tabled := inTables(lines)
	partSeen, inText := false, false // the text's first part heading (一、…), then its sentences
	for i, s := range lines {
		if isSalutation(s) {
			return "", -1
		}
		if name := infoBoxName(s); name != "" {
			return name, -1
		}
		if v := reReportDigest.FindStringSubmatch(strings.TrimSpace(s)); v != nil && (v[3] == "" || ClassifyDocType(v[3], "") != "其他") {
			return v[1] + v[2] + v[3], -1 // a paper's digest of the report, under its headlines: ——马懿市长《政府工作报告》摘编
		}
		if style, _, ok := headingOf(s); ok && style == styleCN {
			partSeen = true
		} else if partSeen && runes(s) >= 40 && strings.Contains(s, "。") {
			inText = true
		}
		if inText {
			// A page cut from the text under its first part (一、2021年财政预算执行
			// 情况 / 2021年我县财政工作…。) has lost its title; a line further down
			// (2021年一般公共财政预算, a heading cut off) is none.
			break
		}
		if notTitleInTable(tabled[i], s) {
			continue // a table's row or a cell wrapped from one names a project, not the document
		}
		if reListItem.MatchString(s) || isPhraseList(s) && (i > 0 && isPhraseList(lines[i-1]) || i+1 < len(lines) && isPhraseList(lines[i+1])) || reDecisionDeck.MatchString(strings.TrimSpace(s)) {
			continue // a menu's item set as a list (- 减贫救灾 / - 发展报告), a site's list of hot searches (宋美龄牛奶洗澡 中共卧底结局 慈禧不快乐 侵略中国报告), a deck of decisions (决定…在石家庄召开 决定任命…)
		}
		if reImageFileName.MatchString(strings.TrimSpace(s)) || reAttachedTables.MatchString(strings.TrimSpace(s)) {
			continue // a picture's file name left where the picture was (听报告2.jpg), an attached spreadsheet's
		}
		if reOutlinePrefaceLine.MatchString(s) {
			continue // an outline's preface, cut where its line was (本规划纲要根据《中共…的建议)
		}
		if reReportNamedInClause.MatchString(s) && !strings.HasPrefix(strings.TrimSpace(s), "关于") && !endsDocument(cleanTitle(s)) {
			continue // a subheading on what a report set (2023年政府工作报告确定的目标任务全面完成)
		}
		if reAgendaItem.MatchString(strings.TrimSpace(s)) {
			continue // a session's agenda item (1.听取区人民政府工作报告), not a document's name
		}
		if rePhotoCaptionCredit.MatchString(s) {
			continue // photos' captions, each with its credit (…作政府工作报告 刘良伟 摄)
		}
		if reCaptionMadeReport.MatchString(strings.TrimSpace(s)) {
			continue // photos' captions under a story: 宋森同志作《人大主席团工作报告》
		}
		if reMadeQuoted.MatchString(strings.TrimSpace(s)) && besideImageFileName(lines, i) {
			continue // a caption by its picture's file name: 李健.jpg / 镇长李剑所作《政府工作报告》
		}
		if reHeardQuoted.MatchString(s) {
			continue // a story's sentence on what the session heard (大会还书面听取了《关于…》、《关于…), cut off by the page
		}
		if reKicker.MatchString(strings.TrimSpace(s)) {
			continue // a story's kicker over its headline (李纪恒参加…审议…工作报告时强调 / 发挥优势…)
		}
		if k := strings.TrimSpace(s); reKickerDash.MatchString(k) && i+1 < len(lines) {
			// A kicker that runs into the headline under it with a dash
			// (市人大代表分团审议政府工作报告时说—— / 克拉玛依市的发展未来可期) is
			// the headline's first part.
			if next := cleanTitle(lines[i+1]); runes(next) >= 4 && runes(next) <= 40 && !strings.ContainsAny(next, "。，,；;") {
				return k + next, -1
			}
		}
		if v := reSharedDocument.FindStringSubmatch(s); v != nil {
			s = v[1] + v[2] // a document site's line on what it shares: 《江西省…统计公报.pdf》由会员分享
		}
		if title, _ := titleAndPublished(s); title != "" && namesReport(cleanTitle(title)) {
			s = title // the title, then the page's publication time (…《政府工作報告》(附全文) 發布時間:2021-02-22 10:16)
		}
		if isMetadataLine(s) || strings.ContainsAny(cleanTitle(s), ":：") || i > 0 && isLoneFieldLabel(lines[i-1]) && isFieldValue(cleanTitle(s)) {
			// A header field, or the value under its label (体裁分类： /
			// 财政预算、决算), but not a title under a label (有效性： /
			// 巫溪县2022年预算执行及2023年预算公开的说明; 信息名称： / 江山市
			// 二〇二三年…计划草案).
			continue
		}
		// Navigation, a site's name and a story's deck are no part of a title.
		if isNavigation(s) || reMenuLabel.MatchString(s) || reTitleSeparator.MatchString(s) && !namesReport(cleanTitle(s)) || isDeck(s) {
			continue
		}
		if i > 0 && isDeck(lines[i-1]) && reDeckItem.MatchString(strings.TrimSpace(foldSpaces(s))) {
			continue // a deck's last span on a line of its own (尹力作政府工作报告 柯尊平…出席 / 王树江冯键分别作省高级人民法院、省人民检察院工作报告)
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
				!reNotTitle.MatchString(prev) && !isMetadataLine(prev) && !reMeetingLine.MatchString(prev) && !namesReport(cleanTitle(prev)) && !reSessionName.MatchString(strings.TrimSpace(prev)) && !organOverTitle(lines, i) {
				continue
			}
		}
		if style, rest, ok := headingOf(s); ok && style == stylePart && strings.Contains(rest, "关于") && endsDocument(cleanTitle(rest)) {
			s = rest // a package's part that is its first document: 第一部分 柳北区人民政府关于…决算(草案)的报告
		}
		if style, rest, ok := headingOf(s); ok && slices.Contains([]string{styleCN, styleParen, styleNum, styleParenNum, styleChapter, styleSection, stylePart}, style) && !strings.HasPrefix(rest, "关于") && !reCompilationContents.MatchString(s) {
			// A numbered heading of the text ((一)预算收支情况, 一、2022年预算
			// 执行情况, 第一节 决胜全面建成小康社会…) is no title; a listing's
			// numbered entry (7.关于…) may be, and so may a compilation's name
			// on a document site's first page (1、XX镇…汇编(35篇)目录1.…).
			continue
		}
		if i > 0 && reAddressees.MatchString(strings.TrimSpace(lines[i-1])) && reNamedBeforeShortName.MatchString(strings.TrimSpace(s)) {
			// A notice's text under its addressees quoting a name, broken
			// before its short name (各镇人民政府…： / 《…纲要》(以下简), is
			// no title.
			continue
		}
		if strayNotice(lines, i) {
			continue
		}
		if v := reKickerDashExplainer.FindStringSubmatch(strings.TrimSpace(s)); v != nil && namesReport(cleanTitle(v[1])) && (containsAny(v[1], explainerWords) || strings.Contains(v[1], "解读")) {
			// An explainer's headline: its kicker and, after a dash, what it
			// explains (星城乘势绘宏图——长沙《十四五规划》关键词解读).
			return strings.TrimSpace(s), i
		}
		t := cleanTitle(s)
		if i > 0 && namesReport(t) && !endsTitle(t) && !strings.HasPrefix(t, "关于") && runes(lines[i-1]) > 40 && strings.HasSuffix(strings.TrimSpace(lines[i-1]), "。") && !endsTitle(joinTitle(t, lines[i+1:])) {
			continue // a story's subheading under its lead (…通过批准了《江西省2012年省级决算》。 / 2012年省级决算体现出财政运行总体稳健)
		}
		if reFigureEnds.MatchString(t) && i > 0 && reFigureEnds.MatchString(cleanTitle(lines[i-1])) {
			continue // an item of a list of targets under another (…粮食总产量稳定在300万吨以上 / 一般公共预算收入增长7%左右)
		}
		if reDevelopmentOverview.MatchString(t) {
			return t, -1 // a statistics bureau's overview of a year, named so on its own line
		}
		if namesReport(t) && !endsTitle(t) {
			if whole := joinTitle(t, lines[i+1:]); endsTitle(whole) {
				return withIssuerAbove(lines, i, whole), -1
			}
		}
		// A plan report's name broken before the plan's execution (常州市天宁区
		// 2013年国民经济、社会发展计划 / 执行情况与2014年国民经济、社会发展计划).
		if strings.HasSuffix(t, "计划") && i+1 < len(lines) {
			if next := cleanTitle(lines[i+1]); (containsPrefix(next, []string{"执行情况与", "执行情况和", "执行情况及"}) || next == "执行情况报告" || next == "执行情况的报告") && runes(next) <= 60 && !strings.ContainsAny(next, "。，,；;") {
				whole := t + next
				if rest := joinTitle(whole, lines[i+2:]); !endsDocument(whole) && reNameUnfinished.MatchString(whole) && reNameGoesOn.MatchString(strings.TrimPrefix(rest, whole)) && endsDocument(rest) {
					whole = rest // and again before the second plan's end (…与2025年国民经济和 / 社会发展计划(草案)的报告)
				}
				return withIssuerAbove(lines, i, whole), -1
			}
		}
		// 关于… (or an organ's 关于…: …预算审查委员会关于…) names a document that ends as one (…的报告), not as the
		// budget or plan it is about: 关于2020年…县本级财政预算 / 执行情况及
		// 2021年…财政预算的报告. So may a title that reaches a draft (in brackets
		// or not: …财政决算(草案) / 及2020年1至9月预算执行情况的报告) or a
		// plan at a line break (…2022年预算草案 / 的报告, …第十四个五年规划 /
		// 和二〇三五年远景目标纲要).
		if namesReport(t) && (reOpensAbout.MatchString(t) || containsSuffix(t, []string{"草案", "规划"}) || containsSuffix(t, []string{"草案)", "草案）"}) && continuesAsTail(lines[i+1:])) && !endsDocument(t) {
			if whole := joinTitle(t, lines[i+1:]); endsDocument(whole) {
				return withIssuerAbove(lines, i, whole), -1
			}
		}
		// A notice that issues a report, its name broken after the report's
		// (关于印发区政府二〇一一年政府工作报告 / 任务分解的通知): the notice's whole
		// name.
		if reIssuingNotice.MatchString(t) && !strings.HasSuffix(t, "通知") {
			if whole := joinTitle(t, lines[i+1:]); whole != t && strings.HasSuffix(whole, "通知") {
				return withIssuerAbove(lines, i, whole), -1
			}
		}
		if namesReport(t) {
			own, at := ownTitleFrom(t, i, lines)
			if at == i {
				own = withIssuerAbove(lines, i, own)
				// The form it is given in, alone on the line under it
				// (…第十五个五年规划纲要 / (草案)), belongs to it.
				if i+1 < len(lines) && endsTitle(own) {
					if form := squeezeSpaces(strings.TrimSpace(lines[i+1])); reFormAlone.MatchString(form) {
						own += form // (草 案) letter-spaced too
					}
				}
			}
			return own, at
		}
		// A word of the page's navigation (搜索, 导航) starts no title; a
		// place's name letter-spaced on its own line (三 河 市) may.
		if runes(t) < 4 && !(reShortPlace.MatchString(t) && strings.Contains(strings.TrimSpace(s), " ")) {
			continue
		}
		if reDateAlone.MatchString(t) {
			continue // a page's date over its headline (2017年1月17日 / 李纪恒参加…) starts no title
		}
		if isCounter(t) {
			continue // a counter (1350) starts no title, a year may (2020 / 年吉林省 / 政府工作报告)
		}
		if reSessionHeadline.FindString(t) == t && i+1 < len(lines) && (isDeck(lines[i+1]) || reDeckItem.MatchString(strings.TrimSpace(foldSpaces(lines[i+1])))) {
			return t, i // a session's headline whole (省十三届人大五次会议闭幕) over its deck (景俊海主持会议并讲话 / 会议通过了…的决议)
		}
		if found := joinTitle(t, lines[i+1:]); found != "" {
			if found != t && !strings.HasSuffix(t, "关于") && i+1 < len(lines) && reSessionHeadline.MatchString(cleanTitle(lines[i+1])) {
				// A kicker over a session's headline and its deck (振奋精神
				// 求真务实… / 甘肃省十一届人大一次会议闭幕 / 陆浩主持并讲话…
				// 通过各项决议和名单) is no title broken over lines: the
				// headline is the story's (see sessionHeadline). A title
				// broken after 关于 (固始县人民政府关于 / 县十八届人大三次会议召开
				// 期间代表建议办理情况的报告) is one.
				return "", -1
			}
			if next := cleanTitle(lines[i+1]); isOrganName(t) && !strings.HasSuffix(found, "通知") && (reYearInTitle.MatchString(next) || strings.HasPrefix(next, "关于")) {
				// The organ over a title that names itself in full (福 建 省 财 政 厅 /
				// 2024年度…决算收支情况) is no part of it; a government's name broken
				// before its report's (望花区人民政府 / 工作报告) is.
				continue
			}
			return withIssuerAbove(lines, i, found), -1
		}
	}
	return "", -1
}

// reReportDigest is the line a paper sets under its headlines over a
// digest of the report (——马懿市长《政府工作报告》摘编; 代市长郭洪昌在市十二届
// 人大四次会议上所作《政府工作报告》摘要), the report's name in book-title
// marks, or a plan's, a budget's or a report's name, in them or not
// (——安康市…第十三个五年规划纲要(草案)摘登), not any report's
// (——学习贯彻市第四次党代会报告要点).
var reReportDigest = regexp.MustCompile(`^——\p{Han}{0,12}?(?:市长|县长|区长|省长|州长|旗长|主席)?\p{Han}{0,4}《(\p{Han}{0,20}政府工作报告)》(?:摘编|摘要|摘登|要点)$|^(?:——)?\p{Han}{0,12}?代?(?:市长|县长|区长|省长|州长|旗长|主席)\p{Han}{2,4}在[^《》，,。]{2,40}?会议上(?:所作|作)的?《(\p{Han}{0,20}政府工作报告)》(?:摘编|摘要|摘登|要点)$|^——《?([\p{Han}\d“”"()（）]{2,60}?(?:纲要|规划|计划|报告)(?:[(（]草案[)）])?)》?\s*[(（]?(?:摘编|摘要|摘登|要点)[)）]?$`)

// reDevelopmentOverview is the name of a statistics bureau's overview of a
// place's year (常州市2010年国民经济和社会发展概况), or a development and reform
// commission's review of one (珠海市2008年经济社会发展情况与2009年展望, 2018年福建省经济社会
// 发展情况和亮点), which names no report
// word but is the page's title.
var reDevelopmentOverview = regexp.MustCompile(`^(?:\p{Han}{2,20}?\d{4}年度?|\d{4}年\p{Han}{1,18}?[省市县区州旗盟])(?:国民经济和社会发展(?:统计)?概况|(?:国民)?经济(?:和|与)?社会发展情况(?:与\d{4}年展望|和亮点))$`)

// organOverTitle reports whether lines[i], a title opening 关于, stands under
// the name of the organ that issues it (新疆维吾尔自治区人民代表大会常务委员会 /
// 关于批准…的决议), not under a site's banner over its list of links (湘西土家族
// 苗族自治州人民政府 / 关于…的通知 / 首页 > 政务公开).
func organOverTitle(lines []string, i int) bool {
	if !isOrganName(strings.TrimSpace(lines[i-1])) || !strings.HasPrefix(cleanTitle(lines[i]), "关于") {
		return false
	}
	if i+1 == len(lines) {
		return true
	}
	next := strings.TrimSpace(lines[i+1])
	return !strings.HasPrefix(cleanTitle(next), "关于") && !isNavigation(next) && !reNotTitle.MatchString(next) && !isCrumbStep(next) && !strings.Contains(next, ">")
}

// withIssuerAbove returns a notice's title (关于下达…计划的通知) with the
// issuer's name that stands alone on the line above it, as official documents
// set it (湖南省人民政府 / 关于下达《湖南省2017年国民经济和 / 社会发展计划》的通知):
// the notice's full title; so is a congress's resolution under its organ
// (新疆维吾尔自治区人民代表大会常务委员会 / 关于批准…预算调整的决议). A report's
// title is left alone, for the government's name over it may be its site's.
func withIssuerAbove(lines []string, i int, title string) string {
	if i == 0 || !strings.HasPrefix(title, "关于") {
		return title
	}
	issuer := cleanTitle(lines[i-1])
	if strings.HasSuffix(title, "决议") && reCongressOrgan.MatchString(issuer) || strings.HasSuffix(title, "通知") && isOrganName(issuer) {
		return issuer + title
	}
	return title
}

// reGenericListing is a column's generic name for the year's report of a
// kind, with the year and the kind's word: 2024年《计划工作报告》, 2023年预算报告.
var reGenericListing = regexp.MustCompile(`^(\d{4})年度?《?(计划|预算|决算)(?:工作)?报告》?$`)

// reSessionName is a congress's session named alone on its line, as a
// resolution sets it over its title (上饶市第一届人民代表大会第八次会议 /
// 关于政府工作报告的决议), or the label of the files it hands out over a
// report's title (宁波市十六届人大常委会第十二次会议文件 / 关于宁波市2023年上半年…的报告).
var reSessionName = regexp.MustCompile(`^\p{Han}{1,24}?第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)(?:常务委员会|常委会)?第?[一二三四五六七八九十\d]+次(?:全体)?会议(?:文件|材料)?$`)

// reCongressOrgan is a people's congress or its standing committee by its
// full name: 新疆维吾尔自治区人民代表大会常务委员会, 武汉市江岸区人民代表大会.
var reCongressOrgan = regexp.MustCompile(`^\p{Han}{2,20}人民代表大会(?:常务委员会)?$`)

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
// 《江西省2020年国民经济和社会发展统计公报.pdf》由会员分享，可在线阅读, or
// the file's name over its summary: 2023年洛阳市政府工作报告.docx简介:….
var reSharedDocument = regexp.MustCompile(`《([^《》]{4,80}?)(?:\.(?:pdf|docx?|pptx?|wps|txt))?(?:[(（][^()（）]{0,12}[)）])?》由\p{Han}{0,6}分享|^\s*([^《》\s]{4,80}?)\.(?:pdf|docx?|wps|txt)简介[:：]`)

// reNoticeIssued is a headline that says an organ issued a notice, naming
// neither: 自治区人民政府发布通知.
var reNoticeIssued = regexp.MustCompile(`^\p{Han}{2,20}(?:发布|印发|下发|下达)了?通知$`)

// reNameUnfinished is a plan report's name broken inside the second plan's
// name (…与2025年国民经济和), and reNameGoesOn the line that finishes it
// (社会发展计划(草案)的报告): not a link under a whole name (…2025年计划草案 /
// 一图读懂计划报告).
var (
	reNameUnfinished = regexp.MustCompile(`(?:和|与|及|暨|、|国民经济|社会发展)$`)
	reNameGoesOn     = regexp.MustCompile(`^(?:社会发展|国民经济|计划|的报告|[(（]草案[)）]|草案)`)
)

// reMenuLabel is a site menu's label alone on its line (导航菜单, • WAP手机版,
// an editor's placeholder page title 无标题文档), a site's name alone (黔江政府网),
// or a breadcrumb that runs the site's name into its columns (黔江政府网信息公开
// 政府工作报告): no part of the title under it.
var reMenuLabel = regexp.MustCompile(`^\s*[•·]?\s*(?:导航菜单|网站导航|栏目导航|主菜单|导航|(?:WAP|wap)?手机版|无标题文档|新闻动态|通知公告|政务动态|工作动态|图片新闻)\s*$|^[^。，,]{0,24}今天是[\s\d年月日星期一二三四五六天:：]*$|^\p{Han}{2,12}(?:政府网|门户网站?)\s*$|^\p{Han}{2,12}政府网\s*(?:政府)?(?:信息公开|政务公开)\p{Han}{0,12}$`)

// isCrumbStep reports a step of a breadcrumb set one per line, ending with
// its separator (首页/ / 政府信息公开/ / 财政预决算/ / 正文): no part of a title.
func isCrumbStep(s string) bool {
	s = strings.TrimSpace(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.HasSuffix(s, "/") || strings.ContainsRune(crumbMarks, last)
}

// reShortPlace is a place's name of three characters alone on its line, the
// first part of a title set over lines when it is letter-spaced (三 河 市 /
// 2020年…统计公报), not a site's 评论区.
var reShortPlace = regexp.MustCompile(`^\p{Han}{2}[省市县区旗州盟]$`)

// isCounter reports a line without a Chinese character that is no year
// either: a counter of a public-information page's menu (1350), no part of
// a title, where a year alone may be (2020 / 年吉林省 / 政府工作报告).
func isCounter(s string) bool {
	return !strings.ContainsFunc(s, isHan) && !reYearAlone.MatchString(s)
}

// reYearAlone is a year alone on a title's line.
var reYearAlone = regexp.MustCompile(`^(?:19|20)\d{2}$`)

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

// noticeHeading returns the heading of a notice or report under a page's
// listing title t, its issuer's line and its 关于… line (金乡县2021年国民经济和社会发展
// 计划 / 金乡县人民政府 / 关于下达金乡县2021年国民经济和社会发展计划的通知),
// when the notice is about what the listing names or a meeting adopted it; else "".
func noticeHeading(t string, next []string) string {
	issuer := ""
	if len(next) > 1 && isOrganName(cleanTitle(next[0])) {
		issuer, next = cleanTitle(next[0]), next[1:]
	}
	if len(next) == 0 {
		return ""
	}
	about := cleanTitle(next[0])
	if !strings.HasPrefix(about, "关于") || !endsDocument(about) {
		return ""
	}
	// The notice about what the listing names, or a report set as official
	// documents are, over the day a meeting adopted it (2023年城中区政府本级
	// 决算公开 / 柳州市城中区人民政府 / 关于2023年度本级决算的报告 /
	// (2024年8月23日城中区第十三届人大常委会第二十次会议通过)).
	adopted := issuer != "" && len(next) > 1 && strings.HasSuffix(about, "报告") && startsWithMatch(reAdoptedOn, strings.TrimLeft(next[1], " (（—─-"))
	if !strings.Contains(about, t) && !adopted {
		return ""
	}
	return issuer + about
}

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
	return isOrganName(reDrawnUp.ReplaceAllString(anchor, "")) || reSpeaker.MatchString(anchor) || reStatsOffice.MatchString(anchor) ||
		startsWithMatch(reMeetingLine, strings.TrimLeft(anchor, " —─-"))
}

// reDrawnUp is what an issuer's line under a plan's title says it did:
// 上海市崇明区人民政府制定.
var reDrawnUp = regexp.MustCompile(`(?:制定|编制|印发|发布)$`)

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

// joinTitle joins a title broken over short lines, t and up to three of the
// lines that follow, up to the word that ends it (关于…2021年财政 /
// 预算执行情况及2022年财政 / 预算草案的报告). A title that names its
// document with 关于 goes on to the word that ends a document (黔东南州人民
// 政府关于2021年全州和州级 / 财政决算及2022年上半年预算 / 执行情况的报告),
// past the budget or plan it is about. It returns "" when the lines name
// no report.
func joinTitle(t string, next []string) string {
	joined, found, last := t, "", -1
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
			found, last = joined, j
		}
		if endsTitle(joined) && (!strings.Contains(joined, "关于") || endsDocument(joined)) {
			break
		}
	}
	if found != "" && last >= 0 && last+1 < len(next) && endsTitle(found) {
		// The form the name is given in, on its own line under it
		// (…远景目标纲要 / (摘要)), belongs to it.
		if n := strings.TrimSpace(next[last+1]); reFormAlone.MatchString(n) {
			found += n
		}
	}
	return found
}

// reFigureEnds is a line that ends on a figure and its unit, perhaps with
// its bound: …增长7%左右, 城镇新增就业5.75万人, …300万吨以上.
var reFigureEnds = regexp.MustCompile(`\d\s*(?:%|％|万人|万吨|亿元|万元|个百分点)(?:以上|左右|以内|以下)?$`)

// reFormAlone is the form a document is given in, in brackets alone on its
// line: (摘要), （草案）.
var reFormAlone = regexp.MustCompile(`^[(（](?:摘要|摘登|节选|草案)[)）]$`)

// continuesTitle reports whether line (n once cleaned) can continue the
// title lines joined above it.
func continuesTitle(joined, n, line string) bool {
	if runes(n) > 30 || isSalutation(n) || reMeetingLine.MatchString(line) || isMetadataLine(n) || strings.ContainsAny(n, ":：") || reQRCaption.MatchString(n) {
		return false
	}
	// Nor does a government's name alone continue another's title that
	// opens on its own government (莒南县人民政府 / 筵宾镇人民政府工作报告(2024年)):
	// the site's name over a township's report.
	if reGovernmentAlone.MatchString(strings.TrimSpace(joined)) && reOpensOnGovernment.MatchString(n) {
		return false
	}
	// Nor does a line repeating the opening of the lines above it: the
	// page's heading over the story's own headline (省十二届人大常委会第二十九次
	// 会议在武汉闭会 / 省十二届人大常委会第二十九次会议闭会).
	if head, ok := firstRunes(n, 8); ok && strings.HasPrefix(joined, head) {
		return false
	}
	// Nor does a headline continue a series' line over it (2024宜春两会特别报道
	// / 宜春市政府工作报告提出今年GDP增长6%).
	if reSeriesLine.MatchString(strings.TrimSpace(joined)) {
		return false
	}
	// Nor does a target stated with its figure, an item of a list
	// (居民消费价格涨幅控制在3%左右 / 一般公共预算收入增长7%左右).
	if reFigureEnds.MatchString(n) {
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
	// Nor does anything continue an organ's file heading or its document
	// number that lost its brackets, nor is that number any title's part
	// (武汉市江岸区人民政府办公室文件 / 岸政办20191 / 区人民政府办公室关于印发…).
	if j := squeezeSpaces(strings.TrimSpace(joined)); reFileHeadingAlone.MatchString(j) && !containsAny(j, []string{"关于", "转发", "印发"}) || reLostBracketsDocNumber.MatchString(strings.TrimSpace(joined)) || reLostBracketsDocNumber.MatchString(strings.TrimSpace(line)) {
		return false
	}
	// Nor does a headline that names its report in quotes on its own
	// continue a site's long slogan over it (打造网上国际投资促进平台
	// 致力于中国投资促进事业 / 市政府召开座谈会征求对《政府工作报告》的意见建议).
	if j := strings.TrimSpace(joined); runes(j) >= 12 && saysNothingOfDocument(j) && !endsMidPhrase(j, n) && strings.Contains(n, "《") && namesReport(n) && isHeadline(n) {
		return false
	}
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
	// nor a story's deck (何国英主持 徐建役作政府工作报告 …等出席), nor the
	// first column's header of a table under its name (2018年《政府工作报告》
	// 工作任务分解表 / 序号).
	squeezed := squeezeSpaces(n)
	return squeezed != "目录" && !rePartHeading.MatchString(n) && !reDeck.MatchString(n) && !isDeck(line) && !tableColumnHeads[squeezed]
}

// reOpensOnGovernment opens a line on a government's name: 筵宾镇人民政府工作报告.
var reOpensOnGovernment = regexp.MustCompile(`^\p{Han}{2,10}人民政府`)

// reSeriesLine is a news series' name over its stories' headlines:
// 2024宜春两会特别报道, 聚焦两会系列报道.
var reSeriesLine = regexp.MustCompile(`(?:特别报道|系列报道|专题报道)$`)

// reFileHeadingAlone is an organ's file heading over its document: 武汉市江岸区
// 人民政府办公室文件, 新疆维吾尔自治区人民政府文件.
var reFileHeadingAlone = regexp.MustCompile(`^\p{Han}{2,30}(?:人民政府|政府|办公室|办公厅|委员会|常委会|局|厅)文件$`)

// endsMidPhrase reports whether line j is a headline broken mid-phrase,
// its object on the next line n: after a word that always wants one
// (市政府召开座谈会征求各界人士对 / 《政府工作报告》的意见建议), or after a verb
// or 与/为 when n opens with the document it acts on or j names the meeting,
// and j is one phrase, no site's or column's words (…听取和审议 / 《关于…的报告》等议题, 共同参与 /
// 《政府工作报告》起草工作); a slogan or a site's column ending on such a verb
// (推动政策落地落实, 全面学习贯彻, 赣州市人民政府门户网站 政策解读) is no part of
// the headline under it.
func endsMidPhrase(j, n string) bool {
	if reEndsMidPhrase.MatchString(j) {
		return true
	}
	return reEndsOnVerb.MatchString(j) && (strings.HasPrefix(strings.TrimSpace(n), "《") || reActsInLine.MatchString(j)) &&
		!strings.ContainsAny(j, " \u3000") && !containsAny(j, siteColumnWords)
}

// reActsInLine is the meeting that acts in a headline's first line, the
// verb at its end wanting its object on the next line: 县政府召开常务会议研究
// 部署贯彻落实 / 全省两会精神和《政府工作报告》…, 县人大常委会第十五次会议听取和
// 审议 / 县政府关于…的报告; a slogan names none, nor does an organ's name
// before its site's column (赣州市人民政府新闻办公室 权威发布).
var reActsInLine = regexp.MustCompile(`会议|召开`)

// reEndsMidPhrase ends a line on a word that always wants its object on the
// next line: 对, 的, 在….
var reEndsMidPhrase = regexp.MustCompile(`[对的在和及于把将向从以就]$`)

// reEndsOnVerb ends a line on 与, 为 or a verb that may want its object on the
// next line, or may end a slogan or a column's name (参与, 有为, 政策解读).
var reEndsOnVerb = regexp.MustCompile(`(?:[与为]|审议|听取|审查|学习|解读|传达|贯彻|落实|起草|编制|印发|发布|公布)$`)

// siteColumnWords name a site or its column, never a headline's first part.
var siteColumnWords = []string{"网站", "门户", "频道", "栏目", "专栏"}

// reLostBracketsDocNumber is a document number whose brackets and 号 a
// scrape lost: 岸政办20191 (岸政办〔2019〕1号).
var reLostBracketsDocNumber = regexp.MustCompile(`^\p{Han}{1,6}[政办发函字]\s*(?:19|20)\d{2}\s*\d{1,4}\s*号?$`)

// tableColumnHeads head a table's first column, never a title's last words.
var tableColumnHeads = map[string]bool{"序号": true, "编号": true}

// reBreadcrumb is a page's breadcrumb: where the page stands in its site.
var reBreadcrumb = regexp.MustCompile(`^(?:首页|当前位置|您的位置|您现在的位置|网站首页|主页)|\S\s*(?:>>|[` + crumbMarks + `])\s*\S`)

// crumbMarks are the marks between a breadcrumb's steps, for the crumbs the
// cleaner cuts (reCrumbStart, reCrumbStep) and those the metadata reads.
const crumbMarks = ">＞›»→"

// continuesAsTail reports whether the first of next goes on with the rest
// of a report's name after its draft (及2020年1至9月预算执行情况的报告, 的报告),
// not with a sentence or a listing under a draft's title (为充分听取社会各界
// 意见, 公开征求意见, 相关阅读…).
func continuesAsTail(next []string) bool {
	return len(next) > 0 && containsPrefix(cleanTitle(next[0]), []string{"及", "和", "与", "暨", "的报告", "执行情况"})
}

// reJoinedMidPhrase is the first part of a title broken after a
// conjunction or 的: …预算执行情况和, …计划执行情况与.
var reJoinedMidPhrase = regexp.MustCompile(`[和与及暨的、并同]$`)

// rePlaceOpens is a place's name a title opens with, from a province to a
// county: 沧州市.
var rePlaceOpens = regexp.MustCompile(`^\p{Han}{1,8}[省市县区州旗盟]`)

// rePlaceYearOpens is the place and year a title opens with: 廊坊市2022年.
var rePlaceYearOpens = regexp.MustCompile(`^\p{Han}{1,12}[省市县区州旗盟]\d{4}年`)

// reTitlePrefix is what may stand over a title that opens with its year or
// place: a place or an issuer (天津市和平区, 保定市人民政府, 中共, 新疆生产建设
// 兵团).
var reTitlePrefix = regexp.MustCompile(`(?:[省市县区州旗盟国府院委会局]|中共|兵团)$`)

// reYearAndPlace is the year and place a title opens with: 2020年吉林省.
var reYearAndPlace = regexp.MustCompile(`^\d{4}年\p{Han}{1,12}[省市县区州旗盟]$`)

// reUnfinishedAbout is a title's first line broken off before what it is
// about: …关于, …关于批准, …关于印发.
var reUnfinishedAbout = regexp.MustCompile(`关于(?:批准|印发|转发|下达|发布)?$`)

// reYearInTitle is the year a whole title names: 2019年政府工作报告,
// 中华人民共和国2019年…统计公报, 2017湖南政府工作报告.
var reYearInTitle = regexp.MustCompile(`(?:19|20)\d{2}(?:年|\p{Han})`)

// saysNothingOfDocument reports lines that name no year, no report and do
// not end as the name of a place, a state or the Xinjiang Production and
// Construction Corps does (苏州市, 中华人民共和国, 新疆生产建设兵团), nor break
// off a title before its object (绿园区人大常委会关于批准; not a site's 关于
// 我们) or a plan's name before its period (…国民经济和社会发展第十四个).
func saysNothingOfDocument(s string) bool {
	last, _ := lastRune(s)
	return !strings.ContainsRune("省市县区州旗盟国", last) && !strings.HasSuffix(s, "兵团") && !strings.ContainsAny(s, "0123456789年") && !containsAny(s, reportWords) && !reUnfinishedAbout.MatchString(s) &&
		!reUnfinishedPlanName.MatchString(s)
}

// reUnfinishedPlanName is a five-year plan's name broken before its period
// (乌鲁木齐市国民经济和社会发展第十四个 / 五年规划和2035年远景目标纲要).
var reUnfinishedPlanName = regexp.MustCompile(`经济和?社会发展(?:第[一二三四五六七八九十]+个)?$`)

// reMadeQuoted is a line on who made which report: 镇长李剑所作《政府工作报告》,
// 主任科员郑孝林作《站集镇总体规划(2018-2035)》报告, 副镇长张杰作述职报告.
var reMadeQuoted = regexp.MustCompile(`^\p{Han}{2,16}所?[作做](?:《[^《》]{2,60}》(?:报告)?|述职报告)$`)

// besideImageFileName reports whether the line before lines[i] or the one
// after it is a picture's file name left where the picture was.
func besideImageFileName(lines []string, i int) bool {
	return i > 0 && reImageFileName.MatchString(strings.TrimSpace(lines[i-1])) ||
		i+1 < len(lines) && reImageFileName.MatchString(strings.TrimSpace(lines[i+1]))
}

// reCaptionMadeReport is a photo's caption of who made which report:
// 镇长王仲奎同志作《政府工作报告》, 宋森同志作《人大主席团工作报告》, 副镇长黄福亭同志作述职报告.
var reCaptionMadeReport = regexp.MustCompile(`^\p{Han}{0,8}?\p{Han}{2,4}同志(?:代表\p{Han}{2,16})?作(?:《[^《》]{2,60}》(?:报告)?|述职报告)$`)

// reDeck is a story's deck under its headline: who chaired, who reported,
// who attended or sat on the rostrum (何国英主持 徐建役作政府工作报告 孙哲君等出席,
// 习近平俞正声…等在主席台就座 李克强代表国务院作政府工作报告 张德江主持);
// those on the rostrum may be named apart (武卫东 苏铁成 杨培苏等在主席台就座
// 田国良作政府工作报告 杨洁主持).
var reDeck = regexp.MustCompile(`^(?:(?:\p{Han}{2,4}\s+){0,12}` + deckItem + `\s+)+` + deckItem + `$`)

// reDeckItem is one span of a deck alone: 石伟东主持会议.
var reDeckItem = regexp.MustCompile(`^` + deckItem + `$`)

// isDeck reports whether line s, its spaces folded, is a story's deck.
func isDeck(s string) bool {
	s = strings.TrimSpace(foldSpaces(s))
	if reDeck.MatchString(s) {
		return true
	}
	// A deck the page cut off in its last span, mid-word (朱艾勇出席 张志强作
	// 《政府工作报告》 陈儒江主持 蔡宜骅张孝成时志远出): its spans before it are one.
	k := strings.LastIndex(s, " ")
	if k < 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("出主讲列就到", last) && strings.Count(s[:k], " ") >= 1 && reDeck.MatchString(s[:k])
}

// deckItem is one span of a deck: someone and what he did (尤权主持), or what
// the session did with its reports, drafts and the explanations of them
// (审查计划和预算报告, 审查计划报告和草案、预算报告和草案, 听取两项法规(草案)的说明).
const deckItem = `(?:\p{Han}{2,30}?` + deckActs + `|(?:审查|审议|听取)[\p{Han}、()（）]{2,24}?(?:报告|草案|的说明))`

// reHeardQuoted is a sentence telling what a meeting did with the documents
// it quotes (大会还书面听取了《关于…的报告》, …审查了《…》) or names (大会还书面
// 报告了酒泉市2021年…的报告、…, 会议听取省人民政府关于…的报告; not a committee's
// name, 大会财政经济审查委员会), or a list of quoted documents (》、《): text, never
// a title.
var reHeardQuoted = regexp.MustCompile(`(?:听取|审议|审查|批准|通过)了\p{Han}{0,6}《|》、《|^\s*(?:大会|会议|全会)\p{Han}{0,6}?(?:(?:听取|审议|审查|批准|通过)了|听取|报告了)`)

// reDateAlone is a full date alone on its line, perhaps with its weekday
// (an e-paper's issue: 2023年01月08日 星期日).
var reDateAlone = regexp.MustCompile(`^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?$`)

// reKicker is the line over a story's headline that says who said it and
// where: 李纪恒参加巴彦淖尔市代表团审议 自治区人大常委会工作报告时强调.
var reKicker = regexp.MustCompile(kickerOpening + `(?:强调|指出|表示|要求)$`)

// kickerOpening is a kicker up to its verb: who said it, where, and 时.
const kickerOpening = `^\p{Han}[\p{Han}\s]{4,60}?时`

// infoBoxName returns the report's name that an encyclopedia's info box
// gives on line s, as a list (- 中文名:北京市昌平區2007年政府工作報告) or as a
// table's row (中文名 | 膠州市2010年政府工作報告 | 發布單位 | 膠州市政府 |), or "".
func infoBoxName(s string) string {
	fields := infoBoxRowFields(s)
	if len(fields) == 0 {
		return ""
	}
	if v := reInfoBoxName.FindStringSubmatch(fields[0]); v != nil && namesReport(cleanTitle(v[1])) {
		return cleanTitle(v[1])
	}
	return ""
}

// reKickerDash is a kicker that ends on a dash running into the headline
// under it: 市人大代表分团审议政府工作报告时说——.
var reKickerDash = regexp.MustCompile(kickerOpening + `(?:说|表示|指出|强调|认为)\s*(?:——|—)$`)

// deckActs are what a deck says each person did at a meeting (…等出席
// 袁光翰到会指导 黄政红作《政府工作报告》 唐世华主持).
const deckActs = `(?:主持|出席|讲话|到会指导|作《?(?:[省市县区州旗]?(?:人民)?政府)?工作报告》?|分别作[^。，,《》]{2,40}?工作报告|报告政府工作|就座|列席)(?:会议|大会|开幕式|闭幕式|开幕大会|闭幕大会)?(?:并(?:宣布开幕|宣布闭幕|讲话|致辞|致开幕词|致闭幕词))?`

// rePartHeading is a part of a document or its contents: 第一部分 决算报告.
var rePartHeading = regexp.MustCompile(`^第[一二三四五六七八九十\d]{1,3}部分`)

// fullTitleBelow returns the line of the opening, before its text, that
// names a report in full with its year (2025年泉州市国民经济和社会发展统计公报,
// 关于安康市2025年…的报告), and its index, where the first title found names
// no year: a menu's entry or a column's name (规划计划, 通知公告, 预算/决算信息,
// “十五五”规划) that a page saved as text keeps over the document's title.
// A year in numerals is a year too: 葫芦岛市…第十四个五年规划和二〇三五年远景目标纲要
// (broken over three lines) is no column's name, and the second line of
// its copy below (规划和2035年远景目标纲要) no title.
func fullTitleBelow(open []string, first string) (string, int) {
	if first == "" || reYearInTitle.MatchString(first) || reTitleYear.MatchString(first) || isWorkReportTitle(first) {
		return "", -1
	}
	shortPlan := reFiveYearShort.MatchString(first)
	for i, s := range open {
		if isReportText(s) {
			break
		}
		if isMetadataLine(s) {
			continue
		}
		t := cleanTitle(s)
		if t != first && runes(t) <= 80 && namesReport(t) && isFullTitle(t) {
			return t, i
		}
		if !shortPlan {
			continue
		}
		// A five-year plan's short name (洪江区“十四五”规划, 汨罗市十三五规划纲要) over the
		// outline's full name, perhaps broken over two lines (洪江区国民经济
		// 和社会发展 / 第十四个五年规划和二O三五年远景目标纲要(草案)).
		if strings.HasSuffix(t, "国民经济和社会发展") {
			if j := joinTitle(t, open[i+1:]); reOutlineFullName.MatchString(j) {
				return j, i
			}
		}
		if reOutlineFullName.MatchString(t) {
			return t, i
		}
	}
	return "", -1
}

// reOutlineFullName is a five-year plan outline's full name:
// …国民经济和社会发展第十四个五年规划和二O三五年远景目标纲要(草案).
var reOutlineFullName = regexp.MustCompile(`^\p{Han}{2,20}国民经济和社会发展第[一二三四五六七八九十]+个五年(?:规划|计划)\p{Han}{0,4}(?:[二2][〇○零OＯ0][三3][五5]年远景目标)?纲要(?:[(（]草案[)）])?$`)

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
		if !startsWithMatch(reMeetingLine, lead) && !startsWithMatch(reMeetingMonth, lead) && !reMeetingLead.MatchString(s) && !startsWithMatch(reDamagedMeeting, strings.TrimLeft(lead, "(（")) &&
			!reSessionDateLine.MatchString(strings.TrimSpace(s)) {
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
		if !namesReport(t) || !endsTitle(t) || isMetadataLine(open[i]) || t == "工作报告" {
			// No title over this meeting line (a wiki's note of where the
			// work was collected, its section 工作报告): the text's own may
			// stand over a later one.
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
			if first != "" && !saysNothingOfDocument(head) && strings.HasPrefix(whole, "关于") && endsDocument(whole) && !strings.Contains(first, whole) &&
				!strings.HasSuffix(first, "通知") && !lostInScraping(whole, first) && ClassifyDocType(whole, "") == ClassifyDocType(first, "") &&
				keepsPlaces(gaz, first, whole) {
				// The report's own name over its meeting line, under the
				// page's headline for the report (关于2024年财政决算及2025年上半年
				// 预算执行情况报告及附件公开 over 关于长宁区2024年财政决算及 /
				// 2025年上半年预算执行情况的报告 / ——2025年8月28日在…会议审议通过);
				// not the headline's own name with characters lost, nor a
				// heading that leaves out the place the headline names.
				return whole, -1
			}
			return "", -1
		}
		if t == first || (at < 0 && strings.HasSuffix(first, t)) || !sameReport(first, t, gaz) {
			return "", -1 // the end of a title broken over lines, or another report's name
		}
		if i > 0 {
			if prev := cleanTitle(open[i-1]); prev != "" && !endsDocument(prev) && strings.HasSuffix(first, prev+t) {
				// The last of the lines the title found first is broken
				// over here, repeated under the page's listing of it (新会区
				// 2017年国民经济和社会发展 / 计划执行情况与2018年计划 / 草案的报告).
				return "", -1
			}
		}
		return t, i
	}
	return "", -1
}

// reMeetingLead is a meeting line without its date, or with a draft's
// blanks for it: ──第十六届人民代表大会第二次会议上, ── 20xx年 月 日在XX县第十届
// 人民代表大会….
var reMeetingLead = regexp.MustCompile(`^\s*(?:——|──|—|--)\s*(?:\S*|[\dxX]{0,4}\s*年\s*月\s*日在\S*)(?:人民代表大会|人大|会议)`)

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

// keepsPlaces reports whether own names every place title names: a
// heading under a page's headline may leave the place out (关于2023年预算执行
// 情况与2024年预算草案的报告 under 关于东湖区2023年…的报告).
// A heading that names the township the headline names too keeps it: 关于
// 长安镇2023年预算执行情况和2024年预算草案的报告 under 2024年东莞市长安镇政府
// 预算公开 (the gazetteer holds no townships).
func keepsPlaces(gaz *Gazetteer, title, own string) bool {
	if namesTownshipOf(title, own) {
		return true
	}
	for _, name := range gaz.NamesIn(title) {
		if !strings.Contains(own, name) {
			return false
		}
	}
	return true
}

// namesTownshipOf reports whether own names a township (two characters and
// 镇 or 乡) that title names as well: 关于长安镇…, 关于2023年长安镇…, not
// 关于2023年城乡居民…, 城镇化, 各乡镇.
func namesTownshipOf(title, own string) bool {
	rs := []rune(own)
	for i := 2; i < len(rs); i++ {
		if rs[i] != '镇' && rs[i] != '乡' || strings.ContainsRune("年城乡村", rs[i-1]) || rs[i-2] == '年' || !unicode.Is(unicode.Han, rs[i-2]) {
			continue
		}
		if strings.Contains(title, string(rs[i-2:i+1])) {
			return true
		}
	}
	return false
}

// reNumberedLabel is a label that ends with its number in brackets: 会议文件(十二),
// or a congress's label for its papers whatever is left of its number
// (区七届人大三次会议文件(20, the bracket cut).
var reNumberedLabel = regexp.MustCompile(`[(（][一二三四五六七八九十\d]{1,4}[)）]$|会议文件\s*(?:[(（][一二三四五六七八九十\d]{0,4}[)）]?)?$`)

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
	if rest, ok := strings.CutPrefix(own, "关于"); ok && runes(rest) >= 8 && strings.Contains(listing, rest) {
		return true // the listing with the places above and without 关于: (江西省)抚州市黎川县日峰镇…的报告 over 关于日峰镇…的报告
	}
	if own == "政府工作报告" && (isWorkReportTitle(listing) || reYearInWorkReport.MatchString(listing)) {
		return true // the bare name under a headline that words it otherwise: 区政府2013年度工作报告
	}
	if reFiveYearShort.ReplaceAllString(listing, "国民经济和社会发展第十${1}个五年规划") == own {
		return true // the plan's short name: 湖南省“十三五”规划纲要
	}
	if v := reGenericListing.FindStringSubmatch(listing); v != nil && strings.Contains(own, v[1]+"年") && strings.Contains(own, v[2]) && endsDocument(own) {
		return true // a column's generic name for the year's report: 2024年《计划工作报告》
	}
	for _, name := range gaz.NamesIn(listing) {
		if strings.Contains(strings.Replace(listing, name, "", 1), own) {
			return true
		}
	}
	return false
}

// reYearInWorkReport is a work report's name with its year between the
// government and its work: 区政府2013年度工作报告.
var reYearInWorkReport = regexp.MustCompile(`政府\d{4}年度?工作报告$`)

// reFiveYearShort is the short name of a five-year plan: “十三五”规划.
var reFiveYearShort = regexp.MustCompile(`[“"]?十([一二三四五])五[”"]?规划`)

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

// reListOrdinal is a list entry's number before a title: 1、.
var reListOrdinal = regexp.MustCompile(`^\d{1,2}、`)

// onceOfRepeated returns t written once where a document site's text
// repeats it whole (乡镇政府换届工作报告乡镇政府换届工作报告乡镇政府换届工作报告),
// else t.
func onceOfRepeated(t string) string {
	rs := []rune(t)
	for k := 4; k >= 2; k-- {
		if len(rs)%k == 0 && len(rs)/k >= 4 {
			if once := string(rs[:len(rs)/k]); strings.Repeat(once, k) == t {
				return once
			}
		}
	}
	return t
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
	bare := reListOrdinal.ReplaceAllString(t, "")
	if once := onceOfRepeated(bare); once != bare {
		t = once // a list's entry repeating the title: 1、XX报告XX报告XX报告
	}
	if !namesReport(t) || !endsTitle(t) {
		return ""
	}
	if len(spans) > 1 && !endsTitle(cleanTitle(spans[len(spans)-2])) {
		return ""
	}
	return t
}

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
		if own == "" && len(below) > 0 && ClassifyDocType(listing, "") == "五年规划纲要" {
			// The outline's preamble opening on its full name (威海市环翠区…
			// 第十四个五年(2021-2025年)规划和2035年远景目标纲要，以习近平…).
			if m := reOutlineOpensPreamble.FindStringSubmatch(below[0]); m != nil && !reActsOnPlan.MatchString(m[1]) {
				own = cleanTitle(m[1])
			}
		}
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

// outlineNamedUnderContents returns the name of the outline whose preamble,
// right under the word 目录 of its table of contents, opens on that name and
// says what it is (目 录 / 华容区国民经济和社会发展第十三个五年规划纲要(2016—2020年)
// 是指导华容区未来五年发展的宏伟蓝图…), or "".
func outlineNamedUnderContents(open []string) string {
	if len(open) < 2 || squeezeSpaces(strings.TrimSpace(open[0])) != "目录" {
		return ""
	}
	if v := reOutlineSaysWhatItIs.FindStringSubmatch(open[1]); v != nil && !reActsOnPlan.MatchString(v[1]) {
		return cleanTitle(v[1])
	}
	return ""
}

// reOutlineSaysWhatItIs is an outline's preamble opening on its full name
// and what it is: …第十三个五年规划纲要(2016—2020年)是指导….
var reOutlineSaysWhatItIs = regexp.MustCompile(`^\s*(\p{Han}{2,20}?国民经济和社会发展第[一二三四五六七八九十]+个五年[^，,。；;：:“”《》]{0,40}?纲要(?:[(（]\d{4}\s*[—–-]+\s*\d{4}年?[)）])?)\s*[，,]?是(?:指导|统领|引领|我)`)

// reOutlineOpensPreamble is the preamble of an outline that opens on its
// full name, its place's and its plan's: 威海市环翠区国民经济和社会发展…规划和2035年
// 远景目标纲要，以习近平新时代…, 庐江县第十四个五年规划和…纲要，根据… (not a
// sentence on carrying it out: 为深入实施…纲要，…; under an outline's listing only:
// a mid-term review or a scheme opens on the outline's name too).
var reOutlineOpensPreamble = regexp.MustCompile(`^\s*(\p{Han}{2,20}?(?:国民经济和社会发展|第十[一二三四五]个五年)[^，,。；;：:“”《》]{0,60}?纲要)\s*[，,](?:以|根据|依据|主要|是)`)

// reActsOnPlan opens a sentence on carrying a plan out or on the text's own
// place, not the plan's name: 为深入实施…, 实施…, 本县….
var reActsOnPlan = regexp.MustCompile(`^(?:为|根据|按照|依据|依照|深入|贯彻|落实|推进|推动|实施|编制|认真|做好|扎实|全面|本县|本市|本区|我县|我市|我区|全县|全市|全区)`)

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

// isLoneFieldLabel reports a header field's label alone on its line, its
// value on the next ([ 体裁分类 ] / 财政预算、决算, as an information table's
// cells are saved one to a line).
func isLoneFieldLabel(s string) bool {
	s = strings.TrimSpace(unbracketFields(foldSpaces(s)))
	return isMetadataLine(s) && (strings.HasSuffix(s, "：") || strings.HasSuffix(s, ":"))
}

// isFieldValue reports a header field's value, a category's short name
// (财政预算、决算, 规划计划), not a document's title: short, with no year
// and no document's end.
func isFieldValue(t string) bool {
	return runes(t) <= 12 && !endsDocument(t) && !reYearInTitle.MatchString(t)
}

// strayNotice reports a notice's title at lines[i] that stands over another
// document: a site's link to a notice issuing a plan (国务院关于印发《2024—2025年
// 节能降碳行动方案》的通知) over a story that reprints a report after its lead
// (…全文如下: / 政府工作报告 / —— 2024年1月5日在滁州市琅琊区第七届 / 人民代表大会
// 第三次会议上). A notice that wraps the report names a report of its kind,
// and no story's sentence stands between them.
func strayNotice(lines []string, i int) bool {
	v := reIssueNotice.FindStringSubmatch(cleanTitle(lines[i]))
	if v == nil {
		return false
	}
	kind := ClassifyDocType(v[1], "")
	sentence := false
	for k := i + 1; k+1 < len(lines); k++ {
		s := lines[k]
		if isSalutation(s) {
			return false
		}
		if strings.Contains(s, "。") {
			sentence = true
			continue
		}
		lead := strings.TrimLeft(lines[k+1], " —─-")
		if k+2 < len(lines) {
			lead += strings.TrimSpace(lines[k+2]) // a meeting line wrapped over two lines
		}
		if t := cleanTitle(s); sentence && namesReport(t) && (startsWithMatch(reMeetingLine, lead) || startsWithMatch(reMeetingMonth, lead)) {
			return ClassifyDocType(t, "") != kind
		}
	}
	return false
}

// agendaItem is an item of a congress session's agenda: 1.听取区人民政府工作
// 报告, 2.审查区2021年…计划草案的报告(书面). reAgendaItem is one opening a
// line.
const agendaItem = `\d{1,2}\s*[.．、]\s*(?:听取|审查|审议|表决|选举|批准)`

var reAgendaItem = regexp.MustCompile(`^` + agendaItem)

// reIssuingNotice opens the name of a notice that issues, forwards or
// divides up a document, perhaps after its issuer: 关于印发…, 平江县人民政府
// 办公室关于转发…, 关于下达….
var reIssuingNotice = regexp.MustCompile(`^[^，。；,;：:]{0,24}?关于(?:印发|转发|下达|分解)`)

// reOpensAbout is a title that opens on 关于, or on the organ whose document
// it is and then 关于 (广州市…预算审查委员会关于广州市2021年…).
var reOpensAbout = regexp.MustCompile(`^(?:\p{Han}{2,40}?(?:委员会|常委会|人民政府|政府|局|厅))?关于`)

// reKickerDashExplainer is a headline of a kicker of a few words, a dash and
// the rest of the headline (…——长沙《十四五规划》关键词解读), its group that rest.
var reKickerDashExplainer = regexp.MustCompile(`^\p{Han}{4,16}——([^。，,；;：:]{4,40})$`)
