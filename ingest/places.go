// The place: the clues the issuer positions give (placeClues), read into
// province, city, district and level by the gazetteer (readPlace).

package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
)

// placeClues gathers the issuer positions, most trusted first: the page's
// publisher and source fields, the titles, the meeting line, the speaker,
// the government the report speaks for, a communiqué's statistics office,
// the congress that adopted a resolution or whose session a story reports,
// the signature, the issuer, the site's name.
func (m *metadataReader) placeClues() Clues {
	doc := m.doc
	clues := Clues{Text: m.bodyText(), Footer: m.footer(), PageYear: dateYear(ParseDate(m.published))}
	for _, s := range []string{m.publisher, m.source} {
		if isOrgan(s) {
			clues.Sources = append(clues.Sources, Clue{srcPageMeta, s, false})
		}
	}

	// A delegation's story is the host congress's only where it tells of
	// the congress at work (审议, 两会), not of a delegation on a trip, at
	// games or on a mission (深圳市代表团赴哈尔滨考察, 山东代表团…全运会).
	delegation := func(t string) string { return t }
	titles := doc.Title + m.pg.pageTitle
	if opening := strings.Join(m.open[:min(len(m.open), 8)], ""); containsAny(opening, congressAtWorkWords) && (containsAny(titles, congressTitleWords) || !containsAny(titles, delegationTripWords)) {
		delegation = m.gaz.delegationsAsHosts
	}
	clues.Sources = append(clues.Sources, Clue{srcTitle, delegation(noticeIssuer(m.gaz, reExplainerLead.ReplaceAllString(reVenue.ReplaceAllString(doc.Title, ""), ""))), true}, Clue{srcPageTitle, delegation(noticeIssuer(m.gaz, withoutScholarlyTail(m.pg.pageTitle))), true}, Clue{srcPageTitle, delegation(noticeIssuer(m.gaz, reTitleSeparator.Split(m.fieldTitle, -1)[0])), true})
	for i, s := range m.open[:min(len(m.open), 4)] {
		// A headline's subtitle on the line under it that opens on the place
		// the story is of (青山筑底绘新卷 实干笃行启新程 / ——宜君县“十四五”规划
		// 实施成就发展纪实); not one on a place visited, learnt from or helped
		// (——赴浙江省安吉县考察学习报告, ——福州市对口帮扶定西市纪实), nor a
		// delegation's (——铜川市代表团审议…侧记).
		sub, ok := strings.CutPrefix(strings.TrimSpace(s), "——")
		if !ok || i == 0 || doc.Title == "" || squeezeSpaces(cleanTitle(m.open[i-1])) != squeezeSpaces(doc.Title) || reMeetingLine.MatchString(s) || containsAny(sub, subtitleElsewhereWords) {
			continue
		}
		if names := m.gaz.namesAt(sub); len(names) > 0 && strings.HasPrefix(sub, names[0].name) {
			clues.Sources = append(clues.Sources, Clue{srcTitle, sub, true})
		}
	}
	for _, s := range m.head {
		if t := cleanTitle(s); namesReport(t) {
			clues.Sources = append(clues.Sources, Clue{srcPageTitle, delegation(noticeIssuer(m.gaz, reBoardTagPrefix.ReplaceAllString(t, ""))), true})
		}
	}
	if p, ok := m.gaz.regionPlace(m.region); ok {
		// The region the page files the document under (所属地区:安徽-六安-
		// 霍邱县): a township's report under its county.
		clues.Sources = append(clues.Sources, Clue{srcPageMeta, m.gaz.City(p.Code).Name + p.Name, true})
	}
	// A notice's text names the document it issues, whose place is not
	// the notice's (see noticeIssuer).
	if t, _ := openingTitle(m.open); t != "" && noticeIssuer(m.gaz, doc.Title) == doc.Title {
		clues.Sources = append(clues.Sources, Clue{srcFirstLine, delegation(t), true})
	}
	clues.Sources = append(clues.Sources, m.openingClues()...)
	for _, s := range m.sign {
		if reSignature.MatchString(s) || reIssuedBy.MatchString(s) {
			clues.Sources = append(clues.Sources, Clue{srcSignature, m.gaz.branchOfCounty(s), true})
		}
	}
	if doc.Issuer != "" {
		clues.Sources = append(clues.Sources, Clue{srcIssuer, doc.Issuer, false})
	}
	clues.Sources = append(clues.Sources, m.reviewedClues()...)
	// The site's name in the page's <title> (政府工作报告_和平区人民政府) says
	// whose site it is, which is the issuer's only when the document does
	// not say otherwise.
	if parts := reTitleSeparator.Split(m.fieldTitle, -1); len(parts) > 1 {
		for _, s := range parts[1:] {
			if isOrgan(s) {
				clues.Sources = append(clues.Sources, Clue{srcPageMeta, s, false})
			}
		}
	}
	return clues
}

// subtitleElsewhereWords mark a subtitle about a place other than the
// story's own: one visited, learnt from, helped or paired with, another
// place listed, a delegation.
var subtitleElsewhereWords = []string{"赴", "考察", "学习", "帮扶", "对口", "协作", "代表团", "、"}

// reBureauBranch is a city bureau's branch named by one of the city's
// counties or districts: 清远市生态环境局清新分局.
var reBureauBranch = regexp.MustCompile(`^(\p{Han}{2,10}?[市州盟])(\p{Han}{1,12}?局)(\p{Han}{2,3})分局$`)

// branchOfCounty returns a city bureau's branch that a county or district
// of the city runs under its short name as the branch of that county's
// (清远市生态环境局清新分局 → 清远市清新区生态环境局), so that the signature
// places the document there; any other line as it is.
func (g *Gazetteer) branchOfCounty(s string) string {
	v := reBureauBranch.FindStringSubmatch(s)
	if v == nil {
		return s
	}
	for _, city := range g.byName[v[1]] {
		if len(city.Code) != 4 {
			continue
		}
		for _, p := range g.byShort[v[3]] {
			if len(p.Code) == 6 && strings.HasPrefix(p.Code, city.Code) {
				return v[1] + p.Name + v[2]
			}
		}
	}
	return s
}

// reDelegation is a delegation named for its place at a congress:
// 东川区代表团, 溧阳代表团.
var reDelegation = regexp.MustCompile(`(\p{Han}{2,8})代表团`)

// reCityCongressDelegation is a county's delegation at the session of the
// city's congress, named by its level only: 市十六届人大三次会议抚顺县代表团.
var reCityCongressDelegation = regexp.MustCompile(`市第?[一二三四五六七八九十]{1,3}届人大[一二三四五六七八九十]{1,2}次会议(\p{Han}{2,8}?(?:县|区|市|旗))代表团`)

// reDelegationOnCityReport is a county's delegation reviewing its city's
// report: 天宁代表团热议市政府工作报告.
var reDelegationOnCityReport = regexp.MustCompile(`(\p{Han}{2,6}?)代表团\p{Han}{0,6}?(?:审议|热议|讨论)\p{Han}{0,4}?市政府工作报告`)

// delegationCity returns the city of the county whose delegation text says
// reviews the city's report (see reDelegationOnCityReport), named by its
// full or short name: the one such county whose city text names too.
func (g *Gazetteer) delegationCity(text string) (Place, bool) {
	v := reDelegationOnCityReport.FindStringSubmatch(text)
	if v == nil {
		return Place{}, false
	}
	found := map[string]Place{}
	for _, p := range append(slices.Clone(g.byName[v[1]]), g.byShort[v[1]]...) {
		city := g.City(p.Code)
		if len(p.Code) != 6 || city.Code == "" || city.Name == p.Name {
			continue
		}
		if short := shortName(city.Name); strings.Contains(text, city.Name) || short != "" && strings.Contains(text, short) {
			found[city.Code] = city
		}
	}
	return onlyPlace(found)
}

// congressOfDelegation returns the place whose congress place p's
// delegation sits at, where the text names p's delegation (东川区代表团围绕
// 政府三个报告进行了审议: the city's reports, 昆明市's): a county's city, or
// its province where it has none; a city's province. Otherwise p.
func (g *Gazetteer) congressOfDelegation(p Place, text string) Place {
	if len(p.Code) < 4 || !g.delegationOf(p, text) {
		return p
	}
	if len(p.Code) == 6 {
		if city := g.City(p.Code); city.Code != "" && city.Name != p.Name {
			return city // not a city without counties (东莞市), its own county
		}
	}
	return g.Province(p.Code)
}

// delegationOf reports whether text names place p's delegation, by p's
// full or short name: 东川区代表团, 溧阳代表团; not a township's
// (沅陵镇代表团).
func (g *Gazetteer) delegationOf(p Place, text string) bool {
	isP := func(q Place) bool { return q.Code == p.Code }
	for _, v := range reDelegation.FindAllStringSubmatch(text, -1) {
		r := []rune(v[1])
		for n := 2; n <= len(r); n++ {
			name := string(r[len(r)-n:])
			if slices.ContainsFunc(g.byName[name], isP) || slices.ContainsFunc(g.byShort[name], isP) {
				return true
			}
		}
	}
	return false
}

// presentingOrgan is the department alone on its line over the salutation
// that presents a report on the government's behalf (——2026年1月20日在市第十五届
// / 人民代表大会第五次会议上 / 石嘴山市财政局 / 各位代表：, or 主任、各位副主任… before a
// standing committee), or "".
func presentingOrgan(open []string) string {
	for i, s := range open[:max(len(open)-1, 0)] {
		next := strings.TrimSpace(open[i+1])
		if !isSalutation(next) && !reCommitteeSalutation.MatchString(next) {
			continue
		}
		// The organ may be letter-spaced (石 嘴 山 市 财 政 局).
		if v := reOrganAlone.FindStringSubmatch(squeezeLetterSpacing(strings.TrimSpace(s))); v != nil {
			return v[1]
		}
	}
	return ""
}

// reSpeakerInMeetingLine is a meeting line that names the speaker and
// his government before the congress (see openingClues).
var reSpeakerInMeetingLine = regexp.MustCompile(`^[—─-]*\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?(\p{Han}{2,20}?)人民政府(?:代理|代)?(?:区长|市长|县长|省长|旗长|州长|盟长|主席)\s*\p{Han}{2,4}?\s*在(?:本?[市区县州旗盟省])?第?[一二三四五六七八九十\d]+届`)

// reStreetOfficeOnBehalf is a street office's head speaking for it: 我代表
// 塘桥街道办事处, 我代表南京东路街道党工委、街道办, 我代表临浦镇党委、镇人民政府;
// its first group the subdistrict of a street office alone, its second the
// subdistrict or the township named with its party committee.
var reStreetOfficeOnBehalf = regexp.MustCompile(`我代表(\p{Han}{2,12}?街道)` + streetOffice + `|我代表(\p{Han}{2,12}?(?:街道|镇|乡))(?:` + officeAndCommittee + `)`)

// reBoardSpeaks is a management district's board as the speaker of its
// report (大鹏新区管委会主任 何永志) or the one it speaks for (我代表大鹏新区
// 管理委员会向大会作工作报告).
var reBoardSpeaks = regexp.MustCompile(`^(\p{Han}{2,16}?)(?:管理委员会|管委会)(?:代理)?主任\s*\p{Han}{2,4}$|我代表(\p{Han}{2,16}?)(?:管理委员会|管委会)[，,]?\s*向(?:大会|会议)`)

// reDepartmentPartOrgan is a department's accounts' or budget's part that
// names the department (its group): 第一部分:南宁市良庆区土地储备分中心概况,
// 第二部分 宁国市城管局2016年部门决算表.
var reDepartmentPartOrgan = regexp.MustCompile(`^\s*第[一二三四五六1-6]部分\s*[:：、]?\s*(\p{Han}{2,40}?)(?:\d{4}\s*年度?\s*(?:部门|单位)?(?:决算|预算)|(?:部门|单位)?概况$)`)

// reCommitteeSalutation is how a report to a standing committee opens:
// 主任、各位副主任、秘书长、各位委员：.
var reCommitteeSalutation = regexp.MustCompile(`^主任[、，,]\s*各位副主任`)

// reOrganAlone is a department that presents a report on the government's
// behalf (a budget, a plan, an audit, statistics), alone on its line.
var reOrganAlone = regexp.MustCompile(`^(\p{Han}{2,20}?(?:财政局|财政厅|发展和改革委员会|发展改革委员会|发展和改革局|发展改革局|发改委|发改局|统计局|审计局))$`)

// reFileHeading is a government's file heading opening a document, with its
// document number: 新疆维吾尔自治区人民政府 文件 新政发〔2021〕19号.
var reFileHeading = regexp.MustCompile(`^(\p{Han}{2,20}人民政府)\s?文\s?件\s*\p{Han}{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}\s?号`)

// reGovernmentByline is a government's name over the salutation of the
// report it signs, with the month it wrote in brackets: 余姚市人民政府
// (2020年8月) 各位代表：.
// Only a month: a day, or a weekday, is a site's date widget beside its name.
// Like a government under a title, it signs only a text of its level.
var reGovernmentByline = regexp.MustCompile(`^(\p{Han}{2,20}?人民政府)\s*[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*[)）]\s*(?:各位代表|各位委员)`)

// reGovernmentAlone is a government's name and nothing else on its line.
var reGovernmentAlone = regexp.MustCompile(`^\p{Han}{2,20}人民政府$`)

// openingClues are the issuer positions of the opening lines: the meeting
// line, the speaker, the government the report speaks for and the plan it
// submits, a communiqué's statistics office, the congress that adopted a
// resolution or whose session a story reports, the organ a story's lead
// names.
func (m *metadataReader) openingClues() []Clue {
	var clues Clues
	for _, s := range m.open {
		// A management district's board reads its report at the congress
		// of the district that hosts it (大鹏新区管委会主任 何永志 / 现在，我代表
		// 大鹏新区管理委员会向大会作工作报告 under …在龙岗区第五届人民代表大会…):
		// the board, not the host, issues it.
		if v := reBoardSpeaks.FindStringSubmatch(strings.TrimSpace(s)); v != nil && leadingPlaces(m.gaz, v[1]+v[2]) != "" {
			clues.Sources = append(clues.Sources, Clue{srcSpeaker, v[1] + v[2], true})
			break
		}
	}
	for i, s := range m.open {
		// The meeting line may be wrapped (——2024年2月28日在苍梧县第十七届 /
		// 人民代表大会第四次会议上, …在苍梧县 / 第十七届…) or letter-spaced (在苍 梧 县第
		// 十七届…); the place stands on this line.
		s = squeezeLetterSpacing(s)
		joined := squeezeLetterSpacing(wrappedLine(m.open, i))
		// Not a venue whose line wraps into the next meeting's name (…在贵阳召开 /
		// 政协第十一届贵州省委员会…).
		if v := reMeetingPlace.FindStringSubmatch(joined); v != nil && strings.Index(joined, v[0]) < len(s) && (reMeetingLine.MatchString(joined) || reLocalCongress.MatchString(s)) && !reVenue.MatchString("在"+v[1]) {
			clues.Sources = append(clues.Sources, Clue{srcMeeting, v[1], true})
		}
	}
	for _, s := range m.open {
		if v := reSpeaker.FindStringSubmatch(s); v != nil {
			clues.Sources = append(clues.Sources, Clue{srcSpeaker, v[1], true})
		}
		// The speaker inside the meeting line, before the congress he
		// speaks at names only its level: 2008年1月3日郴州市人民政府市长戴道晋
		// 在市第三届人民代表大会第二次会议上讲话.
		if v := reSpeakerInMeetingLine.FindStringSubmatch(strings.TrimSpace(s)); v != nil {
			clues.Sources = append(clues.Sources, Clue{srcSpeaker, v[1], true})
		}
	}
	if m.presenter != "" {
		clues.Sources = append(clues.Sources, Clue{srcSpeaker, m.presenter, true})
	}
	for i := range m.open {
		// The government that signs a written report over its salutation,
		// with the month it wrote (余姚市人民政府 (2020年8月) 各位代表：), on one
		// line or over three.
		joined := squeezeLetterSpacing(strings.TrimSpace(strings.Join(m.open[i:min(i+3, len(m.open))], " ")))
		if v := reGovernmentByline.FindStringSubmatch(joined); v != nil && m.issuesTitleOver(v[1], i) {
			clues.Sources = append(clues.Sources, Clue{srcOpening, v[1], true})
		}
	}
	if len(m.open) > 0 {
		// The government's file heading over its notice: 新疆维吾尔自治区人民政府 文件
		// 新政发〔2021〕19号 关于印发….
		if v := reFileHeading.FindStringSubmatch(strings.TrimSpace(m.open[0])); v != nil {
			clues.Sources = append(clues.Sources, Clue{srcOpening, v[1], true})
		}
	}
	for i, s := range m.open[1:min(len(m.open), 4)] {
		// The government alone on the line under the title it issues, the
		// page's or the document's (2023年财政决算情况及2024年 / 财政预算情况报告
		// (草案) / 潮州市潮安区龙湖镇人民政府).
		if g := strings.TrimSpace(s); reGovernmentAlone.MatchString(g) && namesReport(cleanTitle(m.open[i])) && m.issuesTitleOver(g, i+1) {
			clues.Sources = append(clues.Sources, Clue{srcOpening, g, true})
		}
	}
	for i, s := range m.open[:max(len(m.open)-1, 0)] {
		// The government alone on the line over its 关于… title
		// (新疆维吾尔自治区人民政府 / 关于2020年自治区本级预算调整方案的报告).
		if g := strings.TrimSpace(s); reGovernmentAlone.MatchString(g) && strings.HasPrefix(strings.TrimSpace(m.open[i+1]), "关于") {
			clues.Sources = append(clues.Sources, Clue{srcOpening, g, true})
		}
	}
	for _, s := range m.open {
		if v := reOnBehalf.FindStringSubmatch(s); v != nil && v[1]+v[2] != "" {
			clues.Sources = append(clues.Sources, Clue{srcOpening, v[1] + v[2], true})
		}
	}
	for _, s := range m.open {
		// A street office presenting its work to its community's congress
		// (现在,我代表塘桥街道办事处向大会作工作报告): the subdistrict's.
		if v := reStreetOfficeOnBehalf.FindStringSubmatch(s); v != nil {
			clues.Sources = append(clues.Sources, Clue{srcOpening, v[1] + v[2], true})
		}
	}
	for _, s := range m.open {
		// The text that presents itself with its issuer's name: 现将万盛经济
		// 技术开发区2024决算报告如下.
		if v := rePresentedAsFollows.FindStringSubmatch(s); v != nil && leadingPlaces(m.gaz, v[1]) == v[1] {
			clues.Sources = append(clues.Sources, Clue{srcOpening, v[1], true})
		}
	}
	for _, s := range m.said {
		// A department's accounts or budget whose part, in its contents or
		// its text's first lines, names the department with its place
		// (第一部分:南宁市良庆区土地储备分中心概况).
		if v := reDepartmentPartOrgan.FindStringSubmatch(s); v != nil {
			if p := fullLeadingPlaces(m.gaz, v[1]); p != "" {
				clues.Sources = append(clues.Sources, Clue{srcOpening, p, true})
			}
		}
	}
	for _, s := range m.open {
		// The plan the government submits with its report names its place:
		// 我代表市人民政府…请各位代表连同《拉萨市“十三五”…纲要（草案）》一并审议.
		if v := reAlongWith.FindStringSubmatch(s); v != nil && reOnBehalf.MatchString(s) {
			if p := leadingPlaces(m.gaz, v[1]); p != "" {
				clues.Sources = append(clues.Sources, Clue{srcOpening, p, true})
			}
		}
	}
	if m.statsOffice != "" {
		clues.Sources = append(clues.Sources, Clue{srcIssuer, m.statsOffice, true})
	}
	for i, s := range m.open {
		// A resolution adopted at a congress: （2021年3月17日达拉特旗第十七届
		// 人民代表大会第五次会议…通过）, perhaps broken over two lines
		// ((2011年3月12日广州市黄埔区 / 第八届人民代表大会第七次会议通过)).
		if t := strings.TrimSpace(s); i+1 < len(m.open) && reOpensAdoptionNote.MatchString(t) && !strings.ContainsAny(t, ")）") {
			s = t + strings.TrimSpace(m.open[i+1])
		}
		if v := reAdoptedOn.FindStringSubmatch(s); v != nil {
			clues.Sources = append(clues.Sources, Clue{srcMeeting, reCongressOrdinal.Split(v[4], 2)[0], true})
		}
	}
	for _, s := range m.open {
		// The county's or city's congress a news story reports: 临汾市尧都区
		// 第十届人民代表大会第四次会议在…开幕 (a province's congress is reported
		// by the sites of all its counties: 定安代表团热议…).
		if v := reLocalSession.FindStringSubmatch(s); v != nil {
			if p := placesBeforeTownship(m.gaz, v[1]); m.belowProvince(p) {
				clues.Sources = append(clues.Sources, Clue{srcMeeting, p, true})
				continue
			}
		}
		// A township's session the story's lead tells, the township named
		// before its ordinal, perhaps after its county (1月19日，滔溪镇召开了
		// 第六届人民代表大会…; 珙县上罗镇在镇政府…召开了第二届人民代表大会…;
		// 者腊乡十三届人民代表大会第一次会议…): its county, or the township, whose
		// county the gazetteer knows where no position names a place.
		if v := reTownshipSession.FindStringSubmatch(s); v != nil {
			p := placesBeforeTownship(m.gaz, v[1])
			if !m.belowProvince(p) {
				p = v[1]
			}
			clues.Sources = append(clues.Sources, Clue{srcMeeting, p, true})
		}
	}
	for _, s := range m.open[:min(len(m.open), 2)] {
		// A township that convenes the meeting the story's lead opens on
		// (1月18日,杏坪镇召开2016年度目标责任制考核大会): the township's story, its
		// county's place, when the gazetteer knows the township's county.
		if v := reTownshipConvenes.FindStringSubmatch(strings.TrimSpace(s)); v != nil {
			if _, ok := m.gaz.townshipCounty(v[1]); !ok {
				continue
			}
			clues.Sources = append(clues.Sources, Clue{srcOpening, v[1], true})
		}
	}
	for _, s := range m.open[:min(len(m.open), 3)] {
		// A dispatch's lead on the head of a government who read its work
		// report (21世纪经济报道记者李莎 北京报道 1月11日,河北省省长王正谱作政府
		// 工作报告时指出), under a wire page's source line and its day's
		// (参考消息网2026-01-31号报道 / 中新社拉萨1月31日电 (…)西藏自治区主席…):
		// that government's.
		s = strings.TrimSpace(s)
		if v := dayDispatch(s); v != nil {
			s = s[len(v[0]):]
		}
		if v := reHeadReadsReport.FindStringSubmatch(firstSentence(s)); v != nil && leadingPlaces(m.gaz, v[1]) == v[1] && (v[2] == "" || strings.HasSuffix(v[1], "自治区")) {
			clues.Sources = append(clues.Sources, Clue{srcSpeaker, v[1], true})
		}
	}
	for _, s := range m.open[:min(len(m.open), 2)] {
		// A county outlet's credit opening the story (云上通山报道(记者…)): the
		// county's media centre reports its own townships' sessions.
		if v := reCountyOutletCredit.FindStringSubmatch(strings.TrimSpace(s)); v != nil {
			if ps := m.gaz.byShort[v[1]]; len(ps) == 1 && len(ps[0].Code) == 6 {
				clues.Sources = append(clues.Sources, Clue{srcOpening, ps[0].Name, true})
			}
		}
		// A local paper's or news site's credit opening a story of its own
		// place's congress or political consultative conference, 市 or 区
		// alone (滨州日报/滨州网讯(记者…)2月23日,出席市十二届人大一次会议的代表…;
		// 秀洲新闻网2月14日讯 …出席区政协三届一次会议的…): the paper's place.
		if v := reLocalPaperSession.FindStringSubmatch(firstSentence(strings.TrimSpace(s))); v != nil {
			if ps := slices.DeleteFunc(slices.Clone(m.gaz.byShort[v[1]]), func(p Place) bool { return p.Name != v[1]+v[2] }); len(ps) == 1 {
				clues.Sources = append(clues.Sources, Clue{srcOpening, ps[0].Name, true})
			}
		}
	}
	for _, s := range m.open[:min(len(m.open), 4)] {
		// A province's congress only as the story's subject: a county's
		// site reports it too, under its delegation's name.
		if p := leadOrgan(m.gaz, s); m.belowProvince(p) || p != "" && strings.Contains(s, p+"第") && reLocalSession.MatchString(s) {
			clues.Sources = append(clues.Sources, Clue{srcOpening, p, true})
		} else if v := reOpensOnShortSession.FindStringSubmatch(strings.TrimSpace(s)); v != nil && leadingPlaces(m.gaz, v[1]) == v[1] {
			// A lead that opens on a congress's session named short, with
			// no day before it (江苏省十二届人大四次会议将于2017年1月24日在南京召开):
			// the congress whose session the story tells of.
			clues.Sources = append(clues.Sources, Clue{srcOpening, v[1], true})
		}
	}
	return clues.Sources
}

// issuesTitleOver reports whether government g, alone on opening line at
// under a report's title, is the title's issuer: the title names no place
// (nor does the page's title), so the government completes it, and g is
// of the level the text speaks as. A government under a title that names
// its place (广东省…报告 / 潮州市人民政府, 潮州市…公报 / 潮安区人民政府) is the
// site that reposts it; a city's under a text that speaks as a county
// (我代表县人民政府) is the site too.
func (m *metadataReader) issuesTitleOver(g string, at int) bool {
	for _, s := range append(m.open[:at:at], m.pg.pageTitle) {
		if len(m.gaz.placesIn(cleanTitle(s))) > 0 {
			return false
		}
	}
	level := m.bodyLevel()
	if level == "" {
		return true
	}
	for _, p := range m.gaz.placesIn(g) {
		if atLevel(p, level) {
			return true
		}
	}
	return false
}

// withoutScholarlyTail returns a page title without the name of the
// academy or society whose site reposts the document after a dash
// (…规划(2017—2021)-陕西省社会科学院): no government, so no issuer.
func withoutScholarlyTail(t string) string {
	if v := reBrandTail.FindStringSubmatch(t); v != nil && reScholarlyBody.MatchString(v[2]) {
		return v[1]
	}
	return t
}

// reScholarlyBody ends the name of a body of scholars: 陕西省社会科学院.
var reScholarlyBody = regexp.MustCompile(`(?:科学院|研究院|大学|学院|研究所|研究中心|研究会|学会)$`)

// reviewedClues are the weakest issuer positions, read only when nothing
// before them names a place: the government whose plan or budget the
// opening names as the one before its congress (审议市发展和改革局关于麻城市
// 2015年国民经济和社会发展计划执行情况…的报告; 现将重庆市2021年预算执行情况…提请
// 大会审查), and the congress or political consultative conference the
// opening names with its place (政协乌海市第十届委员会第二次会议, 杭州市第十二届
// 人民代表大会有关专门委员会; a city's or a county's only). A story about a
// session names the government that sits there so, without a meeting
// line. They never refine a place named before them.
func (m *metadataReader) reviewedClues() []Clue {
	var out []Clue
	for _, re := range []*regexp.Regexp{reReviewedReport, reNamedCongress} {
		for _, s := range m.open {
			for _, at := range re.FindAllStringSubmatchIndex(s, -1) {
				before, after := s[at[2]:at[3]], s[at[1]:]
				if re == reNamedCongress && reDeputiesElected.MatchString(after) {
					continue // the congress above, whose deputies the session elects (…提出的怀化市第六届人民代表大会代表候选人名单)
				}
				// A province's congress is reported by the sites of all
				// its counties (定安代表团热议…), as in openingClues.
				// The congress a government's report is drafted for (准备提交
				// 天津市第十五届人民代表大会第一次会议的《政府工作报告》) is that
				// government's, whatever its level.
				submitted := re == reNamedCongress && reSubmitsTo.MatchString(s[:at[3]]) && reSessionsReport.MatchString(after)
				if p := placesBefore(m.gaz, before); p != "" && (re == reReviewedReport || submitted || m.belowProvince(p) || m.aboutProvinceCongress()) {
					out = append(out, Clue{srcOpening, p, false})
				}
			}
		}
	}
	return out
}

// reSubmitsTo ends the words before a congress a report is submitted to,
// with the congress's place (提交天津市, 提请…); reSessionsReport follows
// the congress with its session and the work report it is given:
// 第一次会议的《政府工作报告》.
var (
	reSubmitsTo      = regexp.MustCompile(`(?:提交|提请)\p{Han}{2,12}$`)
	reSessionsReport = regexp.MustCompile(`^第?[一二三四五六七八九十\d]+次(?:全体)?会议(?:审议)?的《?政府工作报告`)
)

// reDeputiesElected is what follows a congress whose deputies a session
// elects or whose deputies' list it reads: …人民代表大会代表候选人名单.
var reDeputiesElected = regexp.MustCompile(`^代表(?:候选人|名单|的选举|资格)`)

// aboutProvinceCongress reports a story whose headline is the session of a
// province's congress itself (自治区十三届人大一次会议开幕), not a county's
// delegation at it (…定安代表团热议政府工作报告): the province named with its
// congress in the opening is then the story's.
func (m *metadataReader) aboutProvinceCongress() bool {
	t := m.doc.Title
	return reProvinceSessionHeadline.MatchString(t) && !strings.Contains(t, "代表团") && !m.belowProvince(t)
}

// reProvinceSessionHeadline is a headline whose subject is a province's
// congress session: 自治区十三届人大一次会议开幕, 省十四届人大二次会议闭幕.
var reProvinceSessionHeadline = regexp.MustCompile(`^(?:\p{Han}{0,8}?(?:省|自治区))第?[一二三四五六七八九十]+届人大(?:常委会)?第?[一二三四五六七八九十]+次(?:全体)?会议`)

// The plan or budget of a government, named with its place and year, and a
// congress or conference named with its place and ordinal (杭州市第十二届
// 人民代表大会, 虎林市四届人大).
var (
	reReviewedReport = regexp.MustCompile(`(\p{Han}{2,12}?)(?:\d{4}年|“十[一二三四五六七八九十]+五”)[^，。；,;《》]{0,10}?(?:国民经济和社会发展计划|财政预算|预算执行|预算草案|决算)`)
	reNamedCongress  = regexp.MustCompile(`(\p{Han}{2,12}?)(?:第[一二三四五六七八九十\d]+|[一二三四五六七八九十]+)届(?:人民代表大会|人大|委员会)`)
)

// readPlace sets the province, city, district and level from the clues,
// else from the site code of the page.
func (m *metadataReader) readPlace(clues Clues) {
	loc := m.gaz.Locate(clues)
	if loc.Source == srcTitle && loc.District == "" {
		// A headline naming a county by its province's short name and its
		// own (浙江金东凝聚合力书写新答卷) over a lead that names the county in
		// full (浙江省金华市金东区): the county's.
		if p, ok := m.gaz.countyShortAfterProvince(m.doc.Title, loc.Province, clipRunes(clues.Text, 600)); ok && (loc.City == "" || loc.City == m.gaz.City(p.Code).Name) {
			loc = m.gaz.location(p)
			loc.Source = srcTitle
		}
	}
	if loc.Source == "" {
		if code := siteCodeIn(clues.Footer + "\n" + strings.Join(m.head, "\n")); code != "" {
			if l, ok := m.gaz.PlaceOfCode(code); ok {
				loc, loc.Source = l, srcSiteCode
			}
		}
	}
	if loc.Source == "" {
		// A township's report that names its county only as the leadership
		// it worked under (在台山市委市政府的正确领导下): the county's.
		if p, ok := m.gaz.countyLeadingTownship(clues); ok {
			loc, loc.Source = m.gaz.location(p), srcLeadingCounty
		}
	}
	if loc.Source == "" {
		// A story of a province's organs (省人大财经委) that names one
		// province only by its short name (考察云南重要讲话精神) is that
		// province's.
		if p, ok := m.onlyProvinceNamed(); ok {
			loc, loc.Source = m.gaz.location(p), srcOpening
		}
	}
	if loc.Source == "" {
		// A story of a city's congress session, named by its level only,
		// told by one county's delegation (市十六届人大三次会议抚顺县代表团在驻地
		// 举行全体会议): the session is the county's city's.
		if v := reCityCongressDelegation.FindStringSubmatch(strings.Join(m.head, "\n") + "\n" + clipRunes(clues.Text, 2000)); v != nil {
			if ps := m.gaz.placesIn(v[1]); len(ps) == 1 && len(ps[0].Code) == 6 {
				if city := m.gaz.City(ps[0].Code); city.Code != "" {
					loc, loc.Source = m.gaz.location(city), srcMeeting
				}
			}
		}
	}
	if loc.Source == "" {
		// A county's delegation reviewing the city's report (天宁代表团热议
		// 市政府工作报告), the county by its short name and its city named in
		// the text (常州): the story is of the city's congress.
		if city, ok := m.gaz.delegationCity(strings.Join(m.head, "\n") + "\n" + clipRunes(clues.Text, 3000)); ok {
			loc, loc.Source = m.gaz.location(city), srcMeeting
		}
	}
	if loc.Source == "" {
		text := clipRunes(strings.Join(m.head, "\n")+"\n"+clues.Text, 60000) // both folded
		// Not the names of the page's staff, which may hold a place's
		// (编辑: 吴凌云 is no text of 凌云县's).
		text = reStaffNames.ReplaceAllString(text, " ")
		// A text that speaks as a county or city it names only in passing
		// (县十四届人民代表大会… 沈丘人民), or a county's report that names its
		// county in full only deep in its text (《清苑县志》) and by its short
		// name throughout, is that place's, but for its delegation's story,
		// which is of the congress above it (荣昌代表团审议市政府工作报告:
		// 重庆市's).
		p, ok := m.gaz.ownPlace(clipRunes(text, 6000))
		if !ok {
			p, ok = m.gaz.placeNamedThroughout(text)
		}
		if ok {
			loc, loc.Source = m.gaz.location(m.gaz.congressOfDelegation(p, text)), srcOwnName
		}
	}
	if loc.Source == "" {
		// A township's own text that speaks as the township (全镇, 我镇)
		// and names it again and again (腰堡镇…的关键时期 / …新腰堡), but no
		// county: the township's county.
		if p, ok := m.gaz.ownTownship(clipRunes(clues.Text, 4000)); ok {
			loc = m.gaz.location(p)
			loc.Level, loc.Source = govsearch.LevelCounty, srcOwnName // a township's, under a city without counties too (塘厦镇 of 东莞市)
		}
	}
	// The text's opening as the rules below read it, and the level of
	// government it speaks as (see ownLevel), read once where one of them
	// is needed.
	var own, level string
	if loc.Source == "" {
		own = strings.Join(m.head, "\n") + "\n" + clipRunes(clues.Text, 6000)
		level = ownLevel(own)
		// A communiqué's or a budget's charts and tables captioned with
		// its place (图1 2020-2024年钦北区生产总值及其增长速度).
		if p, ok := m.gaz.captionedPlace(clues.Text); ok && (level == "" || speaksAtLevel(m.gaz.location(p).Level, level)) {
			loc, loc.Source = m.gaz.location(p), srcCaption
		}
	}
	if loc.Source == "" {
		// A government's own site (苍梧县人民政府 / 您现在的位置: 苍梧县人民政府>…)
		// publishing a text that speaks as that government (县第十七届人民
		// 代表大会, 县人民政府) without naming it.
		if p, ok := m.siteOrgan(); ok {
			loc, loc.Source = m.gaz.location(p), srcSiteOrgan
		}
	}
	if loc.Source == "" {
		// A township's or a subdistrict's own text (全街上下, 全镇) on its
		// county's site, whose furniture names the county's government
		// (…> 番禺区人民政府市桥街道办事处 > 政府工作报告): the county.
		if p, ok := m.siteCountyOfTownship(clues.Text); ok {
			loc = m.gaz.location(p)
			loc.Level, loc.Source = govsearch.LevelCounty, srcSiteOrgan
		}
	}
	if loc.Source == "" {
		// A local outlet's story (德州新聞網訊…) on its government's
		// congress that it names by its level only (市十九屆人大三次會議, 市長).
		if p, ok := m.outletPlace(clues.Footer); ok {
			loc, loc.Source = m.gaz.location(p), srcOutlet
		}
	}
	if loc.Source == "" {
		if l, ok := m.gaz.PlaceOfCode(creditCodeIn(clues.Footer + "\n" + strings.Join(m.head, "\n"))); ok && speaksAtLevel(l.Level, level) {
			// The organ that publishes a text of its own government, by
			// the credit code its index number opens with (索引号：
			// 11610328016002871B/… is an organ of 千阳县), where the text
			// speaks as a government of the code's level: not a city's or a
			// province's bureau reposting a county's report.
			loc, loc.Source = l, srcCreditCode
		} else if p, ok := m.gaz.cityOfSuperiorOrgans(own, level); ok {
			// A county's text that names no place of its own but its
			// city's organs (岳阳市财政局《关于下达…的通知》… 下达我区) is a
			// county of that city.
			loc = m.gaz.location(p)
			loc.Level, loc.Source = govsearch.LevelCounty, srcSuperiorOrgan
		} else if level == "旗" {
			// A banner's or a league's text that names neither (全旗上下,
			// 全盟上下) is Inner Mongolia's: no other province has them.
			loc = Location{Province: innerMongolia, Level: govsearch.LevelCounty, Source: srcBannerWord}
		} else if level == "盟" {
			loc = Location{Province: innerMongolia, Level: govsearch.LevelCity, Source: srcBannerWord}
		} else if p, ok := m.gaz.inspectedProvince(own); ok && (speaksAtLevel(govsearch.LevelCounty, level) || speaksAtLevel(govsearch.LevelCity, level)) && !reInspectedPartner.MatchString(own) && !reProvinceSpeaks.MatchString(own) {
			// A county's or city's text that names no place of its own
			// but the province whose inspection speech guides it (深入贯彻
			// 习近平总书记视察广东重要讲话, 对青海工作的重大要求): that province,
			// and nothing below it.
			loc = Location{Province: p.Name, Level: govsearch.LevelCounty, Source: srcInspected}
			if speaksAtLevel(govsearch.LevelCity, level) {
				loc.Level = govsearch.LevelCity
			}
			c, withCity := m.gaz.inspectedCity(own, p)
			switch {
			case isMunicipality(p.Code) && level == "市":
				loc.Level = govsearch.LevelProvince // the municipality's own text
			case isMunicipality(p.Code):
				loc.City = p.Name
			case withCity:
				// The city named with it (对江苏、苏州工作重要讲话): the
				// city's own text, or one of its counties'.
				loc.City = c.Name
			case loc.Level == govsearch.LevelCity:
				// A city's text that names one city of the province, and
				// that again (2020年是马鞍山发展史上…; 亲临马鞍山考察): its own.
				if c, ok := m.gaz.cityNamedOften(own, p); ok {
					loc.City = c.Name
				}
			case isInRegion(p.Code) && regionWordsIn(own) > 0:
				// 全区 may be the region's own (全区生产总值27202亿元)
				loc.Level = ""
				if !reDistrictOrgan.MatchString(own) {
					loc.Level = govsearch.LevelProvince
				}
			}
		}
	}
	if loc.Source == "" && level == "" && speaksAsProvince(own) && !reInspectedPartner.MatchString(own) {
		// A province's own text that names its province only by the
		// inspection speech it follows or by its slogans (考察青海重要讲话精神,
		// 构建和谐四川”): that province, and nothing below it.
		if p, ok := m.gaz.ownProvince(own); ok {
			loc = Location{Province: p.Name, Level: govsearch.LevelProvince, Source: srcOwnName}
			if c, withCity := m.gaz.inspectedCity(own, p); withCity {
				// The speech named with one of its cities (对四川及成都工作
				// 系列重要指示) guides that city's text, not the province's.
				loc = m.gaz.location(c)
				loc.Level, loc.Source = govsearch.LevelCity, srcInspected
			}
		}
	}
	if loc.Source == "" && level == "" {
		if p, ok := m.gaz.ownRegion(own); ok {
			loc = Location{Province: p.Name, Level: govsearch.LevelProvince, Source: srcOwnName}
		}
	}
	if loc.Source == "" && level == "" && reCapitalAsOwn.MatchString(own) && strings.Contains(own, "北京") && !containsAny(own, []string{"全省", "服务首都", "护城河"}) {
		// Beijing's own text speaks of the capital's work as its own (做好
		// 首都各项工作, 首都经济社会发展) and names 北京.
		if p, ok := m.gaz.provinceNamed("北京市"); ok {
			loc = Location{Province: p.Name, Level: govsearch.LevelProvince, Source: srcOwnName}
		}
	}
	if loc.Source == "" {
		// A text that names one place only, in full and again and again
		// (昆明市以政府工作报告为指引… 昆明市在…取得了显著成效 … 展望2025年,昆明市将…),
		// and no other place at all, is about that place.
		if p, ok := m.gaz.onlyPlaceNamed(clipRunes(strings.Join(m.head, "\n")+"\n"+clues.Text, 60000)); ok {
			loc, loc.Source = m.gaz.location(p), srcOwnName
		}
	}
	m.setLocation(loc)
}

// reCapitalAsOwn is Beijing's government speaking of the capital's work
// as its own: 做好首都各项工作, 首都经济社会发展规律, 增强首都意识 (not a
// neighbour serving it: 主动服务首都经济社会发展, 做好首都“护城河”工作).
var reCapitalAsOwn = regexp.MustCompile(`做好首都各项工作|首都经济社会发展规律|增强首都意识`)

// setLocation files the document under loc, each of its fields with a
// value labelled with loc's source.
func (m *metadataReader) setLocation(loc Location) {
	doc := m.doc
	doc.Province, doc.City, doc.District, doc.Level = loc.Province, loc.City, loc.District, loc.Level
	for field, v := range map[string]string{"province": loc.Province, "city": loc.City, "district": loc.District, "level": loc.Level} {
		if v != "" {
			m.set(field, loc.Source)
		}
	}
}

// srcLeadingCounty is the source of a township's county read from the
// county's leadership its report worked under.
const srcLeadingCounty = "county's leadership"

// reTownshipIssuer is a township's government or its congress: 大江镇人民政府,
// 大江镇.
var reTownshipIssuer = regexp.MustCompile(`(?:镇|乡|街道|苏木)(?:人民政府|办事处)?$`)

// reLeadingCounty is a township's words on the county's party committee and
// government it worked under: 在台山市委市政府的正确领导下, 在宁乡县委、县政府的
// 坚强领导下.
var reLeadingCounty = regexp.MustCompile(`在(\p{Han}{2,8}?[县市区旗])委[、,，和]?(?:[县市区旗](?:人民)?政府)?的?\p{Han}{0,4}?领导下`)

// countyLeadingTownship returns the county a township's report names as
// the leadership it worked under, where the issuer or the meeting line is a
// township's and every such phrase in the text's first 6000 characters
// names that one county-level place (see reLeadingCounty), or false.
func (g *Gazetteer) countyLeadingTownship(clues Clues) (Place, bool) {
	township := reTownshipIssuer.MatchString(strings.TrimSpace(clues.Issuer))
	for _, c := range clues.Sources {
		township = township || c.Name == srcMeeting && reTownshipIssuer.MatchString(strings.TrimSpace(c.Text))
	}
	if !township {
		return Place{}, false
	}
	found := map[string]Place{}
	text := clipRunes(clues.Text, 6000)
	for _, loc := range reLeadingCounty.FindAllStringSubmatchIndex(text, -1) {
		if v := reOtherTownshipBefore.FindStringSubmatch(text[max(0, loc[0]-24):loc[0]]); v != nil && !ownTownshipWord(v[1]) {
			continue // another township's leadership (…了解到千灯镇在昆山市委市政府的坚强领导下…), not its own (全镇在…, 我镇在…)
		}
		name := text[loc[2]:loc[3]]
		ps := g.placesIn(name)
		if len(ps) != 1 || len(ps[0].Code) != 6 || ps[0].Name != name {
			return Place{}, false // a county's name shared by several, or no county
		}
		found[ps[0].Code] = ps[0]
	}
	return onlyPlace(found)
}

// reOtherTownshipBefore is a township named right before a leadership
// phrase, its subject (千灯镇), its group the name before the township's
// word; 全镇, 我镇 are the report's own.
var reOtherTownshipBefore = regexp.MustCompile(`(\p{Han}{1,6})(?:镇|乡|街道)$`)

// ownTownshipWord reports whether name, what stands before a township's
// word, ends in the word a report uses for its own township: 全(镇), 我(镇).
func ownTownshipWord(name string) bool {
	r, ok := lastRune(name)
	return ok && strings.ContainsRune("全我本该", r)
}

// srcSuperiorOrgan is the source of a county's city read from the city's
// organs its text names.
const srcSuperiorOrgan = "superior organ"

// srcCreditCode is the source of a place read from the credit code of the
// organ that publishes the text.
const srcCreditCode = "publisher's credit code"

// speaksAtLevel reports whether a text that speaks as level (as ownLevel
// reads it: 县, 区, 旗, 市, 州, 地区, 盟) can be a government of the
// location's level: a county's text of a county's organ, a city's of a
// city's; a province's organ places nothing.
func speaksAtLevel(locLevel, level string) bool {
	switch locLevel {
	case govsearch.LevelCounty:
		return level == "县" || level == "区" || level == "旗" || level == "市"
	case govsearch.LevelCity:
		return level == "市" || level == "州" || level == "地区" || level == "盟"
	}
	return false
}

// innerMongolia is the one province with banners (旗) and leagues (盟).
const innerMongolia = "内蒙古自治区"

// srcCaption is the source of a place read from the captions of a text's
// charts and tables (see captionedPlace).
const srcCaption = "chart caption"

// srcInspected is the source of a province read from the inspection
// speech a county's or city's text follows (see inspectedProvince).
const srcInspected = "province inspected"

// srcBannerWord is the source of Inner Mongolia read from a text that speaks
// as a banner or a league it does not name.
const srcBannerWord = "banner or league"

// srcSiteOrgan is the source of a place read from the government whose
// site publishes a text that speaks as it.
const srcSiteOrgan = "site's government"

// siteOrgan returns the government a page's furniture names as its site
// (苍梧县人民政府 in the header, the breadcrumb or the footer's 主办单位) when
// it is the one place of the level the text speaks as that the furniture
// names so; a site of another level (a city's site publishing a county's
// story) places nothing.
func (m *metadataReader) siteOrgan() (Place, bool) {
	level := m.bodyLevel()
	if level == "" {
		return Place{}, false
	}
	return m.onlySiteGovernment(m.siteLines(), func(p Place) bool { return atLevel(p, level) })
}

// siteLines are the lines that may name a page's site: its head, its
// furniture, and a footer's line naming who runs the site that the page's
// end left in the body (主办：万载县人民政府办公室).
func (m *metadataReader) siteLines() []line {
	lines := append(append([]line{}, m.pg.head...), m.pg.furniture...)
	for _, l := range m.pg.body {
		if reSiteOwnerLine.MatchString(l.text) {
			lines = append(lines, l)
		}
	}
	return lines
}

// reSiteOwnerLine is a site's footer line naming who runs it: 主办：万载县人民政府办公室.
var reSiteOwnerLine = regexp.MustCompile(`^\s*(?:主办单位|主办|网站主办|主管单位|版权所有)\s*[:：]`)

// onlySiteGovernment returns the one place whose government (…人民政府) the
// lines name as a site's, by its full name under any parent named with it,
// among the places fits accepts.
func (m *metadataReader) onlySiteGovernment(lines []line, fits func(Place) bool) (Place, bool) {
	found := map[string]Place{}
	for _, l := range lines {
		for _, v := range reSiteGovernment.FindAllStringSubmatch(foldForMetadata(l.text), -1) {
			named := m.gaz.placesIn(v[1])
			for _, p := range named {
				if fits(p) && strings.HasSuffix(v[1], p.Name) && underNamedParent(p, named) {
					found[p.Code] = p
				}
			}
		}
	}
	return onlyPlace(found)
}

// siteCountyOfTownship returns the county whose government a page's
// furniture names, in its header, its breadcrumb or its footer (番禺区人民政府
// 市桥街道办事处), when the text speaks as a township or a subdistrict at
// least twice (全街上下, 全镇, 我镇) and the furniture names one county only.
func (m *metadataReader) siteCountyOfTownship(text string) (Place, bool) {
	if len(reTownshipSelfWord.FindAllString(clipRunes(text, 6000), 3)) < 2 {
		return Place{}, false
	}
	furniture := append(append([]line{}, m.pg.head...), m.pg.furniture...)
	for _, l := range m.pg.body[:min(len(m.pg.body), 3)] {
		if reBreadcrumb.MatchString(strings.TrimSpace(l.text)) {
			furniture = append(furniture, l) // a breadcrumb the cleaner left over the document
		}
	}
	return m.onlySiteGovernment(furniture, func(p Place) bool { return len(p.Code) == 6 && !isZone(p.Code) })
}

// reTownshipSelfWord is how a township's or a subdistrict's text speaks of
// itself: 全镇, 我镇, 本乡, 全街, 全街道, 我街道.
var reTownshipSelfWord = regexp.MustCompile(`[全我本](?:镇|乡|街道|街)`)

// underNamedParent reports whether p lies under a place named with it
// (枣庄市市中区: the 市中区 of 枣庄市, not of 济南市 or 内江市), or whether none
// of the places named with it is a parent that could hold a county.
func underNamedParent(p Place, named []Place) bool {
	parent := false
	for _, q := range named {
		if len(q.Code) < len(p.Code) {
			if strings.HasPrefix(p.Code, q.Code) {
				return true
			}
			parent = true
		}
	}
	return !parent
}

// srcOutlet is where a place comes from when a local outlet tells of its
// own government's congress.
const srcOutlet = "news outlet"

// reOutletLead is a story's lead that opens on its outlet's mark, the
// outlet named for its place: 德州新闻网讯(记者王志冕), 临沂日报讯.
var reOutletLead = regexp.MustCompile(`^(\p{Han}{2,6}?)(?:新闻网|日报|晚报|电视台|广播电视台|融媒体中心)(?:讯|[(（]记者)`)

// reOutletCopyright is a local outlet's copyright line, the outlet named
// for its place: 淳安县千岛湖传媒中心版权所有, XX县融媒体中心 版权所有.
var reOutletCopyright = regexp.MustCompile(`^(?:©|版权所有[:：]?)?\s*(\p{Han}{2,12}?)(?:融媒体中心|传媒中心|新闻中心|广播电视台|电视台|日报社|报社)\s*(?:版权所有|主办|All)`)

// outletPlace returns the place a local outlet's name gives, in the lead's
// mark or in its copyright line among the page's furniture (footer), for a
// story that speaks of a government of that place's level by its level
// alone (市十九届人大三次会议, 市长朱开国) and names it nowhere else.
func (m *metadataReader) outletPlace(footer string) (Place, bool) {
	level := m.bodyLevel()
	if level == "" {
		return Place{}, false
	}
	lines := append(m.open[:min(len(m.open), 6):min(len(m.open), 6)], strings.Split(footer, "\n")...)
	for _, s := range lines {
		v := reOutletLead.FindStringSubmatch(strings.TrimSpace(s))
		if v == nil {
			// Or the outlet's copyright line in the page's furniture:
			// 淳安县千岛湖传媒中心版权所有.
			if c := reOutletCopyright.FindStringSubmatch(strings.TrimSpace(s)); c != nil {
				if p := leadingPlaces(m.gaz, c[1]); p != "" {
					v = []string{c[0], p}
				}
			}
		}
		if v == nil {
			continue
		}
		named := m.gaz.byShort[v[1]] // a county's outlet by its short name: 神农架融媒体中心
		if leadingPlaces(m.gaz, v[1]) == v[1] {
			named = m.gaz.placesIn(v[1])
		}
		found := map[string]Place{}
		for _, p := range named {
			if atLevel(p, level) {
				found[p.Code] = p
			}
		}
		if len(found) == 0 {
			continue
		}
		return onlyPlace(found)
	}
	return Place{}, false
}

// reSiteGovernment is a government named in a page's furniture, after the
// site's greeting if it has one (欢迎访问枣庄市市中区人民政府网站).
var reSiteGovernment = regexp.MustCompile(`(?:欢迎您?(?:访问|来到|进入|光临))?(\p{Han}{2,20}?)人民政府`)

// onlyProvinceNamed returns the province the opening names, by its full or
// short name, when it names one province and no other place but its cities
// (哈尔滨, where its congress meets; not in a delegation's story, 定安代表团,
// which is its county's), and speaks of a
// province's organs (省人大, 省委, 全省) or as a province (我省经济发展…, 江苏经济
// 发展的基本面; not a city's text that says 我市 too) and of no city's or
// county's organs.
func (m *metadataReader) onlyProvinceNamed() (Place, bool) {
	open := strings.Join(m.open, "\n")
	organ := reProvinceOrgan.MatchString(open)
	local := reLocalSelf.MatchString(open)
	weProvince := strings.Contains(open, "我省") && !local
	bureau := reProvinceBureau.MatchString(open) && !local
	if !organ && !weProvince && !bureau || reLocalOrgan.MatchString(open) {
		return Place{}, false
	}
	var found Place
	var others []Place
	for _, name := range m.gaz.NamesIn(open) {
		for _, p := range m.gaz.byName[name] {
			if len(p.Code) != 2 {
				continue
			}
			if found.Code != "" && found.Code != p.Code {
				return Place{}, false
			}
			found = p
		}
	}
	// Any other place must stand as a word of its own: a name run into a
	// word (滨州沿线, for the 滨洲 railway) names none.
	for _, p := range m.gaz.placesIn(open) {
		if len(p.Code) != 2 {
			others = append(others, p)
		}
	}
	for _, p := range others {
		if found.Code == "" || len(p.Code) != 4 || !strings.HasPrefix(p.Code, found.Code) || strings.Contains(open, "代表团") {
			return Place{}, false
		}
	}
	if _, withCity := m.gaz.inspectedCity(open, found); withCity {
		return Place{}, false // the speech on the province and one of its cities (对四川及成都工作…) guides the city
	}
	if names := m.gaz.NamesIn(open); !organ && !weProvince && len(names) > 0 && !slices.ContainsFunc(m.gaz.byName[names[0]], func(p Place) bool { return p.Code == found.Code }) {
		return Place{}, false // a city's text, named first, citing the province's bureau as its source (德阳市…一季度… / 据四川省统计局统一核算)
	}
	return found, found.Code != ""
}

// reProvinceBureau is a province's statistics bureau or finance department
// (四川省统计局…统计公报出炉, 记者从广东省统计局获悉): the province's organ where
// the text names the province first (德阳市…一季度… / 据四川省统计局统一核算 is 德阳's).
var reProvinceBureau = regexp.MustCompile(`省(?:统计局|财政厅)`)

// reLocalSelf is a city's or a county's text speaking as itself: 我市, 我县.
var reLocalSelf = regexp.MustCompile(`我[市县区旗州盟]`)

// The organs of a province, and of a city or county, as their news names
// them.
var (
	reProvinceOrgan = regexp.MustCompile(`省(?:委|长|人民政府|政府|人大|政协|发改委|第?[一二三四五六七八九十]+届)|全省`)
	reLocalOrgan    = regexp.MustCompile(`[市县区旗](?:委|长|人民政府|政府|人大|政协|第?[一二三四五六七八九十]+届)|全[市县区旗]`)
)

// Issuer positions of communiqués, resolutions and news of a congress.
var (
	// A communiqué's issuer line: 六盘水市统计局 国家统计局六盘水调查队, the
	// two offices run together where the page lost the space between them.
	reStatsOffice = regexp.MustCompile(`^(\p{Han}{2,20}?统计局)(?:\s|$|国家统计局)`)
	// The ordinal of a congress, after the place that holds it.
	reCongressOrdinal = regexp.MustCompile(`第[一二三四五六七八九十\d]+届`)
	// A local congress's session named with its place, its 第 left out
	// sometimes (双峰县洪山殿镇第十四届人民代表大会三次会议), or the congress
	// alone heading its documents (武汉市硚口区第十四届人民代表大会 / (05)).
	reLocalSession = regexp.MustCompile(`(\p{Han}{2,12}?)第[一二三四五六七八九十\d]+届人民代表大会(?:常务委员会)?(?:第?[一二三四五六七八九十\d]+次(?:全体)?会议|\s*$)`)
)

// rePresentedAsFollows is a text presenting itself with its issuer's name
// before its year: 现将万盛经济技术开发区2024决算报告如下.
var rePresentedAsFollows = regexp.MustCompile(`现将(\p{Han}{2,30}?)\d{4}年?度?\p{Han}{0,30}?(?:报告|汇报)如下`)

// reAlongWith is the document a report is submitted with: 连同《拉萨市
// “十三五”时期…规划纲要（草案）》一并审议.
var reAlongWith = regexp.MustCompile(`连同《([^》]{4,60})》一并`)

// reExplainerLead is an explainer's verb opening its headline before the
// report it reads, whose government is the page's: 为你解读(遵义市政府工作报告要点).
var reExplainerLead = regexp.MustCompile(`^(?:为你|为您|带你|一起)?(?:解读|读懂|看懂)`)

// reVenue is where a meeting is held, named in a headline after its organ
// (…人大常委会第十三次会议在哈尔滨召开, …在武汉闭会): a venue, not an issuer.
var reVenue = regexp.MustCompile(`在\p{Han}{2,8}?(?:召开|开幕|举行|闭幕|闭会)`)

// reStoryDay is the day a news story's lead begins with: 9月28日,
// 2月11日上午，, 22日上午，, 今日上午9时，, 近日,.
var reStoryDay = regexp.MustCompile(`^(?:(?:\d{1,2}月|元月)?\d{1,2}日|今天|今日|昨天|昨日|近日|日前)` + dayPartComma)

// reWireDateline is a news agency's dateline a lead begins with, its
// reporters' names in brackets after it: 中新社拉萨1月19日电 (江飞波 赵朗).
var reWireDateline = regexp.MustCompile(`^\p{Han}{1,6}社\p{Han}{2,8}\d{1,2}月\d{1,2}日电\s*(?:[（(][^）)]{1,40}[）)])?\s*`)

// dayPartComma is what follows a story's day before its news: the part of
// the day, the hour, the comma (上午9时许，).
const dayPartComma = `(?:上午|下午|晚上?)?(?:\d{1,2}时(?:\d{1,2}分)?许?)?[，,]\s*`

// reOrganWord is an organ or official right after a place name: 县委, 区人大
// 常委会, 九届人大, 人民政府, 县长.
var reOrganWord = regexp.MustCompile(`^(?:[县区市旗州]委|(?:[县区市旗州])?人大|(?:第?[\d一二三四五六七八九十]+届)|人民政府|政府|[县区市旗州]长)`)

// leadOrgan returns the place whose organ a news story's lead names first
// (9月28日，麦积区九届人大常委会召开…; 2月11日上午，张家川回族自治县县委副书记…):
// the organ that acted, whose story it is. It returns "" when the lead
// does not begin so.
func leadOrgan(g *Gazetteer, s string) string {
	// A lead may open on a line of rhetoric before its day (共谋全面深化改革
	// 良策,同绘转型跨越发展蓝图。今日上午,山西省第十二届…).
	s = leadSentence(s)
	loc := reStoryDay.FindStringIndex(s)
	if loc == nil {
		loc = reWireDateline.FindStringIndex(s)
	}
	if loc == nil {
		return ""
	}
	rest := s[loc[1]:]
	joined := leadingPlaces(g, rest)
	if joined == "" {
		return ""
	}
	after := rest[len(joined):]
	if joined == "代县" && actingHead([]rune(after)) && !reWordOnChang.MatchString(after) {
		return "" // the acting county head (1月12日下午,代县长汪驰主持…), not 代县's (代县长城保护…)
	}
	if !reOrganWord.MatchString(after) && !headNamedWithPlace(joined, after) {
		return ""
	}
	return joined
}

// reOpensOnShortSession is a text that opens on a congress's session
// named short, its place first: 江苏省十二届人大四次会议将于…召开.
var reOpensOnShortSession = regexp.MustCompile(`^(\p{Han}{2,12}?)[一二三四五六七八九十]{1,3}届(?:全国)?人大[一二三四五六七八九十]{1,3}次会议`)

// reWordOnChang is a word on 长 after 代县 that makes 代县 the place, not 代
// "acting" before 县长: 代县长城保护…, 代县长效管护…, 代县长途客运站.
var reWordOnChang = regexp.MustCompile(`^长(?:城|效|途|江|期|寿|廊|征|远|足|治久安|势|跑|篇|者|三角|青|假)`)

// headNamedWithPlace reports a head of government written on the place's
// full name, its level word shared (十堰市长陈新武 is 十堰市's 市长): joined
// ends with the level word and after goes on with 长 and a name.
func headNamedWithPlace(joined, after string) bool {
	r, _ := utf8.DecodeLastRuneInString(joined)
	return strings.ContainsRune("市县区旗州", r) && strings.HasPrefix(after, "长") && !strings.HasPrefix(after, "长期") && !strings.HasPrefix(after, "长江")
}

// leadingPlaces returns the place names s begins with, one after another
// (海口市秀英区…), or "".
func leadingPlaces(g *Gazetteer, s string) string {
	return strings.Join(leadingPlaceNames(g, s), "")
}

// leadingPlaceNames are the names of the places s opens with, in order:
// 长沙市, 芙蓉区 of 长沙市芙蓉区….
func leadingPlaceNames(g *Gazetteer, s string) []string {
	var names []string
	joined := ""
	for _, n := range g.namesAt(s) {
		if !strings.HasPrefix(s[len(joined):], n.name) {
			break
		}
		joined += n.name
		names = append(names, n.name)
	}
	return names
}

// fullLeadingPlaces returns the places s opens with up to the first one it
// gives by its short name: 南宁市良庆区 of 南宁市良庆区土地储备分中心, 湖南省 of
// 湖南省岳阳监狱 (a province's prison in 岳阳), "" for 南宁师范大学.
func fullLeadingPlaces(g *Gazetteer, s string) string {
	joined := ""
	for _, n := range leadingPlaceNames(g, s) {
		if r, _ := utf8.DecodeLastRuneInString(n); !strings.ContainsRune(levelChars, r) {
			break
		}
		joined += n
	}
	return joined
}

// lastLeadingPlace is the last of the places s opens with (see
// leadingPlaces): 芙蓉区 of 长沙市芙蓉区…, or "".
func lastLeadingPlace(g *Gazetteer, s string) string {
	names := leadingPlaceNames(g, s)
	if len(names) == 0 {
		return ""
	}
	return names[len(names)-1]
}

// congressAtWorkWords tell of a congress at work, congressTitleWords of it
// in a title (黄冈代表团赴会场出席开幕会并审议政府工作报告: at the congress,
// whatever else the title says); delegationTripWords of a delegation on a
// trip, at games or on a mission.
var (
	congressAtWorkWords = []string{"审议", "人民代表大会", "人大", "两会", "政府工作报告"}
	congressTitleWords  = []string{"审议", "人大", "人民代表大会", "两会", "开幕会", "分组讨论"}
	delegationTripWords = []string{"赴", "访问", "考察", "出访", "全运会", "运动会", "比赛", "金牌", "对口", "招商", "交流"}
)

// delegationsAsHosts returns title with each place whose delegation it
// names (来宾市代表团:…, 晋中代表团分组审议政府工作报告, 广西代表团举行全体会议)
// replaced by the place whose congress the delegation sits in: a city's
// by its province, a county's by its city, a province's by none (the
// National People's Congress). A story of a delegation at work is the
// host congress's.
func (g *Gazetteer) delegationsAsHosts(title string) string {
	var b strings.Builder
	rest := title
	for {
		k := strings.Index(rest, "代表团")
		if k < 0 {
			b.WriteString(rest)
			return b.String()
		}
		before := rest[:k]
		name, host := "", ""
		rs := []rune(before)
		for n := min(8, len(rs)); n >= 2; n-- {
			cand := string(rs[len(rs)-n:])
			places := g.byName[cand]
			if len(places) != 1 {
				continue
			}
			p := places[0]
			switch len(p.Code) {
			case 4:
				host = g.Province(p.Code).Name
			case 6:
				host = g.City(p.Code).Name
			}
			name = cand
			break
		}
		b.WriteString(strings.TrimSuffix(before, name))
		b.WriteString(host)
		b.WriteString("代表团")
		rest = rest[k+len("代表团"):]
	}
}

// placesBefore returns the place names that end s (来到莱芜区 → 莱芜区,
// 临汾市尧都区 → 临汾市尧都区): those right before a congress's ordinal
// name that congress's place whatever word stands before them.
func placesBefore(g *Gazetteer, s string) string {
	rs := []rune(s)
	for k := range rs {
		suffix := string(rs[k:])
		if k > 0 && len(rs)-k == 2 && strings.ContainsRune(connectives, rs[k]) && unicode.Is(unicode.Han, rs[k-1]) {
			continue // 部署和县第十七届…: 和 joins the county's congress to what comes before
		}
		joined := ""
		for _, n := range g.namesAt(suffix) {
			joined += n.name
		}
		if joined == suffix {
			return suffix
		}
	}
	return ""
}

// reNoticeByGovernment is a notice's title that names the government or
// its office issuing another's document: 深圳市人民政府办公厅关于印发深圳市坪山新区
// …纲要的通知, 四川省人民政府关于印发《成都平原经济区…》等5个规划的通知; its group is the issuer.
var reNoticeByGovernment = regexp.MustCompile(`^(\p{Han}{2,30}?(?:人民政府|政府)(?:办公厅|办公室)?)关于(?:印发|转发|批转|下达)[\p{Han}《“]`)

// noticeIssuer returns, of a notice's title that names the government
// issuing the document with its place, the issuer alone: the notice's place
// is the issuer's (深圳市人民政府办公厅, not the 坪山新区 whose plan it issues).
// Any other title is returned whole (区人民政府关于印发和平区…的通知 names its
// place only in the document's name).
func noticeIssuer(g *Gazetteer, title string) string {
	if v := reNoticeByGovernment.FindStringSubmatch(title); v != nil && strings.HasSuffix(title, "通知") && len(g.placesIn(v[1])) > 0 {
		return v[1]
	}
	return title
}

// reOpensAdoptionNote is the opening of a note in brackets saying on
// which day a congress adopted the text: (2011年3月12日.
var reOpensAdoptionNote = regexp.MustCompile(`^[(（]\s*\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日`)

// reTownshipConvenes is a story's lead opening on its day and the township
// that convened a meeting: 1月18日,杏坪镇召开…; its group is the township.
var reTownshipConvenes = regexp.MustCompile(`^\d{1,2}月\d{1,2}日` + dayPartComma + `(\p{Han}{1,8}?(?:镇|乡|街道|苏木))(?:召开|举行)`)

// reTownshipSession is a township's congress session in a story's lead:
// the township, perhaps where it met and 召开了, and the congress's ordinal.
var reTownshipSession = regexp.MustCompile(`(\p{Han}{2,12}?(?:镇|乡|街道|苏木))(?:在[^，,。；]{0,20}?)?(?:胜利|隆重|顺利|组织)?(?:召开了?|举行了?)?第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)`)

// reHeadReadsReport is a sentence that opens on the head of a government,
// by its place, reading the work report: 河北省省长王正谱作政府工作报告时指出,
// 西藏自治区主席嘎玛泽登1月31日向…作政府工作报告 (代主席 too); its first group is the place,
// its second 主席 alone, an autonomous region's head only (not a
// committee's chairman).
var reHeadReadsReport = regexp.MustCompile(`^(\p{Han}{2,20}?)(?:代理)?(?:代?(?:省长|市长|县长|区长|州长|旗长|盟长)|(?:人民)?政府(?:代理|代)?主席|代?(主席))\p{Han}{2,4}[^。，,]{0,40}?作(?:了)?(?:\d{4}年)?(?:《)?政府工作报告`)

// reCountyOutletCredit is the credit of a county's news app or media
// centre, by the county's short name, opening a story: 云上通山报道(记者 孙志成….
var reCountyOutletCredit = regexp.MustCompile(`^云上(\p{Han}{2,3}?)(?:报道|讯|消息)`)

// regionPlace returns the place a region field's path ends on (安徽-六安-
// 霍邱县; 吉林-长春-朝阳区: not 北京's 朝阳区), the one of that name whose
// city or province the path names before it.
func (g *Gazetteer) regionPlace(path string) (Place, bool) {
	parts := strings.FieldsFunc(path, func(r rune) bool { return strings.ContainsRune("-－—/", r) })
	if len(parts) == 0 {
		return Place{}, false
	}
	last, above := parts[len(parts)-1], strings.Join(parts[:len(parts)-1], "")
	named := func(names ...string) bool {
		return above == "" || containsAny(above, slices.DeleteFunc(names, func(n string) bool { return n == "" }))
	}
	var byCity, byProvince []Place
	for _, p := range g.byName[last] {
		if len(p.Code) != 6 {
			continue
		}
		city, province := g.City(p.Code), g.Province(p.Code)
		if named(countyShortName(city.Name), autonomousPlace(city.Name), city.Name) {
			byCity = append(byCity, p)
		}
		if named(shortName(province.Name), province.Name) {
			byProvince = append(byProvince, p)
		}
	}
	switch {
	case len(byCity) == 1:
		return byCity[0], true
	case len(byCity) == 0 && len(byProvince) == 1:
		return byProvince[0], true
	}
	return Place{}, false
}

// reLocalPaperSession is a local paper's or news site's credit (滨州日报/
// 滨州网讯, 秀洲新闻网2月14日讯) opening a sentence on its own place's congress or
// political consultative conference, 市, 区 or 县 alone (出席市十二届人大一次会议,
// 出席区政协三届一次会议; not 邹平市十二届人大, a county's); its groups are the
// place's short name and its unit.
var reLocalPaperSession = regexp.MustCompile(`^(\p{Han}{2,3}?)(?:日报(?:/\p{Han}{2,4}网)?|新闻网)(?:\d{1,2}月\d{1,2}日)?讯[^。]{0,60}?(?:[,，、]|出席|参加|在|召开)(市|区|县)(?:政协)?第?[一二三四五六七八九十]+届(?:人大|人民代表大会|政协|[一二三四五六七八九十]次会议)`)

// placesBeforeTownship is placesBefore, or, where s ends in a township's
// name after the places it lies in (双峰县洪山殿镇) or after its county's
// short name (晋江东石镇), those places: a township's congress places its
// county.
func placesBeforeTownship(g *Gazetteer, s string) string {
	if p := placesBefore(g, s); p != "" {
		return p
	}
	rs := []rune(s)
	for k := len(rs) - 2; k >= 1; k-- {
		// The longest run of places first: 温州市鹿城区 of 温州市鹿城区藤桥镇,
		// not 温州 with 市鹿城区藤桥镇 as the township.
		if reTownshipAlone.MatchString(string(rs[k:])) {
			if p := placesBefore(g, string(rs[:k])); p != "" && string(rs[:k]) == p {
				return p
			}
			if ps := g.byShort[string(rs[:k])]; len(ps) == 1 && len(ps[0].Code) == 6 {
				return ps[0].Name // the county by its short name: 晋江东石镇 → 晋江市
			}
		}
	}
	return ""
}

// belowProvince reports whether s names a city or county.
func (m *metadataReader) belowProvince(s string) bool {
	for _, p := range m.gaz.placesIn(s) {
		if len(p.Code) > 2 {
			return true
		}
	}
	return false
}

// bodyText returns the document's own lines, one per line, folded as the
// issuer positions are (瀋陽市 in a traditional text counts as 沈阳市 where
// the mentions of a city decide between two districts of one name).
func (m *metadataReader) bodyText() string {
	if m.body != "" {
		return m.body
	}
	var b strings.Builder
	for _, l := range m.pg.body {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	m.body = foldForMetadata(b.String())
	return m.body
}

// bodyLevel is the level of government the text's first 6,000 characters
// speak as (see ownLevel), read once.
func (m *metadataReader) bodyLevel() string {
	if !m.levelRead {
		m.level, m.levelRead = ownLevel(clipRunes(m.bodyText(), 6000)), true
	}
	return m.level
}

// footer returns the page's furniture lines, where ICP numbers and site
// codes stand.
func (m *metadataReader) footer() string {
	var b strings.Builder
	for _, l := range m.pg.furniture {
		b.WriteString(l.text)
		b.WriteByte('\n')
	}
	if m.h.siteCode != "" {
		// The markup's site code, as the footer would show it.
		b.WriteString("网站标识码:" + m.h.siteCode + "\n")
	}
	return b.String()
}

// reInspectedPartner is a sentence about the province a text's government
// cooperates with, aids or learns from (闽宁协作, 对口帮扶, 学习浙江经验)
// beside that province's inspection speech.
var reInspectedPartner = regexp.MustCompile(`[^。]*(?:视察|考察|对)[^。]*重(?:要讲话|要指示|大要求)[^。]*(?:协作|对口|帮扶|结对|经验)|(?:协作|对口|帮扶|结对|经验)[^。]*(?:视察|考察)[^。]*重要`)

// reDistrictOrgan is a district government's own organ, not the region's.
var reDistrictOrgan = regexp.MustCompile(`(?:^|[^治])区(?:人民政府|政府|长|委(?:员会)?[、,，])|区财政局|区人大`)

// regionWordsIn counts the words an autonomous region's text speaks of
// itself with (全区, 我区, 本区) where they are its own, not a scope (see
// selfWordAt).
func regionWordsIn(text string) int {
	n := 0
	for _, at := range reSelfWord.FindAllStringSubmatchIndex(text, -1) {
		if at[2] >= 0 && text[at[2]:at[3]] == "区" && selfWordAt(text, at[0], at[1]) {
			n++
		}
	}
	return n
}

// reProvinceSpeaks is a province's own report: 受省人民政府委托, 省本级.
var reProvinceSpeaks = regexp.MustCompile(`(?:受|代表)省人民政府|省本级|全省和省级`)

// reCaption is the caption of a chart or a table, up to the space after it:
// 图1 2020-2024年钦北区生产总值及其增长速度, 表 2：….
var reCaption = regexp.MustCompile(`(?:^|[\s。])[图表圖]\s?\d{1,2}\s*[:：]?\s*([^\s。]{2,40})`)

// captionedPlace returns the one place the captions of a text's charts and
// tables name (图1 2020-2024年钦北区生产总值及其增长速度, 表1 浦北县2024年GDP
// 构成表): a communiqué or a budget shows its own figures. Captions that
// name no place, or more than one, or a name several places share, give
// nothing.
func (g *Gazetteer) captionedPlace(text string) (Place, bool) {
	found, n := map[string]Place{}, 0
	for _, v := range reCaption.FindAllStringSubmatch(text, -1) {
		ps := mostSpecific(g.placesIn(v[1]))
		for _, p := range ps {
			found[p.Code] = p
		}
		if len(ps) > 0 {
			n++
		}
	}
	if n < 2 {
		return Place{}, false
	}
	return onlyPlace(found)
}

// countyShortAfterProvince returns the county of province that title names
// by its short name right after the province's (浙江金东: 金东区), where lead
// names that county as a story says where it is (see namedUnderProvince);
// else false.
func (g *Gazetteer) countyShortAfterProvince(title, province, lead string) (Place, bool) {
	pv, ok := g.provinceNamed(province)
	if !ok {
		return Place{}, false
	}
	for _, q := range g.placesIn(lead) {
		if len(q.Code) != 6 || !strings.HasPrefix(q.Code, pv.Code) {
			continue
		}
		short := withoutLevelWord(q.Name)
		// The lead names the county after its province (and city), as a
		// story says where it is (浙江省金华市金东区已进入“两会”时间, 浙江省义乌市…),
		// not a county in passing (…海东市平安区… under 青海平安建设…).
		if short != q.Name && strings.Contains(title, withoutLevelWord(pv.Name)+short) && g.namedUnderProvince(lead, title, pv, g.City(q.Code), q) {
			return q, true
		}
	}
	return Place{}, false
}

// reStaffNames is a page's label of its staff and their names, each of two
// to four characters and ending where the letters do: (编辑: 吴凌云 ), 【责任编辑：吴凌云】,
// 责任编辑：张三 李四, 编辑：欧阳凌云; not an organ (作者：凌云县统计局).
var reStaffNames = regexp.MustCompile(`(?:责任编辑|责编|编辑|作者|记者|通讯员|摄影|摄像|校对|审核|审校|终审|初审)\s*[:：]\s*\p{Han}{2,4}(?:[\s、，,/／]+\p{Han}{2,4})*(?:\P{Han}|$)`)

// ownTownship returns the county of the one township that text, speaking as
// a township (全镇, 我镇, 本乡), names standing alone twice, or once and
// with its short name three times or more, where the township's name is no other's and the
// text names a five-year plan's period of the years the names are trusted
// for (“十四五”; see townshipsFrom); else false.
func (g *Gazetteer) ownTownship(text string) (Place, bool) {
	if !containsAny(text, []string{"全镇", "我镇", "本镇", "全乡", "我乡", "本乡"}) {
		return Place{}, false
	}
	if planPeriodYear(text) < townshipsFrom {
		return Place{}, false // a text that names no plan period since the mergers may be older than the names
	}
	alone := map[string]int{} // times each township's name stands alone
	for _, v := range reTownshipMention.FindAllStringIndex(text, -1) {
		rs := []rune(text[v[0]:v[1]])
		before, _ := utf8.DecodeLastRuneInString(text[:v[0]])
		if after, _ := utf8.DecodeRuneInString(text[v[1]:]); strings.ContainsRune("村镇", after) {
			continue // 乡村, 乡镇, 城镇 (宜居乡村 is no 宜居乡)
		}
		for i := 0; i+3 <= len(rs); i++ {
			name := string(rs[i:])
			if _, ok := g.townships[name]; !ok {
				continue
			}
			// The name alone, not the tail of a word (美丽宜居乡村, 小城镇, 其中城镇人口).
			prev := before
			if i > 0 {
				prev = rs[i-1]
			} else if v[0] == 0 {
				prev = ' '
			}
			// After 在 only as its own organs' seat (在腰堡镇党委、政府的坚强领导下),
			// not as where others work (多在腰堡镇务工).
			if unicode.Is(unicode.Han, prev) && !strings.ContainsRune("是全对为设动", prev) && !(prev == '在' && reOwnOrgansAfter.MatchString(text[v[1]:])) {
				break
			}
			alone[name]++
			break
		}
	}
	// The township's own: named alone twice, or with its short name three
	// times (腰堡镇…, 新腰堡); not a neighbour (我镇东与腰堡镇相邻, 多在那大镇务工:
	// after 与, 和, 及, 、, 在).
	var found []string
	for name := range alone {
		if alone[name] >= 2 || strings.Count(text, strings.TrimRight(name, "镇乡")) >= 3 {
			found = append(found, name)
		}
	}
	if len(found) != 1 {
		return Place{}, false
	}
	return g.townships[found[0]], true
}

// reOwnOrgansAfter opens what follows a township's name when the text
// tells of its own organs: 党委、政府, 人民政府, 全体干部群众.
var reOwnOrgansAfter = regexp.MustCompile(`^(?:党委|政府|人民政府|人大|全体|广大|党政)`)

// reTownshipMention is a township's name as a text writes it: 腰堡镇.
var reTownshipMention = regexp.MustCompile(`\p{Han}{1,4}(?:镇|乡)`)

// namedUnderProvince reports whether lead, under the headline title, names
// county q as a story says where it is: its first sentence opens on the
// county, perhaps with its city, and goes on to its own affairs (金东区十届人大
// 四次会议…开幕, 金华市金东区已进入“两会”时间, 金东区2023年实现…, 金东区统计局日前
// 发布…; not 新兴县等地…, 长沙县经开区、…, 海东市平安区探索形成的经验…), or the county stands after its province, full or short, and
// perhaps its city (浙江省金华市金东区, 浙江金华金东区, 浙江省 金华市 金东区 with
// spaces squeezed, 浙江省义乌市); not a county a later sentence names in passing
// (…公报显示，… 云浮市新兴县等地…).
func (g *Gazetteer) namedUnderProvince(lead, title string, pv, city, q Place) bool {
	sameName := withoutLevelWord(q.Name) == withoutLevelWord(city.Name) // 长沙县 of 长沙市
	segments := strings.FieldsFunc(lead, func(r rune) bool { return unicode.IsSpace(r) || r == '。' })
	for _, l := range segments[:min(len(segments), 12)] {
		if runes(l) <= 8 || strings.ContainsAny(l, ":：>|") || strings.Contains(title, l) || strings.Contains(l, title) {
			continue // the page's crumbs, fields and headline before the lead
		}
		first := reLeadDayComma.ReplaceAllString(strings.TrimSpace(l), "")
		if sameName && (strings.Contains(first, "全市") || g.namesOtherCounty(first, city, q)) {
			break // a list of the city's counties (长沙县…，浏阳市、宁乡市…，全市…) is the city's
		}
		for _, c := range []string{"", city.Name, withoutLevelWord(city.Name)} {
			if strings.HasPrefix(first, c+q.Name) && reOwnAffairs.MatchString(strings.TrimPrefix(first, c+q.Name)) {
				return true
			}
		}
		break // the lead's first sentence only
	}
	if sameName {
		return false // 湖南长沙 over 长沙县 named in passing is the city's (长沙市)
	}
	squeezed := squeezeSpaces(lead)
	for _, p := range []string{pv.Name, withoutLevelWord(pv.Name)} {
		for _, c := range []string{"", city.Name, withoutLevelWord(city.Name)} {
			if strings.Contains(squeezed, p+c+q.Name) {
				return true
			}
		}
	}
	return false
}

// namesOtherCounty reports whether s names a county of city other than q,
// in full or by its short name in a list (浏阳市、宁乡市; 浏阳、宁乡).
func (g *Gazetteer) namesOtherCounty(s string, city, q Place) bool {
	other := func(p Place) bool {
		return len(p.Code) == 6 && p.Code != q.Code && strings.HasPrefix(p.Code, city.Code)
	}
	if slices.ContainsFunc(g.placesIn(s), other) {
		return true
	}
	// By a short name only in a list (浏阳、宁乡分列…), not inside a word or
	// a term (新建中小学校, 井冈山精神, “双清零”).
	for name, ps := range g.byShort {
		if (strings.Contains(s, name+"、") || strings.Contains(s, "、"+name)) && slices.ContainsFunc(ps, other) {
			return true
		}
	}
	return false
}

// reOwnAffairs is how a lead's first sentence goes on after the county it
// opens on, telling of the county's own affairs: its congress, its
// government, its head or party committee, its political consultative
// conference, its statistics, planning or finance office, a meeting it
// holds (金东区召开…), its year.
var reOwnAffairs = regexp.MustCompile(`^(?:第?[一二三四五六七八九十\d]+届|人大|人民代表大会|已进入|“?两会|人民政府|政府|政协|委|统计局|发改局|发展和改革局|财政局|(?:隆重)?召开|区长|县长|市长|旗长|今年|(?:19|20)\d{2}年)`)

// reLeadDayComma is the day a lead opens on: 1月8日，.
var reLeadDayComma = regexp.MustCompile(`^\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,]?`)
