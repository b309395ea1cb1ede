package segfile_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/match"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
	"github.com/govsearch/govsearch/segment"
)

const corpusDir = "../../../../shared/corpus"

// corpusInput reads the real corpus, one document per file and one
// paragraph per non-empty line, as copy number c (IDs differ per copy);
// it skips the test when the corpus is absent.
func corpusInput(tb testing.TB, c int) (*segfile.Input, int64) {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	if len(files) == 0 {
		tb.Skip("no corpus at " + corpusDir)
	}
	in := &segfile.Input{Fields: segtest.Fields}
	var size int64
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		size += int64(len(b))
		d := govsearch.Document{ID: fmt.Sprintf("c%d-%s-%s", c, filepath.Base(filepath.Dir(f)), filepath.Base(f)), Title: filepath.Base(f), Province: filepath.Base(filepath.Dir(f))}
		doc := uint32(len(in.Docs))
		in.Docs = append(in.Docs, d)
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, 1<<24)
		pos := 0
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			norm := segment.Normalize(line)
			in.Paras = append(in.Paras, segfile.Paragraph{
				Doc: doc, Position: uint32(pos), Kind: govsearch.KindText, Text: line, Norm: norm,
				Bounds: make([]byte, (len(norm)+7)/8),
				Facets: []string{d.Province, "", "", strconv.Itoa(2000 + pos%20), "第" + strconv.Itoa(pos/10) + "节", "其他"},
			})
			pos++
		}
	}
	return in, size
}

// BenchmarkWrite builds a segment of the real corpus; MB/s is of its
// text files. "trigrams" keeps the frequent trigrams as Write does by
// default, "none" keeps none (their cost is the difference).
func BenchmarkWrite(b *testing.B) {
	in, size := corpusInput(b, 0)
	dir := b.TempDir()
	for _, c := range []struct {
		name  string
		least int
	}{{"trigrams", 0}, {"none", len(in.Paras) + 1}} {
		b.Run(c.name, func(b *testing.B) {
			in.TrigramLeast = c.least
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				n, err := segfile.Write(filepath.Join(dir, "a.seg"), in)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(n)/float64(size), "file/text")
			}
		})
	}
}

// BenchmarkOpen opens (maps and checks) a segment of the real corpus.
func BenchmarkOpen(b *testing.B) {
	in, _ := corpusInput(b, 0)
	path := filepath.Join(b.TempDir(), "a.seg")
	if _, err := segfile.Write(path, in); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, err := segfile.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkTerm looks up characters and pairs in place.
func BenchmarkTerm(b *testing.B) {
	in, _ := corpusInput(b, 0)
	s := segtest.Segment(b, in)
	grams := []string{"发", "展", "发展", "营商", "环境", "业", "府工"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := s.Term(grams[i%len(grams)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerify matches phrases, whose candidates are verified on the
// texts, in a segment of the real corpus written in version 4 (texts in
// UTF-8) and in the current version (texts coded): the same postings,
// the texts half as long.
func BenchmarkVerify(b *testing.B) {
	in, _ := corpusInput(b, 0)
	terms := []string{"营商环境", "府工作", "高质量发展", "改革开放", "坚持稳中求进", "深化供给侧结构性改革", "新冠肺炎疫情", "人民群众"}
	for _, v := range []int{segfile.MinVersion, segfile.Version} {
		in.Version = v
		s := segtest.Segment(b, in)
		views := []match.View{{Seg: s}}
		b.Run(fmt.Sprintf("version=%d", v), func(b *testing.B) {
			hits := 0
			for i := 0; i < b.N; i++ {
				for _, term := range terms {
					h, err := match.Term(context.Background(), views, term)
					if err != nil {
						b.Fatal(err)
					}
					hits += h.Count()
				}
			}
			b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
		})
	}
}

// TestScale builds SEGBENCH_COPIES copies of the real corpus as segments
// (default: skipped), then measures in this process the time and RSS to
// open them all and the time of term searches. Run it alone:
//
//	SEGBENCH_COPIES=24 go test -run TestScale -v ./index/internal/segfile
func TestScale(t *testing.T) {
	copies, _ := strconv.Atoi(os.Getenv("SEGBENCH_COPIES"))
	if copies == 0 {
		t.Skip("SEGBENCH_COPIES not set")
	}
	dir := os.Getenv("SEGBENCH_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	perSeg, _ := strconv.Atoi(os.Getenv("SEGBENCH_PER_SEGMENT"))
	perSeg = max(perSeg, 1)
	var paths []string
	var text, file int64
	paras := 0
	var writeWall, writeCPU time.Duration
	start := time.Now()
	cpu0 := cpuTime()
	for c := 0; c < copies; c += perSeg {
		path := filepath.Join(dir, fmt.Sprintf("%04d.seg", c))
		paths = append(paths, path)
		if _, err := os.Stat(path); err == nil && os.Getenv("SEGBENCH_DIR") != "" {
			continue // reuse a built segment
		}
		var in *segfile.Input
		for k := c; k < min(copies, c+perSeg); k++ {
			one, size := corpusInput(t, k)
			text += size
			if in == nil {
				in = one
				continue
			}
			base := uint32(len(in.Docs))
			in.Docs = append(in.Docs, one.Docs...)
			for _, p := range one.Paras {
				p.Doc += base
				in.Paras = append(in.Paras, p)
			}
		}
		paras += len(in.Paras)
		w0, c0 := time.Now(), cpuTime()
		n, err := segfile.Write(path, in)
		if err != nil {
			t.Fatal(err)
		}
		writeWall += time.Since(w0)
		writeCPU += cpuTime() - c0
		file += n
	}
	build := time.Since(start)
	cpu := cpuTime() - cpu0
	if file > 0 {
		t.Logf("segfile.Write alone: %.1f s wall, %.1f s CPU: %.2f MB/s wall, %.2f MB/s per CPU-second",
			writeWall.Seconds(), writeCPU.Seconds(), float64(text)/1e6/writeWall.Seconds(), float64(text)/1e6/writeCPU.Seconds())
		t.Logf("built %d segments of %d paragraphs, %.0f MB of text, in %.1fs (%.1f s of CPU, reading and normalizing included): %.2f MB/s; files %.0f MB = %.2f× the text",
			len(paths), paras, float64(text)/1e6, build.Seconds(), cpu.Seconds(), float64(text)/1e6/build.Seconds(), float64(file)/1e6, float64(file)/float64(text))
	}
	runtime.GC()
	debug.FreeOSMemory()
	rss0 := rss()
	start = time.Now()
	var views []match.View
	for _, p := range paths {
		s, err := segfile.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		views = append(views, match.View{Seg: s})
	}
	t.Logf("opened %d segments in %v; RSS %d → %d MB", len(paths), time.Since(start), rss0>>20, rss()>>20)
	for _, sz := range views[0].Seg.Sizes()[:6] {
		t.Logf("first segment: %-10s %6.1f MB", sz.Name, float64(sz.Bytes)/1e6)
	}
	for _, term := range []string{"发", "业", "发展", "营商环境", "府工作", "坚持稳中求进", "深化供给侧结构性改革", "新冠肺炎疫情"} {
		for _, round := range []string{"first", "again"} {
			start := time.Now()
			h, err := match.Term(context.Background(), views, term)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%-10s %s: %7d hits in %8.2f ms", term, round, h.Count(), float64(time.Since(start).Microseconds())/1000)
		}
	}
	t.Logf("RSS after the searches: %d MB (heap %d MB)", rss()>>20, heap()>>20)
}

func rss() int64 {
	b, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			kb, _ := strconv.ParseInt(strings.Fields(line)[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func heap() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapInuse)
}
