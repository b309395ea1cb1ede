package ingest

import (
	"regexp"
	"strings"
)

// The people's congresses of the provinces have met for five-year terms in
// step since 1998: each elected in the January of the year the National
// People's Congress is (1998, 2003, …, 2023), most numbered as the National
// People's Congress is (the 14th in 2023), the municipalities and a few
// provinces and regions by their own count. provinceTermIn2023 is that
// count where it differs from the 14th.
var provinceTermIn2023 = map[string]int{
	"北京市": 16, "天津市": 18, "上海市": 16, "重庆市": 6,
	"西藏自治区": 12, "宁夏回族自治区": 13,
}

// sessionsOutOfStep are the provinces whose sessions a special session put
// out of step with the years: 海南省's seventh congress met for its third
// session in January 2024 and its fifth in January 2026.
var sessionsOutOfStep = map[string]bool{"海南省": true}

// termShiftedFrom is, for a province whose term a special session put a
// year ahead of the count from some session on, that term and session:
// 广西壮族自治区's fourteenth congress met for its third session in January
// 2025, a fourth later that year, and its fifth in February 2026
// (自治区十四届人大五次会议, reviewing 2025); 山东省's thirteenth met for its
// third in January 2020, a fourth later that year, its fifth in February
// 2021 (reviewing 2020) and its sixth in January 2022. From that session on
// each met a year before the count says, and the term held six.
var termShiftedFrom = map[string][2]int{"广西壮族自治区": {14, 4}, "山东省": {13, 4}}

// provinceSessionYear is the year the m-th session of the n-th people's
// congress of province met (陕西省 第十四届 第二次 → 2024), or 0 for a term
// before 1998 (重庆市's first, from 1997, met out of step), a session beyond
// the fifth (the sixth of a term a special session shifted, see
// termShiftedFrom), or a province whose sessions are out of step
// (sessionsOutOfStep).
func provinceSessionYear(province string, n, m int) int {
	if sessionsOutOfStep[province] {
		return 0
	}
	last, shift := 5, 0
	if from, ok := termShiftedFrom[province]; ok && n == from[0] && m >= from[1] {
		last, shift = 6, 1
	}
	term, ok := provinceTermIn2023[province]
	if !ok {
		term = 14
	}
	first := 2023 + 5*(n-term)
	if first < 1998 || first > 2028 || m < 1 || m > last || province == "重庆市" && n < 2 {
		return 0
	}
	return first + m - 1 - shift
}

// reProvinceSession is a session of a province's congress by its numbers
// after the province's name or its organ's word: 陕西省第十四届人民代表大会
// 第二次会议, 黑龙江十届人大四次会议, 省十三届人大二次会议, 自治区十四届人大
// 一次会议; not its standing committee's.
var reProvinceSession = regexp.MustCompile(`(\p{Han}{0,7}?)第?([一二三四五六七八九十]{1,3})届(?:人民代表大会|人大)第?([一二三四五六七八九十]{1,2})次(?:全体)?会议`)

// provinceSessionIn returns the year of the session of province's congress
// that sentence tells of, by its numbers (see provinceSessionYear), where
// the sentence names the province before them, or its organ's word alone
// (省, 自治区; a municipality only by its name), or 0.
func (g *Gazetteer) provinceSessionIn(sentence, province string) int {
	if province == "" {
		return 0
	}
	v := reProvinceSession.FindStringSubmatch(sentence)
	if v == nil {
		return 0
	}
	place := v[1]
	switch {
	case strings.HasSuffix(place, province), strings.HasSuffix(place, shortName(province)):
	case len(g.placesIn(place)) > 0:
		return 0 // another place's session (陕西省… in a story placed in 河南省)
	case strings.HasSuffix(place, "省") && strings.HasSuffix(province, "省"), strings.HasSuffix(place, "自治区") && strings.HasSuffix(province, "自治区"):
	default:
		return 0
	}
	return provinceSessionYear(province, chineseCount(v[2]), chineseCount(v[3]))
}
