package merge_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/govsearch/govsearch/index/internal/merge"
	"github.com/govsearch/govsearch/index/internal/segfile"
	"github.com/govsearch/govsearch/index/internal/segtest"
	"github.com/govsearch/govsearch/index/internal/snapshot"
)

const crashDirEnv = "GOVSEARCH_SEG_CRASH_DIR"

// TestCrashHelper is the child of TestKillDuringCommitsAndMerges: it adds
// segments, deletes documents and merges until it is killed, printing
// each committed generation.
func TestCrashHelper(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("run by TestKillDuringCommitsAndMerges")
	}
	store, err := snapshot.Open(dir, snapshot.Options{Writer: true})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	round := os.Getenv("GOVSEARCH_SEG_CRASH_ROUND")
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	policy := merge.Policy{PerTier: 3, Floor: 30, Max: 1 << 30, MaxDeleted: 0.3}
	var ids []string
	report := func() {
		sn := store.Acquire()
		fmt.Println("committed", sn.Generation())
		sn.DecRef()
	}
	for i := 0; ; i++ {
		var docs []segtest.Doc
		for k := 0; k < 1+rng.Intn(4); k++ {
			id := fmt.Sprintf("r%s-%d-%d", round, i, k)
			docs = append(docs, segtest.ByID(id))
			ids = append(ids, id)
		}
		path, err := store.NewSegment()
		if err != nil {
			panic(err)
		}
		if _, err := segfile.Write(path, segtest.Input(docs)); err != nil {
			panic(err)
		}
		if err := store.Commit(func(*snapshot.Snapshot) (snapshot.Change, error) {
			return snapshot.Change{Add: []string{path}}, nil
		}); err != nil {
			panic(err)
		}
		report()
		deleteDoc(t, store, ids[rng.Intn(len(ids))])
		report()
		if _, err := merge.Step(context.Background(), store, policy); err != nil {
			panic(err)
		}
		report()
	}
}

// TestKillDuringCommitsAndMerges kills a process that commits and merges
// at random moments: every time, the directory opens at the last
// committed generation or the one being committed, every segment
// verifies, every live document is whole and appears once, and searches
// match the oracle.
func TestKillDuringCommitsAndMerges(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes")
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(14))
	for round := 0; round < 6; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
		cmd.Env = append(os.Environ(), crashDirEnv+"="+dir, "GOVSEARCH_SEG_CRASH_ROUND="+strconv.Itoa(round))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		last := uint64(0)
		for n := 5 + rng.Intn(40); n > 0 && sc.Scan(); n-- {
			f := strings.Fields(sc.Text())
			if len(f) == 2 && f[0] == "committed" {
				last, _ = strconv.ParseUint(f[1], 10, 64)
			} else if len(f) > 0 && f[0] == "error" {
				t.Fatal(sc.Text())
			}
		}
		time.Sleep(time.Duration(rng.Intn(15)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		checkAfterCrash(t, dir, last, rng)
	}
}

func checkAfterCrash(t *testing.T, dir string, last uint64, rng *rand.Rand) {
	t.Helper()
	store, err := snapshot.Open(dir, snapshot.Options{Writer: true})
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer store.Close()
	sn := store.Acquire()
	defer sn.DecRef()
	if sn.Generation() < last {
		t.Fatalf("generation %d after kill, %d was committed", sn.Generation(), last)
	}
	seen := map[string]int{}
	var live []segtest.Doc
	for _, v := range sn.Views() {
		if err := v.Seg.Verify(); err != nil {
			t.Fatal(err)
		}
		for d := 0; d < v.Seg.Stats().Documents; d++ {
			lo, hi, err := v.Seg.DocumentParagraphs(uint32(d))
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for ord := lo; ord < hi; ord++ {
				if !v.Deleted.Contains(ord) {
					n++
				}
			}
			if n == 0 {
				continue
			}
			doc, err := v.Seg.Document(uint32(d))
			if err != nil {
				t.Fatal(err)
			}
			want := segtest.ByID(doc.ID)
			if n != len(want.Paras) {
				t.Fatalf("document %s has %d live paragraphs of %d", doc.ID, n, len(want.Paras))
			}
			if seen[doc.ID]++; seen[doc.ID] > 1 {
				t.Fatalf("document %s is live twice", doc.ID)
			}
			live = append(live, want)
		}
	}
	if len(live) > 0 {
		segtest.CheckOracle(t, rng, sn.Views(), live, 40)
	}
	ents, _ := os.ReadDir(dir)
	files := 0
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), snapshot.SegmentExt) {
			files++
		}
	}
	if files != sn.Len() {
		t.Errorf("%d segment files for %d live segments", files, sn.Len())
	}
	t.Logf("generation %d (last reported %d): %d segments, %d documents", sn.Generation(), last, sn.Len(), len(live))
}
