package index

import (
	"strings"
	"testing"

	"github.com/govsearch/govsearch/segment"
)

func TestHighlight(t *testing.T) {
	tests := []struct {
		name, text string
		terms      []string
		want       string
	}{
		{"plain", "持续优化营商环境。", []string{"营商环境"}, "持续优化<mark>营商环境</mark>。"},
		{"every occurrence", "税收和税", []string{"税"}, "<mark>税</mark>收和<mark>税</mark>"},
		{"escaping", `<b>营商</b>&"环境"`, []string{"营商"}, "&lt;b&gt;<mark>营商</mark>&lt;/b&gt;&amp;&#34;环境&#34;"},
		{"script in text", `<script>alert(1)</script>税`, []string{"税"}, "&lt;script&gt;alert(1)&lt;/script&gt;<mark>税</mark>"},
		{"overlapping terms", "京津冀协同发展", []string{"京津冀协同", "协同发展"}, "<mark>京津冀协同发展</mark>"},
		{"match across punctuation", "推行“街道吹哨、部门报到”工作机制", []string{"街道吹哨部门报到"}, "推行“<mark>街道吹哨、部门报到</mark>”工作机制"},
		{"traditional query marks simplified text", "京津冀协同发展", []string{segment.Normalize("協同發展")}, "京津冀<mark>协同发展</mark>"},
		{"full-width text", "ＰＭ２．５平均浓度", []string{segment.Normalize("pm2.5")}, "<mark>ＰＭ２．５</mark>平均浓度"},
		{"numeral year", "二〇三五年远景目标", []string{segment.Normalize("2035年")}, "<mark>二〇三五年</mark>远景目标"},
		{"no match", "营商环境", []string{"税"}, "营商环境"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Highlight(tt.text, tt.terms, 0); got != tt.want {
				t.Errorf("Highlight(%q, %q) =\n%s\nwant\n%s", tt.text, tt.terms, got, tt.want)
			}
		})
	}
}

func TestHighlightFragment(t *testing.T) {
	text := strings.Repeat("甲", 500) + "营商环境" + strings.Repeat("乙", 500)
	got := Highlight(text, []string{"营商环境"}, 300)
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") {
		t.Errorf("fragment not marked as cut: %.30q…", got)
	}
	if !strings.Contains(got, "<mark>营商环境</mark>") {
		t.Errorf("fragment lost the match")
	}
	plain := strings.NewReplacer("<mark>", "", "</mark>", "", "…", "").Replace(got)
	if n := len([]rune(plain)); n > 300 {
		t.Errorf("fragment is %d runes, want at most 300", n)
	}
}

// TestHighlightOnlyMarkMarkup fuzzes the guarantee that no markup but
// <mark> comes out, whatever the text.
func FuzzHighlight(f *testing.F) {
	f.Add("<img src=x onerror=alert(1)>营商环境", "营商")
	f.Add("a&b<c>d", "b")
	f.Fuzz(func(t *testing.T, text, term string) {
		out := Highlight(text, []string{segment.Normalize(term)}, 50)
		rest := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(out)
		if strings.ContainsAny(rest, "<>") {
			t.Fatalf("markup other than <mark> in %q", out)
		}
	})
}
