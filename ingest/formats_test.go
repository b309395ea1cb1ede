package ingest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFixturesMatchTheirOriginal ingests copies of a seed in other
// encodings and formats (made with iconv, pandoc and Chromium's
// print-to-PDF; see testdata/fixtures/README) and requires the same
// paragraphs and metadata as the UTF-8 original.
func TestFixturesMatchTheirOriginal(t *testing.T) {
	orig, err := ParseFile(filepath.Join(seedsDir, "002_1bbc185302e42d3c.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file, encoding string
		needs          string // a program the format needs
	}{
		{"002.gb18030.txt", EncGB18030, ""},
		{"002.utf16.txt", EncUTF16LE, ""},
		{"002.html", "HTML/gbk", ""},
		{"002.docx", "DOCX", ""},
		{"002.pdf", "PDF", pdftotext},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			if tt.needs != "" {
				if _, err := exec.LookPath(tt.needs); err != nil {
					if os.Getenv("CI") != "" {
						t.Fatalf("%s is not installed", tt.needs)
					}
					t.Skipf("%s is not installed", tt.needs)
				}
			}
			got, err := ParseFile(filepath.Join("testdata", "fixtures", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if got.Encoding != tt.encoding {
				t.Errorf("encoding %q, want %q", got.Encoding, tt.encoding)
			}
			g, o := got.Document, orig.Document
			if g.Title != o.Title || g.Province != o.Province || g.City != o.City || g.District != o.District ||
				g.Date != o.Date || g.Year != o.Year || g.DocType != o.DocType || g.Issuer != o.Issuer || g.DocNumber != o.DocNumber {
				t.Errorf("metadata differs:\n got %+v\nwant %+v", g, o)
			}
			if len(got.Paragraphs) != len(orig.Paragraphs) {
				t.Errorf("%d paragraphs, want %d", len(got.Paragraphs), len(orig.Paragraphs))
			}
			for i := 0; i < min(len(got.Paragraphs), len(orig.Paragraphs)); i++ {
				a, b := got.Paragraphs[i], orig.Paragraphs[i]
				if a.Text != b.Text || a.Kind != b.Kind || !slices.Equal(a.SectionPath, b.SectionPath) {
					t.Errorf("paragraph %d differs:\n got %q %v\nwant %q %v", i+1, a.Text, a.SectionPath, b.Text, b.SectionPath)
					break
				}
			}
		})
	}
}

// BenchmarkFormats measures ingestion throughput per format on the
// fixtures (bytes of the file per second).
func BenchmarkFormats(b *testing.B) {
	for _, name := range []string{"002.gb18030.txt", "002.utf16.txt", "002.html", "002.docx", "002.pdf"} {
		data, err := os.ReadFile(filepath.Join("testdata", "fixtures", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			if FormatOf(name) == "pdf" {
				if _, err := exec.LookPath(pdftotext); err != nil {
					b.Skip("pdftotext not installed")
				}
			}
			b.SetBytes(int64(len(data)))
			for i := 0; i < b.N; i++ {
				if _, err := Parse(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestPageTitleMarksTheDocument: a page's <title> that names a report in
// full marks where the document begins when a line restates it under a
// finance bureau's menus, column blurb and lists of notices; a template's
// empty <meta name="ArticleTitle"> does not hide it.
func TestPageTitleMarksTheDocument(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><meta charset="UTF-8"><title>关于阜新市2025年财政决算的报告</title>` +
		`<meta name="ArticleTitle" content=""></head><body>`)
	b.WriteString(`<div>阜新市财政局</div><div>网站首页</div><div>走进财政</div>`)
	b.WriteString(`<div>阜新市财政局贯彻落实党中央关于财政工作的方针政策和决策部署，在履行职责过程中坚持党的领导。查看更多</div>`)
	for _, menu := range []string{"政务公开", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "部门领导"} {
		b.WriteString("<li>" + menu + "</li>")
	}
	for _, notice := range []string{"2026年度全国会计专业技术初、高级资格考试（辽宁考区）准考证打印通知", "关于开展2026年度辽宁省会计专业技术人员继续教育工作的通知", "关于实施民间投资专项担保计划的通知"} {
		b.WriteString("<li><a>" + notice + "</a><span>04-28</span></li>")
	}
	b.WriteString(`<h1>关于阜新市2025年财政决算的报告</h1><div>日期： 2026-07-15</div><div>来源：阜新市财政局</div>`)
	b.WriteString(`<p>主任、各位副主任、秘书长、各位委员：</p>`)
	b.WriteString(`<p>我受市人民政府委托，向市人大常委会提出2025年全市财政决算报告，请予审议。</p>`)
	b.WriteString(`<p>一、2025年财政决算情况</p><p>全市一般公共预算收入53.68亿元，完成预算的101.2%。</p></body></html>`)
	p, err := Parse("page.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d := p.Document; d.Title != "关于阜新市2025年财政决算的报告" || d.City != "阜新市" || d.DocType != "预算报告" || d.Year != 2026 {
		t.Errorf("got title %q city %q type %q year %d, want the report's, 阜新市, 预算报告, 2026", d.Title, d.City, d.DocType, d.Year)
	}
	if first := p.Paragraphs[0].Text; first != "关于阜新市2025年财政决算的报告" {
		t.Errorf("first paragraph %q, want the report's title", first)
	}
	for _, para := range p.Paragraphs {
		if strings.Contains(para.Text, "准考证") || strings.Contains(para.Text, "查看更多") {
			t.Errorf("the sidebar is kept as text: %q", para.Text)
		}
	}
}

// TestMetaText: a metadata value's HTML tags and line breaks join its lines
// (with a space only between Latin letters or figures); angle brackets
// around Han text are a title's marks and stay.
func TestMetaText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"杭州市人民政府<br>\n关于印发杭州市国民经济和社会发展<br/>\n第十五个五年规划纲要的通知", "杭州市人民政府关于印发杭州市国民经济和社会发展第十五个五年规划纲要的通知"},
		{"淄博市人民政府关于印发<淄博市数字经济发展规划（2021-2025年）>的通知", "淄博市人民政府关于印发<淄博市数字经济发展规划（2021-2025年）>的通知"},
		{"PM2.5<br>AQI", "PM2.5 AQI"},
		{"第1\n季度", "第1季度"},
		{"<span class=\"t\">2021年政府工作报告</span>", "2021年政府工作报告"},
	}
	for _, tt := range tests {
		if got := metaText(tt.in); got != tt.want {
			t.Errorf("metaText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSiteCodeInMarkup: a government site's code in its markup (<meta
// name="SiteIDCode">) places a report that names no place, as the code in
// a footer would, where the footer is written by a script; a value that is
// no site code is ignored.
func TestSiteCodeInMarkup(t *testing.T) {
	page := func(code string) string {
		return `<html><head><meta charset="UTF-8"><meta name="SiteIDCode" content="` + code + `">` +
			`<meta name="ArticleTitle" content="政府工作报告"></head><body>` +
			`<h1>政府工作报告</h1><p>——2021年1月8日在区第十七届人民代表大会第五次会议上</p>` +
			`<p>各位代表：</p><p>现在，我代表区人民政府向大会报告工作，请予审议。</p>` +
			`<p>一、2020年工作回顾</p><p>全区生产总值增长百分之三。</p>` +
			`<script>document.write('<div>网站标识码：' + code + '</div>')</script></body></html>`
	}
	tests := []struct{ code, province, district string }{
		{"1201010001", "天津市", "和平区"},
		{"12010100", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		p, err := Parse("page.html", []byte(page(tt.code)))
		if err != nil {
			t.Fatal(err)
		}
		if d := p.Document; d.Province != tt.province || d.District != tt.district {
			t.Errorf("SiteIDCode %q: got %q %q %q (from %s), want %q %q", tt.code, d.Province, d.City, d.District, d.MetaSource["district"], tt.province, tt.district)
		}
	}
}

// TestSourceLineBreaks: a line break in a page's source is a space between
// words and nothing between two Chinese characters or marks, as a browser
// shows it (a page exported from a word processor wraps its lines
// anywhere); inside <pre> it is a line.
func TestSourceLineBreaks(t *testing.T) {
	tests := []struct{ body, want string }{
		{"<p>全区生产总\n值增长百分之三。</p>", "全区生产总值增长百分之三。"},
		{"<p>报告工作，\n    请予审议。</p>", "报告工作，请予审议。"},
		{"<p><span>生产</span>\n<span>总值</span></p>", "生产总值"},
		{"<p>实施“十四五”\n规划</p>", "实施“十四五”规划"},
		{"<p>PM2.5\nAQI 指数</p>", "PM2.5 AQI 指数"},
		{"<p>增长\n8.5%</p>", "增长 8.5%"},
		{"<pre>第一行\n第二行</pre>", "第一行\n第二行"},
	}
	for _, tt := range tests {
		text, _, _, err := extractHTML(context.Background(), []byte(`<html><head><meta charset="UTF-8"></head><body>`+tt.body+`</body></html>`), DefaultMaxText)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(text); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.body, got, tt.want)
		}
	}
}
