package match

import (
	"cmp"
	"slices"

	"github.com/RoaringBitmap/roaring/v2"
)

// Filter returns the live paragraphs of each view whose field has one of
// the values. A segment without the field matches nothing.
func Filter(views []View, field string, values []string) (Hits, error) {
	return FilterFunc(views, field, func(v string) bool { return slices.Contains(values, v) })
}

// FilterFunc returns the live paragraphs of each view whose field has a
// value that keep accepts (a range of years, say).
func FilterFunc(views []View, field string, keep func(value string) bool) (Hits, error) {
	out := make(Hits, len(views))
	for i, v := range views {
		bm := roaring.New()
		if f := v.Seg.Field(field); f >= 0 {
			for k, value := range v.Seg.FacetValues(f) {
				if !keep(value) {
					continue
				}
				vb, err := v.Seg.FacetBitmap(f, uint32(k))
				if err != nil {
					return nil, err
				}
				bm.Or(vb)
			}
		}
		out[i] = v.live(bm)
	}
	return out, nil
}

// ValueCount is a facet value with its number of hits.
type ValueCount struct {
	Value string
	Count int
}

// FacetCounts counts the hits per value of field, exactly, most frequent
// first, then by value. Values without hits are left out. A dense hit set
// is counted by a bitmap AND per value when the field has few values;
// otherwise by one pass over the hits, reading the field's column.
func FacetCounts(views []View, hits Hits, field string) ([]ValueCount, error) {
	counts := map[string]int{}
	for i, v := range views {
		f := v.Seg.Field(field)
		if f < 0 || hits[i].IsEmpty() {
			continue
		}
		values := v.Seg.FacetValues(f)
		n := hits[i].GetCardinality()
		if n*16 > uint64(v.Seg.Len()) && len(values) <= 64 {
			for k, value := range values {
				vb, err := v.Seg.FacetBitmap(f, uint32(k))
				if err != nil {
					return nil, err
				}
				if c := hits[i].AndCardinality(vb); c > 0 {
					counts[value] += int(c)
				}
			}
			continue
		}
		local := make([]int, len(values))
		buf := make([]uint32, 1024)
		it := hits[i].ManyIterator()
		for m := it.NextMany(buf); m > 0; m = it.NextMany(buf) {
			for _, ord := range buf[:m] {
				k, err := v.Seg.FacetValue(f, ord)
				if err != nil {
					return nil, err
				}
				local[k]++
			}
		}
		for k, c := range local {
			if c > 0 {
				counts[values[k]] += c
			}
		}
	}
	out := make([]ValueCount, 0, len(counts))
	for v, c := range counts {
		out = append(out, ValueCount{v, c})
	}
	slices.SortFunc(out, func(a, b ValueCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return cmp.Compare(a.Value, b.Value)
	})
	return out, nil
}
