package ingest

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/internal/race"
)

// reportText is the text of a district work report long enough to fill
// pages: a preamble, then numbered parts with their subsections.
func reportText() string {
	var b strings.Builder
	b.WriteString("各位代表：现在，我代表区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。")
	parts := []string{"一、过去五年工作回顾", "二、今后五年的目标任务", "三、2022年重点工作"}
	subs := []string{"（一）", "（二）", "（三）"}
	for i, part := range parts {
		b.WriteString(part)
		b.WriteString("过去五年，我们坚持稳中求进工作总基调，统筹疫情防控和经济社会发展。")
		for j, sub := range subs {
			fmt.Fprintf(&b, "%s第%d部分第%d项任务扎实推进。", sub, i+1, j+1)
			for k := 0; k < 12; k++ {
				fmt.Fprintf(&b, "全区地区生产总值年均增长%d.%d%%，一般公共预算收入完成%d亿元，营商环境持续优化，民生保障水平稳步提高。", k+3, j, 10+k)
			}
		}
	}
	b.WriteString("各位代表，让我们更加紧密地团结在以习近平同志为核心的党中央周围，为全面建设社会主义现代化大都市而努力奋斗！")
	return b.String()
}

// sentences cuts text after its sentence ends.
func sentences(text string) []string {
	var out []string
	for _, s := range cutAfter(text, sentenceEnds) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func allText(p *Parsed) string {
	var b strings.Builder
	for _, para := range p.Paragraphs {
		b.WriteString(para.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// TestOneLinePageKeepsItsReport: a scraped page whose whole report sits on
// one line that begins with the breadcrumb and ends with the footer keeps
// every sentence of the report, and none of the furniture.
func TestOneLinePageKeepsItsReport(t *testing.T) {
	if race.Enabled {
		t.Skip(race.SkipReason)
	}
	report := reportText()
	page := "当前位置：首页 > 政务公开 > 规划计划 > 政府工作报告 2022年和平区政府工作报告 发布时间：2022-01-10 09:30 " +
		"来源：和平区人民政府办公室 【字号：大 中 小】 打印本页 关闭窗口 2022年和平区政府工作报告 " +
		"——2021年12月12日在和平区第十八届人民代表大会第一次会议上 " + report +
		" 主办单位：天津市和平区人民政府办公室 版权所有 津ICP备12345678号 网站标识码1201010001\n"
	// A county portal's page: its header fields and abstract, the report,
	// a disclaimer followed by more sentences, tags and share buttons.
	portal := "工作报告 2022年和平区政府工作报告 时间：2022-01-10 作者：中国县域 来源：和平区政府网 阅读：172 评论：0 " +
		"内容摘要：2022年和平区政府工作报告 ——2021年12月12日在和平区第十八届人民代表大会第一次会议上 " + report +
		" 免责声明：本文仅代表作者观点，不代表本站立场。 凡注明为原创作品的，未经许可，不得转载！" +
		"本站为非营利性网站，来源于网络的作品，若对您造成了侵权，请联系本站删除。 标签： 工作报告 分享到： QQ空间 新浪微博\n"
	// Buttons between the report and a footer that holds sentences.
	buttons := "2022年和平区政府工作报告 ——2021年12月12日在和平区第十八届人民代表大会第一次会议上 " + report +
		" [打印本页] [关闭窗口] 本网站由和平区人民政府办公室主办。联系我们。欢迎留言。\n"
	// A bare breadcrumb (首页 > …) and a font box that lost its sizes; a
	// page that opens with its title, its editor among its header fields.
	crumb := "首页 > 政务公开 > 规划计划 > 政府工作报告  【字体:  2022年和平区政府工作报告  时间:2022-01-10 来源:和平区人民政府办公室  " +
		"2022年和平区政府工作报告  ——2021年12月12日在和平区第十八届人民代表大会第一次会议上  " + report + "\n"
	titled := "2022年和平区政府工作报告(全文)  发布时间:2022-01-10 09:30   责任编辑:www  " +
		"——2021年12月12日在和平区第十八届人民代表大会第一次会议上  " + report + "\n"
	// A page whose line breaks a scraper turned into runs of spaces, with a
	// yearbook's menu words before its title.
	spaced := strings.Join([]string{"和平年鉴2022 返回目录", "前一篇", "后一篇", "类  目:文献法规", "分  目:",
		"2022年和平区政府工作报告", "日期:2022-01-10 来源:和平区人民政府门户网站", "【字号: 收藏收藏 打印打印",
		"——2021年12月12日在和平区第十八届人民代表大会第一次会议上", report,
		"主办单位：天津市和平区人民政府办公室", "版权所有", "津ICP备12345678号"}, "  ") + "\n"
	for _, layout := range []struct{ name, text string }{
		{"one line", page},
		{"one line whose line breaks became runs of spaces", spaced},
		{"one line under a bare breadcrumb and a font box", crumb},
		{"one line that opens with its title and its editor", titled},
		{"one line after a menu", "首页\n政务公开\n" + page},
		{"one line of a portal with a disclaimer", portal},
		{"one line with buttons after the report", buttons},
	} {
		t.Run(layout.name, func(t *testing.T) {
			p, err := Parse("page.txt", []byte(layout.text))
			if err != nil {
				t.Fatal(err)
			}
			got := strings.ReplaceAll(allText(p), "\n", "")
			for _, s := range sentences(report) {
				if !strings.Contains(got, s) {
					t.Errorf("report sentence lost: %q", s)
				}
			}
			for _, furniture := range []string{"当前位置", "政务公开", "打印本页", "关闭窗口", "字号", "字体", "责任编辑", "版权所有", "ICP备", "网站标识码", "主办单位", "本文仅代表作者观点", "不代表本站立场", "侵权"} {
				if strings.Contains(got, furniture) {
					t.Errorf("furniture %q is in a paragraph", furniture)
				}
			}
			if d := p.Document; !strings.HasSuffix(d.Title, "政府工作报告") || d.District != "和平区" || d.Year != 2021 {
				t.Errorf("title %q, district %q, year %v; want the report's name, 和平区, 2021 (the meeting date)", d.Title, d.District, d.Year)
			}
			if p.Document.KeptRatio < 0.9 {
				t.Errorf("kept ratio %.2f, want most of the page", p.Document.KeptRatio)
			}
			var sections []string
			for _, para := range p.Paragraphs {
				if len(para.SectionPath) > 0 && (len(sections) == 0 || sections[len(sections)-1] != para.Section) {
					sections = append(sections, para.Section)
				}
				if n := utf8.RuneCountInString(para.Text); n > maxParagraphRunes {
					t.Errorf("paragraph %d has %d characters", para.Position, n)
				}
			}
			if len(sections) != 3 || !strings.HasPrefix(sections[0], "过去五年工作回顾") {
				t.Errorf("sections %q, want the report's three parts", sections)
			}
		})
	}
}

// TestRepeatedCopiesAreKeptOnce: a file that holds the same page several
// times (as the gov.cn mirror does) is its report once, and says so.
func TestRepeatedCopiesAreKeptOnce(t *testing.T) {
	var body strings.Builder
	body.WriteString("关于2022年国民经济和社会发展计划执行情况的报告\n各位代表：\n")
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&body, "（%s）第%d项工作。全年粮食产量达到%d亿斤，城镇新增就业%d万人，居民人均可支配收入实际增长百分之%d。\n", cnNumeral(i%10+1), i+1, 6000+i, 1200+i, i%9+1)
	}
	one := "当前位置： 首页>> 中国概况\n" + body.String() + "（责任编辑： 郭桢\n"
	for _, n := range []int{1, 2, 6} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			p, err := Parse("mirror.txt", []byte(strings.Repeat(one, n)))
			if err != nil {
				t.Fatal(err)
			}
			got := allText(p)
			for _, l := range strings.Split(strings.TrimSpace(body.String()), "\n") {
				if c := strings.Count(got, l); c != 1 {
					t.Errorf("%q is in %d paragraphs, want 1", l, c)
				}
			}
			wantCopies := n
			if n == 1 {
				wantCopies = 0
			}
			if p.Document.Copies != wantCopies {
				t.Errorf("copies %d, want %d", p.Document.Copies, wantCopies)
			}
			if warned := len(p.Document.Warnings) > 0; warned != (n > 1) {
				t.Errorf("warnings %q", p.Document.Warnings)
			}
		})
	}
}

func cnNumeral(i int) string {
	return []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}[i]
}

// TestLongLinesAreSplit: a report on one line is split at its headings and
// sentence ends; a sentence past the hard limit at its commas, then
// anywhere. Nothing is lost.
func TestLongLinesAreSplit(t *testing.T) {
	if race.Enabled {
		t.Skip(race.SkipReason)
	}
	long := strings.Repeat("推动高质量发展，", 3000) + "。"
	noComma := strings.Repeat("推动高质量发展", 8000)
	tests := []struct {
		name, text string
		max        int
	}{
		{"report on one line", reportText(), maxParagraphRunes},
		{"sentence past the hard limit", long, maxParagraphRunes},
		{"no punctuation at all", noComma, hardParagraphRunes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse("x.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, para := range p.Paragraphs {
				if n := utf8.RuneCountInString(para.Text); n > tt.max {
					t.Errorf("paragraph %d has %d characters, more than %d", para.Position, n, tt.max)
				}
				all.WriteString(para.Text)
			}
			if squeezeSpaces(all.String()) != squeezeSpaces(tt.text) {
				t.Errorf("text changed: %d characters in, %d out", len(tt.text), all.Len())
			}
		})
	}
}

// TestLittleKeptTextIsReported: a document whose kept text is under 20 %
// of its input says so.
func TestLittleKeptTextIsReported(t *testing.T) {
	var b strings.Builder
	b.WriteString("2022年政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作，请予审议。\n")
	for i := 0; i < 200; i++ {
		b.WriteString("网站地图 | 法律声明 | 版权所有 | 设为首页 | 收藏本站\n")
	}
	p, err := Parse("x.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if p.Document.KeptRatio >= keptWarnRatio || len(p.Document.Warnings) == 0 || !strings.Contains(p.Document.Warnings[0], "kept") {
		t.Errorf("kept %.2f, warnings %q", p.Document.KeptRatio, p.Document.Warnings)
	}
}

// docx builds a Word file whose document.xml is body.
func docx(t testing.TB, body string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(`<?xml version="1.0"?><w:document xmlns:w="w"><w:body>` + body + `</w:body></w:document>`))
	zw.Close()
	return buf.Bytes()
}

// TestTooLargeIsRefused: every reader stops at the text limit and refuses
// the file, whatever its format.
func TestTooLargeIsRefused(t *testing.T) {
	const limit = 1 << 16 // small, so that the file read under a higher limit is parsed quickly under -race
	big := strings.Repeat("各位代表，", limit/10)
	tests := []struct {
		name string
		data []byte
	}{
		{"x.txt", []byte(big)},
		{"x.html", []byte("<html><body><p>" + big + "</p></body></html>")},
		{"x.html", []byte("<html><body>" + strings.Repeat("<p>各位代表</p>", limit/10) + "</body></html>")},
		{"x.docx", docx(t, "<w:p><w:r><w:t>"+big+"</w:t></w:r></w:p>")},
		{"x.docx", docx(t, strings.Repeat("<w:p><w:r><w:t>各位代表</w:t></w:r></w:p>", limit/10))},
	}
	ps := NewParser(Options{MaxText: limit})
	for _, tt := range tests {
		_, err := ps.Parse(context.Background(), tt.name, tt.data)
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s of %d bytes: %v, want too large", tt.name, len(tt.data), err)
		}
	}
	// The same files are read under a higher limit.
	if _, err := NewParser(Options{MaxText: 4 * limit}).Parse(context.Background(), "x.txt", []byte(big)); err != nil {
		t.Errorf("under the limit: %v", err)
	}
}

// TestPDFTimeoutSaysSo: a pdftotext that is killed at the time limit is
// reported as timed out, not as "signal: killed".
func TestPDFTimeoutSaysSo(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, pdftotext)
	if err := os.WriteFile(script, []byte("#!/bin/sh\nexec /bin/sleep 30\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	start := time.Now()
	_, err := extractPDF(context.Background(), []byte("%PDF-1.4\n"), DefaultMaxText, 200*time.Millisecond)
	if err == nil || !strings.Contains(err.Error(), "timed out after 200ms") {
		t.Errorf("error %v, want timed out after 200ms", err)
	}
	if time.Since(start) > 10*time.Second {
		t.Errorf("took %v", time.Since(start))
	}
}

func TestSidecarYearRange(t *testing.T) {
	tests := []struct {
		side string
		ok   bool
	}{
		{`{"year": 2021}`, true},
		{`{"year": 0}`, true},
		{`{"year": 99999999999}`, false},
		{`{"year": 1800}`, false},
		{`{"year": 2101}`, false},
		{`{"date": "9999-01-01"}`, false},
		{`{"date": "2021-12-12"}`, true},
	}
	for _, tt := range tests {
		var doc govsearch.Document
		err := applySidecar(&doc, []byte(tt.side))
		if (err == nil) != tt.ok {
			t.Errorf("%s: error %v", tt.side, err)
		}
	}
}

// TestForumMarkupIsNoText: a forum post saved with its BBCode keeps its
// words, one paragraph to a block, and none of the tags.
func TestForumMarkupIsNoText(t *testing.T) {
	text := "[align=center][size=3][b]20[/b][b]22[/b][b]年闻喜县统计公报[/b][/size][/align][align=left][size=3]  一、[b]综  合[/b][/size][/align][align=left]全县地区生产总值完成225亿元，同比增长6.4%。[/align]"
	p, err := Parse("x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, para := range p.Paragraphs {
		got = append(got, para.Text)
	}
	want := []string{"2022年闻喜县统计公报", "一、综  合", "全县地区生产总值完成225亿元，同比增长6.4%。"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs %q, want %q", got, want)
	}
}

// TestEscapedLineBreaks checks that a text writing its line breaks as
// escapes (a spreadsheet cell, a JSON string) is split at them, each piece
// keeping the file's line number, and that a text with real line breaks
// keeps a stray escape as it is.
func TestEscapedLineBreaks(t *testing.T) {
	got := splitLines(`政府工作报告 \r\n——在阜平县第十七届人民代表大会第一次会议上 \r\n（2017年2月26日） \r\n阜平县人民政府县长` + "\n各位代表：")
	want := []line{{no: 1, text: "政府工作报告"}, {no: 1, text: "——在阜平县第十七届人民代表大会第一次会议上"}, {no: 1, text: "（2017年2月26日）"}, {no: 1, text: "阜平县人民政府县长"}, {no: 2, text: "各位代表："}}
	if !slices.Equal(got, want) {
		t.Errorf("escaped breaks: got %+v, want %+v", got, want)
	}
	got = splitLines("见附件 C:\\new\\report.doc\n各位代表：\n现在报告工作。")
	if len(got) != 3 || got[0].text != `见附件 C:\new\report.doc` {
		t.Errorf("a stray escape among real line breaks: got %+v", got)
	}
}

// A document-sharing site's terms over the document (1、原创力文档(book118)网站
// 文档一经付费…, 4、该文档为VIP文档…, 查看更多) are furniture; the report's text
// under them stays.
func TestDocumentSiteTermsAreFurniture(t *testing.T) {
	p, err := ParseFile(filepath.Join("testdata", "unseen", "doc_site_terms_over_report.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, para := range p.Paragraphs {
		text.WriteString(para.Text + "\n")
	}
	got := text.String()
	for _, furniture := range []string{"book118", "VIP文档", "VIP会员", "网友上传", "版权申诉", "查看更多"} {
		if strings.Contains(got, furniture) {
			t.Errorf("furniture %q is in a paragraph", furniture)
		}
	}
	if !strings.Contains(got, "规划纲要实施情况中期评估报告") {
		t.Errorf("the report's text is lost: %q", got)
	}
}

// A site's menu that opens with its home page (首页 政务公开) is furniture
// even where it is the page's only menu line.
func TestHomeMenuIsFurniture(t *testing.T) {
	page := "<html><head><meta charset=\"utf-8\"><title>网站首页</title></head><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/zw\">政务公开</a></div>" +
		"<div class=\"content\"><p>据快报统计，7月份全市地方公共财政预算收入完成170,024万元。</p></div></body></html>"
	p, err := Parse("menu.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Paragraphs) == 0 {
		t.Fatal("no paragraphs")
	}
	for _, para := range p.Paragraphs {
		if strings.Contains(para.Text, "政务公开") {
			t.Errorf("menu kept as text: %q", para.Text)
		}
	}
}

// TestDisclosurePackageKeepsItsName: a published budget's or final
// account's name over its contents (2022年云溪区人民政府决算公开 / 目 录 / 第一
// 部分 决算报告) is where the document begins, so that its name and its list
// of tables are text, not page furniture; a sidebar's links under the
// package (相关推荐 / 关于南岸区2022年决算的报告) do not start it.
func TestDisclosurePackageKeepsItsName(t *testing.T) {
	tests := []struct{ file, want string }{
		{"accounts_title_over_contents.txt", "2022年云溪区人民政府决算公开"},
		{"accounts_contents_unlabelled.txt", "2023年新邵县政府决算公开"},
		{"trap102_budget_pkg_sidebar_old_report.txt", "2024年南岸区一般公共预算收入预算表"},
		{"trap102_accounts_pkg_audit_report_link.txt", "一、2023年宜章县一般公共预算收支决算表"},
	}
	for _, tt := range tests {
		p, err := ParseFile(filepath.Join("testdata", "unseen", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, pa := range p.Paragraphs {
			found = found || strings.Contains(pa.Text, tt.want)
		}
		if !found {
			t.Errorf("%s: no paragraph holds %q", tt.file, tt.want)
		}
	}
}

// TestPageControlsLineIsFurniture checks that a line of a page's controls
// alone (返回首页 回到顶部) is furniture, and that the text it is no part of
// stays: the report's first paragraph keeps its place under the title.
func TestPageControlsLineIsFurniture(t *testing.T) {
	text := "返回首页 回到顶部\n\n县政府召开常务会议研究部署重点工作\n\n2025-11-28 14:15:28 来源:县融媒体中心\n\n11月27日,县长主持召开县政府常务会议,研究部署今冬明春重点工作,会议要求各部门抓好落实,确保各项任务按时完成。\n"
	p, err := Parse("controls.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "县政府召开常务会议研究部署重点工作" {
		t.Errorf("title %q, want the headline under the controls", p.Title)
	}
	for _, para := range p.Paragraphs {
		if strings.Contains(para.Text, "回到顶部") {
			t.Errorf("paragraph %q holds the page's controls", para.Text)
		}
	}
}

// TestSiteBannerLineIsFurniture checks that a site's banner of its versions
// and services alone on its line (网站支持IPV6 无障碍阅读 适老化模式) is
// furniture, while a report's sentences that tell of the same services (an
// accessible reading room, a site made ready for IPv6) stay text (a review
// finding on meta-249).
func TestSiteBannerLineIsFurniture(t *testing.T) {
	for _, s := range []string{"网站支持IPV6 无障碍阅读 适老化模式", "简体 / English", "繁体版", "手机版"} {
		if !isFurniture(s) {
			t.Errorf("%q: not furniture", s)
		}
	}
	kept := []string{
		"年末全县有公共图书馆1个，设立无障碍阅读室3个。",
		"政府门户网站完成适老化模式改造。",
		"全县政务网站全部支持IPV6访问，5G基站实现乡镇全覆盖。",
	}
	for _, s := range kept {
		if isFurniture(s) {
			t.Errorf("%q: a report's sentence taken for furniture", s)
		}
	}
	text := "南县2023年政府工作报告\n\n各位代表:\n\n现在,我代表县人民政府向大会报告工作,请予审议。\n\n" + strings.Join(kept, "\n\n") + "\n"
	p, err := Parse("banner.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, para := range p.Paragraphs {
		got.WriteString(para.Text + "\n")
	}
	for _, s := range kept {
		if !strings.Contains(got.String(), strings.TrimSuffix(s, "。")) {
			t.Errorf("sentence lost: %q", s)
		}
	}
}

// TestSharePromptIsFurniture checks that a share widget's prompt alone on
// its line (微信扫一扫,随时随地看) is furniture, while a headline that opens on
// the same words (手机扫一扫 政府工作报告“听”得见) stays text (review findings
// on meta-277, meta-278 and meta-279).
func TestSharePromptIsFurniture(t *testing.T) {
	for _, s := range []string{"微信扫一扫,随时随地看", "微信扫一扫", "手机扫一扫，分享到朋友圈", "手机扫一扫打开当前页", "微信扫一扫：分享", "微信扫一扫，分享给好友"} {
		if !isFurniture(s) {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{"手机扫一扫 政府工作报告“听”得见", "微信扫一扫就能看2024年宜春市政府工作报告", "手机扫一扫 宜春市民“听”政府工作报告", "手机扫一扫 浏览两会文件", "手机扫一扫打开无纸化办会新模式"} {
		if isFurniture(s) {
			t.Errorf("%q: a headline taken for furniture", s)
		}
	}
}
