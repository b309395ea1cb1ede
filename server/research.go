package server

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/xml"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/query"
)

// The research tools over HTTP: trends (/api/trend), the concordance
// (/api/kwic, /api/export?format=kwic and the /kwic page) and alert feeds
// (/api/feed, Atom 1.0).

// Limits of the research tools.
const (
	maxTrendQueries = 5
	// maxSortedLines bounds a concordance sorted by context: sorting needs
	// every line in memory. Unsorted, a concordance streams.
	maxSortedLines   = 200_000
	defaultKWICWidth = 20
	maxKWICWidth     = 200
	feedEntries      = 50
)

// Researcher is what the research tools need of an index.
type Researcher interface {
	Trend(ctx context.Context, queries []govsearch.Query, by string) (*govsearch.Trend, error)
	Concordance(ctx context.Context, q govsearch.Query, width int, fn func(govsearch.ConcordanceLine) error) (int, error)
	Newest(ctx context.Context, q govsearch.Query, n int) ([]govsearch.Hit, error)
}

// withoutParams returns v without the named parameters.
func withoutParams(v url.Values, names ...string) url.Values {
	out := url.Values{}
	for k, vals := range v {
		if !slices.Contains(names, k) {
			out[k] = vals
		}
	}
	return out
}

// trend answers GET /api/trend?q=…&q=…&by=year plus the filters.
func (s *Server) trend(c *gin.Context) {
	values, err := query.ParseRawQuery(c.Request.URL.RawQuery)
	if err != nil {
		s.fail(c, err)
		return
	}
	texts := values["q"]
	if len(texts) == 0 {
		s.fail(c, govsearch.Errorf(govsearch.EInvalid, "parameter q is required: one to %d queries to compare", maxTrendQueries))
		return
	}
	if len(texts) > maxTrendQueries {
		s.fail(c, govsearch.Errorf(govsearch.EInvalid, "at most %d queries can be compared, not %d", maxTrendQueries, len(texts)))
		return
	}
	by := values.Get("by")
	if by == "" {
		by = "year"
	}
	base := withoutParams(values, "q", "by", "from", "size", "sort")
	var qs []govsearch.Query
	for _, text := range texts {
		v := withoutParams(base)
		v.Set("q", text)
		q, _, err := query.FromValues(v, query.Limits{MaxQueryRunes: s.cfg.MaxQueryRunes})
		if err != nil {
			s.fail(c, err)
			return
		}
		qs = append(qs, q)
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancel()
	tr, err := s.research.Trend(ctx, qs, by)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, tr)
}

// kwicRequest is a concordance request: the query, the context width and
// the order of lines.
type kwicRequest struct {
	q     govsearch.Query
	width int
	order string // "" (document order), "left" or "right"
}

// parseKWIC reads q, the filters, width and sort (left, right or doc).
func (s *Server) parseKWIC(values url.Values) (kwicRequest, error) {
	var r kwicRequest
	q, _, err := query.FromValues(withoutParams(values, "from", "size", "sort", "width", "format"), query.Limits{MaxQueryRunes: s.cfg.MaxQueryRunes})
	if err != nil {
		return r, err
	}
	if q.Mode == govsearch.ModeAny {
		return r, govsearch.Errorf(govsearch.EInvalid, "a concordance takes exact queries only (mode=all)")
	}
	r.q = q
	r.width = defaultKWICWidth
	if w := values.Get("width"); w != "" {
		n, err := strconv.Atoi(w)
		if err != nil || n < 1 || n > maxKWICWidth {
			return r, govsearch.Errorf(govsearch.EInvalid, "width must be a number of characters from 1 to %d, not %q", maxKWICWidth, w)
		}
		r.width = n
	}
	switch o := values.Get("sort"); o {
	case "", "doc":
	case "left", "right":
		r.order = o
	default:
		return r, govsearch.Errorf(govsearch.EInvalid, "sort must be doc, left or right, not %q", o)
	}
	return r, nil
}

// concordance calls fn for every line in the requested order; a sorted
// concordance is collected and sorted first.
func (s *Server) concordance(ctx context.Context, r kwicRequest, fn func(govsearch.ConcordanceLine) error) (int, error) {
	if r.order == "" {
		return s.research.Concordance(ctx, r.q, r.width, fn)
	}
	var lines []govsearch.ConcordanceLine
	n, err := s.research.Concordance(ctx, r.q, r.width, func(l govsearch.ConcordanceLine) error {
		if len(lines) >= maxSortedLines {
			return govsearch.Errorf(govsearch.EInvalid, "more than %d occurrences: too many to sort by context; narrow the query or use sort=doc, which streams", maxSortedLines)
		}
		lines = append(lines, l)
		return nil
	})
	if err != nil {
		return n, err
	}
	SortConcordance(lines, r.order)
	for _, l := range lines {
		if err := fn(l); err != nil {
			return n, err
		}
	}
	return n, nil
}

// SortConcordance orders lines by their right context, or by their left
// context read outwards from the match (the corpus-linguistics
// convention), then by document order.
func SortConcordance(lines []govsearch.ConcordanceLine, order string) {
	key := func(l govsearch.ConcordanceLine) string {
		if order == "left" {
			r := []rune(l.Left)
			slices.Reverse(r)
			return string(r)
		}
		return l.Right
	}
	slices.SortStableFunc(lines, func(a, b govsearch.ConcordanceLine) int {
		return strings.Compare(key(a), key(b))
	})
}

// kwicPage is a page of concordance lines, as GET /api/kwic returns it.
type kwicPage struct {
	Query string                      `json:"query"`
	Total int                         `json:"total"`
	Lines []govsearch.ConcordanceLine `json:"lines"`
	// From and Size are the page asked for, as parsed: the page view
	// links the pages around it.
	From int `json:"-"`
	Size int `json:"-"`
}

// kwic answers GET /api/kwic: one page of concordance lines and their
// total.
func (s *Server) kwic(c *gin.Context) {
	values, err := query.ParseRawQuery(c.Request.URL.RawQuery)
	if err != nil {
		s.fail(c, err)
		return
	}
	page, err := s.kwicPage(c.Request.Context(), values)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.JSON(http.StatusOK, page)
}

func (s *Server) kwicPage(ctx context.Context, values url.Values) (*kwicPage, error) {
	r, err := s.parseKWIC(values)
	if err != nil {
		return nil, err
	}
	lim := s.limits()
	from, err := pageParam(values, "from", 0, 0, lim.MaxFrom)
	if err != nil {
		return nil, err
	}
	size, err := pageParam(values, "size", 50, 1, lim.MaxSize)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
	defer cancel()
	page := &kwicPage{Query: r.q.Text, Lines: []govsearch.ConcordanceLine{}, From: from, Size: size}
	i := 0
	page.Total, err = s.concordance(ctx, r, func(l govsearch.ConcordanceLine) error {
		if i >= from && i < from+size {
			page.Lines = append(page.Lines, l)
		}
		i++
		return nil
	})
	if err != nil {
		return nil, err
	}
	return page, nil
}

func pageParam(v url.Values, name string, def, lo, hi int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || (hi > 0 && n > hi) {
		return 0, govsearch.Errorf(govsearch.EInvalid, "%s must be a whole number from %d to %d, not %q", name, lo, hi, s)
	}
	return n, nil
}

// Atom 1.0 (RFC 4287).
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Link    atomLink    `xml:"link"`
	Summary string      `xml:"summary,omitempty"`
	Content atomContent `xml:"content"`
}

type atomContent struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

// feed answers GET /api/feed: an Atom feed of the newest paragraphs that
// match a search, the paragraphs of the most recently indexed documents
// first. An entry's id is its paragraph's (stable across re-indexing) and
// its updated time is when its document was indexed, so a feed reader
// sees a newly indexed report's paragraphs as new entries and nothing
// else.
func (s *Server) feed(c *gin.Context) {
	values, err := query.ParseRawQuery(c.Request.URL.RawQuery)
	if err != nil {
		s.fail(c, err)
		return
	}
	q, _, err := query.FromValues(withoutParams(values, "from", "size", "sort"), query.Limits{MaxQueryRunes: s.cfg.MaxQueryRunes})
	if err != nil {
		s.fail(c, err)
		return
	}
	if q.Mode == govsearch.ModeAny {
		s.fail(c, govsearch.Errorf(govsearch.EInvalid, "a feed takes exact queries only (mode=all)"))
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancel()
	hits, err := s.research.Newest(ctx, q, feedEntries)
	if err != nil {
		s.fail(c, err)
		return
	}
	indexed := map[string]time.Time{}
	docs, err := s.idx.Documents(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	for _, d := range docs {
		indexed[d.ID] = d.IndexedAt
	}
	base := "http://" + c.Request.Host
	self := base + c.Request.URL.RequestURI()
	f := atomFeed{
		ID:     "urn:govsearch:feed:" + feedID(values),
		Title:  "govsearch：" + q.Text,
		Author: atomPerson{Name: "govsearch"},
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: self},
			{Rel: "alternate", Type: "text/html", Href: base + "/?" + withoutParams(values, "from", "size").Encode()},
		},
	}
	var newest time.Time
	for _, h := range hits {
		t := indexed[h.DocID]
		if t.After(newest) {
			newest = t
		}
		title := h.Title
		if h.Section != "" {
			title += " · " + h.Section
		}
		f.Entries = append(f.Entries, atomEntry{
			ID:      "urn:govsearch:paragraph:" + h.ID,
			Title:   title,
			Updated: atomTime(t),
			Link:    atomLink{Rel: "alternate", Type: "text/html", Href: permalink(base, h)},
			Summary: strings.TrimSpace(placeName(h.Province, h.City, h.District, h.Level) + " " + string(h.Date)),
			// The highlight is HTML (escaped text and <mark>); as Atom
			// "html" content it is escaped once more by the encoder.
			Content: atomContent{Type: "html", Body: h.Highlight},
		})
	}
	if newest.IsZero() {
		newest = time.Unix(0, 0)
	}
	f.Updated = atomTime(newest)
	c.Header("Content-Type", "application/atom+xml; charset=utf-8")
	c.Status(http.StatusOK)
	c.Writer.WriteString(xml.Header)
	enc := xml.NewEncoder(c.Writer)
	enc.Indent("", " ")
	if err := enc.Encode(f); err != nil {
		s.cfg.Logger.Warn("feed", "err", err)
	}
}

func atomTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// feedID names the search a feed follows, independent of parameter
// order, so that the feed's id stays the same.
func feedID(v url.Values) string {
	sum := sha256.Sum256([]byte(withoutParams(v, "from", "size", "sort").Encode()))
	return hex.EncodeToString(sum[:12])
}

// exportKWIC streams every concordance line of a search as CSV (UTF-8 with
// a byte-order mark, for spreadsheets).
func (s *Server) exportKWIC(c *gin.Context, values url.Values) {
	r, err := s.parseKWIC(values)
	if err != nil {
		s.fail(c, err)
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.ExportTimeout)
	defer cancel()
	base := "http://" + c.Request.Host
	w := bufio.NewWriterSize(c.Writer, 64<<10)
	cw := csv.NewWriter(w)
	header := []string{"left", "match", "right", "id", "doc_id", "title", "province", "city", "district", "year", "date", "doc_type", "section", "position", "url"}
	started := false
	start := func() {
		if !started {
			started = true
			startCSV(c, w, "govsearch-kwic.csv")
			cw.Write(SpreadsheetSafe(header))
		}
	}
	n, err := s.concordance(ctx, r, func(l govsearch.ConcordanceLine) error {
		start()
		year := ""
		if l.Year != 0 {
			year = strconv.Itoa(int(l.Year))
		}
		h := govsearch.Hit{DocID: l.DocID, Position: l.Position}
		return cw.Write(SpreadsheetSafe([]string{l.Left, l.Match, l.Right, l.ID, l.DocID, l.Title, l.Province, l.City, l.District, year,
			string(l.Date), l.DocType, l.Section, strconv.Itoa(l.Position), permalink(base, h)}))
	})
	if err != nil && !started {
		s.fail(c, err)
		return
	}
	start() // no lines: the header alone
	cw.Flush()
	w.Flush()
	c.Set("hits", n)
	if err != nil {
		s.cfg.Logger.Warn("kwic export stopped", "err", err, "rows", n)
	}
}

// startCSV sends the headers and byte-order mark of a CSV download.
func startCSV(c *gin.Context, w *bufio.Writer, name string) {
	c.Header("Content-Disposition", `attachment; filename="`+name+`"`)
	c.Header("Content-Type", "text/csv; charset=utf-8")
	c.Status(http.StatusOK)
	w.WriteString("\ufeff")
}

var kwicTemplate = template.Must(template.New("kwic.html").Funcs(template.FuncMap{"place": placeName}).ParseFS(webFS, "web/kwic.html"))

type hiddenParam struct{ Name, Value string }

// kwicView renders the concordance page: a form, one page of lines
// (everything HTML-escaped by the template) and links to page and export.
func (s *Server) kwicView(c *gin.Context) {
	values, err := query.ParseRawQuery(c.Request.URL.RawQuery)
	if err != nil {
		s.fail(c, err)
		return
	}
	data := struct {
		Query, Order       string
		Width, First, Last int
		Filters            []hiddenParam
		// Links, built from encoded parameters (template.URL, so that the
		// template does not escape their & and = once more).
		SearchURL, ExportURL, Prev, Next template.URL
		Page                             *kwicPage
		Error                            string
	}{Query: values.Get("q"), Width: defaultKWICWidth}
	st := http.StatusOK
	if strings.TrimSpace(data.Query) != "" {
		r, err := s.parseKWIC(values)
		if err == nil {
			data.Order, data.Width = r.order, r.width
			data.Page, err = s.kwicPage(c.Request.Context(), values)
		}
		if err != nil {
			st = status(govsearch.ErrorCode(err))
			data.Error = govsearch.ErrorMessage(err)
		}
	}
	for _, f := range govsearch.FacetNames() {
		for _, v := range values[f] {
			data.Filters = append(data.Filters, hiddenParam{f, v})
		}
	}
	data.SearchURL = template.URL("/?" + withoutParams(values, "width", "sort", "from", "size").Encode())
	exp := withoutParams(values, "from", "size")
	exp.Set("format", "kwic")
	data.ExportURL = template.URL("/api/export?" + exp.Encode())
	if p := data.Page; p != nil {
		from, size := p.From, p.Size
		data.First, data.Last = from+1, from+len(p.Lines)
		page := func(at int) template.URL {
			v := withoutParams(values, "from")
			v.Set("from", strconv.Itoa(at))
			return template.URL("/kwic?" + v.Encode())
		}
		if from > 0 {
			data.Prev = page(max(0, from-size))
		}
		if from+size < p.Total && from+size <= s.cfg.MaxFrom {
			data.Next = page(from + size)
		}
	}
	c.Header("Content-Type", "text/html; charset=utf-8")
	c.Status(st)
	if err := kwicTemplate.Execute(c.Writer, data); err != nil {
		s.cfg.Logger.Error("render kwic", "err", err)
	}
}
