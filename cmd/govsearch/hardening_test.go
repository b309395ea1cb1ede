package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/internal/race"
)

func copySeed(t *testing.T, name, to string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../../seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func sourcesIn(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, d := range docsIn(t, dir) {
		out = append(out, d.Source)
		if d.ID != ingest.DocID(d.Source) {
			t.Errorf("document %s of %s: id does not follow from the source", d.ID, d.Source)
		}
	}
	slices.Sort(out)
	return out
}

// TestSourceIsRelativeToTheRoot: a document's source is its path under the
// root given to index, starting with the root's base name, however the
// root was named; never an absolute path. Naming the root another way
// changes nothing.
func TestSourceIsRelativeToTheRoot(t *testing.T) {
	root := filepath.Join(t.TempDir(), "seeds")
	os.MkdirAll(filepath.Join(root, "2021"), 0o755)
	copySeed(t, "002_1bbc185302e42d3c.txt", filepath.Join(root, "2021", "002.txt"))
	cwd, _ := os.Getwd()
	relRoot, err := filepath.Rel(cwd, root)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "idx")
	for i, arg := range []string{root, relRoot, root + "/"} {
		code, _, stderr := runCmd(t, "index", "--index", dir, arg)
		if code != 0 {
			t.Fatal(stderr)
		}
		if i > 0 && !strings.Contains(stderr, "0 new, 0 changed, 1 unchanged") {
			t.Errorf("index %s after %s: %s", arg, root, stderr)
		}
		if got := sourcesIn(t, dir); !slices.Equal(got, []string{"seeds/2021/002.txt"}) {
			t.Errorf("index %s: sources %q", arg, got)
		}
	}
	// A file given by itself is recorded by its name.
	dir = filepath.Join(t.TempDir(), "idx")
	if code, _, stderr := runCmd(t, "index", "--index", dir, filepath.Join(root, "2021", "002.txt")); code != 0 {
		t.Fatal(stderr)
	}
	if got := sourcesIn(t, dir); !slices.Equal(got, []string{"002.txt"}) {
		t.Errorf("sources %q", got)
	}
}

// TestSymlinksOutsideTheRootAreSkipped: a link to a file outside the
// folders given is reported and not indexed, unless --follow-symlinks; a
// link inside them is indexed.
func TestSymlinksOutsideTheRootAreSkipped(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	copySeed(t, "000_2fca316d48d2a501.txt", outside)
	root := filepath.Join(t.TempDir(), "reports")
	os.Mkdir(root, 0o755)
	copySeed(t, "002_1bbc185302e42d3c.txt", filepath.Join(root, "a.txt"))
	if err := os.Symlink(outside, filepath.Join(root, "out.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "a.txt"), filepath.Join(root, "in.txt")); err != nil {
		t.Fatal(err)
	}
	// A sidecar that links out is refused with its file.
	sub := filepath.Join(root, "sub")
	os.Mkdir(sub, 0o755)
	copySeed(t, "004_cae414d23811780b.txt", filepath.Join(sub, "b.txt"))
	os.WriteFile(filepath.Join(filepath.Dir(outside), "b.meta.json"), []byte(`{"title": "x"}`), 0o644)
	if err := os.Symlink(filepath.Join(filepath.Dir(outside), "b.meta.json"), filepath.Join(sub, "b.meta.json")); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "idx")
	code, _, stderr := runCmd(t, "index", "--index", dir, root)
	if code != 1 || !strings.Contains(stderr, "b.txt: sidecar b.meta.json links to") {
		t.Fatalf("exit %d, want 1 for the sidecar linking out: %s", code, stderr)
	}
	os.Remove(filepath.Join(sub, "b.meta.json"))
	os.Remove(filepath.Join(sub, "b.txt"))
	if !strings.Contains(stderr, "out.txt: skipped: a symbolic link to "+outside) {
		t.Errorf("the link out is not reported: %s", stderr)
	}
	if got := sourcesIn(t, dir); !slices.Equal(got, []string{"reports/a.txt", "reports/in.txt"}) {
		t.Errorf("sources %q", got)
	}
	if code, _, stderr := runCmd(t, "index", "--index", dir, "--follow-symlinks", root); code != 0 {
		t.Fatal(stderr)
	}
	if got := sourcesIn(t, dir); !slices.Equal(got, []string{"reports/a.txt", "reports/in.txt", "reports/out.txt"}) {
		t.Errorf("with --follow-symlinks: sources %q", got)
	}
	// A root given as a link to a folder is walked, under the link's name.
	link := filepath.Join(t.TempDir(), "linked")
	if err := os.Symlink(root, link); err != nil {
		t.Fatal(err)
	}
	dir = filepath.Join(t.TempDir(), "idx")
	if code, _, stderr := runCmd(t, "index", "--index", dir, link); code != 0 {
		t.Fatal(stderr)
	}
	if got := sourcesIn(t, dir); !slices.Equal(got, []string{"linked/a.txt", "linked/in.txt"}) {
		t.Errorf("through a linked root: sources %q", got)
	}
}

// longReport writes a report of about n bytes on one line, with or
// without punctuation.
func longReport(n int, punctuated bool) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		if punctuated {
			fmt.Fprintf(&b, "全区地区生产总值增长%d.%d%%，一般公共预算收入完成%d亿元，营商环境持续优化。", i%10, i%7, i)
		} else {
			fmt.Fprintf(&b, "推动高质量发展第%d项", i)
		}
	}
	return b.String()
}

// TestIndexHeapIsBounded indexes files whose text is one line of a
// megabyte, with and without sentence ends, and samples the heap
// while it runs: the peak stays under a bound that does not grow with the
// length of a paragraph.
func TestIndexHeapIsBounded(t *testing.T) {
	if race.Enabled {
		t.Skip(race.SkipReason)
	}
	if testing.Short() {
		t.Skip("slow")
	}
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "sentences.txt"), []byte(longReport(1<<20, true)), 0o644)
	os.WriteFile(filepath.Join(src, "no-punctuation.txt"), []byte(longReport(1<<20, false)), 0o644)
	os.WriteFile(filepath.Join(src, "too-large.txt"), []byte(longReport(3<<20, true)), 0o644)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
		}
	}()
	dir := filepath.Join(t.TempDir(), "idx")
	code, _, stderr := runCmd(t, "index", "--index", dir, "--max-text-mb", "2", src)
	close(done)
	wg.Wait()
	if code != 1 || !strings.Contains(stderr, "too-large.txt: too large to index") {
		t.Errorf("exit %d, want 1 for the file over the limit: %s", code, stderr)
	}
	if n := len(docsIn(t, dir)); n != 2 {
		t.Errorf("%d documents indexed, want 2", n)
	}
	// The bound holds the segmenter's dictionary (about 250 MB) and one
	// batch of paragraphs; before paragraphs were bounded, one paragraph
	// of a few MB took gigabytes.
	const bound = 700 << 20
	t.Logf("peak heap in use %d MB (%d MB before)", peak>>20, base>>20)
	if peak-base > bound {
		t.Errorf("peak heap %d MB over the %d MB bound", (peak-base)>>20, bound>>20)
	}
}

// TestIndexStopsOnSIGTERM: a running index stops within 2 s of SIGTERM and
// the index it had stays as it was.
func TestIndexStopsOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	first := t.TempDir()
	copySeed(t, "002_1bbc185302e42d3c.txt", filepath.Join(first, "002.txt"))
	dir := filepath.Join(t.TempDir(), "idx")
	if code, _, stderr := runCmd(t, "index", "--index", dir, first); code != 0 {
		t.Fatal(stderr)
	}
	big := t.TempDir()
	for i := 0; i < 6; i++ {
		os.WriteFile(filepath.Join(big, fmt.Sprintf("%d.txt", i)), []byte(longReport(1<<20, i%2 == 0)), 0o644)
	}
	self, _ := os.Executable()
	for _, delay := range []time.Duration{300 * time.Millisecond, 1500 * time.Millisecond, 4 * time.Second} {
		cmd := exec.Command(self, "index", "--index", dir, first, big)
		cmd.Env = append(os.Environ(), "GOVSEARCH_TEST_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
			t.Logf("finished before %v", delay)
			continue
		case <-time.After(delay):
		}
		cmd.Process.Signal(syscall.SIGTERM)
		sent := time.Now()
		select {
		case err := <-done:
			took := time.Since(sent)
			t.Logf("SIGTERM at %v: stopped in %v (%v)", delay, took, err)
			if took > 2*time.Second {
				t.Errorf("SIGTERM at %v: stopped after %v, want within 2s", delay, took)
			}
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("SIGTERM at %v: still running after 30s", delay)
		}
		if n := len(docsIn(t, dir)); n != 1 {
			t.Fatalf("after SIGTERM: %d documents, want the 1 of before", n)
		}
		if n := total(t, dir, "郑伟铭"); n != 1 {
			t.Fatalf("after SIGTERM: the previous index does not answer (%d hits)", n)
		}
	}
}
