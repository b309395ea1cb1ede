package index

import (
	"bufio"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/govsearch/govsearch"
)

// snapshot is everything a generation holds besides its bleve index: the
// documents and their paragraphs in order. It is written once, when the
// generation is built, and read when the generation is opened.
type snapshot struct {
	Version int
	BuiltAt time.Time
	// BuildSeconds is how long the update that wrote this generation took.
	BuildSeconds float64
	Docs         []govsearch.Document
	Paras        []storedPara
	Paths        [][]string // distinct section paths; Paras refer to them
}

// storedPara is a paragraph as stored: its document by position in Docs,
// its section path by position in Paths.
type storedPara struct {
	Doc      uint32
	Position uint32
	Kind     string
	Text     string
	Path     uint32
	// Bounds marks, one bit per byte of the normalized text, where a gse
	// word starts; ranking prefers matches that are whole words.
	Bounds []byte
}

const snapshotVersion = 1

const snapshotFile = "store.gob"

func writeSnapshot(dir string, s *snapshot) error {
	path := filepath.Join(dir, snapshotFile)
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write snapshot: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := gob.NewEncoder(w).Encode(s); err != nil {
		f.Close()
		return fmt.Errorf("write snapshot %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write snapshot %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync snapshot %s: %w", path, err)
	}
	return f.Close()
}

func readSnapshot(dir string) (*snapshot, error) {
	path := filepath.Join(dir, snapshotFile)
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read snapshot: %w", err)
	}
	defer f.Close()
	var s snapshot
	if err := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&s); err != nil {
		return nil, govsearch.Errorf(govsearch.EInternal, "index snapshot %s is corrupt: %v", path, err)
	}
	if s.Version != snapshotVersion {
		return nil, fmt.Errorf("index snapshot %s has version %d, want %d: rebuild the index", path, s.Version, snapshotVersion)
	}
	return &s, nil
}

// pathTable interns section paths.
type pathTable struct {
	paths [][]string
	index map[string]uint32
}

func newPathTable() *pathTable {
	return &pathTable{index: map[string]uint32{}}
}

func (t *pathTable) intern(p []string) uint32 {
	key := strings.Join(p, "\x00")
	if k, ok := t.index[key]; ok {
		return k
	}
	k := uint32(len(t.paths))
	t.index[key] = k
	t.paths = append(t.paths, slices.Clone(p))
	return k
}
