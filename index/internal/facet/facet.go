// Package facet keeps one facet field of an index's paragraphs, numbered
// in one space across segments: each value's paragraphs as a bitmap, for
// filters and for counting dense hit sets, and each paragraph's value as
// a column, for counting sparse ones. Counts are exact: every value with
// its number of hits.
package facet

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/dense"
	"github.com/govsearch/govsearch/index/internal/par"
	"github.com/govsearch/govsearch/index/internal/segfile"
)

// Source is a segment as the index numbers it: its paragraph k is
// Base+k; deleted paragraphs are left out.
type Source struct {
	Seg     *segfile.Segment
	Deleted *roaring.Bitmap // nil for none
	Base    uint32
}

// Field is one facet field.
type Field struct {
	// Values are the field's distinct values; a value's number indexes
	// them and Bitmaps.
	Values []string
	// Bitmaps holds each value's live paragraphs.
	Bitmaps []*roaring.Bitmap
	byValue map[string]int
	// cols are the sources' columns, read in place; colAt maps ord>>16
	// to the column that holds ord.
	cols  []column
	colAt []uint16
	// runs are the stretches of paragraphs that share a value, in order:
	// run i holds the paragraphs from runs[i].start to runs[i+1].start;
	// the last is a sentinel, as is a run of value noValue (the gap
	// between two segments). Fields whose value is the document's have
	// at most a run per document.
	runs []run
}

// run is a stretch of paragraphs with one value: it starts at start.
type run struct {
	start, value uint32
}

// noValue is the value of a run between segments, which holds no
// paragraph.
const noValue = ^uint32(0)

// column is one source's column of the field: each of its paragraphs'
// value numbers in the segment, in width bytes, and what each of those
// numbers is in the field.
type column struct {
	base    uint32
	width   int
	data    []byte
	toField []uint32
}

// Of returns the number of live paragraph ord's value.
func (f *Field) Of(ord uint32) uint32 {
	c := &f.cols[f.colAt[ord>>16]]
	return c.value(int(ord - c.base))
}

// Build reads field name of every source from its facet postings, for a
// number space of n paragraphs. Each paragraph's value is read from the
// segments' columns in place, when asked, rather than copied: opening an
// index costs no memory per paragraph, only a pass over each column that
// notes its runs of one value (about one per document for the fields
// whose value is the document's).
func Build(name string, srcs []Source, n int) (*Field, error) {
	f := &Field{byValue: map[string]int{}, colAt: make([]uint16, (n+0xffff)>>16)}
	perValue := map[int][]*roaring.Bitmap{}
	end := uint32(0)
	for i, s := range srcs {
		if s.Base < end {
			return nil, fmt.Errorf("facet %s: segment %s starts at paragraph %d, before the end of the one before it", name, s.Seg.Path(), s.Base)
		}
		end = s.Base + uint32(s.Seg.Len())
		sf := s.Seg.Field(name)
		if sf < 0 {
			return nil, fmt.Errorf("segment %s has no facet field %s: rebuild the index", s.Seg.Path(), name)
		}
		var deleted *roaring.Bitmap
		if s.Deleted != nil && !s.Deleted.IsEmpty() {
			deleted = roaring.AddOffset64(s.Deleted, int64(s.Base))
		}
		width, data, err := s.Seg.FacetColumn(sf)
		if err != nil {
			return nil, err
		}
		col := column{base: s.Base, width: width, data: data, toField: make([]uint32, len(s.Seg.FacetValues(sf)))}
		for b := s.Base >> 16; b < (s.Base+uint32(s.Seg.Len())+0xffff)>>16; b++ {
			f.colAt[b] = uint16(i)
		}
		for v, value := range s.Seg.FacetValues(sf) {
			bm, err := s.Seg.FacetBitmap(sf, uint32(v))
			if err != nil {
				return nil, err
			}
			k, ok := f.byValue[value]
			if !ok {
				k = len(f.Values)
				f.byValue[value] = k
				f.Values = append(f.Values, value)
			}
			col.toField[v] = uint32(k)
			moved := roaring.AddOffset64(bm, int64(s.Base))
			if deleted != nil {
				moved.AndNot(deleted)
			}
			perValue[k] = append(perValue[k], moved)
		}
		f.cols = append(f.cols, col)
		f.runs = col.appendRuns(f.runs, s.Seg.Len())
	}
	f.Bitmaps = make([]*roaring.Bitmap, len(f.Values))
	for k := range f.Values {
		f.Bitmaps[k] = roaring.FastOr(perValue[k]...)
	}
	return f, nil
}

// appendRuns appends the runs of the column's n paragraphs to runs, and a
// run of noValue after them.
func (c *column) appendRuns(runs []run, n int) []run {
	for k := 0; k < n; k++ {
		v := c.value(k)
		if k == 0 || v != runs[len(runs)-1].value {
			runs = append(runs, run{start: c.base + uint32(k), value: v})
		}
	}
	return append(runs, run{start: c.base + uint32(n), value: noValue})
}

// value returns the field's number of the value of the column's
// paragraph k.
func (c *column) value(k int) uint32 {
	switch c.width {
	case 1:
		return c.toField[c.data[k]]
	case 2:
		return c.toField[binary.LittleEndian.Uint16(c.data[2*k:])]
	}
	return c.toField[binary.LittleEndian.Uint32(c.data[4*k:])]
}

// Union returns the paragraphs whose value is one of values, in a new
// bitmap the caller owns.
func (f *Field) Union(values []string) *roaring.Bitmap {
	out := roaring.New()
	for _, v := range values {
		if k, ok := f.byValue[v]; ok {
			out.Or(f.Bitmaps[k])
		}
	}
	return out
}

// Count counts hits per value of each field, exactly, sorted by count,
// then value. A field with fewer
// runs of one value than there are hits (a document's fields, for a
// common term) is counted a run at a time, from the hits as a bitset and
// the number of hits before each word of it; every other field by one
// pass over the hits, on its own core, noting the values it meets so that
// a field with many values (section titles) is not read whole to report a
// few.
func Count(fields []*Field, hits *roaring.Bitmap) [][]govsearch.FacetCount {
	out := make([][]govsearch.FacetCount, len(fields))
	n := hits.GetCardinality()
	var hitSet *dense.Set
	var scan []int
	for i, f := range fields {
		if uint64(len(f.runs)) >= n || len(f.runs) == 0 {
			scan = append(scan, i)
			continue
		}
		if hitSet == nil {
			hitSet = dense.Of(hits, uint64(f.runs[len(f.runs)-1].start), true)
			defer hitSet.Free()
		}
		out[i] = f.countRuns(hitSet)
	}
	par.Do(len(scan), runtime.GOMAXPROCS(0), func(k int) {
		out[scan[k]] = fields[scan[k]].scan(hits)
	})
	for i := range out {
		slices.SortFunc(out[i], func(a, b govsearch.FacetCount) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			return strings.Compare(a.Value, b.Value)
		})
		if out[i] == nil {
			out[i] = []govsearch.FacetCount{}
		}
	}
	return out
}

// countRuns counts the hits per value, a run at a time.
func (f *Field) countRuns(hits *dense.Set) []govsearch.FacetCount {
	counts := make([]int, len(f.Values))
	var seen []uint32
	for i, r := range f.runs[:len(f.runs)-1] {
		if r.value == noValue {
			continue
		}
		c := hits.Count(r.start, f.runs[i+1].start)
		if c == 0 {
			continue
		}
		if counts[r.value] == 0 {
			seen = append(seen, r.value)
		}
		counts[r.value] += c
	}
	out := make([]govsearch.FacetCount, 0, len(seen))
	for _, k := range seen {
		out = append(out, govsearch.FacetCount{Value: f.Values[k], Count: counts[k]})
	}
	return out
}

// scan counts hits per value in one pass over the hits.
func (f *Field) scan(hits *roaring.Bitmap) []govsearch.FacetCount {
	counts := make([]int, len(f.Values))
	var seen []uint32
	buf := make([]uint32, 1024)
	it := hits.ManyIterator()
	for n := it.NextMany(buf); n > 0; n = it.NextMany(buf) {
		for _, ord := range buf[:n] {
			k := f.Of(ord)
			if counts[k] == 0 {
				seen = append(seen, k)
			}
			counts[k]++
		}
	}
	out := make([]govsearch.FacetCount, 0, len(seen))
	for _, k := range seen {
		out = append(out, govsearch.FacetCount{Value: f.Values[k], Count: counts[k]})
	}
	return out
}
