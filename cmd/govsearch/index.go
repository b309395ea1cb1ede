package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
)

// cmdIndex runs `govsearch index`: it parses the files under the given
// paths and adds, replaces or (with --prune) removes their documents in
// one change of the index, committed at once.
func cmdIndex(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("index", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	prune := fs.Bool("prune", false, "remove documents whose files are gone")
	follow := fs.Bool("follow-symlinks", false, "follow symbolic links to files outside the given folders")
	maxText := fs.Int("max-text-mb", ingest.DefaultMaxText>>20, "most text one file may hold, in MB; a file with more is refused")
	natsURL := fs.String("nats", "", "publish into a cluster's document log at these NATS servers (comma-separated URLs) instead of a local index")
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
	start := time.Now()
	sink, known, err := openSink(ctx, *natsURL, *dir)
	if err != nil {
		return err
	}
	defer sink.close()
	roots, files, failed := collectFiles(paths, *follow, stderr)
	opts := ingest.Options{MaxText: *maxText << 20}
	if !*follow {
		for _, r := range roots {
			opts.Roots = append(opts.Roots, r.resolved)
		}
	}
	parser := ingest.NewParser(opts)
	// A local index keeps its files' fingerprints by stamp beside it, so
	// that a run reads only the files whose stat changed.
	cacheFile := ""
	if *natsURL == "" {
		cacheFile = filepath.Join(*dir, fingerprintsFile)
	}
	cache := parser.LoadFingerprintCache(cacheFile, start)
	run, err := readFiles(ctx, parser, files, known, cache, sink, stderr)
	if err != nil {
		return err
	}
	run.failed += failed
	if *prune {
		for source := range known {
			if !run.seen[source] && gone(source, roots) {
				if err := sink.remove(ingest.DocID(source)); err != nil {
					return err
				}
				run.removed++
			}
		}
	}
	if err := sink.finish(run, stderr); err != nil {
		return err
	}
	if cacheFile != "" {
		if err := cache.Save(cacheFile); err != nil {
			fmt.Fprintf(stderr, "warning: %v (the next run hashes every file)\n", err)
		}
	}
	if run.failed > 0 {
		return exitError(1)
	}
	return nil
}

// fingerprintsFile is where, in a local index's directory, the
// fingerprints of the files indexed are kept by stamp.
const fingerprintsFile = "FINGERPRINTS"

// docSink is where an index run sends what it read: a local index or a
// cluster's document log.
type docSink interface {
	put(govsearch.DocumentContent) error
	remove(id string) error
	// finish makes the run's change visible (a commit, or the log's
	// acknowledgement of every message) and reports it.
	finish(run *indexRun, stderr io.Writer) error
	close()
}

// openSink opens the cluster's log when natsURL is set, else the local
// index in dir, and returns the content hashes of the documents it holds,
// by source.
func openSink(ctx context.Context, natsURL, dir string) (docSink, map[string]string, error) {
	if natsURL != "" {
		log, err := openLog(ctx, natsURL)
		if err != nil {
			return nil, nil, err
		}
		known, err := log.known(ctx)
		if err != nil {
			log.close()
			return nil, nil, err
		}
		return log, known, nil
	}
	known := map[string]string{}
	if index.Exists(dir) {
		ix, err := index.Open(dir, index.Options{})
		if err != nil {
			return nil, nil, err
		}
		known = ix.SourceHashes()
		ix.Close()
	}
	w, err := index.NewWriter(ctx, dir, index.Options{})
	if err != nil {
		return nil, nil, err
	}
	return localSink{w}, known, nil
}

// localSink writes into a local index.
type localSink struct{ w *index.Writer }

func (l localSink) put(d govsearch.DocumentContent) error { return l.w.Put(d) }
func (l localSink) remove(id string) error                { l.w.Delete(id); return nil }
func (l localSink) close()                                { l.w.Abort() }

func (l localSink) finish(run *indexRun, stderr io.Writer) error {
	start := time.Now()
	res, err := l.w.Commit()
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "indexed %d new, %d changed, %d unchanged, %d removed, %d failed; the index has %d documents, %d paragraphs (%.1fs)\n",
		res.Added, res.Replaced, run.unchanged, res.Deleted, run.failed, res.Documents, res.Paragraphs, time.Since(start).Seconds())
	return nil
}

// indexRun is what one run of `govsearch index` read: the sources of the
// files it found, and how many files were unchanged or failed.
type indexRun struct {
	seen      map[string]bool
	unchanged int
	failed    int
	put       int // documents sent, new or changed
	removed   int // deletions sent
}

// readFiles finds the files that are new or changed since the index
// recorded their hashes (known, by source), parses them on every core and
// puts them into w in their order, reporting each file that fails and
// each warning; it stops only when ctx is done.
func readFiles(ctx context.Context, parser *ingest.Parser, files []fileToIndex, known map[string]string, cache *ingest.FingerprintCache, sink docSink, stderr io.Writer) (*indexRun, error) {
	run := &indexRun{seen: map[string]bool{}}
	progress := newProgress(stderr, len(files))
	defer progress.clear()
	var toParse []fileToIndex
	same := unchangedFiles(parser, files, known, cache, parser.Fingerprint)
	for i, f := range files {
		run.seen[f.source] = true
		// The same file indexed before under the path as it was given.
		if old := filepath.ToSlash(filepath.Clean(f.path)); old != f.source {
			if _, ok := known[old]; ok {
				if err := sink.remove(ingest.DocID(old)); err != nil {
					return nil, err
				}
				run.removed++
				run.seen[old] = true
			}
		}
		if same[i] {
			run.unchanged++
			continue
		}
		toParse = append(toParse, f)
	}
	// Files are parsed on every core and written in their order, a
	// segment at a time: memory stays bounded by the writer's flush.
	err := parseInOrder(ctx, parser, toParse, func(f fileToIndex, p *ingest.Parsed, err error) error {
		progress.step(f.path)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			progress.clear()
			fmt.Fprintf(stderr, "%s: %v\n", f.path, strings.TrimPrefix(err.Error(), "ingest "+f.source+": "))
			run.failed++
			return nil
		}
		for _, warning := range p.Document.Warnings {
			progress.clear()
			fmt.Fprintf(stderr, "%s: warning: %s\n", f.path, warning)
		}
		if f.stamped == nil {
			cache.Remember(f.path, f.stamp, p.Document.ContentHash)
		}
		run.put++
		return sink.put(p.DocumentContent)
	})
	return run, err
}

// unchangedFiles stamps every file (before anything reads it, so that a
// change during a read shows next time) and reports, for each, whether the
// index holds it with the same content hash. A file whose stamp is the one
// cached with its fingerprint is not read; the others are hashed with
// fingerprint, on every core, and their fingerprints cached.
func unchangedFiles(parser *ingest.Parser, files []fileToIndex, known map[string]string, cache *ingest.FingerprintCache, fingerprint func(string) (string, error)) []bool {
	same := make([]bool, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				path := files[i].path
				st, err := parser.Stamp(path)
				files[i].stamp, files[i].stamped = st, err
				h, ok := known[files[i].source]
				if !ok || err != nil {
					continue
				}
				fp, ok := cache.Lookup(path, st)
				if !ok {
					if fp, err = fingerprint(path); err != nil {
						continue
					}
					cache.Remember(path, st, fp)
				}
				same[i] = fp == h
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return same
}

// parseInOrder parses files on every core and calls fn with each result
// in the files' order; at most twice as many files as cores are parsed
// ahead of fn. It stops at fn's first error.
func parseInOrder(ctx context.Context, parser *ingest.Parser, files []fileToIndex, fn func(fileToIndex, *ingest.Parsed, error) error) error {
	type result struct {
		p   *ingest.Parsed
		err error
	}
	ahead := 2 * runtime.GOMAXPROCS(0)
	results := make([]chan result, len(files))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	slots := make(chan struct{}, ahead)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for i, f := range files {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			go func() {
				p, err := parseFile(ctx, parser, f)
				results[i] <- result{p, err}
			}()
		}
	}()
	for i, f := range files {
		r := <-results[i]
		<-slots
		if err := fn(f, r.p, r.err); err != nil {
			return err
		}
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
	stamp        ingest.Stamp // taken before it was read (unchangedFiles)
	stamped      error        // why it has no stamp
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
				ok, bad := linkToIndex(path, roots, follow, stderr)
				if bad {
					failed++
				}
				if !ok {
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

// linkToIndex reports whether the symbolic link at path leads to a
// regular file that may be indexed: one inside the roots, unless follow is
// set. bad says the link could not be followed; it is reported on stderr,
// as is a link skipped for leading outside.
func linkToIndex(path string, roots []root, follow bool, stderr io.Writer) (ok, bad bool) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", path, err)
		return false, true
	}
	info, err := os.Stat(target)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", path, err)
		return false, true
	}
	if !info.Mode().IsRegular() {
		return false, false
	}
	inside := false
	for _, r := range roots {
		inside = inside || r.contains(target)
	}
	if !inside && !follow && !ingest.IsSidecar(path) && ingest.FormatOf(path) != "" {
		fmt.Fprintf(stderr, "%s: skipped: a symbolic link to %s, outside the folders given to index (--follow-symlinks follows it)\n", path, target)
		return false, false
	}
	return true, false
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
