package ingest

import (
	"strings"
	"testing"
)

// TestOwnPlace checks the place of a text that names no issuer but speaks
// as a county or city: its own name, by its full name or its short name
// before 人民, 实际…, and nothing when the text names two such places, none,
// or a short name that is an ordinary word.
func TestOwnPlace(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []placeCase{
		{"县委书记参加讨论，极大地增强了沈丘人民的自信心。", "沈丘县"},
		{"区委副书记、区长主持会议，更加符合南岸实际和全区人民群众期盼。", "南岸区"},
		{"市人大财经委召开会议，加快商丘经济社会高质量发展步伐。", "商丘市"},
		{"出台了《洞头区五大产业扶持政策》，区十三届人大四次会议确定的指标。", "洞头区"},
		{"市委书记说，要建设美丽莆田。", "莆田市"},
		{"市长作报告，全力开启“三个嵊州”建设新征程。", "嵊州市"},
		{"市长说，要建设美丽乡村。", ""},
		{"X市第七届人民代表大会，现代化漯河建设蹄疾步稳。", "漯河市"},
		{"全市工业兴市，共同建好石首高质量发展南大门。", "石首市"},
		{"县长说，要推动高质量发展。", ""},
		{"县委书记说，要坚持和平发展，加强合作。", ""},        // ordinary words
		{"县长参加讨论，学习淳安实际经验，符合沈丘实际。", ""},    // two counties
		{"会议听取了报告，增强了沈丘人民的信心。", ""},        // no government speaks
		{"区委书记说，沈丘人民和全区人民一道。", ""},         // a county, but the text speaks as a 区
		{"市四届人大二次会议开幕，在中共重庆市委领导下。", "重庆市"}, // a municipality speaks as a 市
		{"在南宁市委、市政府坚强领导下，良庆区党委、政府团结带领全区。", "良庆区"},
		// meta-16: a county named only by its short name as a word of its
		// own; words run across a short name (复杂多样, 和政府) or a common
		// word (资源) name none; a county's news site may report another.
		{"全县上下团结一心，为伊吾的改革开放作出努力。", "伊吾县"},
		{"县委县政府领导下，为加快西和脱贫攻坚而奋斗。", "西和县"},
		{"全县面对复杂多样的形势，依靠县委和政府，用好资源。", ""},
		{"连江新闻网讯 日前，我县召开征求意见会。", ""},
		// An autonomous region's city says 全区 of the region; its district
		// names its own organs (区党委).
		{"在自治区党委和市委领导下，率先在全区建成小康，全市建设幸福拉萨。", "拉萨市"},
		// A county-level city names its prefecture's organs and itself as its own.
		{"全市落实省委、泉州市委、石狮市委经济工作会议部署，为石狮高质量发展提供保障。", "石狮市"},
		// A budget's own level: 区本级.
		{"蕉城区财政局负责区本级财政决算的公开工作。", "蕉城区"},
		{"在自治区党委、政府领导下，全市实现生产总值增长，南宁市。", "南宁市"}, // 自治区党委 is no 区
		{"我代表市政府报告工作，总书记亲临辽宁考察，嘱托大连要勇当排头兵，全市上下奋进。", "大连市"},
		{"我代表市政府报告工作，总书记亲临吉林考察，全市上下奋进。", ""}, // 吉林 names the province
		// meta-26: a page that shows no organ of its county's level (or
		// only its prefecture's, 全州) names its county in a slogan; two
		// such counties, or a slogan of no place, name none.
		{"加快打造生态宜居的美丽巴东。", "巴东县"},
		{"全州上下深入推进“平安咸丰”建设。", "咸丰县"},
		{"建设美丽巴东，推进平安咸丰。", ""},
		{"建设美丽中国，奋进新时代。", ""},
		// meta-41: a motto of several clauses in quotes ends in a common
		// word, not a slogan naming the county (富民县).
		{"全县上下深入实施“生态富县，生态富民”战略，经济社会发展取得新成绩。", ""},
		{"全县上下深入实施“生态富县,生态富民”战略。", ""},
		// meta-45: a prefecture names its own committee by its short name.
		{"2018年,阿勒泰地委、行署团结带领地区各族人民,社会事业全面进步。经自治区审定,2018年全地区完成生产总值284.09亿元。", "阿勒泰地区"},
		{"2022年,在黔南州委的坚强领导下,全州上下团结奋进,全州地区生产总值增长5%。", "黔南布依族苗族自治州"},
		// meta-58: a city's text that ranks itself in its region (排全区第1位),
		// names a county's organs once (泽州县委、县政府) or a product's
		// standard (质量安全县) still speaks as the city; a metropolitan area
		// led by another city (现代化成都都市圈) is no slogan of the text's own.
		{"全市上下团结奋进,全市经济增长8%,全市财政收入增长5%,全市投资增长9%,全市消费增长6%,全市就业稳定,全市物价平稳,全市居民收入增长,来宾市生产总值增长,排全区第1位,居全区前列,来宾市投资增长,来宾市工业增长。", "来宾市"},
		{"全市经济增长,全市财政增长,全市投资增长,全市消费增长,全市就业稳定,全市物价平稳,全市收入增长,全市治理有效,泽州县委、县政府整体入驻新区,晋城市生产总值增长,晋城市投资增长,晋城市工业增长。", "晋城市"},
		{"全市经济增长,全市财政增长,全市投资增长,全市消费增长,全市就业稳定,全市物价平稳,全市收入增长,全市治理有效,黎川获评国家农产品质量安全县,抚州市生产总值增长,抚州市投资增长,抚州市工业增长。", "抚州市"},
		{"全市上下奋进,融入现代化成都都市圈,建设平安德阳,健康德阳,德阳市生产总值增长,德阳市投资增长,德阳市工业增长。", "德阳市"},
		// The government that presents the report names its level: 我代表县人民政府.
		{"现在,我代表县人民政府向大会报告工作。城固发展进程中极不平凡的一年,总量居全市前列,城固县经济增长,城固县财政增长,城固县投资增长。", "城固县"},
		// meta-59: the government that presents the report (我代表市人民政府)
		// says the level, whatever else the text names (全国全区, 龙潭临港产业园).
		{"现在,我代表市人民政府,向大会报告政府工作。全市各项事业全面进步,740多万玉林人民翘首以盼,玉林在全国全区的战略地位全面提升,龙潭临港产业园产值突破300亿元。", "玉林市"},
		// meta-60: a county's own statistics (全县前三季度, 全县第一产业) and
		// budget (安排全县…支出) are no ranking; a quoted 我代表市政府 without
		// the report to the congress decides nothing.
		{"全县前三季度经济运行平稳,全县第一产业增加值增长3%,全县规上工业增长5%,城固县生产总值居全市第3位。", "城固县"},
		{"城固县财政局:按照收支平衡的原则,安排全县一般公共预算总支出25亿元。", "城固县"},
		{"县委书记说,全县上下要落实好市长所说“我代表市政府感谢大家”的要求,全县经济增长,城固县投资增长。", "城固县"},
		{"现在,我谨代表区人民政府,向大会报告工作。在市委市政府领导下,荔湾区经济增长,荔湾区投资增长,荔湾区消费增长。", "荔湾区"},
		// meta-87: a county's own GDP by its short name (全年实现英山生产总值);
		// a short name the dictionary lacks, cut at both its edges; a
		// slogan on a county whose short name is one character (幸福泾县).
		{"县委、县政府带领全县人民苦干实干。全年实现英山生产总值534001万元。", "英山县"},
		{"2024年是莲都奋力加快跨越式高质量发展之年。在区委的坚强领导下，区政府牢牢把握工作总基调。", "莲都区"},
		{"1.四个泾县:活力泾县、品质泾县、魅力泾县、幸福泾县", "泾县"},
		{"全县上下，共建幸福和县城。", ""}, // 和县 run into a word (县城): no slogan
	}
	for _, tt := range tests {
		p, ok := g.ownPlace(tt.text)
		if got := map[bool]string{true: p.Name}[ok]; got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRunesAtEnds: the first and last n runes of a text, and no answer
// when it is shorter.
func TestRunesAtEnds(t *testing.T) {
	for _, c := range []struct {
		s, first, last string
		n              int
		ok             bool
	}{
		{"符合南岸", "符合", "南岸", 2, true},
		{"符合南岸", "符合南", "合南岸", 3, true},
		{"南岸", "", "", 3, false},
		{"", "", "", 2, false},
		{"a南岸", "a南岸", "a南岸", 3, true},
	} {
		if got, ok := firstRunes(c.s, c.n); ok != c.ok || ok && got != c.first {
			t.Errorf("firstRunes(%q, %d) = %q, %v", c.s, c.n, got, ok)
		}
		if got, ok := lastRunes(c.s, c.n); ok != c.ok || ok && got != c.last {
			t.Errorf("lastRunes(%q, %d) = %q, %v", c.s, c.n, got, ok)
		}
	}
}

// TestPlaceNamedThroughout checks the place of a report that names itself
// by its short name throughout: a county's, and (meta-61) a city's, whose
// own county-level cities it names often too but no other city as often.
func TestPlaceNamedThroughout(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	city := "各位代表：现在，我代表市人民政府，向大会报告工作。" +
		strings.Repeat("德阳经济稳中有进，德阳制造走向全国，", 10) +
		strings.Repeat("什邡市建设加快，什邡产业壮大，", 3) + "融入成都都市圈，成都德阳同城化。"
	county := "各位代表：现在，我代表县人民政府，向大会报告工作。全县上下团结奋进。" +
		strings.Repeat("清苑经济稳中有进，清苑人民生活改善，", 5) + "编纂《清苑县志》。"
	twoCities := "各位代表：现在，我代表市人民政府，向大会报告工作。全市上下团结奋进。" +
		strings.Repeat("德阳经济稳中有进，绵阳科技城建设加快，", 6) + "德阳市、绵阳市合作。"
	tests := []placeCase{
		{city, "德阳市"},
		{county, "清苑县"},
		{twoCities, ""}, // two cities named as often: neither
	}
	checkPlaceFound(t, g.placeNamedThroughout, tests)
}

// TestOnlyPlaceNamed: a text that names one place only, in full at least
// three times, is that place's; a second place, or fewer mentions, gives
// nothing (meta-182).
func TestOnlyPlaceNamed(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []placeCase{
		{"昆明市以政府工作报告为指引。2024年,昆明市取得了显著成效。展望2025年,昆明市将抓好以下工作。", "昆明市"},
		{"昆明市以政府工作报告为指引。2024年,昆明市取得了显著成效。", ""},                  // twice only
		{"昆明市以政府工作报告为指引。昆明市、曲靖市取得了显著成效。展望2025年,昆明市将抓好以下工作。", ""}, // a second place
		{"全年生产总值增长5%。一般公共预算收入增长3%。", ""},                         // no place
	}
	checkPlaceFound(t, g.onlyPlaceNamed, tests)
}

// TestDelegationCity: a county's delegation reviewing the city's report is
// of that city's congress where the text names the city too (meta-185).
func TestDelegationCity(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"天宁代表团热议市政府工作报告\n市长周伟作政府工作报告,勾勒了常州“十五五”发展蓝图。", "常州市"},
		{"天宁代表团热议市政府工作报告\n市长周伟作政府工作报告。", ""},           // its city not named
		{"天宁代表团参观展览\n勾勒了常州“十五五”发展蓝图。", ""},             // no review of the city's report
		{"溧阳代表团审议市政府工作报告\n常州市第十七届人民代表大会第五次会议。", "常州市"}, // a county-level city by its short name
	}
	checkPlaceFound(t, g.delegationCity, tests)
}

// placeCase is a text and the name of the place a finder should read in
// it ("" for none).
type placeCase = struct{ text, want string }

// checkPlaceFound runs find on each case's text and checks the place found.
func checkPlaceFound(t *testing.T, find func(string) (Place, bool), tests []placeCase) {
	t.Helper()
	for _, tt := range tests {
		p, ok := find(tt.text)
		if got := map[bool]string{true: p.Name}[ok]; got != tt.want {
			t.Errorf("%.30s…: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestOwnProvince: a province's own text names its province by the
// inspection speech it follows or by its slogans (meta-87).
func TestOwnProvince(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, want string
		speaks     bool
	}{
		{"全省经济稳步恢复，全面贯彻习近平总书记考察青海重要讲话精神。", "青海省", true},
		{"我代表省人民政府，向大会报告工作。围绕“坚持科学发展、构建和谐四川”的主题。", "四川省", true},
		{"我代表省人民政府，向大会报告工作。建设美丽福建，全省上下。", "福建省", true},
		{"全省上下，考察青海重要讲话精神，构建和谐四川”。", "", true}, // two provinces
		{"全省推进和谐四川建设。", "", true},              // 和谐 before a common word
		{"全县上下，贯彻考察青海重要讲话精神。", "青海省", false},   // a county's text
		// meta-89: a province's one-character name, its chart's caption.
		{"全省上下，深入贯彻习近平总书记来陕考察重要讲话精神。", "陕西省", true},
		{"全省上下。图1 2001-2007年浙江省生产总值及其增长速度", "浙江省", true},
		{"在市委的坚强领导下，全省第一，考察青海重要讲话精神。", "青海省", false},
	}
	for _, tt := range tests {
		p, ok := g.ownProvince(tt.text)
		if got := map[bool]string{true: p.Name}[ok]; got != tt.want {
			t.Errorf("ownProvince(%s) = %q, want %q", tt.text, got, tt.want)
		}
		if got := speaksAsProvince(tt.text); got != tt.speaks {
			t.Errorf("speaksAsProvince(%s) = %v, want %v", tt.text, got, tt.speaks)
		}
	}
}

// TestInspectedProvinceAndCity: the province whose instructions a local
// text follows, written without 的 or with 系列 (对湖南重要讲话, 对四川工作系列
// 重要指示), and the city named beside it (对江苏、苏州工作重要讲话) (meta-120).
func TestInspectedProvinceAndCity(t *testing.T) {
	g, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, province, city string }{
		{"深入贯彻习近平总书记对湖南重要讲话和指示批示精神", "湖南省", ""},
		{"全面落实习近平总书记对四川工作系列重要指示精神", "四川省", ""},
		{"深入贯彻习近平总书记对广东系列重要讲话精神", "广东省", ""},
		{"认真贯彻总书记对内蒙古重要指示精神", "内蒙古自治区", ""},
		{"深入贯彻习近平总书记对江苏、苏州工作重要讲话重要指示精神", "江苏省", "苏州市"},
		{"总书记对贵州、对遵义工作重要指示要求", "贵州省", "遵义市"},
		{"习近平总书记对四川及成都工作系列重要指示精神", "四川省", "成都市"},
		{"习近平总书记对浙江和宁波工作的重要指示精神", "浙江省", "宁波市"},
		{"習近平總書記對廣東、深圳系列重要講話", "", ""},                    // as written, unfolded: the caller folds
		{"总书记对江苏、南平工作重要讲话", "江苏省", ""},                    // no city of that province
		{"习近平总书记对教育工作的重要指示", "", ""},                      // no province
		{"习近平总书记对湖南重要讲话，对青海工作重要指示", "", ""},               // two provinces
		{"习近平总书记关于东北振兴和龙江发展的重要讲话", "", ""},                // no province named so
		{"深入贯彻习近平总书记视察广东重要讲话，对广东、广州系列重要讲话", "广东省", "广州市"}, // the same province twice
	}
	for _, tt := range tests {
		p, ok := g.inspectedProvince(tt.text)
		if got := map[bool]string{true: p.Name}[ok]; got != tt.province {
			t.Errorf("inspectedProvince(%s) = %q, want %q", tt.text, got, tt.province)
			continue
		}
		if !ok {
			continue
		}
		c, ok := g.inspectedCity(tt.text, p)
		if got := map[bool]string{true: c.Name}[ok]; got != tt.city {
			t.Errorf("inspectedCity(%s) = %q, want %q", tt.text, got, tt.city)
		}
	}
}

// TestNamesakeCounty tells a county that goes by its prefecture's short
// name (甘孜县) from one whose name only begins like it (连云区 of 连云港市).
func TestNamesakeCounty(t *testing.T) {
	for _, tt := range []struct {
		city, county string
		want         bool
	}{
		{"甘孜藏族自治州", "甘孜县", true},
		{"恩施土家族苗族自治州", "恩施市", true},
		{"和田地区", "和田县", true},
		{"连云港市", "连云区", false},
		{"防城港市", "防城区", false},
		{"杭州市", "淳安县", false},
	} {
		if got := namesakeCounty(Place{Code: "0000", Name: tt.city}, Place{Code: "000000", Name: tt.county}); got != tt.want {
			t.Errorf("namesakeCounty(%s, %s) = %v, want %v", tt.city, tt.county, got, tt.want)
		}
	}
}
