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
	// The page parameters do not apply to an export.
	v := url.Values{}
	for k, vals := range values {
		if k != "from" && k != "size" && k != "format" {
			v[k] = vals
		}
	}
	q, err := query.FromValues(v, query.Limits{MaxQueryRunes: s.cfg.MaxQueryRunes})
	if err != nil {
		s.fail(c, err)
		return
	}
	if q.Mode == govsearch.ModeAny {
		s.fail(c, govsearch.Errorf(govsearch.EInvalid, "export takes exact queries only (mode=all): a relaxed match has no fixed set of hits to export"))
		return
	}
	q.Highlight, q.Facets, q.Explain = false, false, false
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.ExportTimeout)
	defer cancel()

	base := "http://" + c.Request.Host
	w := bufio.NewWriterSize(c.Writer, 64<<10)
	var write func(h govsearch.Hit) error
	var cw *csv.Writer
	started := false
	start := func() {
		if started {
			return
		}
		started = true
		name := "govsearch-export." + format
		c.Header("Content-Disposition", `attachment; filename="`+name+`"`)
		if format == "csv" {
			c.Header("Content-Type", "text/csv; charset=utf-8")
			c.Status(http.StatusOK)
			w.WriteString("\ufeff")
			cw = csv.NewWriter(w)
			cw.Write([]string{"id", "doc_id", "title", "province", "city", "district", "year", "date", "doc_type", "section", "section_path", "position", "text", "url"})
		} else {
			c.Header("Content-Type", "application/x-ndjson; charset=utf-8")
			c.Status(http.StatusOK)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if format == "csv" {
		write = func(h govsearch.Hit) error {
			start()
			year := ""
			if h.Year != 0 {
				year = strconv.Itoa(int(h.Year))
			}
			return cw.Write(SpreadsheetSafe([]string{h.ID, h.DocID, h.Title, h.Province, h.City, h.District, year, string(h.Date), h.DocType,
				h.Section, strings.Join(h.SectionPath, " › "), strconv.Itoa(h.Position), h.Text, permalink(base, h)}))
		}
	} else {
		write = func(h govsearch.Hit) error {
			start()
			h.Highlight = ""
			return enc.Encode(struct {
				govsearch.Hit
				URL string `json:"url"`
			}{h, permalink(base, h)})
		}
	}
	n, err := s.idx.Each(ctx, q, write)
	if err != nil && !started {
		s.fail(c, err)
		return
	}
	start() // an export with no hits is a header (CSV) or nothing (JSONL)
	if cw != nil {
		cw.Flush()
	}
	w.Flush()
	c.Set("hits", n)
	if err != nil {
		// Too late for a status: the stream stops short, and the log says why.
		s.cfg.Logger.Warn("export stopped", "err", err, "rows", n)
	}
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
