package server

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/check"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
)

var (
	ixOnce sync.Once
	ix     *index.Index
	ixErr  error
	// ixDir and levelDir hold the indexes shared by the tests, removed by
	// TestMain once every test has run.
	ixDir, levelDir string
)

func TestMain(m *testing.M) {
	code := m.Run()
	for _, x := range []*index.Index{ix, levelIx} {
		if x != nil {
			x.Close()
		}
	}
	for _, dir := range []string{ixDir, levelDir} {
		if dir != "" {
			os.RemoveAll(dir)
		}
	}
	os.Exit(code)
}

func seedIndex(t testing.TB) *index.Index {
	t.Helper()
	ixOnce.Do(func() {
		files, _ := filepath.Glob("../seeds/*.txt")
		var ch index.Change
		for _, f := range files {
			p, err := ingest.ParseFile(f)
			if err != nil {
				ixErr = err
				return
			}
			ch.Put = append(ch.Put, p.DocumentContent)
		}
		dir, err := os.MkdirTemp("", "govsearch-server-test")
		if err != nil {
			ixErr = err
			return
		}
		ixDir = dir
		if _, ixErr = index.Update(context.Background(), dir, ch, index.Options{}); ixErr != nil {
			return
		}
		ix, ixErr = index.Open(dir, index.Options{})
	})
	if ixErr != nil {
		t.Fatal(ixErr)
	}
	return ix
}

func testServer(t testing.TB, cfg Config) *Server {
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg.Highlighter = index.HighlightTerms
	checker, err := check.New(seedIndex(t), check.Config{Highlight: index.HighlightTerms})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Checker = checker
	return New(seedIndex(t), cfg, nil)
}

func get(t testing.TB, s *Server, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	req.Host = "127.0.0.1:8080"
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			req.Host = header[i+1]
			continue
		}
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	return rec
}

func decode(t testing.TB, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("response is not JSON (%v): %.200s", err, rec.Body.String())
	}
}

func TestSearch(t *testing.T) {
	s := testServer(t, Config{})
	rec := get(t, s, "/api/search?q="+url.QueryEscape("营商环境"))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var res govsearch.Result
	decode(t, rec, &res)
	if res.Total != 16 || len(res.Hits) != 10 || res.Query != "营商环境" {
		t.Fatalf("total %d, %d hits, query %q; want 16, 10, 营商环境", res.Total, len(res.Hits), res.Query)
	}
	h := res.Hits[0]
	if h.ID == "" || h.DocID == "" || h.Title == "" || h.City != "天津市" || h.Year != 2021 || h.Date == "" || h.DocType == "" || h.Position == 0 || !h.Exact {
		t.Errorf("hit is missing fields: %+v", h)
	}
	if !strings.Contains(h.Highlight, "<mark>营商环境</mark>") {
		t.Errorf("highlight = %q", h.Highlight)
	}
	sum := 0
	for _, f := range res.Facets.District {
		sum += f.Count
	}
	if sum != res.Total {
		t.Errorf("district facets sum to %d, total %d", sum, res.Total)
	}
	// The raw JSON has the contract's field names.
	var raw map[string]any
	decode(t, rec, &raw)
	for _, k := range []string{"query", "total", "took_ms", "hits", "facets"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("response lacks %q", k)
		}
	}
	hit := raw["hits"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "doc_id", "title", "province", "city", "district", "year", "date", "doc_type", "section", "section_path", "position", "text", "highlight", "exact", "score", "level"} {
		if _, ok := hit[k]; !ok {
			t.Errorf("hit lacks %q", k)
		}
	}
	facets := raw["facets"].(map[string]any)
	for _, k := range []string{"province", "city", "district", "year", "section", "doc_type", "level"} {
		if _, ok := facets[k]; !ok {
			t.Errorf("facets lack %q", k)
		}
	}
}

func TestSearchFiltersAndPaging(t *testing.T) {
	s := testServer(t, Config{})
	var all, filtered, page2 govsearch.Result
	decode(t, get(t, s, "/api/search?q=发展&size=100"), &all)
	decode(t, get(t, s, "/api/search?q=发展&district=和平区&district=南开区&year=2020..2021&doc_type=政府工作报告"), &filtered)
	decode(t, get(t, s, "/api/search?q=发展&from=10&size=10"), &page2)
	want := 0
	for _, f := range all.Facets.District {
		if f.Value == "和平区" || f.Value == "南开区" {
			want += f.Count
		}
	}
	if filtered.Total == 0 || filtered.Total > want {
		t.Errorf("filtered total %d, want between 1 and %d", filtered.Total, want)
	}
	for _, h := range filtered.Hits {
		if h.District != "和平区" && h.District != "南开区" || h.DocType != "政府工作报告" {
			t.Errorf("hit outside the filters: %s %s", h.District, h.DocType)
		}
	}
	if len(page2.Hits) == 0 || page2.Hits[0].ID != all.Hits[10].ID {
		t.Errorf("page 2 does not continue page 1")
	}
}

func TestBadRequests(t *testing.T) {
	s := testServer(t, Config{})
	long := strings.Repeat("营", 10000)
	tests := []struct {
		name, target string
		want         int
		msg          string
	}{
		{"empty q", "/api/search?q=", 400, "q is required"},
		{"no q", "/api/search", 400, "q is required"},
		{"blank q", "/api/search?q=%20%20", 400, "q is required"},
		{"10,000-character q", "/api/search?q=" + url.QueryEscape(long), 400, "at most 500"},
		{"invalid UTF-8", "/api/search?q=%ff%fe", 400, "UTF-8"},
		{"invalid UTF-8 filter", "/api/search?q=a&district=%ff", 400, "UTF-8"},
		{"huge size", "/api/search?q=a&size=100000", 400, "size must be between 1 and 100"},
		{"zero size", "/api/search?q=a&size=0", 400, "size"},
		{"negative from", "/api/search?q=a&from=-1", 400, "from"},
		{"deep from", "/api/search?q=a&from=99999999", 400, "from"},
		{"non-numeric size", "/api/search?q=a&size=ten", 400, "whole number"},
		{"bad sort", "/api/search?q=a&sort=random", 400, "sort"},
		{"bad mode", "/api/search?q=a&mode=fuzzy", 400, "mode"},
		{"bad year", "/api/search?q=a&year=2020..2010", 400, "year"},
		{"bad explain", "/api/search?q=a&explain=maybe", 400, "explain"},
		{"unclosed quote", "/api/search?q=" + url.QueryEscape(`"营商`), 400, "character 1"},
		{"only exclusions", "/api/search?q=-税", 400, "only excluded"},
		{"only punctuation", "/api/search?q=" + url.QueryEscape("，。"), 400, "no searchable"},
		{"bad percent-encoding", "/api/search?q=%ZZ", 400, "not valid percent-encoding"},
		{"bad percent-encoding in a filter", "/api/search?q=a&section=%E6%9E%8", 400, "not valid percent-encoding"},
		{"bad percent-encoding in an export", "/api/export?q=%ZZ", 400, "not valid percent-encoding"},
		{"bad percent-encoding in a check", "/api/check?claim=%ZZ", 400, "not valid percent-encoding"},
		{"semicolon", "/api/search?q=a;b", 400, "%3B"},
		{"unknown document", "/api/documents/nope", 404, "no document"},
		{"unknown path", "/api/nothing", 404, "no such page"},
		{"bad export format", "/api/export?q=a&format=xml", 400, "format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, s, tt.target)
			if rec.Code != tt.want {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.want, rec.Body)
			}
			var body struct {
				Error struct{ Code, Message string }
			}
			decode(t, rec, &body)
			if body.Error.Code == "" || !strings.Contains(body.Error.Message, tt.msg) {
				t.Errorf("error %+v, want a message containing %q", body.Error, tt.msg)
			}
		})
	}
}

// TestFilterValueWithComma checks that a facet value containing a comma,
// used as a filter, finds what its facet counts: parameters are repeated
// for OR, never split on commas.
func TestFilterValueWithComma(t *testing.T) {
	s := testServer(t, Config{})
	const section = "构建现代产业体系,加快形成新发展格局"
	var all govsearch.Result
	decode(t, get(t, s, "/api/search?q="+url.QueryEscape("发展")), &all)
	counts := map[string]int{}
	for _, f := range all.Facets.Section {
		counts[f.Value] = f.Count
	}
	if counts[section] == 0 {
		t.Fatalf("no facet value %q in %v", section, all.Facets.Section)
	}
	var one govsearch.Result
	decode(t, get(t, s, "/api/search?size=100&q="+url.QueryEscape("发展")+"&section="+url.QueryEscape(section)), &one)
	if one.Total != counts[section] {
		t.Errorf("section=%s: total %d, its facet says %d", section, one.Total, counts[section])
	}
	for _, h := range one.Hits {
		if h.Section != section {
			t.Errorf("hit %s in section %q", h.ID, h.Section)
		}
	}
	// Repeated: OR within the field.
	other := all.Facets.Section[0].Value
	if other == section {
		other = all.Facets.Section[1].Value
	}
	var two govsearch.Result
	decode(t, get(t, s, "/api/search?q="+url.QueryEscape("发展")+"&section="+url.QueryEscape(section)+"&section="+url.QueryEscape(other)), &two)
	if two.Total != counts[section]+counts[other] {
		t.Errorf("two sections: total %d, want %d + %d", two.Total, counts[section], counts[other])
	}
	// The parts of the value are not values of their own.
	var parts govsearch.Result
	decode(t, get(t, s, "/api/search?q="+url.QueryEscape("发展")+"&district="+url.QueryEscape("和平区,南开区")), &parts)
	if parts.Total != 0 {
		t.Errorf("district=和平区,南开区 is one (unknown) value, found %d", parts.Total)
	}
}

// TestNumeralYearAfterListMarker: the heading 二、二〇三五年远景目标和"十四五"
// 时期主要目标与重点任务 of a seed is found by 2035年远景目标.
func TestNumeralYearAfterListMarker(t *testing.T) {
	s := testServer(t, Config{})
	var res govsearch.Result
	decode(t, get(t, s, "/api/search?size=100&q="+url.QueryEscape("2035年远景目标")), &res)
	found := false
	for _, h := range res.Hits {
		if strings.Contains(h.Text, "二、二〇三五年远景目标和") {
			found = true
			if !strings.Contains(h.Highlight, "<mark>二〇三五年远景目标</mark>") {
				t.Errorf("highlight %q", h.Highlight)
			}
		}
	}
	if !found {
		t.Errorf("the heading 二、二〇三五年远景目标… is not among the %d hits of 2035年远景目标", res.Total)
	}
}

func TestUnknownFilterValueIsEmptyNotError(t *testing.T) {
	s := testServer(t, Config{})
	rec := get(t, s, "/api/search?q=发展&district="+url.QueryEscape("不存在区")+"&doc_type=xyz")
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	var res govsearch.Result
	decode(t, rec, &res)
	if res.Total != 0 || len(res.Hits) != 0 {
		t.Errorf("total %d", res.Total)
	}
}

func TestNothingAClientSendsIs500(t *testing.T) {
	s := testServer(t, Config{})
	nasty := []string{
		"q=%00", "q=%22%22%22", "q=OR", "q=-", "q=--", "q=a%20OR", "q=" + url.QueryEscape(strings.Repeat("\"a\" ", 400)),
		"q=a&size=", "q=a&from=1e9", "q=a&year=", "q=a&year=..", "q=a&year=abc..def", "q=%F0%9F%98%80",
		"q=" + url.QueryEscape(strings.Repeat("a OR ", 100)+"a"), "q=%EF%BC%82", "q=a&sort=&mode=", "q=<script>",
		"q=" + url.QueryEscape("营商环境") + "&mode=any&size=100", "q=a&highlight=false&facets=false",
	}
	for _, raw := range nasty {
		for _, path := range []string{"/api/search?", "/api/export?", "/doc/x?"} {
			rec := get(t, s, path+raw)
			if rec.Code >= 500 {
				t.Errorf("%s%s: status %d: %.200s", path, raw, rec.Code, rec.Body)
			}
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/api/search?q=a", strings.NewReader("x"))
	req.Host = "127.0.0.1"
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d", rec.Code)
	}
}

func TestDocuments(t *testing.T) {
	s := testServer(t, Config{})
	var list struct{ Documents []govsearch.Document }
	decode(t, get(t, s, "/api/documents"), &list)
	if len(list.Documents) != 5 {
		t.Fatalf("%d documents", len(list.Documents))
	}
	for _, d := range list.Documents {
		if d.ID == "" || d.Title == "" || d.Source == "" || d.Paragraphs == 0 || d.DocType == "" {
			t.Errorf("document lacks fields: %+v", d)
		}
		rec := get(t, s, "/api/documents/"+d.ID)
		if rec.Code != 200 {
			t.Fatalf("document %s: %d", d.ID, rec.Code)
		}
		var dc govsearch.DocumentContent
		decode(t, rec, &dc)
		if len(dc.Paragraphs) != d.Paragraphs || dc.Paragraphs[0].Position != 1 {
			t.Errorf("document %s: %d paragraphs, want %d", d.ID, len(dc.Paragraphs), d.Paragraphs)
		}
		if dc.Level != govsearch.LevelCounty || dc.MetaSource["district"] == "" || dc.MetaSource["title"] == "" {
			t.Errorf("document %s: level %q, meta_source %v: want a county with the source of its district and title", d.ID, dc.Level, dc.MetaSource)
		}
	}
}

func TestPages(t *testing.T) {
	s := testServer(t, Config{})
	for _, tc := range []struct{ path, ctype, contains string }{
		{"/", "text/html", `id="q"`},
		{"/static/app.js", "javascript", "/api/search"},
		{"/static/style.css", "text/css", "mark"},
		{"/widget.js", "javascript", "govsearch-box"},
		{"/healthz", "json", `"status":"ok"`},
	} {
		rec := get(t, s, tc.path)
		if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Type"), tc.ctype) || !strings.Contains(rec.Body.String(), tc.contains) {
			t.Errorf("%s: status %d, type %q, body lacks %q", tc.path, rec.Code, rec.Header().Get("Content-Type"), tc.contains)
		}
	}
	var list struct{ Documents []govsearch.Document }
	decode(t, get(t, s, "/api/documents"), &list)
	id := list.Documents[0].ID
	rec := get(t, s, "/doc/"+id+"?q="+url.QueryEscape(`发展 <script>alert(1)</script>`))
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, `id="p1"`) || !strings.Contains(body, "<mark>发展</mark>") {
		t.Errorf("document view: status %d, anchors or marks missing", rec.Code)
	}
	if strings.Contains(body, "<script>alert") {
		t.Errorf("document view does not escape the query")
	}
	if !strings.Contains(body, "元数据出处") || !strings.Contains(body, "年份←会议日期") {
		t.Errorf("document view does not say where its metadata came from")
	}
	if rec := get(t, s, "/doc/nope"); rec.Code != 404 {
		t.Errorf("missing document view: %d", rec.Code)
	}
}

func TestExport(t *testing.T) {
	s := testServer(t, Config{})
	var res govsearch.Result
	decode(t, get(t, s, "/api/search?q=发展&district="+url.QueryEscape("和平区")), &res)

	rec := get(t, s, "/api/export?format=csv&q=发展&district="+url.QueryEscape("和平区"))
	body := rec.Body.String()
	if rec.Code != 200 || !strings.HasPrefix(body, "\ufeffid,doc_id,title") {
		t.Fatalf("csv: status %d, starts %.40q", rec.Code, body)
	}
	recs, err := csvRecords(body)
	if err != nil {
		t.Fatal(err)
	}
	rows := len(recs) - 1
	if rows != res.Total {
		t.Errorf("csv has %d rows, total is %d", rows, res.Total)
	}

	rec = get(t, s, "/api/export?format=jsonl&q=发展&district="+url.QueryEscape("和平区"))
	lines := strings.Split(strings.TrimSpace(rec.Body.String()), "\n")
	if len(lines) != res.Total {
		t.Errorf("jsonl has %d lines, total is %d", len(lines), res.Total)
	}
	var first map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first["url"] == nil || first["text"] == nil {
		t.Errorf("jsonl line: %v %v", err, first)
	}
}

func TestCORS(t *testing.T) {
	s := testServer(t, Config{CORSOrigins: []string{"http://allowed.example"}})
	rec := get(t, s, "/api/search?q=税", "Origin", "http://allowed.example")
	if rec.Code != 200 || rec.Header().Get("Access-Control-Allow-Origin") != "http://allowed.example" {
		t.Errorf("allowed origin: status %d, ACAO %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
	}
	rec = get(t, s, "/api/search?q=税", "Origin", "http://evil.example")
	if rec.Code != 403 || rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("refused origin: status %d, ACAO %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
	}
	req := httptest.NewRequest(http.MethodOptions, "/api/search?q=税", nil)
	req.Host = "127.0.0.1:8080"
	req.Header.Set("Origin", "http://allowed.example")
	req.Header.Set("Access-Control-Request-Method", "GET")
	pre := httptest.NewRecorder()
	s.Handler().ServeHTTP(pre, req)
	if pre.Code != http.StatusNoContent || pre.Header().Get("Access-Control-Allow-Origin") == "" {
		t.Errorf("preflight: status %d", pre.Code)
	}
	// The page itself (same origin, on a host the server serves) is allowed.
	rec = get(t, s, "/api/search?q=税", "Origin", "http://127.0.0.1:8080")
	if rec.Code != 200 {
		t.Errorf("same-origin request: status %d", rec.Code)
	}
	// A page whose origin equals the Host it sent is not same-origin for
	// any host: that is what a DNS-rebinding page sends.
	rec = get(t, s, "/api/search?q=税", "Origin", "http://evil.example", "Host", "evil.example")
	if rec.Code != 403 || rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("rebinding request: status %d, ACAO %q", rec.Code, rec.Header().Get("Access-Control-Allow-Origin"))
	}
}

// blockingSearcher holds every search until released.
type blockingSearcher struct {
	Searcher
	release chan struct{}
}

func (b blockingSearcher) Search(ctx context.Context, q govsearch.Query, opt govsearch.SearchOptions) (*govsearch.Result, error) {
	select {
	case <-b.release:
	case <-ctx.Done():
	}
	return &govsearch.Result{Hits: []govsearch.Hit{}}, nil
}

func TestOverloadGets503(t *testing.T) {
	bs := blockingSearcher{Searcher: seedIndex(t), release: make(chan struct{})}
	s := New(bs, Config{MaxConcurrent: 2, QueueWait: 20 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, nil)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	var wg sync.WaitGroup
	statuses := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Get(srv.URL + "/api/search?q=a")
			if err != nil {
				statuses <- -1
				return
			}
			if resp.StatusCode == 503 && resp.Header.Get("Retry-After") == "" {
				statuses <- -2
			}
			resp.Body.Close()
			statuses <- resp.StatusCode
		}()
	}
	time.Sleep(300 * time.Millisecond)
	close(bs.release)
	wg.Wait()
	close(statuses)
	counts := map[int]int{}
	for st := range statuses {
		counts[st]++
	}
	if counts[200] != 2 || counts[503] != 8 {
		t.Errorf("statuses %v, want 2×200 and 8×503 with Retry-After", counts)
	}
}

func csvRecords(body string) ([][]string, error) {
	return csv.NewReader(strings.NewReader(strings.TrimPrefix(body, "\ufeff"))).ReadAll()
}

func TestCheckEndpoint(t *testing.T) {
	s := testServer(t, Config{})
	rec := get(t, s, "/api/check?claim="+url.QueryEscape("和平区一般公共预算收入36.8亿元，增长19.4%"))
	if rec.Code != 200 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var res check.Result
	decode(t, rec, &res)
	if res.Verdict != check.Mixed || len(res.Figures) != 2 || res.Figures[0].Verdict != check.Supported || res.Figures[1].Verdict != check.Contradicted {
		t.Fatalf("verdicts: %s %+v", res.Verdict, res.Figures)
	}
	ev := res.Figures[1].Evidence[0]
	if ev.Figure != "14.9%" || ev.DocID == "" || ev.Title == "" || !strings.Contains(ev.Highlight, "<mark>14.9%</mark>") || !strings.Contains(ev.Highlight, "<mark>一般公共预算收入</mark>") {
		t.Errorf("evidence %+v", ev)
	}
	if len(res.Hits) == 0 {
		t.Error("no hits")
	}
	for _, bad := range []string{"", "claim=", "claim=" + url.QueryEscape("营商环境持续优化"), "claim=%ff", "claim=a&year=abc"} {
		if rec := get(t, s, "/api/check?"+bad); rec.Code != 400 {
			t.Errorf("/api/check?%s: status %d", bad, rec.Code)
		}
	}
}
