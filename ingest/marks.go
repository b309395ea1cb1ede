package ingest

import "strings"

// markSet finds whether a text contains any of a fixed set of strings in
// one pass over the text: at each byte it looks up the byte and the next
// one among the strings' first two bytes, and compares only the strings
// that begin so. It answers as strings.Contains would for each string.
type markSet struct {
	pairs [1 << 16 / 64]uint64 // bit b0<<8|b1 set when a mark begins b0 b1
	marks map[uint16][]string
	short []string // marks of fewer than two bytes
}

// newMarkSet builds the set of the marks given.
func newMarkSet(marks []string) *markSet {
	m := &markSet{marks: map[uint16][]string{}}
	for _, s := range marks {
		if len(s) < 2 {
			m.short = append(m.short, s)
			continue
		}
		p := uint16(s[0])<<8 | uint16(s[1])
		m.pairs[p/64] |= 1 << (p % 64)
		m.marks[p] = append(m.marks[p], s)
	}
	return m
}

// in reports whether s contains one of the marks.
func (m *markSet) in(s string) bool {
	k, _ := m.first(s)
	return k >= 0
}

// first returns where the first mark in s begins and which mark it is
// (the longest of those that begin there), or -1 and "".
func (m *markSet) first(s string) (int, string) {
	at, mark := -1, ""
	for _, x := range m.short {
		if k := strings.Index(s, x); k >= 0 && (at < 0 || k < at) {
			at, mark = k, x
		}
	}
	for i := 0; i+1 < len(s) && (at < 0 || i <= at); i++ {
		p := uint16(s[i])<<8 | uint16(s[i+1])
		if m.pairs[p/64]&(1<<(p%64)) == 0 {
			continue
		}
		found := ""
		for _, x := range m.marks[p] {
			if strings.HasPrefix(s[i:], x) && len(x) > len(found) {
				found = x
			}
		}
		if found != "" && (i < at || at < 0 || len(found) > len(mark)) {
			return i, found
		}
	}
	return at, mark
}
