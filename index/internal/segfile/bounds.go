package segfile

import (
	"errors"
	"unicode/utf8"
)

// Forms of a bounds table entry, after its first byte; see the package
// comment. Word starts are given and returned one bit per byte of the
// normalized text, but a word starts only where a character does, and a
// Chinese character is three bytes: boundsRunes keeps one bit per
// character.
const (
	boundsRunes = 0
	boundsBytes = 1
)

// encodeBounds returns the bounds table entry of a paragraph.
func encodeBounds(norm string, bits []byte) []byte {
	if len(bits) == 0 {
		return nil
	}
	if len(bits) == len(norm)/8+1 {
		out := make([]byte, 1, 1+(len(norm)/3+7)/8+1)
		out[0] = boundsRunes
		ok := true
		r := 0
		for i := 0; i < len(bits)*8; i++ {
			set := bits[i/8]&(1<<(i%8)) != 0
			if i < len(norm) && utf8.RuneStart(norm[i]) {
				if r%8 == 0 {
					out = append(out, 0)
				}
				if set {
					out[len(out)-1] |= 1 << (r % 8)
				}
				r++
			} else if set {
				ok = false
				break
			}
		}
		if ok {
			return out
		}
	}
	return append([]byte{boundsBytes}, bits...)
}

var errBounds = errors.New("bad word starts")

// decodeBounds turns a bounds table entry back into one bit per byte of
// norm.
func decodeBounds(entry []byte, norm string) ([]byte, error) {
	if len(entry) == 0 {
		return nil, nil
	}
	bits := entry[1:]
	switch entry[0] {
	case boundsBytes:
		return append([]byte(nil), bits...), nil
	case boundsRunes:
	default:
		return nil, errBounds
	}
	out := make([]byte, len(norm)/8+1)
	r := 0
	i := 0
	for i < len(norm) && !utf8.RuneStart(norm[i]) {
		i++
	}
	for i < len(norm) {
		if r/8 >= len(bits) {
			return nil, errBounds
		}
		if bits[r/8]&(1<<(r%8)) != 0 {
			out[i/8] |= 1 << (i % 8)
		}
		r++
		for i++; i < len(norm) && !utf8.RuneStart(norm[i]); i++ {
		}
	}
	if (r+7)/8 != len(bits) {
		return nil, errBounds
	}
	return out, nil
}
