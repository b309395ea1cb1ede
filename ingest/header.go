// The page's header fields (名称, 发布时间, 成文日期, 发布机构, 来源, 发文字号),
// labelled or in a site's own layout, and the page's publication date from
// its tool bar, its furniture and the lines under the title.

package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
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
		s := reNotPublishedSpan.ReplaceAllString(reListDash.ReplaceAllString(foldForMetadata(l.text), "$1"), "")
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
		if d := siteAddressDay(s); d != "" && m.published == "" {
			m.published, m.publishedBySite = d, true // a portal's address line, before its address is cut off for the fields after it
		}
		bare, original = m.readField(reLeadingEditor.ReplaceAllString(reLeadingSiteName.ReplaceAllString(reLeadingURL.ReplaceAllString(s, ""), ""), ""), bare, original)
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
	if m.published == "" {
		m.published = m.ePaperIssueDay()
	}
}

// ePaperIssueDay returns the day of an e-paper's issue, set with its
// weekday (or 星期 alone, its day lost in the scrape) among the lines under
// the page's edition line, past the edition's list of stories (第A3版:特别报道
// … / 2023年01月08日 星期日), or "": without the edition line a day and
// weekday may be a portal's clock.
func (m *metadataReader) ePaperIssueDay() string {
	var lines []string
	for _, part := range [][]line{m.pg.head, m.pg.body[:min(len(m.pg.body), 12)]} {
		for _, l := range part {
			lines = append(lines, strings.TrimSpace(l.text))
		}
	}
	at := slices.IndexFunc(lines, reEditionLine.MatchString)
	if at < 0 {
		return ""
	}
	for _, s := range lines[at+1 : min(len(lines), at+16)] {
		if v := reIssueWeekday.FindStringSubmatch(s); v != nil {
			return string(ParseDate(v[1])) // under the edition line, not a portal's clock over it
		}
	}
	return ""
}

// editionLine is an e-paper's edition and its name opening a line:
// 第A3版:特别报道, or 00001版:一版要闻 as some e-papers number it.
const editionLine = `^(?:第[A-Za-z]?\d{1,3}|\d{4,5})版\s*[:：]`

// reEditionDated is an e-paper's edition line ending on its issue's day:
// 第04版:两会特刊 2026年01月21日.
var reEditionDated = regexp.MustCompile(editionLine + `\s*\S{1,16}\s+(\d{4}年\d{1,2}月\d{1,2}日)\s*(?:星期[一二三四五六日天])?\s*$`)

// reEditionLine is an e-paper's edition line (see editionLine);
// reIssueWeekday the issue's day and weekday alone on a line (2023年01月08日
// 星期日), or the day and 星期 before the page's next field (2010 年 1 月 19 日 星期
// 重要律师声明).
var (
	reEditionLine  = regexp.MustCompile(editionLine)
	reIssueWeekday = regexp.MustCompile(`^(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*星期(?:[一二三四五六日天]$|\s)`)
)

// readFurnitureDates dates the page from furniture above the text: a
// page's address line with its date and source under the title, dropped
// as furniture for the font-size buttons on it, and the tool bar under the
// title with its labelled date and time (浏览次数: 来源:… 时间:2024-02-02
// 08:39 文字大小:[ ]).
func (m *metadataReader) readFurnitureDates() {
	for _, l := range m.pg.furniture {
		if v := reForumEdited.FindStringSubmatch(foldForMetadata(l.text)); v != nil && v[2] != "" && l.no <= maxFieldLines {
			// A forum post's poster line cut as the forum's panel, under
			// the board's banners (老猫 发表于 2017-3-21 15:17:06 | 显示全部楼层);
			// not an edit note (本帖最后由 老猫 于 2019-8-2 10:11 编辑).
			m.published = v[1] + v[2]
			break
		}
	}
	for _, l := range m.pg.furniture {
		if len(m.pg.body) > 0 && l.no > m.pg.body[min(len(m.pg.body)-1, 3)].no {
			break
		}
		s := reNotPublishedSpan.ReplaceAllString(foldForMetadata(l.text), "")
		// After the page's address, or its editor (责任编辑:钟鸿冰 2026-01-22
		// 21:36:40 来源:香港商报网).
		for _, lead := range []*regexp.Regexp{reLeadingURL, reLeadingEditor} {
			if v := reDateTimeSource.FindStringSubmatch(lead.ReplaceAllString(s, "")); v != nil && m.published == "" && lead.MatchString(s) {
				m.published = v[1]
			}
		}
		if v := reFieldPublished.FindStringSubmatch(s); v != nil && m.published == "" && (reStampedDate.MatchString(s) || reToolBarCount.MatchString(s) && !reUpdatedOn.MatchString(s)) {
			m.published, m.toolBar = v[1], l.no
		}
		if d := siteAddressDay(s); d != "" && m.published == "" {
			m.published, m.publishedBySite = d, true // a portal's name, address, day and source
		}
		if v := reShortYearSiteDate.FindStringSubmatch(s); v != nil && m.published == "" {
			m.published = shortYearDate(v) // 内蒙古新闻网  11-07-26 14:56 打印本页 来源: …
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
		if (strings.HasPrefix(strings.TrimSpace(l.text), "本帖最后由") || strings.Contains(l.text, "发表于")) && reForumEdited.MatchString(l.text) {
			// A forum post's edit note, the story run on after it: its
			// date is the page's.
			fields = append(fields[:len(fields):len(fields)], l)
			continue
		}
		folded := foldForMetadata(l.text) // 發布時間：…
		if stampOpensRunOn(folded) {
			fields = append(fields[:len(fields):len(fields)], l)
			continue
		}
		if isReportText(l.text) {
			break
		}
		if isMetadataLine(l.text) || isMetadataLine(folded) || reSourceStamp.MatchString(folded) || isMetadataLine(reLeadingSiteName.ReplaceAllString(l.text, "")) || reSiteDateLine.MatchString(folded) || reNewspaperDateLine.MatchString(folded) || reSiteAddressDate.MatchString(withoutEmptyCells(folded)) || reRegionField.MatchString(folded) || reEPaperDateLine.MatchString(folded) || reAddressRunOnDate.MatchString(folded) || reShortYearSiteDate.MatchString(folded) || isStampLine(folded) {
			fields = append(fields[:len(fields):len(fields)], l)
			if j := i + 1; reBareLabel.MatchString(folded) && j < len(m.pg.body) && !isMetadataLine(m.pg.body[j].text) {
				// A label whose value is the next line (发布机构： / 宜春市统计局):
				// the value is a field line too.
				fields = append(fields, m.pg.body[j])
			}
		}
		if v := reToolBarDate.FindStringSubmatch(reNotPublishedSpan.ReplaceAllString(l.text, "")); v != nil && toolBarDate == "" {
			toolBarDate = string(ParseDate(v[1]))
		}
	}
	return fields, toolBarDate
}

// isStampLine reports a line of the page's head that stamps its day with
// the clock time in a layout no label pattern knows, short and without a
// sentence: 创建时间:2008-03-01 00:00 来源:…, 活力二连 / / 2019-03-02 16:59,
// 2016-01-20 08:04:42易福进 来源: 厦门网. A content farm's poster line
// (TUhjnbcbe - 2023/1/28 17:34:00, 佚名 - 2023-1-28 17:34:00) dates its copy,
// a forum's reply (2楼 回复 游客 2021-03-05 12:00) the reply, and a labelled
// time of something else (会议时间：, 截止时间：, 打印时间：) no page.
func isStampLine(s string) bool {
	s = reNotPublishedSpan.ReplaceAllString(s, "") // 截止时间：2021-01-20 发布时间：2021-01-05
	if reEditionDated.MatchString(s) {
		return true
	}
	if runes(s) > 120 || strings.ContainsAny(s, "。；") {
		return false
	}
	if reCreatedSpan.MatchString(s) {
		return true // the day a site made the page, whatever other times stand beside it (创建时间：… 更新时间：… 浏览次数：356)
	}
	return (reStampedDate.MatchString(s) || reFieldPublished.MatchString(s)) && !reFarmPoster.MatchString(s) && !reForumReply.MatchString(s) && !reOtherTimeLabel.MatchString(s)
}

// otherTimeLabel labels the time of something other than the page's
// publication: 会议时间, 截止时间, 打印时间, 更新时间.
const otherTimeLabel = `(?:会议|截止|开始|结束|活动|发布会|打印|报名|实施|生效|统计|留言|当前|更新|修改|修订|举办|举行|开幕|闭幕|召开|办理|受理|申报|施行|有效|失效|访问|登录|答复)(?:时间|日期)`

var (
	// reCreatedSpan is the day a site made the page, its label and its
	// clock time: 创建时间：2024-03-01 08:00.
	reCreatedSpan = regexp.MustCompile(`创建(?:时间|日期)\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`)
	// reOtherTimeLabel and reOtherTimeSpan are another time's label, and
	// the label with its value (更新时间：2024-06-25 10:00).
	reOtherTimeLabel = regexp.MustCompile(otherTimeLabel)
	reOtherTimeSpan  = regexp.MustCompile(otherTimeLabel + `\s*[:：]\s*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`)
	// reForumReply is a forum's reply line: 2楼 回复 游客 2021-03-05 12:00.
	reForumReply = regexp.MustCompile(`\d+\s*楼|回复|回帖|跟帖`)
	// reFarmPoster is a content farm's poster line, its handle, a dash and
	// the copy's stamp: TUhjnbcbe - 2023/1/28 17:34:00, xyz - …, 匿名用户 — …,
	// 热心网友 - …, 游客 - …, 用户a1b2c3 - …;
	// not a site's address (pjx.gov.cn - …), a broadcaster's call sign in
	// capitals (CRI - …, CCTV - …) or a site's own 管理员.
	reFarmPoster = regexp.MustCompile(`^\s*(?:[A-Z]{0,3}[a-z0-9_][A-Za-z0-9_]{2,}|[a-z][a-z0-9_]{1,2}|佚名|匿名\p{Han}{0,2}|(?:热心)?网友\p{Han}{0,2}|小编|游客\d*|用户(?:[A-Za-z0-9_]*|\p{Han}{1,3}))\s+[-—–－]\s+\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}\s+|年\d{1,2}月\d{1,2}日\s*)\d{1,2}:\d{2}`)
)

// stampOpensRunOn reports whether line s holds the page's stamp with the
// text run on after it, however long: at the line's start (2022-02-16
// 22:392月16日晚,市委书记…), or after the title with its source
// (…公报(全文)2016年02月29日 10:05 来源:中国经济网中华人民共和国…).
func stampOpensRunOn(s string) bool {
	if loc := reStampedDate.FindStringIndex(s); loc != nil && strings.TrimSpace(s[:loc[0]]) == "" {
		return true
	}
	loc := reStampSource.FindStringIndex(s)
	return loc != nil && runes(s[:loc[0]]) <= 60
}

// reStampSource is a day with its clock time and the source or author
// after it: 2016年02月29日 10:05 来源:.
var reStampSource = regexp.MustCompile(`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|作者|编辑)\s*[:：]`)

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
	if loc := reCreatedSpan.FindStringSubmatchIndex(s); loc != nil {
		if bare == "" {
			bare = string(ParseDate(s[loc[2]:loc[3]])) // the day a site made the page (创建时间:2008-03-01 00:00): the page's, unless a line labels its publication
		}
		s = s[:loc[0]] + " " + s[loc[1]:]            // …and the publication on the line (创建时间：… 发布时间：2024-03-20),
		s = reOtherTimeSpan.ReplaceAllString(s, " ") // not its update, before or after it, with its clock time or not (创建时间：2024-03-01 更新时间：2024-06-25 10:30)
	}
	if v := reDateTimeSource.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published = v[1]
	}
	if v := reSiteDateLine.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published = strings.Join(v[1:], "") // one of them
	}
	if v := reShortYearSiteDate.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published = shortYearDate(v) // 内蒙古新闻网  11-07-26 14:56 来源: …, kept as a field line
	}
	if v := reNewspaperDateLine.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published = string(ParseDate(v[1])) // the paper's name and its day: 齐鲁晚报 2020年05月13日
	}
	if d := siteAddressDay(s); d != "" && m.published == "" {
		m.published, m.publishedBySite = d, true // a portal's address, day and source
	}
	if v := reAddressRunOnDate.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published, m.publishedBySite = v[1], true // a portal's address line: //www.workercn.cn2014-01-26来源: 辽宁日报
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
	if v := reFieldPublished.FindStringSubmatch(s); v != nil && (m.published == "" || m.publishedBySite) {
		m.published, m.publishedBySite = v[1], false // a labelled date over a portal's clock line above the headline
	}
	if v := reUploadedOn.FindStringSubmatch(s); v != nil && bare == "" {
		bare = v[1] // a shared document's upload date: the page's, unless a line labels it
	}
	if v := reForumEdited.FindStringSubmatch(s); v != nil && bare == "" {
		bare = v[1] + v[2] // a forum post's edit or its poster's line (宙斯 发表于 2021-4-26 10:51): the page's, unless a line labels its date
	}
	if v := reSourceDate.FindStringSubmatch(s); v != nil && bare == "" {
		bare = v[1] + v[2] // a date where the source stands: the page's, unless a line labels it
	}
	if v := reFieldWritten.FindStringSubmatch(s); v != nil && m.written == "" {
		m.written = v[1]
		m.writtenGenerated = strings.HasPrefix(v[0], "生成") || strings.HasPrefix(v[0], "产生")
	}
	if m.publisher == "" {
		m.publisher = fieldValue(rePublisher, s)
	}
	if v := reSource.FindStringSubmatch(s); v != nil && m.source == "" {
		m.source = v[1]
	}
	if v := reEditionDated.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published = string(ParseDate(v[1])) // an e-paper's edition line with its issue's day: 第04版:两会特刊 2026年01月21日
	}
	if v := reEPaperDateLine.FindStringSubmatch(s); v != nil && m.published == "" {
		m.published = string(ParseDate(v[1])) // an e-paper's issue over the story: 2007 年 3 月 21 日 星期 【打印】
	}
	if v := reRegionField.FindStringSubmatch(s); v != nil && m.region == "" {
		m.region = v[1]
	}
	if strings.Contains(s, "发文字号") && m.number == "" {
		m.number = ParseDocNumber(s)
	}
	return bare, original
}

// reNotPublishedSpan is a field at a line's start whose dates are not the
// page's publication, with them: the day a site archived the page or the
// days it is in force (归档时间:2024-08-23, 存档时间|2024-08-23,
// 有效期：2022-02-15至2027-02-14), over or before 发布时间:2022-02-15.
var reNotPublishedSpan = regexp.MustCompile(`^\s*(?:` + notPageDayLabels + `)\p{Han}{0,2}\s*[:：|｜丨]\s*(?:[\d〇○零一二三四五六七八九]{4}\s*[-/.年]\s*[\d一二三四五六七八九十]{1,3}\s*[-/.月]\s*[\d一二三四五六七八九十]{1,3}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[至到~～—－-]+\s*)?)*`)

// reAddressRunOnDate is a news site's address with the day run on after
// it, then the source: //www.workercn.cn2014-01-26来源: 辽宁日报.
var reAddressRunOnDate = regexp.MustCompile(`^\s*(?:https?:)?//(?:[a-z0-9-]+\.)+(?:cn|com|net|org)((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|作者|编辑)\s*[:：]`)

// reShortYearSiteDate is a site's line under a headline whose date writes
// its year in two figures, then its time and its source: 内蒙古新闻网
// 11-07-26 14:56 打印本页 来源: 内蒙古新闻网, its channel perhaps after
// the site (人民网-内蒙古频道). The time and the source label tell the
// figures are a day, year first.
var reShortYearSiteDate = regexp.MustCompile(`^\s*(?:\p{Han}[\p{Han}\d]{1,11}(?:\s*(?:[-－]|—{1,2})\s*\p{Han}{2,8})?\s+)?(\d{2})-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[【\[][^】\]]{1,24}[】\]]\s*|\p{Han}{2,6}\s+)*(?:来源|作者|编辑)\s*[:：]`)

// shortYearDate returns the day reShortYearSiteDate's groups give: a year
// of two figures up to 30 is of this century (11 → 2011), a later one of
// the last (99 → 1999).
func shortYearDate(v []string) string {
	century := "20"
	if v[1] > "30" {
		century = "19"
	}
	return string(parseDate(century+v[1], v[2], v[3]))
}

// reEPaperDateLine is an e-paper's line over a story with the issue's day,
// its weekday and the print button: 2007 年 3 月 21 日 星期    【打印】.
var reEPaperDateLine = regexp.MustCompile(`^\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:星期[一二三四五六日天]?)?\s*【打印】\s*$`)

// reRegionField is a page's field of the region it files the document
// under, province, city and county by their short names but the last
// (所属地区:安徽-六安-霍邱县); its group is the path (see regionPlace).
var reRegionField = regexp.MustCompile(`^\s*(?:所属地区|所在地区|所属区域)\s*[:：]\s*((?:\p{Han}{2,8}[-－—/])*\p{Han}{2,12}?(?:县|区|市|旗|州|盟))\s*$`)

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
		if title, date := titleAndPublished(s); title != "" && m.published == "" {
			if t := cleanTitle(title); namesReport(t) || isHeadline(t) {
				m.published = date
			}
		}
		if v := reTitleRunOnDate.FindStringSubmatch(s); v != nil && m.published == "" && namesReport(cleanTitle(v[1])) {
			m.published = v[2]
		}
		if v := reTitleDated.FindStringSubmatch(s); v != nil && m.published == "" && namesReport(cleanTitle(v[1])) {
			m.published = v[2]
		}
	}
	// The page's date on the line under the title, alone or before the
	// source, past the site's menu (阿克苏地区2025年国民经济和社会发展统计公报 /
	// 2026-05-28  出处：阿克苏地区统计局). Each line is folded once, for both
	// readings below.
	body := m.pg.body[:min(len(m.pg.body), 41)]
	folded := make([]string, len(body))
	for i, l := range body {
		folded[i] = strings.TrimSpace(foldForMetadata(l.text))
	}
	for i := 0; runOn == "" && i+1 < len(folded); i++ {
		if reRelatedList.MatchString(folded[i]) {
			break // the pages a list under the text links to (相关文章), with their dates
		}
		// The date's line first: it is cheaper to match than the title.
		// A news site's address may stand before it (http://www.enorth.com.cn
		// 2003-01-24 16:22).
		next := reLeadingURL.ReplaceAllString(folded[i+1], "")
		v := reBareDateTime.FindStringSubmatch(next)
		if v == nil {
			v = reDateTimeSource.FindStringSubmatch(next)
		}
		if v != nil && namesReport(cleanTitle(folded[i])) {
			runOn = string(ParseDate(v[1]))
		}
	}
	if runOn != "" {
		return runOn
	}
	// Two more layouts of that line, in the page's head or its text.
	// The text's first sentence ends the search, and a page's title is the
	// only title these dates go with: a list of related pages (2019年…统计
	// 公报 / 2020-03-05…政府网) dates other reports.
	lines := make([]string, 0, len(m.pg.head)+len(folded))
	for _, l := range m.pg.head {
		lines = append(lines, strings.TrimSpace(foldForMetadata(l.text)))
	}
	for _, s := range folded {
		if isReportText(s) || reRelatedList.MatchString(s) {
			break
		}
		lines = append(lines, s)
	}
	for i := 0; runOn == "" && i+1 < len(lines); i++ {
		w := reDateUnderTitle.FindStringSubmatch(lines[i+1]) // the date's line first, as above
		if w == nil {
			continue
		}
		if t := cleanTitle(lines[i]); namesReport(t) && (m.pg.pageTitle == "" || sameName(t, cleanTitle(m.pg.pageTitle))) {
			runOn = string(ParseDate(w[1] + w[2])) // one of its two layouts matched
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

// reRelatedList heads a list of links to other pages under the text:
// 相关文章, 相关阅读, 延伸阅读, 推荐阅读. The dates and titles in it are
// theirs.
var reRelatedList = regexp.MustCompile(`^(?:相关(?:文章|阅读|新闻|链接|报道|推荐|信息)|延伸阅读|推荐阅读|猜你喜欢|热门(?:文章|推荐)|更多阅读)\s*[:：]?$`)

// isRelatedListHead reports whether a page's line, as written, heads a list
// of links to other pages (see reRelatedList). The check runs over every
// line of a document's text, so only a short line is folded to be read:
// the heading is a word of four characters and a colon, as written perhaps
// with a converter's reading in brackets after each (相關(xiāng)文章), which
// folding takes out.
func isRelatedListHead(text string) bool {
	n := 0
	for _, r := range text {
		if !unicode.IsSpace(r) {
			if n++; n > maxRelatedListHeadRunes {
				return false
			}
		}
	}
	return reRelatedList.MatchString(strings.TrimSpace(foldForMetadata(text)))
}

// maxRelatedListHeadRunes bounds the characters, spaces aside, of a line
// that may fold into a related list's heading (see isRelatedListHead).
const maxRelatedListHeadRunes = 64

// reSourceStamp is a line of the source a page took the document from, with
// the date and time it was published there, after a column's name:
// 中国新闻来源:新华社 2017年03月01日 10:12.
var reSourceStamp = regexp.MustCompile(`^\p{Han}{0,8}来源\s*[:：]\s*\p{Han}{2,20}\s+` + `(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}`)

// titleAndPublished splits a title line with the page's publication time
// after it (reTitlePublished) into the title and the date, or returns "", "".
func titleAndPublished(s string) (title, date string) {
	v := reTitlePublished.FindStringSubmatch(s)
	switch {
	case v == nil:
		return "", ""
	case v[1] != "":
		return v[1], v[2]
	}
	return v[3], v[4]
}

// reTitlePublished is a title line with the page's labelled publication
// time after a space, or its date and time run on before the source
// (…浙江發布2023年政府工作報告2023-01-30 14:22來源:gessey瀏覽數:255次).
var reTitlePublished = regexp.MustCompile(`^(\S.{3,80}?)\s+(?:发布时间|发布日期|发表于)\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)|^(\S.{3,80}?[^\d\s])\s*(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*来源\s*[:：]`)

// reTitleRunOnDate is a title with the page's date field run on after it
// on a page that lost its line breaks (…纲要的通知时间:2021-03-16 各区市县
// 人民政府,…).
var reTitleRunOnDate = regexp.MustCompile(`^(\S.{3,120}?(?:通知|纲要|报告|公报))(?:发布)?(?:时间|日期)\s*[:：]\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s|$)`)

// reTitleDated is a title line with the page's date, unlabelled, after a
// space at its end, perhaps with its source after it (关于上海市2019年市级决算…的报告
// 2020-07-30 来源:解放日报).
var reTitleDated = regexp.MustCompile(`^(\S.{3,80}?)\s+(\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+来源\s*[:：]\s*\S{1,20})?\s*$`)

// reRunOnSource is a title line run on with its source field and date.
var reRunOnSource = regexp.MustCompile(`^\S{6,60}?(?:统计公报|工作报告|的报告)(?:来源|发布时间|发布日期)[:：]([^，。,]{0,40})`)

// siteDateLine is a page's line of its site (or author), date and time and
// column (公文搜 2021-07-28 08:33:15 政府报告, 德州24小时 2026-01-21 20:01:06),
// the site's letters perhaps before its name (NBD图数馆 2018-03-20 10:33:06),
// perhaps after its column (编辑整合 华商网 2016-01-24 09:50:03),
// or its issuer and date apart by
// a bar (湛江市发展和改革局 | 2017-02-15 00:00); a link in a list (市长办公会议 |
// 2023-06-12 09:30) names no organ before its bar; or a blog's column, day
// and author run together (中国梦2018-06-23李天扬老师); or a site's address
// before the day and time (http://www.CRNTT.com   2019-01-27 11:35:27),
// the day perhaps in characters and its source after it (NEWS.SOHU.COM
// 2005年01月27日14:49  来源:吉林日报); or
// a column's name, a bar, the day and time and 原创 (山东观察 | 2026-01-14
// 19:33:42 原创); or the day, the site and the count of reads
// (2026-01-22 南京工会 56次); or
// a site's name spelled in pinyin before a dot, the day and time (Yang Zi
// Wan Bao Wang·2026-01-08 08:39); or a news app's or site's name run into
// the day and time (开屏新闻2022-01-25 20:37).
const siteDateLine = `^(?:(?:(?:(?:[A-Z]{2,5})?\p{Han}[\p{Han}\d]{1,11}\s+){1,2}|\p{Han}{1,9}(?:局|委|厅|办|委员会|政府|办公室|中心|院)\s*[|｜]\s*)(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\p{Han}{2,8})?|\p{Han}{2,6}(\d{4}-\d{2}-\d{2})\p{Han}{2,6}|https?://[!-~]+\s+(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?|(?:https?://)?(?:[A-Za-z0-9-]+\.)+(?i:com|cn|net|org)\s+(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源\s*[:：]\s*)?[^\s:：]{2,16})?(?:\s+(?:作者|编辑|责任编辑)\s*[:：]\s*\S{1,10}(?:\s\p{Han}{2,4})?)*|\p{Han}{2,8}\s*[|｜]\s*(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+原创|(\d{4}-\d{1,2}-\d{1,2})\s+\p{Han}{2,12}\s+\d{1,7}次|[A-Z][a-z]*(?: [A-Z][a-z]*){1,8}\s*[·•]\s*(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?|\p{Han}{1,8}(?:新闻|网|客户端|日报|晚报)(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?)$`

// reSiteAddressDate is a portal's line of its name, its address, the day
// and time in words and the source (中央政府门户网站 www.gov.cn   2013年01月10日
// 11时31分   来源:重庆日报; 2008年11月26日   来源:…, without the time), or its
// name, address, day and time alone
// (湖南省政府门户网站 www.hunan.gov.cn 2014-01-23 10:22:00), or its address,
// the day in words run into the time and the paper it took the story from
// (http://www.sina.com.cn 2005年01月26日07:43 黑龙江日报, http://finance.sina.com.cn
// 2005年12月10日 11:38 现代快报), perhaps after its
// site (… 荆楚网-楚天都市报), or its address, the day with slashes and the
// source (http://data.acmr.com.cn  2007/3/14  山西省统计局), or its name,
// address and the day alone (中国发展门户网 www.chinagate.com.cn  2009 年 01 月 23 日), or its address,
// name, day and time (www.ijjnews.com   晋江新闻网  2013-01-06 08:08; http://www.cnnb.com.cn
// 中国宁波网   2013年02月22日 09:19   【 】 【打印); or an e-paper's edition line
// with the issue's day in its author field (版次:03 作者:2023年01月12日).
var reSiteAddressDate = regexp.MustCompile(`^(?:\p{Han}{2,12}\s+)?(?:www\.[\w.-]+\s+)?(\d{4}年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}时\d{1,2}分)?\s*(?:来源|來源)\s*[:：]|^\p{Han}{2,12}\s+www\.[\w.-]+\s+(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?$|^(?:(?:https?://)?www\.|https?://[\w-]+\.)[\w.-]+/?\s+(\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+\p{Han}{2,12}(?:[-－]\p{Han}{2,12})?)?$|^https?://[\w.-]+\.(?:com|cn|net|org)(?:\.cn)?/?\s+(\d{4}/\d{1,2}/\d{1,2})\s+\p{Han}{2,16}$|^\p{Han}{2,12}\s+www\.[\w.-]+\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$|^www\.[\w.-]+\s+\p{Han}{2,12}\s+(\d{4}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?$|^版次\s*[:：]\s*[A-Z]?\d{1,3}\s+作者\s*[:：]\s*(\d{4}年\d{1,2}月\d{1,2}日)$|^(?:https?://)?www\.[\w.-]+/?\s+\p{Han}{2,12}\s+(\d{4}年\d{1,2}月\d{1,2}日)\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*【[^】]{0,12}】?)*$`)

// withoutEmptyCells cuts the empty cells a page saved as a table ends a
// line with: http://www.sina.com.cn 2004年02月16日02:36 北京娱乐信报 | |||||.
func withoutEmptyCells(s string) string {
	return strings.TrimRight(s, " \t|｜")
}

// siteAddressDay returns the day of a portal's line (see reSiteAddressDate),
// or "", its empty table cells cut.
func siteAddressDay(s string) string {
	v := reSiteAddressDate.FindStringSubmatch(withoutEmptyCells(s))
	if v == nil {
		return ""
	}
	return string(ParseDate(squeezeSpaces(strings.Join(v[1:], "")))) // one of the forms' days
}

// reNewspaperDateLine is a paper's name and its day on a line under the
// story's headline: 齐鲁晚报     2020年05月13日.
var reNewspaperDateLine = regexp.MustCompile(`^\s*《?\p{Han}{2,8}(?:日报|晚报|时报|早报|商报|报)》?\s+(\d{4}年\d{1,2}月\d{1,2}日)\s*$`)

// dateTimeSource is a page's date and time, then its source:
// 2020-05-29 20:02:00 来源：新华社, 【2013-05-13 来源:中共大连市西岗区委宣传部】, 2021/01/13/ 08:32 来源:兰州晚报, 2020-04-20
// 10:33文章来源: 统计局, a newspaper's page (2024年01月29日 评论(0) 来源: 《廊坊日报》,
// (2024年01月16日) 来源:潍坊晚报), a site's with its column in the bracket ([ 经济 2020-04-01
// 来源:中商产业研究院], [经济] 2020-04-01 来源:…),
// or its date, then a field of who wrote or checked it (2020-07-08
// 审核人：), perhaps after the label of the page's font-size buttons
// (字号: 2014-04-11 16:06 作者:李敏 来源:娄底新闻网), its 日 perhaps lost before
// the time (2013年06月09 15:50:29 来源:民权网); bareDateTime its date
// and time alone on their line under the headline: 2020-05-22 08:08.
const (
	dateTimeSource = `^(?:字号\s*[:：]\s*)?(?:[【\[]\s*\p{Han}{2,8}(?:\s*[】\]]\s*|\s+)|[【\[(（])?\s*(\d{4}[-_]\d{1,2}[-_]\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)/?[)）]?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:评论\s*[(（]\d+[)）]\s*)?(?:(?:文章|信息|稿件)?来源|出处|作者|编辑|审核人?)\s*[:：]`
	bareDateTime   = `^(\d{4}[-/]\d{1,2}[-/]\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+A\+\s*A-)?$`
)

// reDateUnderTitle is the page's date on the line under a title in two
// more layouts: the date with the site's names run on after it
// (2025-04-11中国养殖技术网青岛市市南区政府网00), the source and the date in
// brackets ((来源:网站编辑 2023-02-10 22:36)).
var reDateUnderTitle = regexp.MustCompile(`^(\d{4}-\d{1,2}-\d{1,2})\p{Han}{2,20}?(?:网|网站)|^[(（]\s*来源\s*[:：][^()（）]{0,20}?\s(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]$`)

// reEnactedBy is Wikisource's header line of a government document: its
// organ and its date.
var reEnactedBy = regexp.MustCompile(`制定机关\s*[:：][^|｜]{2,80}?\s(\d{4}年\d{1,2}月\d{1,2}日)`)

// reToolBarCount is a tool bar's count of views or its buttons, beside
// which a labelled date is the page's even without its clock time
// (浏览次数:3013  来源:原创 时间:2015年5月14日, 日期: 2014年01月10日 浏览字号:
// 打印本页 关闭窗口).
var reToolBarCount = regexp.MustCompile(`(?:浏览次数|点击次数|点击数|阅读次数|访问量|浏览量)\s*[:：]\s*\d|打印本页|关闭窗口|浏览字号\s*[:：]`)

// reStampedDate is a date with its clock time on a header line, wherever it
// stands (来源： 大庆人大网  浏览字号： 2013年01月08日 14:28): the time the
// page was published.
var reStampedDate = regexp.MustCompile(`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}`)

// reUpdatedOn labels the day a page was last updated or replied to beside
// its count of views (浏览次数：2315  更新时间：2021年3月2日), not its publication.
var reUpdatedOn = regexp.MustCompile(`(?:更新|修改|修订|回复|编辑)(?:时间|日期)\s*[:：]`)

// Header lines that hold a field in another layout: a label alone on its
// line, a line that begins with the page's address, a date and time
// followed by the source (http://www.ljxww.com 2013-12-27 15:53:00 来源：…).
var (
	reBareLabel      = regexp.MustCompile(`^[•·\s]*(?:发布日期|发布时间|成文日期|发文日期|发布机构|发文机关|来源|信息来源|发文字号)\s*[:：]\s*$`)
	reBareTitleLabel = regexp.MustCompile(`^\s*(?:名\s*称|标\s*题)\s*[:：]?\s*$`)
	reLeadingURL     = regexp.MustCompile(`^\s*(?:https?://|www\.)\S+\s*`)
	// A site's name before the fields it stamps on the page (中国海口政府
	// 门户网站  更新时间:2021-02-10 15:54   来源:市发展和改革委员会).
	reLeadingSiteName = regexp.MustCompile(`^\s*\p{Han}{2,14}(?:门户网站|政府网站|网站|网)\s+`)
	// reLeadingEditor is a news page's editor opening the line of its date
	// and source: 责任编辑:钟鸿冰 2026-01-22 21:36:40 来源:香港商报网.
	reLeadingEditor  = regexp.MustCompile(`^\s*责任编辑\s*[:：]\s*\p{Han}{2,4}\s+`)
	reSiteDateLine   = regexp.MustCompile(siteDateLine)
	reDateTimeSource = regexp.MustCompile(dateTimeSource)
	reBareDateTime   = regexp.MustCompile(bareDateTime)
)

// fieldValue returns the value of the first field re finds on line s
// (its first group) that is not the next field's label: a field left
// empty is followed by the next (发文机构:  发文文号: 铜政办发〔2020〕14号).
func fieldValue(re *regexp.Regexp, s string) string {
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		if rest := strings.TrimLeft(s[loc[3]:], " "); strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
			continue
		}
		// Nor the next field's label written without its colon (发文机构:
		// 主题分类 综合政务), nor a site's editors (县融媒体中心网站编辑部).
		if v := s[loc[2]:loc[3]]; reFieldLabelValue.MatchString(v) || containsAny(v, []string{"网站", "编辑", "融媒体"}) {
			continue
		}
		return s[loc[2]:loc[3]]
	}
	return ""
}

// reFieldLabelValue is a page field's label read as the value of the
// empty field before it.
var reFieldLabelValue = regexp.MustCompile(`^(?:主题分类|主题词|体裁分类|公文种类|发文字号|发文文号|文号|索引号|成文日期|发布日期|发文日期|有效性|来源|信息来源|分类|标题|名称)$`)
