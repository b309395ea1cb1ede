// Package index stores documents and searches them behind a small API:
// documents in (Update), hits, facets and documents out (Search, Documents,
// Document), so that callers never see how.
//
// An index directory holds immutable segment files and a manifest that
// names the live ones with each one's deleted paragraphs (the format is in
// the package comments of internal/segfile and internal/snapshot). An
// update writes segments for the new and changed documents, records the
// replaced and removed ones as deletions, and switches the manifest
// atomically; a tiered merge then keeps the number of segments bounded.
// A run killed at any point leaves the previous manifest, complete.
// Opening an index maps its segments: nothing is decoded or rebuilt but
// a few compact per-paragraph arrays, and readers pick up a new manifest
// with Reload while searches in flight keep the snapshot they started on
// (reference counted).
//
// What answers what: every query, exact (mode=all) and relaxed
// (mode=any), is answered by the exact engine over the segments
// (internal/match: candidates from character, pair and frequent trigram
// postings, proven by their counts or verified on the normalized text),
// counted per facet by internal/facet and ranked by internal/rank (BM25
// with section, title, heading and proximity boosts). bleve's building blocks do the storage: the
// term, word and document-ID dictionaries are vellum FSTs, postings and
// facet sets are roaring bitmaps read in place from the mapped file (laid
// out as plain bits, internal/dense, where a search asks about many
// paragraphs of one), and near spellings for explanations come from vellum's Levenshtein automaton
// over the segments' gse words. A bleve (scorch) index of every paragraph's
// gse words is no longer built: it cost four times the build time of the
// segments and a full copy per update, and answered only explanations,
// which the segments' word dictionaries now answer.
package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/snapshot"
	"github.com/govsearch/govsearch/segment"
)

// Options configure an index. There are none yet; the parameter keeps
// Open's and Update's signatures stable while the engine grows settings.
type Options struct{}

// segmenter returns the segmenter that cuts the index's text into words.
func (o Options) segmenter() *segment.Segmenter { return segment.Default() }

// generation is one opened snapshot with its engine.
type generation struct {
	snap *snapshot.Snapshot
	eng  *engine
	// build is when the snapshot's last update ran and how long it took,
	// read once when the generation is opened.
	build buildInfo
	// refs counts the generation's holders: the Index while it is current,
	// plus one per search in flight. The last release gives the snapshot
	// back, which closes segments no other snapshot uses.
	refs atomic.Int64
	// closed is closed when the last holder released it.
	closed chan struct{}
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

// release drops a reference; the last one gives the snapshot back.
func (g *generation) release() {
	if g.refs.Add(-1) == 0 {
		g.snap.DecRef()
		close(g.closed)
	}
}

// Index is an opened index, safe for concurrent searches.
type Index struct {
	dir   string
	opts  Options
	store *snapshot.Store
	cur   atomic.Pointer[generation]
	mu    sync.Mutex // serializes Reload and Close
	// lastSearch is when the latest search started, in Unix nanoseconds;
	// 0 before the first.
	lastSearch atomic.Int64
}

// LastSearch returns when the latest search started; the zero time if
// none has.
func (ix *Index) LastSearch() time.Time {
	if ns := ix.lastSearch.Load(); ns != 0 {
		return time.Unix(0, ns)
	}
	return time.Time{}
}

// Exists reports whether dir holds an index.
func Exists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, snapshot.ManifestFile))
	return err == nil
}

// legacy reports whether dir holds an index of the format before segments
// (generation directories named by a CURRENT file).
func legacy(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, legacyCurrent))
	return err == nil && !Exists(dir)
}

const legacyCurrent = "CURRENT"

// Open opens the index in dir for searching.
func Open(dir string, opts Options) (*Index, error) {
	if legacy(dir) {
		return nil, govsearch.Errorf(govsearch.ENotFound, "the index at %s was written by an older govsearch (generations, not segments): run `govsearch index --index %s PATH` again to rebuild it", dir, dir)
	}
	if !Exists(dir) {
		return nil, govsearch.Errorf(govsearch.ENotFound, "no index at %s: run `govsearch index --index %s PATH` first", dir, dir)
	}
	store, err := snapshot.Open(dir, snapshot.Options{})
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	ix := &Index{dir: dir, opts: opts, store: store}
	g, err := ix.openCurrent()
	if err != nil {
		store.Close()
		return nil, err
	}
	ix.cur.Store(g)
	return ix, nil
}

// openCurrent builds the generation of the store's current snapshot.
func (ix *Index) openCurrent() (*generation, error) {
	sn := ix.store.Acquire()
	if sn == nil {
		return nil, errors.New("index is closed")
	}
	eng, err := newEngine(sn)
	if err != nil {
		sn.DecRef()
		return nil, fmt.Errorf("open index %s: %w", ix.dir, err)
	}
	g := &generation{snap: sn, eng: eng, build: readBuildInfo(ix.dir), closed: make(chan struct{})}
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

// Reload switches to the newest manifest if an update has written one. It
// reports whether it switched.
func (ix *Index) Reload() (bool, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	old := ix.cur.Load()
	if old == nil {
		return false, errors.New("index is closed")
	}
	changed, err := ix.store.Reload()
	if err != nil || !changed {
		return false, err
	}
	g, err := ix.openCurrent()
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
	return ix.store.Close()
}

// Stats describes the index.
type Stats struct {
	Generation   string
	BuiltAt      time.Time
	BuildSeconds float64
	Documents    int
	Paragraphs   int
	Segments     int
}

// Stats returns the current snapshot's figures.
func (ix *Index) Stats() Stats {
	g := ix.acquire()
	if g == nil {
		return Stats{}
	}
	defer g.release()
	return Stats{
		Generation: generationName(g.snap.Generation()), BuiltAt: g.build.BuiltAt, BuildSeconds: g.build.Seconds,
		Documents: len(g.eng.docByID), Paragraphs: g.eng.nLive, Segments: len(g.eng.segs),
	}
}

// generationName names a manifest generation for people.
func generationName(n uint64) string { return fmt.Sprintf("gen-%d", n) }

// Documents lists the indexed documents, newest first.
func (ix *Index) Documents(ctx context.Context) ([]govsearch.Document, error) {
	g := ix.acquire()
	if g == nil {
		return nil, govsearch.Errorf(govsearch.EUnavailable, "index is closed")
	}
	defer g.release()
	docs := g.eng.liveDocs()
	sort.SliceStable(docs, func(i, j int) bool {
		if docs[i].Date != docs[j].Date {
			return docs[i].Date > docs[j].Date
		}
		return docs[i].Title < docs[j].Title
	})
	for i := range docs {
		docs[i].ContentHash = ""
	}
	return docs, ctx.Err()
}

// SourceHashes maps each indexed document's source path to its content
// hash, so that an update can skip unchanged files.
func (ix *Index) SourceHashes() map[string]string {
	g := ix.acquire()
	if g == nil {
		return nil
	}
	defer g.release()
	out := make(map[string]string, len(g.eng.docByID))
	for _, d := range g.eng.liveDocs() {
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
		if !e.live.Contains(ord) {
			continue
		}
		p, err := e.paragraph(ord)
		if err != nil {
			return nil, err
		}
		dc.Paragraphs = append(dc.Paragraphs, p)
	}
	if dc.Paragraphs == nil {
		dc.Paragraphs = []govsearch.Paragraph{}
	}
	return dc, nil
}

// Info describes the index for explanations.
func (ix *Index) Info() govsearch.IndexInfo {
	st := ix.Stats()
	return govsearch.IndexInfo{
		BuiltAt:      st.BuiltAt.UTC().Format(time.RFC3339),
		BuildSeconds: math.Round(st.BuildSeconds*1000) / 1000,
		Documents:    st.Documents,
		Paragraphs:   st.Paragraphs,
		Analyzer:     segment.AnalyzerName + " (normalize: NFKC, case, trad→simp, numeral years, punctuation; gse words for ranking; character pairs and frequent trigrams for matching)",
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
