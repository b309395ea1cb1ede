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
	"sort"
	"strings"
	"time"

	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
)

// cmdIndex runs `govsearch index`: it parses the files under the given
// paths and adds, replaces or (with --prune) removes their documents in
// one new generation of the index.
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
	known := map[string]string{}
	var log *logSink
	if *natsURL != "" {
		if log, err = openLog(ctx, *natsURL); err != nil {
			return err
		}
		defer log.close()
		if known, err = log.known(ctx); err != nil {
			return err
		}
	} else if index.Exists(*dir) {
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
	if log != nil {
		return log.publish(ctx, change, unchanged, failed, stderr)
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
