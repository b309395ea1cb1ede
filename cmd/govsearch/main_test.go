package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
)

func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestIndexThenSearchJSON(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	code, _, stderr := runCmd(t, "index", "--index", dir, "../../seeds")
	if code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "5 new") {
		t.Errorf("index report: %s", stderr)
	}
	code, out, stderr := runCmd(t, "search", "--index", dir, "--json", "--size", "3", "--district", "和平区", "营商环境")
	if code != 0 {
		t.Fatalf("search: exit %d: %s", code, stderr)
	}
	var res govsearch.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json is not JSON: %v", err)
	}
	if res.Total == 0 || len(res.Hits) != 3 || res.Facets == nil {
		t.Errorf("total %d, %d hits, facets %v", res.Total, len(res.Hits), res.Facets != nil)
	}
	for _, h := range res.Hits {
		if h.District != "和平区" || !strings.Contains(h.Text, "营商环境") {
			t.Errorf("hit %s: %s %q", h.ID, h.District, h.Text)
		}
	}
	// A filter value with a comma is one value (the section's title).
	const section = "构建现代产业体系,加快形成新发展格局"
	code, out, stderr = runCmd(t, "search", "--index", dir, "--json", "--section", section, "发展")
	var bySection govsearch.Result
	if err := json.Unmarshal([]byte(out), &bySection); code != 0 || err != nil {
		t.Fatalf("search --section: exit %d, %v: %s", code, err, stderr)
	}
	if bySection.Total == 0 {
		t.Errorf("search --section %s: no hits", section)
	}
	for _, h := range bySection.Hits {
		if h.Section != section {
			t.Errorf("hit %s is in section %q", h.ID, h.Section)
		}
	}
	// The level filter finds what the level facet counts.
	if len(res.Facets.Level) == 0 {
		t.Error("no level facet")
	}
	for _, f := range res.Facets.Level {
		level, want := f.Value, f.Count
		code, out, stderr = runCmd(t, "search", "--index", dir, "--json", "--district", "和平区", "--level", level, "营商环境")
		var byLevel govsearch.Result
		if err := json.Unmarshal([]byte(out), &byLevel); code != 0 || err != nil {
			t.Fatalf("search --level %s: exit %d, %v: %s", level, code, err, stderr)
		}
		if byLevel.Total != want {
			t.Errorf("search --level %s: total %d, want %d", level, byLevel.Total, want)
		}
	}
	// Flags after the query work too, and the readable form marks matches.
	code, out, _ = runCmd(t, "search", "营商环境", "--index", dir)
	if code != 0 || !strings.Contains(out, "【【营商环境】】") {
		t.Errorf("readable search: exit %d: %.300s", code, out)
	}
	// Re-indexing unchanged files changes nothing.
	code, _, stderr = runCmd(t, "index", "--index", dir, "../../seeds")
	if code != 0 || !strings.Contains(stderr, "0 new, 0 changed, 5 unchanged") {
		t.Errorf("re-index: exit %d: %s", code, stderr)
	}
	code, out, _ = runCmd(t, "docs", "--index", dir, "--json")
	var docs struct{ Documents []govsearch.Document }
	if code != 0 || json.Unmarshal([]byte(out), &docs) != nil || len(docs.Documents) != 5 {
		t.Errorf("docs --json: exit %d, %d documents", code, len(docs.Documents))
	}
}

func TestIndexReportsBadFilesAndGoesOn(t *testing.T) {
	src := t.TempDir()
	good, _ := os.ReadFile("../../seeds/002_1bbc185302e42d3c.txt")
	os.WriteFile(filepath.Join(src, "good.txt"), good, 0o644)
	os.WriteFile(filepath.Join(src, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(src, "binary.txt"), []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3}, 0o644)
	dir := filepath.Join(t.TempDir(), "idx")
	code, _, stderr := runCmd(t, "index", "--index", dir, src)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"empty.txt: file is empty", "binary.txt: not text"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q: %s", want, stderr)
		}
	}
	code, out, _ := runCmd(t, "docs", "--index", dir)
	if code != 0 || !strings.Contains(out, "和平区人民政府工作报告") {
		t.Errorf("the good file was not indexed: %s", out)
	}
}

func TestErrorsAreOneLine(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"search", "--index", dir, "税"}, "no index at"},
		{[]string{"docs", "--index", dir}, "no index at"},
		{[]string{"search", "--bogus", "税"}, "flag provided but not defined"},
		{[]string{"search", "--index", dir, "--", `"税`}, "not closed"},
		{[]string{"search", "--index", dir}, "q is required"},
		{[]string{"index", "--index", dir}, "no PATH"},
		{[]string{"frobnicate"}, "unknown command"},
	}
	for _, tt := range tests {
		code, _, stderr := runCmd(t, tt.args...)
		if code == 0 {
			t.Errorf("%v: exit 0", tt.args)
		}
		if strings.Count(strings.TrimSpace(stderr), "\n") != 0 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: stderr %q, want one line containing %q", tt.args, stderr, tt.want)
		}
	}
}

// TestServeBuildsSeedsAndShutsDown starts `serve` on a missing index: it
// indexes the embedded seeds, answers, and stops gracefully when asked.
func TestServeBuildsSeedsAndShutsDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	dir := filepath.Join(t.TempDir(), "idx")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	var stderr bytes.Buffer
	go func() {
		done <- run(ctx, []string{"serve", "--index", dir, "--addr", addr, "--log-format", "json"}, io.Discard, &stderr)
	}()
	var health map[string]any
	// A wait for the server, not a measure of it: under -race on a loaded
	// two-core machine, indexing the seeds before serving once took more
	// than a minute.
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			json.NewDecoder(resp.Body).Decode(&health)
			resp.Body.Close()
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if health["documents"] != float64(5) {
		t.Fatalf("healthz %v; log: %s", health, stderr.String())
	}
	resp, err := http.Get("http://" + addr + "/api/search?q=" + url.QueryEscape("营商环境"))
	if err != nil {
		t.Fatal(err)
	}
	var res govsearch.Result
	json.NewDecoder(resp.Body).Decode(&res)
	resp.Body.Close()
	if res.Total != 16 {
		t.Errorf("营商环境: %d hits", res.Total)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d: %s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not shut down")
	}
	if !index.Exists(dir) {
		t.Error("the seeds index was not kept")
	}
}
