// Package check verifies claims against the documents: it finds the
// figures a claim states (with their units, scale, bounds and direction),
// what each measures, and the place and year the claim names; then it
// looks for paragraphs in that scope that state the same indicator, and
// calls each figure supported, contradicted or not found, with the
// paragraphs to cite. It never calls a figure contradicted by a paragraph
// about another indicator, place or year. It depends on the index only
// through what it is given: a Searcher (the index's exact search) and
// Config.Highlight (the index's highlighter); it does not import package
// index.
package check

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Unit families: figures compare only within a family.
const (
	famMoney   = "money"
	famUSD     = "usd"
	famPercent = "percent"
	famPoints  = "points"
	famPeople  = "people"
	famCount   = "count"
	famArea    = "area"
	famLength  = "length"
	famConc    = "concentration"
	famAge     = "age"
	famWeight  = "weight"
	famPower   = "power"
	famTime    = "time"
)

type unitInfo struct {
	family string
	scale  float64
	base   string // the unit values are expressed in
}

// units maps unit words to their family and scale, longest first in
// reUnit so that 万亿元 wins over 亿元 over 元.
var units = map[string]unitInfo{
	"万亿元": {famMoney, 1e12, "元"}, "亿元": {famMoney, 1e8, "元"}, "万元": {famMoney, 1e4, "元"}, "元": {famMoney, 1, "元"},
	"亿美元": {famUSD, 1e8, "美元"}, "万美元": {famUSD, 1e4, "美元"}, "美元": {famUSD, 1, "美元"},
	"%": {famPercent, 1, "%"}, "％": {famPercent, 1, "%"}, "个百分点": {famPoints, 1, "个百分点"},
	"万人次": {famPeople, 1e4, "人次"}, "人次": {famPeople, 1, "人次"}, "万人": {famPeople, 1e4, "人"}, "人": {famPeople, 1, "人"},
	"名": {famPeople, 1, "人"}, "万户": {famCount, 1e4, "户"}, "户": {famCount, 1, "户"},
	"个": {famCount, 1, "个"}, "家": {famCount, 1, "家"}, "件": {famCount, 1, "件"}, "所": {famCount, 1, "所"},
	"项": {famCount, 1, "项"}, "座": {famCount, 1, "座"}, "张": {famCount, 1, "张"}, "辆": {famCount, 1, "辆"},
	"场": {famCount, 1, "场"}, "万辆": {famCount, 1e4, "辆"}, "万台": {famCount, 1e4, "台"}, "台": {famCount, 1, "台"}, "次": {famCount, 1, "次"}, "套": {famCount, 1, "套"}, "批": {famCount, 1, "批"},
	"万平方米": {famArea, 1e4, "平方米"}, "平方米": {famArea, 1, "平方米"}, "平方公里": {famArea, 1e6, "平方米"},
	"公顷": {famArea, 1e4, "平方米"}, "万亩": {famArea, 6666.67e4 / 1e4, "亩"}, "亩": {famArea, 1, "亩"},
	"公里": {famLength, 1000, "米"}, "千米": {famLength, 1000, "米"}, "米": {famLength, 1, "米"},
	"微克/立方米": {famConc, 1, "微克/立方米"}, "岁": {famAge, 1, "岁"},
	"万吨": {famWeight, 1e4, "吨"}, "吨": {famWeight, 1, "吨"},
	"万千瓦": {famPower, 1e4, "千瓦"}, "千瓦": {famPower, 1, "千瓦"},
	"天": {famTime, 1, "天"}, "个工作日": {famTime, 1, "天"}, "小时": {famTime, 1.0 / 24, "天"},
}

// Bounds a figure may carry.
const (
	BoundExact   = ""
	BoundAtLeast = "at_least" // 以上, 超过, 突破, 逾
	BoundAtMost  = "at_most"  // 以内, 以下, 不到, 不超过
	BoundAbout   = "about"    // 左右, 约, 近
)

// Directions of a change.
const (
	DirNone = 0
	DirUp   = 1
	DirDown = -1
)

// Figure is one number stated in a text.
type Figure struct {
	Text      string  `json:"text"`  // as written
	Value     float64 `json:"value"` // in Unit
	Unit      string  `json:"unit"`  // the base unit: 元, %, 人, …
	family    string
	Bound     string  `json:"bound,omitempty"`
	Direction int     `json:"direction,omitempty"` // 1 增长, -1 下降
	scale     float64 // of the unit as written: 1e8 for 亿元
	start     int     // byte offsets in the text
	end       int
}

const cnNum = `[零〇○一二两三四五六七八九十百千万亿点]`

var (
	unitAlternation = func() string {
		var us []string
		for u := range units {
			us = append(us, regexp.QuoteMeta(u))
		}
		// Longest first: Go's regexp takes the first alternative that matches.
		for i := 0; i < len(us); i++ {
			for j := i + 1; j < len(us); j++ {
				if utf8.RuneCountInString(us[j]) > utf8.RuneCountInString(us[i]) {
					us[i], us[j] = us[j], us[i]
				}
			}
		}
		return strings.Join(us, "|")
	}()
	reFigure = regexp.MustCompile(`(百分之` + cnNum + `+)|(\d[\d,]*(?:\.\d+)?|` + cnNum + `+)\s*(` + unitAlternation + `)`)
)

var (
	upWords    = []string{"同比增长", "增长", "提高", "上升", "增加", "增幅", "提升"}
	downWords  = []string{"同比下降", "下降", "降低", "减少", "回落", "降幅", "下滑", "缩减"}
	atLeastPre = []string{"超过", "突破", "逾", "超", "不低于", "不少于", "至少"}
	atMostPre  = []string{"不超过", "不到", "低于", "不足", "控制在"}
	aboutPre   = []string{"约", "近", "大约", "接近", "将近"}
	atLeastSuf = []string{"以上", "多", "余"}
	atMostSuf  = []string{"以内", "以下"}
	aboutSuf   = []string{"左右"}
)

// ParseFigures finds the figures in text, with their bounds and the
// direction word that precedes them (增长14.9%, 下降3.3%).
func ParseFigures(text string) []Figure {
	var out []Figure
	for _, m := range reFigure.FindAllStringSubmatchIndex(text, -1) {
		f := Figure{start: m[0], end: m[1], Text: text[m[0]:m[1]]}
		var num float64
		var ok bool
		var unit string
		if m[2] >= 0 { // 百分之…
			num, ok = parseChineseNumber(strings.TrimPrefix(text[m[2]:m[3]], "百分之"))
			unit = "%"
		} else {
			raw := text[m[4]:m[5]]
			unit = text[m[6]:m[7]]
			if raw[0] >= '0' && raw[0] <= '9' {
				v, err := strconv.ParseFloat(strings.ReplaceAll(raw, ",", ""), 64)
				num, ok = v, err == nil
			} else {
				num, ok = parseChineseNumber(raw)
			}
			// A Chinese numeral of one character before a measure word is
			// usually a word, not a figure (一个, 两家): skip those.
			if ok && utf8.RuneCountInString(raw) == 1 && raw[0] > 0x7f && unit != "%" {
				continue
			}
		}
		if !ok {
			continue
		}
		// Years and ordinals are not figures: 2021年 has no unit here, but
		// 第12次 has one, so skip what follows 第.
		if strings.HasSuffix(text[:m[0]], "第") {
			continue
		}
		u := units[unit]
		f.Value, f.Unit, f.family, f.scale = num*u.scale, u.base, u.family, u.scale
		before := text[:m[0]]
		after := text[m[1]:]
		switch {
		case hasAnySuffix(before, atMostPre):
			f.Bound = BoundAtMost
		case hasAnySuffix(before, atLeastPre):
			f.Bound = BoundAtLeast
		case hasAnySuffix(before, aboutPre):
			f.Bound = BoundAbout
		}
		switch {
		case hasAnyPrefix(after, atLeastSuf):
			f.Bound = BoundAtLeast
		case hasAnyPrefix(after, atMostSuf):
			f.Bound = BoundAtMost
		case hasAnyPrefix(after, aboutSuf):
			f.Bound = BoundAbout
		}
		f.Direction = directionBefore(before)
		out = append(out, f)
	}
	return out
}

// directionBefore finds a direction word just before a figure, allowing a
// few linking characters (增长了, 下降至).
func directionBefore(before string) int {
	tail := lastRunes(before, 6)
	best, dir := -1, DirNone
	for _, w := range upWords {
		if i := strings.LastIndex(tail, w); i >= 0 && i+len(w) > best {
			best, dir = i+len(w), DirUp
		}
	}
	for _, w := range downWords {
		if i := strings.LastIndex(tail, w); i >= 0 && i+len(w) > best {
			best, dir = i+len(w), DirDown
		}
	}
	if dir == DirNone {
		return DirNone
	}
	// Only linking words between the direction word and the figure.
	rest := strings.TrimSpace(tail[best:])
	for _, link := range []string{"了", "至", "到", "为", "达", "约", "近", "超过", "突破", "逾", "超"} {
		rest = strings.ReplaceAll(rest, link, "")
	}
	if rest != "" {
		return DirNone
	}
	return dir
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[len(r)-n:]
	}
	return string(r)
}

func hasAnySuffix(s string, words []string) bool {
	s = strings.TrimRight(s, " ")
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

var cnDigits = map[rune]float64{'零': 0, '〇': 0, '○': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// parseChineseNumber reads numbers written in Chinese numerals:
// 三十六点八 → 36.8, 一千四百四十八 → 1448, 五十八 → 58, 十 → 10,
// 五万 → 50000, 一点五亿 → 1.5e8, 二〇二一 → 2021.
func parseChineseNumber(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	intPart, fracPart, hasFrac := strings.Cut(s, "点")
	v, ok := chineseInteger(intPart)
	if !ok {
		return 0, false
	}
	if hasFrac {
		// The fraction's digits, then any scale word after them (一点五亿).
		scale := 1.0
		for strings.HasSuffix(fracPart, "亿") || strings.HasSuffix(fracPart, "万") {
			if strings.HasSuffix(fracPart, "亿") {
				scale *= 1e8
				fracPart = strings.TrimSuffix(fracPart, "亿")
			} else {
				scale *= 1e4
				fracPart = strings.TrimSuffix(fracPart, "万")
			}
		}
		frac, div := 0.0, 1.0
		for _, r := range fracPart {
			d, ok := cnDigits[r]
			if !ok {
				return 0, false
			}
			div *= 10
			frac += d / div
		}
		if fracPart == "" {
			return 0, false
		}
		return (v + frac) * scale, true
	}
	return v, true
}

func chineseInteger(s string) (float64, bool) {
	if s == "" {
		return 0, true
	}
	// All digits (二〇二一): positional.
	positional := true
	for _, r := range s {
		if _, ok := cnDigits[r]; !ok {
			positional = false
		}
	}
	if positional && utf8.RuneCountInString(s) > 1 {
		v := 0.0
		for _, r := range s {
			v = v*10 + cnDigits[r]
		}
		return v, true
	}
	total, section, digit := 0.0, 0.0, -1.0
	for _, r := range s {
		if d, ok := cnDigits[r]; ok {
			digit = d
			continue
		}
		mult := 0.0
		switch r {
		case '十':
			mult = 10
		case '百':
			mult = 100
		case '千':
			mult = 1000
		case '万', '亿':
			if digit >= 0 {
				section += digit
			}
			big := 1e4
			if r == '亿' {
				big = 1e8
			}
			total = (total + section) * big
			section, digit = 0, -1
			continue
		default:
			return 0, false
		}
		if digit < 0 {
			digit = 1 // 十 = 一十
		}
		section += digit * mult
		digit = -1
	}
	if digit >= 0 {
		section += digit
	}
	return total + section, true
}

// compatible compares two values of one family, allowing for the bounds
// and rounding each side states.
func compatible(claim, evidence Figure) bool {
	if claim.family != evidence.family {
		return false
	}
	a, b := claim.Value, evidence.Value
	eq := func(x, y, tol float64) bool { return math.Abs(x-y) <= tol*math.Max(math.Abs(x), math.Abs(y))+1e-9 }
	tol := 1e-9
	if claim.Bound == BoundAbout || evidence.Bound == BoundAbout {
		tol = 0.05
	}
	switch {
	case eq(a, b, tol):
		return true
	case claim.Bound == BoundAtLeast && evidence.Bound == BoundExact:
		return b >= a
	case claim.Bound == BoundAtMost && evidence.Bound == BoundExact:
		return b <= a
	case evidence.Bound == BoundAtLeast && claim.Bound == BoundExact:
		return a >= b
	case evidence.Bound == BoundAtMost && claim.Bound == BoundExact:
		return a <= b
	case claim.Bound == evidence.Bound && claim.Bound != BoundExact:
		return eq(a, b, 0.05)
	}
	return false
}
