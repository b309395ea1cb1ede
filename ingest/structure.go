package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
)

// Heading styles, by the ordinal that marks them.
const (
	styleChapter  = "第X章"
	styleSection  = "第X节"
	stylePart     = "第X部分"
	styleCN       = "一、"
	styleParen    = "（一）"
	styleNum      = "1."
	styleParenNum = "（1）"
	styleBox      = "专栏"
	styleGlossary = "附注"
	styleLost     = "?" // a heading whose ordinal was lost in scraping
)

var headingPatterns = []struct {
	style string
	re    *regexp.Regexp
}{
	{styleChapter, regexp.MustCompile(`^第[一二三四五六七八九十百零〇\d]+章\s*(.*)$`)},
	{styleSection, regexp.MustCompile(`^第[一二三四五六七八九十百零〇\d]+节\s*(.*)$`)},
	{stylePart, regexp.MustCompile(`^第[一二三四五六七八九十百零〇\d]+部分\s*(.*)$`)},
	{styleCN, regexp.MustCompile(`^[一二三四五六七八九十]+[、．.]\s*(.*)$`)},
	{styleParen, regexp.MustCompile(`^[（(][一二三四五六七八九十]+[）)]\s*(.*)$`)},
	{styleNum, regexp.MustCompile(`^\d{1,2}\s*[.．、]\s*(\D.*)$`)},
	{styleParenNum, regexp.MustCompile(`^[（(]\d{1,2}[）)]\s*(.*)$`)},
	{styleBox, regexp.MustCompile(`^专栏\s*\d+\s*(.*)$`)},
	{styleGlossary, regexp.MustCompile(`^(附注|注释|主要名词解释|名词解释|名词解释说明|附件|附表)\s*[:：]?$`)},
}

// headingOf returns the style and the text after the ordinal of a line
// that starts like a heading.
func headingOf(s string) (style, rest string, ok bool) {
	s = foldSpaces(s)
	for _, hp := range headingPatterns {
		if m := hp.re.FindStringSubmatch(s); m != nil {
			if hp.style == styleGlossary {
				return hp.style, m[1], true
			}
			return hp.style, strings.TrimSpace(m[1]), true
		}
	}
	return "", "", false
}

// block is a paragraph in the making.
type block struct {
	text    string
	kind    string
	style   string // heading style, for headings and run-in headings
	title   string // heading title without ordinal
	line    int    // first line number in the file
	untitle bool   // a numbered item whose title cannot be told apart
}

const (
	maxHeadingRunes = 50 // a standalone heading is at most this long
	maxRunInTitle   = 24 // a run-in heading's first sentence is at most this long
	maxCellRunes    = 24 // a table cell line is at most this long
	minTableLines   = 6  // a table is at least this many cell lines
)

func runes(s string) int { return utf8.RuneCountInString(s) }

func endsWithAny(s string, ends string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(ends, r)
}

// buildBlocks turns the document's lines into paragraphs, headings and table
// blocks.
func buildBlocks(body []line) []block {
	lines := mergePreamble(body)
	var blocks []block
	glossary := false // inside 附注 or 名词解释: numbered entries are text
	notes := false    // inside the notes under a table: 注:1.… 2.…
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if n := tableRun(lines, i); n > 0 {
			blocks = append(blocks, tableBlocks(lines[i:i+n])...)
			i += n - 1
			continue
		}
		style, rest, isHeading := headingOf(l.text)
		if reNoteStart.MatchString(l.text) {
			notes = true
		} else if notes && style != styleNum {
			notes = false
		}
		if notes && style == styleNum {
			isHeading = false
		}
		if glossary && isHeading && style != styleChapter && style != styleCN && style != styleGlossary {
			isHeading = false // numbered entries of a glossary are its text
		}
		if !isHeading {
			b := block{text: l.text, kind: govsearch.KindText, line: l.no}
			// A paragraph cut at a line wrap (it ends in a comma) goes on,
			// up to the longest paragraph.
			for i+1 < len(lines) && !l.split && !lines[i+1].split && paragraphContinues(b.text, lines[i+1].text) &&
				runes(b.text)+runes(lines[i+1].text) <= maxParagraphRunes {
				i++
				b.text += lines[i].text
			}
			blocks = append(blocks, b)
			continue
		}
		if style == styleGlossary {
			glossary = true
			blocks = append(blocks, block{text: l.text, kind: govsearch.KindHeading, style: style, title: rest, line: l.no})
			continue
		}
		if style == styleChapter || style == styleCN {
			glossary = false
		}
		b := block{line: l.no, style: style}
		switch {
		case runIn(rest):
			cut := strings.IndexAny(rest, "。")
			b.text, b.kind, b.title = l.text, govsearch.KindText, strings.TrimSpace(rest[:cut])
		case runes(rest) <= maxHeadingRunes:
			b.text, b.kind = l.text, govsearch.KindHeading
			// A heading wrapped over two lines.
			for i+1 < len(lines) && headingContinues(style, b.text, lines[i+1].text) && tableRun(lines, i+1) == 0 &&
				runes(b.text) <= 2*maxHeadingRunes {
				i++
				b.text += lines[i].text
			}
			_, rest, _ = headingOf(b.text)
			b.title = strings.TrimRight(rest, ":：。")
		case l.split && style != styleNum && style != styleParenNum:
			// A heading run into the text of a report written on one line:
			// where its title ends is not written, so its first clause
			// stands for it.
			b.text, b.kind, b.title = l.text, govsearch.KindText, firstClause(rest)
		default:
			// A numbered paragraph whose first sentence lost its full stop:
			// it is an item of its list, without a title of its own.
			b.text, b.kind, b.untitle = l.text, govsearch.KindText, true
		}
		blocks = append(blocks, b)
	}
	markLostHeadings(blocks)
	return blocks
}

// firstClause returns the text up to the first comma or sentence end, cut
// at maxHeadingRunes.
func firstClause(s string) string {
	if k := strings.IndexAny(s, "，,。；;：:！？"); k >= 0 {
		s = s[:k]
	}
	if runes(s) > maxHeadingRunes {
		s = s[:byteOffset(s, maxHeadingRunes)]
	}
	return strings.TrimSpace(s)
}

// runIn reports a heading run into its paragraph: a short first sentence
// followed by more text, as in (一)京津冀协同发展深入推进。积极承接….
func runIn(rest string) bool {
	cut := strings.Index(rest, "。")
	if cut < 0 {
		return false
	}
	title := rest[:cut]
	return runes(title) <= maxRunInTitle && !strings.ContainsAny(title, "，,；;") && cut+len("。") < len(rest)
}

// paragraphContinues reports whether next goes on with paragraph cur, cut
// by a line break: cur ends in a comma, or stops inside an open quotation
// (…实施“津八条”“民营经济19 / 条”“惠企21条”…). A paragraph that merely
// lost its full stop is not joined to the next one.
func paragraphContinues(cur, next string) bool {
	if startsHeading(next) || isCell(next) && runes(next) < 8 {
		return false
	}
	if endsWithAny(cur, "，,、") {
		return true
	}
	return strings.Count(cur, "“") > strings.Count(cur, "”") && !endsWithAny(cur, "。！!？?；;")
}

func startsHeading(s string) bool {
	_, _, ok := headingOf(s)
	return ok
}

// headingContinues reports whether next is the second line of a heading
// wrapped at the end of heading.
func headingContinues(style, heading, next string) bool {
	if startsHeading(next) || strings.Contains(next, "。") || runes(next) > 30 {
		return false
	}
	if endsWithAny(heading, "，,、") {
		return true
	}
	switch style {
	case styleChapter, styleSection, stylePart:
		return runes(next) <= 25 && !isNumberCell(next)
	}
	return false
}

// markLostHeadings finds headings whose ordinal was lost: a short line
// without final punctuation that introduces a numbered list.
func markLostHeadings(blocks []block) {
	for i := range blocks {
		b := &blocks[i]
		if b.kind != govsearch.KindText || b.style != "" || i+1 >= len(blocks) {
			continue
		}
		n := runes(b.text)
		if n < 4 || n > 30 || endsWithAny(b.text, "。；;：:！!？?，,、") || strings.ContainsAny(b.text, "。；") {
			continue
		}
		next := blocks[i+1]
		if next.style != styleNum && next.style != styleParenNum && next.style != styleParen {
			continue
		}
		if i > 0 && blocks[i-1].kind == govsearch.KindHeading && blocks[i-1].style != styleGlossary {
			continue // a subtitle under a heading, not a lost heading
		}
		b.kind, b.style, b.title = govsearch.KindHeading, styleLost, b.text
	}
}

// mergePreamble joins the lines of the document's title and meeting line
// that a page wrapped: 关于…执行情况 / 与2022年…计划报告, and
// ——2021年12月12日在和平区第十八届人民代表大会 / 第一次会议上.
func mergePreamble(body []line) []line {
	out := make([]line, 0, len(body))
	for i := 0; i < len(body); i++ {
		l := body[i]
		if i < 30 {
			for i+1 < len(body) && preambleContinues(l.text, body[i+1].text) && runes(l.text) <= 4*maxHeadingRunes {
				i++
				l.text += body[i].text
			}
		}
		out = append(out, l)
	}
	return out
}

var (
	reMeetingStart = regexp.MustCompile(`^[—―\-－]*\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年.{1,6}日在`)
	reTitleEnd     = regexp.MustCompile(`(报告|纲要|通知|公报|决议|意见|决定|办法|规划|草案)$`)
)

func preambleContinues(cur, next string) bool {
	if startsHeading(next) || runes(next) > 40 || strings.Contains(next, "。") {
		return false
	}
	if reMeetingStart.MatchString(cur) {
		return !strings.HasSuffix(cur, "上") && (strings.HasSuffix(next, "上") || strings.Contains(next, "会议"))
	}
	if reMeetingStart.MatchString(next) || reSpeaker.MatchString(next) || strings.HasSuffix(next, ":") || strings.HasSuffix(next, "：") {
		return false
	}
	titleish := isTitleLike(cur) || strings.HasSuffix(cur, "关于")
	return titleish && !reTitleEnd.MatchString(cur) && reTitleEnd.MatchString(next)
}

// reNoteStart matches the first of the numbered notes under a table,
// whose 注 may have been lost: 注:1.[ ]内数据为五年累计数.
var reNoteStart = regexp.MustCompile(`^(?:注|说明)?\s*[:：]\s*1\s*[.．、]`)

var reNumberCell = regexp.MustCompile(`^[\[【(（]?[-+]?\d+(\.\d+)?[\]】)）%]?$`)

func isNumberCell(s string) bool { return reNumberCell.MatchString(s) }

// isCell reports a line that can be a cell of a table flattened one cell
// per line: short, no sentence.
func isCell(s string) bool {
	if runes(s) > maxCellRunes || strings.ContainsAny(s, "。；") {
		return false
	}
	style, _, ok := headingOf(s)
	return !ok || style == styleNum && isNumberCell(s)
}

// tableRun returns the number of lines of a flattened table starting at
// lines[i], or 0.
func tableRun(lines []line, i int) int {
	n := 0
	numbers := 0
	for j := i; j < len(lines) && isCell(lines[j].text); j++ {
		n++
		if isNumberCell(lines[j].text) {
			numbers++
		}
	}
	if n < minTableLines || numbers*4 < n {
		return 0
	}
	return n
}

// tableBlocks groups a flattened table's cells into one block per row.
// Rows start at their serial number (1, 2, 3, …). A label just before a
// serial number is a group row of its own (经济发展) when it occurs once and
// the row before it is complete; values that recur (预期性, 约束性) are the
// last column of a row instead.
func tableBlocks(cells []line) []block {
	count := map[string]int{}
	for _, c := range cells {
		count[c.text]++
	}
	var out []block
	var row []string
	rowLine := 0
	flush := func() {
		if len(row) > 0 {
			out = append(out, block{text: strings.Join(row, "\t"), kind: govsearch.KindTable, line: rowLine})
			row = nil
		}
	}
	next := 1
	for k, c := range cells {
		isSerial := c.text == strconv.Itoa(next)
		nextIsSerial := k+1 < len(cells) && cells[k+1].text == strconv.Itoa(next)
		rowDone := next == 1 || len(row) > 0 && count[row[len(row)-1]] > 1
		switch {
		case isSerial:
			flush()
			next++
		case nextIsSerial && !isNumberCell(c.text) && count[c.text] == 1 && rowDone:
			flush()
			row, rowLine = []string{c.text}, c.no
			flush()
			continue
		}
		if len(row) == 0 {
			rowLine = c.no
		}
		row = append(row, c.text)
	}
	flush()
	return out
}

// assignSections turns blocks into paragraphs with their heading paths.
// Levels come from the order in which heading styles appear: a style seen
// already closes everything below its level, a new style opens a level
// under the current one (so 一、 can sit under 第二节 in one document and at
// the top of another).
func assignSections(docID string, blocks []block) []govsearch.Paragraph {
	type level struct{ style, title string }
	var stack []level
	parentOf := map[string]string{} // the style a list of each style last stood under
	path := func() []string {
		p := make([]string, len(stack))
		for i, l := range stack {
			p[i] = l.title
		}
		return p
	}
	find := func(style string) int {
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].style == style {
				return i
			}
		}
		return -1
	}
	paras := make([]govsearch.Paragraph, 0, len(blocks))
	for i, b := range blocks {
		switch {
		case b.style == styleGlossary:
			stack = []level{{b.style, b.title}}
		case b.style == styleLost:
			// A lost ordinal: the heading is the parent of the list it
			// introduces, so it stands where that list's parent stood.
			nextStyle := ""
			if i+1 < len(blocks) {
				nextStyle = blocks[i+1].style
			}
			parent, seen := parentOf[nextStyle]
			switch k := find(parent); {
			case seen && parent != "" && k >= 0:
				stack = append(stack[:k], level{parent, b.title})
			case seen && parent == "":
				stack = []level{{styleLost, b.title}}
			default:
				stack = append(stack, level{styleLost, b.title})
			}
		case b.untitle:
			if k := find(b.style); k >= 0 {
				stack = stack[:k]
			}
		case b.style != "":
			if k := find(b.style); k >= 0 {
				stack = stack[:k]
			}
			if len(stack) > 0 {
				parentOf[b.style] = stack[len(stack)-1].style
			} else {
				parentOf[b.style] = ""
			}
			stack = append(stack, level{b.style, b.title})
		}
		p := govsearch.Paragraph{
			DocID:       docID,
			Position:    len(paras) + 1,
			Kind:        b.kind,
			Text:        b.text,
			SectionPath: path(),
		}
		p.ID = docID + "-p" + strconv.Itoa(p.Position)
		if len(p.SectionPath) > 0 {
			p.Section = p.SectionPath[0]
		}
		paras = append(paras, p)
	}
	return paras
}

// Paragraph lengths: a line longer than maxParagraphRunes is split at its
// headings and sentence ends; a sentence longer than hardParagraphRunes is
// split at its commas, and a clause longer than that anywhere. They bound
// what one paragraph costs to index, whatever the file.
const (
	maxParagraphRunes  = 2000
	hardParagraphRunes = 20000
)

// reInlineHeading matches the ordinal of a heading that a report written on
// one line runs into its text: …提出意见。一、2013年工作回顾过去一年….
var reInlineHeading = regexp.MustCompile(`^(?:第[一二三四五六七八九十百零〇]+(?:章|节|部分)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])`)

// sentenceEnds end a sentence; closers after them belong to it.
const (
	sentenceEnds = "。！？；!?;"
	closers      = "”’」』）)】"
)

// splitLong splits the lines longer than maxParagraphRunes at the headings
// inside them, and the pieces still too long at sentence ends, so that a
// report written on one line becomes paragraphs under headings.
func splitLong(body []line) []line {
	out := make([]line, 0, len(body))
	for _, l := range body {
		if runes(l.text) <= maxParagraphRunes {
			out = append(out, l)
			continue
		}
		for _, piece := range splitAtHeadings(l.text) {
			for _, p := range packSentences(piece) {
				out = append(out, line{no: l.no, text: p, split: true, cut: l.cut})
			}
		}
	}
	return out
}

// rePreambleStart matches where the preamble of a report written on one
// line changes parts: the meeting line (——2014年3月5日在…) and the
// salutation (各位代表：).
var rePreambleStart = regexp.MustCompile(`^(?:[—―]{1,2}\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})年.{1,6}日在|各位(?:代表|委员)\s*[:：])`)

// splitAtHeadings cuts s before every heading ordinal that follows a
// sentence end, and before the meeting line and the salutation.
func splitAtHeadings(s string) []string {
	var out []string
	from := 0
	prevEnd := false
	for i, r := range s {
		if i > from && (prevEnd && reInlineHeading.MatchString(s[i:]) || (r == '—' || r == '―' || r == '各') && rePreambleStart.MatchString(s[i:])) {
			out = append(out, s[from:i])
			from = i
		}
		switch {
		case strings.ContainsRune("。！？!?", r): // not ；: items of a list follow it
			prevEnd = true
		case strings.ContainsRune(closers, r) || r == ' ' || r == '\u3000':
		default:
			prevEnd = false
		}
	}
	return append(out, s[from:])
}

// packSentences splits s into pieces of whole sentences, each at most
// maxParagraphRunes long unless one sentence is; a sentence longer than
// hardParagraphRunes is cut at its commas, then anywhere.
func packSentences(s string) []string {
	if runes(s) <= maxParagraphRunes {
		return []string{s}
	}
	var out []string
	var cur strings.Builder
	curRunes := 0
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
		curRunes = 0
	}
	add := func(piece string) {
		n := runes(piece)
		if curRunes > 0 && curRunes+n > maxParagraphRunes {
			flush()
		}
		cur.WriteString(piece)
		curRunes += n
	}
	for _, sentence := range cutAfter(s, sentenceEnds) {
		if runes(sentence) <= hardParagraphRunes {
			add(sentence)
			continue
		}
		for _, clause := range cutAfter(sentence, "，,、：:") {
			for runes(clause) > hardParagraphRunes {
				k := byteOffset(clause, hardParagraphRunes)
				flush()
				add(clause[:k])
				flush()
				clause = clause[k:]
			}
			add(clause)
		}
		flush()
	}
	flush()
	return out
}

// cutAfter cuts s after every rune of ends (and the closers after it).
func cutAfter(s, ends string) []string {
	var out []string
	from := 0
	inEnd := false
	for i, r := range s {
		switch {
		case strings.ContainsRune(ends, r):
			inEnd = true
		case inEnd && strings.ContainsRune(closers, r):
		case inEnd:
			out = append(out, s[from:i])
			from = i
			inEnd = false
		}
	}
	if from < len(s) {
		out = append(out, s[from:])
	}
	return out
}

// byteOffset returns the byte offset of rune n of s.
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
