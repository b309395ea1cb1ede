package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/check"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/internal/gencorpus"
	"github.com/govsearch/govsearch/query"
	"github.com/govsearch/govsearch/seeds"
	"github.com/govsearch/govsearch/server"
)

func cmdIndex(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	prune := fs.Bool("prune", false, "remove documents whose files are gone")
	follow := fs.Bool("follow-symlinks", false, "follow symbolic links to files outside the given folders")
	maxText := fs.Int("max-text-mb", ingest.DefaultMaxText>>20, "most text one file may hold, in MB; a file with more is refused")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError{"no PATH given: name the files or folders to index"}
	}
	if *maxText <= 0 {
		return usageError{"--max-text-mb must be positive"}
	}
	known := map[string]string{}
	if index.Exists(*dir) {
		ix, err := index.Open(*dir, index.Options{})
		if err != nil {
			return err
		}
		known = ix.SourceHashes()
		ix.Close()
	}
	roots, files, failed := collectFiles(paths, *follow, stderr)
	opts := ingest.Options{MaxText: *maxText << 20}
	if !*follow {
		for _, r := range roots {
			opts.Roots = append(opts.Roots, r.resolved)
		}
	}
	parser := ingest.NewParser(opts)
	progress := newProgress(stderr, len(files))
	var change index.Change
	unchanged := 0
	seen := map[string]bool{}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		progress.step(f.path)
		seen[f.source] = true
		// The same file indexed before under the path as it was given.
		if old := filepath.ToSlash(filepath.Clean(f.path)); old != f.source {
			if _, ok := known[old]; ok {
				change.Delete = append(change.Delete, ingest.DocID(old))
				seen[old] = true
			}
		}
		if h, ok := known[f.source]; ok {
			if fp, err := parser.Fingerprint(f.path); err == nil && fp == h {
				unchanged++
				continue
			}
		}
		p, err := parseFile(ctx, parser, f)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			progress.clear()
			fmt.Fprintf(stderr, "%s: %v\n", f.path, strings.TrimPrefix(err.Error(), "ingest "+f.source+": "))
			failed++
			continue
		}
		for _, w := range p.Document.Warnings {
			progress.clear()
			fmt.Fprintf(stderr, "%s: warning: %s\n", f.path, w)
		}
		change.Put = append(change.Put, index.Doc{Document: p.Document, Paragraphs: p.Paragraphs})
	}
	progress.clear()
	if *prune {
		for source := range known {
			if !seen[source] && gone(source, roots) {
				change.Delete = append(change.Delete, ingest.DocID(source))
			}
		}
	}
	start := time.Now()
	res, err := index.Update(ctx, *dir, change, index.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "indexed %d new, %d changed, %d unchanged, %d removed, %d failed; the index has %d documents, %d paragraphs (%.1fs)\n",
		res.Added, res.Replaced, unchanged, res.Deleted, failed, res.Documents, res.Paragraphs, time.Since(start).Seconds())
	if failed > 0 {
		return exitError(1)
	}
	return nil
}

// parseFile parses one file, returning as soon as ctx is done: the parser
// looks at ctx between its stages only, and a stopped run need not wait
// for it.
func parseFile(ctx context.Context, parser *ingest.Parser, f fileToIndex) (*ingest.Parsed, error) {
	type result struct {
		p   *ingest.Parsed
		err error
	}
	done := make(chan result, 1)
	go func() {
		p, err := parser.ParseFile(ctx, f.path, f.source)
		done <- result{p, err}
	}()
	select {
	case r := <-done:
		return r.p, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// fileToIndex is a file found under a root, with the source it is
// recorded as: its path relative to the root, under the root's base name.
type fileToIndex struct {
	path, source string
}

// root is a folder or file given to index.
type root struct {
	path     string // as given
	resolved string // absolute, symbolic links resolved
	base     string // the base name its files' sources start with
}

// newRoot resolves a path given to index.
func newRoot(p string) (root, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return root{}, err
	}
	resolved, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return root{}, err
	}
	base := filepath.Base(abs)
	if base == string(filepath.Separator) || base == "." {
		base = ""
	}
	return root{path: p, resolved: resolved, base: base}, nil
}

// source is the recorded path of the file at path under r.
func (r root) source(path string) string {
	rel, err := filepath.Rel(r.path, path)
	if err != nil || rel == "." {
		return filepath.ToSlash(r.base)
	}
	return filepath.ToSlash(filepath.Join(r.base, rel))
}

// contains reports whether the resolved path target lies inside r.
func (r root) contains(target string) bool {
	rel, err := filepath.Rel(r.resolved, target)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// gone reports whether the file a document was read from no longer
// exists, or is now indexed under another source (an index written
// when sources were paths as given).
func gone(source string, roots []root) bool {
	for _, r := range roots {
		if r.base != "" && strings.HasPrefix(source, r.base+"/") {
			_, err := os.Stat(filepath.Join(r.path, filepath.FromSlash(strings.TrimPrefix(source, r.base+"/"))))
			return errors.Is(err, os.ErrNotExist)
		}
	}
	path := filepath.FromSlash(source)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return true
	}
	if abs, err := filepath.Abs(path); err == nil {
		if resolved, err := filepath.EvalSymlinks(abs); err == nil {
			for _, r := range roots {
				if r.contains(resolved) {
					return true
				}
			}
		}
	}
	return false
}

// collectFiles expands the paths into the files to index, reporting
// paths that cannot be read. A symbolic link is followed only to a file
// inside one of the paths, unless follow is set.
func collectFiles(paths []string, follow bool, stderr io.Writer) ([]root, []fileToIndex, int) {
	var roots []root
	failed := 0
	for _, p := range paths {
		r, err := newRoot(p)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", p, err)
			failed++
			continue
		}
		roots = append(roots, r)
	}
	var files []fileToIndex
	skipped := 0
	for _, r := range roots {
		p := r.path
		info, err := os.Stat(p)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", p, err)
			failed++
			continue
		}
		if !info.IsDir() {
			if ingest.FormatOf(p) == "" {
				fmt.Fprintf(stderr, "%s: unsupported file type %q (supported: .txt, .html, .htm, .pdf, .docx)\n", p, filepath.Ext(p))
				failed++
				continue
			}
			files = append(files, fileToIndex{path: p, source: r.source(p)})
			continue
		}
		walkFrom := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			walkFrom = p + string(filepath.Separator) // a root given as a link to a folder: walk the folder
		}
		err = filepath.WalkDir(walkFrom, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", path, err)
				failed++
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				target, err := filepath.EvalSymlinks(path)
				if err != nil {
					fmt.Fprintf(stderr, "%s: %v\n", path, err)
					failed++
					return nil
				}
				info, err := os.Stat(target)
				if err != nil {
					fmt.Fprintf(stderr, "%s: %v\n", path, err)
					failed++
					return nil
				}
				if !info.Mode().IsRegular() {
					return nil
				}
				inside := false
				for _, r := range roots {
					inside = inside || r.contains(target)
				}
				if !inside && !follow && !ingest.IsSidecar(path) && ingest.FormatOf(path) != "" {
					fmt.Fprintf(stderr, "%s: skipped: a symbolic link to %s, outside the folders given to index (--follow-symlinks follows it)\n", path, target)
					return nil
				}
			} else if !d.Type().IsRegular() {
				return nil
			}
			switch {
			case ingest.IsSidecar(path):
			case ingest.FormatOf(path) != "":
				files = append(files, fileToIndex{path: path, source: r.source(path)})
			default:
				skipped++
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", p, err)
			failed++
		}
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "skipped %d files of unsupported types\n", skipped)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
	return roots, files, failed
}

// progress draws a one-line progress bar on a terminal.
type progress struct {
	w     io.Writer
	total int
	n     int
	on    bool
	last  time.Time
}

func newProgress(w io.Writer, total int) *progress {
	on := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			on = true
		}
	}
	return &progress{w: w, total: total, on: on}
}

func (p *progress) step(name string) {
	p.n++
	if !p.on || time.Since(p.last) < 100*time.Millisecond && p.n < p.total {
		return
	}
	p.last = time.Now()
	width := 30
	done := width * p.n / max(p.total, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d %s\x1b[K", strings.Repeat("#", done), strings.Repeat(".", width-done), p.n, p.total, filepath.Base(name))
}

func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// buildFromSeeds indexes the embedded seed reports into dir.
func buildFromSeeds(ctx context.Context, dir string) (*index.UpdateResult, error) {
	entries, err := fs.ReadDir(seeds.FS, ".")
	if err != nil {
		return nil, fmt.Errorf("read embedded seeds: %w", err)
	}
	var change index.Change
	for _, e := range entries {
		source := seeds.Dir + "/" + e.Name()
		p, err := ingest.ParseFS(seeds.FS, e.Name(), source)
		if err != nil {
			return nil, err
		}
		change.Put = append(change.Put, index.Doc{Document: p.Document, Paragraphs: p.Paragraphs})
	}
	return index.Update(ctx, dir, change, index.Options{})
}

func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	var origins multiFlag
	fs.Var(&origins, "cors-origin", "origin allowed to use the API from a browser (repeatable)")
	var hosts multiFlag
	fs.Var(&hosts, "allowed-host", "host name (or name:port) the server answers for, besides loopback names and the --addr host (repeatable)")
	timeout := fs.Duration("timeout", 10*time.Second, "time limit per search")
	maxQuery := fs.Int("max-query", 500, "longest query, in characters")
	maxSize := fs.Int("max-size", 100, "largest page of hits")
	maxConc := fs.Int("max-concurrent", 0, "searches at once; more get 503 (0: 4 per CPU)")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	readTimeout := fs.Duration("read-timeout", 10*time.Second, "time to read a request")
	writeTimeout := fs.Duration("write-timeout", 0, "time to write a response (0: export timeout + 10s)")
	exportTimeout := fs.Duration("export-timeout", 5*time.Minute, "time limit of an export")
	queueWait := fs.Duration("queue-wait", 100*time.Millisecond, "how long a search may wait for a free slot before 503")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	var handler slog.Handler
	switch *logFormat {
	case "text":
		handler = slog.NewTextHandler(stderr, nil)
	case "json":
		handler = slog.NewJSONHandler(stderr, nil)
	default:
		return usageError{fmt.Sprintf("--log-format must be text or json, not %q", *logFormat)}
	}
	logger := slog.New(handler)
	start := time.Now()
	if !index.Exists(*dir) {
		logger.Info("no index yet: indexing the embedded seeds", "index", *dir)
		res, err := buildFromSeeds(ctx, *dir)
		if err != nil {
			return err
		}
		logger.Info("seeds indexed", "documents", res.Documents, "paragraphs", res.Paragraphs, "seconds", time.Since(start).Seconds())
	}
	ix, err := index.Open(*dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	// Exact search needs no dictionary; ranking words and mode=any do.
	ix.Segmenter().LoadAsync()
	checker, err := check.New(ix)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := server.New(ix, server.Config{
		Addr: *addr, Version: version, RequestTimeout: *timeout, MaxQueryRunes: *maxQuery,
		MaxPageSize: *maxSize, MaxConcurrent: *maxConc, CORSOrigins: origins, AllowedHosts: hosts, Logger: logger,
		Highlighter: index.HighlightTerms, ReadTimeout: *readTimeout, WriteTimeout: *writeTimeout,
		ExportTimeout: *exportTimeout, QueueWait: *queueWait, Checker: checker,
	}, nil)
	go watchGenerations(ctx, ix, logger)
	st := ix.Stats()
	logger.Info("serving", "url", "http://"+ln.Addr().String(), "documents", st.Documents, "paragraphs", st.Paragraphs, "startup_seconds", time.Since(start).Seconds())
	return srv.ListenAndServe(ctx, ln)
}

// watchGenerations picks up what `govsearch index` writes while serving.
func watchGenerations(ctx context.Context, ix *index.Index, logger *slog.Logger) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			switched, err := ix.Reload()
			if err != nil {
				logger.Warn("reload index", "err", err)
			} else if switched {
				st := ix.Stats()
				logger.Info("index reloaded", "generation", st.Generation, "documents", st.Documents, "paragraphs", st.Paragraphs)
			}
		}
	}
}

func cmdSearch(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	asJSON := fs.Bool("json", false, "print the JSON of GET /api/search")
	size := fs.Int("size", 10, "hits to show")
	from := fs.Int("from", 0, "hits to skip")
	sortBy := fs.String("sort", "relevance", "relevance or date")
	mode := fs.String("mode", "all", "all or any")
	explain := fs.Bool("explain", false, "explain how the query was understood")
	filters := addFilterFlags(fs)
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	v := url.Values{}
	v.Set("q", strings.Join(words, " "))
	v.Set("size", strconv.Itoa(*size))
	v.Set("from", strconv.Itoa(*from))
	v.Set("sort", *sortBy)
	v.Set("mode", *mode)
	v.Set("explain", strconv.FormatBool(*explain))
	filters.set(v)
	q, err := query.FromValues(v, query.Limits{})
	if err != nil {
		return err
	}
	ix, err := index.Open(*dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, res)
	}
	printResult(stdout, res, isTerminal(stdout))
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// printResult writes hits for people: matches in reverse video on a
// terminal, between 【【 and 】】 elsewhere.
func printResult(w io.Writer, res *govsearch.Result, terminal bool) {
	open, close := "【【", "】】"
	if terminal {
		open, close = "\x1b[7m", "\x1b[0m"
	}
	fmt.Fprintf(w, "%d paragraphs match %q (%.1f ms)\n", res.Total, res.Query, res.TookMS)
	for i, h := range res.Hits {
		place := h.District
		if place == "" {
			place = h.City
		}
		if place == "" {
			place = h.Province
		}
		date := string(h.Date)
		if date == "" {
			date = "date unknown"
		}
		fmt.Fprintf(w, "\n%d. %s · %s · %s · %s ¶%d\n", i+1, h.Title, place, date, strings.Join(h.SectionPath, " › "), h.Position)
		text := strings.NewReplacer("<mark>", open, "</mark>", close).Replace(h.Highlight)
		fmt.Fprintf(w, "   %s\n", html.UnescapeString(text))
	}
	if res.Explain != nil {
		for _, r := range res.Explain.Reasons {
			fmt.Fprintf(w, "\nwhy: %s\n", r)
		}
		for _, t := range res.Explain.Terms {
			fmt.Fprintf(w, "term %q → %q %v, words %v, %d paragraphs\n", t.Input, t.Normalized, t.Normalizations, t.Segments, t.Paragraphs)
		}
	}
}

func cmdDocs(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("docs", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	asJSON := fs.Bool("json", false, "print {\"documents\": [...]}")
	if rest, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	ix, err := index.Open(*dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	docs := ix.Documents()
	if docs == nil {
		docs = []govsearch.Document{}
	}
	if *asJSON {
		return writeJSON(stdout, map[string]any{"documents": docs})
	}
	for _, d := range docs {
		date := string(d.Date)
		if date == "" {
			date = "----------"
		}
		fmt.Fprintf(stdout, "%s  %s  %-8s %-6s %s  (%d paragraphs, %s)\n", d.ID, date, d.District, d.DocType, d.Title, d.Paragraphs, d.Source)
	}
	return nil
}

func cmdGen(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	out := fs.String("out", "data/corpus", "folder to write the corpus into")
	n := fs.Int("n", 1000000, "paragraphs to generate")
	seed := fs.Int64("seed", 1, "random seed: the same seed writes the same corpus")
	if rest, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	if *n <= 0 {
		return usageError{"--n must be positive"}
	}
	start := time.Now()
	st, err := gencorpus.Generate(*out, seeds.FS, gencorpus.Options{Paragraphs: *n, Seed: *seed})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %d documents, %d paragraphs, %.1f MB to %s (%.1fs)\n", st.Documents, st.Paragraphs, float64(st.Bytes)/1e6, *out, time.Since(start).Seconds())
	return nil
}

func cmdCheck(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	asJSON := fs.Bool("json", false, "print the JSON of GET /api/check")
	filters := addFilterFlags(fs)
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	v := url.Values{"q": {"x"}}
	filters.set(v)
	q, err := query.FromValues(v, query.Limits{})
	if err != nil {
		return err
	}
	ix, err := index.Open(*dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	checker, err := check.New(ix)
	if err != nil {
		return err
	}
	res, err := checker.Check(ctx, strings.Join(words, " "), q.Filters)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(stdout, res)
	}
	fmt.Fprintf(stdout, "%s: %s\n", res.Claim, res.Verdict)
	for _, f := range res.Figures {
		fmt.Fprintf(stdout, "\n  %s (%s): %s. %s\n", f.Text, f.Indicator, f.Verdict, f.Reason)
		for i, e := range f.Evidence {
			if i == 3 {
				fmt.Fprintf(stdout, "    … %d more\n", len(f.Evidence)-3)
				break
			}
			fmt.Fprintf(stdout, "    %s %s, %s ¶%d: %q says %s\n", e.District, e.Title, e.Date, e.Position, clip(e.Text, 60), e.Figure)
		}
	}
	return nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// filterFlags are the filter flags of search and check.
type filterFlags struct {
	province, city, district, year, section, docType, level multiFlag
}

func addFilterFlags(fs *flag.FlagSet) *filterFlags {
	f := &filterFlags{}
	fs.Var(&f.province, "province", "province filter (repeatable)")
	fs.Var(&f.city, "city", "city filter (repeatable)")
	fs.Var(&f.district, "district", "district filter (repeatable)")
	fs.Var(&f.year, "year", "year or range 2015..2020 (repeatable)")
	fs.Var(&f.section, "section", "section filter (repeatable)")
	fs.Var(&f.docType, "doc-type", "document type filter (repeatable)")
	fs.Var(&f.level, "level", "issuing level: national, province, city, county or unknown (repeatable)")
	return f
}

// set puts the filters into request parameters, as the HTTP API takes them.
func (f *filterFlags) set(v url.Values) {
	v["province"], v["city"], v["district"] = f.province, f.city, f.district
	v["year"], v["section"], v["doc_type"], v["level"] = f.year, f.section, f.docType, f.level
}
