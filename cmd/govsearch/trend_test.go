package main

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/govsearch/govsearch"
)

// TestTrendCommand checks that the table, CSV and JSON forms of trend
// carry the same counts, and that the counts add up to search's total.
func TestTrendCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	if code, _, stderr := runCmd(t, "index", "--index", dir, "../../seeds"); code != 0 {
		t.Fatalf("index: %s", stderr)
	}
	code, out, stderr := runCmd(t, "trend", "--index", dir, "--by", "district", "--json", "营商环境", "发展")
	if code != 0 {
		t.Fatalf("trend --json: exit %d: %s", code, stderr)
	}
	var tr govsearch.Trend
	if err := json.Unmarshal([]byte(out), &tr); err != nil || len(tr.Series) != 2 {
		t.Fatalf("trend --json: %v, %d series", err, len(tr.Series))
	}
	code, out, _ = runCmd(t, "search", "--index", dir, "--json", "--size", "1", "营商环境")
	var res govsearch.Result
	json.Unmarshal([]byte(out), &res)
	sum := 0
	for _, b := range tr.Series[0].Buckets {
		sum += b.Paragraphs
	}
	if code != 0 || sum != res.Total || res.Total == 0 {
		t.Errorf("buckets add up to %d, search total %d", sum, res.Total)
	}
	code, out, _ = runCmd(t, "trend", "--index", dir, "--by", "district", "--csv", "营商环境", "发展")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 1+len(tr.Series[0].Buckets)*2 {
		t.Fatalf("trend --csv: exit %d, %v, %d rows", code, err, len(rows))
	}
	for i, row := range rows[1:] {
		b := tr.Series[i/len(tr.Series[0].Buckets)].Buckets[i%len(tr.Series[0].Buckets)]
		if row[1] != b.Value || row[2] != strconv.Itoa(b.Paragraphs) {
			t.Errorf("csv row %v, json bucket %+v", row, b)
		}
	}
	// A query that starts with - stays text in a spreadsheet.
	code, out, _ = runCmd(t, "trend", "--index", dir, "--csv", "--", "-营商环境 发展")
	if code != 0 || !strings.Contains(out, "\n'-营商环境 发展,") {
		t.Errorf("trend --csv: a query starting with - must be neutralized: %s", out)
	}
	code, out, _ = runCmd(t, "trend", "--index", dir, "--by", "district", "营商环境")
	if code != 0 || !strings.Contains(out, tr.Series[0].Buckets[0].Value) || !strings.Contains(out, strconv.Itoa(tr.Series[0].Buckets[0].Paragraphs)) {
		t.Errorf("trend table: %s", out)
	}
	if code, _, stderr := runCmd(t, "trend", "--index", dir, "--by", "section", "x"); code == 0 || !strings.Contains(stderr, "by must be") {
		t.Errorf("--by section: exit %d, %s", code, stderr)
	}
	if code, _, _ := runCmd(t, "trend", "--index", dir); code != 2 {
		t.Errorf("no query: exit %d, want 2", code)
	}
}
