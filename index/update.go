package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

// Doc is a document with its paragraphs, as Update takes it.
type Doc struct {
	Document   govsearch.Document
	Paragraphs []govsearch.Paragraph
}

// Change is what one update does: documents to add or replace (by id),
// and documents to remove.
type Change struct {
	Put    []Doc
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
	Unchanged  bool // nothing to do: no generation was written
}

const lockFile = "LOCK"

// batchSize is the number of paragraphs per bleve batch, and batchText
// the most text: a batch of long paragraphs is cut short, so that the
// memory and the time of one batch stay bounded.
const (
	batchSize = 2000
	batchText = 512 << 10
)

// Update applies a change to the index in dir, creating it if missing. It
// writes a new generation and switches to it atomically; concurrent
// readers keep answering from the previous one. Only one update runs at a
// time in a directory.
func Update(ctx context.Context, dir string, ch Change, opts Options) (*UpdateResult, error) {
	started := time.Now()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create index directory: %w", err)
	}
	unlock, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	defer unlock()
	removeStale(dir)

	prev := &snapshot{Version: snapshotVersion}
	prevName := ""
	if Exists(dir) {
		prevName, err = readCurrent(dir)
		if err != nil {
			return nil, err
		}
		prev, err = readSnapshot(filepath.Join(dir, prevName))
		if err != nil {
			return nil, fmt.Errorf("read index %s: %w", dir, err)
		}
	}

	// Which documents go and which stay.
	putIDs := map[string]bool{}
	for _, d := range ch.Put {
		putIDs[d.Document.ID] = true
	}
	delIDs := map[string]bool{}
	for _, id := range ch.Delete {
		delIDs[id] = true
	}
	res := &UpdateResult{}
	var removedParaIDs []string
	keepDoc := make([]bool, len(prev.Docs))
	for i, d := range prev.Docs {
		switch {
		case putIDs[d.ID]:
			res.Replaced++
		case delIDs[d.ID]:
			res.Deleted++
		default:
			keepDoc[i] = true
		}
	}
	res.Added = len(ch.Put) - res.Replaced
	if len(ch.Put) == 0 && res.Deleted == 0 && prevName != "" {
		res.Unchanged = true
		res.Generation = prevName
		res.Documents, res.Paragraphs = len(prev.Docs), len(prev.Paras)
		return res, nil
	}

	// The new snapshot: kept documents in their order, then the new ones.
	next := &snapshot{Version: snapshotVersion, BuiltAt: time.Now().UTC()}
	paths := newPathTable()
	docMap := make([]int, len(prev.Docs))
	for i, d := range prev.Docs {
		docMap[i] = -1
		if keepDoc[i] {
			docMap[i] = len(next.Docs)
			next.Docs = append(next.Docs, d)
		}
	}
	for _, p := range prev.Paras {
		if k := docMap[p.Doc]; k >= 0 {
			p.Doc = uint32(k)
			p.Path = paths.intern(prev.Paths[p.Path])
			next.Paras = append(next.Paras, p)
		} else {
			removedParaIDs = append(removedParaIDs, paragraphID(prev.Docs[p.Doc].ID, int(p.Position)))
		}
	}
	seg := opts.segmenter()
	// Loading the dictionary takes seconds and hundreds of MB: it is done
	// only when there is text to cut, and a cancelled run does not wait
	// for it.
	loaded := make(chan error, 1)
	if len(ch.Put) > 0 {
		go func() { loaded <- seg.Load() }()
	} else {
		loaded <- nil
	}
	select {
	case err := <-loaded:
		if err != nil {
			return nil, err
		}
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	for _, d := range ch.Put {
		k := uint32(len(next.Docs))
		doc := d.Document
		doc.Paragraphs = len(d.Paragraphs)
		// A document that comes with its indexing time (from a cluster's
		// log, so that every replica of a shard agrees) keeps it.
		if doc.IndexedAt.IsZero() {
			doc.IndexedAt = next.BuiltAt
		}
		next.Docs = append(next.Docs, doc)
		for _, p := range d.Paragraphs {
			next.Paras = append(next.Paras, storedPara{
				Doc: k, Position: uint32(p.Position), Kind: p.Kind, Text: p.Text,
				Path: paths.intern(p.SectionPath),
			})
		}
	}
	next.Paths = paths.paths

	// Write the generation in a temporary directory, then publish it.
	name := fmt.Sprintf("gen-%d", time.Now().UnixNano())
	tmp := filepath.Join(dir, name+".tmp")
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return nil, fmt.Errorf("create generation: %w", err)
	}
	prevDir := ""
	if prevName != "" {
		prevDir = filepath.Join(dir, prevName)
	}
	newParas := next.Paras[len(next.Paras)-countParagraphs(ch.Put):]
	if err := writeBleve(ctx, seg, prevDir, tmp, removedParaIDs, ch.Put, newParas); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	next.BuildSeconds = time.Since(started).Seconds()
	if err := writeSnapshot(tmp, next); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	final := filepath.Join(dir, name)
	if err := os.Rename(tmp, final); err != nil {
		return nil, fmt.Errorf("publish generation: %w", err)
	}
	if err := writeCurrent(dir, name); err != nil {
		return nil, err
	}
	// Keep the previous generation for readers that still use it; older
	// ones go.
	removeOldGenerations(dir, name, prevName)
	res.Generation = name
	res.Documents, res.Paragraphs = len(next.Docs), len(next.Paras)
	return res, nil
}

func countParagraphs(docs []Doc) int {
	n := 0
	for _, d := range docs {
		n += len(d.Paragraphs)
	}
	return n
}

// writeBleve builds the new generation's bleve index from the previous
// one: removed paragraphs deleted, new ones indexed. The new paragraphs
// are cut into words once, on every core, batch by batch: the words give
// the snapshot its word boundaries (out[i].Bounds) and are remembered for
// bleve's analyzer, which would otherwise cut them again.
func writeBleve(ctx context.Context, seg *segment.Segmenter, prevDir, newDir string, removed []string, put []Doc, out []storedPara) error {
	idx, err := createOrCloneBleve(prevDir, newDir)
	if err != nil {
		return err
	}
	fail := func(err error) error {
		if ctx.Err() != nil {
			// A cancelled run does not wait for bleve's merges: the
			// generation is thrown away.
			go idx.Close()
			return err
		}
		idx.Close()
		return err
	}
	batch := idx.NewBatch()
	for i, id := range removed {
		batch.Delete(id)
		if batch.Size() >= batchSize || i == len(removed)-1 {
			if err := idx.Batch(batch); err != nil {
				return fail(fmt.Errorf("bleve batch: %w", err))
			}
			batch.Reset()
		}
	}
	var items []*govsearch.Paragraph
	for i := range put {
		for j := range put[i].Paragraphs {
			items = append(items, &put[i].Paragraphs[j])
		}
	}
	workers := max(1, runtime.GOMAXPROCS(0))
	for start, end := 0, 0; start < len(items); start = end {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		end = start
		for text := 0; end < len(items) && end-start < batchSize && (text < batchText || end == start); end++ {
			text += len(items[end].Text)
		}
		var wg sync.WaitGroup
		errs := make([]error, workers)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := start + w; i < end; i += workers {
					if ctx.Err() != nil {
						return
					}
					norm := segment.Normalize(items[i].Text)
					words, err := seg.Words(norm)
					if err != nil {
						errs[w] = err
						return
					}
					out[i].Bounds = wordBounds(norm, words)
					seg.Remember(items[i].Text, words)
				}
			}(w)
		}
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		for _, err := range errs {
			if err != nil {
				return fail(err)
			}
		}
		for i := start; i < end; i++ {
			if err := batch.Index(items[i].ID, toBleve(items[i])); err != nil {
				return fail(fmt.Errorf("bleve index %s: %w", items[i].ID, err))
			}
		}
		err := idx.Batch(batch)
		for i := start; i < end; i++ {
			seg.Forget(items[i].Text)
		}
		if err != nil {
			return fail(fmt.Errorf("bleve batch: %w", err))
		}
		batch.Reset()
	}
	if err := idx.Close(); err != nil {
		return fmt.Errorf("close bleve index: %w", err)
	}
	return nil
}

// wordBounds marks the bytes of the normalized text where words start.
func wordBounds(norm string, words []segment.Word) []byte {
	bits := make([]byte, len(norm)/8+1)
	for _, w := range words {
		bits[w.Start/8] |= 1 << (w.Start % 8)
	}
	return bits
}

func writeCurrent(dir, name string) error {
	tmp := filepath.Join(dir, currentFile+".tmp")
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("write CURRENT: %w", err)
	}
	if _, err := f.WriteString(name + "\n"); err != nil {
		f.Close()
		return fmt.Errorf("write CURRENT: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync CURRENT: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write CURRENT: %w", err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, currentFile)); err != nil {
		return fmt.Errorf("publish CURRENT: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// lockDir takes the directory's writer lock, failing at once if another
// update holds it. The lock dies with its process, so a killed run never
// leaves the index locked.
func lockDir(dir string) (func(), error) {
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock index: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, govsearch.Errorf(govsearch.EUnavailable, "index %s is being updated by another run", dir)
		}
		return nil, fmt.Errorf("lock index: %w", err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// removeStale deletes what killed runs left behind.
func removeStale(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

func removeOldGenerations(dir string, keep ...string) {
	keepSet := map[string]bool{}
	for _, k := range keep {
		keepSet[k] = true
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "gen-") && !keepSet[e.Name()] {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}
