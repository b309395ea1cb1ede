package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// TestUnseenPageOpenings parses the openings of real pages this project had
// not seen when its rules were written (testdata/unseen, short excerpts;
// two are GBK), each of which the extractor got wrong, and checks the six
// fields a reader states for it.
func TestUnseenPageOpenings(t *testing.T) {
	for _, tt := range unseenOpenings {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "unseen", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			p, err := Parse(tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			d := p.Document
			got := readerWant{d.Title, d.Province, d.City, d.District, d.DocType, int(d.Year)}
			if got != tt.want {
				t.Errorf("%s:\ngot  %+v\nwant %+v\nsources %v", tt.why, got, tt.want, d.MetaSource)
			}
		})
	}
}

// readerWant is what a reader states of a page: its six fields.
type readerWant struct {
	title, province, city, district, docType string
	year                                     int
}

// unseenOpenings are the pages of testdata/unseen and what a reader states
// of each.
var unseenOpenings = []struct {
	file, why string
	want      readerWant
}{
	{"session_headline_day_lead.txt", "a congress session's headline over a lead that begins with the day",
		readerWant{"理县十三届人大二次会议开幕", "四川省", "阿坝藏族羌族自治州", "理县", "其他", 0}},
	{"session_headline_over_deck.txt", "a session's headline over a deck naming the report; a district named as the county it was",
		readerWant{"济阳县第十八届人民代表大会第二次会议隆重开幕", "山东省", "济南市", "济阳县", "其他", 0}},
	{"session_headline_over_caption.txt", "a province's session headline over the paper's name and a photo caption",
		readerWant{"省十二届人大一次会议隆重开幕", "湖北省", "", "", "其他", 0}},
	{"title_run_on_office_date.txt", "a title run on with its office and bracketed date on a page without line breaks",
		readerWant{"2021年紫云苗族布依族自治县国民经济和社会发展统计公报", "贵州省", "安顺市", "紫云苗族布依族自治县", "统计公报", 2022}},
	{"site_name_after_dash.txt", "a site's name joined to the title by a dash is not part of it",
		readerWant{"政府工作报告", "湖北省", "", "", "政府工作报告", 2013}},
	{"about_budget_title_broken.txt", "a 关于 title ending in 预算 at a line break goes on to 的报告",
		readerWant{"关于2020年琼中黎族苗族自治县和县本级财政预算执行情况及2021年琼中黎族苗族自治县和县本级财政预算的报告", "海南省", "", "琼中黎族苗族自治县", "预算报告", 0}},
	{"meeting_headline_province_short.txt", "a headline ending in the meeting it reports is news; a province's organs and its short name place it",
		readerWant{"省人大财经委召开1-7月国民经济和社会发展计划执行情况汇报会", "云南省", "", "", "其他", 0}},
	{"contents_in_table_cells.txt", "a table of contents in table cells, the text after the first entry's number",
		readerWant{"关于德安县2019年财政决算情况的报告", "江西省", "九江市", "德安县", "预算报告", 2020}},
	{"listing_over_own_title.txt", "the report's own title line over the site's listing, which adds the city",
		readerWant{"关于上杭县2022年财政预算执行情况与2023年财政预算草案的报告", "福建省", "龙岩市", "上杭县", "预算报告", 2022}},
	{"watermark_full_text.txt", "(全文), a province tag and a scraper's watermark are not the title; a site's date line is none",
		readerWant{"政府工作报告", "河北省", "保定市", "蠡县", "政府工作报告", 2017}},
	{"contents_first.txt", "a table of contents before the title does not end the opening",
		readerWant{"关于沙洋县2022年预算执行情况和2023年预算草案的报告", "湖北省", "荆门市", "沙洋县", "预算报告", 2022}},
	{"notice_of_plan.txt", "a notice issuing a plan keeps its name and the plan's type; the document number dates it",
		readerWant{"珠海市人民政府关于印发珠海市2018年国民经济和社会发展计划的通知", "广东省", "珠海市", "", "国民经济和社会发展计划报告", 2018}},
	{"notice_about_plan.txt", "a notice about a 纲要 is no 纲要; the number's year, not the repost's",
		readerWant{"南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知", "江苏省", "南京市", "", "其他", 2006}},
	{"stats_office_only.txt", "a communiqué whose only issuer line is the statistics office",
		readerWant{"", "贵州省", "六盘水市", "", "统计公报", 0}},
	{"stats_office_dated.txt", "a communiqué without its title, the office and the date under it",
		readerWant{"", "内蒙古自治区", "通辽市", "", "统计公报", 2018}},
	{"resolution_adopted.txt", "a resolution is placed by the congress that adopted it",
		readerWant{"", "内蒙古自治区", "鄂尔多斯市", "达拉特旗", "其他", 2021}},
	{"news_headline.txt", "a news page's headline over its source and date line",
		readerWant{"盐源县第十四届人民代表大会第一次会议隆重开幕", "四川省", "凉山彝族自治州", "盐源县", "其他", 2016}},
	{"news_captions.txt", "a story's caption saying the county head 作政府工作报告 is no report; the county's session places it",
		readerWant{"县长贾建刚向大会作政府工作报告", "陕西省", "商洛市", "镇安县", "其他", 0}},
	{"news_made_report.txt", "a headline that says someone 作政府工作报告 is news about the report",
		readerWant{"西安市十六届人大一次会议开幕上官吉庆作政府工作报告", "陕西省", "西安市", "", "其他", 2017}},
	{"date_on_url_line.txt", "a date on a line that starts with the page's address",
		readerWant{"我县召开《政府工作报告》征求意见会", "", "", "", "其他", 2013}},
	{"label_over_value.txt", "a header label whose value stands on the next line; 工作规则 is a title",
		readerWant{"镇巴县人民政府工作规则", "陕西省", "汉中市", "镇巴县", "其他", 2024}},
	{"navigation_words.txt", "words of navigation (搜索, 导航) do not start a title broken over lines",
		readerWant{"黎平县2018年国民经济和社会发展统计公报", "贵州省", "黔东南苗族侗族自治州", "黎平县", "统计公报", 2019}},
	{"page_number_one_line.txt", "a page number run onto the title of a report on one line",
		readerWant{"政府工作报告", "广东省", "深圳市", "盐田区", "政府工作报告", 2012}},
	{"title_broken_at_book_title.txt", "a title broken after a 《…》 is joined, not cut to its last line",
		readerWant{"重庆市人大常委会执法检查组关于检查《重庆市预算审查监督条例》实施情况的报告", "重庆市", "", "", "其他", 2019}},
	{"congress_heading.txt", "the congress heading its documents places a report whose meeting line lost its place and date",
		readerWant{"政府工作报告", "湖北省", "武汉市", "硚口区", "政府工作报告", 2015}},
	{"headline_quoting_report.txt", "a headline quoting 《政府工作报告》, dated by the date and source line under it",
		readerWant{"新华社受权播发《政府工作报告》", "", "", "", "其他", 2020}},
	{"headline_source_then_date.txt", "a headline over its source line and a bare date line",
		readerWant{"十三届全国人大三次会议开幕", "", "", "", "其他", 2020}},
	{"repost_date_over_published.txt", "a labelled publication date over the repost date at the top",
		readerWant{"2019年四川省国民经济和社会发展统计公报", "四川省", "", "", "统计公报", 2020}},
	{"resolution_second_plenary.txt", "a resolution adopted at a session's second plenary (…第九次会议第二次大会通过)",
		readerWant{"", "河南省", "许昌市", "", "其他", 2022}},
	{"table_of_fields.txt", "the page's table of fields names the document (文件名称 | …)",
		readerWant{"汉滨区2025年政府工作报告", "陕西省", "安康市", "汉滨区", "政府工作报告", 2025}},
	{"session_after_a_verb.txt", "the place right before a congress's ordinal names it whatever word precedes it (来到莱芜区第十九届…)",
		readerWant{"", "山东省", "济南市", "莱芜区", "其他", 0}},
	{"navigation_and_site_date.txt", "navigation and the site's name are no title; the site's date line dates the page",
		readerWant{"2021年三明市人民政府工作报告", "福建省", "三明市", "", "政府工作报告", 2021}},
	{"plan_submitted_with.txt", "the plan a city government submits with its report (连同《拉萨市…纲要》) names its place",
		readerWant{"政府工作报告", "西藏自治区", "拉萨市", "", "政府工作报告", 2016}},
	{"ruby_pinyin_traditional.txt", "a converter's pinyin readings (大會(huì )) are no part of the traditional text",
		readerWant{"政府工作报告", "西藏自治区", "", "", "政府工作报告", 2016}},
	{"title_over_contents.txt", "a white paper's title over its month in brackets, above a table of contents",
		readerWant{"西藏的发展与进步", "", "", "", "其他", 2013}},
	{"office_over_bracketed_date.txt", "an office over its bracketed date is the issuer of a communiqué, no headline",
		readerWant{"", "广西壮族自治区", "", "", "统计公报", 1991}},
	{"date_time_then_source.txt", "a date and time opening the line under a headline, whatever follows (| 来源：…)",
		readerWant{"贵州省第十二届人民代表大会第三次会议开幕", "贵州省", "", "", "其他", 2015}},
	{"day_month_year.txt", "a date written day first (27.01.2015  13:31) under a headline",
		readerWant{"贵州省第十二届人民代表大会第三次会议开幕", "贵州省", "", "", "其他", 2015}},
	{"stamp_after_label.txt", "a date with its clock time after another label (浏览字号： 2013年01月08日 14:28)",
		readerWant{"大庆市九届人大二次会议开幕", "黑龙江省", "大庆市", "", "其他", 2013}},
	{"venue_in_headline.txt", "the city a meeting is held in (在哈尔滨召开) is a venue, not the issuer",
		readerWant{"黑龙江省十二届人大常委会第十三次会议在哈尔滨召开", "黑龙江省", "", "", "其他", 2014}},
	{"headline_over_dateline.txt", "a headline over an agency's dateline (人民网银川12月28日电)",
		readerWant{"石嘴山市第十五届人民代表大会第一次会议开幕", "宁夏回族自治区", "石嘴山市", "", "其他", 0}},
	{"signature_over_spaced_title.txt", "a notice's signature and date are not joined onto the report's title under them",
		readerWant{"政府工作报告", "宁夏回族自治区", "中卫市", "中宁县", "政府工作报告", 2026}},
	{"title_label.txt", "a page's 标题： field is the title",
		readerWant{"关于琼海市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告", "海南省", "", "琼海市", "国民经济和社会发展计划报告", 2024}},
	{"navigation_over_spaced_title.txt", "navigation words over a letter-spaced title are not joined onto it",
		readerWant{"政府工作报告", "吉林省", "长春市", "", "政府工作报告", 2025}},
	{"title_run_on_traditional.txt", "a traditional-script title the text runs on from after a space",
		readerWant{"2023年江门市新会区国民经济和社会发展统计公报", "广东省", "江门市", "新会区", "统计公报", 0}},
	{"lead_organ.txt", "the organ a story's lead names first (9月28日，麦積區九屆人大常委會召開…)",
		readerWant{"", "甘肃省", "天水市", "麦积区", "其他", 0}},
	{"lead_official.txt", "the official a story's lead names first (張家川回族自治縣縣委副書記、縣長…)",
		readerWant{"", "甘肃省", "天水市", "张家川回族自治县", "其他", 0}},
	{"province_congress_lead.txt", "a story whose lead begins with the province's congress (1月27日上午，海南省第七屆人民代表大會…開幕)",
		readerWant{"", "海南省", "", "", "其他", 0}},
	{"reviewed_plan_place.txt", "a story placed by the plan it reviews (审议…关于麻城市2015年国民经济和社会发展计划执行情况…的报告); a contact line is no headline",
		readerWant{"", "湖北省", "黄冈市", "麻城市", "其他", 0}},
	{"congress_named_in_passing.txt", "a story placed by its city's congress named in passing (杭州市第十二届人民代表大会有关专门委员会)",
		readerWant{"", "浙江省", "杭州市", "", "其他", 0}},
	{"headline_quoting_budget.txt", "a headline quoting the budget report in 《》 is a story about it",
		readerWant{"《广州市2021年预算执行情况和2022年预算草案的报告》书面提请人大审查", "广东省", "广州市", "", "其他", 2022}},
	{"headline_plan_approved.txt", "a headline naming the plan after a body's act on it is a story; the plan reviewed places it",
		readerWant{"省十三届人大一次会议主席团通过本次大会计划预算审查委员会的审查结果报告建议大会批准2018年国民经济和社会发展计划草案", "山东省", "", "", "其他", 2018}},
	{"budget_presents_itself.txt", "a budget report without its title presents itself (受市人民政府委托，现将重庆市…预算草案的报告提请大会审查)",
		readerWant{"", "重庆市", "", "", "预算报告", 0}},
	{"run_together_meeting_date.txt", "a meeting date whose 年 and 月 were lost (20191224日在…会议上)",
		readerWant{"关于武昌区2019年财政预算执行情况和2020年财政预算草案的报告", "湖北省", "武汉市", "武昌区", "预算报告", 2019}},
	{"npc_session_lead.txt", "a story whose lead opens with the NPC session it reports is dated by the session table",
		readerWant{"", "", "", "", "其他", 2018}},
	{"site_name_over_date.txt", "the site's name between a headline and its date line; a date is never a title",
		readerWant{"十二届全国人大五次会议在京开幕", "", "", "", "其他", 2017}},
	{"bullet_fields.txt", "header fields in a bulleted list (· 发布时间：2023年01月16日) under the headline",
		readerWant{"县十七届人大二次会议隆重开幕", "云南省", "大理白族自治州", "洱源县", "其他", 2023}},
	{"date_time_then_source_joined.txt", "the date and time run onto the source label (2015-02-27 17:34:18来源：…)",
		readerWant{"资阳市三届人大五次会议27日开幕陈吉明作报告", "四川省", "资阳市", "", "其他", 2015}},
	{"title_date_source_tail.txt", "the page's date and source run onto the title line (…的報告 2016-02-02 來源:解放日報)",
		readerWant{"关于上海市2015年预算执行情况和2016年预算草案的报告", "上海市", "", "", "预算报告", 2016}},
	{"traditional_header_fields.txt", "header fields in traditional script (發布時間：2022-04-11 15:09信息來源：…)",
		readerWant{"辰溪县2021年国民经济和社会发展统计公报", "湖南省", "怀化市", "辰溪县", "统计公报", 2022}},
	{"menu_label_over_title.txt", "a menu's label (导航菜单) is no part of the title under it; a bracketed date is no part of a name",
		readerWant{"政府工作报告", "安徽省", "滁州市", "全椒县", "政府工作报告", 2021}},
	{"summary_dispatch.txt", "a dispatch giving a report's summary (《…预算草案的报告》。摘要如下) is that report; submitted to a session (提请十三届全国人大三次会议审查) it is dated by the session",
		readerWant{"", "", "", "", "预算报告", 2020}},
	{"verb_over_place_report.txt", "a headline about a place's work report (代表团热议甘区政府工作报告) is a story",
		readerWant{"辛寨子人大代表团热议甘区政府工作报告", "辽宁省", "大连市", "甘井子区", "其他", 2021}},
	{"province_session_story.txt", "a story whose headline is a province's session, its lead repeating the headline, is the province's",
		readerWant{"自治区十三届人大一次会议开幕", "新疆维吾尔自治区", "", "", "其他", 0}},
	{"date_field_without_colon.txt", "a page's 成文日期 written without a colon (成文日期 2023-09-28) dates it",
		readerWant{"重庆市渝中区人民政府关于2022年财政决算(草案)的报告", "重庆市", "重庆市", "渝中区", "预算报告", 2023}},
	{"date_field_in_cells.txt", "a 發文日期 in a table's cells (發文日期: | 2022-01-07 |) dates the page",
		readerWant{"关于《高青县2021年国民经济和社会发展计划执行情况与2022年计划(草案)》的解读", "山东省", "淄博市", "高青县", "其他", 2022}},
	{"session_lead_today.txt", "a story whose lead opens 今日上午9时, then the national session it reports",
		readerWant{"", "", "", "", "其他", 2014}},
	{"contents_under_title.txt", "a table of contents under the title is skipped to the meeting line below it (GBK)",
		readerWant{"关于澧县2018年预算执行情况与2019年预算(草案)的报告", "湖南省", "常德市", "澧县", "预算报告", 2019}},
	{"published_accounts_title.txt", "a title ending 决算公开说明 is whole: the part under it is not joined on (GBK)",
		readerWant{"留坝县2017年政府决算公开说明", "陕西省", "汉中市", "留坝县", "预算报告", 2018}},
	{"accounts_title_over_contents.txt", "a title ending 决算公开 over 目录 and its parts",
		readerWant{"2022年云溪区人民政府决算公开", "湖南省", "岳阳市", "云溪区", "预算报告", 2023}},
	{"doc_number_after_title.txt", "a bracketed document number and a date run onto the title are not part of it",
		readerWant{"山东省人民政府关于印发山东省国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知", "山东省", "", "", "五年规划纲要", 2021}},
	{"date_speaker_after_title.txt", "the date and speaker a site adds after the title in brackets",
		readerWant{"保定市政府工作报告", "河北省", "保定市", "", "政府工作报告", 2014}},
	{"site_link_over_meeting_line.txt", "a site's link (点击查阅更多…政府工作报告) is no title; the report says what it is (GBK)",
		readerWant{"政府工作报告", "四川省", "成都市", "", "政府工作报告", 2014}},
	{"review_result_report.txt", "a committee's 审查结果的报告 on a plan is no plan report",
		readerWant{"关于福建省2021年国民经济和社会发展计划执行情况及2022年国民经济和社会发展计划草案审查结果的报告", "福建省", "", "", "其他", 2022}},
	{"session_headline_under_captions.txt", "captions saying who opened the session and who made the report give way to the session's headline under them",
		readerWant{"济宁市第十六届人民代表大会第二次会议开幕", "山东省", "济宁市", "", "其他", 0}},
	{"province_session_lead_day_only.txt", "a story whose lead begins with the day alone (22日上午，) and the municipality's congress",
		readerWant{"", "北京市", "", "", "其他", 0}},
	{"own_county_short_name.txt", "a story that speaks as a county (县十四届人民代表大会, 我县) and names it only as 沈丘人民",
		readerWant{"", "河南省", "周口市", "沈丘县", "其他", 0}},
	{"own_district_in_policy_name.txt", "a district's plan report that names its district only in a policy it issued (GBK)",
		readerWant{"2015年国民经济和社会发展计划执行情况与2016年国民经济", "浙江省", "温州市", "洞头区", "国民经济和社会发展计划报告", 2016}},
	{"accounts_contents_unlabelled.txt", "contents without 目录 (the first entry repeated) and a session line without 在 (2024年11月27日县十八届人大常委会…)",
		readerWant{"2023年新邵县政府决算公开", "湖南省", "邵阳市", "新邵县", "预算报告", 2024}},
	{"notice_without_title.txt", "a notice without its title line that issues the 纲要 it names first (《…纲要》…现印发给你们)",
		readerWant{"", "辽宁省", "", "", "五年规划纲要", 2016}},
	{"session_lead_day_morning.txt", "a lead that opens 3月16日上午， then the national session it reports",
		readerWant{"", "", "", "", "其他", 2016}},
	{"title_run_on_source.txt", "a communiqué's title run on with its source and date on a page without line breaks",
		readerWant{"2015年上海市闵行区国民经济和社会发展统计公报", "上海市", "上海市", "闵行区", "统计公报", 2016}},
	{"headline_over_deck_slogan.txt", "a headline over its deck (…主持 …作政府工作报告 …等出席); a county-level city named only in its slogan (“三个嵊州”)",
		readerWant{"全力开启高水平“三个嵊州”建设新征程", "浙江省", "绍兴市", "嵊州市", "其他", 0}},
	{"session_headline_yesterday.txt", "a session headline ending 昨开幕; a city named only as 美丽莆田 (GBK)",
		readerWant{"市七届人大二次会议昨开幕", "福建省", "莆田市", "", "其他", 0}},
	{"own_city_in_slogan.txt", "a city's session story that names the city only in slogans (“五个新衡阳”, 衡阳篇章)",
		readerWant{"", "湖南省", "衡阳市", "", "其他", 0}},
	{"issue_month_under_office.txt", "a 纲要 dated by its office's year and month (西丰县发展和改革局 / 2015年12), not by the page's date",
		readerWant{"西丰县国民经济和社会发展第十三个五年规划纲要", "辽宁省", "铁岭市", "西丰县", "五年规划纲要", 2015}},
	{"deck_of_names.txt", "a deck of who attended, reported and chaired (王国和出席 金之镇作政府工作报告 马建新主持) is no title",
		readerWant{"自治州十六届人大一次会议开幕", "新疆维吾尔自治区", "昌吉回族自治州", "", "其他", 0}},
	{"original_title_label.txt", "a repost's 原标题： field is the title",
		readerWant{"省政府召开全体会议讨论政府工作报告", "陕西省", "", "", "其他", 0}},
	{"headline_over_site_date.txt", "the headline over the site's date line, not the session named in the deck under it",
		readerWant{"2019年陕西生产总值增长目标:7.5%至8%", "陕西省", "", "", "其他", 2019}},
	{"autonomous_prefecture_short.txt", "an autonomous prefecture named X自治州 (湘西自治州) (GBK)",
		readerWant{"湘西自治州2013年国民经济和社会发展统计公报", "湖南省", "湘西土家族苗族自治州", "", "统计公报", 0}},
	{"dash_list_fields.txt", "header fields written as a dashed list (- 标 题:【…】…解读《…纲要》); an interpretation is no 纲要",
		readerWant{"【主要负责人解读】安丘市发改局党组书记、局长李华锋解读《安丘市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》", "山东省", "潍坊市", "安丘市", "其他", 2021}},
	{"own_news_headline.txt", "a city site's headline that speaks as the city (我市印发实施…纲要) is news, not the 纲要 (GBK)",
		readerWant{"我市印发实施“十四五”规划和2035年远景目标纲要", "陕西省", "商洛市", "", "其他", 2021}},
	{"interpretation_title.txt", "a 纲要's 政策解读 is no 纲要",
		readerWant{"《登封市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》 政策解读", "河南省", "郑州市", "登封市", "其他", 2021}},
	{"own_title_over_wrapped_meeting.txt", "the report's own title over a meeting line wrapped over two lines, not the page's headline (海南藏族自治州 is no 海南省)",
		readerWant{"政府工作报告", "青海省", "海南藏族自治州", "", "政府工作报告", 2023}},
	{"contents_part_label.txt", "contents whose first entry (第一部分：关于…的报告) is the title of the text after them; 祁阳县 is 祁阳市 as it was (GBK)",
		readerWant{"关于祁阳县2019年财政决算(草案)的报告", "湖南省", "永州市", "祁阳县", "预算报告", 2020}},
	{"stats_date_digits_only.txt", "a communiqué's date under its office with 年, 月 and 日 lost (2019325) (GBK)",
		readerWant{"2018年重庆市九龙坡区国民经济和社会发展统计公报", "重庆市", "重庆市", "九龙坡区", "统计公报", 2019}},
	{"township_story_city_named.txt", "a township's session story belongs to the county-level city it names as its own (建好石首高质量发展南大门)",
		readerWant{"高基庙镇第十一届人民代表大会第三次会议召开", "湖北省", "荆州市", "石首市", "其他", 0}},
	{"headline_subtitle_time_joined.txt", "a headline with its subtitle after a dash, over a date whose time follows 日 without a space; 宁夏 names the region",
		readerWant{"锚定新目标奋力新作为——宁夏十二届人大五次会议开幕侧记", "宁夏回族自治区", "", "", "其他", 2022}},
	{"deck_rostrum.txt", "a deck of who sat on the rostrum, reported and chaired is no title",
		readerWant{"十二届全国人大三次会议在京开幕", "", "", "", "其他", 2015}},
	{"province_story_npc_deputies.txt", "a province's session story naming the NPC deputies who attended is the province's, not national (GBK)",
		readerWant{"安徽省第十二届人大七次会议开启新征程", "安徽省", "", "", "其他", 2017}},
	{"advertisement_over_title.txt", "an advertisement's lines over a title that opens with its year are no part of it",
		readerWant{"2019年政府工作报告", "江苏省", "苏州市", "", "政府工作报告", 2019}},
	{"issuer_about_title_three_lines.txt", "an issuer's 关于 title broken over three lines goes on past 预算 to 的报告",
		readerWant{"黔东南州人民政府关于2021年全州和州级财政决算及2022年上半年预算执行情况的报告", "贵州省", "黔东南苗族侗族自治州", "", "预算报告", 0}},
	{"notice_under_listing_title.txt", "a notice's issuer and 关于下达…的通知 under the page's listing title name the document; it issues the plan, so it is of the plan's type",
		readerWant{"金乡县人民政府关于下达金乡县2021年国民经济和社会发展计划的通知", "山东省", "济宁市", "金乡县", "国民经济和社会发展计划报告", 2021}},
	{"quoted_plan_published.txt", "a headline quoting a plan in 《》 and saying it was published is news, not the plan",
		readerWant{"《湖南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》正式发布", "湖南省", "", "", "其他", 2021}},
	{"organ_visits_plan_date_checker.txt", "a congress visiting to see how a plan is carried out is news; the page's date stands before 审核人",
		readerWant{"县人大调研临沭县上半年国民经济和社会发展计划执行情况", "山东省", "临沂市", "临沭县", "其他", 2020}},
	{"plan_preface_tagged_lines.txt", "a plan's preface without its title says which plan it opens (《…规划纲要》…根据《…的建议》编制); a site's tag ends every line",
		readerWant{"进贤县国民经济和社会发展第十三个五年(2016-2020)规划纲要", "江西省", "南昌市", "进贤县", "五年规划纲要", 0}},
	{"column_tag_headline.txt", "a news headline keeps the column tag it is shown with (【青海两会】), and is the title over the paper's broken deck",
		readerWant{"【青海两会】省十三届人大四次会议隆重开幕", "青海省", "", "", "其他", 2020}},
	{"month_under_title_contents.txt", "a plan dated by the year and month under its title, run on with its contents",
		readerWant{"武汉市国民经济和社会发展第十三个五年规划纲要", "湖北省", "武汉市", "", "五年规划纲要", 2016}},
	{"fuller_name_under_bare_title.txt", "a bare 政府工作报告 over the same name with its place: the fuller line, right over the speaker, is the report's own title (traditional script with pinyin readings)",
		readerWant{"西藏自治区政府工作报告", "西藏自治区", "", "", "政府工作报告", 0}},
	{"title_under_mojibake_listing.txt", "a listing line broken by mojibake (江西?。?023年…) is no sentence the title line under it continues (traditional script with pinyin readings)",
		readerWant{"吉州区2023年经济和社会发展统计公报", "江西省", "吉安市", "吉州区", "统计公报", 0}},
	{"title_footnote_mark.txt", "a footnote's mark after a title ([1]) is no part of it",
		readerWant{"通化市2021年国民经济和社会发展统计公报", "吉林省", "通化市", "", "统计公报", 0}},
	{"title_full_text_count.txt", "a site's (全文29812字) after a title is no part of it",
		readerWant{"2022年新疆政府工作报告", "新疆维吾尔自治区", "", "", "政府工作报告", 0}},
	{"own_title_over_office.txt", "the communiqué's own title over its office and date, not the aggregator's headline (…(2023年更新)) over it (traditional script with pinyin readings)",
		readerWant{"涡阳县2022年国民经济和社会发展统计公报", "安徽省", "亳州市", "涡阳县", "统计公报", 2023}},
	{"plan_title_over_drawn_up.txt", "the plan's own title over the government that drew it up (…人民政府制定), not the listing's short name over it, once (2022年更新) is cut from the listing (GBK; read right before meta-11, a guard)",
		readerWant{"崇明区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "上海市", "上海市", "崇明区", "五年规划纲要", 0}},
	{"own_title_under_file_label.txt", "the report's own title over its meeting line, under a session's file label (会议文件(十二)) that is no start of a title; the page's headline over them gives way (GBK)",
		readerWant{"政府工作报告", "海南省", "海口市", "", "政府工作报告", 2020}},
	{"category_over_broken_about_title.txt", "the page's category (2022年政府决算) over the report's own 关于 title broken over two lines gives way to it",
		readerWant{"关于滨海新区2022年决算草案及2023以来预算执行情况的报告", "天津市", "天津市", "滨海新区", "预算报告", 2023}},
	{"title_year_place_split.txt", "a title whose year, place and name are split over lines (2020 / 年吉林省 / 政府工作报告), as every number of the page is",
		readerWant{"2020年吉林省政府工作报告", "吉林省", "", "", "政府工作报告", 2020}},
	{"wiki_note_over_own_title.txt", "a wiki's header (a year link, where the work was collected, a meeting line) over the report's own title and its meeting line: the own title, not the header's first line",
		readerWant{"国务院关于今年以来预算执行情况的报告", "", "", "", "预算报告", 2022}},
	{"channel_tag_one_line_page.txt", "a site's channel tag (【闻喜县招商】) before a report's name is no part of it; the report runs on one line",
		readerWant{"2021年闻喜县政府工作报告", "山西省", "运城市", "闻喜县", "政府工作报告", 2021}},
	{"own_short_name_history.txt", "a county's report that names its county only by its short name in 黎平发展史上 (GBK)",
		readerWant{"政府工作报告", "贵州省", "黔东南苗族侗族自治州", "黎平县", "政府工作报告", 2023}},
	{"party_committee_names_county.txt", "a report's review part without its title: 中共東海縣委 names the county it speaks as, and 本屆政府工作回顧 makes it a government work report (traditional script)",
		readerWant{"", "江苏省", "连云港市", "东海县", "政府工作报告", 0}},
	{"listing_title_place_tag.txt", "an aggregator's listing title with its city in brackets ((廣安市)…) opening a page without another title is its headline (traditional script with pinyin readings)",
		readerWant{"广安区2021年经济运行情况", "四川省", "广安市", "广安区", "其他", 0}},
	{"meeting_date_split_per_number.txt", "a meeting line split one figure per line (—— / 2020 / 年 / 1 / 月 / 12 / 日在…) dates the report",
		readerWant{"2020年吉林省政府工作报告", "吉林省", "", "", "政府工作报告", 2020}},
	{"speech_heading_over_salutation.txt", "a speech's heading over its salutation names it though it names no report; the government's own voice makes it a work report",
		readerWant{"区长在代表会上工作汇报", "", "", "", "政府工作报告", 0}},
	{"speaker_over_salutation.txt", "the speaker's line over the salutation (代市長 劉文新) is no title: the report names itself by its opening (traditional script; a guard)",
		readerWant{"政府工作报告", "贵州省", "贵阳市", "", "政府工作报告", 2014}},
	{"own_title_over_draft_meeting_line.txt", "a draft's meeting line with blanks for its date (── 20xx年 月 日在XX县…) still marks the own title over it",
		readerWant{"政府工作报告", "", "", "", "政府工作报告", 2024}},
	{"doc_share_panel_over_own_title.txt", "a document-sharing site's panel (VIP专免, 42.88KB, 39 页, 海报, 侵权投诉) is furniture, no start of a title over the report's own",
		readerWant{"政府工作报告", "河南省", "漯河市", "", "政府工作报告", 2022}},
}

// TestShortPlaceNames: autonomous counties and prefectures and the banners
// of Inner Mongolia are named by their short forms in their own documents;
// functional zones issue their own reports under their own names.
func TestShortPlaceNames(t *testing.T) {
	tests := []struct {
		text, province, city, district string
	}{
		{"关于石柱县2021年预算执行情况和2022年预算草案的报告\n——2022年1月10日在石柱县第十八届人民代表大会第一次会议上\n各位代表:\n受县人民政府委托,现将预算报告提请审议。\n",
			"重庆市", "重庆市", "石柱土家族自治县"},
		{"彭水自治县2023年国民经济和社会发展统计公报\n彭水自治县统计局\n2023年,全县经济回升向好。\n",
			"重庆市", "重庆市", "彭水苗族土家族自治县"},
		{"关于凉山州2022年国民经济和社会发展计划执行情况及2023年计划草案的报告\n各位代表:\n受州人民政府委托,现将计划报告提请审议。\n",
			"四川省", "凉山彝族自治州", ""},
		{"2022年西乌旗政府工作报告\n——2022年1月7日在西乌旗第十六届人民代表大会第一次会议上\n各位代表:\n现在,我代表旗人民政府向大会报告工作。\n",
			"内蒙古自治区", "锡林郭勒盟", "西乌珠穆沁旗"},
		{"大鹏新区2022年管委会工作报告\n时间 : 2022-05-20 15:25 来源:大鹏新区\n一、2021年工作回顾\n过去一年,是大鹏新区成立10周年。\n",
			"广东省", "深圳市", "大鹏新区"},
	}
	for _, tt := range tests {
		p, err := Parse("s.txt", []byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		d := p.Document
		if d.Province != tt.province || d.City != tt.city || d.District != tt.district {
			t.Errorf("%s: got %s/%s/%s, want %s/%s/%s", firstLine(tt.text), d.Province, d.City, d.District, tt.province, tt.city, tt.district)
		}
	}
}
