package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/merge"
	"github.com/govsearch/govsearch/index/internal/par"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/snapshot"
	"github.com/govsearch/govsearch/segment"
)

// Change is what one update does: documents to add or replace (by id),
// and documents to remove.
type Change struct {
	Put    []govsearch.DocumentContent
	Delete []string
}

// UpdateResult says what an update did.
type UpdateResult struct {
	Generation string
	Added      int // documents new to the index
	Replaced   int // documents whose paragraphs were replaced
	Deleted    int
	Documents  int // documents in the index afterwards
	Paragraphs int
	Segments   int  // segments written, merges included
	Unchanged  bool // nothing to do: no manifest was written
}

// Flush limits: an update writes a segment each time it has gathered this
// many paragraphs or this much text, so that its memory stays bounded
// whatever the size of the change.
const (
	flushParagraphs = 100_000
	flushText       = 96 << 20
)

// Update applies a change to the index in dir, creating it if missing: it
// writes segments for the documents put, records the documents replaced
// or deleted as deleted paragraphs, switches the manifest atomically and
// merges segments under the tiered policy. Concurrent readers keep
// answering from the snapshot they hold. Only one update runs at a time
// in a directory. It is a Writer given the whole change at once.
func Update(ctx context.Context, dir string, ch Change, opts Options) (*UpdateResult, error) {
	w, err := NewWriter(ctx, dir, opts)
	if err != nil {
		return nil, err
	}
	defer w.Abort()
	for _, d := range ch.Put {
		if err := w.Put(d); err != nil {
			return nil, err
		}
	}
	for _, id := range ch.Delete {
		w.Delete(id)
	}
	return w.Commit()
}

// A Writer applies one change to an index as its documents arrive: it
// writes a segment each time a flush's worth of paragraphs has arrived,
// so that its memory stays bounded whatever the size of the change, and
// makes the whole change visible at once with Commit. It holds the
// directory's writer lock from NewWriter to Commit or Abort.
type Writer struct {
	ctx       context.Context
	dir       string
	store     *snapshot.Store
	seg       *segment.Segmenter
	started   time.Time
	wasLegacy bool
	change    Change // Put holds the documents not yet flushed
	putIDs    []string
	buffered  int // paragraphs in change.Put
	text      int // bytes of text in change.Put
	paths     []string
	done      bool
	limits    flushLimits
	// writeSegment writes a segment's input to its file: segfile.Write,
	// or a test's stand-in.
	writeSegment func(path string, in *segfile.Input) error
	// inFlight receives the result of the segment being written in the
	// background; it is nil when none is.
	inFlight chan error
	// flushErr is the first error of a background flush: every later
	// Put, Commit and flush returns it.
	flushErr error
}

// flushLimits are when a Writer writes its buffered documents as a
// segment: at so many paragraphs or so many bytes of text.
type flushLimits struct{ paragraphs, text int }

// NewWriter opens the index in dir (creating it if missing) for one
// change.
func NewWriter(ctx context.Context, dir string, opts Options) (*Writer, error) {
	w := &Writer{
		ctx: ctx, dir: dir, seg: opts.segmenter(), started: time.Now(), wasLegacy: legacy(dir),
		limits:       flushLimits{paragraphs: flushParagraphs, text: flushText},
		writeSegment: writeSegfile,
	}
	store, err := snapshot.Open(dir, snapshot.Options{Writer: true})
	if errors.Is(err, snapshot.ErrLocked) {
		return nil, govsearch.Errorf(govsearch.EUnavailable, "index %s is being updated by another run", dir)
	}
	if err != nil {
		return nil, fmt.Errorf("open index %s for update: %w", dir, err)
	}
	w.store = store
	// The gse dictionary takes seconds to load: it loads while the caller
	// finds and parses what changed.
	w.seg.LoadAsync()
	return w, nil
}

// Put adds or replaces a document. When a flush's worth has arrived, the
// buffered documents are written as a segment in the background while the
// next ones arrive; an error of that write is returned by a later Put or
// by Commit.
func (w *Writer) Put(d govsearch.DocumentContent) error {
	if err := w.wait(false); err != nil {
		return err
	}
	w.change.Put = append(w.change.Put, d)
	w.putIDs = append(w.putIDs, d.Document.ID)
	w.buffered += len(d.Paragraphs)
	for _, p := range d.Paragraphs {
		w.text += len(p.Text)
	}
	if w.buffered >= w.limits.paragraphs || w.text >= w.limits.text {
		return w.flush()
	}
	return nil
}

// Delete removes a document, if the index has it.
func (w *Writer) Delete(id string) { w.change.Delete = append(w.change.Delete, id) }

// flush hands the buffered documents to a goroutine that cuts them into
// words and writes them as a segment, once the segment before is written:
// one segment is written while the next is gathered, so that parsing and
// writing share the cores and memory holds at most two flushes' worth.
func (w *Writer) flush() error {
	if len(w.change.Put) == 0 {
		return w.wait(false)
	}
	if err := w.wait(true); err != nil {
		return err
	}
	if err := loadSegmenter(w.ctx, w.seg); err != nil {
		return err
	}
	path, err := w.store.NewSegment()
	if err != nil {
		return err
	}
	w.paths = append(w.paths, path)
	docs := w.change.Put
	w.change.Put, w.buffered, w.text = nil, 0, 0
	done := make(chan error, 1)
	w.inFlight = done
	go func() { done <- w.buildSegment(path, docs) }()
	return w.ctx.Err()
}

// buildSegment cuts documents into words and writes them as the segment
// at path.
func (w *Writer) buildSegment(path string, docs []govsearch.DocumentContent) error {
	in, err := segmentInput(w.ctx, w.seg, docs, w.started.UTC())
	if err == nil {
		err = w.writeSegment(path, in)
	}
	if err != nil && w.ctx.Err() != nil {
		return w.ctx.Err()
	}
	return err
}

// wait returns the error of the background flush, if one failed: with
// block, once the flush in flight (if any) is done; else only if it is
// already done.
func (w *Writer) wait(block bool) error {
	if w.inFlight != nil {
		var err error
		if block {
			err = <-w.inFlight
		} else {
			select {
			case err = <-w.inFlight:
			default:
				return w.flushErr
			}
		}
		w.inFlight = nil
		if err != nil && w.flushErr == nil {
			w.flushErr = err
		}
	}
	return w.flushErr
}

// writeSegfile writes a segment's input to path.
func writeSegfile(path string, in *segfile.Input) error {
	_, err := segfile.Write(path, in)
	return err
}

// Commit writes what is left, switches the manifest to the change,
// merges, and releases the directory.
func (w *Writer) Commit() (*UpdateResult, error) {
	if w.done {
		return nil, errors.New("index writer: commit after commit or abort")
	}
	defer w.Abort()
	// The writer holds the directory's lock and merges only after its
	// commit, so the deletions found now are those the commit applies to.
	sn := w.store.Acquire()
	res, dels, err := planChange(sn, w.putIDs, w.change.Delete)
	sn.DecRef()
	if err != nil {
		return nil, err
	}
	if len(w.putIDs) == 0 && len(dels) == 0 && !w.wasLegacy {
		res.Unchanged = true
		return finishResult(w.store, res), nil
	}
	if err := w.flush(); err != nil {
		return nil, err
	}
	if err := w.wait(true); err != nil {
		return nil, err
	}
	if err := w.store.Commit(func(*snapshot.Snapshot) (snapshot.Change, error) {
		return snapshot.Change{Add: w.paths, Delete: dels}, nil
	}); err != nil {
		return nil, fmt.Errorf("commit index %s: %w", w.dir, err)
	}
	res.Segments = len(w.paths)
	w.paths = nil // committed: Abort must not remove them
	writeBuildInfo(w.dir, buildInfo{BuiltAt: time.Now().UTC(), Seconds: time.Since(w.started).Seconds()})
	if w.wasLegacy {
		removeLegacy(w.dir)
	}
	merged, err := merge.Step(w.ctx, w.store, merge.DefaultPolicy)
	res.Segments += merged
	if err != nil && w.ctx.Err() == nil {
		return nil, fmt.Errorf("merge segments of %s: %w", w.dir, err)
	}
	return finishResult(w.store, res), nil
}

// Abort drops an uncommitted change: the segments written for it are
// removed and the directory released. It does nothing after Commit.
func (w *Writer) Abort() {
	if w.done {
		return
	}
	w.done = true
	// The segment in flight is written to its end (or stopped by the
	// context) before its file is removed and the directory released.
	w.wait(true)
	removeAll(w.paths)
	w.store.Close()
}

// planChange finds, in a snapshot, the live documents that the documents
// put (by ID) replace and the IDs deleted remove, counts them, and returns
// their paragraphs as deletions per segment.
func planChange(sn *snapshot.Snapshot, putIDs, deleteIDs []string) (*UpdateResult, map[string]*roaring.Bitmap, error) {
	res := &UpdateResult{}
	dels := map[string]*roaring.Bitmap{}
	put := map[string]bool{}
	for _, id := range putIDs {
		put[id] = true
	}
	seen := map[string]bool{}
	for _, id := range append(slices.Clip(putIDs), deleteIDs...) {
		if seen[id] {
			continue
		}
		seen[id] = true
		found := false
		for i := 0; i < sn.Len(); i++ {
			name, seg, deleted := sn.Segment(i)
			d, ok, err := seg.DocumentByID(id)
			if err != nil {
				return nil, nil, err
			}
			if !ok {
				continue
			}
			lo, hi, err := seg.DocumentParagraphs(d)
			if err != nil {
				return nil, nil, err
			}
			if hi == lo || (deleted != nil && deleted.Contains(lo)) {
				continue // an earlier version, already deleted
			}
			if dels[name] == nil {
				dels[name] = roaring.New()
			}
			dels[name].AddRange(uint64(lo), uint64(hi))
			found = true
		}
		switch {
		case found && put[id]:
			res.Replaced++
		case found:
			res.Deleted++
		case put[id]:
			res.Added++
		}
	}
	return res, dels, nil
}

// finishResult fills the figures of the index after the update.
func finishResult(store *snapshot.Store, res *UpdateResult) *UpdateResult {
	sn := store.Acquire()
	if sn == nil {
		return res
	}
	defer sn.DecRef()
	res.Generation = generationName(sn.Generation())
	res.Paragraphs = sn.Live()
	for i := 0; i < sn.Len(); i++ {
		_, seg, deleted := sn.Segment(i)
		for d := 0; d < seg.Stats().Documents; d++ {
			lo, hi, err := seg.DocumentParagraphs(uint32(d))
			if err == nil && hi > lo && (deleted == nil || !deleted.Contains(lo)) {
				res.Documents++
			}
		}
	}
	return res
}

// loadSegmenter loads the gse dictionary (seconds, hundreds of MB); a
// cancelled run does not wait for it.
func loadSegmenter(ctx context.Context, seg *segment.Segmenter) error {
	loaded := make(chan error, 1)
	go func() { loaded <- seg.Load() }()
	select {
	case err := <-loaded:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// segmentInput turns documents into a segment's input: each paragraph
// normalized and cut into gse words (its word starts mark whole-word
// matches for ranking), on every core.
func segmentInput(ctx context.Context, seg *segment.Segmenter, docs []govsearch.DocumentContent, now time.Time) (*segfile.Input, error) {
	in := &segfile.Input{Fields: facetNames()}
	for _, d := range docs {
		doc := d.Document
		doc.Paragraphs = len(d.Paragraphs)
		if doc.IndexedAt.IsZero() {
			// A document from a cluster's log keeps the time it was
			// published, so that every replica dates it alike.
			doc.IndexedAt = now
		}
		k := uint32(len(in.Docs))
		in.Docs = append(in.Docs, doc)
		for _, p := range d.Paragraphs {
			in.Paras = append(in.Paras, segfile.Paragraph{
				Doc: k, Position: uint32(p.Position), Kind: p.Kind, Text: p.Text,
				SectionPath: p.SectionPath, Facets: facetValues(&doc, p.SectionPath),
			})
		}
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	err := par.DoErr(workers, workers, func(w int) error {
		for i := w; i < len(in.Paras); i += workers {
			if i&1023 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			p := &in.Paras[i]
			p.Norm = segment.Normalize(p.Text)
			words, err := seg.Words(p.Norm)
			if err != nil {
				return err
			}
			p.Bounds = wordBounds(p.Norm, words)
		}
		return nil
	})
	return in, err
}

// wordBounds marks the bytes of the normalized text where words start.
func wordBounds(norm string, words []segment.Word) []byte {
	bits := make([]byte, len(norm)/8+1)
	for _, w := range words {
		bits[w.Start/8] |= 1 << (w.Start % 8)
	}
	return bits
}

func removeAll(paths []string) {
	for _, p := range paths {
		os.Remove(p)
	}
}

// removeLegacy deletes what an index of the format before segments left:
// its generation directories and CURRENT file.
func removeLegacy(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "gen-") {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
	os.Remove(filepath.Join(dir, legacyCurrent))
}

// buildInfo is when the index was last updated and how long it took,
// kept beside the manifest for explanations (not needed to search).
type buildInfo struct {
	BuiltAt time.Time `json:"built_at"`
	Seconds float64   `json:"seconds"`
}

const buildInfoFile = "BUILD.json"

func writeBuildInfo(dir string, b buildInfo) {
	data, err := json.Marshal(b)
	if err != nil {
		return
	}
	tmp := filepath.Join(dir, buildInfoFile+".tmp")
	if os.WriteFile(tmp, data, 0o644) == nil {
		os.Rename(tmp, filepath.Join(dir, buildInfoFile))
	}
}

func readBuildInfo(dir string) buildInfo {
	var b buildInfo
	if data, err := os.ReadFile(filepath.Join(dir, buildInfoFile)); err == nil {
		json.Unmarshal(data, &b)
	}
	return b
}
