package snapshot_test

import (
	"context"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
	"github.com/govsearch/govsearch/index/internal/snapshot"
)

func openStore(t *testing.T, dir string, writer bool) *snapshot.Store {
	t.Helper()
	s, err := snapshot.Open(dir, snapshot.Options{Writer: writer})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// add writes docs as a new segment and commits it.
func add(t testing.TB, s *snapshot.Store, docs []segtest.Doc) string {
	t.Helper()
	path, err := s.NewSegment()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := segfile.Write(path, segtest.Input(docs)); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(func(*snapshot.Snapshot) (snapshot.Change, error) {
		return snapshot.Change{Add: []string{path}}, nil
	}); err != nil {
		t.Fatal(err)
	}
	return filepath.Base(path)
}

// deleteDoc marks a document's paragraphs deleted in the current snapshot.
func deleteDoc(t testing.TB, s *snapshot.Store, id string) {
	t.Helper()
	if err := s.Commit(func(cur *snapshot.Snapshot) (snapshot.Change, error) {
		c := snapshot.Change{Delete: map[string]*roaring.Bitmap{}}
		for i := 0; i < cur.Len(); i++ {
			name, seg, _ := cur.Segment(i)
			d, ok, err := seg.DocumentByID(id)
			if err != nil {
				return c, err
			}
			if ok {
				lo, hi, err := seg.DocumentParagraphs(d)
				if err != nil {
					return c, err
				}
				bm := roaring.New()
				bm.AddRange(uint64(lo), uint64(hi))
				c.Delete[name] = bm
			}
		}
		return c, nil
	}); err != nil {
		t.Fatal(err)
	}
}

func count(t testing.TB, sn *snapshot.Snapshot, term string) int {
	t.Helper()
	h, err := match.Term(context.Background(), sn.Views(), term)
	if err != nil {
		t.Fatal(err)
	}
	return h.Count()
}

// TestCommitReloadAndOracle adds segments and deletes documents through a
// writer, follows it with a reader store, and checks both against the
// brute-force oracle.
func TestCommitReloadAndOracle(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(6))
	w := openStore(t, dir, true)
	defer w.Close()
	r := openStore(t, dir, false)
	defer r.Close()
	a := segtest.Generated(rng, 30, "a")
	b := segtest.Generated(rng, 30, "b")
	add(t, w, a)
	add(t, w, b)
	deleteDoc(t, w, "a0003")
	deleteDoc(t, w, "b0010")
	if ok, err := r.Reload(); !ok || err != nil {
		t.Fatalf("reload: %v %v", ok, err)
	}
	var live []segtest.Doc
	for _, d := range append(append([]segtest.Doc{}, a...), b...) {
		if d.Document.ID != "a0003" && d.Document.ID != "b0010" {
			live = append(live, d)
		}
	}
	for _, s := range []*snapshot.Store{w, r} {
		sn := s.Acquire()
		segtest.CheckOracle(t, rng, sn.Views(), live, 100)
		sn.DecRef()
	}
	// Reopen: the manifest holds everything.
	w.Close()
	w = openStore(t, dir, true)
	sn := w.Acquire()
	defer sn.DecRef()
	if sn.Len() != 2 || sn.Generation() != 4 {
		t.Errorf("reopened: %d segments, generation %d", sn.Len(), sn.Generation())
	}
	segtest.CheckOracle(t, rng, sn.Views(), live, 50)
}

// TestSegmentOutlivesItsManifest holds a snapshot while a commit removes
// its segment: the file stays until the snapshot is released.
func TestSegmentOutlivesItsManifest(t *testing.T) {
	dir := t.TempDir()
	w := openStore(t, dir, true)
	defer w.Close()
	docs := segtest.Generated(rand.New(rand.NewSource(7)), 10, "a")
	name := add(t, w, docs)
	held := w.Acquire()
	want := count(t, held, "发")
	if err := w.Commit(func(*snapshot.Snapshot) (snapshot.Change, error) {
		return snapshot.Change{Remove: []string{name}}, nil
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
		t.Fatalf("segment removed while a snapshot holds it: %v", err)
	}
	if got := count(t, held, "发"); got != want || want == 0 {
		t.Fatalf("held snapshot: %d hits, want %d", got, want)
	}
	if n := w.Acquire(); n.Len() != 0 {
		t.Fatalf("current snapshot has %d segments", n.Len())
	} else {
		n.DecRef()
	}
	held.DecRef()
	if _, err := os.Stat(filepath.Join(dir, name)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("segment not removed after the last snapshot: %v", err)
	}
}

// TestCrashLeftovers: segment files written but never committed (a run
// killed before its manifest) are removed when the writer opens.
func TestCrashLeftovers(t *testing.T) {
	dir := t.TempDir()
	w := openStore(t, dir, true)
	add(t, w, segtest.Generated(rand.New(rand.NewSource(8)), 5, "a"))
	path, err := w.NewSegment()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := segfile.Write(path, segtest.Input(segtest.Generated(rand.New(rand.NewSource(9)), 5, "b"))); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "MANIFEST.tmp123"), []byte("half"), 0o644)
	w.Close()
	w = openStore(t, dir, true)
	defer w.Close()
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("uncommitted segment left: %v", err)
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

// TestCorruptManifest: a damaged manifest is an error naming it.
func TestCorruptManifest(t *testing.T) {
	dir := t.TempDir()
	w := openStore(t, dir, true)
	add(t, w, segtest.Generated(rand.New(rand.NewSource(10)), 5, "a"))
	w.Close()
	path := filepath.Join(dir, snapshot.ManifestFile)
	b, _ := os.ReadFile(path)
	for _, at := range []int{0, 20, len(b) / 2, len(b) - 1} {
		bad := append([]byte(nil), b...)
		bad[at] ^= 0x40
		os.WriteFile(path, bad, 0o644)
		_, err := snapshot.Open(dir, snapshot.Options{})
		if err == nil || !errors.Is(err, segfile.ErrCorrupt) || !strings.Contains(err.Error(), path) {
			t.Errorf("flip at %d: %v", at, err)
		}
	}
	os.WriteFile(path, b[:len(b)-3], 0o644)
	if _, err := snapshot.Open(dir, snapshot.Options{}); err == nil {
		t.Error("opened a truncated manifest")
	}
}

// TestReloadWhileSearching commits and reloads while 8 goroutines search
// their snapshots; each search's count must be the one its snapshot's
// generation had. Run with -race.
func TestReloadWhileSearching(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(11))
	w := openStore(t, dir, true)
	defer w.Close()
	r := openStore(t, dir, false)
	defer r.Close()
	const term = "发展"
	var mu sync.Mutex
	want := map[uint64]int{}
	record := func() {
		sn := w.Acquire()
		defer sn.DecRef()
		mu.Lock()
		want[sn.Generation()] = count(t, sn, term)
		mu.Unlock()
	}
	record()
	type seen struct {
		gen uint64
		n   int
	}
	var stop atomic.Bool
	var wg sync.WaitGroup
	results := make([][]seen, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := w
			if g%2 == 1 {
				s = r
			}
			for !stop.Load() {
				sn := s.Acquire()
				h, err := match.Term(context.Background(), sn.Views(), term)
				if err != nil {
					t.Error(err)
				} else {
					results[g] = append(results[g], seen{sn.Generation(), h.Count()})
				}
				sn.DecRef()
			}
		}()
	}
	var ids []string
	for i := 0; i < 12; i++ {
		docs := segtest.Generated(rng, 8, string(rune('a'+i)))
		add(t, w, docs)
		record()
		ids = append(ids, docs[0].Document.ID)
		if i%3 == 2 {
			deleteDoc(t, w, ids[rng.Intn(len(ids))])
			record()
			// Drop the oldest segment: its file goes once no search holds it.
			if err := w.Commit(func(cur *snapshot.Snapshot) (snapshot.Change, error) {
				name, _, _ := cur.Segment(0)
				return snapshot.Change{Remove: []string{name}}, nil
			}); err != nil {
				t.Fatal(err)
			}
			record()
		}
		if _, err := r.Reload(); err != nil {
			t.Fatal(err)
		}
	}
	stop.Store(true)
	wg.Wait()
	n := 0
	for _, rs := range results {
		for _, s := range rs {
			n++
			if s.n != want[s.gen] {
				t.Fatalf("generation %d: a search found %d, the generation has %d", s.gen, s.n, want[s.gen])
			}
		}
	}
	t.Logf("%d searches across %d generations", n, len(want))
}
