package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain chinese", "营商环境", "营商环境"},
		{"full-width digits and letters", "ＰＭ２．５", "pm2.5"},
		{"full-width percent", "１４．９％", "14.9%"},
		{"case", "PM2.5 和 5G", "pm2.5和5g"},
		{"traditional", "協同發展", "协同发展"},
		{"traditional mixed", "營商環境持續優化", "营商环境持续优化"},
		{"numeral year", "二〇三五年远景目标", "2035年远景目标"},
		{"numeral year with circle", "二○二一年", "2021年"},
		{"numeral year at end of term", "二〇三五", "2035"},
		{"not a year: three numerals", "一二三年", "一二三年"},
		{"not a year: five numerals", "一二三四五年", "一二三四五年"},
		{"not a year: ten", "十四五", "十四五"},
		{"year split by a space", "一二三四 年", "1234年"},
		{"year after a list marker", "二、二〇三五年远景目标", "二2035年远景目标"},
		{"year after a list marker, whole heading", "二、二〇三五年远景目标和“十四五”时期主要目标与重点任务", "二2035年远景目标和十四五时期主要目标与重点任务"},
		{"year after a parenthesized marker", "（三）二〇二一年工作安排", "三2021年工作安排"},
		{"letter-spaced heading", "二 、 二 〇 三 五 年", "二2035年"},
		{"a space is no marker's end", "十二 二〇二一年", "十二二〇二一年"},
		{"letter-spaced five numerals are no year", "一 二 三 四 五 年", "一二三四五年"},
		{"year after a marker, end of term", "二、二〇三五", "二2035"},
		{"two-numeral marker before a year", "一二、二〇二〇年", "一二2020年"},
		{"year after a marker, then a year", "五、二〇二一年至二〇二五年", "五2021年至2025年"},
		{"numeral year after a digit year", "2020年、二〇二一年", "2020年2021年"},
		{"list marker alone is no year", "二、加快发展", "二加快发展"},
		{"separated run of five is no year", "一二、三四五年", "一二三四五年"},
		{"year split by punctuation stays a year", "二〇、三五年", "2035年"},
		{"decimal point around a dropped space", "1 .2", "1.2"},
		{"punctuation dropped", "“街道吹哨、部门报到”", "街道吹哨部门报到"},
		{"spaces dropped", "政 府 工 作", "政府工作"},
		{"ideographic space", "政府\u3000工作", "政府工作"},
		{"decimal point kept", "36.8亿元", "36.8亿元"},
		{"trailing dot dropped", "增长14.9%。", "增长14.9%"},
		{"dot not between digits", "a.b", "ab"},
		{"thousands separator dropped", "1,234", "1234"},
		{"slash kept", "微克/立方米", "微克/立方米"},
		{"plus kept", "1+1234", "1+1234"},
		{"brackets dropped", "和平政〔2021〕4号", "和平政20214号"},
		{"parenthesized numeral", "㈠", "一"},
		{"compat ideograph, then simplified", "\uF900", "岂"},
		{"zero width space", "营\u200b商", "营商"},
		{"invalid utf-8", "营\xff商", "营商"},
		{"empty", "", ""},
		{"only punctuation", "，。！", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeWithOffsetsMatchesNormalize(t *testing.T) {
	inputs := []string{"“街道吹哨、部门报到”工作机制", "ＰＭ２．５平均浓度", "二〇三五年", "協同發展", "㈠总体", "a\xffb"}
	for _, in := range inputs {
		n := NormalizeWithOffsets(in)
		if n.Text != Normalize(in) {
			t.Errorf("NormalizeWithOffsets(%q).Text = %q, want %q", in, n.Text, Normalize(in))
		}
		// Every normalized rune maps back to the original rune it came from.
		for i, r := range n.Text {
			s, e := n.Span(i, i+utf8.RuneLen(r))
			if s < 0 || e > len(in) || s >= e {
				t.Fatalf("%q: span of %q = [%d,%d)", in, r, s, e)
			}
		}
	}
}

func TestSpanOfMatch(t *testing.T) {
	in := "推行“街道吹哨、部门报到”工作机制"
	n := NormalizeWithOffsets(in)
	q := Normalize("街道吹哨部门报到")
	i := strings.Index(n.Text, q)
	if i < 0 {
		t.Fatalf("%q not in %q", q, n.Text)
	}
	s, e := n.Span(i, i+len(q))
	if got := in[s:e]; got != "街道吹哨、部门报到" {
		t.Errorf("original span = %q", got)
	}
}

func TestSteps(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"营商环境", nil},
		{"營商環境", []string{StepTradToSimp}},
		{"ＰＭ２．５", []string{StepWidth, StepCase}},
		{"二〇三五年", []string{StepNumeralYear}},
		{"街道吹哨、部门报到", []string{StepPunctuation}},
	}
	for _, tt := range tests {
		if got := Steps(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Steps(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"营商环境", "ＰＭ２．５", "二〇三五年", "“街道吹哨、部门报到”", "a\xffb", "36.8亿元", "二、二〇三五年", "一二、三四五年", "二〇、三五年"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeWithOffsets(s)
		if n.Text != Normalize(s) {
			t.Fatalf("offset and plain normalization differ for %q", s)
		}
		if !utf8.ValidString(n.Text) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		// Normalization is idempotent: a normalized term finds itself.
		if again := Normalize(n.Text); again != n.Text {
			t.Fatalf("not idempotent: %q → %q → %q", s, n.Text, again)
		}
	})
}

func TestSimplify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"我們第一届全國人民代表大會第一次會議", "我们第一届全国人民代表大会第一次会议"},
		{"１９５４年，ＰＭ２．５ 各位代表：", "１９５４年，ＰＭ２．５ 各位代表："}, // only the script changes
		{"政府工作报告", "政府工作报告"},
	}
	for _, tt := range tests {
		if got := Simplify(tt.in); got != tt.want {
			t.Errorf("Simplify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
