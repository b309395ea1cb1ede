package segfile

import (
	"testing"
	"unicode/utf8"

	"github.com/govsearch/govsearch/index/internal/charcode"
	"github.com/govsearch/govsearch/segment"
)

var textTests = []string{
	"", "。", "发展", "一、坚持稳中求进，推动高质量发展。",
	"二〇二一年，全市GDP增长6.5%（初步核算）。", "ＡＢＣ　全角 和 半角", "臺灣經濟發展",
	"36.8亿元 vs 368亿元……", "\xff\xfe无效字节", "  前后空格  ", "《政府工作报告》：“十四五”",
	"cut \xe4\xb8 character，and 𠀀 rare ones😀",
}

// textCode ranks the characters that the edits of textTests insert.
func textCode(t testing.TB) *charcode.Code {
	var counts charcode.Counter
	for _, orig := range textTests {
		for range 2 { // twice: a character counted once is not ranked
			countInserts(encodeText(orig, segment.Normalize(orig)), &counts)
		}
	}
	c, err := charcode.New(charcode.Rank(counts.Counts()))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestTextEdit(t *testing.T) {
	coded := textCode(t)
	for _, orig := range textTests {
		norm := segment.Normalize(orig)
		enc := encodeText(orig, norm)
		got, err := decodeText(enc, norm, charcode.UTF8())
		if err != nil || got != orig {
			t.Errorf("%q: decoded %q, %v", orig, got, err)
		}
		if enc[0] == textEdit && len(enc) > len(orig) {
			t.Errorf("%q: edit of %d bytes for %d", orig, len(enc), len(orig))
		}
		cenc := codeInserts(enc, coded)
		if got, err := decodeText(cenc, norm, coded); err != nil || got != orig {
			t.Errorf("%q: decoded with coded inserts %q, %v", orig, got, err)
		}
		if utf8.ValidString(orig) && len(cenc) > len(enc) {
			t.Errorf("%q: %d bytes with coded inserts, %d without", orig, len(cenc), len(enc))
		}
	}
}

func FuzzTextEdit(f *testing.F) {
	f.Add("一、坚持稳中求进，推动高质量发展。")
	f.Add("二〇二一年ＡＢＣ")
	coded := textCode(f)
	f.Fuzz(func(t *testing.T, orig string) {
		norm := segment.Normalize(orig)
		enc := encodeText(orig, norm)
		got, err := decodeText(enc, norm, charcode.UTF8())
		if err != nil || got != orig {
			t.Fatalf("%q: decoded %q, %v", orig, got, err)
		}
		if got, err := decodeText(codeInserts(enc, coded), norm, coded); err != nil || got != orig {
			t.Fatalf("%q: decoded with coded inserts %q, %v", orig, got, err)
		}
	})
}
