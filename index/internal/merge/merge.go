// Package merge keeps the number of segments of an index bounded: a
// tiered policy picks segments of similar size to merge, and a merge
// writes their live paragraphs into one new segment (deleted paragraphs
// are dropped) and commits it in place of them. Searches never wait for
// a merge: they keep their snapshots, and the commit only switches the
// current one.
package merge

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/snapshot"
)

// Policy is a tiered merge policy: segments are grouped in tiers by
// their live size, each tier Factor times larger than the one below;
// when a tier holds PerTier segments they are merged into one of the next
// tier. The number of segments is then at most about PerTier per tier,
// and a paragraph is rewritten about once per tier.
type Policy struct {
	// PerTier is how many segments of a tier are merged at once.
	PerTier int
	// Factor is the ratio of sizes between tiers; PerTier when zero.
	Factor int
	// Floor is the live size (paragraphs) of the lowest tier: smaller
	// segments count as that size.
	Floor int
	// Max is the size (paragraphs) from which a segment is not merged
	// with others; it is still rewritten alone when more than MaxDeleted
	// of its paragraphs are deleted.
	Max int
	// MaxDeleted is the share of deleted paragraphs that makes a segment
	// worth rewriting to drop them.
	MaxDeleted float64
}

// DefaultPolicy suits indexes of up to some million paragraphs: small
// updates are merged in tiers up to segments of 100,000 paragraphs, the
// size an index run writes at once (a merge's memory grows with its
// output, so Max bounds it: about 0.6 GB).
var DefaultPolicy = Policy{PerTier: 8, Floor: 5000, Max: 100_000, MaxDeleted: 0.3}

// Segment is what the policy knows of a segment.
type Segment struct {
	Name       string
	Paragraphs int
	Deleted    int
}

func (s Segment) live() int { return s.Paragraphs - s.Deleted }

// Plan returns the merges worth doing now, each a list of segment names;
// no segment is in two of them.
func (p Policy) Plan(segs []Segment) [][]string {
	factor := p.Factor
	if factor < 2 {
		factor = max(2, p.PerTier)
	}
	var out [][]string
	tiers := map[int][]Segment{}
	for _, s := range segs {
		switch {
		case s.Paragraphs >= p.Max:
			if float64(s.Deleted)/float64(s.Paragraphs) > p.MaxDeleted {
				out = append(out, []string{s.Name})
			}
		default:
			t := int(math.Floor(math.Log(float64(max(s.live(), p.Floor))/float64(max(p.Floor, 1))) / math.Log(float64(factor))))
			tiers[t] = append(tiers[t], s)
		}
	}
	keys := make([]int, 0, len(tiers))
	for t := range tiers {
		keys = append(keys, t)
	}
	slices.Sort(keys)
	for _, t := range keys {
		ss := tiers[t]
		if len(ss) < max(2, p.PerTier) {
			continue
		}
		slices.SortStableFunc(ss, func(a, b Segment) int { return a.live() - b.live() })
		for len(ss) >= max(2, p.PerTier) {
			// The smallest PerTier, fewer when together they would pass
			// Max: a merge's memory grows with its output.
			var names []string
			size := 0
			for _, s := range ss[:p.PerTier] {
				if len(names) >= 2 && p.Max > 0 && size+s.live() > p.Max {
					break
				}
				names = append(names, s.Name)
				size += s.live()
			}
			out = append(out, names)
			ss = ss[len(names):]
		}
	}
	return out
}

// Segments describes a snapshot's segments for Plan.
func Segments(sn *snapshot.Snapshot) []Segment {
	out := make([]Segment, sn.Len())
	for i := range out {
		name, seg, del := sn.Segment(i)
		out[i] = Segment{Name: name, Paragraphs: seg.Len(), Deleted: int(del.GetCardinality())}
	}
	return out
}

// testHookBeforeCommit lets tests commit deletions while a merge runs.
var testHookBeforeCommit = func() {}

// ErrConflict is returned when a segment to merge left the live set
// before the merge committed (another writer merged or dropped it).
var ErrConflict = errors.New("merge: a segment to merge is no longer live")

// Step plans merges on the store's current snapshot and runs them one by
// one. It reports how many it ran.
func Step(ctx context.Context, store *snapshot.Store, p Policy) (int, error) {
	sn := store.Acquire()
	if sn == nil {
		return 0, errors.New("merge: store is closed")
	}
	plan := p.Plan(Segments(sn))
	sn.DecRef()
	for i, names := range plan {
		if err := ctx.Err(); err != nil {
			return i, err
		}
		if err := Run(ctx, store, names); err != nil {
			return i, err
		}
	}
	return len(plan), nil
}

// Run merges the named live segments into one and commits it in their
// place. Deletions committed while it runs are carried over to the new
// segment.
func Run(ctx context.Context, store *snapshot.Store, names []string) error {
	sn := store.Acquire()
	if sn == nil {
		return errors.New("merge: store is closed")
	}
	in, bases, dels, err := gather(ctx, sn, names)
	sn.DecRef()
	if err != nil {
		return err
	}
	path, err := store.NewSegment()
	if err != nil {
		return err
	}
	if _, err := segfile.Write(path, in); err != nil {
		return err
	}
	testHookBeforeCommit()
	return store.Commit(func(cur *snapshot.Snapshot) (snapshot.Change, error) {
		extra := roaring.New()
		for k, name := range names {
			now, ok := deletedOf(cur, name)
			if !ok {
				return snapshot.Change{}, fmt.Errorf("%w: %s", ErrConflict, name)
			}
			// A paragraph deleted since the merge read its input moves
			// down by the number of paragraphs the merge dropped before it.
			it := roaring.AndNot(now, dels[k]).Iterator()
			for it.HasNext() {
				ord := it.Next()
				extra.Add(bases[k] + ord - uint32(dels[k].Rank(ord)))
			}
		}
		c := snapshot.Change{Add: []string{path}, Remove: names}
		if !extra.IsEmpty() {
			c.Delete = map[string]*roaring.Bitmap{filepath.Base(path): extra}
		}
		return c, nil
	})
}

// Loop runs Step each time kick fires, until ctx ends; it is how an
// index merges in the background. Errors go to report.
func Loop(ctx context.Context, store *snapshot.Store, p Policy, kick <-chan struct{}, report func(error)) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-kick:
		}
		if _, err := Step(ctx, store, p); err != nil && ctx.Err() == nil {
			report(err)
		}
	}
}

func deletedOf(sn *snapshot.Snapshot, name string) (*roaring.Bitmap, bool) {
	for i := 0; i < sn.Len(); i++ {
		if n, _, del := sn.Segment(i); n == name {
			return del, true
		}
	}
	return nil, false
}

// gather reads the live paragraphs of the named segments, in order, as
// the input of one segment. For each segment it returns the number of
// its first paragraph in the merged segment and the deletions it
// dropped.
func gather(ctx context.Context, sn *snapshot.Snapshot, names []string) (*segfile.Input, []uint32, []*roaring.Bitmap, error) {
	var in *segfile.Input
	var bases []uint32
	var dels []*roaring.Bitmap
	for _, name := range names {
		i := -1
		for k := 0; k < sn.Len(); k++ {
			if n, _, _ := sn.Segment(k); n == name {
				i = k
			}
		}
		if i < 0 {
			return nil, nil, nil, fmt.Errorf("%w: %s", ErrConflict, name)
		}
		_, seg, del := sn.Segment(i)
		if in == nil {
			in = &segfile.Input{Fields: slices.Clone(seg.Fields())}
		} else if !slices.Equal(in.Fields, seg.Fields()) {
			return nil, nil, nil, fmt.Errorf("merge: %s has facet fields %v, not %v", seg.Path(), seg.Fields(), in.Fields)
		}
		bases = append(bases, uint32(len(in.Paras)))
		dels = append(dels, del)
		if err := appendLive(ctx, in, seg, del); err != nil {
			return nil, nil, nil, err
		}
	}
	return in, bases, dels, nil
}

// appendLive appends seg's documents that have live paragraphs, with
// those paragraphs.
func appendLive(ctx context.Context, in *segfile.Input, seg *segfile.Segment, del *roaring.Bitmap) error {
	for d := 0; d < seg.Stats().Documents; d++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		lo, hi, err := seg.DocumentParagraphs(uint32(d))
		if err != nil {
			return err
		}
		var doc *govsearch.Document
		for ord := lo; ord < hi; ord++ {
			if del.Contains(ord) {
				continue
			}
			if doc == nil {
				dd, err := seg.Document(uint32(d))
				if err != nil {
					return err
				}
				doc = &dd
				in.Docs = append(in.Docs, dd)
			}
			p, err := seg.Paragraph(ord)
			if err != nil {
				return err
			}
			p.Doc = uint32(len(in.Docs) - 1)
			in.Paras = append(in.Paras, p)
		}
	}
	return nil
}
