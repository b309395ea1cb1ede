// The metadata extractor: ExtractorVersion, the sources a field is read
// from, the patterns the parts share, the metadataReader and fillMetadata,
// which reads a document's metadata by calling the parts in turn (the
// header in header.go, the title in title.go, issuer and place in
// issuer.go and places.go, the date in dates.go, the type in doctype.go),
// and the folding and clipping helpers all of them use.

package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

// newspaperPage is a newspaper's page line under a story's headline:
// 《内蒙古日报》(2017年1月17日) 01版.
const newspaperPage = `^《\p{Han}{2,12}报》[^《》]{0,24}\d{1,3}\s*版$`

// ExtractorVersion names the rules that derive a document's metadata. It is
// folded into every content hash (and so into Fingerprint), so that the
// next index run re-parses every file whose metadata came from older rules.
// Raise it whenever the extracted metadata of a file may change.
const ExtractorVersion = "meta-294"

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

// metadataReader derives a document's metadata from what its page and text
// say, recording where each field came from.
type metadataReader struct {
	doc  *govsearch.Document
	gaz  *Gazetteer
	pg   page
	h    hints
	open []string // the opening lines, folded
	// afterContents is the index of the opening line that followed a table
	// of contents left out of it, or -1.
	afterContents int
	sign          []string // the signature lines, folded
	head          []string // the page's lines before the document, folded
	// region is the path of the page's region field (所属地区:安徽-六安-
	// 霍邱县), resolved by regionPlace.
	region string
	lead   []string // head and opening: where a resolution or session is named
	// said are the first lines of the text, read for what the report says
	// it is when it has no title line (我代表国务院向大会作报告).
	said []string
	// titleLine is the page line the title was read from, when it stands
	// before the document.
	titleLine *line
	// body is the document's text folded (see bodyText), once read.
	body string
	// level is the government the body speaks as (see bodyLevel), once
	// levelRead.
	level     string
	levelRead bool
	// statsOffice is the statistics office a communiqué opens with
	// (六盘水市统计局), when it does.
	statsOffice string
	// presenter is the department that presents the report, alone on its
	// line over the salutation (see presentingOrgan), or "".
	presenter string
	// header fields: fieldTitle is the title a <meta> field or the text
	// labels, textTitle the one the text labels (名称：…)
	fieldTitle, textTitle, published, written, publisher, source, number string
	// publishedBySite is set while published is the day of a portal's
	// address line (see siteAddressDay), which a labelled date field
	// overrides: a clock line over the headline is no story's date.
	publishedBySite bool
	// writtenGenerated is set when written is the day a portal generated
	// the page's table (生成日期, 产生日期), no official 成文日期.
	writtenGenerated bool
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
	lines := withoutCrumbColumn(append(append([]line{}, head...), pg.body...), pg)
	m := &metadataReader{doc: doc, gaz: gaz, pg: pg, h: h, sign: signature(pg.body)}
	m.open, m.afterContents = opening(lines)
	all := append(append([]line{}, pg.head...), pg.body...)
	m.dated, m.repeated = datedHeadline(all), repeatedHeadline(all)
	m.readHeader()
	m.lead = append(append([]string{}, m.head...), m.open...)
	m.readTitle()
	english := isEnglishPage(pg)
	if english && doc.Title == "" {
		if t := englishHeadline(pg); t != "" {
			doc.Title = t
			m.set("title", srcHeadline)
		}
	}
	m.readIssuerAndPlace()
	m.readDocNumber()
	m.readDate()
	if english {
		// A translated report's meeting line: its day, and the place
		// whose congress heard it.
		setPlace := func(p Place, src string) {
			loc := gaz.location(p)
			loc.Source = src
			m.setLocation(loc)
		}
		lines := pageLines(pg)
		day, name, kind := englishMeeting(pg)
		if day != "" {
			doc.Date, doc.Year = day, govsearch.Year(dateYear(day))
			m.set("date", srcMeetingDate)
			m.set("year", srcMeetingDate)
		}
		if p, ok := gaz.englishCongress(name, kind); ok && day != "" && doc.Province == "" {
			setPlace(p, srcMeeting)
		} else if p, ok := gaz.englishTitlePlace(doc.Title); ok && doc.Province == "" {
			// The place the English headline names (Review of Government
			// Work in Xiaoshan District in 2009).
			setPlace(p, srcTitle)
		} else if p, ok := gaz.englishTitleProvince(doc.Title); ok && doc.Province == "" {
			// The province or municipality whose government the headline
			// names (Report on the Work of the People's Government of Chongqing).
			setPlace(p, srcTitle)
		} else if p, ok := gaz.englishPresentingProvince(lines); ok && doc.Province == "" {
			// The provincial government that presents the report (On
			// behalf of Jiangsu Provincial People’s Government, I now
			// present…).
			setPlace(p, srcOpening)
		} else if p, ok := gaz.englishLeadingCity(lines); ok && doc.Province == "" && englishDocType(doc.Title) == "政府工作报告" {
			// The city whose party committee a work report says the city
			// worked under (Under the leadership of … and Zhongshan
			// Municipal Committee of the CPC).
			setPlace(p, srcOpening)
		}
		if d := englishPageDate(lines); d != "" && doc.Year == 0 {
			// A translation's page date (updated on:2013-01-20 12:22),
			// where it gives no meeting date.
			doc.Date, doc.Year = d, govsearch.Year(dateYear(d))
			m.set("date", srcPublished)
			m.set("year", srcPublished)
		}
		if first := strings.TrimSpace(lines[0].text); len(lines) > 1 && doc.Year == 0 && (doc.Title == first || doc.Title == "" && isSiteWelcome(first)) {
			if d := englishLeadDate(lines[1:]); d != "" {
				// A story's day, which its lead opens on under the headline
				// (or under a site's banner), where the page gives no date of
				// its own.
				doc.Date, doc.Year = d, govsearch.Year(dateYear(d))
				m.set("date", srcPublished)
				m.set("year", srcPublished)
			}
		}
	}
	doc.DocType = ClassifyDocType(doc.Title, strings.Join(m.open, "\n"))
	if english && doc.Title != "" && !strings.ContainsFunc(doc.Title, isHan) {
		// An English headline names its kind in English; a Chinese title
		// over a translation names it in Chinese, read as any other.
		doc.DocType = englishDocType(doc.Title)
	}
	m.set("doc_type", srcTitle)
	// A page that holds the document under a headline of its name and a
	// figure from it (2021年黑龙江省…统计公报:GDP同比增长6.1%): the name.
	if k := strings.IndexAny(doc.Title, ":："); k > 0 && doc.DocType != "其他" {
		name, tail := doc.Title[:k], strings.TrimLeft(doc.Title[k:], ":：")
		if endsDocument(name) && ClassifyDocType(name, "") == doc.DocType && runes(tail) <= 20 && !strings.ContainsAny(tail, ":：") {
			doc.Title = name
		}
	}
	if doc.DocType == "其他" && reBudgetTableName.MatchString(doc.Title) {
		doc.DocType = "预算报告" // a budget table: what the budget took in or spent
	}
	if doc.DocType == "其他" && isStoryHeadline(doc.Title) && strings.Contains(doc.Title, "政府工作报告") && presentsItself(m.open) {
		// A story's or an explainer's headline on the work report over the
		// report itself, which presents itself under its salutation
		// (苏州姑苏区2021年政府工作报告发布 / 政 府 工 作 报 告 / … / 各位代表： /
		// 现在，我代表姑苏区人民政府，向大会报告工作).
		doc.DocType = "政府工作报告"
		m.set("doc_type", srcOpening)
	}
	if doc.DocType == "其他" && reMeetingStart.MatchString(doc.Title) && presentsWork(m.open) {
		// A meeting line set as the page's headline (2018年1月21日在拱墅区
		// 第七届人民代表大会第二次会议上报告(原文)及图解) over the report that
		// presents itself under its salutation.
		doc.DocType = "政府工作报告"
		m.set("doc_type", srcOpening)
	}
	if doc.DocType == "其他" && doc.Title != "" && !containsAny(doc.Title, nonReportTitleWords) && !isStoryHeadline(doc.Title) && presentsWork(m.open) {
		// A page whose title names no document (an essay site's
		// 区领导工作计划意见) over a report that presents the government's
		// work under its salutation (各位代表： / 现在，我代表区人民政府向大会
		// 作工作报告): the report.
		doc.DocType = "政府工作报告"
		m.set("doc_type", srcOpening)
	}
	// Not a paper's story that opens on its mark and tells of the
	// document's release (本报讯(记者王侠)3月23日,省统计局…发布了《2022年
	// 河南省…统计公报》。公告指出,…), on a site's or an agency's
	// dateline (龙港网2月11日讯:昨天下午,…工作报告征求意见会…), unless it
	// prints the document (新华社北京2月28日电 …发布…统计公报,全文如下:), or
	// on its reporters' names in brackets ((方亮 朴峰)金普新区2024年财政决算数据
	// 近日出炉).
	paperStory := len(m.open) > 0 && (rePaperMarkLead.MatchString(m.open[0]) || reDatelineLead.MatchString(m.open[0]) && !reFullTextBelow.MatchString(m.open[0]) || bylineLead(m.open[0]))
	if doc.DocType == "其他" && !paperStory && (doc.Title == "" || strings.HasSuffix(doc.Title, "经济和社会发展") && !reAnalysisOrStory.MatchString(strings.Join(m.said, "\n"))) {
		// No title, or one cut before the kind it names (派智库's headline
		// 四川省广元市利州区2009年国民经济和社会发展, over the communiqué; not over
		// a half year's figures or a story).
		kind := typeFromText(m.said)
		if kind == "" && english && presentsWorkInEnglish(m.said) {
			kind = "政府工作报告" // a translated report without its headline (The general idea of the government's work this year is…)
		}
		if kind == "" && (isOutlineContents(append(append([]string{}, m.head...), m.said...)) || isOutlineContents(m.open)) {
			kind = "五年规划纲要" // the outline's contents, cut as the page's head or opening it
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

var (
	// nonReportTitleWords name, in a title, a document or a story that is
	// not the work report the text under it may quote: a resolution, a
	// notice, a speech, a meeting's news, another organ's report.
	nonReportTitleWords = []string{"决议", "决定", "通知", "讲话", "会议", "开幕", "闭幕", "召开", "代表团", "审议", "讨论", "解读", "法院", "检察院", "常委会", "常务委员会", "预算", "决算", "公报", "纲要", "规划", "汇报"}
	// A line that names a report, a notice or a plan can be a title.
	reportWords = []string{"报告", "纲要", "规划", "计划", "公报", "决议", "通知", "意见", "决定", "办法", "预算", "决算", "规则", "工作总结", "工作汇报"}
	// Lines that are never a title: salutations, navigation, a site's links
	// ((点击查阅更多2014年地方政府工作报告)), dates, a sentence that opens on
	// the document it follows (根据《财政部关于…的通知(财预〔2014〕36号)》有关要求),
	// a story's sentence on what the report says (报告在回顾过去五年, 报告共分为
	// 四个部分), a newspaper's page line (《内蒙古日报》(2017年1月17日) 01版;
	// 第A06版:金湖新闻), an e-paper's links to the issue or story before and
	// after (3上一期  下一期4) and its date line with the print button, a
	// gazette's issue over the item it prints (公报【2020】第五期), a model-text
	// site's introduction (下面是小编为大家整理的…: see reEditorsIntro), a
	// site's banner for its disclosures, an organ's name before it (广东省人民政府
	// 办公厅政府信息公开; not 黄山区财政局2022年度部门决算信息公开).
	reNotTitle = regexp.MustCompile(newspaperPage + `|国内统一刊号|` + editionLine + `|上一(?:期|篇|版|页)\s*下一(?:期|篇|版|页)|【打印】|^(?:各位|同志们|(?:根据|依据|按照)《|当前位置|您的位置|您现在的位置|首页|【|[(（]?点击|报告(?:在|中|指出|提出|显示|强调|要求|认为|共|分为|回顾|总结|明确|对|从|还|说|称))|>>|>|》\s*$|^——|^\p{Han}{0,16}公报\s*[【\[(（]\d{4}[】\])）]\s*第[一二三四五六七八九十\d]{1,3}[期号]$|^(?:下面是|以下是)小[编編]|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}:\d{2}|^\p{Han}{2,30}?(?:人民政府|办公厅|办公室|委员会|局|厅)\s?(?:政府)?(?:信息公开|政务公开)(?:专栏|平台|目录)?$`)
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
	// A session's last day (2021年12月30日至2022年1月2日在…) or a note in brackets
	// (（农历壬寅年腊月十四）) may follow the date; no other date stands between it
	// and its 在: a post's day (于2022年04月05日发表) over a meeting line is not
	// the meeting's, nor a caption's day at a conference hall (2021年5月6日,…签约
	// 仪式在上海国际会议中心举行).
	reMeetingLine = regexp.MustCompile(`(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日(?:\s*(?:至|～|~|－)\s*(?:\d{4}\s?年\s?)?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日)?[，,]?\s*(?:[(（][^()（）]{0,16}[)）])?[^在年，。；,;]{0,14}?在(.{0,60}?)(?:人民代表大会|人大|代表大会|会议(?:[^中室厅]|$))`)
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
	// No bracket or bar stands between the date and the meeting: a page's
	// date after a title ((2008年02月19日 ) |(2007年2月3日上海市…会议通过)) is
	// not the approval's.
	// 审查批准 ends the approval line ((…第四次会议审查批准)), not a
	// sentence that recalls the approval of another text (…第五次会议审查
	// 批准了2021年市级预算, 根据…会议审查批准的《…纲要》).
	reAdoptedOn = regexp.MustCompile(`(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s*(?:在)?([^()（）|]{2,40}?(?:会议|大会))(?:上)?(?:(?:审议)?(?:通过|批准)|审查批准\s*(?:[)）]|$))`)
	// The place of a meeting line: 在(天津市河东区)第十七届人民代表大会.
	reMeetingPlace = regexp.MustCompile(`在(\p{Han}{2,24}?)(?:第[一二三四五六七八九十\d]+届|[一二三四五六七八九十]+届|人民代表大会)`)
	// A national session: 第十三届全国人民代表大会第一次会议, 十二届全国人大二次会议.
	reNPCSession = regexp.MustCompile(`第?([一二三四五六七八九十]{1,3})届全国(?:人民代表大会|人民代表大會|人大)第?([一二三四五六七八九十]{1,2})次(?:全体)?[会會][议議]`)
	// A session of a congress, written in either script: 会议, 會議, 会議.
	reCongressSession = regexp.MustCompile(`[会會][议議]`)
	// A local people's congress: 第十七届人民代表大会.
	reLocalCongress = regexp.MustCompile(`第[一二三四五六七八九十]+届(?:人民代表大会|人大)`)
	// The government a report is read for: 我代表天津市人民政府; 代表国务院;
	// a prefecture's office: 我代表塔城地区行署.
	// Only the speaker's own office speaks for a prefecture's office (not
	// an official who greets a county's congress 代表喀什地区行署).
	reOnBehalf = regexp.MustCompile(`代表(\p{Han}{0,24}?)(?:人民政府|政府)|我代表(\p{Han}{0,24}?)(?:行政公署|行署)`)
	// A resolution of a congress on a report: 第N届…会议听取和审议了…政府工作报告.
	reResolutionOpening = regexp.MustCompile(`^(第\p{Han}{1,3}届\p{Han}{0,20}?人民代表大会第\p{Han}{1,3}次会议)(?:听取|审议)`)
	// The head of a government reporting its work: 我代表国务院，向大会报告….
	// 我受国务院的委托，现在向大会提出关于…的报告.
	// It is the government's own voice (我代表…, a sentence that opens with
	// 受…委托), not a news story's (代区长吴勇代表区人民政府向大会作…).
	reReportsToCongress = regexp.MustCompile(`(?:^|我|^现在[，,]?)(?:代表|受)\p{Han}{0,20}?(?:政府|国务院)(?:的委托)?[^。]{0,80}?(?:向(?:大会|\p{Han}{0,30}?会议)[，,]?(?:[作做]|提出|报告)|作关于|作(?:政府)?工作报告)|国务院向\p{Han}{0,30}?会议[，,]?(?:作|提出)`)
	// Words that say the report is the national government's.
	nationalMarks = []string{"国务院总理", "国务院副总理", "代表国务院", "代表中华人民共和国国务院", "受国务院的委托", "中共中央和国务院的委托", "中华人民共和国国务院向", "代表中央人民政府", "国务院政府工作报告", "全国人民代表大会", "全国人民代表大會", "全国人大", "中华人民共和国国务院新闻办公室"}
	// An organ of government: a header field naming one names the issuer.
	organWords = []string{"政府", "人大", "人民代表大会", "委员会", "局", "厅", "办公室"}
	// A signature line: the issuing organ at the end of a document (a
	// communiqué is signed by the statistics office and the NBS survey team).
	reSignature = regexp.MustCompile(`^\p{Han}{2,30}(?:人民政府|人民政府办公室|人民政府办公厅|政府办公室|委员会|统计局|财政局|局|厅|调查队)$`)
)

// reVisitedLongjiang is Heilongjiang by its short name as a leader's visit
// names it: 视察龙江, 来龙江考察 (not 视察龙江县).
var reVisitedLongjiang = regexp.MustCompile(`(视察|考察|来|到)龙江([^县]|$)`)

// keptQian stands for 乾 while a line is simplified (a private-use
// character no table maps).
const keptQian = "\ue000"

// withoutCrumbColumn returns lines without the column's name that stands
// over a story under the page's breadcrumb ending on it (您现在的位置:首页>
// 今日廊坊>本市动态 / 本市动态 / 刘媛主持召开座谈会): no part of the
// headline; not a line under a breadcrumb ending on the story's own
// headline (…>新闻中心>县长调研重点项目 / 县长调研重点项目). Only the first
// lines are looked at.
func withoutCrumbColumn(lines []line, pg page) []line {
	crumbs := slices.Concat(pg.head, pg.furniture)
	for i, l := range lines[:min(len(lines), 5)] {
		t := strings.TrimSpace(l.text)
		if runes(t) > 12 || !reColumnName.MatchString(t) {
			continue // a breadcrumb may end on the story's own headline (…>县长调研重点项目 / 县长调研重点项目)
		}
		for _, c := range crumbs {
			if c.no >= l.no || c.no < l.no-3 || !reBreadcrumb.MatchString(strings.TrimSpace(c.text)) {
				continue
			}
			if step := lastCrumbStep(c.text); step == t || strings.HasSuffix(step, "/"+t) {
				return slices.Delete(slices.Clone(lines), i, i+1)
			}
		}
	}
	return lines
}

// reColumnName is a news column's name: 本市动态, 乡镇街道动态, 县区要闻.
var reColumnName = regexp.MustCompile(`(?:动态|新闻|要闻|快讯|资讯|专题|专栏|头条|热点|视点|信息|报道)$`)

// lastCrumbStep is the last step of a breadcrumb, its steps apart by a
// crumb mark or a slash: 本市动态 in 您现在的位置:首页>今日廊坊>本市动态 and in
// 首页/新闻中心/本市动态.
func lastCrumbStep(crumb string) string {
	crumb = strings.TrimSpace(crumb)
	marks := crumbMarks
	if !strings.ContainsAny(crumb, crumbMarks) {
		marks = "/" // 首页/新闻中心/本市动态; not 乡镇/街道动态 in a crumb with marks
	}
	if k := strings.LastIndexAny(crumb, marks); k >= 0 {
		return strings.TrimSpace(strings.TrimLeft(crumb[k:], marks))
	}
	return ""
}

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
	if strings.ContainsAny(s, "(（?？") {
		s = reRubyPinyin.ReplaceAllString(s, "")
	}
	if strings.ContainsAny(s, "OoＯ") {
		s = reLetterZero.ReplaceAllString(s, "${1}0${2}") // a date typed with a letter O: 1995年2月2O日
	}
	if strings.ContainsRune(s, '乾') {
		// 乾 is a simplified character too, in places' and people's names
		// (乾县, 乾安县, 及永乾): the traditional table's 干 would lose them.
		s = strings.ReplaceAll(segment.Simplify(strings.ReplaceAll(s, "乾", keptQian)), keptQian, "乾")
	} else {
		s = segment.Simplify(s)
	}
	s = unbracketFields(chineseNumeralsToDigits(foldSpaces(s)))
	if strings.Contains(s, "?。?") {
		s = mendGarbledTag(s)
	}
	if strings.Contains(s, "龙江") {
		// 龙江 visited is Heilongjiang (习近平总书记视察龙江期间重要指示), not
		// its county 龙江县.
		s = reVisitedLongjiang.ReplaceAllString(s, "${1}黑龙江${2}")
	}
	if strings.Contains(s, "计画") {
		// Taiwan's word for a plan, in a traditional copy: 國民經濟和社會發展計畫執行情況.
		s = planWordFold.Replace(s)
	}
	if strings.ContainsAny(s, "OoО") && strings.Contains(s, "年") {
		// A year whose zeros were typed as the letter O (2OO6年2月15日).
		s = reLetterOYear.ReplaceAllStringFunc(s, func(y string) string { return letterOZero.Replace(y) })
	}
	if strings.Contains(s, "月") {
		// A date that lost its 年 (——202312月28日在盘锦市双台子区…) reads as
		// one that kept it.
		s = reLostYearMark.ReplaceAllString(s, "${1}${2}年${3}月")
	}
	if strings.Contains(s, "届人大代表大会") {
		// A reporter's slip for the congress's name (南京市第十四屆人大代表大會
		// 第三次會議) reads as its name.
		s = strings.ReplaceAll(s, "届人大代表大会", "届人民代表大会")
	}
	if strings.Contains(s, "届人民大会第") {
		// The congress's name that lost 代表 in a scrape (秦州區第七屆人民大會
		// 第一次會議) reads as its name; 人民大会堂 has no 届 before it.
		s = reLostDeputies.ReplaceAllString(s, "${1}人民代表大会${2}")
	}
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

// planWordFold reads 计画 (計畫 simplified character by character) as 计划
// where it names a plan: 发展计画, 计画执行, 计画草案.
var planWordFold = strings.NewReplacer("发展计画", "发展计划", "计画执行", "计划执行", "计画草案", "计划草案")

// reLetterOYear is a year written with the letter O for its zeros, before
// 年: 2OO6年, 2O16年; letterOZero writes them as zeros.
var (
	reLetterOYear = regexp.MustCompile(`(?:^|[^\w])[12][0-9OoО]{3}年`)
	letterOZero   = strings.NewReplacer("O", "0", "o", "0", "О", "0")
)

// reLostYearMark is a year run into its month where 年 was lost: 202312月.
var reLostYearMark = regexp.MustCompile(`(^|[^\d])((?:19|20)\d{2})(1[0-2]|0?[1-9])月`)

// reAtBeforeDate is a meeting line, or a lead's sentence, that puts 在
// before its date (——在2020年12月23日上海市徐汇区第十六届…, …工作报告在2014年1月6日
// 武汉市第十三届人民代表大会…上由市长…发布).
var reAtBeforeDate = regexp.MustCompile(`在\s*(\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)(\s*\p{Han}{2,20}?第[一二三四五六七八九十\d]{1,3}届)`)

// reFullTextBelow is a wire's note that the document follows in full:
// 全文如下, 现全文发布如下 (not 公报全文约1.5万字，主要数据如下).
var reFullTextBelow = regexp.MustCompile(`全文\p{Han}{0,4}如下`)

// reLetterZero is a zero typed as the letter O between a date's digit and
// its day or month: 2O日, 1O月.
var reLetterZero = regexp.MustCompile(`(\d)[OoＯ]([日月])`)

// reRubyPinyin is the reading a converted page writes after a character
// in brackets (區(qū), 會(huì )): a syllable with its tone mark, no part of the
// text; its opening bracket may be lost to a question mark with the
// character before it (甘孜日?qǐng)?bào)).
var reRubyPinyin = regexp.MustCompile(`[(（?？][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s?[)）]`)

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

// isHan reports a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// lastRune returns the last character of s, and false when s is empty.
func lastRune(s string) (rune, bool) {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0, false
	}
	return rs[len(rs)-1], true
}

// firstRune returns the first character of s, spaces aside, or "".
func firstRune(s string) string {
	for _, r := range strings.TrimSpace(s) {
		return string(r)
	}
	return ""
}

// startsWithMatch reports whether re matches s at its start.
func startsWithMatch(re *regexp.Regexp, s string) bool {
	loc := re.FindStringIndex(s)
	return loc != nil && loc[0] == 0
}

// reLostDeputies is a congress's session named without 代表:
// 第七届人民大会第一次会议.
var reLostDeputies = regexp.MustCompile(`(第[一二三四五六七八九十\d]+届)人民大会(第[一二三四五六七八九十\d]+次(?:全体)?会议)`)

// reBylineLead opens a story on its reporters' names in brackets, the
// text run on: (方亮 朴峰)金普新区…, （记者 李明）…, 【记者 李明】….
var reBylineLead = regexp.MustCompile(`^\s*[(（【]\s*(?:记者|通讯员)?\s*(\p{Han}{2,3}(?:\s+\p{Han}{2,3}){0,3})\s*[)）】]\s*\p{Han}`)

// bylineLead reports whether s opens on its reporters' names in brackets
// (see reBylineLead), not on a form's or a draft's mark ((草案), (摘要)).
func bylineLead(s string) bool {
	v := reBylineLead.FindStringSubmatch(s)
	return v != nil && !reFormWord.MatchString(v[1])
}

// reFormWord is a form or a stage a document is given in, in brackets
// before its text: 草案, 摘要, 全文, 节选.
var reFormWord = regexp.MustCompile(`^(?:草案|摘要|全文|节选|摘登|摘编|修订|修正|试行|征求意见稿|送审稿|讨论稿|初稿|定稿|要点)$`)
