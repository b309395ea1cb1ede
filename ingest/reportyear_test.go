package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
)

// TestReportYear reads the year of reports that write no date from what
// their structure states, at every level: the year reviewed and the year
// planned, the five-year plan, the year just past; and leaves it empty
// where the text states none.
func TestReportYear(t *testing.T) {
	for _, tt := range reportYearCases {
		t.Run(tt.name, func(t *testing.T) {
			var lines []string
			for _, l := range strings.Split(tt.text, "\n") {
				lines = append(lines, foldForMetadata(l))
			}
			y, src := reportYear(lines)
			if y != tt.year || src != tt.src {
				t.Errorf("reportYear = %d (%q), want %d (%q)", y, src, tt.year, tt.src)
			}
		})
	}
}

// reportYearCases are texts without a date and the year a reader gives
// each, with where it comes from.
var reportYearCases = []struct {
	name, text string
	year       int
	src        string
}{
	{"national: review heading and plan heading",
		"各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2018年工作回顾\n过去一年是本届政府依法履职第一年。\n二、2019年经济社会发展总体要求和政策取向\n",
		2019, srcReviewPlan},
	{"national: full-width review year only",
		"各位代表：\n现在，我代表国务院向大会作政府工作报告。\n一、１９９１年国内工作的回顾\n二、抓紧有利时机，加快经济发展\n",
		1992, srcReviewPlan},
	{"national: review and plan in one heading",
		"各位代表：\n一、1998年工作回顾和1999年工作的总体要求\n二、继续扩大内需\n",
		1999, srcReviewPlan},
	{"national: first report on the year past, as a standalone line",
		"各位代表：\n现在，我代表国务院向大会作政府工作报告。\n首先报告２００１年的工作\n去年，我们隆重庆祝了建党80周年。\n",
		2002, srcReviewPlan},
	{"national: review without a year, plan with one",
		"各位代表：\n一、一年来工作回顾\n过去的一年，是非同寻常的一年。\n二、2004年主要任务\n",
		2004, srcReviewPlan},
	{"national: a page saved twice repeats its review heading",
		"各位代表：\n一、2006年工作回顾\n过去的一年，我们取得了新成就。\n二、2007年工作总体部署\n各位代表：\n一、2006年工作回顾\n",
		2007, srcReviewPlan},
	{"a plan heading without a review says nothing",
		"关于印发重点工作的通知\n一、2023年重点工作\n二、保障措施\n",
		0, ""},
	{"national: review and plan years disagree, so neither",
		"各位代表：\n一、2018年工作回顾\n二、2020年经济社会发展总体要求\n",
		0, ""},
	{"national: review of a five-year plan period",
		"各位代表：\n一、“十一五”时期国民经济和社会发展的回顾\n二、“十二五”时期的主要目标和任务\n三、2011年的工作\n",
		2011, srcFiveYear},
	{"national: this year's place in the plan",
		"各位代表：\n今年是实行“七五”计划的头一年。做好今年的改革和建设工作，具有极为重要的意义。\n",
		1986, srcFiveYear},
	{"the plan and 最后一年 in different clauses say nothing",
		"各位代表：\n今年是“十二五”时期承前启后的重要一年，也是本届政府任期的最后一年。\n",
		0, ""},
	{"national: the year just past",
		"各位代表：\n刚刚过去的１９８４年，是我国各族人民取得伟大成就的一年。\n",
		1985, srcReviewPlan},
	{"national: the year named as this year",
		"各位代表：\n２００２年是我们党和国家发展史上非常重要的一年。做好今年各项工作，具有十分重要的意义。\n",
		2002, srcReviewPlan},
	{"provincial: review and plan headings",
		"各位代表：\n现在，我代表省人民政府，向大会报告政府工作，请予审议。\n一、2025年工作回顾\n过去一年，全省经济稳中有进。\n二、2026年工作安排\n今年是“十五五”开局之年。\n",
		2026, srcReviewPlan},
	{"provincial: five-year review before the plan period",
		"各位代表：\n一、“十四五”时期发展成就\n二、“十五五”时期的主要目标任务\n",
		2026, srcFiveYear},
	{"county: this year opens the plan",
		"各位代表：\n现在，我代表县人民政府，向大会报告工作。\n今年是实施“十四五”规划的开局之年，做好今年工作意义重大。\n",
		2021, srcFiveYear},
	{"county: district review with the year",
		"各位代表：\n一、2022年工作回顾\n全区地区生产总值增长5%，2021年以来累计投资100亿元。\n二、2023年重点工作\n",
		2023, srcReviewPlan},
	{"national: five-year review naming its years",
		"各位代表：\n一、过去五年（2013—2017年）工作回顾\n五年来，我们砥砺前行。\n二、对政府工作的建议\n",
		2018, srcReviewPlan},
	{"provincial: plan heading with 的",
		"各位代表：\n一、过去一年工作回顾\n二、2026年的主要任务\n",
		2026, srcReviewPlan},
	{"national: the year past opens the report",
		"各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、当前国内形势和基本任务\n１９８６年是开始执行第七个五年计划并取得显著成就的一年，是我国各族人民团结奋斗的一年。\n",
		1987, srcReviewPlan},
	{"national: this year's section opens on its year",
		"各位代表：\n一、去年工作回顾\n过去的一年，我们战胜了重重困难。\n二、今年主要任务\n2006年是实施“十一五”规划的第一年，改革发展稳定的任务十分繁重。\n",
		2006, srcReviewPlan},
	{"provincial: the year past closes a plan, headings without years",
		"各位代表！\n一、一年接着一年干，新建设持续取得新进展\n2025年是“十四五”收官之年。一年来，我们坚持稳中求进。\n二、一张蓝图绘到底\n",
		0, ""},
	{"county: a year that opened the plan, reviewed the year after",
		"各位代表：\n2021年是“十四五”开局之年，也是极不平凡的一年。\n",
		0, ""},
	{"a year just past is not this year",
		"各位代表：\n2020年是极不平凡的一年。今年是“十四五”规划实施的起步之年，做好工作意义重大。\n",
		2021, srcFiveYear},
	{"a year named in review, this year not named",
		"各位代表：\n2020年是极不平凡的一年。面对严峻复杂的形势，今年我们要继续努力。\n",
		0, ""},
	{"figures in the body are not the year",
		"各位代表：\n全区地区生产总值比2019年增长12%，预计2025年达到500亿元。\n一、主要工作\n",
		0, ""},
}

// TestUndatedNationalReports parses national reports that begin at 各位代表
// with no title, date or session line, as the Wikisource copies do.
func TestUndatedNationalReports(t *testing.T) {
	tests := []struct {
		name, text, title, docType string
		year                       int
		yearSrc                    string
	}{
		{"traditional script: the session the speaker is at",
			"各位代表：\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n並進行了三天的討論以後，通過了憲法。現在，我代表中央人民政府作工作報告。\n",
			"政府工作报告", "政府工作报告", 1954, srcSession},
		{"a congress without its session is its first",
			"各位代表！\n根据中共中央的决定，我代表国务院，向第四届全国人民代表大会作政府工作报告。\n",
			"政府工作报告", "政府工作报告", 1975, srcSession},
		{"last year's session",
			"各位代表：\n我代表国务院向大会作政府工作报告，请予审议。\n去年举行的六届人大一次会议曾经指出思想文化领域要批评资产阶级自由化倾向。\n",
			"政府工作报告", "政府工作报告", 1984, srcSession},
		{"the term of the last congress",
			"各位代表！\n我代表国务院，向大会作政府工作报告，请予审议。\n第六届全国人民代表大会期间，国务院认真执行全国人民代表大会的各项决议。\n",
			"政府工作报告", "政府工作报告", 1988, srcSession},
		{"the plan report names its plan year",
			"各位代表：\n我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n一、国民经济取得了新的进展\n",
			"政府工作报告", "政府工作报告", 1980, srcReviewPlan},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseText(t, tt.text)
			d := p.Document
			if d.Title != tt.title || d.DocType != tt.docType || int(d.Year) != tt.year || d.MetaSource["year"] != tt.yearSrc || d.Level != govsearch.LevelNational || d.Date != "" {
				t.Errorf("got title %q, type %q, year %d (%q), level %q, date %q; want %q, %q, %d (%q), national, no date",
					d.Title, d.DocType, d.Year, d.MetaSource["year"], d.Level, d.Date, tt.title, tt.docType, tt.year, tt.yearSrc)
			}
		})
	}
}

// parseText parses text written to a file of its own.
func parseText(t *testing.T, text string) *Parsed {
	t.Helper()
	path := filepath.Join(t.TempDir(), "r.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestLocalSessionYear reads a local report's year from the year its text
// gives for another session of the same congress, and nothing else.
func TestLocalSessionYear(t *testing.T) {
	open := []string{"——在XX区第十七届人民代表大会第五次会议上"}
	tests := []struct {
		name  string
		open  []string
		lines []string
		want  int
	}{
		{"first session dated", open, []string{"2017年1月召开的区第十七届人民代表大会第一次会议确定了本届政府的目标。"}, 2021},
		{"short form", open, []string{"2019年区十七届人大三次会议以来，我们坚持稳中求进。"}, 2021},
		{"later session dated", []string{"在县第十六届人民代表大会第二次会议上"}, []string{"2019年县十六届人大四次会议将审议五年规划。"}, 2017},
		{"another congress", open, []string{"2012年区第十六届人民代表大会第一次会议以来"}, 0},
		{"no year given", open, []string{"区第十七届人民代表大会第一次会议确定了目标。"}, 0},
		{"a standing committee", open, []string{"2020年区人大常委会第十七次会议审议了报告。"}, 0},
		{"no session of its own", []string{"各位代表："}, []string{"2017年1月召开的区第十七届人民代表大会第一次会议"}, 0},
		{"national congress", []string{"在第十三届全国人民代表大会第五次会议上"}, []string{"2018年第十三届全国人民代表大会第一次会议"}, 0},
	}
	for _, tt := range tests {
		if got := localSessionYear(tt.open, tt.lines); got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestYearNumber: a year in digits, in numerals, or in both mixed as some
// pages type it (二00七).
func TestYearNumber(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"2007", 2007}, {"二〇〇七", 2007}, {"二○二一", 2021}, {"二00七", 2007}, {"二O 二一", 2021},
	} {
		if got := yearNumber(tt.in); got != tt.want {
			t.Errorf("yearNumber(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestMixedNumeralDates: numerals with digits mixed in a date (二00八年一月十五日,
// 二0一0年三月) read as the date (meta-91).
func TestMixedNumeralDates(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"——二00八年一月十五日在睢宁县", "——2008年1月15日在睢宁县"},
		{"二〇一八年三月五日", "2018年3月5日"},
	} {
		if got := chineseNumeralsToDigits(tt.in); got != tt.want {
			t.Errorf("chineseNumeralsToDigits(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := chineseMonthToDigits("（二0一0年三月）"); got != "（2010年3月）" {
		t.Errorf("chineseMonthToDigits = %q", got)
	}
}

// TestStoryYearPlanned reads the year of a story of a congress's session
// dated by its day alone from the years of the reports it tells of, and
// leaves it empty where they state no year planned, where the month does
// not tell which side of the new year the session met, or where no session
// is its subject; and the year of a story on a work report's drafting.
func TestStoryYearPlanned(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		year       int
	}{
		{"review then plan", "1月10日下午,适中乡第十九届人民代表大会第二次会议隆重开幕。\n会议听取了代理乡长冯吉洁作的政府工作报告,报告对2022年乡政府工作作了回顾,并对2023年工作作出具体部署和安排。", 2023},
		{"year was reviewed", "1月24日,合阳县路井镇第十九届人民代表大会第三次会议开幕。\n史拯华:“2018年是我镇发展历程中十分重要的一年,一年来,在县委的正确领导下…", 2019},
		{"execution then draft", "中新社石家庄一月十二日电 河北省第十一届人民代表大会第三次会议今日开幕。会议审议关于河北省2009年省本级预算执行情况和2010年省本级预算草案的报告。", 2010},
		{"targets in Chinese numerals", "中新社乌鲁木齐一月八日电(记者程勇)八日上午,新疆维吾尔自治区第十届人民代表大会第二次会议开幕。\n《报告》称,二00四年新疆宏观调控的主要预期目标是:国内生产总值增长百分之九。", 2004},
		{"work of the year reviewed", "东北网1月10日讯(记者 印蕾) 1月10日,出席省十一届人大七次会议的各代表团分组审议省政府工作报告。\n代表们在回顾省政府2011年工作时纷纷表示,去年全省经济社会快速发展。", 2012},
		{"the report tells a year's results after a comma", "1月10日,某县第十九届人民代表大会第三次会议开幕。\n报告指出,2018年,全县经济社会发展取得显著成效。", 2019},
		{"努力 before the results is no target", "1月10日,某县第十九届人民代表大会第三次会议开幕。\n报告指出,2018年全县上下努力拼搏取得显著成效。", 2019},
		{"the report's own year is no year reviewed", "1月10日,某县第十九届人民代表大会第三次会议开幕。\n报告指出,2023年是全面贯彻党的二十大精神的开局之年,做好今年工作,对于实现目标意义重大。", 0},
		{"the year planned is no review", "1月24日,某县第十九届人民代表大会第三次会议开幕。\n报告指出,2019年是新中国成立70周年,是决胜全面建成小康社会的关键之年。", 0},
		{"a story of December: the session meets in the year reviewed", "12月20日,某镇第十九届人民代表大会第三次会议开幕。\n报告对2022年工作作了回顾,并对2023年工作作出具体部署。", 2022},
		{"a story of December, one year planned", "12月20日,某镇第十九届人民代表大会第三次会议开幕。\n代表们说,刚刚过去的2022年,全镇经济平稳运行。", 0},
		{"a session put off to May", "不辱使命、不负重托,全体人大代表、政协委员以高度的政治责任感和历史使命感,积极建言献策、依法履行职责,经过共同努力,睢阳区五届人大四次会议和政协五届四次会议于5月18日下午圆满完成各项议程胜利闭幕。\n会议审议并通过《睢阳区人民政府工作报告》《睢阳区2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划(草案)的报告》。", 2020},
		{"a township's session in April sets out the year's work", "4月9日至10日,湾桥镇召开第四届人民代表大会第三次会议,听取审议湾桥镇政府工作报告和镇人大主席团工作报告,安排部署2019年工作任务。", 2019},
		{"a standing committee's meeting in July", "7月28日,某县第十九届人大常委会第二十次会议召开。\n会议听取了关于2022年预算执行情况和2023年预算草案的报告的审议意见落实情况。", 0},
		{"a year's work report drafted in December", "12月27日上午,我县召开2022年《政府工作报告》征求意见座谈会。县委常委、常务副县长陈楚参加会议。", 2021},
		{"a year's work report's outline heard in November", "11月25日,州长李飞跃主持召开第十二届州人民政府第45次常务会议。会议听取了《2012年政府工作报告》起草提纲汇报。", 2011},
		{"a work report drafted in June: no year told", "6月5日,我县召开2022年《政府工作报告》征求意见座谈会。", 0},
		{"years not in sequence", "1月10日,某乡第十九届人民代表大会第二次会议开幕。\n报告对2020年工作作了回顾,并对2023年工作作出部署。", 0},
		{"day of the month alone, a pair of years", "刚刚过去的2015年,我省消费了多少钱?28日,省十二届人大五次会议书面审查的《关于黑龙江省2015年预算执行情况和2016年预算草案的报告》显示,全省一般公共预算收入下降10.4%。", 2016},
		{"day of the month alone, one year", "28日,省十二届人大五次会议开幕。\n代表们说,刚刚过去的2015年,全省经济平稳运行。", 0},
		{"the year's sessions the story is filed under", "聚焦2023内蒙古两会 | 这五年,内蒙古凝心聚力推动各项事业发展\n人民网呼和浩特1月12日电 (张聿修)1月12日上午,内蒙古自治区十四届人大一次会议在呼和浩特市开幕。", 2023},
		{"a time since a year's sessions", "人民网1月12日电 1月12日上午,自治区十四届人大一次会议开幕。\n代表们说,2022年两会以来,全区经济平稳运行。", 0},
		{"last year's targets reviewed", "人民网1月12日电 1月12日上午,自治区十四届人大一次会议开幕。\n报告说,2022年主要预期目标全面完成。", 0},
		{"a year's targets to be reached by a plan's end", "1月10日,某县第十届人民代表大会第二次会议开幕。\n报告提出,到2025年全县经济社会发展主要预期目标是:地区生产总值年均增长6%。", 0},
		{"a year's sessions where something was said", "1月12日,某县第十届人民代表大会第二次会议开幕。\n代表们说,在2022年两会上提出的建议已全部办结。", 0},
		{"day of the month alone, a standing committee", "刚刚过去的2015年,我省消费了多少钱?28日,省十二届人大常委会第二十次会议审查的《关于黑龙江省2015年预算执行情况和2016年预算草案的报告》显示…", 0},
		{"day of the month alone, a meeting of deputies", "据悉,28日,县人大代表工作会议召开。会议学习了《关于2015年预算执行情况和2016年预算草案的报告》。", 0},
		{"a December session after a kicker, reviewing its year", "奋楫扬帆正当时,蓄势待发启新程。12月26日上午,华容区第九届人民代表大会第四次会议在区图书馆报告大厅开幕。\n报告从十个方面回顾了2024年政府工作。", 2024},
		{"a lead on 元月", "元月10日上午,某乡第十九届人民代表大会第二次会议隆重开幕。\n会议听取了政府工作报告,报告对2022年乡政府工作作了回顾,并对2023年工作作出具体部署。", 2023},
		{"a lead in Chinese numerals", "一月十日,某乡第十九届人民代表大会第二次会议隆重开幕。\n报告对2022年乡政府工作作了回顾,并对2023年工作作出具体部署。", 2023},
		{"a standing committee in July hears the half year's reports", "7月29日至30日,市一届人大常委会举行第32次会议。市人大常委会主任主持会议。\n会议审议通过了市人民政府关于雅安市2005年上半年国民经济和社会发展计划执行情况的报告。", 2005},
		{"a meeting in May on the half year to come: no year told", "5月29日,市一届人大常委会举行第30次会议。\n会议听取了关于确保2005年上半年目标完成的报告。", 0},
		{"the dispatch alone on its line over the lead", "中广网合肥1月14日消息\n据安徽台报道,今天上午,肥西县第十六届人民代表大会第三次会议开幕。\n报告指出,刚刚过去的2010年,全县经济平稳运行。", 2011},
		{"a deputies' training meeting in July with a half year's estimate", "7月25日上午,全县人大代表履职培训会议在县会议中心召开。\n会议通报,初步核算,2023年上半年全县地区生产总值增长5%。", 0},
		{"a session in July with a half year's estimate: the half year's", "7月25日上午,某县第十八届人民代表大会第四次会议在县会议中心召开。\n会议通报,初步核算,2023年上半年全县地区生产总值增长5%。", 2023},
		{"a township's session in August hearing a half year's report", "今日竹山网消息 8月2日,擂鼓镇召开第十一届人民代表大会第六次会议。会议听取了《擂鼓镇2024年上半年政府工作报告》。", 2024},
		{"a delegation reviewing the reports by the session's agenda", "1月14日,根据大会日程安排,陵水代表团召开会议审查关于海南省2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告。", 2023},
		{"the report's parts with a long one between", "1月16日上午,荆门市第十届人民代表大会第五次会议在荆门剧院开幕。\n报告分四个部分:“十四五”时期和2025年工作回顾;“十五五”时期经济社会发展主要目标任务;2026年工作安排;全面提升政府履职水平。", 2026},
		{"no session", "1月10日,某乡召开经济工作会议。\n会议对2022年工作作了回顾,并对2023年工作作出具体部署。", 0},
		{"the report's parts with one between", "2月18日,某区第七届人民代表大会第三次会议隆重开幕。\n报告共分2021年工作回顾、挑战机遇和发展目标、2022年工作安排三个部分。", 2022},
		{"the report's parts in quotes", "某区外宣办1月9日讯(刘可)9日上午,某区第八届人民代表大会第三次会议开幕。\n报告分“2018年区政府工作回顾”“2019年的奋斗目标和主要任务”“全面加强区政府自身建设”三个部分。", 2019},
		{"the report's parts out of sequence", "2月18日,某区第七届人民代表大会第三次会议隆重开幕。\n报告共分2021年工作回顾、挑战机遇和发展目标、2023年工作安排三个部分。", 0},
		{"a lead with the hour", "3月1日上午8时30分,某区第十届人民代表大会第四次会议隆重开幕。\n大会审查了《某区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划(草案)的报告》。", 2019},
		{"a report read at a session, the headline naming the year's report", "报告解读①实干笃行书答卷 快马加鞭启新章——2026年市政府工作报告解读\n茂岩\n2月4日,在市十三届人大七次会议第一次全体会议上,市长王雄飞代表市政府向大会作了政府工作报告。", 2026},
		{"a year's work report named in a sentence is no headline", "2月4日,在市十三届人大七次会议第一次全体会议上,市长代表市政府作了报告。会上,代表们回忆起2019年政府工作报告提出的目标。", 0},
		{"an editor's note on a session put off to May, the year's sessions column", "【编者按】5月28日,某区第十六届人民代表大会第四次会议如期而至,区长向大会做政府工作报告。即日起,某网推出2020年某区两会专栏。", 2020},
		{"a year's results and the next year's tasks", "1月14日上午,湖南省十四届人大三次会议开幕,省长代表湖南省人民政府向大会作政府工作报告。报告里提到的2024年成绩和2025年任务目标落实在了一个个具体名字上。", 2025},
		{"the report's parts a semicolon apart", "1月25日上午,北海市第十六届人民代表大会第二次会议在市委党校隆重开幕。\n报告共分三部分:2021年工作回顾;2022年工作安排;加强政府自身建设。", 2022},
		{"a communiqué's press conference after the dispatch's day", "人民网海南视窗海口1月24日电(记者 冯星)1月24日下午,海南省人民政府召开了2013年国民经济和社会发展统计公报新闻发布会。", 2014},
		{"a communiqué released in the autumn: no year told", "人民网海口10月24日电 10月24日下午,海南省统计局发布了2013年国民经济和社会发展统计公报。", 0},
		{"what the report says is to be done in a year", "1月15日上午,北京市第十六届人民代表大会第一次会议开幕,北京市代市长殷勇作政府工作报告。\n报告提出,2023年要重点做好十二个方面的工作。", 2023},
		{"a meeting on deputies' suggestions made at a session", "8月20日,县政府召开专题会议,研究办理在县十八届人大三次会议上代表提出的建议。\n会议要求,各承办单位要对照2023年政府工作报告,逐项抓好落实。", 0},
		{"a kicker with a figure before a day's lead", "决胜2020,奋力谱新篇。1月8日上午,城关镇第十八届人民代表大会第五次会议开幕。报告回顾了2019年政府工作,并对2020年工作作出部署。", 2020},
		{"a half year's report and a target's half year", "8月2日,擂鼓镇召开第十一届人民代表大会第六次会议。会议听取了《擂鼓镇2024年上半年政府工作报告》,力争2025年上半年完成项目建设。", 2024},
		{"a review of a year before an older pair of years", "1月10日,城关镇第十八届人民代表大会第三次会议开幕。报告回顾了2009年政府工作。去年同期,大会曾审议2008年财政预算执行情况和2009年财政预算草案。", 2010},
		{"a review joined to a plan (2023年工作回顾和2024年工作安排)", "今日竹山网消息 1月5日,竹山县第十届人民代表大会第四次会议开幕。会议听取了2023年工作回顾和2024年工作安排。", 2024},
		{"a session in May with no year told", "【编者按】5月28日,某区第十六届人民代表大会第四次会议如期而至,区长向大会做政府工作报告。", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := &metadataReader{}
			for _, l := range strings.Split(tt.text, "\n") {
				m.open = append(m.open, foldForMetadata(l))
			}
			if y, _ := m.dispatchSessionYear(); y != tt.year {
				t.Errorf("dispatchSessionYear = %d, want %d", y, tt.year)
			}
		})
	}
}
