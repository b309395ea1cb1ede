package segfile

import (
	"testing"

	"github.com/govsearch/govsearch/segment"
)

func TestTextEdit(t *testing.T) {
	tests := []string{
		"", "。", "发展", "一、坚持稳中求进，推动高质量发展。",
		"二〇二一年，全市GDP增长6.5%（初步核算）。", "ＡＢＣ　全角 和 半角", "臺灣經濟發展",
		"36.8亿元 vs 368亿元……", "\xff\xfe无效字节", "  前后空格  ", "《政府工作报告》：“十四五”",
	}
	for _, orig := range tests {
		norm := segment.Normalize(orig)
		enc := encodeText(orig, norm)
		got, err := decodeText(enc, norm)
		if err != nil || got != orig {
			t.Errorf("%q: decoded %q, %v", orig, got, err)
		}
		if enc[0] == textEdit && len(enc) > len(orig) {
			t.Errorf("%q: edit of %d bytes for %d", orig, len(enc), len(orig))
		}
	}
}

func FuzzTextEdit(f *testing.F) {
	f.Add("一、坚持稳中求进，推动高质量发展。")
	f.Add("二〇二一年ＡＢＣ")
	f.Fuzz(func(t *testing.T, orig string) {
		norm := segment.Normalize(orig)
		got, err := decodeText(encodeText(orig, norm), norm)
		if err != nil || got != orig {
			t.Fatalf("%q: decoded %q, %v", orig, got, err)
		}
	})
}
