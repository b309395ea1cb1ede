package ingest

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govsearch/govsearch/segment"
)

// srcOwnName is the source of a place read from the name a text gives its
// own county or city when no issuer position names one (see ownPlace).
const srcOwnName = "own name in the text"

// A text that names no issuer still speaks as one government: 县十四届人民代表大会,
// 区委副书记、区长, 市人大财经预算委员会, 全县, 我区, 区本级 (a budget's own level). reSelfOrgan finds the
// level of those organs (县, 区, 旗 or 市; 州 for an autonomous prefecture's:
// 州长, 第十二届州人民政府) where no place name stands before them.
var (
	reSelfOrgan = regexp.MustCompile(`(?:^|[^\p{Han}]|[日和及])([县区市旗])(?:委|人民政府|政府|人大|长|第?[一二三四五六七八九十]+届)|(?:^|[^\p{Han}]|[日和及届])(州)(?:委|人民政府|政府|人大|长)`)
	reSelfWord  = regexp.MustCompile(`[我全本]([县区市旗])|([县区市旗])本级`)
	// The government that presents its report to the congress:
	// 我代表市人民政府，向大会报告工作; 我谨代表区人民政府向大会报告; 我代表州
	// 人民政府 (an autonomous prefecture's).
	rePresentingGovernment = regexp.MustCompile(`我谨?代表([县区市旗州盟])(?:人民政府|政府)[，,]?\s*向(?:大会|会议)`)
	// A prefecture that is no city speaks as 全地区, 全州 or 全盟 (an
	// autonomous prefecture, a league).
	rePrefectureWord = regexp.MustCompile(`[我全本](地区|州|盟)`)
	// A party committee named with the place's full name (良庆区党委) shows
	// the level too; an autonomous region's (自治区党委) is a province's.
	reSelfPartyCommittee = regexp.MustCompile(`(?:^|[^治])([县区市旗])党委`)
)

// ownContext are the words after which a short county or city name is the
// text's own place (符合南岸实际, 符合肇东发展实际, 沈丘人民, 商丘经济社会, 共商淳安发展大计, 黎平
// 发展史上, the end of a slogan: “三个嵊州”, “五个新衡阳”),
// not an ordinary word that happens to be one (和平发展, 加强合作). A site's
// name (连江新闻网) is not among them: a site may report another county.
// A page whose words were swapped for synonyms on a copy site says 开展史
// for 发展史 (也是浔阳开展史上最好最快的时期之一).
var ownContext = []string{"实际", "发展实际", "人民", "大地", "百姓", "经济社会", "发展大计", "高质量发展", "发展史", "开展史", "县域", "城乡", "篇章", "”"}

// ownHistory are the words after which a short name is the text's own
// place when the time it speaks of is said to be in that place's history
// (是天门发展历程中极不平凡的五年, 也是昆山发展历史上极不寻常…的一年), not a place whose
// history others learn from (学习借鉴深圳发展历程中的改革经验).
var ownHistory = []string{"发展历程", "发展历史"}

// reStrivingFor is what a work report calls on all to strive for, the
// own place made new (为加快建设城乡统筹新海东而努力奋斗), its short name
// before 而.
var reStrivingFor = regexp.MustCompile(`为[^，,。；;\n]{0,20}?(?:建设|打造|构建|创建)[^，,。；;\n]{0,16}?新(\p{Han}{2,3}?)而(?:努力|不懈|团结)?奋斗`)

// reYearIsOwn opens what a text says the year past was: 刚刚过去的2021年，是
// (see ownPlace).
var reYearIsOwn = regexp.MustCompile(`(?:\d{4}\s*年|过去的一年|这一年)[，,]?\s*(?:也)?是`)

// reOwnYears is what a year is said to have been for a place, right after
// reYearIsOwn: its years of this and that (2012年是惠州的发展之年、改革之年),
// the place's short name first.
var reOwnYears = regexp.MustCompile(`^(\p{Han}{2,3}?)(?:市|县|区)?的\p{Han}{1,6}之年`)

// reOwnFounding is the year a text speaks of said to be its own place's
// anniversary of becoming a city or a county (也是莆田建市40周年), a
// short name before it.
var reOwnFounding = regexp.MustCompile(`(?:是|逢)(\p{Han}{2,3}?)建(?:市|县|区|州|旗|盟)(?:\d{1,3}|[一二三四五六七八九十百]{1,4})周年`)

// reOwnCommitteeLeads is the text's own party committee said to take the
// whole in hand, after its superiors' leadership: 是省委省政府、内江市委市政府
// 坚强领导…的结果,是隆昌市委统揽全局、科学决策的结果 (or 是中共隆昌市委…, 是隆昌
// 市委、市政府统揽全局); named with its government, only a county's: a
// prefecture's so named (内江市委、市政府统揽全局、关心支持) is a superior's.
var reOwnCommitteeLeads = regexp.MustCompile(`是(?:中共)?(\p{Han}{2,3}?[市县区旗])委(、\p{Han}{1,4})?(?:统揽全局|总揽全局)`)

// ownGDP is the word after which a short name is the text's own place
// when the text says it achieved it (全年实现英山生产总值), not where it
// compares or counts another's (与英山生产总值的差距, 占黄冈生产总值, 麻城、武穴生产总值).
const ownGDP = "生产总值"

// ownPrefix are the words before which a short name is the text's own
// place, in the slogans a government names itself by (建设美丽莆田, 幸福西宁,
// 现代化漯河建设, “平安咸丰”, 健康咸丰, 奋进江阳, 和谐中山).
// A slogan may call it new (“富强精美现代化新罗庄”): then only where the
// name ends the slogan's quotes (现代化新河西， is a new part of a city).
var ownPrefix = []string{"美丽", "幸福", "现代化", "平安", "健康", "奋进", "和谐", "现代化新", "美丽新"}

// ownLevel returns the suffix of the government a text speaks as (县, 区,
// 旗, 市, 地区, 州, 盟), or "": the one that presents the report to its
// congress (我代表市人民政府，向大会报告工作) where the text says so, else the
// most specific one its organs show. A county's text names its city's organs
// too (市委、市政府和区委); a city's names a county's only in passing, once or
// twice among its own many (see strayCountyMentions).
func ownLevel(text string) string {
	if v := rePresentingGovernment.FindStringSubmatch(text); v != nil {
		return v[1] // the government that presents the report says what it is
	}
	count := map[string]int{}
	regionWords := 0 // 全区, 我区, 本区
	for _, re := range []*regexp.Regexp{reSelfOrgan, reSelfWord, reSelfPartyCommittee, rePrefectureWord} {
		for _, at := range re.FindAllStringSubmatchIndex(text, -1) {
			if re == reSelfWord && !selfWordAt(text, at[0], at[1]) {
				continue
			}
			v := groupsAt(text, at) // the one group that matched
			count[v]++
			if re == reSelfWord && v == "区" {
				regionWords++
			}
		}
	}
	inRegion := strings.Contains(text, "自治区") || count["市"] > 0 && reRegionShortName.MatchString(text)
	if inRegion && count["区"]-regionWords <= count["市"] {
		// In an autonomous region 全区 may be the region's: a city's text
		// (拉萨; 崇左, which names its region 广西 only) speaks of 全市
		// more; a district's names its own organs (区党委).
		count["区"] -= regionWords
	}
	best := ""
	for _, k := range []string{"县", "区", "旗"} {
		if count[k] > count[best] {
			best = k
		}
	}
	if best != "" && count[best] <= strayCountyMentions && count["市"] >= strayCountyRatio*count[best] {
		// A city's text that names a county's organs once or twice
		// (泽州县委、县政府整体入驻) among its own twenty: it speaks as the city.
		best = ""
	}
	if best == "" {
		for _, k := range []string{"市", "地区", "州", "盟"} {
			if count[k] > count[best] {
				best = k
			}
		}
	}
	return best
}

// A county's level shown this few times, where a city's is shown so many
// times more, is a county the city's text speaks of (see ownLevel).
const (
	strayCountyMentions = 2
	strayCountyRatio    = 8
)

// reRegionShortName is an autonomous region by the name its own texts use
// (广西, 宁夏, 新疆, 西藏, 内蒙古): a text that speaks of 全市 too may rank its
// city in the region's 全区; the region's own text speaks of 全区 alone.
var reRegionShortName = regexp.MustCompile(`广西|宁夏|新疆|西藏|内蒙古`)

// selfWordAt reports whether the match of reSelfWord at text[start:end]
// is a government speaking of itself (全县, 我区, 本级), not the scope a
// place is ranked in, the region or province above it (排全区第1位, 居全区
// 前列, 走在全市“五大发展”…的前列, 全区之首, 在全国全区的地位). A word that holds one (质量安全县) is left
// to the count: one such in a city's text is outweighed (see ownLevel).
func selfWordAt(text string, start, end int) bool {
	before, after := text[:start], text[end:]
	for _, w := range []string{"居", "位列", "领跑", "走在", "全国"} { // 在全国全区的地位: the nation and the region; 走在全市…前列
		if strings.HasSuffix(before, w) {
			return false
		}
	}
	return !reRankScope.MatchString(after)
}

// reRankScope is what follows the scope of a ranking: 全区第1位, 全区第一名, 全区第2、第1位,
// 全区前列, 全区前3位, 全区之首, 全区排名 (not 全县第一产业, 全县前三季度).
var reRankScope = regexp.MustCompile(`^(?:第\s*[0-9一二三四五六七八九十]+(?:\s*[、,，]\s*第\s*[0-9一二三四五六七八九十]+)*\s*[位名]|前\s*(?:列|[0-9一二三四五六七八九十]+\s*[位名])|之首|排名|排位)`)

// atLevel reports whether p is a government of the level a text speaks as:
// a county or district of its suffix (a 旗 for 县 too), or, for 市, a
// municipality, a prefecture-level or a county-level city.
func atLevel(p Place, level string) bool {
	if isZone(p.Code) {
		return false
	}
	switch level {
	case "市":
		// A municipality (重庆市) speaks as a 市 too: 市人大, 市政府.
		// A prefecture (塔城地区) speaks as 地区, not as 市.
		return len(p.Code) <= 6 && strings.HasSuffix(p.Name, "市")
	case "县":
		return len(p.Code) == 6 && (strings.HasSuffix(p.Name, "县") || strings.HasSuffix(p.Name, "旗"))
	case "地区", "州", "盟":
		return len(p.Code) == 4 && strings.HasSuffix(p.Name, level)
	}
	return len(p.Code) == 6 && strings.HasSuffix(p.Name, level)
}

// countyShortName is the name a county-level place goes by without its
// suffix (淳安县 → 淳安, 南岸区 → 南岸), or "" for a name too short to lose it.
func countyShortName(name string) string {
	for _, suf := range []string{"林区", "县", "区", "市", "旗"} {
		if short := strings.TrimSuffix(name, suf); short != name && utf8.RuneCountInString(short) >= 2 {
			return short
		}
	}
	return ""
}

// ownPlace returns the one place of the level a text speaks as that the
// text names, by its full name anywhere or by its short name before a word
// that makes it the text's own (沈丘人民, 符合南岸实际), or, for a city's text
// that names none so, the one city of a province it names whose short name
// it uses (辽宁 … 大连), when no issuer position names a place. Of several
// places, the one named as the text's own is taken; two such places, or
// none, give nothing.
func (g *Gazetteer) ownPlace(text string) (Place, bool) {
	slogans := g.sloganPlaces(text)
	level := ownLevel(text)
	if level == "" {
		if p, ok := onlyCounty(slogans); ok {
			if c := g.City(p.Code); len(c.Code) == 4 && namesakeCounty(c, p) {
				// A prefecture and its namesake county go by one short name
				// (新甘孜: 甘孜藏族自治州, 甘孜县), and the text shows no
				// county's organ: the prefecture's.
				return c, true
			}
			return p, true
		}
		if len(slogans) != 1 {
			return Place{}, false
		}
		// A fragment that shows no organ of its own but names one city in
		// its slogans (构建和谐宿州, “生态宿州”建设) and in full (宿州市综合体育
		// 中心) is that city's.
		for code, p := range slogans {
			if len(code) == 4 && strings.Contains(text, p.Name) {
				return p, true
			}
		}
		// One that names none of its organs either but one of the city's
		// counties in full, its subject (海沧区《…纲要》近日正式发布 … 美丽厦门),
		// is that county's.
		for code := range slogans {
			counties := map[string]Place{}
			for _, p := range g.placesIn(text) {
				if len(p.Code) == 6 && strings.HasPrefix(p.Code, code) {
					counties[p.Code] = p
				}
			}
			if len(code) == 4 {
				return onlyPlace(counties)
			}
		}
		return Place{}, false
	}
	found := map[string]Place{}
	owned := map[string]Place{} // named as the text's own (石狮高质量发展)
	add := func(p Place) {
		if atLevel(p, level) {
			found[p.Code] = p
		}
	}
	named := g.placesIn(text)
	for _, p := range named {
		add(p)
	}
	addShort := func(short string, ok bool) {
		if ok && !g.nounNotNamed(short, text) { // 文化古城” in 嘉兴 calls the town an ancient city
			for _, p := range g.byShort[short] {
				if atLevel(p, level) {
					found[p.Code], owned[p.Code] = p, p
				}
			}
		}
	}
	for _, w := range ownContext {
		eachOccurrence(text, w, func(before, _ string) {
			if w == "”" && isMotto(before) {
				return
			}
			for _, n := range []int{2, 3} {
				short, ok := lastRunes(before, n)
				if w == "”" && strings.HasSuffix(before, "“"+short) {
					continue // a term in quotes (融入“双城”发展格局), not a slogan on a place (“三个嵊州”)
				}
				if w == "”" && !endsQuoteAsWord(before, short) {
					continue // the end of an idiom in quotes (“半壁江山”), no 江山
				}
				if longer, ok := lastRunes(before, n+1); ok && len(g.byName[longer]) > 0 {
					continue // the tail of a longer place's name (天津市人民: 天津市, no 津市)
				}
				addShort(short, ok)
			}
		})
	}
	eachOccurrence(text, ownGDP, func(before, _ string) {
		for _, n := range []int{2, 3} {
			if short, ok := lastRunes(before, n); ok && strings.HasSuffix(before, "实现"+short) {
				addShort(short, ok)
			}
		}
	})
	for _, w := range ownHistory {
		eachOccurrence(text, w, func(before, _ string) {
			for _, n := range []int{2, 3} {
				if short, ok := lastRunes(before, n); ok && strings.HasSuffix(before, "是"+short) {
					addShort(short, ok)
				}
			}
		})
	}
	for _, re := range []*regexp.Regexp{reOwnFounding, reStrivingFor} {
		for _, v := range re.FindAllStringSubmatch(text, -1) {
			addShort(v[1], true)
		}
	}
	for _, v := range reOwnCommitteeLeads.FindAllStringSubmatch(text, -1) {
		for _, p := range g.byName[v[1]] {
			if p.Name == v[1] && atLevel(p, level) && (v[2] == "" || len(p.Code) == 6) {
				found[p.Code], owned[p.Code] = p, p
			}
		}
	}
	for _, at := range reYearIsOwn.FindAllStringIndex(text, -1) {
		// The year past said to be the place's (刚刚过去的2021年，是荆州战略
		// 地位更加重要…的一年), in one sentence.
		rest := text[at[1]:]
		if end := strings.IndexAny(rest, "。\n"); end >= 0 {
			rest = rest[:end]
		}
		if v := reOwnYears.FindStringSubmatch(rest); v != nil {
			addShort(v[1], true)
			continue
		}
		if !strings.HasSuffix(strings.TrimRight(rest, "！!"), "的一年") {
			continue
		}
		for _, n := range []int{2, 3} {
			addShort(firstRunes(rest, n))
		}
	}
	if level == "地区" || level == "州" || level == "盟" {
		// A prefecture's text names its own committee by the short name
		// (阿勒泰地委、行署 … 全地区; 黔南州委); without one, it may say what
		// a time was for itself (是海西经济社会发展极为艰难…的一年), not
		// for a neighbour it serves (主动服务临夏经济社会发展).
		prefectures := g.prefecturesByShort(shortsBefore(text, prefectureCommittee[level], ""), level)
		if len(prefectures) == 0 {
			shorts := map[string]bool{}
			for _, w := range ownContext {
				if w != "”" { // a slogan's end: a county's, not a prefecture's
					maps.Copy(shorts, shortsBefore(text, w, "是"))
				}
			}
			prefectures = g.prefecturesByShort(shorts, level)
		}
		for _, p := range prefectures {
			found[p.Code], owned[p.Code] = p, p
		}
	}
	for _, p := range slogans {
		if atLevel(p, level) {
			found[p.Code], owned[p.Code] = p, p
		}
	}
	if level == "市" {
		found = g.cityOverItsCounties(named, found, owned)
	}
	if len(found) == 0 && level == "市" && !speaksAsTownship(text) {
		// Not a township's report that names its city's committee as its
		// superior (在xx市委、市政府和镇党委的坚强领导下, 全镇): its own place
		// is a county that such a text does not give.
		found = g.citiesOfNamedProvince(text)
	}
	if len(found) == 0 && (level == "县" || level == "旗" || level == "区") {
		found = g.countiesNamedInFull(text, level)
	}
	if len(found) == 0 && (level == "县" || level == "旗" || level == "区") {
		found = g.countiesNamedShort(text, level)
	}
	if len(found) > 1 && len(owned) == 1 {
		// A county-level city's text names its prefecture's organs
		// (泉州市委、石狮市委) and only its own place as its own.
		found = owned
	}
	if len(found) > 1 && len(owned) == 0 {
		// A text that names its own place over and over and another of
		// its level in passing (沙湾市 throughout, 长治市 that aids it once).
		if p, ok := namedMost(text, found); ok {
			found = map[string]Place{p.Code: p}
		}
	}
	if len(found) == 0 {
		// A page of a county's report that speaks of its prefecture (全州)
		// or shows no organ still names its county in its slogans; a text
		// that speaks as a county names a district by the county it was:
		// 和谐清苑 in 清苑县's report of 2013 is the 清苑区 of today.
		if level == "县" || level == "旗" {
			for code, p := range slogans {
				if old, ok := g.formerCounty(p); ok {
					slogans[code] = old
				}
			}
		}
		return onlyCounty(slogans)
	}
	if len(found) > 1 && answersToProvince(text) {
		// A text that answers to its province (中央和省、市决策部署) is no
		// municipality's district: 临沂's 河东区, not 天津's.
		found = maps.Clone(found)
		maps.DeleteFunc(found, func(code string, _ Place) bool { return isMunicipality(code) })
	}
	return onlyPlace(withoutCountyRowOfCity(found))
}

// withoutCountyRowOfCity drops from found the county-level row of a city
// that has no counties (442000 中山市, which its towns belong to) when the
// city itself (4420 中山市) is there too: one place, named once.
func withoutCountyRowOfCity(found map[string]Place) map[string]Place {
	out := maps.Clone(found)
	for code, p := range found {
		if len(code) == 6 && found[code[:4]].Name == p.Name {
			delete(out, code)
		}
	}
	return out
}

// minListedCounties is how many counties of one city a text must list for
// it to be read as that city's own text.
const minListedCounties = 3

// cityOverItsCounties returns found for a text that speaks as a 市, but
// when the places it names (named) hold at least minListedCounties counties
// of one prefecture-level city (泽州县10.6亿元，高平市10.5亿元，沁水县…, ranked
// by revenue), a county-level city among them (高平市) is one of the places
// it ranks, not its own: the text is the prefecture's, unless it names that
// county-level city as its own (owned).
func (g *Gazetteer) cityOverItsCounties(named []Place, found, owned map[string]Place) map[string]Place {
	byCity := map[string]map[string]bool{}
	for _, p := range named {
		if len(p.Code) == 6 && !isMunicipality(p.Code) && !isZone(p.Code) {
			if byCity[p.Code[:4]] == nil {
				byCity[p.Code[:4]] = map[string]bool{}
			}
			byCity[p.Code[:4]][p.Code] = true
		}
	}
	for code, counties := range byCity {
		city, ok := g.byCode[code]
		if len(counties) < minListedCounties || !ok {
			continue
		}
		listed := false
		for c := range found {
			if counties[c] && owned[c].Code == "" {
				listed = true
			}
		}
		if listed {
			return map[string]Place{city.Code: city}
		}
	}
	return found
}

// sloganAdjectives are counties' short names that slogans use as
// adjectives (美丽富裕新宋家, 幸福富裕文明新宋家): a county's only where they end
// the slogan (“美丽富裕”).
var sloganAdjectives = []string{"富裕", "平安", "和平", "太平", "安宁"}

// reRegionAfter is the region named after a city that leads it:
// 成都都市圈, 成渝地区双城经济圈, 长株潭城市群.
var reRegionAfter = regexp.MustCompile(`^(?:都市圈|经济圈|城市群|经济区|一体化)`)

// reRunsToQuoteEnd is the rest of a quoted slogan after a short name that
// does not end it: 塘” after 幸福金牛 (“魅力现代城 幸福金牛塘”).
var reRunsToQuoteEnd = regexp.MustCompile(`^\p{Han}{1,2}[”"]`)

// reCityNounAfter is a city's noun after a word that then describes it:
// 大都市 after 滨海 (现代化滨海大都市建设), 城市 (现代化滨海城市); not a
// slogan's own (淄博强市, 绍兴名城, 义乌大市场).
var reCityNounAfter = regexp.MustCompile(`^(?:大都市|都市|城市)`)

// cityNouns are the short names of counties that are also what a slogan
// calls a town itself: 文化古城 is an ancient city, not 丽江's 古城区.
var cityNouns = []string{"古城"}

// nounNotNamed reports a short name of cityNouns in a text that does not
// name the city of any county it is short for: 文化古城 without 丽江 is the
// town's word for itself; 推动古城高质量发展 under 丽江市委 is 古城区.
func (g *Gazetteer) nounNotNamed(short, text string) bool {
	if !slices.Contains(cityNouns, short) {
		return false
	}
	for _, p := range g.byShort[short] {
		if c := g.City(p.Code); c.Code != "" && strings.Contains(text, withoutLevelWord(c.Name)) {
			return false
		}
	}
	return true
}

// sloganPlaces returns the places, of any level, a text names by their
// short names in the slogans a government names itself by (美丽莆田,
// “平安咸丰”, 现代化漯河), keyed by code.
func (g *Gazetteer) sloganPlaces(text string) map[string]Place {
	found := map[string]Place{}
	for _, w := range ownPrefix {
		eachOccurrence(text, w, func(before, after string) {
			for _, n := range []int{2, 3} {
				short, ok := firstRunes(after, n)
				if !ok || reRegionAfter.MatchString(after[len(short):]) {
					continue // the region a city leads (现代化成都都市圈), not a slogan on it
				}
				if containsAny(text, []string{short + "镇", short + "乡", short + "街道"}) {
					continue // a township's slogan on itself (和谐西平, of 西平镇), no county's
				}
				if g.nounNotNamed(short, text) {
					continue // what a place calls itself (品质建设 文化古城: an ancient city), no 古城区
				}
				places := g.byShort[short]
				if rest := after[len(short):]; len(places) == 0 && (standsAsSlogan(rest) || strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, " ")) && sloganEnds(text, short) >= 2 {
					// A county whose short name is one character, by its
					// full name at a slogan's end, in a list of its slogans
					// (活力泾县、品质泾县、…幸福泾县; not 幸福和县城, nor a
					// neighbour's “平安萧县” or 美丽泾县、 named once).
					places = g.countiesNamed(short)
				}
				if len(places) == 0 || runsIntoWord(short, after[len(short):]) || reRunsToQuoteEnd.MatchString(after[len(short):]) || reCityNounAfter.MatchString(after[len(short):]) || strings.HasPrefix(after[len(short):], "型") || containsAny(short, sloganAdjectives) && !standsAsSlogan(after[len(short):]) {
					continue // no place's; 美丽富裕新宋家 calls 宋家 rich, no 富裕县; 幸福河口袋公园 is a park, no 幸福河口; “幸福金牛塘” names 牛塘镇, no 金牛; 现代化滨海大都市 is a coastal city, no 滨海县; 现代化资源型城市 is a kind of city, no 资源县
				}
				if !strings.HasSuffix(w, "新") && g.newSloganName(after) {
					continue // 现代化新罗庄”: 罗庄 made new, not 新罗
				}
				if w == "和谐" && (!standsAsSlogan(after[len(short):]) || !opensSlogan(before)) || strings.HasSuffix(w, "新") && !strings.HasPrefix(after[len(short):], "”") {
					// 和谐 goes before common words (和谐安居工程, 和谐合作的关系,
					// 保持和谐安宁): a slogan only set off in a list or built
					// (经济强市、和谐中山、宜居城市, 构建和谐汉寿，).
					continue
				}
				for _, p := range places {
					found[p.Code] = p
				}
			}
		})
	}
	return found
}

// ownProvince returns the one province a province's own text (see
// speaksAsProvince) names as its own: the province whose inspection speech
// guides it (考察青海重要讲话精神), the one its slogans name (构建和谐四川”,
// 建设美丽福建) or its charts' captions, or false when it names none or
// several.
func (g *Gazetteer) ownProvince(text string) (Place, bool) {
	found := map[string]Place{}
	if p, ok := g.inspectedProvince(text); ok {
		found[p.Code] = p
	} else if reInspected.MatchString(text) {
		return Place{}, false // several provinces' speeches
	}
	for _, v := range reCaption.FindAllStringSubmatch(text, -1) {
		// Its charts captioned with its name (图1 2001-2007年浙江省生产总值及其增长速度).
		for _, p := range g.placesIn(v[1]) {
			if len(p.Code) == 2 {
				found[p.Code] = p
			}
		}
	}
	for _, w := range ownPrefix {
		if strings.HasSuffix(w, "新") {
			continue // a part made new (现代化新河西), no province
		}
		eachOccurrence(text, w, func(before, after string) {
			for _, n := range []int{2, 3} {
				short, ok := firstRunes(after, n)
				if !ok || !standsAsSlogan(after[len(short):]) || w == "和谐" && !opensSlogan(before) {
					continue // 和谐 before a common word (和谐安居), a name run into a word
				}
				for _, p := range g.byName[short] {
					if len(p.Code) == 2 {
						found[p.Code] = p
					}
				}
			}
		})
	}
	return onlyPlace(found)
}

// ownRegion returns the autonomous region whose own organs a text names
// without its name (自治区人民政府召开会议, 自治区副主席) and which it names by
// the short name its texts use, naming no other region and no organ of a
// city or county (…推进西藏长治久安), or false.
func (g *Gazetteer) ownRegion(text string) (Place, bool) {
	if !reRegionOrgan.MatchString(text) || reBelowRegionOrgan.MatchString(text) || reAidsProvince.MatchString(text) {
		return Place{}, false
	}
	found := map[string]Place{}
	for _, n := range reRegionShortName.FindAllString(text, -1) {
		for _, p := range g.byName[n] {
			if len(p.Code) == 2 {
				found[p.Code] = p
			}
		}
	}
	return onlyPlace(found)
}

// reRegionOrgan is an autonomous region's organ named without the region
// (自治区人民政府, 自治区副主席, 自治区十三届人大); reBelowRegionOrgan an organ of a city, a
// county or a district (市委, 县人民政府, 区长).
var (
	reRegionOrgan      = regexp.MustCompile(`自治区(?:人民政府|政府|党委|副?主席|人大|政协|第?[一二三四五六七八九十]+届人大)`)
	reBelowRegionOrgan = regexp.MustCompile(`[市县旗州盟](?:委|长|人民政府|政府|人大|政协)|全[市县旗州盟]|(?:^|[^治])区(?:委|长|人民政府|政府|人大|政协)`)
)

// inspectedCity returns the one city of province that text names beside it
// as the one whose speech guides it (对江苏、苏州工作重要讲话: 苏州市), or false.
func (g *Gazetteer) inspectedCity(text string, province Place) (Place, bool) {
	found := map[string]Place{}
	for _, v := range reInspected.FindAllStringSubmatch(text, -1) {
		if v[1] == "" {
			continue
		}
		isProvince := false
		for _, p := range g.byName[v[1]] {
			isProvince = isProvince || p.Code == province.Code
		}
		if !isProvince {
			continue
		}
		for _, p := range g.byName[v[2]] {
			if len(p.Code) == 4 && strings.HasPrefix(p.Code, province.Code) {
				found[p.Code] = p
			}
		}
	}
	return onlyPlace(found)
}

// speaksAsProvince reports a text that speaks as a province's government or
// of the province as a whole (我代表省人民政府, 省本级, 全省) and names no organ
// of a city or county as its own (市委, 县人民政府, 全市).
func speaksAsProvince(text string) bool {
	return (reProvinceSpeaks.MatchString(text) || reProvinceOrgan.MatchString(text)) && !reLocalOrgan.MatchString(text) && !reLowerOrgan.MatchString(text) && !reAidsProvince.MatchString(text)
}

// reLowerOrgan is an organ of a prefecture or a township (州委, 州人民政府,
// 全州, 地委, 行署, 镇党委, 全乡; not a province's 市州人民政府 or 乡镇政府);
// reAidsProvince a text on the aid a province gives another (援疆, 对口支援),
// which names that province's speeches and slogans (美丽新疆) as its
// partner's.
var (
	reLowerOrgan   = regexp.MustCompile(`(?:^|[^市])[州盟](?:委|人民政府|政府|人大)|全[州盟]|地委|行署|(?:^|[^乡])镇(?:党委|人民政府|政府|人大)|全[镇乡]`)
	reAidsProvince = regexp.MustCompile(`援[疆藏青]|对口支援`)
)

// onlyAsPersonName reports whether every occurrence of short in text ends
// a person's name after an official's title (副主任朱永昌、): no place named.
func onlyAsPersonName(text, short string) bool {
	person := true
	eachOccurrence(text, short, func(before, _ string) {
		person = person && rePersonBefore.MatchString(before)
	})
	return person
}

// rePersonBefore is an official's title and a surname before a name that
// ends like a county's short name: 副主任朱永昌、 is a person, not 永昌.
var rePersonBefore = regexp.MustCompile(`(?:主任|书记|县长|区长|市长|旗长|州长|主席|委员|部长|局长|常委|秘书长|同志)\p{Han}$`)

// sloganEnds counts the two-word slogans that end in name and a
// separator: 活力泾县、, 幸福泾县 at a line's end.
func sloganEnds(text, name string) int {
	n := 0
	eachOccurrence(text, name, func(before, after string) {
		r, _ := utf8.DecodeRuneInString(after)
		if b, ok := lastRunes(before, 2); ok && !strings.ContainsFunc(b, func(c rune) bool { return !unicode.Is(unicode.Han, c) }) && (after == "" || strings.ContainsRune("、，, \n”", r)) {
			n++
		}
	})
	return n
}

// countiesNamed returns the county-level places whose full name is name, as
// it stands in a slogan when the short name would be one character (泾县,
// 和县, 萧县).
func (g *Gazetteer) countiesNamed(name string) []Place {
	var out []Place
	for _, p := range g.byName[name] {
		if p.Name == name && len(p.Code) == 6 {
			out = append(out, p)
		}
	}
	return out
}

// formerCounty returns the county a district was before it became one
// (清苑区, 清苑县 until 2015), when the gazetteer knows the county's name
// for the district's code.
func (g *Gazetteer) formerCounty(p Place) (Place, bool) {
	if !strings.HasSuffix(p.Name, "区") {
		return Place{}, false
	}
	for _, q := range g.byName[strings.TrimSuffix(p.Name, "区")+"县"] {
		if q.Code == p.Code && q.Name != p.Name {
			return q, true
		}
	}
	return Place{}, false
}

// shortsBefore returns the last two to four characters before each
// occurrence of w in text, each preceded by lead where lead is given.
func shortsBefore(text, w, lead string) map[string]bool {
	shorts := map[string]bool{}
	eachOccurrence(text, w, func(before, _ string) {
		for _, n := range []int{2, 3, 4} {
			if short, ok := lastRunes(before, n); ok && strings.HasSuffix(before, lead+short) {
				shorts[short] = true
			}
		}
	})
	return shorts
}

// opensSlogan reports whether the text before a slogan's first word sets
// it off as one: a list's mark, a quote, or a word that builds it (构建,
// 建设, 打造).
func opensSlogan(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || strings.ContainsRune("、，,。；;“\"", r) || containsSuffix(before, []string{"构建", "建设", "打造", "创建"})
}

// newSloganName reports whether after (the text after a slogan's word)
// calls a place new and ends the slogan there, or goes on to its building:
// 新罗庄”, 幸福美丽新乐山。 (乐山 made new, no 新乐), 现代化新荣昌建设, 新荣昌
// 高质量发展 (no 新荣).
func (g *Gazetteer) newSloganName(after string) bool {
	rest, ok := strings.CutPrefix(after, "新")
	if !ok {
		return false
	}
	for _, n := range []int{2, 3} {
		if short, ok := firstRunes(rest, n); ok && len(g.byShort[short]) > 0 && (standsAsSlogan(rest[len(short):]) || containsPrefix(rest[len(short):], newPlaceGoesOn)) {
			return true
		}
	}
	return false
}

// newPlaceGoesOn are the words after a place called new that go on to what
// it builds or aims at (新荣昌建设, 新荣昌高质量发展, 新荣昌的奋斗目标).
var newPlaceGoesOn = []string{"建设", "发展", "高质量", "的", "精彩", "篇章", "征程", "奋斗", "目标", "蓝图", "画卷"}

// standsAsSlogan reports whether the text after a slogan's place name ends
// the slogan: punctuation, a quote or the end.
func standsAsSlogan(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || strings.ContainsRune("、，,。；;”\"！!", r)
}

// runsIntoWord reports a name whose last character makes a common word with
// the character after it, which the segmenter leaves alone (河口 / 袋 of
// 河口袋公园: 口袋), so that the name is no word there whatever the segmenter
// says. A name followed by a word of its own (长兴 / 建设 of 平安长兴建设,
// though 兴建 is a word too) stands.
func runsIntoWord(name, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(name)
	next, size := utf8.DecodeRuneInString(after)
	if size == 0 || !unicode.Is(unicode.Han, next) {
		return false
	}
	seg := segment.Default()
	if f, err := seg.Frequency(string(last) + string(next)); err != nil || f < maxPlaceWordFrequency {
		return false
	}
	words, err := seg.Words(segment.Normalize(name + clipRunes(after, 6)))
	if err != nil {
		return false
	}
	// The token after the name, where the segmenter kept the name whole.
	at := 0
	for _, w := range words {
		if at == len(name) {
			return runes(w.Text) == 1
		}
		at += len(w.Text)
	}
	return false
}

// onlyCounty returns the one county-level place of slogans, for a text
// whose organs show no level or no place of theirs; two such places, or
// none, give nothing.
func onlyCounty(slogans map[string]Place) (Place, bool) {
	counties := map[string]Place{}
	for code, p := range slogans {
		if len(code) == 6 {
			counties[code] = p
		}
	}
	return onlyPlace(counties)
}

// namesakeCounty reports whether county p goes by the short name of its
// prefecture c: 甘孜县 of 甘孜藏族自治州, 恩施市 of 恩施土家族苗族自治州, 和田县
// of 和田地区; not 连云区 of 连云港市, whose short name is longer.
func namesakeCounty(c, p Place) bool {
	short := autonomousPlace(c.Name)
	if short == "" {
		short = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(c.Name, "地区"), "盟"), "市")
	}
	return c.Name != p.Name && short != "" && countyShortName(p.Name) == short
}

// cityNamedOften returns the one city of province a city's text names, by
// its full or short name, at least twice (马鞍山发展史上… 亲临马鞍山考察),
// where it names no other city of the province, or false. A short name that
// is the province's (吉林) counts for no city.
func (g *Gazetteer) cityNamedOften(text string, province Place) (Place, bool) {
	var named []Place
	for code, c := range g.byCode {
		if len(code) != 4 || !strings.HasPrefix(code, province.Code) {
			continue
		}
		n := strings.Count(text, c.Name)
		if short := shortName(c.Name); short != "" && short != shortName(province.Name) {
			// Not a short name that is the province's too (吉林 for 吉林市 in
			// 推动吉林全面振兴), nor one that is another province's (海南 of
			// 海南藏族自治州 in 海南省).
			n += g.shortMentions(text, c) - strings.Count(text, short+"省")
		}
		if n > 0 {
			if n < 2 {
				return Place{}, false // another city named, or this one once
			}
			named = append(named, c)
		}
	}
	if len(named) != 1 {
		return Place{}, false
	}
	return named[0], true
}

// onlyPlace returns the one place of found, or false when it holds none
// or several.
func onlyPlace(found map[string]Place) (Place, bool) {
	if len(found) != 1 {
		return Place{}, false
	}
	for _, p := range found {
		return p, true
	}
	return Place{}, false
}

// namedMost returns the place of found whose full name the text gives at
// least minOwnMentions times and ownMentionsRatio times as often as any
// other's.
func namedMost(text string, found map[string]Place) (Place, bool) {
	best, first, second := mostCounted(found, func(p Place) int { return strings.Count(text, p.Name) })
	return best, first >= minOwnMentions && first >= ownMentionsRatio*second
}

// mostCounted returns the place of places that count gives the highest
// number, with that number and the next highest.
func mostCounted(places map[string]Place, count func(Place) int) (best Place, first, second int) {
	for _, p := range places {
		switch n := count(p); {
		case n > first:
			best, first, second = p, n, first
		case n > second:
			second = n
		}
	}
	return best, first, second
}

// A place named so often more than the others of its level is the text's
// own (see namedMost).
const (
	minOwnMentions   = 3
	ownMentionsRatio = 3
)

// citiesOfNamedProvince returns the prefecture-level cities whose short
// name a text speaks of (嘱托大连要勇当…), among the cities of the provinces
// it names by full or short name (辽宁): a city's report that names itself
// only so, in the province it names.
func (g *Gazetteer) citiesOfNamedProvince(text string) map[string]Place {
	found := map[string]Place{}
	provinces := map[string]bool{}
	for _, name := range g.NamesIn(text) {
		for _, p := range g.byName[name] {
			if len(p.Code) == 2 {
				provinces[p.Code] = true
			}
		}
	}
	for prov := range provinces {
		for code, p := range g.byCode {
			if len(code) != 4 || !strings.HasPrefix(code, prov) || isZone(code) {
				continue
			}
			// A city that goes by its province's name (吉林) is not told
			// from the province by it.
			short := countyShortName(p.Name)
			if short != "" && strings.Contains(text, short) && !strings.HasPrefix(g.byCode[prov].Name, short) {
				found[code] = p
			}
		}
	}
	return found
}

// eachOccurrence calls fn for each occurrence of w in text, with the text
// between the occurrence before it (or the start) and it, and the text
// after it.
func eachOccurrence(text, w string, fn func(before, after string)) {
	for from := 0; ; {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return
		}
		fn(text[from:from+i], text[from+i+len(w):])
		from += i + len(w)
	}
}

// firstRunes returns the first n runes of s, if it has n.
func firstRunes(s string, n int) (string, bool) {
	head := clipRunes(s, n)
	return head, utf8.RuneCountInString(head) == n
}

// lastRunes returns the last n runes of s, if it has n.
func lastRunes(s string, n int) (string, bool) {
	tail := lastRunesUpTo(s, n)
	return tail, utf8.RuneCountInString(tail) == n
}

// lastRunesUpTo returns the last n runes of s, or all of s if it has fewer.
func lastRunesUpTo(s string, n int) string {
	i := len(s)
	for range n {
		if i == 0 {
			break
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// countiesNamedShort returns the counties of a level whose short name a
// county's text uses as a word of its own (为伊吾的改革开放, 加快西和脱贫攻坚):
// the last resort of a text that names its county nowhere else. A short
// name that is a common word (资源, 大关) or that a word runs across
// (复杂多样 is no 杂多, 和政府 no 和政) names nothing.
func (g *Gazetteer) countiesNamedShort(text, level string) map[string]Place {
	found := map[string]Place{}
	for short, ps := range g.byShort {
		if runes(short) < 2 || !strings.Contains(text, short) || !standsAsRareWord(text, short) || onlyAsPersonName(text, short) {
			continue
		}
		for _, p := range ps {
			if atLevel(p, level) && len(p.Code) == 6 {
				found[p.Code] = p
			}
		}
	}
	return found
}

// countiesNamedInFull returns the counties of a level a county's text names
// by their full name as what a time is (也是化德县抢抓机遇…之年, “十一五”时期是
// 湘潭县发展最快…), where the segmenter cuts the text at both ends of the
// name: a word that runs across a name (搬迁安置 holds no 迁安市, 创新城区 no
// 新城区) names nothing, and a county helped or learnt from (帮扶从江县, 学习
// 安吉县…经验) is no text's own.
func (g *Gazetteer) countiesNamedInFull(text, level string) map[string]Place {
	found := map[string]Place{}
	for _, m := range g.namesAt(text) {
		if runes(m.name) < 3 || !strings.HasSuffix(m.name, level) || !cutAtItsEdges(text, "是", m.name) {
			continue
		}
		for _, p := range g.byName[m.name] {
			if p.Name == m.name && atLevel(p, level) && len(p.Code) == 6 {
				found[p.Code] = p // by its name, not an earlier one (清苑县 is 清苑区 now)
			}
		}
	}
	return found
}

// cutAtItsEdges reports whether the segmenter, reading some occurrence of
// lead and name in text with the words around it, begins a word where the
// name begins and ends one where it ends.
func cutAtItsEdges(text, lead, name string) bool {
	seg := segment.Default()
	cut := false
	eachOccurrence(text, lead+name, func(before, after string) {
		if cut {
			return
		}
		b, n := segment.Normalize(lastRunesUpTo(before+lead, 8)), segment.Normalize(name)
		words, err := seg.Words(b + n + segment.Normalize(clipRunes(after, 8)))
		if err != nil {
			return
		}
		starts, ends := false, false
		for _, w := range words {
			starts = starts || w.Start == len(b)
			ends = ends || w.End == len(b)+len(n)
		}
		cut = starts && ends
	})
	return cut
}

// maxPlaceWordFrequency is the dictionary frequency above which a short
// name is an ordinary word (大关 176, 伊吾 41).
const maxPlaceWordFrequency = 100

// cityOfSuperiorOrgans returns the one prefecture-level city whose organs
// (岳阳市财政局, 岳阳市人民政府, 岳阳市委) a text that speaks as a county or
// district (level, as ownLevel reads it: 我区, 全县, 县人民政府) names, or false
// when it names none or more than one, or speaks as no county.
func (g *Gazetteer) cityOfSuperiorOrgans(text, level string) (Place, bool) {
	if level != "县" && level != "区" && level != "旗" {
		return Place{}, false
	}
	found := map[string]Place{}
	for _, v := range reCityOrgan.FindAllStringSubmatch(text, -1) {
		// The match may begin inside the words before the name (下达岳阳市
		// 财政局): the longest tail of it that is a city's name.
		rs := []rune(v[1])
		for i := range rs {
			if ps := cities(g.byName[string(rs[i:])]); len(ps) > 0 {
				for _, p := range ps {
					found[p.Code] = p
				}
				break
			}
		}
	}
	return onlyPlace(found)
}

// cities returns the prefecture-level places of ps.
func cities(ps []Place) []Place {
	var out []Place
	for _, p := range ps {
		if len(p.Code) == 4 {
			out = append(out, p)
		}
	}
	return out
}

// reCityOrgan is a city's name before one of its organs: 岳阳市财政局,
// 岳阳市人民政府, 岳阳市委.
var reCityOrgan = regexp.MustCompile(`(\p{Han}{1,8}?(?:市|自治州|地区|盟))(?:财政局|人民政府|委|政府|发展和改革委员会|统计局|人大常委会)`)

// prefectureCommittee is the party committee of a prefecture of each level,
// as a text names it after the prefecture's short name: 阿勒泰地委, 黔南州委.
var prefectureCommittee = map[string]string{"地区": "地委", "州": "州委", "盟": "盟委"}

// prefecturesByShort returns the prefectures of a level (地区, 州, 盟) whose
// name is one of shorts followed by the level's suffix or by an autonomous
// prefecture's peoples (阿勒泰 → 阿勒泰地区, 黔南 → 黔南布依族苗族自治州).
func (g *Gazetteer) prefecturesByShort(shorts map[string]bool, level string) []Place {
	var out []Place
	if len(shorts) == 0 {
		return out
	}
	for code, p := range g.byCode {
		if len(code) != 4 || !atLevel(p, level) {
			continue
		}
		for short := range shorts {
			rest, ok := strings.CutPrefix(p.Name, short)
			if ok && (rest == level || level == "州" && strings.HasSuffix(rest, "自治州") && !strings.ContainsFunc(strings.TrimSuffix(rest, "自治州"), func(r rune) bool { return r == '市' || r == '县' })) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// isMotto reports whether the text before a closing quote ends in a quoted
// motto of several clauses (“生态富县，生态富民”), whose last word names no
// place even when it is a county's short name, unlike the short slogan a
// government names itself by (“三个嵊州”, “平安咸丰”).
func isMotto(before string) bool {
	i := strings.LastIndex(before, "“")
	return i >= 0 && (strings.ContainsAny(before[i:], "，,、；;") || isCountedTerm(before[i+len("“"):]))
}

// endsQuoteAsWord reports whether short, at the end of before, is a word
// of its own in the quoted phrase it ends, as the segmenter cuts it
// (“三个嵊州”: 三个 / 嵊州), not the end of an idiom (“半壁江山”: one word).
func endsQuoteAsWord(before, short string) bool {
	i := strings.LastIndex(before, "“")
	if i < 0 {
		return true
	}
	q := before[i+len("“"):]
	if strings.ContainsAny(q, "”\n") || utf8.RuneCountInString(q) > 12 {
		return true
	}
	words, err := segment.Default().Words(segment.Normalize(q))
	return err != nil || len(words) == 0 || words[len(words)-1].Text == segment.Normalize(short)
}

// isCountedTerm reports a quoted term that counts its parts (一江三河, 两山一湖,
// 一带一路): it opens with a numeral and holds another, with no 个 of a
// slogan's count (三个嵊州), or names the N great ones (六大振兴), so its last
// word (三河, 振兴) is no place's short name.
func isCountedTerm(q string) bool {
	r := []rune(q)
	if len(r) >= 3 && strings.ContainsRune(countNumerals, r[0]) && r[1] == '大' {
		return true // the N great ones (“六大振兴”, “四大产业”): 振兴 is no 振兴区
	}
	if len(r) < 4 || !strings.ContainsRune(countNumerals, r[0]) || strings.Contains(q, "个") {
		return false
	}
	return strings.ContainsAny(string(r[1:]), countNumerals)
}

// countNumerals are the numerals a counted term is made of.
const countNumerals = "一二两三四五六七八九十百千"

// endsListedPhrase reports whether a two-character word ends a phrase of
// four in a list of such phrases set off by commas (突出稳进增效、除险固安、
// 改革突破): the phrase's second half, not a place's name.
func endsListedPhrase(before, word, after string) bool {
	if runes(word) != 2 {
		return false
	}
	tail, ok := lastRunes(before, 3) // not the whole text before it, once per occurrence
	if !ok {
		return false
	}
	rs := []rune(tail)
	if !strings.ContainsRune("、，,", rs[0]) || !unicode.Is(unicode.Han, rs[1]) || !unicode.Is(unicode.Han, rs[2]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("、，,。；;", r)
}

// standsAsRareWord reports whether word is rare in the dictionary and
// some occurrence of it in text is cut as a word of its own.
func standsAsRareWord(text, word string) bool {
	seg := segment.Default()
	f, err := seg.Frequency(word)
	if err != nil || f >= maxPlaceWordFrequency {
		return false
	}
	found := false
	eachOccurrence(text, word, func(before, after string) {
		if found || containsPrefix(after, mediaWords) {
			return // a county's news site may report another county
		}
		if containsPrefix(after, featureWords) {
			return // a resort named after a word (西流沱滨江旅游度假区) is no county
		}
		if containsPrefix(after, []string{"镇", "乡", "街道"}) {
			return // a township that bears the name (西平镇 of 三台县) is no county 西平县
		}
		if strings.HasSuffix(before, "“") && !strings.HasPrefix(after, "”") {
			return // the head of a term in quotes: “双清零” is no 双清
		}
		if reRegionAfter.MatchString(after) && (strings.HasSuffix(before, "地区") || strings.HasPrefix(word, "双")) || strings.HasPrefix(after, "城市群") || strings.HasPrefix(after, "都市圈") {
			return // what a region is, named before it: 成渝地区双城经济圈, 成渝双城经济圈 is no 双城; the cities that lead a cluster, no county (兰西城市群: 兰州 and 西宁, no 兰西县)
		}
		if endsListedPhrase(before, word, after) {
			return // 稳进增效、除险固安、改革突破: a phrase of four, no 固安
		}
		if r, _ := utf8.DecodeLastRuneInString(before); strings.HasPrefix(word, "路") && unicode.Is(unicode.Han, r) {
			return // a road's name and a direction: 机场路北延, 铁路北站, no 路北
		}
		b, a := lastRunesUpTo(before, 8), clipRunes(after, 8)
		words, err := seg.Words(segment.Normalize(b + word + a))
		if err != nil {
			return
		}
		if f == 0 {
			// A name the dictionary lacks is never cut as one word (是莲都奋力:
			// 莲 / 都): it stands alone where a cut falls at both its edges,
			// not where a word runs across one (复杂多样 holds no 杂多).
			nb, nw := len(segment.Normalize(b)), len(segment.Normalize(word))
			starts, ends := false, false
			for _, w := range words {
				starts = starts || w.Start == nb
				ends = ends || w.End == nb+nw
			}
			found = starts && ends
			return
		}
		found = slices.ContainsFunc(words, func(w segment.Word) bool { return w.Text == word })
	})
	return found
}

// mediaWords are what follows a place's name in the name of its media
// (连江新闻网, 连江广播电视台).
var mediaWords = []string{"新闻", "网", "广播", "电视", "日报", "融媒"}

// featureWords end the name of a resort that a word names (西流沱滨江旅游
// 度假区): the word is no county's short name there. A road's or a park's
// name is left out: a county's text may name its own (伊吾大道, 容城公园),
// and 路 begins 路径 and 路线图 (探索乡村振兴西和路径).
var featureWords = []string{"旅游度假区", "度假区"}

// placeNamedThroughout returns the county-level place or city of the level
// a text speaks as (县, 区, 旗, 市) that the text names by its short name throughout
// (in full somewhere, or by a short name that stands as a rare word of its
// own): at least minShortMentions times, and
// ownMentionsRatio times as often as any other place of that level it
// names in full (清苑县 once, 清苑 nineteen times, in a report that says
// 我代表县政府).
func (g *Gazetteer) placeNamedThroughout(text string) (Place, bool) {
	level := ownLevel(text)
	if level != "县" && level != "区" && level != "旗" && level != "市" {
		return Place{}, false
	}
	found := map[string]Place{}
	for _, p := range g.placesIn(text) {
		if atLevel(p, level) {
			found[p.Code] = p
		}
	}
	// A report whose opening was cut may name its county by its short name
	// only (容城 29 times), and another county in full once (a partner
	// county it aids: 和静县).
	maps.Copy(found, g.countiesNamedShort(text, level))
	g.keepNamedWithCity(found, text)
	count := func(p Place) int {
		if short := countyShortName(p.Name); short != "" {
			return strings.Count(text, short)
		}
		return strings.Count(text, p.Name)
	}
	best, first, second := mostCounted(found, count)
	if len(best.Code) == 4 {
		// A city's report names its county-level cities as often as it
		// likes (德阳 52 times, its 什邡 15, 广汉 …): only other cities compete.
		second = 0
		for _, p := range found {
			if !strings.HasPrefix(p.Code, best.Code) {
				second = max(second, count(p))
			}
		}
	}
	return best, first >= minShortMentions && first >= ownMentionsRatio*second
}

// keepNamedWithCity drops from found the places that share their name
// with another (白云区 of 广州市 and of 贵阳市) where the text names the city
// of one of them only (广州市白云区, 广州): that one stays.
func (g *Gazetteer) keepNamedWithCity(found map[string]Place, text string) {
	byName := map[string][]Place{}
	for _, p := range found {
		byName[p.Name] = append(byName[p.Name], p)
	}
	for _, ps := range byName {
		if len(ps) < 2 {
			continue
		}
		var named []Place
		for _, p := range ps {
			if city := g.City(p.Code); city.Code != "" && strings.Contains(text, withoutLevelWord(city.Name)) {
				named = append(named, p)
			}
		}
		if len(named) != 1 {
			continue
		}
		for _, p := range ps {
			if p.Code != named[0].Code {
				delete(found, p.Code)
			}
		}
	}
}

// onlyPlaceNamed returns the one place text names, by its full name at
// least minOnlyPlaceMentions times, when it names no other place at all.
func (g *Gazetteer) onlyPlaceNamed(text string) (Place, bool) {
	ps := g.placesIn(text)
	if len(ps) != 1 || strings.Count(text, ps[0].Name) < minOnlyPlaceMentions {
		return Place{}, false
	}
	return ps[0], true
}

// minOnlyPlaceMentions is how often a text must name the only place it
// names for it to be the text's (see onlyPlaceNamed).
const minOnlyPlaceMentions = 3

// minShortMentions is how often a text must name a county by its short name
// for it to be the text's own (see placeNamedThroughout).
const minShortMentions = 8

// reInspected is the province whose inspection speech or instructions a
// local government follows, named by its short or full name: 视察广东重要
// 讲话, 考察江西时的重要讲话, 视察黑龙江期间重要指示, 对青海工作的重大要求,
// 对内蒙古的重要指示, 对湖南重要讲话, 对四川工作系列重要指示, 总书记对重庆
// 提出的“两点”定位; with its city
// first (对江苏、苏州工作重要讲话, 对贵州、对遵义工作重要指示, 对四川及成都工作
// 系列重要指示: the first two groups), tried before the province alone would
// take 四川及成都 for one name.
var reInspected = regexp.MustCompile(`对(\p{Han}{2,5}?)(?:、对?|和对?|及)(\p{Han}{2,5}?)(?:工作)?(?:的|所作的?|作出的)?(?:一?系列)?重要(?:讲话|指示)|(?:视察|考察)(\p{Han}{2,8}?)(?:时的|期间)?重要(?:讲话|指示)|对(\p{Han}{2,8}?)(?:工作)?(?:的|所作的?|作出的)?(?:一?系列)?重(?:要讲话|要指示|大要求)|总书记对(` + provinceShortNames + `)(?:壮族|回族|维吾尔)?(?:市|省|自治区)?(?:工作)?所?提出的|来([陕川黔滇赣皖鲁豫鄂湘粤桂琼闽浙苏冀晋辽吉黑陇甘青宁新疆藏蒙渝沪津京])(?:考察|视察)(?:时的)?重要(?:讲话|指示)`)

// provinceShortNames are the provinces' names without their kind (黑龙江,
// 内蒙古, 广西), as an alternation for a pattern; none is the start of another.
const provinceShortNames = `北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆`

// provinceAbbreviations are the one-character names of the provinces, as a
// visit to one is said (习近平总书记来陕考察重要讲话, 来川视察重要指示, 来疆考察;
// 来宁考察客商 are investors visiting 南京, no speech).
var provinceAbbreviations = map[string]string{
	"陕": "陕西省", "川": "四川省", "黔": "贵州省", "滇": "云南省", "赣": "江西省", "皖": "安徽省", "鲁": "山东省",
	"豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省", "闽": "福建省",
	"浙": "浙江省", "苏": "江苏省", "冀": "河北省", "晋": "山西省", "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省",
	"陇": "甘肃省", "甘": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区", "疆": "新疆维吾尔自治区", "藏": "西藏自治区",
	"蒙": "内蒙古自治区", "渝": "重庆市", "沪": "上海市", "津": "天津市", "京": "北京市",
}

// inspectedProvince returns the one province that text names as the one
// whose inspection speech or instructions guide it (see reInspected), or
// false when it names none or several.
func (g *Gazetteer) inspectedProvince(text string) (Place, bool) {
	found := map[string]Place{}
	for _, v := range reInspected.FindAllStringSubmatch(text, -1) {
		name := v[1] + v[3] + v[4] + v[5]
		if v[6] != "" {
			name = provinceAbbreviations[v[6]]
		}
		for _, p := range g.byName[name] {
			if len(p.Code) == 2 {
				found[p.Code] = p
			}
		}
	}
	return onlyPlace(found)
}

// speaksAsTownship reports a text that speaks as a township's government
// (全镇, 镇党委, 镇人大, 我乡) at least twice and more than as a city's (全市,
// 我市, 本市).
func speaksAsTownship(text string) bool {
	town := len(reTownshipSelf.FindAllStringIndex(text, -1))
	return town >= 2 && town > len(reCitySelf.FindAllStringIndex(text, -1))
}

var (
	// reTownshipSelf is a township's word for itself or its organs.
	reTownshipSelf = regexp.MustCompile(`(?:全|我|本)[镇乡]|[镇乡](?:党委|人大|人民政府|政府)`)
	// reCitySelf is a city's word for itself.
	reCitySelf = regexp.MustCompile(`(?:全|我|本)市`)
)
