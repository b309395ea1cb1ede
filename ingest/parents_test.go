package ingest

import "testing"

func TestAddsParents(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		heading, title string
		want           bool
	}{
		{"2022年陕西省安康市宁陕县国民经济和社会发展统计公报", "2022年宁陕县国民经济和社会发展统计公报", true},
		{"2022年安康市宁陕县国民经济和社会发展统计公报", "2022年宁陕县国民经济和社会发展统计公报", true},
		{"2022年宁陕县国民经济和社会发展统计公报", "2022年宁陕县国民经济和社会发展统计公报", false},           // nothing added
		{"2022年甘肃省庆阳市宁陕县国民经济和社会发展统计公报", "2022年宁陕县国民经济和社会发展统计公报", false},     // not its parents
		{"2020年辽阳县人民政府工作报告", "政府工作报告", false},                               // the title names no place
		{"2022年陕西省安康市宁陕县国民经济和社会发展统计公报(全文)", "2022年宁陕县国民经济和社会发展统计公报", false}, // more than the parents
	} {
		if got := g.addsParents(tt.heading, tt.title); got != tt.want {
			t.Errorf("addsParents(%q, %q) = %v, want %v", tt.heading, tt.title, got, tt.want)
		}
	}
}
