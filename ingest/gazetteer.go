package ingest

import (
	"bufio"
	_ "embed"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// formerTSV lists the names county-level divisions and prefecture-level
// cities had from 2010 on but have no longer, with the code that holds
// each now (see its header for the source and the rules).
//
//go:embed former.tsv
var formerTSV string

// townshipsTSV lists the townships whose name no other township has, with
// the county each belongs to: "name<TAB>code" lines (see addTownships).
//
//go:embed townships.tsv
var townshipsTSV string

// Place is one administrative division.
type Place struct {
	Code string // GB/T 2260: 2 digits province, 4 city, 6 county
	Name string // its full name: 天津市, 科尔沁右翼中旗
}

// Gazetteer knows China's provinces, prefecture-level cities and
// county-level divisions, and finds the issuing place of a document.
type Gazetteer struct {
	byCode map[string]Place
	byName map[string][]Place // full names and short forms → places
	maxLen int                // longest name, in runes
	// byShort are the names cities and county-level places go by without
	// their suffix (商丘, 淳安, 南岸): read only where a text speaks of its
	// own place (see ownPlace), since most are ordinary words too.
	byShort map[string][]Place
	// townships are the county (or city without counties) of each
	// township whose name is no other's (雅瑶镇 → 鹤山市): read only where
	// no issuer position names a place (see townshipCounty).
	townships map[string]Place
	// formerUntil is the year each former name (name<TAB>code) went out
	// of use (see addFormerNames).
	formerUntil map[string]int
	// byPinyin are cities and county-level places by their names in
	// pinyin, as English translations write them (see pinyinTSV).
	byPinyin map[string][]pinyinPlace
}

// expiredFormer reports whether p is a former name (清河区 of 淮安, until
// 2016) that a text naming years after its end (latest) cannot mean.
func (g *Gazetteer) expiredFormer(p Place, latest int) bool {
	until, ok := g.formerYear(p)
	return ok && latest > until
}

// formerYear returns the year p's name went out of use, if p is a former
// name (襄樊市 4206, until 2010).
func (g *Gazetteer) formerYear(p Place) (int, bool) {
	until, ok := g.formerUntil[p.Name+"\t"+p.Code]
	return until, ok
}

// latestYear returns the latest year s names (2022年), or 0; a document
// site's mark of the year it updated its listing ((2022年更新)) names none of
// the text's.
func latestYear(s string) int {
	latest := 0
	for _, v := range reNamedYear.FindAllStringSubmatch(reUpdatedMark.ReplaceAllString(s, ""), -1) {
		if y, _ := strconv.Atoi(v[1]); y > latest && y <= 2100 {
			latest = y
		}
	}
	return latest
}

// reUpdatedMark is a document site's mark of the year it updated a
// listing, its group the year: (2022年更新).
var reUpdatedMark = regexp.MustCompile(`[(（]\s*((?:19|20)\d{2})\s?年更新\s*[)）]`)

// reNamedYear is a year as a text names it: 2022年.
var reNamedYear = regexp.MustCompile(`((?:19|20)\d{2})\s?年`)

// addTownships reads "township name<TAB>code" lines; each code must be a
// county's, or a city's written with 00 (儋州市 460400 or 4604).
func (g *Gazetteer) addTownships(tsv string) error {
	g.townships = map[string]Place{}
	return eachDataLine(tsv, "townships", func(text string) error {
		name, code, ok := strings.Cut(text, "\t")
		p, known := g.byCode[code]
		if !ok || !known || name == "" {
			return fmt.Errorf("want township<TAB>known code, got %q", text)
		}
		g.townships[name] = p
		return nil
	})
}

// reTownshipName is a township's name as an issuer writes it, before its
// organ or its congress: 雅瑶镇人民政府, 覃巴镇2017年政府工作报告, 练市镇第十七届,
// 瓦庙镇十八届人大, 五角场街道办事处.
var reTownshipName = regexp.MustCompile(`(\p{Han}{2,8}?(?:镇|乡|街道|苏木))(?:人民政府|政府|办事处|党委|党工委|人大|人民代表大会|第?[一二三四五六七八九十\d]+届|\d{4}年|20\d{2}|政府工作报告)`)

// townshipsFrom is the first year whose texts the townships' names (2023
// codes) are trusted for: many townships were merged or renamed before,
// and a name unique now may have been shared then (袁庄镇 of 2009). From
// 2015 until meta-169; the held-out readers placed the townships of 2012
// and 2014 (新塍镇, 樟铺镇) as the list does, and no reader differed.
const townshipsFrom = 2011

// reTownshipAlone is a township's name and nothing else.
var reTownshipAlone = regexp.MustCompile(`^\p{Han}{2,8}(?:镇|乡|街道|苏木)$`)

// townshipCounty returns the county of the one township that s names as an
// issuer (我代表雅瑶镇人民政府, 覃巴镇2017年政府工作报告), or false when it
// names none, or several, or a township whose name others share.
func (g *Gazetteer) townshipCounty(s string) (Place, bool) {
	found := map[string]Place{}
	names := reTownshipName.FindAllStringSubmatch(s, -1)
	if t := strings.TrimSpace(s); reTownshipAlone.MatchString(t) {
		names = append(names, []string{t, t}) // an issuer position's place alone: 宅梧镇 (在宅梧镇第十六届…)
	}
	for _, v := range names {
		rs := []rune(v[1])
		for i := 0; i+3 <= len(rs); i++ {
			if p, ok := g.townships[string(rs[i:])]; ok {
				found[p.Code] = p // the longest tail that is a township: 代表雅瑶镇 → 雅瑶镇
				break
			}
		}
	}
	return onlyPlace(found)
}

// rePlanPeriod is a five-year plan's period by its name from 十一五 on,
// quoted or not; its first group is the six characters before it, the
// second the period's number, the third the quote closing it.
var rePlanPeriod = regexp.MustCompile(`(\p{Han}{0,6})[“"‘「]?十([一二三四五])五([”"’」]?)`)

// lookingAhead are the words before a period a text plans for, not the one
// it speaks in (谋划“十二五”, 明年是“十二五”开局之年, 面向“十二五”, 即将到来的
// “十二五”, 即将迈入“十二五”; not 即将过去的“十二五”).
var lookingAhead = []string{"谋划", "谋划好", "编制", "编制好", "制定", "制定好", "展望", "着眼", "迎接", "喜迎", "筹划", "研究", "启动", "面向", "到来的", "即将迈入", "即将进入", "即将步入", "即将跨入", "即将迎来", "即将站上", "即将开启的", "即将开始的"}

// reAheadAfter is what follows a period a text plans for: its plan being
// drawn up (“十二五”规划编制, 规划纲要的编制, 规划的制定) or its start at
// hand (“十二五”即将开局, 开局在即); not what the plan set (规划制定的目标,
// 规划的制定实施以来, 规划制定以来, 制定出台以来, see reSinceDrawnUp; but
// 编制出台工作 is ahead).
var reAheadAfter = regexp.MustCompile(planDrawnUp + `(?:[^的实以]|$)|^\p{Han}{0,4}?(?:即将开局|开局在即)`)

// planDrawnUp is a period's plan being drawn up, right after the period:
// 规划编制, 规划纲要的编制, 制定.
const planDrawnUp = `^(?:规划)?(?:纲要)?(?:的)?(?:编制|制定)`

// reSinceDrawnUp is a period's plan issued, or the time since (规划编制出台以来,
// 制定出台后, 编制并正式印发以来, 制定出台三年来, 制定出台,): the text speaks in
// the period; not the work on it (编制工作启动以来, 编制完成后, 制定出台工作,
// 编制和实施).
var reSinceDrawnUp = regexp.MustCompile(planDrawnUp + `并?(?:正式)?(?:出台|印发|发布|颁布)(?:以来|以后|之后|后|[一二三四五六七八九十两几多\d]{1,3}年多?来|[，,。；;、]|$)`)

// reGroundFor is the ground a text lays for a period after 为 (为“十二五”发展
// 打基础, 奠定了坚实基础, 打好基础): the period ahead; not ground laid in it
// (“十二五”期间打下了坚实基础).
var reGroundFor = regexp.MustCompile(`^\p{Han}{0,8}?(?:打基础|打好基础|打下|奠定|做好准备)`)

// countUnits follow fourteen or fifteen as a count, not a period (十四五岁,
// 十四五公里, 气温十四五度, 十四五栋楼).
var countUnits = []string{"岁", "个", "天", "人", "名", "次", "家", "户", "年", "届", "位", "项", "条", "所", "座", "台", "辆", "吨", "万", "千", "百", "元", "米", "斤", "亩", "分", "%", "公里", "公斤", "公顷", "小时", "周岁", "度", "栋", "层", "里", "亿", "块", "平方", "倍", "张", "本", "只", "头", "株", "间", "幢", "秒", "号", "棵", "厘米", "套", "场", "件", "份", "批", "片", "箱", "颗", "根"}

// planPeriodYear returns the first year of the latest five-year plan's
// period text names (十一五: 2006 … 十五五: 2026), that before one it looks
// ahead to (谋划十四五: 2016), or 0: a text that speaks of the 十四五 period
// is of 2021 or later, however often it leaves out the year.
func planPeriodYear(text string) int {
	latest := 0
	for _, loc := range rePlanPeriod.FindAllStringSubmatchIndex(text, -1) {
		before, number, after := text[loc[2]:loc[3]], text[loc[4]:loc[5]], text[loc[1]:]
		if loc[6] == loc[7] && (containsPrefix(after, countUnits) || strings.HasPrefix(after, "”") || len(after) > 0 && after[0] >= '0' && after[0] <= '9') {
			continue // a count (十四五岁), unquoted
		}
		first := 2006 + 5*strings.Index("一二三四五", number)/len("一")
		near := clipRunes(after, 14)
		ahead := containsSuffix(before, lookingAhead) || strings.Contains(before, "明年") || reAheadAfter.MatchString(near) && !reSinceDrawnUp.MatchString(near) ||
			strings.HasSuffix(strings.TrimRight(before, "“\"‘「"), "为") && reGroundFor.MatchString(near)
		if ahead {
			first -= 5 // the text speaks in the period before
		}
		latest = max(latest, first)
	}
	return latest
}

var (
	gazOnce sync.Once
	gaz     *Gazetteer
	gazErr  error
)

// DefaultGazetteer returns the gazetteer shipped with the program, parsed
// once per process (it is read-only).
func DefaultGazetteer() (*Gazetteer, error) {
	gazOnce.Do(func() {
		gaz, gazErr = ParseGazetteer(gazetteerTSV, formerTSV)
		if gazErr == nil {
			gazErr = gaz.addTownships(townshipsTSV)
		}
		if gazErr == nil {
			gazErr = gaz.addPinyinNames(pinyinTSV)
		}
	})
	return gaz, gazErr
}

// ParseGazetteer reads the current divisions from tsv, "code<TAB>name"
// lines, and the names they had before from former, "former
// name<TAB>code<TAB>year" lines (see addFormerNames); # starts a comment.
func ParseGazetteer(tsv, former string) (*Gazetteer, error) {
	g := &Gazetteer{byCode: map[string]Place{}, byName: map[string][]Place{}, byShort: map[string][]Place{}, formerUntil: map[string]int{}}
	err := eachDataLine(tsv, "gazetteer", func(text string) error {
		code, name, ok := strings.Cut(text, "\t")
		name, aliases, _ := strings.Cut(name, "\t")
		if !ok || (len(code) != 2 && len(code) != 4 && len(code) != 6) || name == "" {
			return fmt.Errorf("want code<TAB>name[<TAB>short names], got %q", text)
		}
		p := Place{Code: code, Name: name}
		g.byCode[code] = p
		if genericNames[name] {
			return nil // known by code only: the name is an ordinary word
		}
		g.addName(name, p)
		if short := shortName(name); short != "" && len(code) < 6 {
			g.addName(short, p)
		}
		if short := countyShortName(name); short != "" && len(code) >= 4 {
			g.byShort[short] = append(g.byShort[short], p)
		}
		for _, a := range strings.Split(aliases, ",") {
			if a = strings.TrimSpace(a); a != "" {
				g.addName(a, p)
				if short := countyShortName(a); short != "" && len(code) == 6 && strings.HasSuffix(a, "县") {
					g.byShort[short] = append(g.byShort[short], p) // 前郭县 → 前郭
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	g.addAutonomousShortNames()
	g.addGenericCountyNames()
	// The former names of the data come before those derived from the
	// current ones, which are guesses: 大同县 was 山西's (now 云州区), not
	// 大庆's 大同区.
	if err := g.addFormerNames(former); err != nil {
		return nil, err
	}
	g.addFormerCountyNames()
	return g, nil
}

// addGenericCountyNames adds the names a county whose own name is an
// ordinary word (城区, 郊区, 矿区) goes by: with its city's name before it,
// full or short (晋城市城区, 晋城城区, 汕尾市城区).
func (g *Gazetteer) addGenericCountyNames() {
	codes := slices.Sorted(maps.Keys(g.byCode))
	for _, code := range codes {
		p := g.byCode[code]
		if len(code) != 6 || !genericNames[p.Name] {
			continue
		}
		g.addUnderCityName(p)
	}
}

// addUnderCityName adds county p, whose own name is an ordinary word, under
// its name with its city's before it, full or short (晋城市城区, 晋城城区).
func (g *Gazetteer) addUnderCityName(p Place) {
	city, ok := g.byCode[p.Code[:4]]
	if !ok {
		return
	}
	g.addName(city.Name+p.Name, p)
	if short := shortName(city.Name); short != "" {
		g.addName(short+p.Name, p)
	}
}

// addFormerNames adds the full names places had from 2010 on, under
// which their older documents were issued (苍山县, now 兰陵县; 闸北区, merged
// into 静安区 in 2015; 莱芜市, merged into 济南市 in 2018), from
// "former name<TAB>code<TAB>year" lines. The place keeps the name the
// document gives it, under the province and city its code has now (a
// county whose territory was split, under its city: 邯郸县 130400). Their
// short forms (苍山) are not added, nor a name that is already another
// place's.
func (g *Gazetteer) addFormerNames(tsv string) error {
	return eachDataLine(tsv, "former names", func(text string) error {
		name, code, year, err := parseFormerLine(text)
		if err != nil {
			return err
		}
		if !g.holdsFormer(code) {
			return fmt.Errorf("%s has unknown code %s", name, code)
		}
		g.formerUntil[name+"\t"+code] = year
		if genericNames[name] {
			// A generic name (长治市's 郊区, merged into 潞州区) only
			// with its city's name before it.
			g.addUnderCityName(Place{Code: code, Name: name})
			return nil
		}
		// A name another place still has (清河区 of 铁岭市; 淮安's until
		// 2016) is one of several: a text that names it alone leaves its
		// city open, as for 鼓楼区.
		g.addName(name, Place{Code: code, Name: name})
		return nil
	})
}

// eachDataLine calls fn with each line of tsv that is neither empty nor a
// # comment, trimmed; its errors are wrapped with what and the line's
// number.
func eachDataLine(tsv, what string, fn func(text string) error) error {
	sc := bufio.NewScanner(strings.NewReader(tsv))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := fn(text); err != nil {
			return fmt.Errorf("%s line %d: %w", what, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// holdsFormer reports whether code names a place that may hold a former
// name: a current city or county, or a city's own code (130400) for a
// former county whose territory went to several of its districts, which
// is then a county of that city under its former name.
func (g *Gazetteer) holdsFormer(code string) bool {
	if city, ok := strings.CutSuffix(code, "00"); ok && len(code) == 6 {
		_, known := g.byCode[city]
		return known
	}
	_, known := g.byCode[code]
	return known && !isZone(code)
}

// parseFormerLine splits a "former name<TAB>code<TAB>year" line and checks
// its fields: a name, a city or county code, the year it went out of use.
func parseFormerLine(text string) (name, code string, year int, err error) {
	fields := strings.Split(text, "\t")
	if len(fields) != 3 || fields[0] == "" || (len(fields[1]) != 4 && len(fields[1]) != 6) {
		return "", "", 0, fmt.Errorf("want former name<TAB>code<TAB>year, got %q", text)
	}
	if year, err = strconv.Atoi(fields[2]); err != nil || year < 2010 {
		return "", "", 0, fmt.Errorf("%s: want a year from 2010 on, got %q", fields[0], fields[2])
	}
	return fields[0], fields[1], year, nil
}

// sortedCodes lists the gazetteer's codes in order, so that names added
// in a loop over them are added the same way every time.
func (g *Gazetteer) sortedCodes() []string {
	codes := make([]string, 0, len(g.byCode))
	for code := range g.byCode {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	return codes
}

// addFormerCountyNames adds the names districts and county-level cities had
// as counties, under which their older documents were issued: 济阳区 was
// 济阳县 until 2018, 祁阳市 祁阳县 until 2021. The
// place keeps the name the document gives it. A name that is another
// place's, or a former name of the data (addFormerNames), is not added.
func (g *Gazetteer) addFormerCountyNames() {
	for _, p := range g.derivedCountyNames() {
		if _, taken := g.byName[p.Name]; !taken {
			g.addName(p.Name, p)
		}
	}
}

// derivedCountyNames returns the county names the districts and
// county-level cities would have had before (济阳区 → 济阳县), in code
// order; the name may be taken by another place.
func (g *Gazetteer) derivedCountyNames() []Place {
	var out []Place
	for _, code := range g.sortedCodes() {
		p := g.byCode[code]
		base, ok := strings.CutSuffix(p.Name, "区")
		if !ok {
			base, ok = strings.CutSuffix(p.Name, "市") // a county-level city: 祁阳市 was 祁阳县 until 2021
		}
		if len(code) != 6 || isZone(code) || !ok || utf8.RuneCountInString(base) < 2 || strings.HasSuffix(base, "新") || strings.HasSuffix(base, "城") {
			continue
		}
		out = append(out, Place{Code: code, Name: base + "县"})
	}
	return out
}

// ethnicNames are the peoples that name autonomous areas, longest first
// where one begins another (土家 before 土).
var ethnicNames = []string{"蒙古", "维吾尔", "布依", "朝鲜", "土家", "哈尼", "哈萨克", "傈僳", "拉祜", "东乡", "纳西", "景颇",
	"柯尔克孜", "达斡尔", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "乌孜别克", "俄罗斯", "鄂温克",
	"德昂", "保安", "裕固", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "高山",
	"回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京"}

// addAutonomousShortNames adds the names autonomous counties and
// prefectures go by in their own documents (湘西土家族苗族自治州 is 湘西州 and
// 湘西自治州): 石柱土家族自治县 is 石柱县 and
// 石柱自治县, 凉山彝族自治州 is 凉山州. A short name that is already
// another place's is not added.
func (g *Gazetteer) addAutonomousShortNames() {
	for _, code := range g.sortedCodes() {
		p := g.byCode[code]
		var short []string
		switch x := autonomousPlace(p.Name); {
		case x == "":
		case len(code) == 6 && strings.HasSuffix(p.Name, "自治县"):
			short = []string{x + "县", x + "自治县"}
			if utf8.RuneCountInString(x) >= 2 {
				// The county's short name as its text uses it (石柱高质量发展).
				g.byShort[x] = append(g.byShort[x], p)
			}
		case len(code) == 4 && strings.HasSuffix(p.Name, "自治州"):
			short = []string{x + "州", x + "自治州"}
		}
		for _, name := range short {
			if _, taken := g.byName[name]; !taken {
				g.addName(name, p)
			}
		}
	}
}

// autonomousPlace returns the place name before the peoples an autonomous
// area is named for (彭水苗族土家族自治县 → 彭水), or "".
func autonomousPlace(name string) string {
	rs := []rune(name)
	for i := 2; i < len(rs); i++ {
		for _, e := range ethnicNames {
			if strings.HasPrefix(string(rs[i:]), e) {
				return string(rs[:i])
			}
		}
	}
	return ""
}

// addName files p under name, once, and keeps the longest name's length.
func (g *Gazetteer) addName(name string, p Place) {
	for _, q := range g.byName[name] {
		if q.Code == p.Code {
			return
		}
	}
	g.byName[name] = append(g.byName[name], p)
	if n := utf8.RuneCountInString(name); n > g.maxLen {
		g.maxLen = n
	}
}

// shortName is the name provinces and cities go by without their suffix
// (天津市 → 天津, 内蒙古自治区 → 内蒙古). Only provinces and prefecture-level
// cities are known by it: the short forms of counties and county-level
// cities (和平, 合作, 普宁, 迁安) are ordinary words or parts of them.
func shortName(name string) string {
	for _, suf := range []string{"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"} {
		if strings.HasSuffix(name, suf) {
			short := strings.TrimSuffix(name, suf)
			if utf8.RuneCountInString(short) >= 2 {
				return short
			}
		}
	}
	return ""
}

// Province returns the province of a code.
func (g *Gazetteer) Province(code string) Place { return g.byCode[code[:2]] }

// City returns the prefecture-level city of a county or city code. For a
// municipality (北京, 天津, 上海, 重庆) it is the municipality itself; for a
// county directly under a province it is empty.
func (g *Gazetteer) City(code string) Place {
	if len(code) < 4 {
		return Place{}
	}
	if isMunicipality(code) {
		return g.byCode[code[:2]]
	}
	return g.byCode[code[:4]]
}

// Location is the issuing place of a document: its province, city and
// district or county, the level of the government that issued it, and
// which of the clues named it.
type Location struct {
	Province, City, District string // full names; a municipality is its own province and city
	Level                    string // govsearch.LevelProvince, LevelCity, LevelCounty or ""
	Source                   string // the Clue's name that gave the place
}

// Clue is one place where a document states who issued it: its title, the
// meeting line, the speaker, the signature.
type Clue struct {
	Name string // what it is, reported as the field's source: "title", "meeting line"
	Text string // the words of that position, where a place may be named
	// Document marks the document's own statements (title, meeting line,
	// speaker, signature), which may name a place under the one a page's
	// metadata gave; the page's fields and the site's name may not.
	Document bool
}

// Clues are what a document says about where it comes from. Only the
// issuer positions name the place; the text and the footer only choose
// between places of the same name (和平区 of 天津市 or of 沈阳市).
type Clues struct {
	Sources []Clue // issuer positions, most trusted first
	// Title, Issuer and Head are issuer positions too, read after Sources.
	Title   string // the document's title
	Issuer  string // the issuer's name
	Head    string // the opening lines
	Text    string // the whole text, for counting mentions
	Footer  string // furniture lines: ICP numbers, site codes
	Country bool   // issued by the State Council
	// PageYear is the year of the page's date (its publication field), 0
	// for none: a text that names no year of its own is of that year for
	// trusting a township's name, where one that does may be older than its
	// page (a document site's upload); no other reading takes it.
	PageYear int

	regionSpoken   bool           // the text names an autonomous region as its own (see speaksOfOwnRegion)
	provinceSpoken bool           // the text names a province's organs as its superiors (see reProvinceAbove)
	visits         map[string]int // the leaders' visits the text tells, by province code (see provinceVisits)
	publisherCode  string         // the page's site code or its publisher's division (see publisherCodeIn)
	icpProvince    string         // the province code of the page's ICP number (see icpProvinceIn)
}

// Locate finds the issuing province, city and district from the first
// issuer position that names a place. Within it the most specific place
// wins (a county over the city and province it also names). A county name
// that exists in several places (和平区: 天津市 and 沈阳市) is decided by the
// city or province named beside it, the site code, the city or province
// the text names, or the ICP number's province; without such evidence the
// district is kept and its city left empty rather than guessed.
func (g *Gazetteer) Locate(c Clues) Location {
	if c.Country {
		return Location{}
	}
	c.regionSpoken = speaksOfOwnRegion(c.Text)
	c.provinceSpoken = answersToProvince(c.Text)
	c.visits = provinceVisits(c.Text)
	c.publisherCode = publisherCodeIn(c.Footer + "\n" + c.Head)
	c.icpProvince = icpProvinceIn(c.Footer + "\n" + c.Head)
	sources := append([]Clue{}, c.Sources...)
	for _, s := range []Clue{{"title", c.Title, true}, {"issuer", c.Issuer, false}, {"opening", c.Head, true}} {
		if s.Text != "" {
			sources = append(sources, s)
		}
	}
	found, from, rest := g.firstNamed(sources)
	latest := latestYear(clipRunes(c.Text, 4000)) // the latest year the text names, 0 for none
	townshipYear := latest
	if townshipYear == 0 {
		townshipYear = c.PageYear // a text that names no year is of its page's (瓦庙镇十八届人大一次会议胜利召开 / 时间:2011-12-08)
	}
	if townshipYear == 0 {
		townshipYear = planPeriodYear(clipRunes(c.Text, 4000)) // or of the latest five-year plan period it names (禾青镇…“十四五”时期)
	}
	if len(found) == 0 {
		// No issuer position names a county, city or province: a
		// township's document belongs to the county of the township that
		// its title or issuer positions name (我代表雅瑶镇人民政府 → 鹤山市),
		// in a text of the years the townships' names are trusted for.
		for _, src := range sources {
			if townshipYear < townshipsFrom {
				break // a township unique in 2023 may have shared its name before the mergers
			}
			if src.Text == c.Head {
				continue // the whole opening names towns in passing
			}
			if p, ok := g.townshipCounty(src.Text); ok {
				loc := g.location(p)
				if loc.District != "" {
					loc.Level = govsearch.LevelCounty
				} // a town under a city without counties (板芙镇 of 中山市) is at the city's level
				loc.Source = src.Name
				return loc
			}
		}
		return Location{}
	}
	best := g.ranked(mostSpecific(found), found, c)
	if latest > 0 {
		// A name a county had until a year the text has passed is the
		// county that has it now (桥东区 in 2022 is 张家口's, not 石家庄's).
		current := slices.DeleteFunc(slices.Clone(best), func(q Place) bool { return g.expiredFormer(q, latest) })
		if len(current) > 0 {
			best = current
		}
	}
	p := best[0]
	ambiguous := len(best) > 1 && g.score(best[0], found, c) == g.score(best[1], found, c) && best[0].Name == best[1].Name
	if ambiguous {
		if q, ok := g.decidedLater(best, found, c, sources[rest:]); ok {
			p, ambiguous = q, false
		}
	}
	if !ambiguous && !from.Document {
		p, from = g.ownerAbove(p, from, sources[rest:])
	}
	if !ambiguous {
		p, from = g.refine(p, from, sources[rest:])
	}
	loc := g.location(p)
	if loc.Level == govsearch.LevelCounty && !ambiguous {
		// The county's city by the former name the clue gives it
		// (襄樊市老河口市, 襄樊市 now 襄阳市): the document keeps its name.
		for _, q := range found {
			if _, former := g.formerYear(q); former && len(q.Code) == 4 && q.Code == p.Code[:4] && q.Name != loc.City {
				loc.City = q.Name
			}
		}
	}
	if zone := zoneAfter(from.Text, p, g); zone != "" && !ambiguous {
		// A functional zone of the city or province named: 成都高新区.
		switch {
		case loc.Level == govsearch.LevelCity:
			loc.District, loc.Level = zone, govsearch.LevelCounty
		case loc.Level == govsearch.LevelProvince && isMunicipality(p.Code):
			// A municipality's zone is a district's peer: 重庆市万盛经开区
			// is 重庆市 重庆市 万盛经开区.
			district := strings.TrimPrefix(strings.TrimPrefix(zone, p.Name), shortName(p.Name))
			if reZoneKindAlone.MatchString(district) {
				district = zone // a zone named by its kind alone after the municipality keeps the municipality's name: 天津经济技术开发区
			}
			loc.City, loc.District, loc.Level = p.Name, district, govsearch.LevelCounty
		case loc.Level == govsearch.LevelProvince:
			loc.City, loc.Level = zone, govsearch.LevelCity
		}
	}
	if ambiguous {
		loc = Location{Level: loc.Level, Province: g.sharedProvince(best, found, c)}
		switch loc.Level {
		case govsearch.LevelCounty:
			loc.District = p.Name
		case govsearch.LevelCity:
			loc.City = p.Name
		}
	}
	loc.Source = from.Name
	return loc
}

// decidedLater returns the one place among the tied best (a county name
// several cities have: 宝山区) whose city or province a later issuer
// position names (the site's name in the page's title: …_上海市宝山区人民
// 政府门户网站), or false when none or several are so named.
func (g *Gazetteer) decidedLater(best, found []Place, c Clues, later []Clue) (Place, bool) {
	// The counties tied with the first, scored once for all the positions.
	var tied []Place
	for _, b := range g.tiedFirst(best, found, c) {
		if len(b.Code) == 6 {
			tied = append(tied, b)
		}
	}
	for _, src := range later {
		above := map[string]bool{}
		for _, q := range g.placesIn(src.Text) {
			if len(q.Code) < 6 {
				above[q.Code] = true
			}
		}
		var decided []Place
		for _, b := range tied {
			if above[b.Code[:2]] || above[b.Code[:4]] {
				decided = append(decided, b)
			}
		}
		if len(decided) == 1 {
			return decided[0], true
		}
		if len(decided) > 1 {
			return Place{}, false
		}
	}
	return Place{}, false
}

// sharedProvince returns the province of the places tied first for a name
// that several places have, when it is the same for all of them and the
// text follows that province's inspection speech or the page's ICP number
// is that province's (鼓楼区 of 南京 and of 徐州, in a text that follows
// 视察江苏重要讲话), else "": a province named in passing (赴江苏招商 in
// 福州's 鼓楼区) is not the text's own.
func (g *Gazetteer) sharedProvince(best, found []Place, c Clues) string {
	province := ""
	for _, b := range g.tiedFirst(best, found, c) {
		q := g.Province(b.Code)
		if q.Name == "" || province != "" && q.Name != province {
			return ""
		}
		province = q.Name
	}
	if province == "" {
		return ""
	}
	p, followed := g.inspectedProvince(c.Text)
	followed = followed && p.Name == province
	registered := c.icpProvince != "" && strings.HasPrefix(best[0].Code, c.icpProvince)
	if !followed && !registered {
		return ""
	}
	return province
}

// tiedFirst returns the places of best (ranked, see ranked) that share the
// first one's name and score: the places a name could be, the evidence
// equal for each.
func (g *Gazetteer) tiedFirst(best, found []Place, c Clues) []Place {
	top := g.score(best[0], found, c)
	var tied []Place
	for _, b := range best {
		if b.Name == best[0].Name && g.score(b, found, c) == top {
			tied = append(tied, b)
		}
	}
	return tied
}

// firstNamed returns the places the first issuer position that names any
// names, that position, and the index of the positions after it.
func (g *Gazetteer) firstNamed(sources []Clue) ([]Place, Clue, int) {
	for i, src := range sources {
		if found := g.placesIn(src.Text); len(found) > 0 {
			return found, src, i + 1
		}
	}
	return nil, Clue{}, 0
}

// mostSpecific keeps the places of the most specific level named: a county
// over its city.
func mostSpecific(found []Place) []Place {
	best := []Place{}
	for _, level := range []int{6, 4, 2} {
		for _, p := range found {
			if len(p.Code) == level {
				best = append(best, p)
			}
		}
		if len(best) > 0 {
			break
		}
	}
	return best
}

// ranked orders places of the same name by the evidence for each (see
// score), best first.
func (g *Gazetteer) ranked(best, found []Place, c Clues) []Place {
	sort.SliceStable(best, func(i, j int) bool { return g.score(best[i], found, c) > g.score(best[j], found, c) })
	return best
}

// score weighs the evidence that p is the place meant, strongest first: its
// city or province named beside it (found), the page's site code (or its
// publisher's credit code), its ICP number's province, the mentions of its
// city and province in the text.
func (g *Gazetteer) score(p Place, found []Place, c Clues) int {
	named := map[string]bool{}
	for _, q := range found {
		named[q.Code] = true
	}
	s := 0
	if len(p.Code) > 2 && (named[p.Code[:2]] || (len(p.Code) == 6 && named[p.Code[:4]])) {
		s += 10000
	}
	if c.publisherCode != "" && strings.HasPrefix(c.publisherCode, p.Code) {
		s += 1000
	}
	if c.icpProvince != "" && strings.HasPrefix(p.Code, c.icpProvince) {
		s += 100
	}
	if len(p.Code) == 6 {
		mentions := func(q Place) int { return strings.Count(c.Text, q.Name) + g.shortMentions(c.Text, q) }
		if city := g.City(p.Code); city.Name != "" {
			s += 10 * min(mentions(city), 5)
		}
		if prov := g.Province(p.Code); prov.Name != "" {
			s += 10 * min(mentions(prov)+c.visits[p.Code[:2]], 5)
		}
		if c.regionSpoken && isInRegion(p.Code) {
			s += 10 // 建成自治区综合实力强区 in a county's text: 呼和浩特's 新城区, not 西安's
		}
		if c.provinceSpoken && !isMunicipality(p.Code) {
			s += 10 // 深入贯彻中央和省、市决策部署: 临沂's 河东区, not 天津's
		}
	}
	return s
}

// provinceOfAbbreviation is the code of the province each one-character
// name stands for, as a leader's visit to it is told (来闽考察, 到豫视察).
var provinceOfAbbreviation = map[string]string{
	"京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22", "黑": "23",
	"沪": "31", "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37", "豫": "41",
	"鄂": "42", "湘": "43", "粤": "44", "桂": "45", "琼": "46", "渝": "50", "川": "51", "黔": "52",
	"滇": "53", "藏": "54", "陕": "61", "甘": "62", "青": "63", "宁": "64", "新": "65",
}

// reVisitAbbreviated is a leader's visit to a province named by its one
// character: 来闽考察, 到豫视察, 在湘调研.
var reVisitAbbreviated = regexp.MustCompile(`(?:来|到|赴|在)(\p{Han})(?:考察|视察|调研)`)

// provinceVisits counts, by province code, the visits text tells by the
// province's one-character name (习近平总书记来闽考察重要讲话精神): a county's
// report names the visit to its own province. It is read once per text, not
// once per place scored.
func provinceVisits(text string) map[string]int {
	visits := map[string]int{}
	for _, v := range reVisitAbbreviated.FindAllStringSubmatch(text, -1) {
		if code, ok := provinceOfAbbreviation[v[1]]; ok {
			visits[code]++
		}
	}
	return visits
}

// isInRegion reports a place in one of the five autonomous regions.
func isInRegion(code string) bool {
	switch code[:2] {
	case "15", "45", "54", "64", "65":
		return true
	}
	return false
}

// reProvinceAbove is the chain of organs a county answers to, its province
// and its city (深入贯彻中央和省、市决策部署, 在省委、省政府和市委的坚强领导下):
// no district of a municipality has a province above its city.
var reProvinceAbove = regexp.MustCompile(`中央和省、市|省委、省政府和市委|省、市(?:决策|部署|委)`)

// reOwnOrgan is a county speaking of its own organs or of itself: 区委,
// 全区, 我县, 区政府.
var reOwnOrgan = regexp.MustCompile(`[区县]委|[全我本][区县]|[区县](?:人民)?政府`)

// answersToProvince reports a text that names, in a sentence where it
// speaks of its own organs, the province and city it answers to (在区委的
// 坚强领导下，全区上下深入贯彻中央和省、市决策部署), naming no province
// by its name: not a partner's (对口帮扶甘肃省镇原县，协助其落实中央和省、市
// 决策部署).
func answersToProvince(text string) bool {
	for _, s := range reSentenceEnd.Split(text, -1) {
		if reProvinceAbove.MatchString(s) && reOwnOrgan.MatchString(s) && !reProvinceName.MatchString(s) && !rePartnerWork.MatchString(s) {
			return true
		}
	}
	return false
}

// rePartnerWork is a county's work for another place, whose superiors the
// sentence may name: 帮助甘南州各县落实省、市部署, 对口支援.
var rePartnerWork = regexp.MustCompile(`帮助|协助|支援|帮扶|对口|援助`)

// reProvinceName is a province named by its name, as a text names a
// partner's (对口帮扶甘肃省镇原县), not its own 省委.
var reProvinceName = regexp.MustCompile(`(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海)省|内蒙古|广西|西藏|宁夏|新疆`)

// reSentenceEnd ends a sentence.
var reSentenceEnd = regexp.MustCompile(`[。！？!?\n]`)

// speaksOfOwnRegion reports a text that names an autonomous region as its
// own without naming which (建成自治区综合实力强区, 自治区党委、政府): 自治区
// not after a region's name, full or informal (内蒙古自治区, 新疆自治区,
// 广西壮族自治区).
func speaksOfOwnRegion(text string) bool {
	found := false
	eachOccurrence(text, "自治区", func(before, _ string) {
		found = found || !containsSuffix(before, regionNameEnds)
	})
	return found
}

// regionNameEnds are how the names of the five autonomous regions end
// before 自治区, written in full or informally.
var regionNameEnds = []string{"蒙古", "新疆", "维吾尔", "广西", "壮族", "西藏", "宁夏", "回族"}

// ownerAbove returns the place above p that the document's own first
// statement naming a place names, when it names only places above p, and
// that statement: a city's statistics office publishing its province's
// communiqué (发布机构：宜春市统计局 over 江西省2022年国民经济和社会发展统计公报)
// reposts a document the title says is the province's. It returns p and
// from otherwise.
func (g *Gazetteer) ownerAbove(p Place, from Clue, later []Clue) (Place, Clue) {
	for _, src := range later {
		if !src.Document {
			continue
		}
		found := g.placesIn(src.Text)
		if len(found) == 0 {
			continue
		}
		for _, q := range found {
			if len(q.Code) >= len(p.Code) || !strings.HasPrefix(p.Code, q.Code) {
				return p, from
			}
		}
		return mostSpecific(found)[0], src
	}
	return p, from
}

// refine returns the place under p that a later issuer position of the
// document names, and that position: a city's page publishing its
// district's report, a title naming the city and a meeting line the
// district. It returns p and from when none does.
func (g *Gazetteer) refine(p Place, from Clue, later []Clue) (Place, Clue) {
	for _, src := range later {
		if !src.Document {
			continue
		}
		for _, q := range g.placesIn(src.Text) {
			if len(q.Code) > len(p.Code) && strings.HasPrefix(q.Code, p.Code) {
				return q, src
			}
		}
	}
	return p, from
}

// isMunicipality reports whether a code is of a municipality (北京, 天津,
// 上海, 重庆) or a place in one.
func isMunicipality(code string) bool {
	switch code[:min(len(code), 2)] {
	case "11", "12", "31", "50":
		return true
	}
	return false
}

// location is the province, city and district of a place, and its level.
func (g *Gazetteer) location(p Place) Location {
	switch {
	case len(p.Code) == 6 && g.City(p.Code).Name == p.Name:
		// A city without counties (东莞市, 儋州市): its county-level code
		// is the city itself.
		return Location{Province: g.Province(p.Code).Name, City: p.Name, Level: govsearch.LevelCity}
	case len(p.Code) == 6:
		return Location{Province: g.Province(p.Code).Name, City: g.City(p.Code).Name, District: p.Name, Level: govsearch.LevelCounty}
	case len(p.Code) == 4:
		return Location{Province: g.Province(p.Code).Name, City: p.Name, Level: govsearch.LevelCity}
	default:
		// A province, or a municipality (天津市), whose government is a
		// province's: its own report has neither city nor district.
		return Location{Province: p.Name, Level: govsearch.LevelProvince}
	}
}

// reZoneSuffix is the name of a functional zone after the city that runs it:
// (成都)高新区, (苏州)工业园区, (西安)经济技术开发区.
var reZoneSuffix = regexp.MustCompile(`^\p{Han}{0,6}?` + zoneKindNames)

// reZoneKindAlone is a zone's kind with no name of its own: 经济技术开发区.
var reZoneKindAlone = regexp.MustCompile(`^` + zoneKindNames + `$`)

// zoneKindNames are the kinds of functional zone a name may end in.
const zoneKindNames = `(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区|工业园区|综合实验区|综合试验区|保税区|自贸区|特别合作区)`

// zoneAfter returns the functional zone named right after place p in s
// (成都高新区 → 成都高新区, 岳阳市南湖新区 → 南湖新区), or "".
func zoneAfter(s string, p Place, g *Gazetteer) string {
	for _, name := range []string{p.Name, shortName(p.Name)} {
		if name == "" {
			continue
		}
		i := strings.Index(s, name)
		if i < 0 {
			continue
		}
		after := s[i+len(name):]
		m := reZoneSuffix.FindString(after)
		// The zone's own words, past the rest of the place's full name
		// where its short name was found (株洲 + 市国家高新区).
		own := strings.TrimPrefix(m, strings.TrimPrefix(p.Name, name))
		if m == "" || containsPrefix(own, zoneClassWords) || zoneListGoesOn(after[len(m):]) {
			continue
		}
		zone := name + m
		if _, known := g.byName[zone]; !known {
			full := g.zoneFullName(zone, p)
			if full == zone && name == p.Name && name != shortName(p.Name) && !reZoneKindAlone.MatchString(m) && !strings.HasPrefix(m, "国家") {
				return m // a zone with a name of its own after the city's full name: 岳阳市南湖新区 is 南湖新区
			}
			return full
		}
	}
	return ""
}

// reZoneListGoesOn is a list of zones going on after the first
// (长沙市国家级经开区、高新区, …高新区和经开区, …经开区以及高新区, …国家高新区和各
// 产业园区, …经开区、综保区, …经开区和各工业集中区, …高新区及其他开发区, …经开区和
// 各园区): the zones as a class, no district; not a verb after the zone
// (株洲高新区及时兑现…, 及早兑现…), nor parks of its own (株洲高新区及其下属园区),
// nor parks it meets or is compared with (与园区企业座谈, 与工业集中区企业座谈,
// 与其他园区相比).
var reZoneListGoesOn = regexp.MustCompile(`^(?:` +
	`(?:、|和|以及|及|与)` + zoneListQualifier + `(?:` + zoneKindNames + `|` + bondedZones + `)` + // …经开区与浏阳经开区
	`|(?:、|和|以及|及)` + zoneListQualifier + `(?:` + parkClusters + `)` + // …经开区和各工业集中区 (与 a park: a deal with it)
	`|(?:、|和|以及|及)(?:[^时早其\P{Han}]\p{Han}{0,3}?)?(?:其他|其它|各类?)\p{Han}{0,4}?(?:` + zoneKindNames + `|` + bondedZones + `|` + parkClusters + `|园区)` + // …和全市其他园区
	`)`)

// zoneListQualifier is up to six characters before a listed zone's kind
// (浏阳, 各, 国家级), not opening on 时, 早 or 其 (及时, 及早, 及其下属园区).
const zoneListQualifier = `(?:[^时早其\P{Han}]\p{Han}{0,5}?)?`

// bondedZones and parkClusters are zones a list of a city's zones may go
// on to besides the zone kinds: 综保区; 产业园区, 工业集中区.
const (
	bondedZones  = `综保区|综合保税区`
	parkClusters = `产业园区?|工业集中区`
)

// zoneListGoesOn reports whether s, the text right after a zone's name,
// goes on to a list of zones (see reZoneListGoesOn) that the zone is not
// compared with, meeting or signing with (株洲高新区和其他园区相比…, 和各类园区
// 企业座谈, 和星沙产业园区签署合作协议).
func zoneListGoesOn(s string) bool {
	loc := reZoneListGoesOn.FindStringIndex(s)
	return loc != nil && !reZoneDealing.MatchString(s[loc[1]:])
}

// reZoneDealing is what a zone does with the parks named after it: 相比,
// 相较, 对比, 比拼, 对标找差, 企业座谈, 签约, 签署合作协议 (not 合作, 交流 or
// 结对 alone, which name a class: 合作园区, 交流合作情况, 结对园区; nor 帮扶 or
// 赶超, which both zones may do to others: 精准帮扶企业, 争先赶超).
var reZoneDealing = regexp.MustCompile(`^\p{Han}{0,6}?(?:相比|相较|对比|比较|比拼|对标|座谈|签约|签署|对接|共建|携手|联动)`)

// zoneClassWords open a class of zones after a city's name, no zone of its
// own: 岳阳市各类开发区, 湘潭市省级开发区, 岳阳市两个省级开发区, 长沙市国家级
// 开发区 (株洲市国家高新区, 岳阳市国家级经开区 are the city's one zone of a kind).
var zoneClassWords = []string{"各", "省级", "市级", "县级", "全", "所有", "重点", "部分", "其他", "其它", "两个", "三个", "几个", "多个", "三大", "四大", "五大", "国家级开发区", "国家级园区", "国家级和", "国家级及"}

// zoneKinds are the short forms of functional zones' names and the endings
// their full names in the gazetteer have.
var zoneKinds = []struct {
	short string
	full  []string
}{
	{"高新区", []string{"高新技术产业开发区", "高技术产业开发区", "高新技术开发区"}},
	{"经开区", []string{"经济技术开发区", "经济开发区"}},
}

// zoneFullName returns the gazetteer's full name of a zone the text names by
// its short form under place p (烟台高新区 → 烟台高新技术产业开发区, 邢台经开区 →
// 河北邢台经济开发区, 威海高新区 → 威海火炬高技术产业开发区): the one zone of
// that kind under p's city whose name holds the short form's place. A zone
// the gazetteer lacks (成都高新区, 万盛经开区), or one it cannot tell from
// another, keeps the text's name: a full name is never made up.
func (g *Gazetteer) zoneFullName(zone string, p Place) string {
	prefix := p.Code
	if len(prefix) > 4 {
		prefix = prefix[:4]
	}
	for _, k := range zoneKinds {
		base, ok := strings.CutSuffix(zone, k.short)
		if !ok {
			continue
		}
		core := strings.TrimPrefix(strings.TrimPrefix(base, p.Name), shortName(p.Name))
		core = strings.TrimPrefix(strings.TrimPrefix(core, "国家级"), "国家") // 济宁国家高新区 is 济宁高新区
		if core == "" {
			core = shortName(p.Name)
		}
		var found []string
		for code, q := range g.byCode {
			if len(code) == 6 && strings.HasPrefix(code, prefix) && strings.Contains(q.Name, core) && containsSuffix(q.Name, k.full) {
				found = append(found, q.Name)
			}
		}
		if len(found) == 1 {
			return found[0]
		}
	}
	return zone
}

// PlaceOfCode is the location of a division code (a site code's first six
// digits: 120104 → 天津市 南开区; 110000 → 北京市), or false when the code
// is unknown.
func (g *Gazetteer) PlaceOfCode(code string) (Location, bool) {
	if len(code) < 6 {
		return Location{}, false
	}
	code = code[:6]
	switch {
	case strings.HasSuffix(code, "0000"):
		code = code[:2]
	case strings.HasSuffix(code, "00"):
		code = code[:4]
	}
	p, ok := g.byCode[code]
	if !ok {
		return Location{}, false
	}
	return g.location(p), true
}

// isZone reports a functional zone's made-up code (3501Z1): it has no
// GB/T 2260 code of its own.
func isZone(code string) bool { return strings.Contains(code, "Z") }

// shortMentions counts the mentions of p in text by its short name alone
// (天津 without 市), its full name's aside.
func (g *Gazetteer) shortMentions(text string, p Place) int {
	if short := shortName(p.Name); short != "" {
		return strings.Count(text, short) - strings.Count(text, p.Name)
	}
	return 0
}

// placesIn returns the places named in s, longest names first at each
// position, so 天津市河东区 yields 天津市 and 河东区 but not 天津.
func (g *Gazetteer) placesIn(s string) []Place {
	var out []Place
	seen := map[string]bool{}
	for _, m := range g.namesAt(s) {
		if !m.standsAlone {
			continue
		}
		for _, p := range g.byName[m.name] {
			if !seen[p.Code] {
				seen[p.Code] = true
				out = append(out, p)
			}
			if genericNames[p.Name] && m.name != p.Name {
				// 晋城市城区 names 晋城市 too: a city's text that says so of
				// its urban area is still the city's.
				if city, ok := g.byCode[p.Code[:4]]; ok && !seen[city.Code] {
					seen[city.Code] = true
					out = append(out, city)
				}
			}
		}
	}
	return out
}

// nameMatch is a place name found in a text, and whether it stands as a
// word of its own there: 新城区 in 在呼和浩特市新城区第十届 does, in 创新城区
// it does not.
type nameMatch struct {
	name        string
	standsAlone bool
}

// leftBoundaries are what may stand right before a place name that names
// an issuer: 2021年天津市, 2016年度苏州市, 关于和平区, 在河东区, 印发南开区,
// 中共东海县委, the speaker after a meeting line run on (会议上兴宁市市长), a
// headline's session (2008两会内蒙古自治区政府工作报告), an explainer's words
// (一图读懂宜春市…, 3分钟了解宜春市…, 聚焦南开区…).
var leftBoundaries = []string{"年", "年度", "关于", "在", "于", "对", "印发", "代表", "《", "“", "及", "和", "与", "、", "中共", "会议上", "两会", "读懂", "看懂", "了解", "图解", "速览", "解读", "聚焦"}

// namesAt returns the place names of s, longest first at each position,
// with whether each stands alone: at the start, after a non-Chinese
// character, after another place name or after a word that may introduce
// one (年, 关于, 在, 印发).
func (g *Gazetteer) namesAt(s string) []nameMatch {
	rs := []rune(s)
	var out []nameMatch
	prevEnd := -1
	for i := 0; i < len(rs); i++ {
		if w := nonPlaceWordAt(rs[i:]); w > 0 {
			i += w - 1 // 上海合作组织 names no place
			continue
		}
		for n := min(g.maxLen, len(rs)-i); n >= 2; n-- {
			name := string(rs[i : i+n])
			if _, ok := g.byName[name]; !ok {
				continue
			}
			if townshipNamedAfter(name, rs[i+n:]) || g.townshipOpensOn(name, rs[i+n:]) {
				continue // 金华镇 is a township, not 金华 (金华市)'s; so is 潍坊新村街道 (of 浦东新区)
			}
			// The few characters around the name, for the checks below: no
			// word they look for is longer (会议上, 黑龙江, 第十四师).
			before, after := string(rs[max(0, i-5):i]), string(rs[i+n:min(len(rs), i+n+2)])
			alone := i == 0 || i == prevEnd || !unicode.Is(unicode.Han, rs[i-1]) || containsSuffix(before, leftBoundaries)
			// A city of the Production and Construction Corps after its
			// division: 新疆生产建设兵团第二师铁门关市.
			alone = alone || reCorpsDivision.MatchString(before)
			if n == 2 && strings.ContainsRune(connectives, rs[i]) && (hasOrganAfter(rs[i+n:]) || i > 0 && !strings.ContainsRune("，,、。；;：: \t\n“\"《", rs[i-1]) && !reEndsHexianParent.MatchString(before) && after == "政协") {
				alone = false // 和县委、县政府 is 和 + 县委, not 和县's committee; …(议案)和县政协委员提案 and 宜春市和县政协联合调研组 are 和 + 县政协 (not 和县政协召开…, 马鞍山(市)和县政协…, 安徽(省)和县政协…: 和县's own)
			}
			if name == "代县" && actingHead(rs[i+n:]) {
				alone = false // 代县长冯玉全 is the acting (代) county head, not 代县's
			}
			if i > 0 && rs[i-1] == '代' && rs[i] == '理' {
				alone = false // 代理县长 is an acting county head, not 理县's
			}
			out = append(out, nameMatch{name, alone})
			prevEnd = i + n
			i += n - 1
			break
		}
	}
	return out
}

// nonPlaceWords are words that open on a place's name but name no place
// of a document's own: the Shanghai Cooperation Organisation
// (中国-上海合作组织地方经贸合作示范区), the stock exchanges a company lists on
// (在上海证券交易所挂牌上市).
var nonPlaceWords = []string{"上海合作组织", "上海证券交易所", "深圳证券交易所", "北京证券交易所"}

// nonPlaceWordAt returns the length in runes of the word of nonPlaceWords
// that rs opens with, or 0.
func nonPlaceWordAt(rs []rune) int {
	for _, w := range nonPlaceWords {
		if n := utf8.RuneCountInString(w); len(rs) >= n && string(rs[:n]) == w {
			return n
		}
	}
	return 0
}

// townshipNamedAfter reports a short name (金华, without its level's
// character) that begins a township's name, rest going on with the
// township's own word: 金华镇, 东胜街道.
func townshipNamedAfter(name string, rest []rune) bool {
	last, _ := utf8.DecodeLastRuneInString(name)
	if strings.ContainsRune(levelChars, last) || len(rest) == 0 {
		return false
	}
	return townshipWordAt(rest) != ""
}

// townshipWordAt returns the township's word rs opens with (镇, 乡, 街道,
// 苏木), or "".
func townshipWordAt(rs []rune) string {
	head := string(rs[:min(len(rs), 2)])
	for _, w := range []string{"镇", "乡", "街道", "苏木"} {
		if strings.HasPrefix(head, w) {
			return w
		}
	}
	return ""
}

// townshipOpensOn reports a place's name that opens a longer township's
// name the list knows, rest going on with the township's: 潍坊 of 潍坊新村
// 街道, a subdistrict of 浦东新区, not 潍坊市.
func (g *Gazetteer) townshipOpensOn(name string, rest []rune) bool {
	for j := 1; j <= min(len(rest), 6); j++ {
		if word := townshipWordAt(rest[j:]); word != "" {
			if _, ok := g.townships[name+string(rest[:j])+word]; ok {
				return true
			}
		}
	}
	return false
}

// levelChars end the full names of provinces, cities and counties.
const levelChars = "省市县区旗州盟"

// reCorpsDivision is a division of the Production and Construction Corps
// (第二师, 第十四师) right before the city it governs.
var reCorpsDivision = regexp.MustCompile(`第[一二三四五六七八九十]{1,3}师$`)

// reEndsHexianParent ends on the city or the province of 和县, the one
// county whose name opens on a connective: 马鞍山市(和县政协), 安徽(和县政协).
var reEndsHexianParent = regexp.MustCompile(`(?:马鞍山市?|安徽省?)$`)

// connectives are the words that begin a two-character county name (和县)
// and join two organs as often: 和县委、县政府.
const connectives = "和与及"

// actingHead reports whether rs, after 代县, opens with the rest of an
// acting head's title (代县长, 代县委书记): 代 is "acting" there.
func actingHead(rs []rune) bool {
	s := string(rs[:min(len(rs), 3)])
	return strings.HasPrefix(s, "长") || strings.HasPrefix(s, "委书记")
}

// hasOrganAfter reports whether rs opens with an organ of the level just
// named (县委, 县政府, 县人大, 县长, 县级, 县第十七届人民代表大会), which makes the
// level's character the organ's, not a name's end.
func hasOrganAfter(rs []rune) bool {
	s := string(rs[:min(len(rs), 4)])
	for _, w := range []string{"委", "政府", "人民政府", "人大", "长", "级", "直", "第"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// siteCodeIn finds a government site code (网站标识码 1201010001), whose
// first six digits are the county code.
func siteCodeIn(s string) string {
	if m := reSiteCode.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// publisherCodeIn finds the site code, or else the division code in the
// unified credit code of the organ that an information page's index number
// opens with (信息索引号: 11330106002502047R/2025-1010398019: an organ, 11,
// of 330106, 杭州市西湖区). The organ publishes the page, which may repost
// another government's text (a city's bureau, a county's report): the code
// decides between places of one name the text names, and places a text only
// as the last resort, where it speaks as a government of the code's level.
func publisherCodeIn(s string) string {
	if code := siteCodeIn(s); code != "" {
		return code
	}
	return creditCodeIn(s)
}

// creditCodeIn finds the division code in the unified credit code an
// information page's index number opens with (see publisherCodeIn).
func creditCodeIn(s string) string {
	if m := reIndexCreditCode.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// reIndexCreditCode is an index number that opens with a government organ's
// unified social credit code: 11, the six digits of its division, nine of
// the organ and a check character.
var reIndexCreditCode = regexp.MustCompile(`索\s*引\s*号\s*[:：|｜\]】]?\s*[|｜]?\s*11(\d{6})[0-9A-Z]{9}[0-9A-Z](?:[/-]|\s|$)`)

// icpProvinceIn maps the province abbreviation of an ICP number (津ICP备)
// to its province code.
func icpProvinceIn(s string) string {
	m := reICP.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return provinceAbbrev[m[1]]
}

// genericNames are county names that are also ordinary words of the
// reports (中心城区, 新区), so a mention of them names no place.
var genericNames = map[string]bool{"城区": true, "郊区": true, "矿区": true, "西区": true}

var provinceAbbrev = map[string]string{
	"京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15", "辽": "21", "吉": "22", "黑": "23",
	"沪": "31", "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37", "豫": "41",
	"鄂": "42", "湘": "43", "粤": "44", "桂": "45", "琼": "46", "渝": "50", "川": "51", "蜀": "51",
	"贵": "52", "黔": "52", "云": "53", "滇": "53", "藏": "54", "陕": "61", "秦": "61", "甘": "62",
	"陇": "62", "青": "63", "宁": "64", "新": "65",
}

// Counties lists the county-level divisions in code order, with their
// city and province, for generating test corpora.
func (g *Gazetteer) Counties() []Location {
	var codes []string
	for code := range g.byCode {
		if len(code) == 6 && !isZone(code) {
			codes = append(codes, code)
		}
	}
	sort.Strings(codes)
	out := make([]Location, 0, len(codes))
	for _, c := range codes {
		out = append(out, Location{Province: g.Province(c).Name, City: g.City(c).Name, District: g.byCode[c].Name})
	}
	return out
}

// NamesIn returns the place names as they are written in s (天津市,
// 和平区, 天津), longest first at each position.
func (g *Gazetteer) NamesIn(s string) []string {
	runes := []rune(s)
	var out []string
	for i := 0; i < len(runes); i++ {
		if w := nonPlaceWordAt(runes[i:]); w > 0 {
			i += w - 1
			continue
		}
		for n := min(g.maxLen, len(runes)-i); n >= 2; n-- {
			name := string(runes[i : i+n])
			if _, ok := g.byName[name]; ok {
				out = append(out, name)
				i += n - 1
				break
			}
		}
	}
	return out
}

// addsParents reports whether heading is title with the names of the
// province or city of the place title names put before it: 2022年陕西省安康市
// 宁陕县…统计公报 for 2022年宁陕县…统计公报.
func (g *Gazetteer) addsParents(heading, title string) bool {
	own := g.NamesIn(title)
	if len(own) == 0 {
		return false
	}
	var codes []string
	for _, name := range own {
		for _, p := range g.byName[name] {
			codes = append(codes, p.Code)
		}
	}
	rest, added := heading, 0
	for _, name := range g.NamesIn(heading) {
		if slices.Contains(own, name) {
			continue
		}
		parent := false
		for _, p := range g.byName[name] {
			for _, c := range codes {
				parent = parent || len(p.Code) < len(c) && strings.HasPrefix(c, p.Code)
			}
		}
		if !parent {
			return false
		}
		rest, added = strings.Replace(rest, name, "", 1), added+1
	}
	return added > 0 && rest == title
}
