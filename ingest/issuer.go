// The issuer and the document number: readIssuerAndPlace, which reads the
// issuer, then the place (places.go), and readDocNumber.

package ingest

import (
	"regexp"
	"strings"

	"github.com/govsearch/govsearch"
)

// readIssuerAndPlace finds the issuer, the level and the place, from the
// issuer positions only: a place named in the body never sets them.
func (m *metadataReader) readIssuerAndPlace() {
	m.statsOffice = statisticsOffice(m.open)
	m.presenter = presentingOrgan(m.open)
	national, natSrc := m.isNational()
	m.readIssuer(national, natSrc)
	if national {
		m.doc.Level = govsearch.LevelNational
		m.set("level", natSrc)
		return
	}
	m.readPlace(m.placeClues())
}

// readIssuer takes the issuer from the first position that states one: the
// page's publisher field, what the document says (see statedIssuer), the
// State Council or the NPC for a national document, the page's source, the
// signature.
func (m *metadataReader) readIssuer(national bool, natSrc string) {
	issuer, src := cleanIssuer(m.publisher), srcPageMeta
	if issuer == "" {
		issuer, src = m.statedIssuer()
		issuer = cleanIssuer(issuer)
	}
	if issuer == "" && national {
		issuer, src = "国务院", natSrc
		if strings.Contains(m.doc.Title, "决议") {
			issuer = "全国人民代表大会"
		}
	}
	if source := cleanIssuer(m.source); issuer == "" && isOrgan(source) {
		issuer, src = source, srcPageMeta
	}
	if issuer == "" {
		for _, s := range m.sign {
			if reSignature.MatchString(s) && !reLayoutWord.MatchString(s) {
				issuer, src = s, srcSignature
				break
			}
		}
	}
	m.doc.Issuer = issuer
	if issuer != "" {
		m.set("issuer", src)
	}
}

// statedIssuer is the issuer the document names: the office that issued a
// notice, the government whose head reads the report, the department head
// who presents it, the statistics office of a communiqué; and where it
// names it.
func (m *metadataReader) statedIssuer() (string, string) {
	for _, s := range m.sign {
		if v := reIssuedBy.FindStringSubmatch(s); v != nil {
			return v[1], srcSignature
		}
	}
	for _, s := range m.open {
		if v := reSpeaker.FindStringSubmatch(s); v != nil {
			// The speaker run on after the meeting line (人民代表大会第三次
			// 会议上代市长 陈绍旺) names a place only after it.
			place := v[1]
			if _, after, ok := strings.Cut(place, "会议上"); ok {
				place = after
			}
			place = strings.TrimSuffix(place, "常务") // 常务副县长 李四 names no place
			if runes(place) >= 2 {
				return speakerGovernment(place, v[2]), srcSpeaker
			}
		}
	}
	for _, s := range m.open {
		if v := reOfficial.FindStringSubmatch(s); v != nil {
			return v[1], srcSpeaker
		}
	}
	if m.presenter != "" {
		return m.presenter, srcSpeaker
	}
	if m.statsOffice != "" {
		return m.statsOffice, srcOpening
	}
	return "", ""
}

// statisticsOffice returns the statistics office a communiqué opens with
// (六盘水市统计局 国家统计局六盘水调查队 → 六盘水市统计局), letter-spaced or not
// (石 家 庄 市 统计局), or "".
func statisticsOffice(open []string) string {
	for i, s := range open {
		if i > 0 && reBareLabel.MatchString(foldForMetadata(open[i-1])) {
			continue // a page's field under its label (发布机构： / 宜春市统计局)
		}
		for _, t := range []string{s, squeezeLetterSpacing(s)} {
			if v := reStatsOffice.FindStringSubmatch(t); v != nil && !strings.HasPrefix(v[1], "国家") {
				return v[1]
			}
		}
	}
	return ""
}

// isOrgan reports whether s names an organ of government (天津市南开区政府
// 办公室), not a newspaper or a web site.
func isOrgan(s string) bool {
	return s != "" && containsAny(s, organWords) && !strings.Contains(s, "报")
}

// readDocNumber takes the document number (文号) from the page's 发文字号
// field, else from the first opening line that states one.
func (m *metadataReader) readDocNumber() {
	m.doc.DocNumber = m.number
	src := srcPageMeta
	for _, s := range m.open {
		if m.doc.DocNumber != "" {
			break
		}
		if citesDocument(s) {
			continue
		}
		m.doc.DocNumber, src = ParseDocNumber(s), srcOpening
	}
	if m.doc.DocNumber != "" {
		m.set("doc_number", src)
	}
}

// citesDocument reports a line whose document number follows the title of
// the document it numbers (…联合下发的《关于发布…的通知》(苏科高发〔2017〕29号)
// 进行统计), or that a sentence of the text cites (以…国统制[2006]21号文批准的…):
// a citation of another document, not the number of this one, which
// stands in the header, under its title or opening its line.
func citesDocument(s string) bool {
	loc := reDocNumber.FindStringIndex(s)
	if loc == nil {
		return false
	}
	if strings.Contains(s[max(0, loc[0]-8):loc[0]], "》") {
		return true // right after the title it cites
	}
	if strings.HasPrefix(s[loc[1]:], "文") || isReportText(s) && runes(s[:loc[0]]) > 20 {
		return true // a sentence of the text that cites it: 本次公报以国家统计局国统制[2006]21号文批准的《…》为编制依据
	}
	// Inside the title it cites, too: 根据《财政部关于…的通知(财预〔2014〕36号)》.
	// Not a line that is a title in its marks with its own number in them
	// (《宁乡县人民政府关于印发…的通知(宁政发〔2019〕6号)》).
	before := s[:loc[0]]
	insideMarks := strings.Count(before, "《") > strings.Count(before, "》")
	ownTitleInMarks := strings.HasPrefix(strings.TrimSpace(before), "《") && !strings.Contains(before, "》")
	return insideMarks && !ownTitleInMarks
}

// cleanIssuer returns an issuer's name without the page furniture a field's
// value may carry: the labels of the fields before it (组配分类统计公报发布机构
// 丽水市统计局) or after it (镜湖区统计局阅读次数, 张家港市统计局发布时间), a deputy
// head's title read as a government (沛县人民政府常务副人民政府); a site's name
// (萧山政府网, 湖南人大网) names no issuer: "".
func cleanIssuer(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "发布机构"); i >= 0 {
		s = strings.TrimLeft(s[i+len("发布机构"):], ":： ")
	}
	s = reIssuerFieldTail.ReplaceAllString(s, "")
	if strings.HasSuffix(s, "常务副人民政府") {
		s = strings.TrimSuffix(strings.TrimSuffix(s, "常务副人民政府"), "人民政府")
		if s != "" {
			s += "人民政府"
		}
	}
	if reSiteNameIssuer.MatchString(s) {
		return ""
	}
	return s
}

var (
	// reLayoutWord is a line ending in a word on 局 that is no office: a
	// heading's 发展布局, 新格局, 开局 (我县十二五发展布局).
	reLayoutWord = regexp.MustCompile(`(?:布局|格局|大局|全局|开局|新局|结局|变局|当局|时局|僵局|骗局|棋局|饭局)$`)
	// reIssuerFieldTail is the label of a page's next field run onto an
	// issuer's name: 阅读次数, 浏览量, 发布时间, 日期.
	reIssuerFieldTail = regexp.MustCompile(`(?:阅读次数|浏览次数|浏览量|点击数|点击量|点击率|访问量|发布时间|发布日期|发文日期|时间|日期)$`)
	// reSiteNameIssuer is a web site's name: 萧山政府网, 湖南人大网,
	// 宿州市政务公开网, 政府官网.
	reSiteNameIssuer = regexp.MustCompile(`^\p{Han}{0,16}(?:网|官网|网站)$`)
)
