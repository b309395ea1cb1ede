package snapshot

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/RoaringBitmap/roaring/v2"
	"golang.org/x/sys/unix"

	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/segfile"
)

// SegmentExt ends the name of every segment file.
const SegmentExt = ".seg"

const lockFile = "LOCK"

// ErrLocked is returned by Open when another writer holds the directory.
var ErrLocked = errors.New("index is being written by another process")

// Options configure a Store.
type Options struct {
	// Writer makes the store the directory's one writer: it takes the
	// directory's lock, may commit, creates an empty manifest when there
	// is none, and removes segment files that no manifest names (left by
	// a crashed run) or that no snapshot uses any more. A reader only
	// maps what the manifest names and follows it with Reload.
	Writer bool
}

// Store is an index directory's live segments, opened.
type Store struct {
	dir  string
	opts Options
	lock *os.File

	mu   sync.Mutex // serializes NewSegment, Commit, Reload and Close
	next uint64     // number of the next new segment; guarded by mu
	cur  atomic.Pointer[Snapshot]

	segMu sync.Mutex // guards segs and every segment's refs
	segs  map[string]*segment
}

// segment is an opened segment file, counted by the snapshots that hold
// it.
type segment struct {
	name string
	seg  *segfile.Segment
	refs int // snapshots holding it; guarded by Store.segMu
	// dropped is set, under Store.segMu, when a committed manifest no
	// longer names the segment: its file goes with its last snapshot.
	dropped bool
}

// Snapshot is a consistent set of live segments with their deletions. It
// never changes; hold it with AddRef (Store.Acquire does) and give it
// back with DecRef.
type Snapshot struct {
	store    *Store
	manifest *Manifest
	segs     []*segment
	refs     atomic.Int64
}

// Open opens the store of dir.
func Open(dir string, opts Options) (*Store, error) {
	s := &Store{dir: dir, opts: opts, segs: map[string]*segment{}}
	if opts.Writer {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open index %s: %w", dir, err)
		}
		f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_CREATE|os.O_RDWR, 0o644)
		if err != nil {
			return nil, fmt.Errorf("open index %s: %w", dir, err)
		}
		if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
			f.Close()
			if errors.Is(err, unix.EWOULDBLOCK) {
				return nil, fmt.Errorf("%w: %s", ErrLocked, dir)
			}
			return nil, fmt.Errorf("lock index %s: %w", dir, err)
		}
		s.lock = f
	}
	m, err := ReadManifest(dir)
	if errors.Is(err, ErrNoManifest) && opts.Writer {
		m = &Manifest{}
		err = WriteManifest(dir, m)
	}
	if err != nil {
		s.unlock()
		return nil, err
	}
	sn, err := s.snapshot(m)
	if err != nil {
		s.unlock()
		return nil, err
	}
	s.cur.Store(sn)
	s.next = m.NextSegment
	if opts.Writer {
		if err := s.removeUnnamed(m); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

func (s *Store) unlock() {
	if s.lock != nil {
		s.lock.Close() // releases the flock
		s.lock = nil
	}
}

// snapshot makes a snapshot of m, with one reference (the caller's),
// opening the segments not open yet.
func (s *Store) snapshot(m *Manifest) (*Snapshot, error) {
	sn := &Snapshot{store: s, manifest: m}
	s.segMu.Lock()
	defer s.segMu.Unlock()
	for _, e := range m.Segments {
		sg := s.segs[e.Name]
		if sg == nil {
			seg, err := segfile.Open(filepath.Join(s.dir, e.Name))
			if err != nil {
				sn.releaseLocked()
				return nil, err
			}
			if seg.Len() != e.Paragraphs {
				seg.Close()
				sn.releaseLocked()
				return nil, fmt.Errorf("segment %s has %d paragraphs, the manifest says %d: %w", seg.Path(), seg.Len(), e.Paragraphs, segfile.ErrCorrupt)
			}
			sg = &segment{name: e.Name, seg: seg}
			s.segs[e.Name] = sg
		}
		sg.refs++
		sn.segs = append(sn.segs, sg)
	}
	sn.refs.Store(1)
	return sn, nil
}

// removeUnnamed removes the segment files and temporary files that m
// does not name: what a crashed run left behind.
func (s *Store) removeUnnamed(m *Manifest) error {
	named := map[string]bool{}
	for _, e := range m.Segments {
		named[e.Name] = true
	}
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return fmt.Errorf("open index %s: %w", s.dir, err)
	}
	for _, e := range ents {
		n := e.Name()
		if (strings.HasSuffix(n, SegmentExt) && !named[n]) || strings.Contains(n, ".tmp") {
			if err := os.Remove(filepath.Join(s.dir, n)); err != nil {
				return fmt.Errorf("open index %s: %w", s.dir, err)
			}
		}
	}
	return nil
}

// Acquire returns the current snapshot, held: call DecRef when done. It
// returns nil after Close.
func (s *Store) Acquire() *Snapshot {
	for {
		sn := s.cur.Load()
		if sn == nil {
			return nil
		}
		// tryRef fails only when sn was replaced and released meanwhile;
		// the next load sees its successor.
		if sn.tryRef() {
			return sn
		}
	}
}

func (sn *Snapshot) tryRef() bool {
	for {
		n := sn.refs.Load()
		if n <= 0 {
			return false
		}
		if sn.refs.CompareAndSwap(n, n+1) {
			return true
		}
	}
}

// AddRef takes another reference to a snapshot the caller holds.
func (sn *Snapshot) AddRef() {
	if sn.refs.Add(1) <= 1 {
		panic("snapshot: AddRef on a released snapshot")
	}
}

// DecRef gives a reference back. The last one releases the snapshot's
// segments; a segment no snapshot holds any more is closed and, in a
// writer, its file removed.
func (sn *Snapshot) DecRef() {
	switch n := sn.refs.Add(-1); {
	case n == 0:
		sn.release()
	case n < 0:
		panic("snapshot: DecRef without a reference")
	}
}

func (sn *Snapshot) release() {
	sn.store.segMu.Lock()
	defer sn.store.segMu.Unlock()
	sn.releaseLocked()
}

func (sn *Snapshot) releaseLocked() {
	s := sn.store
	for _, sg := range sn.segs {
		if sg.refs--; sg.refs > 0 {
			continue
		}
		// No later manifest names it again: segment names are never
		// reused.
		delete(s.segs, sg.name)
		sg.seg.Close()
		if s.opts.Writer && sg.dropped {
			os.Remove(sg.seg.Path())
		}
	}
}

// Generation is the manifest generation the snapshot shows.
func (sn *Snapshot) Generation() uint64 { return sn.manifest.Generation }

// Len is the number of segments.
func (sn *Snapshot) Len() int { return len(sn.segs) }

// Segment returns segment i with its name and deletions.
func (sn *Snapshot) Segment(i int) (name string, seg *segfile.Segment, deleted *roaring.Bitmap) {
	return sn.segs[i].name, sn.segs[i].seg, sn.manifest.Segments[i].Deleted
}

// Views returns the snapshot's segments for searching, in order.
func (sn *Snapshot) Views() []match.View {
	out := make([]match.View, len(sn.segs))
	for i, sg := range sn.segs {
		out[i] = match.View{Seg: sg.seg, Deleted: sn.manifest.Segments[i].Deleted}
	}
	return out
}

// Live is the number of paragraphs not deleted.
func (sn *Snapshot) Live() int {
	n := 0
	for _, e := range sn.manifest.Segments {
		n += e.Paragraphs - int(e.Deleted.GetCardinality())
	}
	return n
}

// Change is what a commit does to the live set.
type Change struct {
	// Add names new segment files, already written in the directory
	// (NewSegment gives their paths).
	Add []string
	// Delete adds deleted paragraphs to live segments, by name.
	Delete map[string]*roaring.Bitmap
	// Remove drops live segments (merged into an added one).
	Remove []string
}

// NewSegment reserves a name for a new segment file and returns its path.
// Only a writer may call it.
func (s *Store) NewSegment() (string, error) {
	if !s.opts.Writer {
		return "", errors.New("snapshot: NewSegment on a read-only store")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// Reserved numbers live in memory until the next commit records them;
	// a crash before it leaves files that Open removes.
	s.next++
	return filepath.Join(s.dir, fmt.Sprintf("%016x%s", s.next-1, SegmentExt)), nil
}

// Commit applies a change: it writes the next manifest and switches the
// current snapshot to it. change is called with the current snapshot,
// under the store's lock, so that a merge can compute its change against
// the deletions committed meanwhile. Searches never wait for it.
func (s *Store) Commit(change func(cur *Snapshot) (Change, error)) error {
	if !s.opts.Writer {
		return errors.New("snapshot: Commit on a read-only store")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.cur.Load()
	if old == nil {
		return errors.New("snapshot: store is closed")
	}
	c, err := change(old)
	if err != nil {
		return err
	}
	m, err := apply(old.manifest, c, s.dir)
	if err != nil {
		return err
	}
	m.NextSegment = s.next
	sn, err := s.snapshot(m)
	if err != nil {
		return err
	}
	if err := WriteManifest(s.dir, m); err != nil {
		sn.DecRef()
		return err
	}
	s.cur.Store(sn)
	s.segMu.Lock()
	live := map[*segment]bool{}
	for _, sg := range sn.segs {
		live[sg] = true
	}
	for _, sg := range old.segs {
		sg.dropped = !live[sg]
	}
	s.segMu.Unlock()
	old.DecRef()
	return nil
}

// apply returns the manifest after c.
func apply(old *Manifest, c Change, dir string) (*Manifest, error) {
	m := &Manifest{Generation: old.Generation + 1, NextSegment: old.NextSegment}
	removed := map[string]bool{}
	for _, n := range c.Remove {
		removed[n] = true
	}
	known, added := map[string]bool{}, map[string]bool{}
	var all []Entry
	for _, e := range old.Segments {
		known[e.Name] = true
		if !removed[e.Name] {
			all = append(all, e)
		}
	}
	for _, n := range c.Remove {
		if !known[n] {
			return nil, fmt.Errorf("snapshot: remove %s, which is not live", n)
		}
	}
	for _, path := range c.Add {
		name := filepath.Base(path)
		seg, err := segfile.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		n := seg.Len()
		seg.Close()
		known[name], added[name] = true, true
		all = append(all, Entry{Name: name, Paragraphs: n, Deleted: roaring.New()})
	}
	for n := range c.Delete {
		if !known[n] || removed[n] {
			return nil, fmt.Errorf("snapshot: delete in %s, which is not live", n)
		}
	}
	for _, e := range all {
		if del := c.Delete[e.Name]; del != nil && !del.IsEmpty() {
			e.Deleted = roaring.Or(e.Deleted, del)
			e.Deleted.RunOptimize()
		}
		if int(e.Deleted.GetCardinality()) >= e.Paragraphs {
			// Nothing left: drop it. An old segment's file goes with its
			// last snapshot; a new one's at once, as no snapshot has it.
			if added[e.Name] {
				os.Remove(filepath.Join(dir, e.Name))
			}
			continue
		}
		m.Segments = append(m.Segments, e)
	}
	return m, nil
}

// Reload follows the manifest written by the directory's writer (another
// process) and reports whether the snapshot changed.
func (s *Store) Reload() (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.cur.Load()
	if old == nil {
		return false, errors.New("snapshot: store is closed")
	}
	m, err := ReadManifest(s.dir)
	if err != nil {
		return false, err
	}
	if m.Generation == old.manifest.Generation {
		return false, nil
	}
	sn, err := s.snapshot(m)
	if err != nil {
		return false, err
	}
	s.cur.Store(sn)
	old.DecRef()
	return true, nil
}

// Close drops the store's snapshot; segments are closed when the last
// snapshot held elsewhere is released. The directory's lock is released.
func (s *Store) Close() error {
	s.mu.Lock()
	sn := s.cur.Swap(nil)
	s.mu.Unlock()
	if sn != nil {
		sn.DecRef()
	}
	s.unlock()
	return nil
}
