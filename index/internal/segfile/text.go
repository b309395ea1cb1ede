package segfile

import (
	"encoding/binary"
	"errors"
	"unicode/utf8"

	"github.com/govsearch/govsearch/index/internal/charcode"
)

// The original text of a paragraph is stored as an edit of its normalized
// text, which the segment holds anyway: normalizing mostly drops
// punctuation and spaces and folds a few characters, so the edit is a
// fraction of the text. An entry of the text table is one byte, 0 for the
// text itself or 1 for an edit, then the bytes. An edit is a sequence of
// operations, each a uvarint n << 2 | op:
//
//	op 0 (copy)    the next n bytes of the normalized text
//	op 1 (insert)  the n bytes that follow the operation
//	op 2 (skip)    pass over the next n bytes of the normalized text
const (
	textRaw  = 0
	textEdit = 1
	opCopy   = 0
	opInsert = 1
	opSkip   = 2
)

// lookAhead is how far ahead in the original text the encoder looks for
// the next normalized character before it calls it a substitution.
const lookAhead = 16

// encodeText returns the table entry of orig given its normalized text.
func encodeText(orig, norm string) []byte {
	var out []byte
	out = append(out, textEdit)
	var lit []byte
	skip := 0
	flush := func() {
		if len(lit) > 0 {
			out = binary.AppendUvarint(out, uint64(len(lit))<<2|opInsert)
			out = append(out, lit...)
			lit = lit[:0]
		}
		if skip > 0 {
			out = binary.AppendUvarint(out, uint64(skip)<<2|opSkip)
			skip = 0
		}
	}
	i, j := 0, 0
	for i < len(orig) {
		if j < len(norm) {
			// A run of equal bytes that ends on a character boundary.
			k := 0
			for i+k < len(orig) && j+k < len(norm) && orig[i+k] == norm[j+k] {
				k++
			}
			for k > 0 && j+k < len(norm) && !utf8.RuneStart(norm[j+k]) {
				k--
			}
			if k > 0 {
				flush()
				out = binary.AppendUvarint(out, uint64(k)<<2|opCopy)
				i, j = i+k, j+k
				continue
			}
			// Characters dropped by normalizing: insert them.
			r, _ := utf8.DecodeRuneInString(norm[j:])
			if at := indexRuneWithin(orig[i:], r, lookAhead); at > 0 {
				lit = append(lit, orig[i:i+at]...)
				i += at
				continue
			}
			// A folded character: insert the original, skip the folded.
			_, ns := utf8.DecodeRuneInString(norm[j:])
			skip += ns
			j += ns
		}
		_, size := utf8.DecodeRuneInString(orig[i:])
		lit = append(lit, orig[i:i+size]...)
		i += size
	}
	skip += len(norm) - j
	flush()
	if len(out) >= len(orig)+1 {
		return append([]byte{textRaw}, orig...)
	}
	if got, err := decodeText(out, norm, charcode.UTF8()); err != nil || got != orig {
		return append([]byte{textRaw}, orig...)
	}
	return out
}

// indexRuneWithin returns the byte offset of r among the first n
// characters of s, or -1.
func indexRuneWithin(s string, r rune, n int) int {
	for at, c := range s {
		if n == 0 {
			break
		}
		if c == r {
			return at
		}
		n--
	}
	return -1
}

var errBadEdit = errors.New("bad text edit")

// editOps calls fn with each operation of an edit (a table entry after
// its first byte): its kind, its length and, for an insert, the bytes it
// carries.
func editOps(b []byte, fn func(op, n int, lit []byte) error) error {
	for len(b) > 0 {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return errBadEdit
		}
		b = b[k:]
		n := int(v >> 2)
		if uint64(n) != v>>2 || n < 0 {
			return errBadEdit
		}
		var lit []byte
		switch v & 3 {
		case opInsert:
			if n > len(b) {
				return errBadEdit
			}
			lit, b = b[:n], b[n:]
		case opCopy, opSkip:
		default:
			return errBadEdit
		}
		if err := fn(int(v&3), n, lit); err != nil {
			return err
		}
	}
	return nil
}

// decodeText returns the original text of a table entry, given the
// paragraph's normalized text (UTF-8) and the code of inserted bytes.
func decodeText(entry []byte, norm string, code *charcode.Code) (string, error) {
	if len(entry) == 0 {
		return "", errBadEdit
	}
	if entry[0] == textRaw {
		return string(entry[1:]), nil
	}
	if entry[0] != textEdit {
		return "", errBadEdit
	}
	out := make([]byte, 0, len(norm)+len(norm)/4)
	j := 0
	err := editOps(entry[1:], func(op, n int, lit []byte) error {
		if op != opInsert && n > len(norm)-j {
			return errBadEdit
		}
		var err error
		switch op {
		case opCopy:
			out = append(out, norm[j:j+n]...)
			j += n
		case opInsert:
			out, err = code.AppendUTF8(out, unsafeString(lit))
		case opSkip:
			j += n
		}
		return err
	})
	return string(out), err
}

// countInserts counts the characters that an entry's inserts carry.
func countInserts(entry []byte, c *charcode.Counter) {
	if len(entry) == 0 || entry[0] != textEdit {
		return
	}
	editOps(entry[1:], func(op, _ int, lit []byte) error {
		c.Add(unsafeString(lit))
		return nil
	})
}

// codeInserts returns an entry with the bytes its inserts carry coded in
// code. It must be an entry that encodeText wrote.
func codeInserts(entry []byte, code *charcode.Code) []byte {
	if code.Identity() || len(entry) == 0 || entry[0] != textEdit {
		return entry
	}
	out := make([]byte, 1, len(entry))
	out[0] = textEdit
	var buf []byte
	editOps(entry[1:], func(op, n int, lit []byte) error {
		if op == opInsert {
			buf = code.Append(buf[:0], unsafeString(lit))
			out = binary.AppendUvarint(out, uint64(len(buf))<<2|opInsert)
			out = append(out, buf...)
		} else {
			out = binary.AppendUvarint(out, uint64(n)<<2|uint64(op))
		}
		return nil
	})
	return out
}
