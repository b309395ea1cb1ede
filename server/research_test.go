package server

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
)

// TestTrendAPI checks /api/trend against /api/search: for each year the
// paragraphs of a series equal the search's total with that year as a
// filter, and every query's buckets are the same values.
func TestTrendAPI(t *testing.T) {
	s := testServer(t, Config{})
	rec := get(t, s, "/api/trend?q=营商环境&q=发展&by=district")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var tr govsearch.Trend
	if err := json.Unmarshal(rec.Body.Bytes(), &tr); err != nil {
		t.Fatal(err)
	}
	if tr.By != "district" || len(tr.Series) != 2 {
		t.Fatalf("got by=%q and %d series", tr.By, len(tr.Series))
	}
	for i, series := range tr.Series {
		if len(series.Buckets) != len(tr.Series[0].Buckets) {
			t.Fatalf("series %d has %d buckets, series 0 has %d", i, len(series.Buckets), len(tr.Series[0].Buckets))
		}
		sum := 0
		for k, b := range series.Buckets {
			if b.Value != tr.Series[0].Buckets[k].Value {
				t.Errorf("bucket %d: %q in series %d, %q in series 0", k, b.Value, i, tr.Series[0].Buckets[k].Value)
			}
			sum += b.Paragraphs
			if b.Value == "" {
				continue
			}
			var res govsearch.Result
			r := get(t, s, "/api/search?size=1&q="+url.QueryEscape(series.Query)+"&district="+url.QueryEscape(b.Value))
			if err := json.Unmarshal(r.Body.Bytes(), &res); err != nil {
				t.Fatal(err)
			}
			if res.Total != b.Paragraphs {
				t.Errorf("%q in %s: trend says %d paragraphs, search says %d", series.Query, b.Value, b.Paragraphs, res.Total)
			}
		}
		var all govsearch.Result
		json.Unmarshal(get(t, s, "/api/search?size=1&q="+url.QueryEscape(series.Query)).Body.Bytes(), &all)
		if sum != all.Total {
			t.Errorf("%q: buckets add up to %d, search total %d", series.Query, sum, all.Total)
		}
	}
	for _, bad := range []string{"/api/trend", "/api/trend?q=a&by=section", "/api/trend?q=a&q=b&q=c&q=d&q=e&q=f", "/api/trend?q=a&year=x", "/api/trend?q=a&mode=any", "/api/trend?q=%ZZ", "/api/kwic?q=%ZZ", "/api/feed?q=%ZZ", "/kwic?q=%ZZ", "/api/export?format=kwic&q=%ZZ"} {
		if rec := get(t, s, bad); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), `"bad_request"`) {
			t.Errorf("%s: got %d %s, want 400 with a JSON error", bad, rec.Code, rec.Body)
		}
	}
}

// TestKWICAPI checks that the concordance has one line per occurrence,
// that sort=left orders lines by their left context read outwards, and
// that the CSV export has the same lines.
func TestKWICAPI(t *testing.T) {
	s := testServer(t, Config{})
	var page kwicPage
	rec := get(t, s, "/api/kwic?q=营商环境&width=8&size=100&sort=left")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	json.Unmarshal(rec.Body.Bytes(), &page)
	var res govsearch.Result
	json.Unmarshal(get(t, s, "/api/search?size=100&q=营商环境").Body.Bytes(), &res)
	want := 0
	for _, h := range res.Hits {
		want += strings.Count(h.Highlight, "<mark>")
	}
	if page.Total != want || len(page.Lines) != want {
		t.Fatalf("%d lines (total %d), want %d occurrences", len(page.Lines), page.Total, want)
	}
	prev := ""
	for _, l := range page.Lines {
		if l.Match != "营商环境" || len([]rune(l.Left)) > 8 || len([]rune(l.Right)) > 8 {
			t.Errorf("line %+v", l)
		}
		r := []rune(l.Left)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		if string(r) < prev {
			t.Errorf("sort=left: %q after %q", string(r), prev)
		}
		prev = string(r)
	}
	rec = get(t, s, "/api/export?q=营商环境&format=kwic&width=8&sort=left")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(rec.Body.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != want+1 || rows[0][0] != "left" {
		t.Fatalf("export: %d rows, want a header and %d lines", len(rows), want)
	}
	for i, l := range page.Lines {
		if rows[i+1][0] != l.Left || rows[i+1][2] != l.Right {
			t.Errorf("export row %d differs from the API's line", i+1)
		}
	}
	for _, bad := range []string{"/api/kwic?q=a&width=0", "/api/kwic?q=a&width=500", "/api/kwic?q=a&sort=up", "/api/kwic?q=a&mode=any", "/api/kwic"} {
		if rec := get(t, s, bad); rec.Code != http.StatusBadRequest {
			t.Errorf("%s: got %d, want 400", bad, rec.Code)
		}
	}
}

// TestKWICPageEscapes renders the concordance page for a query and checks
// that document text arrives escaped and lines are there.
func TestKWICPage(t *testing.T) {
	s := testServer(t, Config{})
	rec := get(t, s, "/kwic?q="+url.QueryEscape("营商环境")+"&width=5")
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	if !strings.Contains(body, `<td class="match"><mark>营商环境</mark></td>`) || !strings.Contains(body, `id="kwic-total"`) {
		t.Errorf("page lacks lines: %.400s", body)
	}
	// Pages link to the next and previous page of the same size.
	body = get(t, s, "/kwic?q="+url.QueryEscape("营商环境")+"&size=2&from=2").Body.String()
	if !strings.Contains(body, `<a href="/kwic?from=4&amp;q=`) || !strings.Contains(body, `<a href="/kwic?from=0&amp;q=`) ||
		!strings.Contains(body, `<a href="/api/export?format=kwic&amp;q=`) || strings.Count(body, `<td class="match">`) != 2 {
		t.Errorf("paging links: %s", body[strings.Index(body, "<nav"):])
	}
	rec = get(t, s, "/kwic?q="+url.QueryEscape(`<script>alert(1)</script>`))
	if strings.Contains(rec.Body.String(), "<script>alert") {
		t.Error("the query is echoed unescaped")
	}
}

// TestFeed indexes a report, reads the feed, indexes a second report, and
// checks that the feed gains exactly the second report's matching
// paragraphs, and that the feed is Atom.
func TestFeed(t *testing.T) {
	dir := t.TempDir()
	files, _ := filepath.Glob("../seeds/*.txt")
	parse := func(f string) govsearch.DocumentContent {
		p, err := ingest.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		return p.DocumentContent
	}
	ctx := context.Background()
	first, second := parse(files[0]), parse(files[1])
	if _, err := index.Update(ctx, dir, index.Change{Put: []govsearch.DocumentContent{first}}, index.Options{}); err != nil {
		t.Fatal(err)
	}
	ixd, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ixd.Close()
	s := New(ixd, Config{Logger: testServer(t, Config{}).cfg.Logger}, nil)
	type entry struct {
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Content struct {
			Type string `xml:"type,attr"`
			Body string `xml:",chardata"`
		} `xml:"content"`
	}
	type feed struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Entries []entry  `xml:"entry"`
	}
	read := func() feed {
		rec := get(t, s, "/api/feed?q=发展")
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/atom+xml") {
			t.Fatalf("status %d, type %q", rec.Code, rec.Header().Get("Content-Type"))
		}
		var f feed
		if err := xml.Unmarshal(rec.Body.Bytes(), &f); err != nil {
			t.Fatalf("not Atom: %v", err)
		}
		for _, e := range f.Entries {
			if e.ID == "" || e.Updated == "" || e.Content.Type != "html" || !strings.Contains(e.Content.Body, "<mark>") {
				t.Fatalf("entry %+v", e)
			}
		}
		return f
	}
	before := read()
	if len(before.Entries) == 0 {
		t.Fatal("no entries")
	}
	if _, err := index.Update(ctx, dir, index.Change{Put: []govsearch.DocumentContent{second}}, index.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := ixd.Reload(); err != nil {
		t.Fatal(err)
	}
	after := read()
	old := map[string]string{}
	for _, e := range before.Entries {
		old[e.ID] = e.Updated
	}
	wantNew := 0
	for _, p := range second.Paragraphs {
		if strings.Contains(p.Text, "发展") {
			wantNew++
		}
	}
	newEntries := 0
	for _, e := range after.Entries {
		if u, ok := old[e.ID]; ok {
			if u != e.Updated {
				t.Errorf("entry %s changed its time from %s to %s", e.ID, u, e.Updated)
			}
			continue
		}
		if !strings.Contains(e.ID, second.Document.ID) {
			t.Errorf("new entry %s is not of the new report", e.ID)
		}
		newEntries++
	}
	if newEntries != min(wantNew, feedEntries) {
		t.Errorf("%d new entries, want %d", newEntries, min(wantNew, feedEntries))
	}
	if after.Updated <= before.Updated || after.ID != before.ID {
		t.Errorf("feed id/updated: before %s %s, after %s %s", before.ID, before.Updated, after.ID, after.Updated)
	}

}
