// Package server answers HTTP: the JSON API of the contract, the search
// page, the document view and the embeddable widget. It turns requests
// into queries, calls the index through a small interface, and maps errors
// to statuses in one place. It never touches bleve or files.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/query"
)

// Searcher is what the server needs of an index.
type Searcher interface {
	Search(ctx context.Context, q govsearch.Query, opt govsearch.SearchOptions) (*govsearch.Result, error)
	Each(ctx context.Context, q govsearch.Query, fn func(govsearch.Hit) error) (int, error)
	Documents(ctx context.Context) ([]govsearch.Document, error)
	Document(id string) (*govsearch.DocumentContent, error)
	Info() govsearch.IndexInfo
}

// HealthReporter is implemented by a Searcher made of parts that can
// fail on their own (a cluster gateway and its shards): healthz reports
// ok only when it is, and shows its detail.
type HealthReporter interface {
	Health() (ok bool, detail any)
}

// Config holds the server's settings; zero values take the defaults.
type Config struct {
	Addr           string
	Version        string
	RequestTimeout time.Duration // per search or export page
	ExportTimeout  time.Duration // for a whole export
	MaxQueryRunes  int
	MaxPageSize    int
	MaxFrom        int
	MaxConcurrent  int           // searches running at once; more get 503
	QueueWait      time.Duration // how long a request may wait for a slot
	ReadTimeout    time.Duration
	WriteTimeout   time.Duration
	CORSOrigins    []string // origins allowed to call the API from a browser
	// AllowedHosts are the names (or name:port) the server answers for,
	// besides loopback names and the host of Addr; any other Host header
	// is refused, which closes DNS rebinding.
	AllowedHosts []string
	Logger       *slog.Logger
	// Highlighter marks query terms in the document view.
	Highlighter Highlighter
	// Checker answers /api/check; nil leaves the endpoint out.
	Checker Checker
}

func (c *Config) setDefaults() {
	if c.Addr == "" {
		c.Addr = "127.0.0.1:8080"
	}
	if c.Version == "" {
		c.Version = "dev"
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = 10 * time.Second
	}
	if c.ExportTimeout <= 0 {
		c.ExportTimeout = 5 * time.Minute
	}
	if c.MaxQueryRunes <= 0 {
		c.MaxQueryRunes = query.DefaultLimits.MaxQueryRunes
	}
	if c.MaxPageSize <= 0 {
		c.MaxPageSize = query.DefaultLimits.MaxSize
	}
	if c.MaxFrom <= 0 {
		c.MaxFrom = query.DefaultLimits.MaxFrom
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = 4 * runtime.GOMAXPROCS(0)
	}
	if c.QueueWait <= 0 {
		c.QueueWait = 100 * time.Millisecond
	}
	if c.ReadTimeout <= 0 {
		c.ReadTimeout = 10 * time.Second
	}
	if c.WriteTimeout <= 0 {
		c.WriteTimeout = c.ExportTimeout + 10*time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// Server is the HTTP server.
type Server struct {
	idx     Searcher
	cfg     Config
	router  *gin.Engine
	slots   chan struct{}
	origins map[string]bool
	ready   func() bool
	// highlighter is cfg.Highlighter.
	highlighter Highlighter
	metrics     *metrics
	// research is idx's research tools, when it has them.
	research Researcher
}

// New returns a server for idx. ready, when not nil, tells whether the
// server may answer searches yet (healthz reports 503 until then).
func New(idx Searcher, cfg Config, ready func() bool) *Server {
	cfg.setDefaults()
	gin.SetMode(gin.ReleaseMode)
	s := &Server{
		idx:     idx,
		cfg:     cfg,
		router:  gin.New(),
		slots:   make(chan struct{}, cfg.MaxConcurrent),
		origins: map[string]bool{},
		ready:   ready,

		highlighter: cfg.Highlighter,
		metrics:     newMetrics(idx),
	}
	s.research, _ = idx.(Researcher)
	for _, o := range cfg.CORSOrigins {
		s.origins[strings.TrimRight(o, "/")] = true
	}
	// The host the server was told to listen on is one it serves, unless it
	// is a wildcard address.
	if h, _, err := net.SplitHostPort(cfg.Addr); err == nil && h != "" {
		if ip := net.ParseIP(h); ip == nil || !ip.IsUnspecified() {
			s.cfg.AllowedHosts = append(slices.Clip(s.cfg.AllowedHosts), h)
		}
	}
	s.routes()
	return s
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.router }

// limits are the query limits over HTTP.
func (s *Server) limits() query.Limits {
	return query.Limits{MaxQueryRunes: s.cfg.MaxQueryRunes, MaxSize: s.cfg.MaxPageSize, MaxFrom: s.cfg.MaxFrom}
}

func (s *Server) routes() {
	r := s.router
	r.Use(securityHeaders(), requestID(), s.metrics.observe(), s.logRequests(), s.recovery(), s.hosts(), s.cors())
	r.HandleMethodNotAllowed = true
	r.NoRoute(func(c *gin.Context) {
		s.fail(c, govsearch.Errorf(govsearch.ENotFound, "no such page: %s", c.Request.URL.Path))
	})
	r.NoMethod(func(c *gin.Context) {
		c.Header("Allow", "GET, HEAD")
		c.AbortWithStatusJSON(http.StatusMethodNotAllowed, errorBody("method_not_allowed", "only GET is supported"))
	})
	s.get("/healthz", s.healthz)
	s.get("/metrics", s.metrics.handler())
	s.get("/api/openapi.json", s.openapi)
	s.get("/api/search", s.limit(), s.search)
	s.get("/api/export", s.limit(), s.export)
	s.get("/api/check", s.limit(), s.check)
	if s.research != nil {
		s.get("/api/trend", s.limit(), s.trend)
		s.get("/api/kwic", s.limit(), s.kwic)
		s.get("/api/feed", s.limit(), s.feed)
		s.get("/kwic", s.limit(), s.kwicView)
	}
	s.get("/api/documents", s.documents)
	s.get("/api/documents/:id", s.document)
	s.pageRoutes()
}

// get routes GET and HEAD of path to the handlers: HEAD answers as GET
// does, and net/http drops the body.
func (s *Server) get(path string, handlers ...gin.HandlerFunc) {
	s.router.GET(path, handlers...)
	s.router.HEAD(path, handlers...)
}

// ListenAndServe serves until ctx is cancelled, then shuts down
// gracefully: in-flight requests finish, new ones are refused.
func (s *Server) ListenAndServe(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.router,
		ReadTimeout:       s.cfg.ReadTimeout,
		ReadHeaderTimeout: s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// errorBody is the contract's error object.
func errorBody(code, message string) gin.H {
	return gin.H{"error": gin.H{"code": code, "message": message}}
}

// status maps an error code to an HTTP status: the one place that does.
func status(code string) int {
	switch code {
	case govsearch.EInvalid:
		return http.StatusBadRequest
	case govsearch.ENotFound:
		return http.StatusNotFound
	case govsearch.EForbidden:
		return http.StatusForbidden
	case govsearch.EUnavailable, govsearch.ETimeout, govsearch.EShardUnavailable:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// fail answers with the error as JSON; internal details go to the log.
func (s *Server) fail(c *gin.Context, err error) {
	code := govsearch.ErrorCode(err)
	st := status(code)
	if st == http.StatusInternalServerError {
		s.cfg.Logger.Error("request failed", "path", c.Request.URL.Path, "err", err)
	}
	if st == http.StatusServiceUnavailable {
		c.Header("Retry-After", "1")
	}
	c.Set("error", code)
	c.AbortWithStatusJSON(st, errorBody(code, govsearch.ErrorMessage(err)))
}

// recovery turns a panic into a logged internal error.
func (s *Server) recovery() gin.HandlerFunc {
	return func(c *gin.Context) {
		defer func() {
			if r := recover(); r != nil {
				s.cfg.Logger.Error("panic", "path", c.Request.URL.Path, "panic", fmt.Sprint(r))
				if !c.Writer.Written() {
					c.AbortWithStatusJSON(http.StatusInternalServerError, errorBody(govsearch.EInternal, "internal error"))
				}
			}
		}()
		c.Next()
	}
}

// logRequests writes one log line per request.
func (s *Server) logRequests() gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		attrs := []any{
			"request_id", c.GetString("request_id"),
			"method", c.Request.Method,
			"route", c.FullPath(),
			"status", c.Writer.Status(),
			"latency_ms", float64(time.Since(start).Microseconds()) / 1000,
		}
		if hits, ok := c.Get("hits"); ok {
			attrs = append(attrs, "hits", hits)
		}
		if q := c.Query("q"); q != "" {
			attrs = append(attrs, "q", clipRunes(q, 200))
		}
		if claim := c.Query("claim"); claim != "" {
			attrs = append(attrs, "claim", clipRunes(claim, 200))
		}
		s.cfg.Logger.Info("request", attrs...)
	}
}

// clipRunes shortens s to at most n characters, the last being … when cut.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// cors lets the allowed origins call the API and load the widget. A
// browser request from any other origin is refused with 403.
func (s *Server) cors() gin.HandlerFunc {
	return func(c *gin.Context) {
		origin := c.GetHeader("Origin")
		if origin == "" {
			c.Next()
			return
		}
		if sameOrigin(c.Request, origin) {
			c.Next()
			return
		}
		c.Header("Vary", "Origin")
		if !s.origins[origin] {
			if strings.HasPrefix(c.Request.URL.Path, "/api/") {
				s.fail(c, govsearch.Errorf(govsearch.EForbidden, "origin %s is not allowed to use this API; the server's operator can add it with --cors-origin", origin))
				return
			}
			c.Next()
			return
		}
		c.Header("Access-Control-Allow-Origin", origin)
		c.Header("Access-Control-Allow-Methods", "GET, OPTIONS")
		c.Header("Access-Control-Max-Age", "600")
		if c.Request.Method == http.MethodOptions {
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
		c.Next()
	}
}

// limit bounds the searches running at once: a request that finds no
// free slot within QueueWait gets 503 with Retry-After instead of piling up.
func (s *Server) limit() gin.HandlerFunc {
	return func(c *gin.Context) {
		timer := time.NewTimer(s.cfg.QueueWait)
		defer timer.Stop()
		select {
		case s.slots <- struct{}{}:
		case <-timer.C:
			s.fail(c, govsearch.Errorf(govsearch.EUnavailable, "the server is busy; try again in a moment"))
			return
		case <-c.Request.Context().Done():
			s.fail(c, govsearch.Errorf(govsearch.EUnavailable, "request cancelled"))
			return
		}
		defer func() { <-s.slots }()
		c.Next()
	}
}

func (s *Server) healthz(c *gin.Context) {
	info := s.idx.Info()
	body := gin.H{"status": "ok", "version": s.cfg.Version, "documents": info.Documents, "paragraphs": info.Paragraphs, "index_built_at": info.BuiltAt}
	if hr, ok := s.idx.(HealthReporter); ok {
		healthy, detail := hr.Health()
		body["cluster"] = detail
		if !healthy {
			body["status"] = "degraded"
			c.Header("Retry-After", "1")
			c.PureJSON(http.StatusServiceUnavailable, body)
			return
		}
	}
	if s.ready != nil && !s.ready() {
		body["status"] = "starting"
		c.Header("Retry-After", "1")
		c.PureJSON(http.StatusServiceUnavailable, body)
		return
	}
	c.PureJSON(http.StatusOK, body)
}

func (s *Server) search(c *gin.Context) {
	values, err := query.ParseRawQuery(c.Request.URL.RawQuery)
	if err != nil {
		s.fail(c, err)
		return
	}
	q, opt, err := query.FromValues(values, s.limits())
	if err != nil {
		s.fail(c, err)
		return
	}
	opt.NoCache = strings.Contains(c.GetHeader("Cache-Control"), "no-cache")
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancel()
	res, err := s.idx.Search(ctx, q, opt)
	if err != nil {
		s.fail(c, err)
		return
	}
	c.Set("hits", res.Total)
	c.PureJSON(http.StatusOK, res)
}

func (s *Server) documents(c *gin.Context) {
	ctx, cancel := context.WithTimeout(c.Request.Context(), s.cfg.RequestTimeout)
	defer cancel()
	docs, err := s.idx.Documents(ctx)
	if err != nil {
		s.fail(c, err)
		return
	}
	if docs == nil {
		docs = []govsearch.Document{}
	}
	c.PureJSON(http.StatusOK, gin.H{"documents": docs})
}

func (s *Server) document(c *gin.Context) {
	dc, err := s.idx.Document(c.Param("id"))
	if err != nil {
		s.fail(c, err)
		return
	}
	c.PureJSON(http.StatusOK, dc)
}
