package ingest

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encodings that Decode recognizes.
const (
	EncUTF8    = "UTF-8"
	EncUTF16LE = "UTF-16LE"
	EncUTF16BE = "UTF-16BE"
	EncGB18030 = "GB18030"
	// EncUTF8Mixed is UTF-8 text with runs of binary data, whose lines
	// holding control characters were dropped.
	EncUTF8Mixed = "UTF-8, binary lines dropped"
)

// minTextAmidBinary is how many Chinese characters the clean lines of a
// UTF-8 file with binary runs must hold for it to be read as text.
const minTextAmidBinary = 1000

// textAmidBinary returns the lines of data, valid UTF-8, that hold no
// control character (tabs, carriage returns and form feeds aside), when
// those lines hold at least minTextAmidBinary Chinese characters: the
// text of a file into which binary runs were saved. Binary data is almost
// never valid UTF-8, let alone with such lines.
func textAmidBinary(data []byte) (string, bool) {
	if !utf8.Valid(data) {
		return "", false
	}
	var kept []string
	han := 0
	for _, l := range strings.Split(string(data), "\n") {
		if strings.ContainsFunc(l, func(r rune) bool { return isBinaryControl(r) || r == 0x7f }) {
			continue
		}
		kept = append(kept, l)
		for _, r := range l {
			if r >= 0x4e00 && r <= 0x9fff {
				han++
			}
		}
	}
	return strings.Join(kept, "\n"), han >= minTextAmidBinary
}

// errBinary is returned for data that is no text in a known encoding.
var errBinary = errors.New("not text: binary data or an unknown encoding")

// Decode turns the bytes of a text file into a string: UTF-8 with or
// without BOM, UTF-16 with BOM, or GB18030 (which covers GBK and GB2312).
// Data that is none of these is an error, never indexed as garbage.
func Decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", "", errors.New("file starts with a UTF-8 byte-order mark but is not valid UTF-8")
		}
		return string(data), EncUTF8, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		s, err := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
		return s, EncUTF16LE, err
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
		return s, EncUTF16BE, err
	}
	if bytes.IndexByte(data, 0) >= 0 || utf8.Valid(data) && controlHeavy(data) {
		// Binary runs in a UTF-8 text (a PDF's text saved with its font
		// and image streams) leave the text's own lines readable.
		if text, ok := textAmidBinary(data); ok {
			return text, EncUTF8Mixed, nil
		}
		return "", "", errBinary
	}
	if utf8.Valid(data) {
		return string(data), EncUTF8, nil
	}
	s, err := decodeWith(simplifiedchinese.GB18030, data)
	if err != nil {
		return "", "", errBinary
	}
	return s, EncGB18030, nil
}

// decodeWith decodes data strictly: a byte sequence that the encoding
// cannot map (which the decoder turns into U+FFFD) is an error.
func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	// A replacement character in the output that the input did not encode
	// itself marks bytes the encoding cannot map.
	if n := strings.Count(string(out), "\uFFFD"); n > 0 {
		own, _ := enc.NewEncoder().String("\uFFFD")
		if own == "" || n > bytes.Count(data, []byte(own)) {
			return "", errors.New("invalid byte sequence")
		}
	}
	if controlHeavy(out) {
		return "", errBinary
	}
	return string(out), nil
}

// controlHeavy reports text with more control characters than text files
// have (tabs, newlines and form feeds aside): a sign of binary data.
func controlHeavy(b []byte) bool {
	n, ctl := 0, 0
	for _, r := range string(b) {
		n++
		if isBinaryControl(r) {
			ctl++
		}
	}
	return ctl > 0 && ctl*100 > n
}

// isBinaryControl reports a control character that text files do not hold:
// any below U+0020 but tab, line feed, carriage return and form feed.
func isBinaryControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f'
}
