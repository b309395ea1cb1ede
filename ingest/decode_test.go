package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestDecodeTextAmidBinary: a UTF-8 text into which binary runs were saved
// keeps its own lines and drops the binary ones; binary data, even with a
// few readable lines, stays refused.
func TestDecodeTextAmidBinary(t *testing.T) {
	report := strings.Repeat("东莞市2025年预算执行情况和2026年预算草案的报告，一般公共预算收入增长。\n", 40)
	garbage := "1b\x04?G\x1e\\b<\x00\x03-.\x07\u00a9B*\x1cD\n"
	mixed := []byte(garbage + report + strings.Repeat(garbage, 30) + report)
	got, enc, err := Decode(mixed)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if enc != EncUTF8Mixed {
		t.Errorf("encoding %q, want %q", enc, EncUTF8Mixed)
	}
	if want := strings.TrimSuffix(report+report, "\n"); strings.TrimSpace(got) != want {
		t.Errorf("kept %d bytes, want the report's %d: %.80q", len(got), len(want), got)
	}
	p, err := Parse("mixed.txt", mixed)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if !strings.Contains(strings.Join(p.Document.Warnings, "\n"), "binary") {
		t.Errorf("no warning of the dropped lines: %q", p.Document.Warnings)
	}
	for _, bin := range [][]byte{
		[]byte("\x00\x01\x02ELF\x00"),
		append([]byte("\x7fELF\x00\x00"), bytes.Repeat([]byte("只有几行中文\n"), 20)...), // too little text
		append([]byte{0x89, 'P', 'N', 'G', 0, 0xff, 0xfe}, report...),              // not UTF-8
	} {
		if _, _, err := Decode(bin); !errors.Is(err, errBinary) {
			t.Errorf("Decode(%.20q): %v, want %v", bin, err, errBinary)
		}
	}
}
