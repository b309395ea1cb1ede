package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// changeStep is one `govsearch index` run of the change test.
type changeStep struct {
	m         measured
	visible   time.Duration // from the end of the run until the server answers with the change; <0: never
	fromStart time.Duration // from the start of the run until then
	load      string
}

// changeResult is the one-file change test of an engine: a file gains a
// paragraph only it has, then is deleted (--prune), then put back.
type changeResult struct {
	file                 string
	modify, prune, readd changeStep
}

// measureChange appends a paragraph with a made-up phrase to one UTF-8
// text file of the corpus, runs `govsearch index` on the whole corpus and
// polls the engine's running server until the phrase is found; then moves
// the file away, runs `index --prune` and polls until the phrase is gone;
// then puts the original file back and indexes again (the corpus is as
// before for the next engine). The other servers keep running.
func measureChange(o realOptions, e *engine) (*changeResult, error) {
	path, err := pickTextFile(o.corpus)
	if err != nil {
		return nil, err
	}
	orig, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	saved := filepath.Join(o.work, "saved-"+filepath.Base(path))
	if err := os.WriteFile(saved, orig, 0o644); err != nil {
		return nil, err
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	defer func() { // whatever happens, the corpus is put back as it was
		os.WriteFile(path, orig, 0o644)
		os.Chmod(path, info.Mode().Perm())
		os.Chtimes(path, info.ModTime(), info.ModTime())
	}()
	phrase := madeUpPhrase()
	res := &changeResult{file: path}
	fmt.Fprintf(os.Stderr, "%s: change test on %s, phrase %s\n", e.label, path, phrase)
	para := "\n\n本段为基准测试追加的段落，" + phrase + "，仅用于检验增量索引。\n"
	if err := os.WriteFile(path, append(append([]byte{}, orig...), para...), 0o644); err != nil {
		return nil, err
	}
	if res.modify, err = indexAndWait(e, phrase, true, "index", "--index", e.idx, o.corpus); err != nil {
		return nil, err
	}
	if err := os.Remove(path); err != nil {
		return nil, err
	}
	if res.prune, err = indexAndWait(e, phrase, false, "index", "--index", e.idx, "--prune", o.corpus); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, orig, 0o644); err != nil {
		return nil, err
	}
	res.readd, err = indexAndWait(e, "", true, "index", "--index", e.idx, o.corpus)
	return res, err
}

// indexAndWait runs one `govsearch index` while polling the engine's
// server every 50 ms from the start of the run until a search for phrase
// has hits (want) or none (!want), for at most 3 minutes after the run.
// An empty phrase waits for nothing.
func indexAndWait(e *engine, phrase string, want bool, args ...string) (changeStep, error) {
	st := changeStep{load: loadAvg()}
	start := time.Now()
	seen := make(chan time.Duration, 1)
	stop := make(chan struct{})
	defer close(stop)
	if phrase != "" {
		go pollFor(e.srv.base, phrase, want, start, seen, stop)
	}
	m, err := runMeasured(e.bin, args...)
	if err != nil {
		return st, err
	}
	st.m = m
	if phrase == "" {
		return st, nil
	}
	select {
	case at := <-seen:
		st.visible = max(at-m.wall, time.Millisecond) // after the run ended (at least 1 ms: 0 means "not asked")
		st.fromStart = at
	case <-time.After(3 * time.Minute):
		st.visible = -1
	}
	return st, nil
}

// pollFor searches phrase every 50 ms until its hits are as wanted, and
// sends the time since start when they are.
func pollFor(base, phrase string, want bool, start time.Time, seen chan<- time.Duration, stop <-chan struct{}) {
	client := &http.Client{Timeout: 60 * time.Second}
	p := url.Values{"q": {phrase}, "size": {"1"}, "facets": {"false"}}
	for {
		select {
		case <-stop:
			return
		default:
		}
		if _, total, err := search(client, base, p, true); err == nil && (total > 0) == want {
			seen <- time.Since(start)
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// pickTextFile finds the first .txt file (in name order) that is valid
// UTF-8 (appending a UTF-8 paragraph keeps its encoding) and plain text.
func pickTextFile(root string) (string, error) {
	var found string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || found != "" {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return nil
		}
		// No markup: in a saved web page, text appended after the page's
		// footer is furniture and the ingester rightly drops it.
		if b, err := os.ReadFile(p); err == nil && utf8.Valid(b) && len(b) > 1000 && !bytes.ContainsAny(b, "<>") {
			found = p
			return filepath.SkipAll
		}
		return nil
	})
	if found == "" && err == nil {
		err = fmt.Errorf("no UTF-8 .txt file under %s", root)
	}
	return found, err
}

// madeUpPhrase is eight characters of the heavenly stems and earthly
// branches in a random order: no report has them in a row.
func madeUpPhrase() string {
	r := []rune("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥")
	rand.Shuffle(len(r), func(i, j int) { r[i], r[j] = r[j], r[i] })
	return "基准" + string(r[:8])
}
