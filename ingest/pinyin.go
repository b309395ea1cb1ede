package ingest

import (
	_ "embed"
	"fmt"
	"strings"
)

// English translations of reports name their places in pinyin, without
// tones or suffix (the 12th Zhengzhou Municipal People's Congress, Xiaoshan
// District). pinyinTSV gives the gazetteer's cities and county-level places
// by those names: "name<TAB>code" lines, the name in lower-case letters
// (zhengzhou 4101), a place under each of its readings where a character
// has several. It is generated from the gazetteer with
// github.com/mozillazg/go-pinyin (see TestPinyinTable), which only the
// test links: the program reads the table.
//
//go:embed pinyin.tsv
var pinyinTSV string

// addPinyinNames reads the places' names in pinyin (see pinyinTSV).
func (g *Gazetteer) addPinyinNames(tsv string) error {
	g.byPinyin = map[string][]Place{}
	return eachDataLine(tsv, "pinyin names", func(text string) error {
		name, code, ok := strings.Cut(text, "\t")
		p, known := g.byCode[code]
		if !ok || !known || name == "" {
			return fmt.Errorf("want name<TAB>code of a place, got %q", text)
		}
		g.byPinyin[name] = append(g.byPinyin[name], p)
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
	var found []Place
	for _, p := range g.byPinyin[pinyinKey(name)] {
		if fitsEnglishKind(p, strings.ToLower(kind)) {
			found = append(found, p)
		}
	}
	if len(found) != 1 {
		return Place{}, false
	}
	return found[0], true
}

// fitsEnglishKind reports whether place p is of the kind an English
// congress's name gives it.
func fitsEnglishKind(p Place, kind string) bool {
	switch kind {
	case "municipal", "city":
		return len(p.Code) == 4 && strings.HasSuffix(p.Name, "市") || len(p.Code) == 6 && strings.HasSuffix(p.Name, "市")
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
