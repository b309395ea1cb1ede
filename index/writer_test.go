package index

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/segfile"
)

// smallWriter opens a Writer on dir that flushes at every document, so
// that segments are written in the background while the next arrive.
func smallWriter(t *testing.T, ctx context.Context, dir string) *Writer {
	t.Helper()
	w, err := NewWriter(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	w.limits = flushLimits{paragraphs: 1, text: 1}
	return w
}

// segmentFiles lists the segment files in dir.
func segmentFiles(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.seg"))
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// TestWriterBackgroundFlush writes one segment per document in the
// background: the index has every document, as an index written at once.
func TestWriterBackgroundFlush(t *testing.T) {
	docs := parseSeeds(t)
	dir := t.TempDir()
	w := smallWriter(t, context.Background(), dir)
	defer w.Abort()
	for _, d := range docs {
		if err := w.Put(d); err != nil {
			t.Fatal(err)
		}
	}
	res, err := w.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if res.Documents != len(docs) || res.Segments < len(docs) {
		t.Errorf("%d documents in %d segments, want %d in at least %d", res.Documents, res.Segments, len(docs), len(docs))
	}
}

// TestWriterFlushErrorReachesCommit fails the background write of the
// second segment: Commit (or a Put after it) returns the error, no
// manifest names the change, and no segment file of it is left.
func TestWriterFlushErrorReachesCommit(t *testing.T) {
	docs := parseSeeds(t)
	dir := t.TempDir()
	ctx := context.Background()
	if _, err := Update(ctx, dir, Change{Put: docs[:1]}, Options{}); err != nil {
		t.Fatal(err)
	}
	before := segmentFiles(t, dir)
	w := smallWriter(t, ctx, dir)
	var n atomic.Int32
	broken := errors.New("disk full")
	w.writeSegment = func(path string, in *segfile.Input) error {
		if n.Add(1) == 2 {
			return broken
		}
		return writeSegfile(path, in)
	}
	var err error
	for _, d := range docs[1:] {
		if err = w.Put(d); err != nil {
			break
		}
	}
	if err == nil {
		_, err = w.Commit()
	}
	w.Abort()
	if !errors.Is(err, broken) {
		t.Fatalf("got %v, want the background flush's error", err)
	}
	if after := segmentFiles(t, dir); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("segments %v after a failed change, want %v", after, before)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if got := len(documents(t, ix)); got != 1 {
		t.Errorf("%d documents after a failed change, want 1", got)
	}
}

// TestWriterCancelKeepsIndex cancels a change while a segment is written
// in the background: the previous index stays searchable and whole.
func TestWriterCancelKeepsIndex(t *testing.T) {
	docs := parseSeeds(t)
	dir := t.TempDir()
	if _, err := Update(context.Background(), dir, Change{Put: docs[:2]}, Options{}); err != nil {
		t.Fatal(err)
	}
	before := segmentFiles(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	w := smallWriter(t, ctx, dir)
	w.writeSegment = func(path string, in *segfile.Input) error {
		cancel() // the run is stopped while this segment is written
		return writeSegfile(path, in)
	}
	var err error
	for _, d := range docs[2:] {
		if err = w.Put(d); err != nil {
			break
		}
	}
	if err == nil {
		_, err = w.Commit()
	}
	w.Abort()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if after := segmentFiles(t, dir); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("segments %v after a cancelled change, want %v", after, before)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"发展"}}}, Mode: govsearch.ModeAll}, govsearch.SearchOptions{Size: 1})
	if err != nil || res.Total == 0 || len(documents(t, ix)) != 2 {
		t.Errorf("after a cancelled change: %v, %d documents", err, len(documents(t, ix)))
	}
}
