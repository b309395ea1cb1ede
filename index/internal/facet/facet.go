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
}

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
	k := int(ord - c.base)
	switch c.width {
	case 1:
		return c.toField[c.data[k]]
	case 2:
		return c.toField[binary.LittleEndian.Uint16(c.data[2*k:])]
	}
	return c.toField[binary.LittleEndian.Uint32(c.data[4*k:])]
}

// Build reads field name of every source from its facet postings, for a
// number space of n paragraphs. Each paragraph's value is read from the
// segments' columns in place, when asked, rather than copied: opening an
// index then costs no pass over every paragraph and no memory per
// paragraph.
func Build(name string, srcs []Source, n int) (*Field, error) {
	f := &Field{byValue: map[string]int{}, colAt: make([]uint16, (n+0xffff)>>16)}
	perValue := map[int][]*roaring.Bitmap{}
	for i, s := range srcs {
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
	}
	f.Bitmaps = make([]*roaring.Bitmap, len(f.Values))
	for k := range f.Values {
		f.Bitmaps[k] = roaring.FastOr(perValue[k]...)
	}
	return f, nil
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
// then value; live is the number of live paragraphs. Fields with few
// values, for a dense hit set, are counted by a bitmap AND per value;
// every other field by one pass over the hits, on its own core, noting
// the values it meets so that a field with many values (section titles)
// is not read whole to report a few.
func Count(fields []*Field, hits *roaring.Bitmap, live int) [][]govsearch.FacetCount {
	out := make([][]govsearch.FacetCount, len(fields))
	dense := hits.GetCardinality()*16 > uint64(live)
	var scan []int
	for i, f := range fields {
		if dense && len(f.Values) <= 64 {
			for k, bm := range f.Bitmaps {
				if c := int(hits.AndCardinality(bm)); c > 0 {
					out[i] = append(out[i], govsearch.FacetCount{Value: f.Values[k], Count: c})
				}
			}
		} else {
			scan = append(scan, i)
		}
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
