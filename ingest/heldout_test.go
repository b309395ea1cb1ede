package ingest

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
)

// TestHeldOutReadings checks the held-out readings kept in
// testdata/heldout: every row has its columns, both readers' fields are
// values the contract allows, and every place they name is in the
// gazetteer at its level, so that a measure against them is not skewed by
// a reader's slip.
func TestHeldOutReadings(t *testing.T) {
	for _, tt := range []struct {
		file    string
		readers int // one or two readers' seven fields after the six columns of the page
		rows    int
	}{
		{"rounds13-16.tsv", 2, 542},
		{"rounds17-18.tsv", 2, 180},
		{"rounds19-20.tsv", 1, 203},
		{"rounds21-25.tsv", 1, 417},
		{"round26.tsv", 1, 88},
		{"round27.tsv", 1, 83},
		{"round28.tsv", 1, 65},
		{"round29.tsv", 1, 72},
		{"round30.tsv", 1, 61},
		{"round31.tsv", 1, 69},
		{"round32.tsv", 1, 79},
		{"round33.tsv", 1, 69},
		{"round34.tsv", 1, 43},
		{"round35.tsv", 1, 95},
		{"round36.tsv", 1, 73},
		{"round37.tsv", 1, 47},
		{"round38.tsv", 1, 79},
		{"round39.tsv", 1, 72},
		{"round40.tsv", 1, 50},
		{"round41.tsv", 1, 67},
		{"round42.tsv", 1, 58},
		{"round43.tsv", 1, 60},
		{"round44.tsv", 1, 79},
		{"round45.tsv", 1, 44},
		{"round46.tsv", 1, 49},
		{"round47.tsv", 1, 71},
		{"round48.tsv", 1, 52},
		{"round49.tsv", 1, 66},
		{"round50.tsv", 1, 68},
		{"round51.tsv", 1, 45},
		{"round52.tsv", 1, 41},
		{"round53.tsv", 1, 57},
		{"round54.tsv", 1, 36},
		{"round55.tsv", 1, 69},
		{"round56.tsv", 1, 40},
		{"round57.tsv", 1, 32},
		{"round58.tsv", 1, 40},
		{"round59.tsv", 1, 42},
		{"round60.tsv", 1, 45},
		{"round61.tsv", 1, 35},
		{"round62.tsv", 1, 47},
		{"round63.tsv", 1, 37},
		{"round64.tsv", 1, 29},
		{"round65.tsv", 1, 25},
		{"round66.tsv", 1, 24},
		{"round67.tsv", 1, 21},
		{"round68.tsv", 1, 17},
		{"round69.tsv", 1, 18},
		{"round70.tsv", 1, 20},
		{"round71.tsv", 1, 9},
		{"round72.tsv", 1, 11},
		{"round73.tsv", 1, 79},
		{"round76.tsv", 1, 20},
		{"round77.tsv", 1, 40},
		{"round78.tsv", 1, 40},
		{"round79.tsv", 1, 20},
		{"round80.tsv", 1, 20},
		{"round81.tsv", 1, 10},
		{"round82.tsv", 1, 30},
		{"round83.tsv", 1, 10},
		{"round84.tsv", 1, 10},
		{"round85.tsv", 1, 10},
		{"round86.tsv", 1, 10},
		{"round87.tsv", 1, 10},
		{"round88.tsv", 1, 49},
		{"round89.tsv", 1, 26},
		{"round90.tsv", 1, 18},
		{"round91.tsv", 1, 6},
		{"round92.tsv", 1, 15},
		{"round93.tsv", 1, 9},
		{"round94.tsv", 1, 45},
		{"round95.tsv", 1, 39},
		{"round96.tsv", 1, 39},
		{"round97.tsv", 1, 32},
		{"round98.tsv", 1, 10},
		{"round99.tsv", 1, 39},
		{"round100.tsv", 1, 38},
		{"round101.tsv", 1, 37},
		{"round102.tsv", 1, 40},
		{"round103.tsv", 1, 33},
		{"round104.tsv", 1, 45},
		{"round105.tsv", 1, 15},
		{"round106.tsv", 1, 19},
		{"round107.tsv", 1, 18},
		{"round108.tsv", 1, 118},
		{"round109.tsv", 1, 77},
		{"round110.tsv", 1, 40},
		{"round111.tsv", 1, 37},
		{"round112.tsv", 1, 37},
		{"round113.tsv", 1, 46},
		{"round114.tsv", 1, 24},
		{"round115.tsv", 1, 16},
		{"round116.tsv", 1, 16},
		{"round117.tsv", 1, 8},
		{"round118.tsv", 1, 16},
		{"round119.tsv", 1, 32},
		{"round120.tsv", 1, 38},
		{"round121.tsv", 1, 40},
		{"round122.tsv", 1, 8},
		{"round123.tsv", 1, 40},
		{"round124.tsv", 1, 32},
		{"round125.tsv", 1, 32},
		{"round126.tsv", 1, 32},
		{"round127.tsv", 1, 30},
		{"round128.tsv", 1, 32},
		{"round129.tsv", 1, 32},
		{"round130.tsv", 1, 28},
		{"round131.tsv", 1, 29},
		{"round132.tsv", 1, 24},
		{"round133.tsv", 1, 29},
		{"round134.tsv", 1, 24},
		{"round135.tsv", 1, 32},
		{"round136.tsv", 1, 20},
		{"round137.tsv", 1, 32},
		{"round138.tsv", 1, 24},
		{"round139.tsv", 1, 32},
		{"round140.tsv", 1, 55},
		{"round141.tsv", 1, 53},
		{"round142.tsv", 1, 54},
		{"round143.tsv", 1, 55},
		{"round144.tsv", 1, 52},
		{"round145.tsv", 1, 29},
		{"round146.tsv", 1, 49},
		{"round147.tsv", 1, 55},
		{"round148.tsv", 1, 53},
		{"round149.tsv", 1, 56},
		{"round150.tsv", 1, 32},
		{"round151.tsv", 1, 54},
		{"round152.tsv", 1, 56},
		{"round153.tsv", 1, 56},
		{"round154.tsv", 1, 55},
		{"round155.tsv", 1, 56},
		{"round156.tsv", 1, 56},
		{"round157.tsv", 1, 46},
		{"round158.tsv", 1, 51},
		{"round159.tsv", 1, 55},
		{"round160.tsv", 1, 56},
		{"round161.tsv", 1, 55},
		{"round162.tsv", 1, 56},
		{"round163.tsv", 1, 54},
		{"round164.tsv", 1, 24},
		{"round165.tsv", 1, 52},
		{"round166.tsv", 1, 50},
		{"round167.tsv", 1, 49},
		{"round168.tsv", 1, 44},
		{"round169.tsv", 1, 49},
		{"round170.tsv", 1, 51},
		{"round171.tsv", 1, 52},
		{"round172.tsv", 1, 34},
		{"round173.tsv", 1, 95},
		{"round174.tsv", 1, 43},
		{"round175.tsv", 1, 47},
		{"round176.tsv", 1, 41},
		{"round177.tsv", 1, 41},
		{"round178.tsv", 1, 46},
		{"round179.tsv", 1, 57},
		{"round180.tsv", 1, 39},
		{"round181.tsv", 1, 40},
		{"round182.tsv", 1, 29},
		{"round183.tsv", 1, 45},
		{"round184.tsv", 1, 41},
		{"round185.tsv", 1, 48},
		{"round186.tsv", 1, 48},
		{"round187.tsv", 1, 48},
		{"round188.tsv", 1, 46},
		{"round189.tsv", 1, 48},
		{"round190.tsv", 1, 47},
		{"round191.tsv", 1, 48},
		{"round192.tsv", 1, 46},
		{"round193.tsv", 1, 37},
		{"round194.tsv", 1, 47},
		{"round195.tsv", 1, 42},
		{"round196.tsv", 1, 43},
		{"round197.tsv", 1, 48},
		{"round198.tsv", 1, 31},
		{"round199.tsv", 1, 42},
		{"round200.tsv", 1, 44},
		{"round201.tsv", 1, 39},
		{"round202.tsv", 1, 40},
		{"round203.tsv", 1, 41},
		{"round204.tsv", 1, 7},
		{"round205.tsv", 1, 41},
		{"round206.tsv", 1, 38},
		{"round207.tsv", 1, 43},
		{"round208.tsv", 1, 34},
		{"round209.tsv", 1, 20},
		{"round210.tsv", 1, 47},
		{"round211.tsv", 1, 47},
		{"round212.tsv", 1, 45},
		{"round213.tsv", 1, 41},
		{"round214.tsv", 1, 48},
		{"round215.tsv", 1, 47},
		{"round216.tsv", 1, 21},
		{"round217.tsv", 1, 45},
		{"round218.tsv", 1, 45},
		{"round219.tsv", 1, 47},
		{"round220.tsv", 1, 47},
		{"round221.tsv", 1, 48},
		{"round222.tsv", 1, 42},
		{"round223.tsv", 1, 44},
		{"round224.tsv", 1, 39},
		{"round225.tsv", 1, 44},
		{"round226.tsv", 1, 47},
		{"round227.tsv", 1, 35},
		{"round228.tsv", 1, 45},
		{"round229.tsv", 1, 43},
		{"round230.tsv", 1, 42},
		{"round231.tsv", 1, 44},
		{"round232.tsv", 1, 32},
	} {
		t.Run(tt.file, func(t *testing.T) { checkHeldOut(t, tt.file, tt.readers, tt.rows) })
	}
}

// checkHeldOut checks one file of held-out readings (see TestHeldOutReadings).
func checkHeldOut(t *testing.T, file string, readers, want int) {
	gaz, err := DefaultGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("testdata", "heldout", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	levels := map[string]bool{"-": true, govsearch.LevelNational: true, govsearch.LevelProvince: true, govsearch.LevelCity: true, govsearch.LevelCounty: true}
	types := map[string]bool{"-": true, "政府工作报告": true, "国民经济和社会发展计划报告": true, "五年规划纲要": true, "预算报告": true, "统计公报": true, "其他": true}
	year := regexp.MustCompile(`^(?:-|(?:19|20)\d{2})$`)
	sha := regexp.MustCompile(`^[0-9a-f]{64}$`)
	// A generic name (郊区, 城区) is known only with its city: the gazetteer
	// keeps it out of its names.
	known := func(name string) bool {
		return name == "-" || len(gaz.byName[name]) > 0 || zoneOfPlace(gaz, name) || genericNames[name]
	}
	columns := 6 + 7*readers
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	rows := 0
	for line := 0; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		if line == 0 {
			continue
		}
		rows++
		if len(c) != columns {
			t.Errorf("line %d: %d columns, want %d", line+1, len(c), columns)
			continue
		}
		if !sha.MatchString(c[2]) {
			t.Errorf("line %d: page_sha256 %q", line+1, c[2])
		}
		for r := range readers {
			r := c[6+7*r : 13+7*r]
			if !levels[r[0]] || !types[r[5]] || !year.MatchString(r[4]) {
				t.Errorf("line %d (%s %s): level %q, year %q, doc_type %q", line+1, c[0], c[1], r[0], r[4], r[5])
			}
			// The places name divisions the gazetteer holds; one reader took
			// the Production and Construction Corps for a city.
			// A functional zone a reader files as its district (抚州's
			// 东临新区, 岳阳's 城陵矶新港区, 嘉兴港区) is no division but names itself
			// by its kind; so do 淄博's 文昌湖区 and 宁波's 东钱湖旅游度假区,
			// resort zones run as districts.
			zone := reZoneSuffix.FindString(r[3]) == r[3] || strings.HasSuffix(r[3], "港区") || r[3] == "文昌湖区" || r[3] == "东钱湖旅游度假区"
			if !known(r[1]) || !known(r[2]) && r[2] != "新疆生产建设兵团" || !known(r[3]) && !zone {
				t.Errorf("line %d (%s %s): place %q / %q / %q not in the gazetteer", line+1, c[0], c[1], r[1], r[2], r[3])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows != want {
		t.Errorf("%d rows, want %d", rows, want)
	}
}

// zoneOfPlace reports a functional zone named by the place that runs it
// and a zone's suffix, as the extractor names one the gazetteer lacks
// (南宁经济技术开发区).
func zoneOfPlace(gaz *Gazetteer, name string) bool {
	for _, n := range gaz.NamesIn(name) {
		if rest, ok := strings.CutPrefix(name, n); ok && rest != "" && reZoneSuffix.FindString(rest) == rest {
			return true
		}
	}
	return false
}
