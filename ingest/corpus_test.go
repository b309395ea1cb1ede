package ingest

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/internal/race"
)

// sharedCorpus is the shared corpus of real reports with its MANIFEST.tsv;
// it is not part of the project, so the tests that read it skip where it is
// absent.
const sharedCorpus = "../../shared/corpus"

// minManifestAccuracy is the share of metadata fields that must be right on
// the shared corpus against the MANIFEST itself (over province, city,
// district, year, doc_type and title, and over those with the level), and
// minCorpusAccuracy against what each text says (see textSilent); both
// measured: see the log of TestCorpusMetadata (99.2 % and 99.8 % at
// meta-3).
const (
	minCorpusAccuracy   = 0.995
	minManifestAccuracy = 0.99
)

// corpusEntry is one row of MANIFEST.tsv.
type corpusEntry struct {
	file, level, region, doc_type string
	year                          int
}

func readManifest(t *testing.T) []corpusEntry {
	t.Helper()
	f, err := os.Open(filepath.Join(sharedCorpus, "MANIFEST.tsv"))
	if err != nil {
		t.Skipf("shared corpus not found at %s (%v): skipping", sharedCorpus, err)
	}
	defer f.Close()
	var out []corpusEntry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for first := true; sc.Scan(); first = false {
		cols := strings.Split(sc.Text(), "\t")
		if first || len(cols) < 8 {
			continue
		}
		e := corpusEntry{file: cols[0], level: cols[4], region: cols[5], doc_type: cols[7]}
		e.year, _ = strconv.Atoi(cols[6])
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// resolutionYears gives the year of the NPC resolutions on the government
// work report, whose MANIFEST row has no year: each one's text names its
// session (and most also its date), and the year is that session's.
var resolutionYears = map[string]int{
	"01": 2025, "02": 2024, "03": 2023, "04": 2022, "05": 2021, "06": 2020, "07": 2019, "08": 2018,
	"09": 2017, "10": 2016, "11": 2015, "12": 2014, "13": 2013, "14": 2012, "15": 2011, "16": 2010,
	"17": 2009, "18": 2008, "19": 2007, "20": 1962,
}

var reResolutionFile = regexp.MustCompile(`npc-resolution-on-gov-work-report-(\d\d)\.txt$`)

// textSilent lists the files of the shared corpus whose text does not say
// what the MANIFEST says (checked by reading each one). The Wikisource
// copies of the national reports lost the page title and the meeting line;
// most still state their year by their structure (the year reviewed and
// the year planned, the five-year plan, the past session they follow), but
// these do not, and the extractor leaves the field empty rather than guess
// from a figure in the body.
var textSilent = map[string][]string{
	// No date, no session, no review or plan year: 1960 is a report on the
	// agricultural programme (据今年三月初的统计), 1982 on the sixth five-year
	// plan (在五届人大四次会议上 names a past session, not when).
	"1960": {"year"}, "1982": {"year"},
	// A news summary of the report (周恩来总理在报告中首先指出…), not the
	// report: it names no date, no session and no title.
	"1964": {"year", "title", "doc_type"},
	// Starts with the review of the year past and says 向大会作政府工作报告
	// without saying whose government it speaks for.
	"1985": {"level"},
}

var reWikisourceReport = regexp.MustCompile(`national-wikisource-1954-2025/national-gov-work-report-(\d{4})\.txt$`)

// corpusWant is what a reader of the file says its metadata is: the
// MANIFEST's level, place, year and type, and a title that names the
// report.
type corpusWant struct {
	level, province, city, district, docType string
	year                                     int
	titleWord                                string   // the title must contain it
	silent                                   []string // fields the text does not state
}

func wantOf(e corpusEntry) corpusWant {
	w := corpusWant{level: e.level, docType: e.doc_type, year: e.year}
	if e.level == govsearch.LevelProvince {
		w.province = e.region // a province's report names its province only
	}
	if m := reResolutionFile.FindStringSubmatch(e.file); m != nil && w.year == 0 {
		w.year = resolutionYears[m[1]]
	}
	if m := reWikisourceReport.FindStringSubmatch(e.file); m != nil {
		w.silent = textSilent[m[1]]
	}
	switch e.doc_type {
	case "政府工作报告":
		w.titleWord = "政府工作报告"
	case "其他":
		w.titleWord = "决议"
	default:
		w.titleWord = e.doc_type
	}
	return w
}

// silentOK reports whether field f of doc is empty, as it must be when
// the text does not state it.
func silentOK(d govsearch.Document, f string) bool {
	switch f {
	case "year":
		return d.Year == 0
	case "title":
		return d.Title == ""
	case "doc_type":
		return d.DocType == "其他"
	case "level":
		return d.Level == ""
	}
	return false
}

// metadataFields are the fields compared with the MANIFEST.
var metadataFields = []string{"level", "province", "city", "district", "year", "doc_type", "title"}

// compareMetadata returns, for each field, whether doc has what want says.
func compareMetadata(doc govsearch.Document, w corpusWant) map[string]bool {
	title := strings.Join(strings.Fields(doc.Title), "")
	return map[string]bool{
		"level":    doc.Level == w.level,
		"province": doc.Province == w.province,
		"city":     doc.City == w.city,
		"district": doc.District == w.district,
		"year":     int(doc.Year) == w.year,
		"doc_type": doc.DocType == w.docType,
		"title":    strings.Contains(title, w.titleWord) && !strings.HasPrefix(title, "各位代表"),
	}
}

// TestCorpusMetadata checks the metadata of every file of the shared corpus
// against its MANIFEST row and logs the accuracy of each field.
func TestCorpusMetadata(t *testing.T) {
	if race.Enabled {
		t.Skip(race.SkipReason)
	}
	entries := readManifest(t)
	right := map[string]int{}
	total, wrong, wrongByText := 0, 0, 0
	var misses []string
	for _, e := range entries {
		path := filepath.Join(sharedCorpus, e.file)
		p, err := ParseFile(path)
		if err != nil {
			t.Errorf("%s: %v", e.file, err)
			continue
		}
		w := wantOf(e)
		ok := compareMetadata(p.Document, w)
		for _, f := range metadataFields {
			total++
			if ok[f] {
				right[f]++
				continue
			}
			wrong++
			d := p.Document
			if slices.Contains(w.silent, f) && silentOK(d, f) {
				continue // the text does not say it, and the field is empty
			}
			wrongByText++
			got := map[string]string{"level": d.Level, "province": d.Province, "city": d.City, "district": d.District,
				"year": strconv.Itoa(int(d.Year)), "doc_type": d.DocType, "title": d.Title}[f]
			want := map[string]string{"level": w.level, "province": w.province, "city": w.city, "district": w.district,
				"year": strconv.Itoa(w.year), "doc_type": w.docType, "title": "…" + w.titleWord + "…"}[f]
			misses = append(misses, fmt.Sprintf("%s: %s = %q, want %q (from %s)", e.file, f, got, want, d.MetaSource[f]))
		}
	}
	sort.Strings(misses)
	for _, m := range misses {
		t.Log(m)
	}
	n := len(entries)
	for _, f := range metadataFields {
		t.Logf("%-9s %3d/%d right (%.1f %%)", f, right[f], n, 100*float64(right[f])/float64(n))
	}
	six := 0
	for _, f := range metadataFields[1:] {
		six += right[f]
	}
	accSix := float64(six) / float64(max(6*n, 1))
	t.Logf("province, city, district, year, doc_type, title against the MANIFEST: %d/%d right (%.1f %%)", six, 6*n, 100*accSix)
	if accSix < minManifestAccuracy {
		t.Errorf("accuracy of the six fields against the MANIFEST %.1f %% is under %.0f %%", 100*accSix, 100*minManifestAccuracy)
	}
	acc := float64(total-wrong) / float64(max(total, 1))
	accText := float64(total-wrongByText) / float64(max(total, 1))
	t.Logf("all fields against the MANIFEST: %d/%d right (%.1f %%)", total-wrong, total, 100*acc)
	t.Logf("all fields against what the text says (fields it does not state must be empty): %d/%d right (%.1f %%)", total-wrongByText, total, 100*accText)
	if acc < minManifestAccuracy {
		t.Errorf("metadata accuracy against the MANIFEST %.1f %% is under %.0f %%", 100*acc, 100*minManifestAccuracy)
	}
	if accText < minCorpusAccuracy {
		t.Errorf("metadata accuracy against the text %.1f %% is under %.0f %%", 100*accText, 100*minCorpusAccuracy)
	}
}

// TestSeedsMetadata compares the metadata of every seed with what its text
// says, field by field.
func TestSeedsMetadata(t *testing.T) {
	type want struct {
		province, city, district, level, docType, titleWord string
		year                                                int
		date                                                govsearch.Date
	}
	county := func(district, docType, titleWord string, date govsearch.Date) want {
		return want{"天津市", "天津市", district, govsearch.LevelCounty, docType, titleWord, 2021, date}
	}
	wants := map[string]want{
		"000_2fca316d48d2a501.txt": county("和平区", "国民经济和社会发展计划报告", "国民经济和社会发展计划", "2021-12-12"),
		"001_387cad842a9f96b8.txt": county("河东区", "政府工作报告", "政府工作报告", "2021-01-13"),
		"002_1bbc185302e42d3c.txt": county("和平区", "政府工作报告", "政府工作报告", "2021-12-12"),
		"003_177ff11486520591.txt": county("南开区", "政府工作报告", "政府工作报告", "2021-01-15"),
		"004_cae414d23811780b.txt": county("和平区", "五年规划纲要", "纲要", "2021-04-12"),
	}
	right, total := 0, 0
	for _, path := range seedFiles(t) {
		name := filepath.Base(path)
		p, err := ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, w := p.Document, wants[name]
		for _, c := range []struct {
			field     string
			got, want any
		}{
			{"province", d.Province, w.province}, {"city", d.City, w.city}, {"district", d.District, w.district},
			{"level", d.Level, w.level}, {"doc_type", d.DocType, w.docType}, {"year", int(d.Year), w.year},
			{"date", d.Date, w.date}, {"title", strings.Contains(d.Title, w.titleWord), true},
		} {
			total++
			if c.got == c.want {
				right++
				continue
			}
			t.Errorf("%s: %s = %v, want %v", name, c.field, c.got, c.want)
		}
	}
	t.Logf("seeds: %d/%d fields right", right, total)
}
