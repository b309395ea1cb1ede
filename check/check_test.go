package check

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
)

var (
	once     sync.Once
	checker  *Checker
	setupErr error
	// seedDir and seedIx are the shared index of the seeds, closed and
	// removed by TestMain once every test has run.
	seedDir string
	seedIx  *index.Index
)

func TestMain(m *testing.M) {
	code := m.Run()
	if seedIx != nil {
		seedIx.Close()
	}
	if seedDir != "" {
		os.RemoveAll(seedDir)
	}
	os.Exit(code)
}

func seedChecker(t testing.TB) *Checker {
	t.Helper()
	once.Do(func() {
		files, _ := filepath.Glob("../seeds/*.txt")
		var ch index.Change
		for _, f := range files {
			p, err := ingest.ParseFile(f)
			if err != nil {
				setupErr = err
				return
			}
			ch.Put = append(ch.Put, p.DocumentContent)
		}
		dir, err := os.MkdirTemp("", "govsearch-check-test")
		if err != nil {
			setupErr = err
			return
		}
		seedDir = dir
		if _, setupErr = index.Update(context.Background(), dir, ch, index.Options{}); setupErr != nil {
			return
		}
		ix, err := index.Open(dir, index.Options{})
		if err != nil {
			setupErr = err
			return
		}
		seedIx = ix
		checker, setupErr = New(ix, Config{Highlight: index.HighlightTerms})
	})
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	return checker
}

func TestParseFigures(t *testing.T) {
	tests := []struct {
		in        string
		value     float64
		unit      string
		bound     string
		direction int
	}{
		{"一般公共预算收入36.8亿元", 36.8e8, "元", BoundExact, DirNone},
		{"368000万元", 36.8e8, "元", BoundExact, DirNone},
		{"5.3万亿元", 5.3e12, "元", BoundExact, DirNone},
		{"53000亿元", 5.3e12, "元", BoundExact, DirNone},
		{"增长14.9%", 14.9, "%", BoundExact, DirUp},
		{"同比下降3.3%", 3.3, "%", BoundExact, DirDown},
		{"降低了2个百分点", 2, "个百分点", BoundExact, DirDown},
		{"三十六点八亿元", 36.8e8, "元", BoundExact, DirNone},
		{"五十八亿元", 58e8, "元", BoundExact, DirNone},
		{"百分之十四点九", 14.9, "%", BoundExact, DirNone},
		{"一千四百四十八件", 1448, "件", BoundExact, DirNone},
		{"新增就业17.5万人", 17.5e4, "人", BoundExact, DirNone},
		{"1,234个", 1234, "个", BoundExact, DirNone},
		{"3.8%以内", 3.8, "%", BoundAtMost, DirNone},
		{"超过45%", 45, "%", BoundAtLeast, DirNone},
		{"2000家以上", 2000, "家", BoundAtLeast, DirNone},
		{"突破360亿元", 360e8, "元", BoundAtLeast, DirNone},
		{"3.9%左右", 3.9, "%", BoundAbout, DirNone},
		{"约19万平方米", 19e4, "平方米", BoundAbout, DirNone},
		{"35微克/立方米", 35, "微克/立方米", BoundExact, DirNone},
		{"增长了5.5%", 5.5, "%", BoundExact, DirUp},
	}
	for _, tt := range tests {
		figs := ParseFigures(tt.in)
		if len(figs) != 1 {
			t.Errorf("%q: %d figures", tt.in, len(figs))
			continue
		}
		f := figs[0]
		if math.Abs(f.Value-tt.value) > 1e-6*tt.value || f.Unit != tt.unit || f.Bound != tt.bound || f.Direction != tt.direction {
			t.Errorf("%q: %v %s bound=%q dir=%d; want %v %s %q %d", tt.in, f.Value, f.Unit, f.Bound, f.Direction, tt.value, tt.unit, tt.bound, tt.direction)
		}
	}
	for _, none := range []string{"三个着力", "两个全覆盖", "第十八届", "2021年", "十四五", "第105届全国糖酒会", "一个"} {
		if figs := ParseFigures(none); len(figs) != 0 {
			t.Errorf("%q: found figures %+v", none, figs)
		}
	}
}

func TestCompatible(t *testing.T) {
	f := func(s string) Figure { return ParseFigures(s)[0] }
	tests := []struct {
		claim, evidence string
		want            bool
	}{
		{"36.8亿元", "368000万元", true},
		{"36.8亿元", "38.6亿元", false},
		{"超过26亿元", "26.38亿元", true},
		{"超过30亿元", "26.38亿元", false},
		{"3.9%左右", "4%", true},
		{"14.9%", "14.9个百分点", false},
		{"5000个", "5000家", true},
		{"36.8亿元", "36.8亿美元", false},
	}
	for _, tt := range tests {
		if got := compatible(f(tt.claim), f(tt.evidence)); got != tt.want {
			t.Errorf("compatible(%q, %q) = %v, want %v", tt.claim, tt.evidence, got, tt.want)
		}
	}
}

func TestClaimErrors(t *testing.T) {
	c := seedChecker(t)
	for _, claim := range []string{"", "   ", "营商环境持续优化", "\xff\xfe", strings.Repeat("增长1%", 200)} {
		if _, err := c.Check(context.Background(), claim, govsearch.Filters{}); govsearch.ErrorCode(err) != govsearch.EInvalid {
			t.Errorf("Check(%.20q): %v, want a bad_request error", claim, err)
		}
	}
}
