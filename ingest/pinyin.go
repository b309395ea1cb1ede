package ingest

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// English translations of reports name their places in pinyin, without
// tones or suffix (the 12th Zhengzhou Municipal People's Congress, Xiaoshan
// District). pinyinTSV gives the gazetteer's prefectures and county-level
// places, not its development zones, by those names: "name<TAB>code" lines
// for a name's usual reading, the name in lower-case letters (zhengzhou
// 4101), and "name<TAB>code<TAB>alt" for the other readings of characters
// that have several (合肥 as hebi), which count only where no place has the
// name as its usual reading. It is generated from the gazetteer with
// github.com/mozillazg/go-pinyin (see TestPinyinTable), which only the test
// links: the program reads the table.
//
//go:embed pinyin.tsv
var pinyinTSV string

// pinyinPlace is a place under one of its names in pinyin; alt marks a
// reading other than the usual one.
type pinyinPlace struct {
	Place
	alt bool
}

// addPinyinNames reads the places' names in pinyin (see pinyinTSV).
func (g *Gazetteer) addPinyinNames(tsv string) error {
	g.byPinyin = map[string][]pinyinPlace{}
	return eachDataLine(tsv, "pinyin names", func(text string) error {
		f := strings.Split(text, "\t")
		if len(f) < 2 || len(f) > 3 || f[0] == "" || len(f) == 3 && f[2] != "alt" {
			return fmt.Errorf("want name<TAB>code[<TAB>alt], got %q", text)
		}
		p, known := g.byCode[f[1]]
		if !known {
			return fmt.Errorf("no place has code %s: %q", f[1], text)
		}
		g.byPinyin[f[0]] = append(g.byPinyin[f[0]], pinyinPlace{p, len(f) == 3})
		return nil
	})
}

// pinyinKey is a place's name as an English text writes it, reduced to
// the table's form: lower-case letters only (Lu'an → luan, Xi'an → xian).
func pinyinKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return r
		case r >= 'A' && r <= 'Z':
			return r - 'A' + 'a'
		}
		return -1
	}, s)
}

// englishPlace returns the one place below a province that an English
// meeting line names by its name in pinyin and the kind of its congress
// (municipal: a city, or a county-level city; county; district; autonomous
// prefecture), or false where none or several go by that name.
func (g *Gazetteer) englishPlace(name, kind string) (Place, bool) {
	var usual, other []Place
	for _, p := range g.byPinyin[pinyinKey(name)] {
		switch {
		case !fitsEnglishKind(p.Place, strings.ToLower(kind)):
		case p.alt:
			other = append(other, p.Place)
		default:
			usual = append(usual, p.Place)
		}
	}
	// A city without counties is in the table twice, as the city and as
	// its one county-level division of the same name (中山市 4420 and
	// 442000): one place.
	byCode := map[string]Place{}
	for _, p := range usual {
		byCode[p.Code] = p
	}
	usual = slices.Collect(maps.Values(withoutCountyRowOfCity(byCode)))
	if len(usual) == 1 {
		return usual[0], true
	}
	if len(usual) == 0 && len(other) == 1 {
		return other[0], true
	}
	return Place{}, false
}

// fitsEnglishKind reports whether place p is of the kind an English
// congress's name gives it.
func fitsEnglishKind(p Place, kind string) bool {
	switch kind {
	case "municipal", "city":
		return strings.HasSuffix(p.Name, "市") // a city, or a county-level one
	case "county":
		return len(p.Code) == 6 && strings.HasSuffix(p.Name, "县")
	case "district":
		return len(p.Code) == 6 && strings.HasSuffix(p.Name, "区")
	case "autonomous prefecture", "prefecture":
		return len(p.Code) == 4 && (strings.HasSuffix(p.Name, "州") || strings.HasSuffix(p.Name, "地区"))
	case "banner":
		return len(p.Code) == 6 && strings.HasSuffix(p.Name, "旗")
	case "league":
		return len(p.Code) == 4 && strings.HasSuffix(p.Name, "盟")
	}
	return false
}
