package merge_test

import (
	"context"
	"math/rand"
	"path/filepath"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/merge"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
	"github.com/govsearch/govsearch/index/internal/snapshot"
)

func TestPlan(t *testing.T) {
	p := merge.Policy{PerTier: 3, Floor: 100, Max: 10000, MaxDeleted: 0.5}
	seg := func(name string, n, del int) merge.Segment {
		return merge.Segment{Name: name, Paragraphs: n, Deleted: del}
	}
	tests := []struct {
		name string
		segs []merge.Segment
		want [][]string
	}{
		{"few small", []merge.Segment{seg("a", 10, 0), seg("b", 20, 0)}, nil},
		{"three small", []merge.Segment{seg("a", 50, 0), seg("b", 10, 0), seg("c", 90, 5)}, [][]string{{"b", "a", "c"}}},
		{"tiers apart", []merge.Segment{seg("a", 50, 0), seg("b", 10, 0), seg("c", 900, 0), seg("d", 1000, 0)}, nil},
		{"second tier", []merge.Segment{seg("a", 400, 0), seg("b", 500, 0), seg("c", 800, 0), seg("d", 20, 0)}, [][]string{{"a", "b", "c"}}},
		{"deleted count", []merge.Segment{seg("a", 400, 350), seg("b", 10, 0), seg("c", 20, 0)}, [][]string{{"b", "c", "a"}}},
		{"large left alone", []merge.Segment{seg("a", 20000, 0), seg("b", 30000, 100), seg("c", 40000, 0)}, nil},
		{"large with deletions", []merge.Segment{seg("a", 20000, 15000), seg("b", 30000, 100)}, [][]string{{"a"}}},
		{"output capped at Max", []merge.Segment{seg("a", 4000, 0), seg("b", 4500, 0), seg("c", 5000, 0), seg("d", 3000, 0)}, [][]string{{"d", "a"}}},
		{"cap leaves too few", []merge.Segment{seg("a", 6000, 0), seg("b", 6500, 0), seg("c", 7000, 0)}, [][]string{{"a", "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.Plan(tt.segs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMergesKeepOracle adds many small segments and merges them in the
// background while documents are deleted and 4 goroutines search; at the
// end the number of segments is bounded and every search matches the
// brute-force oracle.
func TestMergesKeepOracle(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(12))
	store, err := snapshot.Open(dir, snapshot.Options{Writer: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	policy := merge.Policy{PerTier: 4, Floor: 200, Max: 1 << 30, MaxDeleted: 0.3}

	var mu sync.Mutex
	live := map[string]segtest.Doc{}
	var order []string
	ctx, cancel := context.WithCancel(context.Background())
	kick := make(chan struct{}, 1)
	var mergeErr atomic.Value
	var loops sync.WaitGroup
	loops.Add(1)
	go func() {
		defer loops.Done()
		merge.Loop(ctx, store, policy, kick, func(err error) { mergeErr.Store(err) })
	}()
	var stop atomic.Bool
	for g := 0; g < 4; g++ {
		loops.Add(1)
		go func() {
			defer loops.Done()
			for !stop.Load() {
				sn := store.Acquire()
				if _, err := match.Term(ctx, sn.Views(), "发展"); err != nil {
					t.Error(err)
				}
				sn.DecRef()
			}
		}()
	}
	batches := append([][]segtest.Doc{segtest.Seeds(t)}, nil)
	for i := 0; i < 30; i++ {
		batches = append(batches, segtest.Generated(rng, 3+rng.Intn(8), string(rune('a'+i))))
	}
	for _, docs := range batches {
		if len(docs) == 0 {
			continue
		}
		addSegment(t, store, segtest.Input(docs))
		mu.Lock()
		for _, d := range docs {
			live[d.Document.ID] = d
			order = append(order, d.Document.ID)
		}
		mu.Unlock()
		// Delete a random live document; merges may be running.
		for k := 0; k < 2; k++ {
			id := order[rng.Intn(len(order))]
			deleteDoc(t, store, id)
			mu.Lock()
			delete(live, id)
			mu.Unlock()
		}
		select {
		case kick <- struct{}{}:
		default:
		}
	}
	// Let the background merges finish, then merge to the end.
	cancel()
	stop.Store(true)
	loops.Wait()
	if err, _ := mergeErr.Load().(error); err != nil {
		t.Fatal(err)
	}
	for {
		n, err := merge.Step(context.Background(), store, policy)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	sn := store.Acquire()
	defer sn.DecRef()
	if sn.Len() > 3*(policy.PerTier-1) {
		t.Errorf("%d segments after merging", sn.Len())
	}
	var docs []segtest.Doc
	for _, id := range order {
		if d, ok := live[id]; ok {
			docs = append(docs, d)
			delete(live, id)
		}
	}
	segtest.CheckOracle(t, rng, sn.Views(), docs, 300)
	t.Logf("%d segments, %d live paragraphs, generation %d", sn.Len(), sn.Live(), sn.Generation())
}

// addSegment writes in as a new segment of s and commits it; it returns
// the segment's path.
func addSegment(t testing.TB, s *snapshot.Store, in *segfile.Input) string {
	t.Helper()
	path, err := s.NewSegment()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := segfile.Write(path, in); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(func(*snapshot.Snapshot) (snapshot.Change, error) {
		return snapshot.Change{Add: []string{path}}, nil
	}); err != nil {
		t.Fatal(err)
	}
	return path
}

// deleteDoc commits the deletion of document id's paragraphs in every
// segment of s that holds it.
func deleteDoc(t testing.TB, s *snapshot.Store, id string) {
	t.Helper()
	if err := s.Commit(func(cur *snapshot.Snapshot) (snapshot.Change, error) {
		c := snapshot.Change{Delete: map[string]*roaring.Bitmap{}}
		for i := 0; i < cur.Len(); i++ {
			name, seg, _ := cur.Segment(i)
			d, ok, err := seg.DocumentByID(id)
			if err != nil || !ok {
				if err != nil {
					return c, err
				}
				continue
			}
			lo, hi, err := seg.DocumentParagraphs(d)
			if err != nil {
				return c, err
			}
			bm := roaring.New()
			bm.AddRange(uint64(lo), uint64(hi))
			c.Delete[name] = bm
		}
		return c, nil
	}); err != nil {
		t.Fatal(err)
	}
}

// TestDeletionsDuringMerge deletes documents of the segments being merged
// after the merge read them and before it commits: the deletions carry
// over to the merged segment.
func TestDeletionsDuringMerge(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(13))
	store, err := snapshot.Open(dir, snapshot.Options{Writer: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var all []segtest.Doc
	var names []string
	for i := 0; i < 3; i++ {
		docs := segtest.Generated(rng, 10, string(rune('a'+i)))
		all = append(all, docs...)
		names = append(names, filepath.Base(addSegment(t, store, segtest.Input(docs))))
	}
	gone := map[string]bool{"a0002": true, "b0009": true}
	for id := range gone {
		deleteDoc(t, store, id) // before the merge: dropped by it
	}
	later := []string{"a0000", "a0005", "b0003", "c0009"}
	merge.SetHookBeforeCommit(func() {
		for _, id := range later {
			deleteDoc(t, store, id)
		}
	})
	defer merge.SetHookBeforeCommit(func() {})
	if err := merge.Run(context.Background(), store, names); err != nil {
		t.Fatal(err)
	}
	for _, id := range later {
		gone[id] = true
	}
	var live []segtest.Doc
	for _, d := range all {
		if !gone[d.Document.ID] {
			live = append(live, d)
		}
	}
	sn := store.Acquire()
	defer sn.DecRef()
	if sn.Len() != 1 {
		t.Fatalf("%d segments after the merge", sn.Len())
	}
	_, _, del := sn.Segment(0)
	if del.IsEmpty() {
		t.Fatal("deletions made during the merge were lost")
	}
	segtest.CheckOracle(t, rng, sn.Views(), live, 200)
}

// TestMergeVersions merges segments of the previous format version (UTF-8
// texts) with segments of the current one (coded texts), with deletions:
// every search matches the oracle before and after.
func TestMergeVersions(t *testing.T) {
	store, err := snapshot.Open(t.TempDir(), snapshot.Options{Writer: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	rng := rand.New(rand.NewSource(14))
	batches := [][]segtest.Doc{segtest.Seeds(t)[:2], segtest.Generated(rng, 20, "a"), segtest.Seeds(t)[2:], segtest.Generated(rng, 20, "b")}
	var all []segtest.Doc
	var names []string
	for i, docs := range batches {
		all = append(all, docs...)
		in := segtest.Input(docs)
		if i%2 == 0 {
			in.Version = segfile.MinVersion
		}
		names = append(names, filepath.Base(addSegment(t, store, in)))
	}
	var live []segtest.Doc
	for k, d := range all {
		if k%4 == 1 {
			deleteDoc(t, store, d.Document.ID)
		} else {
			live = append(live, d)
		}
	}
	sn := store.Acquire()
	segtest.CheckOracle(t, rng, sn.Views(), live, 200)
	sn.DecRef()
	if err := merge.Run(context.Background(), store, names); err != nil {
		t.Fatal(err)
	}
	sn = store.Acquire()
	defer sn.DecRef()
	if sn.Len() != 1 {
		t.Fatalf("%d segments after the merge", sn.Len())
	}
	if _, seg, _ := sn.Segment(0); seg.NormCode().Identity() {
		t.Fatal("the merged segment is of the previous version")
	}
	segtest.CheckOracle(t, rng, sn.Views(), live, 300)
}
