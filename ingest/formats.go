package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Formats the ingester reads, by file extension.
var Formats = map[string]string{
	".txt": "text", ".text": "text",
	".html": "html", ".htm": "html", ".shtml": "html",
	".pdf":  "pdf",
	".docx": "docx",
}

// FormatOf returns the format of a file by its name, or "".
func FormatOf(name string) string { return Formats[strings.ToLower(filepath.Ext(name))] }

// hints are metadata a format carries outside the text: an HTML page's
// <title> and <meta> fields.
type hints struct {
	title, published, source string
	// siteCode is the government site code a page's markup gives (<meta
	// name="SiteIDCode" content="1201010001">), where its footer, written by
	// a script, may not show it.
	siteCode string
	// titleTag says the title is the page's <title>, often its site's
	// name, where no <meta> field labels the article's title.
	titleTag bool
}

// extract turns a file's bytes into text lines for the common pipeline,
// by format, with what metadata hints the format has. A reader stops at
// maxText bytes of text and refuses the file (ErrTooLarge).
func extract(ctx context.Context, format string, data []byte, maxText int) (string, string, hints, error) {
	switch format {
	case "html":
		return extractHTML(ctx, data, maxText)
	case "pdf":
		text, err := extractPDF(ctx, data, maxText, pdfTimeout)
		return text, "PDF", hints{}, err
	case "docx":
		text, err := extractDOCX(ctx, data, maxText)
		return text, "DOCX", hints{}, err
	default:
		utf16 := bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
		if !utf16 && len(data) > maxText {
			// UTF-8 is as long as the bytes, GB18030 longer.
			return "", "", hints{}, tooLarge(len(data), maxText)
		}
		text, enc, err := Decode(data)
		if err == nil && len(text) > maxText {
			return "", "", hints{}, tooLarge(len(text), maxText)
		}
		if err == nil && isMarkupText(text) {
			// A page's markup saved as text (<p class="ql-block">…</p>…): its
			// blocks are the lines, as in a saved page.
			lines, _, h, err := extractHTML(ctx, []byte(text), maxText)
			return lines, enc, h, err
		}
		return text, enc, hints{}, err
	}
}

// isMarkupText reports a text that is a web page's markup rather than its
// text: it opens on an HTML element and closes blocks (</p>, </div>) at
// least twice. A scraped text that keeps a stray tag (…编辑 <br /><br />12月2日…)
// is text. A stray table bar before the first tag (| / <p><font …>) is no
// text.
func isMarkupText(text string) bool {
	head := strings.TrimLeft(text[:min(len(text), 4096)], " \t\r\n\ufeff|")
	if !reMarkupOpening.MatchString(head) {
		return false
	}
	return len(reClosedBlock.FindAllStringIndex(text[:min(len(text), 64<<10)], 3)) >= 2
}

var (
	// reMarkupOpening is a page's first tag: <!DOCTYPE html>, <html>, <p class=…>.
	reMarkupOpening = regexp.MustCompile(`(?i)^<(?:!doctype\s+html|html|head|body|p|div|span|table|section|article|b|strong|h[1-6]|ul|ol)[\s>]`)
	// reClosedBlock is a block element's end tag.
	reClosedBlock = regexp.MustCompile(`(?i)</(?:p|div|li|td|tr|table|h[1-6]|section|article)>`)
)

// blockElements end a line of text in HTML.
var blockElements = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "tr": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "section": true, "article": true, "table": true, "ul": true, "ol": true, "dd": true,
	"dt": true, "blockquote": true, "pre": true, "hr": true, "td": true, "th": true, "center": true, "header": true,
	"footer": true, "nav": true, "aside": true, "form": true, "title": true,
}

// skippedElements hold no document text.
var skippedElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "iframe": true,
	"button": true, "select": true, "input": true, "textarea": true, "head": true, "nav": true,
}

// voidElements have no end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// extractHTML decodes a saved web page (its charset declared or sniffed,
// GB2312 pages included) and returns its visible text, one block element
// per line, for the furniture rules to clean like any scraped text. Page
// metadata (<title>, <meta name=ArticleTitle/PubDate/ContentSource>) become
// hints. It reads the page as a stream of tokens, never building its tree,
// so that memory follows the text kept, not the markup.
func extractHTML(ctx context.Context, data []byte, maxText int) (string, string, hints, error) {
	enc, name := htmlEncoding(data)
	z := html.NewTokenizer(enc.NewDecoder().Reader(bytes.NewReader(data)))
	var h hints
	var b strings.Builder
	skip := 0 // depth inside elements that hold no text
	inTitle := false
	pre := 0 // depth inside <pre>, whose line breaks are lines
	// broke says the text written last ended on a line break of the
	// page's source, not yet written: a space between words, nothing
	// between two Chinese characters (see writeSourceText).
	broke := false
	for n := 0; ; n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return "", "", hints{}, ctx.Err()
		}
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != io.EOF {
				return "", "", hints{}, fmt.Errorf("read HTML as %s: %w", name, err)
			}
			return b.String(), "HTML/" + name, h, nil
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			tag := tok.Data
			switch tag {
			case "meta":
				metaHint(tok.Attr, &h)
			case "title":
				inTitle = tt == html.StartTagToken
			case "body":
				skip = 0 // a page that never closed its head
			}
			if skippedElements[tag] {
				if tt == html.StartTagToken && !voidElements[tag] {
					skip++
				}
				continue
			}
			if tag == "pre" && tt == html.StartTagToken {
				pre++
			}
			if blockElements[tag] && skip == 0 {
				b.WriteByte('\n')
				broke = false
			}
		case html.EndTagToken:
			tok := z.Token()
			if tok.Data == "title" {
				inTitle = false
			}
			if tok.Data == "pre" && pre > 0 {
				pre--
			}
			if skippedElements[tok.Data] {
				if skip > 0 {
					skip--
				}
				continue
			}
			if blockElements[tok.Data] && skip == 0 {
				b.WriteByte('\n')
				broke = false
			}
		case html.TextToken:
			text := string(z.Text())
			if inTitle && h.title == "" {
				h.title, h.titleTag = metaText(text), true
			}
			switch {
			case skip > 0:
			case pre > 0:
				b.WriteString(text)
			default:
				broke = writeSourceText(&b, text, broke)
			}
		}
		if b.Len() > maxText {
			return "", "", hints{}, tooLarge(b.Len(), maxText)
		}
	}
}

// writeSourceText writes a text of the page's source to b with its line
// breaks folded as a browser shows them: a space between words, nothing
// between two Chinese characters or marks (a page exported from a word
// processor wraps its source lines anywhere: 全区生产总 / 值增长). broke says
// the text written before ended on a break not yet written; writeSourceText
// returns whether this one does.
func writeSourceText(b *strings.Builder, text string, broke bool) bool {
	segs := strings.Split(text, "\n")
	for i, seg := range segs {
		if i > 0 {
			broke = true
		}
		if i > 0 || broke {
			seg = strings.TrimLeft(seg, " \t\r")
		}
		if i < len(segs)-1 {
			seg = strings.TrimRight(seg, " \t\r")
		}
		if seg == "" {
			continue
		}
		if broke {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(seg)
			if b.Len() > 0 && last != '\n' && !(isWideRune(last) && isWideRune(first)) {
				b.WriteByte(' ')
			}
			broke = false
		}
		b.WriteString(seg)
	}
	return broke
}

// isWideRune reports a Chinese character or a full-width mark, between two
// of which a source line break is no space.
func isWideRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef ||
		r >= 0x2018 && r <= 0x201d || r == 0x2014 || r == 0x2026
}

func metaHint(attrs []html.Attribute, h *hints) {
	var name, content string
	for _, a := range attrs {
		switch strings.ToLower(a.Key) {
		case "name", "property":
			name = strings.ToLower(strings.TrimSpace(a.Val)) // name=" ArticleTitle " on some sites
		case "content":
			content = metaText(a.Val)
		}
	}
	if content == "" {
		return // a template's empty field (<meta name="ArticleTitle" content="">) says nothing
	}
	switch name {
	case "articletitle", "og:title", "dc.title":
		h.title, h.titleTag = content, false
	case "pubdate", "publishdate", "article:published_time", "dc.date":
		h.published = content
	case "contentsource", "source", "dc.publisher":
		h.source = content
	case "siteidcode":
		if reDigits10.MatchString(content) {
			h.siteCode = content
		}
	}
}

// reDigits10 is a site code's ten figures.
var reDigits10 = regexp.MustCompile(`^\d{10}$`)

// reMarkup is an HTML tag written into a metadata value, as some sites'
// templates do: <meta name="ArticleTitle" content="杭州市人民政府<br>关于印发…">.
// Angle brackets around Han text (关于印发<淄博市…规划>的通知) are a title's
// marks, not a tag.
var reMarkup = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>`)

// metaText is a metadata value as one line of text: a tag written into it
// and a line break are where its lines join, with a space only between two
// Latin letters or figures (PM2.5 / AQI, not 第1 / 季度).
func metaText(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(reMarkup.ReplaceAllString(s, "\n"), "\n") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if b.Len() > 0 {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(part)
			if isLatinOrFigure(last) && isLatinOrFigure(first) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(part)
	}
	return b.String()
}

// isLatinOrFigure reports an ASCII letter or figure.
func isLatinOrFigure(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// pdftotext is poppler's text extractor (Debian: poppler-utils): the most
// faithful reading order of the tools at hand, and maintained.
const pdftotext = "pdftotext"

// extractPDF returns the text layer of a PDF in reading order, with page
// headers, footers and page numbers removed and the lines of a paragraph
// joined. Paragraph breaks come from the layout that poppler reports
// (pdftotext -bbox-layout): a gap between lines wider than the line
// spacing, or a line that stops short of the right margin. A PDF without a
// text layer (a scan) is an error.
func extractPDF(ctx context.Context, data []byte, maxText int, timeout time.Duration) (string, error) {
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return "", errors.New("not a PDF file")
	}
	path, err := exec.LookPath(pdftotext)
	if err != nil {
		return "", errors.New("PDF support needs pdftotext (Debian package poppler-utils)")
	}
	runCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(runCtx, path, "-bbox-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	cmd.WaitDelay = 2 * time.Second // a child that keeps the pipes open
	// The layout XML is some tens of bytes per word: its limit follows the
	// text limit.
	out := &limitedBuffer{limit: 40 * int64(maxText), cancel: cancel}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &stderr
	if err := cmd.Run(); err != nil {
		switch {
		case out.over:
			return "", tooLarge(int(out.limit/40), maxText)
		case ctx.Err() != nil:
			return "", ctx.Err()
		case errors.Is(runCtx.Err(), context.DeadlineExceeded):
			return "", fmt.Errorf("pdftotext timed out after %v", timeout)
		}
		return "", fmt.Errorf("pdftotext: %v: %s", err, firstLine(stderr.String()))
	}
	pages, err := parseBBox(out.Bytes())
	if err != nil {
		return "", err
	}
	text := layoutText(pages)
	if strings.TrimSpace(text) == "" {
		return "", errors.New("PDF has no text layer (a scanned document?); OCR it first")
	}
	if len(text) > maxText {
		return "", tooLarge(len(text), maxText)
	}
	return text, nil
}

// pdfTimeout is how long pdftotext may take on one file.
const pdfTimeout = 2 * time.Minute

// limitedBuffer collects a child's output up to a limit; past it, it
// stops the child and says so.
type limitedBuffer struct {
	bytes.Buffer
	limit  int64
	over   bool
	cancel func()
}

// Write keeps p up to the buffer's limit and fails past it.
func (b *limitedBuffer) Write(p []byte) (int, error) {
	if int64(b.Len()+len(p)) > b.limit {
		b.over = true
		b.cancel()
		return 0, ErrTooLarge
	}
	return b.Buffer.Write(p)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// pdfLine is one line of a PDF page with its box.
type pdfLine struct {
	text                   string
	xMin, yMin, xMax, yMax float64
	lastOnPage             bool
}

type pdfPage struct {
	width, height float64
	lines         []pdfLine
}

// parseBBox reads pdftotext's -bbox-layout XHTML.
func parseBBox(data []byte) ([]pdfPage, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	var pages []pdfPage
	var cur *pdfLine
	var words []string
	attr := func(e xml.StartElement, name string) float64 {
		for _, a := range e.Attr {
			if a.Name.Local == name {
				var f float64
				fmt.Sscanf(a.Value, "%g", &f)
				return f
			}
		}
		return 0
	}
	inWord := false
	var word strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read pdftotext output: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				pages = append(pages, pdfPage{width: attr(t, "width"), height: attr(t, "height")})
			case "line":
				cur = &pdfLine{xMin: attr(t, "xMin"), yMin: attr(t, "yMin"), xMax: attr(t, "xMax"), yMax: attr(t, "yMax")}
				words = words[:0]
			case "word":
				inWord = true
				word.Reset()
			}
		case xml.CharData:
			if inWord {
				word.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "word":
				inWord = false
				words = append(words, word.String())
			case "line":
				if cur != nil && len(pages) > 0 {
					cur.text = joinWords(words)
					pages[len(pages)-1].lines = append(pages[len(pages)-1].lines, *cur)
				}
				cur = nil
			}
		}
	}
	return pages, nil
}

var (
	rePageNumber = regexp.MustCompile(`^[-—–\s]*(第\s*)?\d+\s*(页)?\s*([/／]\s*\d+|共\s*\d+\s*页)?[-—–\s]*$`)
	reDigits     = regexp.MustCompile(`\d+`)
)

// layoutText drops running headers and footers (lines in the top or
// bottom margin that repeat, page numbers masked, on most pages) and bare
// page numbers, and joins lines into paragraphs, one per text line.
func layoutText(pages []pdfPage) string {
	mask := func(s string) string { return reDigits.ReplaceAllString(s, "#") }
	inMargin := func(p pdfPage, l pdfLine) bool {
		return p.height > 0 && (l.yMax < p.height*0.05 || l.yMin > p.height*0.95)
	}
	repeats := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, l := range p.lines {
			if k := mask(l.text); inMargin(p, l) && !seen[k] {
				seen[k] = true
				repeats[k]++
			}
		}
	}
	var body []pdfLine
	var gaps []float64
	right := 0.0
	for _, p := range pages {
		var prev *pdfLine
		for _, l := range p.lines {
			if inMargin(p, l) && (repeats[mask(l.text)] >= max(2, (len(pages)+1)/2) || rePageNumber.MatchString(l.text)) {
				continue
			}
			if rePageNumber.MatchString(l.text) {
				continue
			}
			if prev != nil {
				gaps = append(gaps, l.yMin-prev.yMin)
			}
			right = max(right, l.xMax)
			body = append(body, l)
			prev = &body[len(body)-1]
		}
		if len(body) > 0 {
			body[len(body)-1].lastOnPage = true // no gap to measure
		}
	}
	lineGap := median(gaps)
	var b strings.Builder
	for i, l := range body {
		b.WriteString(l.text)
		if i == len(body)-1 {
			break
		}
		next := body[i+1]
		charWidth := (l.yMax - l.yMin) * 0.9
		short := l.xMax < right-2*math.Max(charWidth, 6)
		gap := next.yMin - l.yMin
		newPara := short || (!l.lastOnPage && lineGap > 0 && (gap > lineGap*1.35 || gap < 0)) || startsHeading(next.text)
		if newPara {
			b.WriteString("\n")
		} else if endsWithLatin(l.text) && startsWithLatin(next.text) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// joinWords joins the words of a PDF line with spaces, as the page set
// them apart, except around CJK punctuation, which pdftotext may split off
// a word although no space was typed (点”。).
func joinWords(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(words[i-1])
			next, _ := utf8.DecodeRuneInString(w)
			if !isCJKPunct(prev) && !isCJKPunct(next) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

func isCJKPunct(r rune) bool {
	return unicode.IsPunct(r) && r > 0x2000
}

func median(xs []float64) float64 {
	var pos []float64
	for _, x := range xs {
		if x > 0 {
			pos = append(pos, x)
		}
	}
	if len(pos) == 0 {
		return 0
	}
	slices.Sort(pos)
	return pos[len(pos)/2]
}

func endsWithLatin(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func startsWithLatin(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// extractDOCX reads the paragraphs of a Word document (word/document.xml).
// The format is a zip of XML; a paragraph is a <w:p> whose text is in its
// <w:t> runs, with <w:tab/> and <w:br/> as white space. Reading it takes a
// few lines of encoding/xml, which is why no library is used.
func extractDOCX(ctx context.Context, data []byte, maxText int) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("not a DOCX file (bad zip: %v)", err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return "", errors.New("not a DOCX file: no word/document.xml")
	}
	rc, err := doc.Open()
	if err != nil {
		return "", fmt.Errorf("read DOCX: %w", err)
	}
	defer rc.Close()
	limited := &xmlLimitReader{r: rc, total: 16 * int64(maxText), run: int64(maxText)}
	dec := xml.NewDecoder(limited)
	var b strings.Builder
	inText := false
	for n := 0; ; n++ {
		if n%4096 == 0 && ctx.Err() != nil {
			return "", ctx.Err()
		}
		if b.Len() > maxText {
			return "", tooLarge(b.Len(), maxText)
		}
		tok, err := dec.RawToken()
		if err == io.EOF {
			break
		}
		if limited.err != nil {
			return "", limited.err
		}
		if err != nil {
			return "", fmt.Errorf("read DOCX XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte(' ')
			case "br":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteString("\n\n")
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	if strings.TrimSpace(b.String()) == "" {
		return "", errors.New("DOCX has no text")
	}
	return b.String(), nil
}

// xmlLimitReader reads XML up to a total size, and refuses a run of text
// without markup longer than run bytes (one <w:t> holding a whole bomb)
// before the XML decoder would buffer it.
type xmlLimitReader struct {
	r          io.Reader
	total, run int64
	read, text int64
	err        error // the limit's error, which the decoder may hide
}

// Read reads from the underlying reader and fails once the limit is passed.
func (x *xmlLimitReader) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
	x.read += int64(n)
	if k := bytes.LastIndexByte(p[:n], '<'); k >= 0 {
		x.text = int64(n - k - 1)
	} else {
		x.text += int64(n)
	}
	if x.read > x.total || x.text > x.run {
		x.err = tooLarge(int(max(x.text, x.read/16)), int(x.run))
		return 0, x.err
	}
	return n, err
}
