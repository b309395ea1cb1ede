package ingest

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
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

// htmlEncoding returns the encoding of a saved web page and its name. A
// byte-order mark decides; then the bytes themselves, for a page saved
// again after it was written often keeps a <meta> that no longer tells
// the truth: a page that is valid UTF-8 (or very nearly: a few bytes
// broken where it was cut) is UTF-8 whatever it declares. Otherwise the
// charset the page declares, in a <meta> anywhere in its first 64 KB (the
// HTML5 prescan reads 1,024 bytes, which scripts and comments before the
// <meta> fill on many government sites); then GB18030, when the bytes
// decode as that strictly, the encoding of Chinese pages that declare
// none; windows-1252 last, the web's default.
func htmlEncoding(data []byte) (encoding.Encoding, string) {
	if enc, name, certain := charset.DetermineEncoding(data, ""); certain {
		return enc, name
	}
	if mostlyUTF8(data) {
		return unicode.UTF8, "utf-8"
	}
	label := declaredCharset(data)
	switch enc, name := charset.Lookup(label); {
	case name == "gbk" || name == "gb18030":
		// GB18030 reads every page written in GB2312 or GBK too.
		return simplifiedchinese.GB18030, name
	case enc != nil && name != "utf-8" && name != "windows-1252":
		// windows-1252 (what iso-8859-1 names too) is a wrong default
		// that a Chinese page's template kept, when its bytes are GB18030.
		return enc, name
	}
	if _, err := decodeWith(simplifiedchinese.GB18030, data); err == nil {
		return simplifiedchinese.GB18030, "gb18030"
	}
	return charmap.Windows1252, "windows-1252"
}

// reMetaCharset finds a charset declared in a <meta> (charset= or
// http-equiv's content) or in an XML declaration.
var reMetaCharset = regexp.MustCompile(`(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)|^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([a-z0-9_.:-]+)`)

// declaredCharset returns the charset label a page declares in its first
// 64 KB, or "".
func declaredCharset(data []byte) string {
	m := reMetaCharset.FindSubmatch(data[:min(len(data), 64<<10)])
	if m == nil {
		return ""
	}
	return strings.ToLower(string(m[1]) + string(m[2]))
}

// mostlyUTF8 reports data with many multi-byte UTF-8 characters and
// almost no byte outside them (at most one in 200, or four among 50
// characters): UTF-8 text, cut or damaged in a few places. Text in
// GB18030 breaks UTF-8 at nearly every character.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return good > 0 && bad*200 <= good || bad <= 4 && good >= 50
}
