package server

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
)

// TestOpenAPIFilters checks that every path that takes filters documents
// exactly the facet fields (govsearch.FacetFields) as filter parameters, in
// their order, and that a trend's by takes exactly the trend fields.
func TestOpenAPIFilters(t *testing.T) {
	s := testServer(t, Config{})
	rec := get(t, s, "/api/openapi.json")
	type param struct {
		Name   string
		Schema struct{ Enum []string }
	}
	var doc struct {
		Paths map[string]map[string]struct{ Parameters []param } `json:"paths"`
	}
	decode(t, rec, &doc)
	// The parameters that are not filters, on any path.
	other := map[string]bool{"q": true, "claim": true, "by": true, "from": true, "size": true, "sort": true, "mode": true,
		"highlight": true, "facets": true, "explain": true, "format": true, "width": true}
	filtered := []string{"/api/search", "/api/export", "/api/check", "/api/trend", "/api/kwic", "/api/feed", "/kwic"}
	for _, path := range filtered {
		op, ok := doc.Paths[path]["get"]
		if !ok {
			t.Errorf("GET %s is not documented", path)
			continue
		}
		var filters []string
		for _, p := range op.Parameters {
			if !other[p.Name] {
				filters = append(filters, p.Name)
			}
			if p.Name == "by" && !sameSet(p.Schema.Enum, govsearch.TrendNames()) {
				t.Errorf("GET %s: by takes %v; the trend fields are %v", path, p.Schema.Enum, govsearch.TrendNames())
			}
		}
		if !slices.Equal(filters, govsearch.FacetNames()) {
			t.Errorf("GET %s: filter parameters %v; the facet fields are %v", path, filters, govsearch.FacetNames())
		}
	}
}

// sameSet says whether a and b hold the same strings, in any order.
func sameSet(a, b []string) bool {
	return slices.Equal(slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b)))
}

// TestOpenAPIMatchesRoutes checks the OpenAPI document against the real
// router: every route is documented, and every documented route answers.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	s := testServer(t, Config{})
	rec := get(t, s, "/api/openapi.json")
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	decode(t, rec, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi version %q", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	param := regexp.MustCompile(`:(\w+)`)
	routes := map[string]bool{}
	for _, r := range s.router.Routes() {
		routes[r.Method+" "+r.Path] = true
	}
	for _, r := range s.router.Routes() {
		if r.Method == http.MethodHead && routes["GET "+r.Path] {
			continue // HEAD is implied by GET
		}
		key := r.Method + " " + param.ReplaceAllString(r.Path, "{$1}")
		if !documented[key] {
			t.Errorf("route %s is not in the OpenAPI document", key)
		}
		delete(documented, key)
	}
	for key := range documented {
		t.Errorf("the OpenAPI document describes %s, which no route serves", key)
	}
	// Every documented path answers (with sample parameters).
	var docs struct{ Documents []govsearch.Document }
	decode(t, get(t, s, "/api/documents"), &docs)
	id := docs.Documents[0].ID
	for path := range doc.Paths {
		target := strings.ReplaceAll(path, "{id}", id)
		switch path {
		case "/api/search", "/api/export", "/api/trend", "/api/kwic", "/api/feed", "/kwic":
			target += "?q=" + url.QueryEscape("税")
		}
		if path == "/api/check" {
			target += "?claim=" + url.QueryEscape("和平区一般公共预算收入36.8亿元")
		}
		if rec := get(t, s, target); rec.Code != http.StatusOK {
			t.Errorf("GET %s: status %d", target, rec.Code)
		}
	}
}

func TestMetricsScrape(t *testing.T) {
	s := testServer(t, Config{})
	get(t, s, "/api/search?q=税")
	get(t, s, "/api/search?q=")
	body := get(t, s, "/metrics").Body.String()
	for _, want := range []string{
		`govsearch_http_requests_total{route="/api/search",status="200"} 1`,
		`govsearch_http_requests_total{route="/api/search",status="400"} 1`,
		`govsearch_http_request_duration_seconds_bucket{route="/api/search",le=`,
		`govsearch_index_documents 5`,
		`govsearch_index_paragraphs `,
		`govsearch_index_build_seconds `,
		`go_goroutines `,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestRequestIDAndLogs(t *testing.T) {
	var logs bytes.Buffer
	s := New(seedIndex(t), Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil)), Highlighter: index.HighlightTerms}, nil)
	long := strings.Repeat("营", 600)
	rec := get(t, s, "/api/search?q="+url.QueryEscape(long), "X-Request-Id", "abc-123")
	if rec.Header().Get("X-Request-Id") != "abc-123" {
		t.Errorf("request id not kept: %q", rec.Header().Get("X-Request-Id"))
	}
	rec = get(t, s, "/api/search?q=税", "X-Request-Id", "bad id with spaces")
	gen := rec.Header().Get("X-Request-Id")
	if len(gen) != 16 {
		t.Errorf("generated request id %q", gen)
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d log lines, want one per request", len(lines))
	}
	var first, second map[string]any
	json.Unmarshal([]byte(lines[0]), &first)
	json.Unmarshal([]byte(lines[1]), &second)
	if first["request_id"] != "abc-123" || first["status"] != float64(400) || first["route"] != "/api/search" {
		t.Errorf("log line %v", first)
	}
	if q, _ := first["q"].(string); len([]rune(q)) > 200 {
		t.Errorf("logged query is %d characters", len([]rune(q)))
	}
	if second["hits"] == nil || second["latency_ms"] == nil || second["request_id"] != gen {
		t.Errorf("log line %v", second)
	}
}

func TestHealthz(t *testing.T) {
	s := New(seedIndex(t), Config{Version: "1.2.3", Logger: slog.New(slog.DiscardHandler)}, nil)
	var h map[string]any
	decode(t, get(t, s, "/healthz"), &h)
	if h["status"] != "ok" || h["version"] != "1.2.3" || h["documents"] != float64(5) {
		t.Errorf("healthz %v", h)
	}
	notReady := New(seedIndex(t), Config{Logger: slog.New(slog.DiscardHandler)}, func() bool { return false })
	if rec := get(t, notReady, "/healthz"); rec.Code != 503 || rec.Header().Get("Retry-After") == "" {
		t.Errorf("healthz before ready: %d", rec.Code)
	}
}

func TestResultCacheAndNoCache(t *testing.T) {
	s := testServer(t, Config{})
	var a, b, c govsearch.Result
	decode(t, get(t, s, "/api/search?q=发展"), &a)
	decode(t, get(t, s, "/api/search?q=发展"), &b)
	decode(t, get(t, s, "/api/search?q=发展", "Cache-Control", "no-cache"), &c)
	if a.Total != b.Total || b.Total != c.Total || len(a.Hits) != len(c.Hits) || a.Hits[0].ID != c.Hits[0].ID {
		t.Errorf("cached and fresh answers differ: %d %d %d", a.Total, b.Total, c.Total)
	}
}

// TestFieldsScript checks that the page and the widget get the facet
// fields from the server, and that their scripts range over them rather
// than list fields of their own.
func TestFieldsScript(t *testing.T) {
	s := testServer(t, Config{})
	for _, path := range []string{"/static/fields.js", "/widget.js"} {
		body := get(t, s, path).Body.String()
		_, decl, ok := strings.Cut(body, "const FACET_FIELDS = ")
		decl, _, _ = strings.Cut(decl, ";\n")
		var fields []struct{ Name string }
		if !ok || json.Unmarshal([]byte(decl), &fields) != nil {
			t.Fatalf("%s declares no FACET_FIELDS", path)
		}
		var names []string
		for _, f := range fields {
			names = append(names, f.Name)
		}
		if !slices.Equal(names, govsearch.FacetNames()) {
			t.Errorf("%s: FACET_FIELDS %v, want %v", path, names, govsearch.FacetNames())
		}
	}
	for _, name := range []string{"app.js", "trend.js", "widget.js", "index.html"} {
		b, err := webFS.ReadFile("web/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), `"doc_type"`) || strings.Contains(string(b), `"doc-type"`) {
			t.Errorf("web/%s names the field doc_type: it should range over FACET_FIELDS", name)
		}
	}
}
