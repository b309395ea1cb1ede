package ingest

import (
	"testing"

	"github.com/govsearch/govsearch"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want govsearch.Date
	}{
		{"2021年1月15日", "2021-01-15"},
		{"——2021年12月12日在和平区第十八届人民代表大会", "2021-12-12"},
		{"2021-01-22 15:09:23", "2021-01-22"},
		{"发布日期:2022-01-07", "2022-01-07"},
		{"2021/4/12", "2021-04-12"},
		{"二〇二一年一月十五日", "2021-01-15"},
		{"二○二一年十二月三十一日", "2021-12-31"},
		{"二〇二〇年十月二十日", "2020-10-20"},
		{"2021年2月30日", ""},
		{"2021年13月1日", ""},
		{"十四五时期", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := ParseDate(tt.in); got != tt.want {
			t.Errorf("ParseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDamagedDate(t *testing.T) {
	tests := []struct {
		in            string
		after, before govsearch.Date
		want          govsearch.Date
	}{
		// 2021121日印发: 2021-1-21 or 2021-12-1; the page was published on
		// 2021-01-22, so only 1月21日 fits.
		{"天津市南开区人民政府办公室 2021121日印发", "2021-01-15", "2021-01-22", "2021-01-21"},
		{"2021121日印发", "", "", ""}, // ambiguous without bounds: no guess
		{"2021315日印发", "", "", "2021-03-15"},
		{"没有日期", "", "", ""},
	}
	for _, tt := range tests {
		if got := ParseDamagedDate(tt.in, tt.after, tt.before); got != tt.want {
			t.Errorf("ParseDamagedDate(%q, %q, %q) = %q, want %q", tt.in, tt.after, tt.before, got, tt.want)
		}
	}
}

func TestParseDocNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"发文字号:和平政〔2021〕4号主  题 :综合政务", "和平政〔2021〕4号"},
		{"津政发[2020]12号", "津政发〔2020〕12号"},
		{"国发（2019）3号", "国发〔2019〕3号"},
		{"南开政办发〔20211", "南开政办发〔2021〕1号"},
		{"第十四个五年规划", ""},
	}
	for _, tt := range tests {
		if got := ParseDocNumber(tt.in); got != tt.want {
			t.Errorf("ParseDocNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClassifyDocType(t *testing.T) {
	tests := []struct{ title, want string }{
		{"和平区人民政府工作报告", "政府工作报告"},
		{"关于和平区2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划的报告", "国民经济和社会发展计划报告"},
		{"和平区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "五年规划纲要"},
		{"关于2021年预算执行情况和2022年预算草案的报告", "预算报告"},
		{"2021年和平区国民经济和社会发展统计公报", "统计公报"},
		{"关于加强安全生产的通知", "其他"},
		{"金乡县人民政府关于下达金乡县2021年国民经济和社会发展计划的通知", "国民经济和社会发展计划报告"},
		{"《湖南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》正式发布", "其他"},
		{"《和平区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（草案）", "五年规划纲要"},
		{"县人大调研临沭县上半年国民经济和社会发展计划执行情况", "其他"},
		{"苍梧县2024年政府工作报告出炉", "其他"},
		{"2017年中央和地方预算报告", "预算报告"},
		{"泉州市泉港区人民政府关于提请审议2023年泉港区财政收支决算草案的议案", "预算报告"},
		{"某县人民政府关于提请审议2021年国民经济和社会发展计划草案的议案", "国民经济和社会发展计划报告"},
		{"关于提请审议某县人大代表资格的议案", "其他"},
		{"省人大常委会审议2023年预算报告", "其他"},
		{"苍梧县十四五规划纲要正式印发", "其他"},
		{"苍梧县2023年统计公报发布", "其他"},
		{"聚焦2024苍梧县政府工作报告", "其他"},
		{"一图读懂2024年苍梧县政府工作报告", "其他"},
		{"2024年苍梧县政府工作报告全文发布", "政府工作报告"},
		{"2023年大武口区预算调整方案", "预算报告"},
		{"关于2023年县级财政预算调整方案(草案)", "预算报告"},
		{"大武口区疫情防控工作方案", "其他"},
		{"重庆市交通委员会2018年部门预算情况说明", "预算报告"}, // a department's budget as published
		// A department's or a government's budget titled by its year
		// (meta-289), not a story's headline ending on the year's budget, nor
		// a finance bureau's instructions for compiling the departments'.
		{"潘集区政府办2020年预算", "预算报告"},
		{"泗县2024年预算", "预算报告"},
		{"2024年部门预算", "预算报告"},
		{"利辛县2024年县级预算编制说明", "预算报告"},
		{"宿州市2024年市本级预算编报说明", "预算报告"},
		{"县财政局多措并举科学编制2025年预算", "其他"},
		{"县十八届人大四次会议表决通过2024年预算", "其他"},
		{"灵璧县全力以赴编好2025年预算", "其他"},
		{"2025年市级部门预算编制说明", "其他"},
		{"关于印发《2025年自治区本级部门预算编制说明》的通知", "其他"},
		{"2025年市直部门预算编制说明", "其他"},
		{"金华市财政局2025年市级部门预算编制说明", "其他"},
		{"中共宁国市委宣传部2024年部门预算", "预算报告"},
		{"泾县妇女联合会2024年部门预算", "预算报告"},
		{"区财政局多措并举科学编制全区2025年预算", "其他"},
		{"岩寺镇人大审议通过镇2024年预算", "其他"},
		{"部门预算公开操作指引", "其他"},
		{"2024年预算说明会顺利召开", "其他"},
		{"城固县2024年老旧小区改造项目预算说明", "其他"},
		// The plan's completion and its targets' (meta-106: holdout321/f06,
		// holdout354/f07, holdout367/f06); a five-year 总体规划 (holdout368/f03).
		{"2022年温州市国民经济和社会发展计划完成情况", "国民经济和社会发展计划报告"},
		{"汕尾市城区2020年国民经济和社会发展计划主要指标完成情况", "国民经济和社会发展计划报告"},
		{"深圳市国民经济和社会发展第十一个五年总体规划", "五年规划纲要"},
		{"天水市人民政府关于印发天水市国民经济和社会发展第十四个五年规划和二〇三五", "五年规划纲要"}, // cut by its site (meta-110)
		{"天水市二〇三五", "其他"},
		{"2018年国民经济和社会发展计划安排", "国民经济和社会发展计划报告"}, // the plan itself (meta-113)
		{"2018年城市建设计划安排", "其他"},
		{"《岳阳县国民经济和社会发展第十三个五年规划纲要》中期评估及2018年上半年国民经济和社会发展计划执行情况的报告", "国民经济和社会发展计划报告"},
		{"《郑州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》实施中期评估报告", "其他"},
		{"《湖南省国民经济和社会发展计划》执行情况报告发布", "其他"},
		{"邹自景在广元市第七届人民代表大会第五次会议上所作工作报告摘要", "政府工作报告"},
		{"张三在市第十五届人民代表大会第三次会议上所作的常务委员会工作报告", "其他"},
		{"代县长冯玉全在平遥县第十七届人民代表大会第二次会议上作政府工作报告", "其他"}, // a caption: the opening decides
		{"深圳市城市总体规划", "其他"},
		{"2022年温州市重点建设项目计划完成情况", "其他"},
	}
	for _, tt := range tests {
		if got := ClassifyDocType(tt.title, ""); got != tt.want {
			t.Errorf("ClassifyDocType(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestLocate(t *testing.T) {
	gaz, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		c    Clues
		want place
	}{
		{"site code decides 和平区", Clues{Title: "和平区人民政府工作报告", Footer: "网站标识码:1201010001"}, place{"天津市", "天津市", "和平区"}},
		{"沈阳 in the text decides 和平区", Clues{Title: "和平区人民政府工作报告", Text: "沈阳市委、市政府的坚强领导下，全面振兴沈阳"}, place{"辽宁省", "沈阳市", "和平区"}},
		{"天津 in the text decides 和平区", Clues{Title: "和平区人民政府工作报告", Text: "深入贯彻习近平总书记对天津工作提出的要求"}, place{"天津市", "天津市", "和平区"}},
		{"ICP number decides 河东区", Clues{Title: "河东区政府工作报告", Footer: "鲁ICP备05000681号"}, place{"山东省", "临沂市", "河东区"}},
		{"临沂 in the text decides 河东区", Clues{Title: "2021年河东区政府工作报告", Text: "在临沂市委的领导下"}, place{"山东省", "临沂市", "河东区"}},
		{"no evidence: no guess", Clues{Title: "河东区政府工作报告"}, place{"", "", "河东区"}},
		{"unique county", Clues{Title: "武侯区人民政府工作报告"}, place{"四川省", "成都市", "武侯区"}},
		{"city-level document", Clues{Title: "成都市人民政府工作报告"}, place{"四川省", "成都市", ""}},
		{"municipality: a province-level report", Clues{Title: "天津市人民政府工作报告"}, place{"天津市", "", ""}},
		{"province", Clues{Title: "2026年安徽省政府工作报告"}, place{"安徽省", "", ""}},
		{"autonomous region", Clues{Title: "内蒙古自治区人民政府工作报告"}, place{"内蒙古自治区", "", ""}},
		{"national", Clues{Title: "政府工作报告", Issuer: "国务院", Country: true}, place{}},
		{"title with province, city and county", Clues{Title: "2015年四川省成都市武侯区政府工作报告"}, place{"四川省", "成都市", "武侯区"}},
		{"合作 is a word, not 合作市", Clues{Title: "关于加强区域合作的报告"}, place{}},
		{"普宁 is not a name by itself", Clues{Title: "普宁2021年工作报告"}, place{}},
		{"搬迁安置 is not 迁安市", Clues{Title: "关于搬迁安置工作的报告"}, place{}},
		{"居世界首位 is not 界首市", Clues{Title: "粮食产量居世界首位的报告"}, place{}},
		{"新城区 inside 创新城区 is no place", Clues{Title: "关于建设创新城区的报告"}, place{}},
		{"the full name of a county-level city", Clues{Title: "合作市人民政府工作报告"}, place{"甘肃省", "甘南藏族自治州", "合作市"}},
		{"a later statement names the district under the city", Clues{Sources: []Clue{{"title", "天津市政府工作报告", true}, {"meeting line", "和平区", true}}}, place{"天津市", "天津市", "和平区"}},
		{"county directly under a province", Clues{Title: "仙桃市人民政府工作报告"}, place{"湖北省", "", "仙桃市"}},
		{"a banner by its short name", Clues{Title: "关于科右中旗2022年国民经济和社会发展计划执行情况的报告"}, place{"内蒙古自治区", "兴安盟", "科尔沁右翼中旗"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := gaz.Locate(tt.c)
			if got := (place{l.Province, l.City, l.District}); got != tt.want {
				t.Errorf("Locate = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// place is the province, city and district of a Location.
type place struct{ province, city, district string }
