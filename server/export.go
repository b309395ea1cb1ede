package server

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/query"
)

// export streams every hit of a search (not only a page) as CSV (UTF-8
// with a byte-order mark, so spreadsheet programs read the Chinese) or as
// JSON lines, in document order.
func (s *Server) export(c *gin.Context) {
	values, err := query.ParseRawQuery(c.Request.URL.RawQuery)
	if err != nil {
		s.fail(c, err)
		return
	}
	format := values.Get("format")
	if format == "" {
		format = "csv"
	}
	if format == "kwic" && s.research != nil {
		s.exportKWIC(c, values)
		return
	}
	if format != "csv" && format != "jsonl" {
		s.fail(c, govsearch.Errorf(govsearch.EInvalid, "format must be csv, jsonl or kwic, not %q", format))
		return
	}
	q, err := s.exportQuery(values)
	if err != nil {
		s.fail(c, err)
		return
	}
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.ExportTimeout)
	defer cancel()
	st := newHitStream(c, format)
	n, err := s.idx.Each(ctx, q, st.write)
	if err != nil && !st.started {
		s.fail(c, err)
		return
	}
	st.finish()
	c.Set("hits", n)
	if err != nil {
		// Too late for a status: the stream stops short, and the log says why.
		s.cfg.Logger.Warn("export stopped", "err", err, "rows", n)
	}
}

// exportQuery reads the query of an export: a search without its page
// parameters, exact; the search options are checked and left unused, as an
// export streams every hit, plain.
func (s *Server) exportQuery(values url.Values) (govsearch.Query, error) {
	q, _, err := query.FromValues(withoutParams(values, "from", "size", "format"), query.Limits{MaxQueryRunes: s.cfg.MaxQueryRunes})
	if err != nil {
		return q, err
	}
	if q.Mode == govsearch.ModeAny {
		return q, govsearch.Errorf(govsearch.EInvalid, "export takes exact queries only (mode=all): a relaxed match has no fixed set of hits to export")
	}
	return q, nil
}

// exportColumns are the columns of a CSV export, one per value that
// hitStream.write writes.
var exportColumns = []string{"id", "doc_id", "title", "province", "city", "district", "year", "date", "doc_type", "section", "section_path", "position", "text", "url"}

// hitStream writes hits to a response as CSV or JSON lines. The status
// and headers go out with the first hit, so that an error before it can
// still be answered as an error.
type hitStream struct {
	c       *gin.Context
	format  string // csv or jsonl
	base    string // scheme and host of the permalinks
	w       *bufio.Writer
	cw      *csv.Writer
	enc     *json.Encoder
	started bool
}

// newHitStream returns a stream of hits in format to c's response.
func newHitStream(c *gin.Context, format string) *hitStream {
	w := bufio.NewWriterSize(c.Writer, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &hitStream{c: c, format: format, base: "http://" + c.Request.Host, w: w, enc: enc}
}

// start sends the status and headers, and the CSV's byte-order mark and
// header row, once.
func (st *hitStream) start() {
	if st.started {
		return
	}
	st.started = true
	st.c.Header("Content-Disposition", `attachment; filename="govsearch-export.`+st.format+`"`)
	if st.format == "csv" {
		st.c.Header("Content-Type", "text/csv; charset=utf-8")
		st.c.Status(http.StatusOK)
		st.w.WriteString("\ufeff")
		st.cw = csv.NewWriter(st.w)
		st.cw.Write(exportColumns)
	} else {
		st.c.Header("Content-Type", "application/x-ndjson; charset=utf-8")
		st.c.Status(http.StatusOK)
	}
}

// write writes one hit: a CSV row, or a JSON line with the hit and its
// permalink.
func (st *hitStream) write(h govsearch.Hit) error {
	st.start()
	if st.format == "csv" {
		year := ""
		if h.Year != 0 {
			year = strconv.Itoa(int(h.Year))
		}
		return st.cw.Write(SpreadsheetSafe([]string{h.ID, h.DocID, h.Title, h.Province, h.City, h.District, year, string(h.Date), h.DocType,
			h.Section, strings.Join(h.SectionPath, " › "), strconv.Itoa(h.Position), h.Text, permalink(st.base, h)}))
	}
	h.Highlight = ""
	return st.enc.Encode(struct {
		govsearch.Hit
		URL string `json:"url"`
	}{h, permalink(st.base, h)})
}

// finish ends the stream: an export with no hits is a header (CSV) or
// nothing (JSONL).
func (st *hitStream) finish() {
	st.start()
	if st.cw != nil {
		st.cw.Flush()
	}
	st.w.Flush()
}

// SpreadsheetSafe neutralizes, in place, every cell that a spreadsheet
// program would read as a formula (=HYPERLINK(…), +, -, @, or a tab or
// carriage return before them): a leading ' makes it text, the OWASP
// convention for CSV injection. The text itself stays whole.
func SpreadsheetSafe(record []string) []string {
	for i, cell := range record {
		if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
			record[i] = "'" + cell
		}
	}
	return record
}

func permalink(base string, h govsearch.Hit) string {
	return base + "/doc/" + url.PathEscape(h.DocID) + "#p" + strconv.Itoa(h.Position)
}
