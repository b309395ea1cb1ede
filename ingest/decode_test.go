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

// TestHTMLEncoding: a saved page is read in the encoding its bytes are in.
// The HTML5 prescan that reads 1,024 bytes missed a <meta> after a long
// head (a GBK page then read as windows-1252) and believed a <meta> that a
// page saved again as UTF-8 kept.
func TestHTMLEncoding(t *testing.T) {
	const title = "关于安康市2025年财政预算执行情况和2026年财政预算草案的报告"
	longHead := "<script>" + strings.Repeat("var menu = 'navigation';\n", 80) + "</script>"
	page := func(head string) string {
		return "<html><head>" + head + "<title>" + title + "</title></head><body><p>" + title +
			"</p><p>各位代表：现在，我受市人民政府委托，向大会报告全市预算执行情况。</p></body></html>"
	}
	broken := []byte(page(`<meta charset="utf-8">` + longHead))
	broken = append(broken[:len(broken)-20:len(broken)-20], 0xe6, 0x8a) // cut inside a character
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"GBK, <meta> after 1,024 bytes of script", []byte(mustGBK(page(longHead + `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`))), "gbk"},
		{"GBK, declared in an XML declaration", []byte(mustGBK(`<?xml version="1.0" encoding="GB2312"?>` + page(longHead))), "gbk"},
		{"GBK, declaring UTF-8", []byte(mustGBK(page(`<meta charset="utf-8">`))), "gb18030"},
		{"GBK, declaring iso-8859-1", []byte(mustGBK(page(`<meta charset="iso-8859-1">`))), "gb18030"},
		{"GBK, declaring nothing", []byte(mustGBK(page(longHead))), "gb18030"},
		{"UTF-8, declaring nothing, ASCII for 1,024 bytes", []byte(page(longHead)), "utf-8"},
		{"UTF-8, saved again with its old <meta charset=gb2312>", []byte(page(`<meta charset="gb2312">`)), "utf-8"},
		{"UTF-8, cut inside a character", broken, "utf-8"},
		{"UTF-16 with a byte-order mark", utf16LE(page(`<meta charset="gbk">`)), "utf-16le"},
	} {
		if _, name := htmlEncoding(c.data); name != c.want {
			t.Errorf("%s: read as %s, want %s", c.name, name, c.want)
			continue
		}
		p, err := Parse("page.html", c.data)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if p.Document.Title != title {
			t.Errorf("%s: title %q, want %q", c.name, p.Document.Title, title)
		}
	}
}

// utf16LE encodes s in UTF-16LE after a byte-order mark.
func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}
