package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/internal/gencorpus"
	"github.com/govsearch/govsearch/internal/race"
	"github.com/govsearch/govsearch/seeds"
)

// TestMain lets the test binary act as govsearch itself, so that the
// kill -9 test can run the real command in a child process.
func TestMain(m *testing.M) {
	if os.Getenv("GOVSEARCH_TEST_MAIN") == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

func docsIn(t *testing.T, dir string) []govsearch.Document {
	t.Helper()
	code, out, stderr := runCmd(t, "docs", "--index", dir, "--json")
	if code != 0 {
		t.Fatalf("docs: %s", stderr)
	}
	var d struct{ Documents []govsearch.Document }
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	return d.Documents
}

func total(t *testing.T, dir, q string) int {
	t.Helper()
	code, out, stderr := runCmd(t, "search", "--index", dir, "--json", "--size", "1", "--", q)
	if code != 0 {
		t.Fatalf("search %q: %s", q, stderr)
	}
	var res govsearch.Result
	json.Unmarshal([]byte(out), &res)
	return res.Total
}

func TestChangedFilesAndPrune(t *testing.T) {
	src := t.TempDir()
	for _, name := range []string{"000_2fca316d48d2a501.txt", "002_1bbc185302e42d3c.txt"} {
		b, _ := os.ReadFile(filepath.Join("../../seeds", name))
		os.WriteFile(filepath.Join(src, name), b, 0o644)
	}
	dir := filepath.Join(t.TempDir(), "idx")
	if code, _, stderr := runCmd(t, "index", "--index", dir, src); code != 0 {
		t.Fatal(stderr)
	}
	if n := total(t, dir, "郑伟铭"); n != 1 {
		t.Fatalf("郑伟铭: %d", n)
	}
	// A changed file replaces its paragraphs.
	f := filepath.Join(src, "002_1bbc185302e42d3c.txt")
	b, _ := os.ReadFile(f)
	os.WriteFile(f, bytes.ReplaceAll(b, []byte("郑伟铭"), []byte("张三丰")), 0o644)
	code, _, stderr := runCmd(t, "index", "--index", dir, src)
	if code != 0 || !strings.Contains(stderr, "0 new, 1 changed, 1 unchanged") {
		t.Fatalf("re-index: %s", stderr)
	}
	if total(t, dir, "郑伟铭") != 0 || total(t, dir, "张三丰") != 1 || len(docsIn(t, dir)) != 2 {
		t.Errorf("the changed file's paragraphs were not replaced")
	}
	// A sidecar overrides metadata, and changing it re-indexes the file.
	os.WriteFile(strings.TrimSuffix(f, ".txt")+".meta.json", []byte(`{"district": "南开区", "date": "2021-12-13", "doc_number": "和平政〔2021〕9号"}`), 0o644)
	code, _, stderr = runCmd(t, "index", "--index", dir, src)
	if code != 0 || !strings.Contains(stderr, "1 changed") {
		t.Fatalf("sidecar: %s", stderr)
	}
	var found bool
	for _, d := range docsIn(t, dir) {
		if strings.HasSuffix(d.Source, "002_1bbc185302e42d3c.txt") {
			found = true
			if d.District != "南开区" || d.Date != "2021-12-13" || d.DocNumber != "和平政〔2021〕9号" || d.Year != 2021 {
				t.Errorf("sidecar not applied: %+v", d)
			}
		}
	}
	if !found {
		t.Fatal("document gone")
	}
	// --prune removes documents whose files are gone.
	os.Remove(filepath.Join(src, "000_2fca316d48d2a501.txt"))
	code, _, stderr = runCmd(t, "index", "--index", dir, "--prune", src)
	if code != 0 || !strings.Contains(stderr, "1 removed") || len(docsIn(t, dir)) != 1 {
		t.Errorf("prune: %s", stderr)
	}
}

func TestBadFilesAreReportedAndNothingIsLost(t *testing.T) {
	src := t.TempDir()
	good, _ := os.ReadFile("../../seeds/002_1bbc185302e42d3c.txt")
	os.WriteFile(filepath.Join(src, "good.txt"), good, 0o644)
	dir := filepath.Join(t.TempDir(), "idx")
	if code, _, stderr := runCmd(t, "index", "--index", dir, src); code != 0 {
		t.Fatal(stderr)
	}
	before := total(t, dir, "发展")
	docx, _ := os.ReadFile("../../ingest/testdata/fixtures/002.docx")
	pdf, _ := os.ReadFile("../../ingest/testdata/fixtures/002.pdf")
	os.WriteFile(filepath.Join(src, "truncated.docx"), docx[:len(docx)/2], 0o644)
	os.WriteFile(filepath.Join(src, "truncated.pdf"), pdf[:2000], 0o644)
	os.WriteFile(filepath.Join(src, "binary.txt"), []byte("\x00\x01\x02ELF\x00"), 0o644)
	os.WriteFile(filepath.Join(src, "latin1.txt"), []byte("caf\xe9 \xff\xfe\xfd\x80\x81"), 0o644)
	os.WriteFile(filepath.Join(src, "bad.html"), []byte("<html><body><script>x</script></body></html>"), 0o644)
	os.Symlink(filepath.Join(src, "missing.txt"), filepath.Join(src, "dangling.txt"))
	// An enormous file: sparse, so the test writes nothing.
	huge, _ := os.Create(filepath.Join(src, "huge.txt"))
	huge.Truncate(200 << 20)
	huge.Close()
	code, _, stderr := runCmd(t, "index", "--index", dir, src)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"truncated.docx:", "truncated.pdf:", "binary.txt: not text", "latin1.txt: not text", "dangling.txt:", "bad.html: no text found", "huge.txt: file is 200 MB, more than the 64 MB allowed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if after := total(t, dir, "发展"); after != before || len(docsIn(t, dir)) != 1 {
		t.Errorf("something was lost: %d → %d hits", before, after)
	}
}

// TestKill9LeavesTheIndexConsistent kills an index run at many points and
// checks each time that the index opens, answers, and holds either the old
// or the new documents (never half of a run); then a last run completes.
func TestKill9LeavesTheIndexConsistent(t *testing.T) {
	if race.Enabled {
		t.Skip(race.SkipReason)
	}
	if testing.Short() {
		t.Skip("slow")
	}
	corpus := t.TempDir()
	st, err := gencorpus.Generate(corpus, seeds.FS, gencorpus.Options{Paragraphs: 12000, PerDoc: 200, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(corpus, "*.txt"))
	first := t.TempDir()
	for _, f := range files[:len(files)/2] {
		os.Rename(f, filepath.Join(first, filepath.Base(f)))
	}
	dir := filepath.Join(t.TempDir(), "idx")
	if code, _, stderr := runCmd(t, "index", "--index", dir, first); code != 0 {
		t.Fatal(stderr)
	}
	oldDocs := len(docsIn(t, dir))
	self, _ := os.Executable()
	killed := 0
	for _, delay := range []time.Duration{30 * time.Millisecond, 150 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond, 1500 * time.Millisecond, 3 * time.Second} {
		cmd := exec.Command(self, "index", "--index", dir, first, corpus)
		cmd.Env = append(os.Environ(), "GOVSEARCH_TEST_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
			// Finished before the kill: the index must hold everything.
		case <-time.After(delay):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			killed++
		}
		docs := len(docsIn(t, dir))
		if docs != oldDocs && docs != st.Documents {
			t.Fatalf("after kill at %s: %d documents, want %d (old) or %d (new)", delay, docs, oldDocs, st.Documents)
		}
		// The index answers, and its counts agree with its documents.
		ix, err := index.Open(dir, index.Options{})
		if err != nil {
			t.Fatalf("after kill at %s: %v", delay, err)
		}
		res, err := ix.Search(context.Background(), govsearch.Query{Clauses: []govsearch.Clause{{Terms: []string{"发展"}}}, Mode: govsearch.ModeAll}, govsearch.SearchOptions{Size: 1})
		ix.Close()
		if err != nil || res.Total == 0 {
			t.Fatalf("after kill at %s: search %v, %d hits", delay, err, res.Total)
		}
	}
	if killed == 0 {
		t.Log("every run finished before its kill; the machine is fast")
	}
	code, _, stderr := runCmd(t, "index", "--index", dir, first, corpus)
	if code != 0 {
		t.Fatal(stderr)
	}
	if docs := len(docsIn(t, dir)); docs != st.Documents {
		t.Errorf("after the last run: %d documents, want %d", docs, st.Documents)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	// Two segments, BUILD.json, FINGERPRINTS, LOCK and MANIFEST at most.
	if strings.Contains(strings.Join(names, " "), ".tmp") || len(names) > 6 {
		t.Errorf("leftovers in the index directory: %v", names)
	}
	t.Logf("%d runs killed; %s", killed, fmt.Sprint(names))
}
