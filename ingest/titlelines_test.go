package ingest

import "testing"

// TestNavigationAndListingNames checks the lines meta-112 reads as a
// breadcrumb or as a column's generic name for a report, and lines like
// them that are not.
func TestNavigationAndListingNames(t *testing.T) {
	nav := []struct {
		line string
		want bool
	}{
		{"法定主动公开内容 规划信息 正文", true},
		{"首页 政务公开 互动交流", true},
		{"兴平市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告", false},
		{"关于印发计划的通知，见正文", false},
		{"2024年 临湘市政府工作报告 正文", false}, // a headline that ends as a title (a reviewer's trap on meta-112)
	}
	for _, tt := range nav {
		if got := isNavigation(tt.line); got != tt.want {
			t.Errorf("isNavigation(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	gaz, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	own := "兴平市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划(草案)的报告"
	same := []struct {
		listing, own string
		want         bool
	}{
		{"2024年《计划工作报告》", own, true},
		{"2025年《计划工作报告》", own, false}, // another year's
		{"2024年预算报告", own, false},     // another kind
		{"2024年《计划工作报告》", "2024年计划工作要点", false},
	}
	for _, tt := range same {
		if got := sameReport(tt.listing, tt.own, gaz); got != tt.want {
			t.Errorf("sameReport(%q, %q) = %v, want %v", tt.listing, tt.own, got, tt.want)
		}
	}
	for _, s := range []string{"上饶市第一届人民代表大会第八次会议", "新疆维吾尔自治区第十三届人民代表大会常务委员会第二十次会议", "宁波市十六届人大常委会第十二次会议文件"} {
		if !reSessionName.MatchString(s) {
			t.Errorf("reSessionName does not match %q", s)
		}
	}
	if reSessionName.MatchString("上饶市第一届人民代表大会第八次会议听取和审议了市人民政府市长所作的报告") {
		t.Error("reSessionName matches a sentence")
	}
}

// TestColumnBar splits a news column's name from the headline after its
// bar, and takes no title and its site's name for one.
func TestColumnBar(t *testing.T) {
	for _, tt := range []struct {
		line     string
		anyShort bool
		column   string
	}{
		{"聚焦2023内蒙古两会 | 这五年,内蒙古凝心聚力推动各项事业发展", false, "聚焦2023内蒙古两会"},
		{"一图读懂|划重点!雨花区政府工作报告来了", false, "一图读懂"},
		{"2022全国地方两会|广西GDP增长7.5%,今年预期增长6.5%|新浪网", false, "2022全国地方两会"},
		{"速读报告 |今后五年,全市将这样干", false, "速读报告"},
		{"两会快讯|市十八届人大一次会议隆重开幕", true, "两会快讯"},
		{"两会快讯|市十八届人大一次会议隆重开幕", false, "两会快讯"},
		{"今日要闻|市十八届人大一次会议隆重开幕", false, ""},
		// A site's portal, a site's name after the bar: a title and its site.
		{"两会专题|天津市和平区人民政府门户网站", false, ""},
		{"政府工作报告|新华网", true, ""},
		{"两会专题|市融媒体平台", true, ""},
	} {
		column, _, _, ok := columnBar(tt.line, tt.anyShort)
		if column != tt.column || ok != (tt.column != "") {
			t.Errorf("columnBar(%q, %v) = %q %v, want %q", tt.line, tt.anyShort, column, ok, tt.column)
		}
	}
}

// TestMaskedPlace reads a place written as a blank after a year as before
// one (2006年某市 as 2023年XX区), and no 某 inside a word.
func TestMaskedPlace(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"某市政府工作目标报告", true},
		{"2006年某市政府工作目标报告", true},
		{"2023年XX区政府工作报告", true},
		{"关于某县2023年预算执行情况的报告", true},
		{"××镇人民政府工作报告", true},
		{"宁波市2006年政府工作报告", false},
		{"谋某市场主体发展", false},
	} {
		if got := reMaskedPlace.MatchString(tt.s); got != tt.want {
			t.Errorf("reMaskedPlace(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
