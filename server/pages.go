package server

import (
	"embed"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/query"
)

//go:embed web
var webFS embed.FS

var docTemplate = template.Must(template.ParseFS(webFS, "web/doc.html"))

// Highlighter marks query terms in a paragraph (HTML-escaped, only <mark>
// markup); the index provides it.
type Highlighter func(text string, terms []string) string

func (s *Server) pageRoutes() {
	static, _ := fs.Sub(webFS, "web")
	serveFile := func(name, contentType string) gin.HandlerFunc {
		body, err := fs.ReadFile(static, name)
		if err != nil {
			panic("server: missing embedded " + name)
		}
		return func(c *gin.Context) {
			c.Header("Cache-Control", "no-cache")
			c.Data(http.StatusOK, contentType, body)
		}
	}
	s.get("/", serveFile("index.html", "text/html; charset=utf-8"))
	s.get("/static/app.js", serveFile("app.js", "text/javascript; charset=utf-8"))
	s.get("/static/style.css", serveFile("style.css", "text/css; charset=utf-8"))
	s.get("/static/trend.js", serveFile("trend.js", "text/javascript; charset=utf-8"))
	s.get("/static/fields.js", func(c *gin.Context) {
		c.Header("Cache-Control", "no-cache")
		c.Data(http.StatusOK, "text/javascript; charset=utf-8", fieldsScript)
	})
	s.get(widgetPath, s.widget(static))
	s.get("/doc/:id", s.docPage)
}

// fieldsScript declares the facet fields to the page's and the widget's
// scripts, as govsearch.FacetFields declares them: FACET_FIELDS, each with
// its name (the filter parameter), label, and whether a trend may be
// counted by it. The scripts range over it rather than list the fields.
var fieldsScript = func() []byte {
	type field struct {
		Name  string `json:"name"`
		Label string `json:"label"`
		Trend bool   `json:"trend"`
	}
	var fields []field
	for _, f := range govsearch.FacetFields() {
		fields = append(fields, field{f.Name, f.Label, f.Trend})
	}
	b, err := json.Marshal(fields)
	if err != nil {
		panic("server: facet fields: " + err.Error())
	}
	return []byte("// The facet fields (govsearch.FacetFields), written by the server.\nconst FACET_FIELDS = " + string(b) + ";\n")
}()

// widget serves the widget's script with the facet fields and the trend
// chart's code inside it: one script for sites to embed, one chart code
// for page and widget.
func (s *Server) widget(static fs.FS) gin.HandlerFunc {
	chart, err1 := fs.ReadFile(static, "trend.js")
	box, err2 := fs.ReadFile(static, "widget.js")
	if err1 != nil || err2 != nil {
		panic("server: missing embedded trend.js or widget.js")
	}
	body := []byte("(() => {\n\"use strict\";\n" + string(fieldsScript) + string(chart) + "\n" + string(box) + "\n})();\n")
	return func(c *gin.Context) {
		c.Header("Cache-Control", "no-cache")
		c.Data(http.StatusOK, "text/javascript; charset=utf-8", body)
	}
}

type outlineEntry struct {
	Position int
	Title    string
	Indent   int
}

type docParagraph struct {
	Position int
	Kind     string
	HTML     template.HTML
}

// docPage renders a document with its outline and paragraph anchors,
// marking the terms of the search the reader came from.
func (s *Server) docPage(c *gin.Context) {
	dc, err := s.idx.Document(c.Param("id"))
	if err != nil {
		if govsearch.ErrorCode(err) == govsearch.ENotFound {
			c.Data(http.StatusNotFound, "text/html; charset=utf-8", []byte(`<!doctype html><meta charset="utf-8"><title>未找到</title><p>没有这个文件。<a href="/">返回检索</a></p>`))
			return
		}
		s.fail(c, err)
		return
	}
	q := c.Query("q")
	var terms []string
	if q != "" && len([]rune(q)) <= s.cfg.MaxQueryRunes {
		if clauses, err := query.Parse(q); err == nil {
			for _, cl := range clauses {
				if !cl.Exclude {
					terms = append(terms, cl.Terms...)
				}
			}
		}
	}
	data := struct {
		Doc        govsearch.Document
		Place      string
		Query      string
		Outline    []outlineEntry
		Paragraphs []docParagraph
		Sources    []metaSource
	}{Doc: dc.Document, Query: q}
	data.Place = placeName(dc.Province, dc.City, dc.District, dc.Level)
	data.Sources = metaSources(dc.MetaSource)
	for _, p := range dc.Paragraphs {
		if p.Kind == govsearch.KindHeading {
			title := p.Text
			if len(p.SectionPath) > 0 {
				title = p.SectionPath[len(p.SectionPath)-1]
			}
			// The indent is a class (d0…d5), not a style attribute, which
			// the Content-Security-Policy forbids.
			data.Outline = append(data.Outline, outlineEntry{Position: p.Position, Title: title, Indent: min(max(len(p.SectionPath)-1, 0), 5)})
		}
		data.Paragraphs = append(data.Paragraphs, docParagraph{
			Position: p.Position,
			Kind:     p.Kind,
			// The highlighter escapes the text and adds only <mark>.
			HTML: template.HTML(s.highlight(p.Text, terms)),
		})
	}
	c.Status(http.StatusOK)
	c.Header("Content-Type", "text/html; charset=utf-8")
	if err := docTemplate.Execute(c.Writer, data); err != nil {
		s.cfg.Logger.Error("render document", "id", dc.ID, "err", err)
	}
}

func (s *Server) highlight(text string, terms []string) string {
	if s.highlighter != nil {
		return s.highlighter(text, terms)
	}
	return template.HTMLEscapeString(text)
}

// metaSource is one metadata field of a document and where it came from,
// in words for the document view.
type metaSource struct{ Field, From string }

var (
	metaFieldOrder  = []string{"title", "province", "city", "district", "level", "year", "date", "doc_type", "issuer", "doc_number"}
	metaFieldLabels = map[string]string{"title": "标题", "province": "省份", "city": "城市", "district": "区县", "level": "层级",
		"year": "年份", "date": "日期", "doc_type": "类型", "issuer": "发布机关", "doc_number": "文号"}
	metaSourceLabels = map[string]string{"title": "标题", "page title": "网页标题", "page metadata": "网页信息栏", "first line": "首行",
		"meeting line": "会议行", "meeting date": "会议日期", "session table": "会议届次", "speaker line": "报告人", "opening": "开头",
		"signature": "落款", "issue date": "成文日期", "publication date": "发布日期", "title's year": "标题年份", "site code": "网站标识码",
		"review and plan years": "回顾与计划年份", "five-year plan period": "五年规划时期", "congress numbering": "人大届次",
		"issuer": "发布机关", "sidecar": "人工校订", "unclear": "无法判断", "document number": "文号", "headline": "网页大标题",
		"site's government": "网站所属政府", "news outlet": "新闻来源媒体", "own name in the text": "正文自称", "banner or league": "旗盟称谓", "superior organ": "上级机关", "county's leadership": "所属县领导", "meeting's number": "会议编号年份",
		"publisher's credit code": "发布机构信用代码", "province inspected": "视察讲话所及省份", "chart caption": "图表标题", "info box": "百科信息栏"}
)

// metaSources lists where each metadata field came from, so that a reader
// can judge it.
func metaSources(src map[string]string) []metaSource {
	var out []metaSource
	for _, f := range metaFieldOrder {
		from, ok := src[f]
		if !ok {
			continue
		}
		if l, ok := metaSourceLabels[from]; ok {
			from = l
		}
		out = append(out, metaSource{metaFieldLabels[f], from})
	}
	return out
}

// placeName names the issuing government's place: 全国 for a national
// document, 地点未注明 when the text does not say.
func placeName(province, city, district, level string) string {
	parts := []string{}
	if province != "" && province != city {
		parts = append(parts, province)
	}
	if city != "" {
		parts = append(parts, city)
	}
	if district != "" {
		parts = append(parts, district)
	}
	if len(parts) == 0 {
		if level == govsearch.LevelNational {
			return "全国"
		}
		return "地点未注明"
	}
	return strings.Join(parts, "")
}

// openapi serves the OpenAPI 3 description of the HTTP API.
func (s *Server) openapi(c *gin.Context) {
	body, err := webFS.ReadFile("web/openapi.json")
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Data(http.StatusOK, "application/json; charset=utf-8", body)
}
