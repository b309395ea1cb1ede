// Package charcode is the character code of the texts in a segment file
// (version 5 on): a text's characters ranked by frequency, the most
// frequent coded in one byte, the next in two, any other in four. Chinese
// text, three bytes a character in UTF-8, takes about 1.4 in this code.
//
// Like UTF-8 the code is self-synchronizing and prefix-free: a byte says
// by its value alone whether it starts a character (a single, a pair
// lead, a quad lead) or continues one (a trail), and a lead says how many
// trails follow. So a coded term occurs at a byte offset of a coded text
// exactly where the term occurs in the text: a match cannot start inside
// a character (the term's first byte is not a trail) or end inside one
// (the term's last character is complete, and no code is a prefix of
// another). Substring search runs on the coded bytes, about half as many
// as UTF-8's.
//
// A Code is the table of ranked characters; segment files store it next
// to the texts it codes, so that each file can be read by itself.
package charcode

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// The bytes of the code, by value:
//
//	0x00–0xA3  a single: the character of that rank (0–163)
//	0xA4–0xE3  a trail, carrying 6 bits
//	0xE4–0xFA  a pair lead: with one trail, the character of rank
//	           164 + (lead − 0xE4) × 64 + trail bits (164–1635)
//	0xFB–0xFF  a quad lead: with three trails, the code point
//	           (lead − 0xFB) << 18 | 18 trail bits, for a character the
//	           table does not rank
//
// An invalid byte b of the UTF-8 input (0x80–0xFF) is coded as the code
// point 0xDC00 + b, a surrogate that no valid UTF-8 holds, so that any
// string comes back exactly as it went in. The split (164 singles, 23
// leads of 64 pairs) is the one that spends the fewest bytes on the
// normalized texts of ../shared/corpus: 1.40 bytes a character, against
// 2.90 in UTF-8 and 1.45 with 128 singles and 48 pair leads.
const (
	singles   = 164
	trails    = 64
	pairLeads = 23
	trailLo   = singles
	pairLo    = trailLo + trails
	quadLo    = pairLo + pairLeads
	// MaxRanked is the most characters a table ranks.
	MaxRanked = singles + pairLeads*trails
	// escapeBase + b is the code point that stands for the invalid byte
	// b.
	escapeBase = 0xDC00
)

// Code is a table of ranked characters, or the identity (UTF-8 itself).
// It is immutable and safe for concurrent use.
type Code struct {
	ranked []rune
	// utf8Of holds each ranked character's UTF-8, little-endian, and
	// utf8Len its length, for decoding.
	utf8Of  []uint32
	utf8Len []uint8
	// low holds rank + 1 of each ranked character below 0x10000 (0:
	// not ranked), high the ranks of the others.
	low  []uint16
	high map[rune]uint16
	utf8 bool
	// freq counts each byte value in the texts coded (nil: unknown),
	// for Freq.Rarest.
	freq *Freq
}

// UTF8 returns the identity code: texts stored as UTF-8, as segment
// files before version 5 store them.
func UTF8() *Code { return &Code{utf8: true} }

// New returns the code of a table of characters, most frequent first. It
// fails on more than MaxRanked characters, on a character twice and on
// one that is not a valid Unicode scalar value.
func New(ranked []rune) (*Code, error) {
	if len(ranked) > MaxRanked {
		return nil, fmt.Errorf("character code: %d characters, at most %d", len(ranked), MaxRanked)
	}
	c := &Code{ranked: slices.Clone(ranked), low: make([]uint16, 0x10000), high: map[rune]uint16{}}
	for k, r := range ranked {
		if !utf8.ValidRune(r) {
			return nil, fmt.Errorf("character code: rank %d is not a character (%U)", k, r)
		}
		if _, dup := c.rank(r); dup {
			return nil, fmt.Errorf("character code: %q twice", r)
		}
		if r < 0x10000 {
			c.low[r] = uint16(k + 1)
		} else {
			c.high[r] = uint16(k)
		}
		var b [4]byte
		n := utf8.EncodeRune(b[:], r)
		c.utf8Of = append(c.utf8Of, binary.LittleEndian.Uint32(b[:]))
		c.utf8Len = append(c.utf8Len, uint8(n))
	}
	return c, nil
}

// Rank returns the characters worth a place in a table, most frequent
// first (ties in code point order): the MaxRanked most frequent of those
// counted twice or more. A character counted once would save at most
// the bytes its place in the table costs.
func Rank(counts map[rune]int64) []rune {
	var out []rune
	for r, n := range counts {
		if n >= 2 && utf8.ValidRune(r) {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b rune) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return out[:min(len(out), MaxRanked)]
}

// Freq counts the byte values of texts: a term is looked for by its
// rarest byte (Rarest).
type Freq [256]uint64

// Rarest returns which byte of term (not empty) a search should look
// for: the one least frequent by f, the last of equally rare ones, or,
// when f is nil (counts unknown), the last (in UTF-8 the last byte of a
// Chinese character is spread over 64 values where the first is nearly
// always one of a few).
func (f *Freq) Rarest(term string) int {
	best := len(term) - 1
	if f == nil {
		return best
	}
	for k := len(term) - 2; k >= 0; k-- {
		if f[term[k]] < f[term[best]] {
			best = k
		}
	}
	return best
}

// Index is strings.Index(s, term) for a term of three or more bytes,
// faster on Chinese text: strings.Index looks for the term's first byte,
// which in UTF-8 is one of a few lead bytes (a quarter of the text starts
// with 0xe8 or so) and in a character code often a frequent character's,
// so it stops at nearly every character. Index looks for the term's byte
// at (Rarest's choice) and compares the whole term where it finds it.
func Index(s, term string, at int) int {
	n := len(term)
	if n < 3 {
		return strings.Index(s, term)
	}
	b := term[at]
	end := len(s) - (n - 1 - at) // the term's byte at lies before end
	for i := at; i < end; i++ {
		k := strings.IndexByte(s[i:end], b)
		if k < 0 {
			return -1
		}
		i += k
		if s[i-at:i-at+n] == term {
			return i - at
		}
	}
	return -1
}

// Add counts the bytes of b.
func (f *Freq) Add(b []byte) {
	for _, x := range b {
		f[x]++
	}
}

// Marshal returns c's table with the byte counts of the texts it coded:
// 256 uvarints, the count of each byte value, then Table.
func (c *Code) Marshal(f *Freq) []byte {
	var b []byte
	for _, n := range f {
		b = binary.AppendUvarint(b, n)
	}
	return append(b, c.Table()...)
}

// Unmarshal reads what Marshal wrote.
func Unmarshal(b []byte) (*Code, error) {
	var f Freq
	for i := range f {
		n, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, fmt.Errorf("character code: byte counts cut short")
		}
		f[i], b = n, b[k:]
	}
	c, err := Parse(b)
	if err != nil {
		return nil, err
	}
	c.freq = &f
	return c, nil
}

// Freq returns the byte counts of the texts c coded, as Marshal stored
// them, or nil when they are unknown.
func (c *Code) Freq() *Freq { return c.freq }

// Counter counts the characters of texts, for Rank.
type Counter struct {
	low  []int64 // per character below 0x10000
	high map[rune]int64
}

// Add counts the characters of s (an invalid byte counts as U+FFFD).
func (c *Counter) Add(s string) {
	if c.low == nil {
		c.low, c.high = make([]int64, 0x10000), map[rune]int64{}
	}
	for _, r := range s {
		if r < 0x10000 {
			c.low[r]++
		} else {
			c.high[r]++
		}
	}
}

// Merge adds d's counts to c's.
func (c *Counter) Merge(d *Counter) {
	for r, n := range d.low {
		if n > 0 {
			c.Count(rune(r), n)
		}
	}
	for r, n := range d.high {
		c.Count(r, n)
	}
}

// Count adds n occurrences of r.
func (c *Counter) Count(r rune, n int64) {
	if c.low == nil {
		c.low, c.high = make([]int64, 0x10000), map[rune]int64{}
	}
	if r >= 0 && r < 0x10000 {
		c.low[r] += n
	} else {
		c.high[r] += n
	}
}

// Counts returns the characters counted and their counts.
func (c *Counter) Counts() map[rune]int64 {
	out := maps.Clone(c.high)
	if out == nil {
		out = map[rune]int64{}
	}
	for r, n := range c.low {
		if n > 0 {
			out[rune(r)] = n
		}
	}
	return out
}

// Parse reads a table as Table wrote it.
func Parse(table []byte) (*Code, error) {
	var ranked []rune
	for i := 0; i < len(table); {
		r, size := utf8.DecodeRune(table[i:])
		if r == utf8.RuneError && size <= 1 {
			return nil, fmt.Errorf("character code: invalid UTF-8 at byte %d of the table", i)
		}
		ranked = append(ranked, r)
		i += size
	}
	return New(ranked)
}

// Table returns the table: its characters in UTF-8, in rank order. The
// identity's is empty.
func (c *Code) Table() []byte {
	var b []byte
	for _, r := range c.ranked {
		b = utf8.AppendRune(b, r)
	}
	return b
}

// Identity reports whether c is UTF-8 itself.
func (c *Code) Identity() bool { return c.utf8 }

// Equal reports whether c and d code every text alike.
func (c *Code) Equal(d *Code) bool {
	return c.utf8 == d.utf8 && slices.Equal(c.ranked, d.ranked)
}

// Append appends the code of s, a string of UTF-8, to dst.
func (c *Code) Append(dst []byte, s string) []byte {
	if c.utf8 {
		return append(dst, s...)
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			if r, size = utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && size == 1 {
				r = escapeBase + rune(s[i])
			}
		}
		i += size
		dst = c.appendRune(dst, r)
	}
	return dst
}

// Encode returns the code of s, a string of UTF-8.
func (c *Code) Encode(s string) string {
	if c.utf8 {
		return s
	}
	return string(c.Append(make([]byte, 0, len(s)), s))
}

// rank returns r's rank, if it has one.
func (c *Code) rank(r rune) (uint16, bool) {
	if r < 0x10000 {
		k := c.low[r]
		return k - 1, k > 0
	}
	k, ok := c.high[r]
	return k, ok
}

func (c *Code) appendRune(dst []byte, r rune) []byte {
	if k, ok := c.rank(r); ok {
		if k < singles {
			return append(dst, byte(k))
		}
		k -= singles
		return append(dst, byte(pairLo+k/trails), byte(trailLo+k%trails))
	}
	return append(dst, byte(quadLo+r>>18), byte(trailLo+r>>12&63), byte(trailLo+r>>6&63), byte(trailLo+r&63))
}

// ErrBadCode is wrapped by the errors of AppendUTF8.
var ErrBadCode = errors.New("bad character code")

// AppendUTF8 appends the UTF-8 of b, a coded text, to dst. It fails on
// bytes that no Append writes.
func (c *Code) AppendUTF8(dst []byte, b string) ([]byte, error) {
	if c.utf8 {
		return append(dst, b...), nil
	}
	for i := 0; i < len(b); {
		x := int(b[i])
		k := x
		switch {
		case x < trailLo:
			i++
		case x < pairLo:
			return dst, fmt.Errorf("%w: a trail byte starts the character at %d", ErrBadCode, i)
		case x < quadLo:
			if i+1 >= len(b) || !isTrail(b[i+1]) {
				return dst, fmt.Errorf("%w: a pair lead without its trail at %d", ErrBadCode, i)
			}
			k = singles + (x-pairLo)*trails + int(b[i+1]-trailLo)
			i += 2
		default:
			var err error
			if dst, err = appendQuad(dst, b, i); err != nil {
				return dst, err
			}
			i += 4
			continue
		}
		if k >= len(c.ranked) {
			return dst, fmt.Errorf("%w: rank %d of %d at %d", ErrBadCode, k, len(c.ranked), i)
		}
		// Four bytes written at once, the character's length kept.
		p := len(dst)
		if cap(dst)-p < 4 {
			dst = slices.Grow(dst, 4+2*(len(b)-i))
		}
		dst = dst[:p+4]
		binary.LittleEndian.PutUint32(dst[p:], c.utf8Of[k])
		dst = dst[:p+int(c.utf8Len[k])]
	}
	return dst, nil
}

// appendQuad appends the UTF-8 of the four-byte code at b[i:].
func appendQuad(dst []byte, b string, i int) ([]byte, error) {
	if i+3 >= len(b) || !isTrail(b[i+1]) || !isTrail(b[i+2]) || !isTrail(b[i+3]) {
		return dst, fmt.Errorf("%w: a quad lead without its trails at %d", ErrBadCode, i)
	}
	r := rune(b[i]-quadLo)<<18 | rune(b[i+1]-trailLo)<<12 | rune(b[i+2]-trailLo)<<6 | rune(b[i+3]-trailLo)
	switch {
	case r >= escapeBase+0x80 && r <= escapeBase+0xff:
		return append(dst, byte(r-escapeBase)), nil
	case utf8.ValidRune(r):
		return utf8.AppendRune(dst, r), nil
	}
	return dst, fmt.Errorf("%w: code point %U at %d", ErrBadCode, r, i)
}

// Decode returns the UTF-8 of b, a coded text.
func (c *Code) Decode(b string) (string, error) {
	if c.utf8 {
		return b, nil
	}
	out, err := c.AppendUTF8(make([]byte, 0, 3*len(b)+4), b)
	if err != nil {
		return "", err
	}
	return unsafe.String(unsafe.SliceData(out), len(out)), nil // out is not shared
}

func isTrail(b byte) bool { return b >= trailLo && b < pairLo }
