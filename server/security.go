package server

import (
	"net"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/govsearch/govsearch"
)

// contentSecurityPolicy is sent with every response but the widget's
// script. The page and the document view load their script and style
// from this server and call only its API; nothing is inline, nothing may
// frame them. On a JSON or CSV response it forbids framing and matters
// only if a browser were ever to render one as a page.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// widgetPath is the one resource other sites load: by <script>, so no
// framing rule applies to it.
const widgetPath = "/widget.js"

// securityHeaders sets the headers every response carries, whatever
// answers it (API, page, export, error, 404): no content sniffing, no
// referrer leaving the page (a query is part of the document view's URL),
// and no framing except for the widget's script.
func securityHeaders() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.Writer.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		if c.Request.URL.Path != widgetPath {
			h.Set("Content-Security-Policy", contentSecurityPolicy)
			h.Set("X-Frame-Options", "DENY")
		}
		c.Next()
	}
}

// hostAllowed reports whether the server answers for host (a Host header,
// with or without a port): a loopback name or address, or one of allowed
// (a name, or a name with a port). Answering only for known names closes
// DNS rebinding: a page of evil.example whose name was re-pointed at
// 127.0.0.1 sends Host: evil.example and is refused.
func hostAllowed(host string, allowed []string) bool {
	name := host
	if h, _, err := net.SplitHostPort(host); err == nil {
		name = h
	}
	name = strings.TrimSuffix(strings.ToLower(strings.Trim(name, "[]")), ".")
	if name == "localhost" {
		return true
	}
	if ip := net.ParseIP(name); ip != nil && ip.IsLoopback() {
		return true
	}
	for _, a := range allowed {
		a = strings.TrimSuffix(strings.ToLower(a), ".")
		if a == name || a == strings.ToLower(host) {
			return true
		}
	}
	return false
}

// hosts refuses requests for a host the server is not meant to serve.
func (s *Server) hosts() gin.HandlerFunc {
	return func(c *gin.Context) {
		if !hostAllowed(c.Request.Host, s.cfg.AllowedHosts) {
			s.fail(c, govsearch.Errorf(govsearch.EForbidden, "this server does not answer for host %q; the server's operator can add it with --allowed-host", clipRunes(c.Request.Host, 100)))
			return
		}
		c.Next()
	}
}

// sameOrigin reports whether origin is the origin of the request's own
// host. It is asked only after hosts has accepted that host: a page of
// any other name never counts as same-origin.
func sameOrigin(r *http.Request, origin string) bool {
	return origin == "http://"+r.Host || origin == "https://"+r.Host
}
