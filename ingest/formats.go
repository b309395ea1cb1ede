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
	"golang.org/x/net/html/charset"
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
}

// extract turns a file's bytes into text lines for the common pipeline,
// by format, with what metadata hints the format has.
func extract(format string, data []byte) (string, string, hints, error) {
	switch format {
	case "html":
		return extractHTML(data)
	case "pdf":
		text, err := extractPDF(data)
		return text, "PDF", hints{}, err
	case "docx":
		text, err := extractDOCX(data)
		return text, "DOCX", hints{}, err
	default:
		text, enc, err := Decode(data)
		return text, enc, hints{}, err
	}
}

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

// extractHTML decodes a saved web page (its charset declared or sniffed,
// GB2312 pages included) and returns its visible text, one block element
// per line, for the furniture rules to clean like any scraped text. Page
// metadata (<title>, <meta name=ArticleTitle/PubDate/ContentSource>) become
// hints.
func extractHTML(data []byte) (string, string, hints, error) {
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	decoded, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", hints{}, fmt.Errorf("decode HTML as %s: %w", name, err)
	}
	doc, err := html.Parse(bytes.NewReader(decoded))
	if err != nil {
		return "", "", hints{}, fmt.Errorf("parse HTML: %w", err)
	}
	var h hints
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				if n.FirstChild != nil && h.title == "" {
					h.title = strings.TrimSpace(n.FirstChild.Data)
				}
			case "meta":
				metaHint(n, &h)
			}
			if skippedElements[n.Data] {
				return
			}
			if blockElements[n.Data] {
				b.WriteByte('\n')
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockElements[n.Data] {
			b.WriteByte('\n')
		}
	}
	walk(doc)
	return b.String(), "HTML/" + name, h, nil
}

func metaHint(n *html.Node, h *hints) {
	var name, content string
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "name", "property":
			name = strings.ToLower(a.Val)
		case "content":
			content = strings.TrimSpace(a.Val)
		}
	}
	switch name {
	case "articletitle", "og:title", "dc.title":
		h.title = content
	case "pubdate", "publishdate", "article:published_time", "dc.date":
		h.published = content
	case "contentsource", "source", "dc.publisher":
		h.source = content
	}
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
func extractPDF(data []byte) (string, error) {
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return "", errors.New("not a PDF file")
	}
	path, err := exec.LookPath(pdftotext)
	if err != nil {
		return "", errors.New("PDF support needs pdftotext (Debian package poppler-utils)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, "-bbox-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(data)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
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
	return text, nil
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
func extractDOCX(data []byte) (string, error) {
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
	dec := xml.NewDecoder(io.LimitReader(rc, 256<<20))
	var b strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
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
