// Package gencorpus writes a deterministic synthetic corpus for benchmarks:
// report files made from the seed reports' paragraphs, re-attributed to
// districts from the gazetteer, to years 2010–2025 and to the contract's
// document types, with sentence order shuffled within paragraphs and
// numbers varied. The files are plain text that `govsearch index` ingests
// like any other; they are generated on demand and never committed.
package gencorpus

import (
	"bufio"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/ingest"
)

// Options say what to generate.
type Options struct {
	Paragraphs int   // total paragraphs, about
	PerDoc     int   // paragraphs per document, about (default 250)
	Seed       int64 // random seed; the same seed gives the same corpus
}

// Stats describe what was written.
type Stats struct {
	Documents  int
	Paragraphs int
	Bytes      int64
}

var (
	reNumber   = regexp.MustCompile(`\d+(\.\d+)?`)
	reYear     = regexp.MustCompile(`20[12]\d年`)
	seedPlaces = []string{"天津市和平区", "天津市河东区", "天津市南开区", "和平区", "河东区", "南开区", "天津市", "天津", "和平", "河东", "南开"}
)

var docTypes = []struct{ docType, title string }{
	{"政府工作报告", "%[1]d年%[2]s%[3]s政府工作报告"},
	{"国民经济和社会发展计划报告", "关于%[2]s%[3]s%[1]d年国民经济和社会发展计划执行情况与%[4]d年计划的报告"},
	{"五年规划纲要", "%[2]s%[3]s国民经济和社会发展第十四个五年规划纲要（%[1]d年）"},
	{"预算报告", "关于%[2]s%[3]s%[1]d年预算执行情况和%[4]d年预算草案的报告"},
	{"统计公报", "%[2]s%[3]s%[1]d年国民经济和社会发展统计公报"},
}

// Generate writes the corpus into dir from the seed files in seeds.
func Generate(dir string, seeds fs.FS, opts Options) (Stats, error) {
	if opts.PerDoc <= 0 {
		opts.PerDoc = 250
	}
	gaz, err := ingest.DefaultGazetteer()
	if err != nil {
		return Stats{}, err
	}
	places := gaz.Counties()
	var headings, texts []govsearch.Paragraph
	files, err := fs.Glob(seeds, "*.txt")
	if err != nil {
		return Stats{}, err
	}
	for _, name := range files {
		p, err := ingest.ParseFS(seeds, name, name)
		if err != nil {
			return Stats{}, err
		}
		for _, para := range p.Paragraphs {
			switch para.Kind {
			case govsearch.KindHeading:
				headings = append(headings, para)
			case govsearch.KindText:
				if len([]rune(para.Text)) >= 20 {
					texts = append(texts, para)
				}
			}
		}
	}
	if len(texts) == 0 || len(headings) == 0 {
		return Stats{}, fmt.Errorf("gencorpus: no seed paragraphs")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Stats{}, err
	}
	rng := rand.New(rand.NewSource(opts.Seed))
	var st Stats
	for doc := 0; st.Paragraphs < opts.Paragraphs; doc++ {
		place := places[rng.Intn(len(places))]
		year := 2010 + rng.Intn(16)
		dt := docTypes[rng.Intn(len(docTypes))]
		n := min(opts.PerDoc/2+rng.Intn(opts.PerDoc), opts.Paragraphs-st.Paragraphs)
		n = max(n, 1)
		cityPart := place.City
		if place.Province != place.City {
			cityPart = place.Province + place.City
		}
		title := fmt.Sprintf(dt.title, year, cityPart, place.District, year+1)
		var b strings.Builder
		fmt.Fprintf(&b, "%s\n\n——%d年%d月%d日在%s第十七届人民代表大会第%d次会议上\n\n", title, year, 1+rng.Intn(12), 1+rng.Intn(28), place.District, 1+rng.Intn(9))
		b.WriteString("各位代表:\n\n")
		written := 0
		chapter := 0
		for written < n {
			if written%25 == 0 {
				chapter++
				h := headings[rng.Intn(len(headings))]
				fmt.Fprintf(&b, "%s、%s\n\n", chineseOrdinal(chapter), vary(rng, headingTitle(h), place, year))
				written++
				continue
			}
			t := texts[rng.Intn(len(texts))]
			b.WriteString(shuffleSentences(rng, vary(rng, t.Text, place, year)))
			b.WriteString("\n\n")
			written++
		}
		name := filepath.Join(dir, fmt.Sprintf("gen-%06d.txt", doc))
		if err := writeFile(name, b.String()); err != nil {
			return st, err
		}
		st.Documents++
		st.Paragraphs += written + 3
		st.Bytes += int64(b.Len())
	}
	return st, nil
}

func writeFile(name, content string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	w.WriteString(content)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func headingTitle(p govsearch.Paragraph) string {
	if len(p.SectionPath) > 0 {
		return p.SectionPath[len(p.SectionPath)-1]
	}
	return p.Text
}

// vary re-attributes a seed text to another place and year and changes
// its numbers a little.
func vary(rng *rand.Rand, text string, place ingest.Location, year int) string {
	for _, p := range seedPlaces {
		repl := place.District
		if strings.HasPrefix(p, "天津") {
			repl = place.City
			if repl == "" {
				repl = place.Province
			}
		}
		text = strings.ReplaceAll(text, p, repl)
	}
	text = reYear.ReplaceAllStringFunc(text, func(y string) string {
		n, _ := strconv.Atoi(y[:4])
		return strconv.Itoa(n+year-2021) + "年"
	})
	return reNumber.ReplaceAllStringFunc(text, func(num string) string {
		if rng.Intn(3) != 0 || len(num) == 4 && strings.HasPrefix(num, "20") {
			return num
		}
		if strings.Contains(num, ".") {
			f, _ := strconv.ParseFloat(num, 64)
			return strconv.FormatFloat(f*(0.8+0.4*rng.Float64()), 'f', 1, 64)
		}
		n, _ := strconv.Atoi(num)
		return strconv.Itoa(max(1, int(float64(n)*(0.8+0.4*rng.Float64()))))
	})
}

// shuffleSentences reorders the sentences of a paragraph.
func shuffleSentences(rng *rand.Rand, text string) string {
	parts := strings.SplitAfter(text, "。")
	if len(parts) < 3 {
		return text
	}
	var sentences []string
	for _, p := range parts {
		if p != "" {
			sentences = append(sentences, p)
		}
	}
	rng.Shuffle(len(sentences), func(i, j int) { sentences[i], sentences[j] = sentences[j], sentences[i] })
	return strings.Join(sentences, "")
}

func chineseOrdinal(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n-10]
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}
