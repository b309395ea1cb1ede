package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/govsearch/govsearch/ingest"
)

// TestUnchangedFilesReadsOnlyChangedStamps checks that an index run reads
// only the files whose stat changed since the fingerprints were cached: an
// untouched file is not read, a file rewritten with the same size and
// modification time is, and so is a file changed too close to the run that
// cached it (a racy stamp).
func TestUnchangedFilesReadsOnlyChangedStamps(t *testing.T) {
	dir := t.TempDir()
	cacheFile := filepath.Join(dir, fingerprintsFile)
	parser := ingest.NewParser(ingest.Options{})
	var files []fileToIndex
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("第一段。"+name), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, fileToIndex{path: p, source: name})
	}
	known := map[string]string{}
	for _, f := range files {
		h, err := parser.Fingerprint(f.path)
		if err != nil {
			t.Fatal(err)
		}
		known[f.source] = h
	}
	var n atomic.Int32
	fingerprint := func(path string) (string, error) {
		n.Add(1)
		return parser.Fingerprint(path)
	}
	// later is a run's start long after the files were written: no stamp
	// is racy.
	later := time.Now().Add(time.Hour)
	check := func(name string, start time.Time, wantReads int32, wantSame []bool) {
		t.Helper()
		n.Store(0)
		cache := parser.LoadFingerprintCache(cacheFile, start)
		same := unchangedFiles(parser, files, known, cache, fingerprint)
		if got := n.Load(); got != wantReads {
			t.Errorf("%s: %d files read, want %d", name, got, wantReads)
		}
		for i := range same {
			if same[i] != wantSame[i] {
				t.Errorf("%s: %s unchanged = %v, want %v", name, files[i].source, same[i], wantSame[i])
			}
		}
		if err := cache.Save(cacheFile); err != nil {
			t.Fatal(err)
		}
	}
	all := []bool{true, true, true}
	check("first run", later, 3, all)
	check("nothing changed", later, 0, all)

	// Rewritten with the same size, the modification time put back.
	b := files[1].path
	info, err := os.Stat(b)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // past the clock's tick: the change time moves
	if err := os.WriteFile(b, []byte(strings.Replace("第一段。b.txt", "一", "二", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(b, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	check("same size and time", later, 1, []bool{true, false, true})
	check("after it", later, 0, []bool{true, false, true})

	// A run that starts right after the files changed does not trust
	// their stamps: the next run reads them again.
	check("racy run", time.Now(), 0, []bool{true, false, true})
	os.Remove(cacheFile)
	check("racy, no cache", time.Now(), 3, []bool{true, false, true})
	check("after the racy run", later, 3, []bool{true, false, true})
	check("then", later, 0, []bool{true, false, true})
}
