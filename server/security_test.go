package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
)

// TestSecurityHeaders checks that every kind of response carries the
// headers of securityHeaders: API answers, errors, exports, pages, the
// HTML 404, the JSON 404, 405, a refused origin or host.
func TestSecurityHeaders(t *testing.T) {
	s := testServer(t, Config{CORSOrigins: []string{"http://allowed.example"}})
	var list struct{ Documents []govsearch.Document }
	decode(t, get(t, s, "/api/documents"), &list)
	id := list.Documents[0].ID
	tests := []struct {
		name, target string
		header       []string
		html         bool
	}{
		{"search", "/api/search?q=" + url.QueryEscape("<script>"), nil, false},
		{"search error", "/api/search?q=", nil, false},
		{"documents", "/api/documents", nil, false},
		{"document", "/api/documents/" + id, nil, false},
		{"openapi", "/api/openapi.json", nil, false},
		{"check", "/api/check?claim=" + url.QueryEscape("和平区一般公共预算收入36.8亿元"), nil, false},
		{"csv export", "/api/export?q=" + url.QueryEscape("税"), nil, false},
		{"jsonl export", "/api/export?format=jsonl&q=" + url.QueryEscape("税"), nil, false},
		{"healthz", "/healthz", nil, false},
		{"metrics", "/metrics", nil, false},
		{"unknown path", "/nothing", nil, false},
		{"script", "/static/app.js", nil, false},
		{"style", "/static/style.css", nil, false},
		{"page", "/", nil, true},
		{"document view", "/doc/" + id, nil, true},
		{"document view 404", "/doc/nope", nil, true},
		{"refused origin", "/api/search?q=a", []string{"Origin", "http://evil.example"}, false},
		{"refused host", "/api/search?q=a", []string{"Host", "evil.example"}, false},
		{"allowed origin", "/api/search?q=a", []string{"Origin", "http://allowed.example"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := get(t, s, tt.target, tt.header...)
			h := rec.Header()
			if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
				t.Errorf("status %d: nosniff %q, Referrer-Policy %q", rec.Code, h.Get("X-Content-Type-Options"), h.Get("Referrer-Policy"))
			}
			csp := h.Get("Content-Security-Policy")
			if !strings.Contains(csp, "frame-ancestors 'none'") || h.Get("X-Frame-Options") != "DENY" {
				t.Errorf("status %d: CSP %q, X-Frame-Options %q", rec.Code, csp, h.Get("X-Frame-Options"))
			}
			if tt.html {
				if !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
					t.Errorf("Content-Type %q", h.Get("Content-Type"))
				}
				for _, want := range []string{"default-src 'none'", "script-src 'self'", "style-src 'self'", "base-uri 'none'"} {
					if !strings.Contains(csp, want) {
						t.Errorf("CSP %q lacks %q", csp, want)
					}
				}
				if strings.Contains(csp, "unsafe-inline") || strings.Contains(rec.Body.String(), "style=") {
					t.Errorf("the page needs inline style: CSP %q", csp)
				}
			}
		})
	}
	// POST is refused, with the same headers.
	req := httptest.NewRequest(http.MethodPost, "/api/search?q=a", nil)
	req.Host = "127.0.0.1"
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	if rec.Code != 405 || rec.Header().Get("X-Content-Type-Options") != "nosniff" || rec.Header().Get("X-Frame-Options") != "DENY" {
		t.Errorf("POST: status %d, headers %v", rec.Code, rec.Header())
	}
	// The widget's script is loaded by other sites' pages: no framing rule.
	rec = get(t, s, "/widget.js")
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" || rec.Header().Get("Referrer-Policy") == "" ||
		rec.Header().Get("X-Frame-Options") != "" || strings.Contains(rec.Header().Get("Content-Security-Policy"), "frame-ancestors") {
		t.Errorf("widget.js headers %v", rec.Header())
	}
}

// TestAllowedHosts checks that the server answers only for loopback names,
// the host it listens on, and --allowed-host: the defence against DNS
// rebinding.
func TestAllowedHosts(t *testing.T) {
	def := testServer(t, Config{})
	extra := testServer(t, Config{AllowedHosts: []string{"search.example.org", "other.example:8443"}, Addr: "192.0.2.7:8080"})
	tests := []struct {
		name string
		s    *Server
		host string
		want int
	}{
		{"127.0.0.1 with port", def, "127.0.0.1:8080", 200},
		{"127.0.0.1", def, "127.0.0.1", 200},
		{"other loopback address", def, "127.0.0.2:9000", 200},
		{"localhost", def, "localhost:8080", 200},
		{"localhost, upper case, trailing dot", def, "LOCALHOST.:1", 200},
		{"ipv6 loopback", def, "[::1]:8080", 200},
		{"foreign name", def, "evil.example", 403},
		{"foreign name with port", def, "evil.example:8080", 403},
		{"name that starts like loopback", def, "127.0.0.1.evil.example", 403},
		{"localhost subdomain", def, "localhost.evil.example:8080", 403},
		{"empty host", def, "", 403},
		{"other address", def, "192.0.2.7:8080", 403},
		{"allowed name", extra, "search.example.org", 200},
		{"allowed name, any port", extra, "search.example.org:8080", 200},
		{"allowed name and port", extra, "other.example:8443", 200},
		{"allowed name, other port", extra, "other.example:8080", 403},
		{"listen address", extra, "192.0.2.7:8080", 200},
		{"loopback still served", extra, "localhost:8080", 200},
		{"not allowed", extra, "evil.example", 403},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, path := range []string{"/api/search?q=" + url.QueryEscape("税"), "/healthz", "/"} {
				rec := get(t, tt.s, path, "Host", tt.host)
				if rec.Code != tt.want {
					t.Fatalf("%s for Host %q: status %d, want %d", path, tt.host, rec.Code, tt.want)
				}
				if tt.want == 403 {
					var body struct {
						Error struct{ Code, Message string }
					}
					decode(t, rec, &body)
					if body.Error.Code != govsearch.EForbidden || !strings.Contains(body.Error.Message, "--allowed-host") {
						t.Errorf("error %+v", body.Error)
					}
				}
			}
		})
	}
}

// TestHEAD checks that HEAD answers wherever GET does, with GET's status
// and headers and no body.
func TestHEAD(t *testing.T) {
	s := testServer(t, Config{})
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	var list struct{ Documents []govsearch.Document }
	decode(t, get(t, s, "/api/documents"), &list)
	id := list.Documents[0].ID
	for _, path := range []string{
		"/", "/widget.js", "/static/app.js", "/static/style.css", "/doc/" + id, "/doc/nope", "/healthz", "/metrics",
		"/api/openapi.json", "/api/documents", "/api/documents/" + id, "/api/search?q=" + url.QueryEscape("税"),
		"/api/search?q=", "/api/export?q=" + url.QueryEscape("税"), "/api/check?claim=" + url.QueryEscape("和平区一般公共预算收入36.8亿元"),
	} {
		g, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		g.Body.Close()
		h, err := http.Head(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(h.Body)
		h.Body.Close()
		if h.StatusCode != g.StatusCode || h.Header.Get("Content-Type") != g.Header.Get("Content-Type") || len(body) != 0 {
			t.Errorf("HEAD %s: status %d, type %q, %d body bytes; GET: %d, %q", path, h.StatusCode, h.Header.Get("Content-Type"), len(body), g.StatusCode, g.Header.Get("Content-Type"))
		}
		if h.StatusCode == http.StatusMethodNotAllowed {
			t.Errorf("HEAD %s: 405", path)
		}
	}
}
