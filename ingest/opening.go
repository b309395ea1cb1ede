// The opening and the signature of a document: the lines its metadata is
// read from (opening, signature), past a table of contents at its top.

package ingest

import (
	"regexp"
	"slices"
	"strings"
)

// reMarkupOnly is a line of HTML tags alone, as a page saved as its source
// has them around each paragraph: <div class="content_type…">, </div>, <p>.
var reMarkupOnly = regexp.MustCompile(`^\s*(?:` + htmlTag + `\s*)+$`)

// opening returns the page's first lines (the lines before the document
// and its beginning), up to its first heading or two lines past the
// salutation, folded for matching and clipped. afterContents is the index of
// the opening line that followed a table of contents left out, or -1.
func opening(body []line) (out []string, afterContents int) {
	after, afterContents := -1, -1
	// The lines above a table of contents (a title, its month, its issuer)
	// open the document as much as the text after it.
	toc, past := pastContents(body)
	lines := append(body[:toc:toc], body[past:]...)
	if past > toc {
		afterContents = toc
	}
	for i := 0; i < len(lines); i++ {
		text := lines[i].text
		if reMarkupOnly.MatchString(text) {
			continue // a page saved as its source: a line of tags alone (<div class="content_type…">, </div>) opens nothing
		}
		if loc := reOneLineContents.FindStringIndex(text); loc != nil && loc[0] == 0 {
			text = text[loc[1]:] // a document's contents and text on one line: the text opens it
		}
		s := clipKeepingEnd(foldForMetadata(cellText(text)), maxOpeningLineRunes)
		if len(out) >= maxOpeningLines || (after >= 0 && len(out)-after > 2) {
			break
		}
		if end := channelMenuEnd(lines, i); end > i {
			i = end - 1 // a portal's channel menu (时事 / 民生 / 政务 / …) opens nothing
			continue
		}
		if len(out) > 0 && squeezeSpaces(s) == "目录" {
			i = contentsEnd(lines, i, out[0]) - 1 // the contents under a title
			afterContents = len(out)
			continue
		}
		if m := reTitleOverContents.FindStringSubmatch(s); m != nil && len(out) < maxOpeningHead && namesReport(cleanTitle(m[1])) {
			// A title and the contents under it run onto one line (…二三五年远景目标纲要目录第一章
			// 规划基础与发展环境5第一节…): the title opens, the contents open nothing.
			out = append(out, m[1])
			continue
		}
		if len(out) < maxOpeningHead && strings.HasSuffix(squeezeSpaces(s), "目录") && namesReport(cleanTitle(s)) {
			// A package's name and its contents on one line (2020年政府决算公开目录,
			// then 一、决算报告 …): the text resumes where contentsEnd finds it.
			out = append(out, s)
			i = contentsEnd(lines, i, s) - 1
			continue
		}
		if len(out) > 0 && len(out) <= 3 && rePartLabel.MatchString(squeezeSpaces(s)) {
			if j := repeatedEntry(lines, i); j > 0 && j-i >= maxOpeningLines/2 {
				// A package's contents without their label, by part, too
				// long to read through (第一部分 决算报告 / 第二部分 决算草案 /
				// 1、…表 … 18、…表 / 第一部分 决算报告): the text resumes where
				// the entries end, after the first part's repetition, or at
				// a title and a byline standing before it.
				k := i + 1
				for k < j && (strings.TrimSpace(lines[k].text) == "" || isContentsEntry(lines[k].text) || isNumberedEntry(lines[k].text)) {
					k++
				}
				i = k - 1
				if k == j {
					i = j
				}
				continue
			}
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
	return out, afterContents
}

// maxOpeningLineRunes is how many runes of a line the opening keeps.
const maxOpeningLineRunes = 300

// maxOpeningLines is how many lines open a document at most.
const maxOpeningLines = 25

// maxOpeningHead is how many of the lines before the document's start
// open it for its metadata.
const maxOpeningHead = 16

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

// isSalutation reports the line that opens a speech: 各位代表：.
func isSalutation(s string) bool {
	return strings.HasPrefix(s, "各位代表") || strings.HasPrefix(s, "同志们") || strings.HasPrefix(s, "各位委员")
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

// reEntryMarker is a contents entry's number: 一、.
var reEntryMarker = regexp.MustCompile(`^[一二三四五六七八九十]{1,3}[、.．]\s*`)

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
		entry := reEntryMarker.ReplaceAllString(bare, "") // 一、关于… as 关于…
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
			if entry != bare && runes(entry) >= 8 && runes(t) >= 8 && strings.HasPrefix(t, "关于") && (strings.HasPrefix(entry, t) || strings.HasPrefix(t, entry)) {
				return i, j // the numbered entry's title, broken at another place (一、关于…和2026年…预算 / 草案的报告…1, then 关于…和 / 2026年…草案的报告)
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
	// A list of links to other pages under the text (相关文章 / …报告 /
	// 2021-07-30 盱眙发布) signs nothing: the text ends over it.
	if i := slices.IndexFunc(body, func(l line) bool { return isRelatedListHead(l.text) }); i > 0 {
		body = body[:i]
	}
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
		} else if v := reRunOnSignDate.FindStringSubmatch(s); v != nil && i == len(body)-1 {
			// The text's last paragraph run on with the day it was signed
			// (…努力实现全年任务目标。 二〇一二年八月十三日 |): the date alone.
			out = append(out, v[1])
		}
	}
	// A document followed by its attachments (a final account's statement,
	// then 附件 / 福建省2024年收支决算表) is signed where its own text ends,
	// over the first attachment.
	for i, l := range body {
		if !strings.Contains(l.text, "附") || !reAttachmentStart.MatchString(strings.TrimSpace(foldForMetadata(l.text))) {
			continue
		}
		if i < minSignedLines && !signedRightAbove(body, i) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			if s := strings.TrimSpace(foldForMetadata(body[j].text)); runes(s) <= 40 && !rePageNumberLine.MatchString(s) {
				out = append(out, s)
			}
		}
		break
	}
	return out
}

// reAttachmentStart is the heading of a document's first attachment, alone
// on its line: 附件, 附件1; minSignedLines is how far into a text it may stand.
var (
	reAttachmentStart = regexp.MustCompile(`^附\s*件\s*\d{0,2}$`)
	rePageNumberLine  = regexp.MustCompile(`^[-—－]\s*\d{1,3}\s*[-—－]$`)
)

const minSignedLines = 8

// signedRightAbove reports a short notice signed right over its first
// attachment at line i: its issuer and its date alone on the two lines
// above (杭州市余杭区人民政府办公室 / 2018年3月18日 / 附件), which a table
// of contents at a text's top does not hold.
func signedRightAbove(body []line, i int) bool {
	if i < 2 {
		return false
	}
	date := strings.TrimSpace(foldForMetadata(body[i-1].text))
	organ := strings.TrimSpace(foldForMetadata(body[i-2].text))
	return runes(date) <= 14 && ParseDate(date) != "" && reSignature.MatchString(organ)
}

// channelMenuEnd is the index past a portal's channel menu that starts at
// lines[i]: at least minChannelMenu lines in a row, each a channel's name
// of two to four Chinese characters alone (首页 / 时事 / 民生 / 政务 / 教育 / …,
// 25 lines over 重庆市's 2025 report), or i where none starts. Only the
// opening, the lines metadata is read from, passes over it: a title broken
// over lines has at most a few such lines, a letter-spaced one has one
// character a line, and a report's name is never a channel's.
func channelMenuEnd(lines []line, i int) int {
	k := i
	for k < len(lines) && isChannelName(strings.TrimSpace(lines[k].text)) {
		k++
	}
	if k-i < minChannelMenu {
		return i
	}
	return k
}

// minChannelMenu is how many channel names in a row make a menu.
const minChannelMenu = 10

// isChannelName reports a line that is only two to four Chinese characters
// and names no report (时事, 楼市, 文摘; not 公报 or 工作报告).
func isChannelName(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4 && !containsAny(s, reportWords)
}

// reTitleOverContents is a report's name at the start of a line, its
// contents' label and first entry run on after it: …纲要目录第一章 规划基础….
var reTitleOverContents = regexp.MustCompile(`^(\S{6,80}?(?:纲要|报告|公报|草案))\s*目\s*录\s*(?:第[一1]\s*[章部篇节]|[一1]\s*[、.．])`)

// reOneLineContents is a table of contents that starts a line and runs on
// into the document on the same line, to its last page number and the page
// mark after it (目录2011年辽宁省政府工作报告.......1全省…情况.......93-1-2011年
// 辽宁省政府工作报告——2011年1月21日在…).
var reOneLineContents = regexp.MustCompile(`^\s*目\s*录.*[.…·]{6,}\s*\d{1,4}(?:\s*[-—]\s*\d{1,4}\s*[-—])?`)

// reRunOnSignDate is a full date closing a text's last paragraph after its
// last sentence, a table's bar left after it: …任务目标。 2012年8月13日 |.
var reRunOnSignDate = regexp.MustCompile(`[。！!]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[|｜]?\s*$`)
