// Package index stores documents and searches them behind a small API:
// documents in (Update), hits, facets and documents out (Search, Documents,
// Document), so that callers never see how. An exact-match engine held in
// memory answers every query, exact (mode=all) and relaxed (mode=any); a
// bleve index of each paragraph's gse words, which the package owns, only
// serves explanations (how many paragraphs hold a term as a word, near
// spellings of a term that finds nothing).
//
// An index directory holds generations. Each update writes a complete new
// generation (a bleve index cloned from the previous one plus the change,
// and a snapshot of the documents) and then switches the CURRENT file to
// it with an atomic rename. A run killed at any point leaves CURRENT on the
// previous, complete generation; readers keep answering throughout and
// pick up the new generation with Reload.
package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

const currentFile = "CURRENT"

// Options configure an index. There are none yet; the parameter keeps
// Open's and Update's signatures stable while the engine grows settings.
type Options struct{}

// segmenter returns the segmenter that cuts the index's text into words:
// the process-wide one, whose dictionary bleve's analyzer also uses.
func (o Options) segmenter() *segment.Segmenter { return segment.Default() }

// generation is one opened generation.
type generation struct {
	name  string
	dir   string
	eng   *engine
	bleve bleve.Index
	built time.Time
	took  float64 // seconds the build took
	// refs counts the generation's holders: the Index while it is current,
	// plus one per search in flight. The last release closes it.
	refs atomic.Int64
	// closed is closed, and closeErr set, when the last holder released it.
	closed   chan struct{}
	closeErr error
}

// tryRef takes a reference unless the generation is already released for
// good.
func (g *generation) tryRef() bool {
	for {
		n := g.refs.Load()
		if n <= 0 {
			return false
		}
		if g.refs.CompareAndSwap(n, n+1) {
			return true
		}
	}
}

// release drops a reference; the last one closes the generation's bleve
// index.
func (g *generation) release() {
	if g.refs.Add(-1) == 0 {
		g.closeErr = g.bleve.Close()
		close(g.closed)
	}
}

// Index is an opened index, safe for concurrent searches.
type Index struct {
	dir  string
	opts Options
	cur  atomic.Pointer[generation]
	mu   sync.Mutex // serializes Reload and Close
}

// Exists reports whether dir holds an index.
func Exists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, currentFile))
	return err == nil
}

// Open opens the index in dir for searching.
func Open(dir string, opts Options) (*Index, error) {
	ix := &Index{dir: dir, opts: opts}
	name, err := readCurrent(dir)
	if err != nil {
		return nil, err
	}
	g, err := openGeneration(dir, name)
	if err != nil {
		return nil, err
	}
	ix.cur.Store(g)
	return ix, nil
}

func readCurrent(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, currentFile))
	if errors.Is(err, os.ErrNotExist) {
		return "", govsearch.Errorf(govsearch.ENotFound, "no index at %s: run `govsearch index --index %s PATH` first", dir, dir)
	}
	if err != nil {
		return "", fmt.Errorf("read index %s: %w", dir, err)
	}
	name := strings.TrimSpace(string(b))
	if name == "" || strings.ContainsAny(name, `/\`) {
		return "", govsearch.Errorf(govsearch.EInternal, "index %s is corrupt: bad CURRENT file", dir)
	}
	return name, nil
}

func openGeneration(dir, name string) (*generation, error) {
	gdir := filepath.Join(dir, name)
	snap, err := readSnapshot(gdir)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	bi, err := openBleveReadOnly(gdir)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	g := &generation{name: name, dir: gdir, eng: newEngine(snap), bleve: bi, built: snap.BuiltAt, took: snap.BuildSeconds, closed: make(chan struct{})}
	g.refs.Store(1) // the Index's own reference
	return g, nil
}

// acquire returns the current generation, held until release.
func (ix *Index) acquire() *generation {
	for {
		g := ix.cur.Load()
		if g == nil {
			return nil
		}
		// tryRef fails only when g was switched out and its last holder
		// released it meanwhile; the next load sees its successor.
		if g.tryRef() {
			return g
		}
	}
}

// Reload switches to a newer generation if an update has written one. It
// reports whether it switched.
func (ix *Index) Reload() (bool, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	old := ix.cur.Load()
	if old == nil {
		return false, errors.New("index is closed")
	}
	name, err := readCurrent(ix.dir)
	if err != nil {
		return false, err
	}
	if name == old.name {
		return false, nil
	}
	g, err := openGeneration(ix.dir, name)
	if err != nil {
		return false, err
	}
	ix.cur.Store(g)
	old.release()
	return true, nil
}

// Close closes the index after in-flight searches finish.
func (ix *Index) Close() error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	g := ix.cur.Swap(nil)
	if g == nil {
		return nil
	}
	g.release()
	<-g.closed
	return g.closeErr
}

// Stats describes the index.
type Stats struct {
	Generation   string
	BuiltAt      time.Time
	BuildSeconds float64
	Documents    int
	Paragraphs   int
}

// Stats returns the current generation's figures.
func (ix *Index) Stats() Stats {
	g := ix.acquire()
	if g == nil {
		return Stats{}
	}
	defer g.release()
	return Stats{Generation: g.name, BuiltAt: g.built, BuildSeconds: g.took, Documents: len(g.eng.docs), Paragraphs: len(g.eng.paras)}
}

// Documents lists the indexed documents, newest first.
func (ix *Index) Documents() []govsearch.Document {
	g := ix.acquire()
	if g == nil {
		return nil
	}
	defer g.release()
	docs := make([]govsearch.Document, len(g.eng.docs))
	copy(docs, g.eng.docs)
	sort.SliceStable(docs, func(i, j int) bool {
		if docs[i].Date != docs[j].Date {
			return docs[i].Date > docs[j].Date
		}
		return docs[i].Title < docs[j].Title
	})
	for i := range docs {
		docs[i].ContentHash = ""
	}
	return docs
}

// SourceHashes maps each indexed document's source path to its content
// hash, so that an update can skip unchanged files.
func (ix *Index) SourceHashes() map[string]string {
	g := ix.acquire()
	if g == nil {
		return nil
	}
	defer g.release()
	out := make(map[string]string, len(g.eng.docs))
	for _, d := range g.eng.docs {
		out[d.Source] = d.ContentHash
	}
	return out
}

// Document returns a document with its paragraphs in order.
func (ix *Index) Document(id string) (*govsearch.DocumentContent, error) {
	g := ix.acquire()
	if g == nil {
		return nil, errors.New("index is closed")
	}
	defer g.release()
	e := g.eng
	k, ok := e.docByID[id]
	if !ok {
		return nil, govsearch.Errorf(govsearch.ENotFound, "no document with id %q", id)
	}
	dc := &govsearch.DocumentContent{Document: e.docs[k]}
	dc.ContentHash = ""
	span := e.docParas[k]
	for ord := span[0]; ord < span[1]; ord++ {
		dc.Content = append(dc.Content, e.paragraph(ord))
	}
	if dc.Content == nil {
		dc.Content = []govsearch.Paragraph{}
	}
	return dc, nil
}

// paragraph materializes paragraph ord.
func (e *engine) paragraph(ord uint32) govsearch.Paragraph {
	p := &e.paras[ord]
	d := &e.docs[p.doc]
	path := e.paths[p.path]
	section := ""
	if len(path) > 0 {
		section = path[0]
	}
	return govsearch.Paragraph{
		ID: paragraphID(d.ID, int(p.pos)), DocID: d.ID, Position: int(p.pos), Kind: p.kind,
		Text: p.text, Section: section, SectionPath: append([]string{}, path...),
	}
}

// Info describes the index for explanations.
func (ix *Index) Info() govsearch.IndexInfo {
	st := ix.Stats()
	return govsearch.IndexInfo{
		BuiltAt:      st.BuiltAt.UTC().Format(time.RFC3339),
		BuildSeconds: math.Round(st.BuildSeconds*1000) / 1000,
		Documents:    st.Documents,
		Paragraphs:   st.Paragraphs,
		Analyzer:     segment.AnalyzerName + " (normalize: NFKC, case, trad→simp, numeral years, punctuation; gse words for ranking; character pairs for matching)",
	}
}

// Segmenter returns the segmenter the index uses.
func (ix *Index) Segmenter() *segment.Segmenter { return ix.opts.segmenter() }

func searchContext(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
