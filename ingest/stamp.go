package ingest

import (
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// A Stamp is what stat says of a file and of its sidecars: size,
// modification and change times, device and inode. A file whose stamp is
// the one recorded with its fingerprint need not be read again.
type Stamp [3]fileStamp // the file, then its two possible sidecars

// fileStamp is one file's stat; all zero for a missing sidecar.
type fileStamp struct {
	Size, Mod, Change int64 // times in Unix nanoseconds
	Dev, Ino          uint64
}

// Stamp stats the file at path and its sidecars.
func (ps *Parser) Stamp(path string) (Stamp, error) {
	var st Stamp
	info, err := os.Stat(path)
	if err != nil {
		return st, err
	}
	st[0] = stampOf(info)
	for i, p := range sidecarPaths(path) {
		info, err := os.Stat(p)
		switch {
		case err == nil:
			st[i+1] = stampOf(info)
		case !errors.Is(err, os.ErrNotExist):
			return st, err
		}
	}
	return st, nil
}

// newest is the latest modification or change time in the stamp.
func (st Stamp) newest() int64 {
	var t int64
	for _, f := range st {
		t = max(t, f.Mod, f.Change)
	}
	return t
}

// racyWindow is how close to a run's start a file may have changed for
// its stamp not to be trusted: a file rewritten with the same size within
// the clock's granularity of the stat keeps its stamp (git's "racy"
// timestamps; some file systems count in seconds, FAT in two).
const racyWindow = 2 * time.Second

// A FingerprintCache remembers files' fingerprints by their stamps, from
// one index run to the next, so that a run hashes only the files whose
// stamp changed. Its methods are safe for concurrent use.
type FingerprintCache struct {
	start time.Time
	key   string // extractor version and roots: the cache holds only with them
	mu    sync.Mutex
	old   map[string]cachedFingerprint
	now   map[string]cachedFingerprint
}

// cachedFingerprint is one file's fingerprint and stamp, by absolute path.
type cachedFingerprint struct {
	Stamp Stamp
	Hash  string
}

// cacheFile is a FingerprintCache as saved.
type cacheFile struct {
	Key     string
	Entries map[string]cachedFingerprint
}

// LoadFingerprintCache reads the cache saved in file, if any and if it
// was saved by a parser of the same extractor version and roots, for a run
// that started at start (before any file was stat). A missing or
// unreadable file gives an empty cache.
func (ps *Parser) LoadFingerprintCache(file string, start time.Time) *FingerprintCache {
	c := &FingerprintCache{
		start: start,
		key:   ExtractorVersion + "\x00" + strings.Join(ps.opts.Roots, "\x00"),
		old:   map[string]cachedFingerprint{},
		now:   map[string]cachedFingerprint{},
	}
	f, err := os.Open(file)
	if err != nil {
		return c
	}
	defer f.Close()
	var cf cacheFile
	if gob.NewDecoder(f).Decode(&cf) == nil && cf.Key == c.key && cf.Entries != nil {
		c.old = cf.Entries
	}
	return c
}

// Lookup returns the fingerprint recorded for the file at path if its
// stamp is st.
func (c *FingerprintCache) Lookup(path string, st Stamp) (string, bool) {
	key := cacheKey(path)
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.old[key]
	if !ok || e.Stamp != st {
		return "", false
	}
	c.now[key] = e
	return e.Hash, true
}

// Remember records the fingerprint of the file at path, read after it was
// stamped st. A file changed within racyWindow of the run's start is not
// remembered: a rewrite in the same tick of the clock would keep its stamp.
func (c *FingerprintCache) Remember(path string, st Stamp, hash string) {
	if st.newest() >= c.start.Add(-racyWindow).UnixNano() {
		return
	}
	key := cacheKey(path)
	c.mu.Lock()
	c.now[key] = cachedFingerprint{Stamp: st, Hash: hash}
	c.mu.Unlock()
}

// Save writes the fingerprints looked up or remembered since the cache
// was loaded into file, atomically.
func (c *FingerprintCache) Save(file string) error {
	tmp := file + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	c.mu.Lock()
	err = gob.NewEncoder(f).Encode(cacheFile{Key: c.key, Entries: c.now})
	c.mu.Unlock()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, file)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("save fingerprints: %w", err)
	}
	return nil
}

// cacheKey is the absolute form of path, so that a file given by another
// relative path is still found.
func cacheKey(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}
