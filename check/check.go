package check

import (
	"context"
	"fmt"
	"html"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/segment"
)

// Verdicts.
const (
	Supported    = "supported"
	Contradicted = "contradicted"
	NotFound     = "not_found"
	Mixed        = "mixed"
)

// Searcher is what the checker needs of an index.
type Searcher interface {
	Search(ctx context.Context, q govsearch.Query, opt govsearch.SearchOptions) (*govsearch.Result, error)
}

// Evidence is a paragraph that states the figure's indicator, with the
// figure as the paragraph writes it.
type Evidence struct {
	govsearch.Hit
	Figure   string `json:"figure"`
	Verdict  string `json:"verdict"`
	Relation string `json:"relation"` // what the paragraph's figure is: level or change
}

// FigureResult is the verdict on one figure of the claim.
type FigureResult struct {
	Text      string     `json:"text"`
	Value     float64    `json:"value"`
	Unit      string     `json:"unit"`
	Bound     string     `json:"bound,omitempty"`
	Direction string     `json:"direction,omitempty"`
	Indicator string     `json:"indicator"`
	Verdict   string     `json:"verdict"`
	Reason    string     `json:"reason"`
	Evidence  []Evidence `json:"evidence"`
}

// Result is the answer to a claim check.
type Result struct {
	Claim   string          `json:"claim"`
	Verdict string          `json:"verdict"`
	Scope   Scope           `json:"scope"`
	Figures []FigureResult  `json:"figures"`
	Hits    []govsearch.Hit `json:"hits"`
	TookMS  float64         `json:"took_ms"`
}

// Scope is the place and year a claim is about.
type Scope struct {
	Province string `json:"province,omitempty"`
	City     string `json:"city,omitempty"`
	District string `json:"district,omitempty"`
	Year     int    `json:"year,omitempty"`
}

// Config is what a Checker is given besides its index.
type Config struct {
	// Highlight marks terms in a paragraph's text for the evidence's
	// highlight: HTML-escaped, with only <mark> markup, as the index marks
	// search hits (index.HighlightTerms is one). Nil escapes the text and
	// marks nothing.
	Highlight func(text string, terms []string) string
}

// Checker checks claims against an index.
type Checker struct {
	idx Searcher
	cfg Config
	gaz *ingest.Gazetteer
}

// New returns a checker over idx.
func New(idx Searcher, cfg Config) (*Checker, error) {
	gaz, err := ingest.DefaultGazetteer()
	if err != nil {
		return nil, err
	}
	return &Checker{idx: idx, cfg: cfg, gaz: gaz}, nil
}

// MaxClaimRunes bounds the length of a claim.
const MaxClaimRunes = 500

// claimFigure is a figure of the claim with what it measures.
type claimFigure struct {
	Figure
	indicator string
	change    bool   // a change (增长14.9%) rather than a level (36.8亿元)
	qualifier string // 累计 (cumulative) or 年均 (average per year), which make another indicator
}

// qualifierOf finds 累计 or 年均 in the words that lead to a figure.
func qualifierOf(lead string) string {
	for _, q := range []string{"累计", "年均"} {
		if strings.Contains(lead, q) {
			return q
		}
	}
	return ""
}

var (
	reYear      = regexp.MustCompile(`(\d{4})\s*年`)
	linkWords   = []string{"较", "预计", "全年", "全区", "全市", "全县", "全省", "全国", "累计", "完成", "实现", "达到", "达", "为", "是", "共", "总计", "合计", "约", "近", "超过", "突破", "逾", "同比", "比上年", "较上年", "比", "了", "的", "其中", "年均", "全口径"}
	clauseBreak = "，,；;。：:、"
)

// analyze finds the claim's figures, what each measures, and its scope.
func (c *Checker) analyze(claim string) ([]claimFigure, Scope) {
	var sc Scope
	loc := c.gaz.Locate(ingest.Clues{Title: claim, Text: claim})
	sc.Province, sc.City, sc.District = loc.Province, loc.City, loc.District
	if m := reYear.FindStringSubmatch(claim); m != nil {
		sc.Year, _ = strconv.Atoi(m[1])
	}
	figs := ParseFigures(claim)
	var out []claimFigure
	prevEnd := 0
	prevIndicator := ""
	for _, f := range figs {
		seg := claim[prevEnd:f.start]
		// The indicator is the text since the last clause break or figure.
		if i := strings.LastIndexAny(seg, clauseBreak); i >= 0 {
			_, size := utf8.DecodeRuneInString(seg[i:])
			seg = seg[i+size:]
		}
		ind := c.cleanIndicator(seg)
		cf := claimFigure{Figure: f, indicator: ind, change: f.Direction != DirNone, qualifier: qualifierOf(seg)}
		if ind == "" && prevIndicator != "" {
			// 增长14.9%: the change of the indicator just named.
			cf.indicator = prevIndicator
		}
		if cf.indicator != "" {
			prevIndicator = cf.indicator
		}
		out = append(out, cf)
		prevEnd = f.end
	}
	return out, sc
}

// cleanIndicator strips places, years, direction and linking words from
// the words before a figure, leaving what it measures.
func (c *Checker) cleanIndicator(s string) string {
	s = reComparisonBase.ReplaceAllString(s, "")
	s = reYear.ReplaceAllString(s, "")
	for _, p := range c.gaz.NamesIn(s) {
		s = strings.ReplaceAll(s, p, "")
	}
	for _, ws := range [][]string{upWords, downWords, atLeastPre, atMostPre, aboutPre} {
		for _, w := range ws {
			s = strings.TrimSuffix(strings.TrimSpace(s), w)
		}
	}
	changed := true
	for changed {
		changed = false
		for _, w := range linkWords {
			t := strings.TrimSpace(s)
			if strings.HasPrefix(t, w) && len(t) > len(w) {
				s, changed = strings.TrimPrefix(t, w), true
			}
			if strings.HasSuffix(t, w) {
				s, changed = strings.TrimSuffix(t, w), true
			}
		}
	}
	s = strings.Trim(s, " \t“”\"'（）()《》【】")
	if utf8.RuneCountInString(segment.Normalize(s)) < 2 {
		return ""
	}
	return s
}

// Check verifies a claim. Filters narrow the evidence further, as in search.
func (c *Checker) Check(ctx context.Context, claim string, filters govsearch.Filters) (*Result, error) {
	if strings.TrimSpace(claim) == "" {
		return nil, govsearch.Errorf(govsearch.EInvalid, "claim is required: a sentence with figures to check")
	}
	if !utf8.ValidString(claim) {
		return nil, govsearch.Errorf(govsearch.EInvalid, "claim is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(claim); n > MaxClaimRunes {
		return nil, govsearch.Errorf(govsearch.EInvalid, "claim is %d characters long; at most %d are allowed", n, MaxClaimRunes)
	}
	start := time.Now()
	figs, sc := c.analyze(claim)
	res := &Result{Claim: claim, Scope: sc, Figures: []FigureResult{}, Hits: []govsearch.Hit{}}
	if len(figs) == 0 {
		return nil, govsearch.Errorf(govsearch.EInvalid, "no figure found in the claim: write the numbers with their units (36.8亿元, 14.9%%, 5000个)")
	}
	seen := map[string]bool{}
	for _, cf := range figs {
		fr, err := c.checkFigure(ctx, claim, cf, sc, filters)
		if err != nil {
			return nil, err
		}
		for _, ev := range fr.Evidence {
			if !seen[ev.ID] {
				seen[ev.ID] = true
				res.Hits = append(res.Hits, ev.Hit)
			}
		}
		res.Figures = append(res.Figures, fr)
	}
	res.Verdict = overall(res.Figures)
	res.TookMS = math.Round(float64(time.Since(start).Microseconds())/10) / 100
	return res, nil
}

func overall(figs []FigureResult) string {
	n := map[string]int{}
	for _, f := range figs {
		n[f.Verdict]++
	}
	switch {
	case n[Supported] == len(figs):
		return Supported
	case n[Supported] > 0:
		return Mixed
	case n[Contradicted] > 0:
		return Contradicted
	}
	return NotFound
}

// checkFigure looks for in-scope paragraphs that state the figure's
// indicator and compares their figures with it.
func (c *Checker) checkFigure(ctx context.Context, claim string, cf claimFigure, sc Scope, filters govsearch.Filters) (FigureResult, error) {
	fr := newFigureResult(cf)
	if cf.indicator == "" {
		fr.Verdict, fr.Reason = NotFound, "the claim does not say what this figure measures"
		return fr, nil
	}
	// The best 200 paragraphs, unhighlighted: the figures are highlighted
	// below.
	res, err := c.idx.Search(ctx, scopedQuery(cf, sc, filters), govsearch.SearchOptions{Size: 200})
	if err != nil {
		return fr, err
	}
	ev := compareHits(res.Hits, cf, sc, isTargetText(claim))
	ev.judge(&fr, cf, sc)
	for i := range fr.Evidence {
		fr.Evidence[i].Highlight = c.highlight(fr.Evidence[i].Text, []string{cf.indicator, fr.Evidence[i].Figure})
	}
	if len(fr.Evidence) > 10 {
		fr.Evidence = fr.Evidence[:10]
	}
	return fr, nil
}

// newFigureResult is the result for a claim's figure before any evidence.
func newFigureResult(cf claimFigure) FigureResult {
	fr := FigureResult{Text: cf.Text, Value: cf.Value, Unit: cf.Unit, Bound: cf.Bound, Indicator: cf.indicator, Evidence: []Evidence{}}
	switch cf.Direction {
	case DirUp:
		fr.Direction = "up"
	case DirDown:
		fr.Direction = "down"
	}
	return fr
}

// scopedQuery searches for the figure's indicator under the filters and
// the place scope: the most specific place the claim names.
func scopedQuery(cf claimFigure, sc Scope, filters govsearch.Filters) govsearch.Query {
	q := govsearch.Query{
		Clauses: []govsearch.Clause{{Terms: []string{cf.indicator}}},
		Filters: filters, Mode: govsearch.ModeAll,
	}
	switch {
	case sc.District != "":
		q.Filters.District = append(q.Filters.District, sc.District)
		if sc.City != "" {
			q.Filters.City = append(q.Filters.City, sc.City)
		}
	case sc.City != "":
		q.Filters.City = append(q.Filters.City, sc.City)
		q.Filters.District = append(q.Filters.District, "")
	case sc.Province != "":
		q.Filters.Province = append(q.Filters.Province, sc.Province)
	}
	return q
}

// evidenceSets sorts the paragraphs' figures by what they say of a claim's
// figure.
type evidenceSets struct {
	support, contra, targets []Evidence
}

// compareHits compares the figures of the hits in the year scope with the
// claim's figure. claimTarget says whether the claim is itself about a
// target.
func compareHits(hits []govsearch.Hit, cf claimFigure, sc Scope, claimTarget bool) evidenceSets {
	var ev evidenceSets
	for _, h := range hits {
		if sc.Year != 0 && !yearInScope(h, sc.Year) {
			continue
		}
		// A section about targets (2022年经济社会发展主要预期目标) makes
		// every figure in it a target.
		sectionTarget := isTargetText(strings.Join(h.SectionPath, "\n"))
		for _, pf := range figuresOf(h.Text, cf.indicator) {
			if pf.qualifier != cf.qualifier || pf.change != cf.change {
				continue
			}
			// A target (预期目标, 力争) is not what was achieved: it never
			// contradicts a claim about results, and supports one only as
			// a target, saying so.
			ev.add(h, pf, cf, (pf.target || sectionTarget) && !claimTarget)
		}
	}
	return ev
}

// add compares one figure pf of paragraph h with the claim's figure cf
// and files it as support, contradiction or target, or leaves it out.
func (ev *evidenceSets) add(h govsearch.Hit, pf paraFigure, cf claimFigure, target bool) {
	if pf.unitless {
		// A bare number can match a figure written in units of one
		// (5716个), and never contradicts.
		if !cf.change && cf.scale == 1 && cf.family == famCount && cf.Value == pf.Value {
			ev.support = append(ev.support, Evidence{Hit: h, Figure: pf.Text, Relation: "level", Verdict: Supported})
		}
		return
	}
	if pf.family != cf.family {
		return
	}
	e := Evidence{Hit: h, Figure: pf.Text, Relation: "level"}
	if pf.change {
		e.Relation = "change"
	}
	switch {
	case !target && cf.change && pf.Direction != cf.Direction && compatible(cf.Figure, pf.Figure):
		e.Verdict = Contradicted // the same figure, the other direction
		ev.contra = append(ev.contra, e)
	case pf.Direction == cf.Direction && compatible(cf.Figure, pf.Figure) && !(cf.Bound == BoundExact && pf.Bound != BoundExact && pf.Bound != BoundAbout):
		e.Verdict = Supported
		if target {
			e.Relation += " (target)"
			ev.targets = append(ev.targets, e)
		} else {
			ev.support = append(ev.support, e)
		}
	case target:
	case compatible(cf.Figure, pf.Figure):
		// A bound (38亿元以上) admits the claim's exact figure but
		// does not confirm it: neither support nor contradiction.
	default:
		e.Verdict = Contradicted
		ev.contra = append(ev.contra, e)
	}
}

// judge sets the figure's verdict, reason and evidence from the evidence
// sets and the claim's scope.
func (ev evidenceSets) judge(fr *FigureResult, cf claimFigure, sc Scope) {
	placed := sc.District != "" || sc.City != "" || sc.Province != ""
	support, contra, targets := ev.support, ev.contra, ev.targets
	switch {
	case len(support) > 0:
		fr.Verdict = Supported
		fr.Reason = fmt.Sprintf("%d paragraph(s) in scope state %s with this figure", distinctParagraphs(support), cf.indicator)
		fr.Evidence = support
	case len(contra) > 0 && !placed:
		fr.Verdict = NotFound
		fr.Reason = fmt.Sprintf("%s is stated with other figures, but the claim names no place to compare with", cf.indicator)
		fr.Evidence = contra
	case len(contra) > 0 && !oneCity(contra, sc):
		fr.Verdict = NotFound
		fr.Reason = fmt.Sprintf("%s is stated with other figures, in places of the same name in different cities", cf.indicator)
		fr.Evidence = contra
	case len(targets) > 0 && sc.Year == 0:
		fr.Verdict = Supported
		fr.Reason = fmt.Sprintf("%d paragraph(s) in scope state %s with this figure as a target (目标), not as a result; other years' results differ", distinctParagraphs(targets), cf.indicator)
		fr.Evidence = append(targets, contra...)
	case len(contra) > 0 && sc.Year == 0 && !oneValue(contra):
		fr.Verdict = NotFound
		fr.Reason = fmt.Sprintf("%s is stated with several different figures (other years?); name the year to compare", cf.indicator)
		fr.Evidence = contra
	case len(contra) > 0:
		fr.Verdict = Contradicted
		fr.Reason = fmt.Sprintf("paragraphs in scope state %s with a different figure or direction", cf.indicator)
		fr.Evidence = contra
	case len(targets) > 0:
		fr.Verdict = Supported
		fr.Reason = fmt.Sprintf("%d paragraph(s) in scope state %s with this figure as a target (目标), not as a result", distinctParagraphs(targets), cf.indicator)
		fr.Evidence = targets
	default:
		fr.Verdict = NotFound
		fr.Reason = fmt.Sprintf("no paragraph in scope states %s with a figure of this kind", cf.indicator)
	}
}

// oneCity reports whether the evidence all comes from one place: a claim
// that names a district found in several cities (和平区: 天津, 沈阳) is
// compared only when the paragraphs leave no doubt which one it is.
func oneCity(evs []Evidence, sc Scope) bool {
	if sc.District == "" || sc.City != "" {
		return true
	}
	for _, e := range evs {
		if e.City != evs[0].City || e.Province != evs[0].Province {
			return false
		}
	}
	return true
}

// oneValue reports whether the contradicting paragraphs agree among
// themselves on one figure.
func oneValue(evs []Evidence) bool {
	for _, e := range evs[1:] {
		a, b := ParseFigures(e.Figure), ParseFigures(evs[0].Figure)
		if len(a) != 1 || len(b) != 1 || !compatible(a[0], b[0]) || a[0].Direction != b[0].Direction {
			return false
		}
	}
	return true
}

var targetWords = []string{"目标", "预期", "力争", "计划任务", "规划任务", "预计到", "到2025年", "到2035年", "确保", "争取"}

func isTargetText(s string) bool {
	for _, w := range targetWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func distinctParagraphs(evs []Evidence) int {
	ids := map[string]bool{}
	for _, e := range evs {
		ids[e.ID] = true
	}
	return len(ids)
}

// yearInScope: a paragraph speaks of year Y when it names the year, or,
// naming none, when its document was issued in Y or early in Y+1 (reports
// on a year are read in the next one).
func yearInScope(h govsearch.Hit, year int) bool {
	years := reYear.FindAllStringSubmatch(h.Text, -1)
	if len(years) > 0 {
		for _, m := range years {
			if y, _ := strconv.Atoi(m[1]); y == year {
				return true
			}
		}
		return false
	}
	return int(h.Year) == year || int(h.Year) == year+1
}

// paraFigure is a figure of a paragraph tied to the indicator.
type paraFigure struct {
	Figure
	change    bool
	qualifier string
	unitless  bool // a bare number whose unit was lost in scraping
	target    bool // stated as a target: its sentence speaks of 目标, 力争…
}

// figuresOf returns the figures a paragraph states for the indicator:
// after each occurrence of it, within the same clause, the level figure
// that follows with only linking words between, and the change figures
// that follow a direction word (…收入36.8亿元，增长14.9%). Figures about
// something else named in between are not taken.
func figuresOf(text, indicator string) []paraFigure {
	n := segment.NormalizeWithOffsets(text)
	ni := segment.Normalize(indicator)
	figs := ParseFigures(text)
	var out []paraFigure
	for off := 0; ; {
		i := strings.Index(n.Text[off:], ni)
		if i < 0 {
			break
		}
		_, end := n.Span(off+i, off+i+len(ni))
		off += i + len(ni)
		// The sentence after the indicator (to the next 。；).
		stop := len(text)
		if j := strings.IndexAny(text[end:], "。；;"); j >= 0 {
			stop = end + j
		}
		// What leads to the indicator in its clause: 累计, 年均.
		lead := text[:end]
		if j := strings.LastIndexAny(lead, "。；;，,"); j >= 0 {
			lead = lead[j:]
		}
		qual := qualifierOf(lead)
		sentenceStart := 0
		if j := strings.LastIndexAny(text[:end], "。；;"); j >= 0 {
			sentenceStart = j
		}
		target := isTargetText(text[sentenceStart:stop])
		levelTaken := false
		prev := end
		for _, f := range figs {
			if f.start < end || f.start >= stop {
				continue
			}
			between := text[prev:f.start]
			if q := qualifierOf(between); q != "" {
				qual = q
			}
			if f.Direction == DirNone {
				if !levelTaken && onlyLinking(between) {
					out = append(out, paraFigure{Figure: f, qualifier: qual, target: target})
					levelTaken = true
				}
			} else if onlyLinkingOrDirection(between) {
				out = append(out, paraFigure{Figure: f, change: true, qualifier: qual, target: target})
			}
			if !onlyLinkingOrDirection(between) {
				break // another indicator's figures begin
			}
			prev = f.end
		}
		// A number right after the indicator whose unit the scrape lost
		// (新增市场主体5716其中…).
		if !levelTaken {
			if m := reBareNumber.FindStringSubmatch(text[end:stop]); m != nil {
				if v, err := strconv.ParseFloat(m[1], 64); err == nil {
					out = append(out, paraFigure{Figure: Figure{Text: m[1], Value: v}, qualifier: qual, unitless: true, target: target})
				}
			}
		}
	}
	return out
}

var reBareNumber = regexp.MustCompile(`^(?:完成|实现|达到|达|为)?(\d+(?:\.\d+)?)(?:[^\d.%％万亿元个家件所项人户]|$)`)

// reComparisonBase matches what a change is measured against: 较2015年,
// 比上年, 比“十二五”末.
var reComparisonBase = regexp.MustCompile(`(?:较|比)(?:\d{4}年(?:末|底)?|上年(?:同期)?|去年(?:同期)?|同期|“[^”]{1,8}”末)`)

func stripLinks(s string) string {
	s = reComparisonBase.ReplaceAllString(strings.TrimSpace(s), "")
	for _, p := range []string{"，", ",", "、", " "} {
		s = strings.ReplaceAll(s, p, "")
	}
	for changed := true; changed; {
		changed = false
		for _, w := range append(append(append([]string{}, linkWords...), atLeastPre...), append(atMostPre, aboutPre...)...) {
			if strings.HasPrefix(s, w) {
				s, changed = strings.TrimPrefix(s, w), true
			}
		}
	}
	return s
}

func onlyLinking(between string) bool { return stripLinks(between) == "" }

func onlyLinkingOrDirection(between string) bool {
	s := stripLinks(between)
	for changed := true; changed; {
		changed = false
		for _, w := range append(append([]string{}, upWords...), downWords...) {
			if strings.HasPrefix(s, w) {
				s, changed = strings.TrimPrefix(s, w), true
				s = stripLinks(s)
			}
		}
	}
	return s == "" || len([]rune(s)) <= 2 && (strings.HasSuffix(s, "以上") || strings.HasSuffix(s, "左右"))
}

// highlight marks terms in a paragraph with the configured highlighter,
// or only escapes it when there is none.
func (c *Checker) highlight(text string, terms []string) string {
	if c.cfg.Highlight != nil {
		return c.cfg.Highlight(text, terms)
	}
	return html.EscapeString(text)
}
