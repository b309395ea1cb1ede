package ingest

import (
	"bufio"
	"strings"
	"testing"
)

// TestFormerNames checks that places named as they were before a rename
// or a merge are found under the province and city that hold them now,
// keeping the name the document gives them.
func TestFormerNames(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, province, city, district string }{
		{"苍山县", "山东省", "临沂市", "苍山县"}, // renamed in place: 兰陵县 371324
		{"户县", "陕西省", "西安市", "户县"},   // 鄠邑区
		{"绍兴县", "浙江省", "绍兴市", "绍兴县"}, // split, mostly into the new 柯桥区
		{"达县", "四川省", "达州市", "达县"},   // 达川区
		{"梅县", "广东省", "梅州市", "梅县"},   // 梅县区: 梅县 + 区
		{"赣县", "江西省", "赣州市", "赣县"},   // 赣县区
		{"闸北区", "上海市", "上海市", "闸北区"}, // merged into 静安区
		{"崇文区", "北京市", "北京市", "崇文区"}, // merged into 东城区 in 2010
		{"沧浪区", "江苏省", "苏州市", "沧浪区"}, // 姑苏区
		{"吴江市", "江苏省", "苏州市", "吴江市"}, // 吴江区
		{"萝岗区", "广东省", "广州市", "萝岗区"}, // 黄埔区
		{"莱城区", "山东省", "济南市", "莱城区"}, // 莱芜市 merged into 济南市
		{"莱芜市", "山东省", "莱芜市", ""},    // a former city keeps its name
		{"邯郸县", "河北省", "邯郸市", "邯郸县"}, // split among its city's districts
		{"襄樊市", "湖北省", "襄樊市", ""},    // 襄阳市
	}
	for _, tt := range tests {
		loc := g.Locate(Clues{Title: tt.name + "人民政府工作报告"})
		if loc.Province != tt.province || loc.City != tt.city || loc.District != tt.district {
			t.Errorf("%s: got %s/%s/%s, want %s/%s/%s", tt.name, loc.Province, loc.City, loc.District, tt.province, tt.city, tt.district)
		}
	}
	for _, short := range []string{"苍山", "闸北", "莱芜", "开县"} {
		if _, known := g.byName[short]; known {
			t.Errorf("%s is known: a former name's short form (or 开县, of 召开县) should not be", short)
		}
	}
}

// TestFormerNamesAreNotCurrent checks that no former name is a name the
// current gazetteer gives a place (its full names and short names; the
// county names derived from its districts' are guesses the data
// overrides), and that every former name's code is known.
func TestFormerNamesAreNotCurrent(t *testing.T) {
	current, err := ParseGazetteer(gazetteerTSV, "")
	if err != nil {
		t.Fatal(err)
	}
	derived := map[string]bool{} // guesses the data overrides: 大同县
	for _, p := range current.derivedCountyNames() {
		derived[p.Name] = true
	}
	sc := bufio.NewScanner(strings.NewReader(formerTSV))
	n := 0
	shared := map[string]bool{}
	for sc.Scan() {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		name, code, _, err := parseFormerLine(text)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if places, taken := current.byName[name]; taken && !derived[name] && !sharedFormerNames[name] {
			t.Errorf("former name %s (%s) is a current place's name: %v", name, code, places)
		}
		if sharedFormerNames[name] {
			shared[name] = true
		}
		if !current.holdsFormer(code) {
			t.Errorf("former name %s: unknown code %s", name, code)
		}
	}
	if len(shared) != len(sharedFormerNames) {
		t.Errorf("former.tsv holds %d of the %d shared names %v", len(shared), len(sharedFormerNames), sharedFormerNames)
	}
	if n < 200 {
		t.Errorf("%d former names, want the 200 or more of 2010-2024", n)
	}
}

// TestFormerNameReport parses the opening of a report issued under a
// county's former name.
func TestFormerNameReport(t *testing.T) {
	text := "苍山县人民政府工作报告\n——2012年2月20日在苍山县第十七届人民代表大会第一次会议上\n" +
		"县长 张三\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n" +
		"过去的一年，全县经济社会发展取得新成绩，地区生产总值增长百分之十二。\n"
	p, err := Parse("cangshan.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d := p.Document
	if d.Province != "山东省" || d.City != "临沂市" || d.District != "苍山县" {
		t.Errorf("place %s/%s/%s, want 山东省/临沂市/苍山县", d.Province, d.City, d.District)
	}
	if d.Year != 2012 {
		t.Errorf("year %d, want 2012", d.Year)
	}
}

// sharedFormerNames are the former names another current county still has:
// a text that names one alone may be either's (清河区: 铁岭市's, or 淮安市's
// until 2016).
var sharedFormerNames = map[string]bool{"桥东区": true, "桥西区": true, "新市区": true, "清河区": true, "市中区": true, "双桥区": true}

// TestSharedFormerNameLeavesCityOpen: 清河区 alone is 铁岭市's or, before
// 2016, 淮安市's; with its city it is that city's.
func TestSharedFormerNameLeavesCityOpen(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	cities := map[string]bool{}
	for _, p := range g.byName["清河区"] {
		cities[g.location(p).City] = true
	}
	if !cities["铁岭市"] || !cities["淮安市"] || len(cities) != 2 {
		t.Errorf("清河区 is of %v, want 铁岭市 and 淮安市", cities)
	}
}

// TestSharedFormerNameByYear: a former name whose end the text's years have
// passed is not the county meant (桥东区 of 石家庄 until 2014).
func TestSharedFormerNameByYear(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text   string
		latest int
	}{
		{"2022年，桥东区坚持…2023年工作安排", 2023},
		{"二〇〇七年 2008年的主要任务", 2008},
		{"没有年份", 0},
	} {
		if got := latestYear(tt.text); got != tt.latest {
			t.Errorf("latestYear(%q) = %d, want %d", tt.text, got, tt.latest)
		}
	}
	for _, p := range g.byName["桥东区"] {
		_, former := g.formerUntil[p.Name+"\t"+p.Code]
		if got := g.expiredFormer(p, 2022); got != former {
			t.Errorf("桥东区 %s in 2022: expired %v, want %v", p.Code, got, former)
		}
		if g.expiredFormer(p, 2013) {
			t.Errorf("桥东区 %s in 2013: expired, want in use", p.Code)
		}
	}
}

// TestTownshipCounty: a township named as an issuer gives its county, when
// no other township has its name.
func TestTownshipCounty(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"宅梧镇", "鹤山市"},
		{"我代表雅瑶镇人民政府向大会作工作报告", "鹤山市"},
		{"覃巴镇2017年政府工作报告", "吴川市"},
		{"城关镇人民政府", ""},            // 88 townships have the name
		{"雅瑶镇的工业总产值增长", ""},        // named, but not as an issuer
		{"宅梧镇人民政府、雅瑶镇人民政府", "鹤山市"}, // two of one county
		{"宅梧镇人民政府、练市镇人民政府", ""},    // two counties
	} {
		p, ok := g.townshipCounty(tt.text)
		if got := map[bool]string{true: p.Name}[ok]; got != tt.want {
			t.Errorf("townshipCounty(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
