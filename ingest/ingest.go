// Package ingest turns the files users have (scraped web pages saved as
// text) into documents: it decodes them, strips the page furniture around
// the report, finds the metadata (title, place, date, type, issuer, document
// number), and splits the text into paragraphs under their heading tree.
// It knows nothing of the index.
package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/govsearch/govsearch"
)

// MaxFileSize is the largest file ingested; a larger one is reported, not
// read into memory.
const MaxFileSize = 64 << 20

// Parsed is a document with its paragraphs in order.
type Parsed struct {
	Document   govsearch.Document
	Paragraphs []govsearch.Paragraph
	Encoding   string
}

// DocID is the id of the document read from source: stable for a path, so
// re-indexing a changed file replaces its paragraphs.
func DocID(source string) string {
	sum := sha256.Sum256([]byte(filepath.ToSlash(filepath.Clean(source))))
	return hex.EncodeToString(sum[:8])
}

// ParseFile reads and parses one file, applying its sidecar NAME.meta.json
// when there is one.
func ParseFile(path string) (*Parsed, error) {
	p, err := ParseFS(os.DirFS(filepath.Dir(path)), filepath.Base(path), path)
	if err != nil {
		return nil, err
	}
	side, err := readSidecar(path)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", path, err)
	}
	if side != nil {
		if err := applySidecar(&p.Document, side); err != nil {
			return nil, fmt.Errorf("ingest %s: sidecar: %w", path, err)
		}
		p.Document.ContentHash = withSidecar(p.Document.ContentHash, side)
	}
	return p, nil
}

// contentHash is the hash of a file's bytes and of the extractor version
// that derives its metadata: a file read by older rules is not unchanged.
func contentHash(data []byte) string {
	h := sha256.New()
	h.Write([]byte(ExtractorVersion + "\x00"))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// withSidecar folds a sidecar's bytes into a file's content hash, so that
// editing the sidecar re-indexes the file.
func withSidecar(hash string, side []byte) string {
	if side == nil {
		return hash
	}
	return contentHash(append([]byte(hash), side...))
}

// Fingerprint is the content hash that ParseFile records for path (the
// file's bytes and its sidecar's), computed without parsing, so that an
// index run can skip unchanged files.
func Fingerprint(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	side, err := readSidecar(path)
	if err != nil {
		return "", err
	}
	return withSidecar(contentHash(data), side), nil
}

// ParseFS reads name from fsys and parses it; source is the path recorded
// in the document.
func ParseFS(fsys fs.FS, name, source string) (*Parsed, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("ingest %s: is a directory", source)
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("ingest %s: file is %d MB, more than the %d MB allowed", source, info.Size()>>20, MaxFileSize>>20)
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	return Parse(source, data)
}

// Parse parses the bytes of a file read from source; the format comes from
// source's extension (text when it has none the ingester knows).
func Parse(source string, data []byte) (*Parsed, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("ingest %s: file is empty", source)
	}
	format := FormatOf(source)
	text, enc, h, err := extract(format, data)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	gaz, err := DefaultGazetteer()
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	pg := splitPage(splitLines(text))
	if len(pg.body) == 0 {
		return nil, fmt.Errorf("ingest %s: no text found", source)
	}
	docID := DocID(source)
	blocks := repairTitleBlocks(buildBlocks(pg.body))
	doc := govsearch.Document{
		ID:          docID,
		Source:      filepath.ToSlash(source),
		ContentHash: contentHash(data),
	}
	titleLine := fillMetadata(&doc, pg, blocks, gaz, h)
	paras := assignSections(docID, withTitleParagraph(titleLine, blocks))
	doc.Paragraphs = len(paras)
	return &Parsed{Document: doc, Paragraphs: paras, Encoding: enc}, nil
}

// speakerGovernment names the government whose head read a report:
// 和平区 + 区长 → 和平区人民政府.
func speakerGovernment(place, office string) string {
	if office == "总理" {
		return "国务院"
	}
	place = strings.TrimSuffix(place, "人民政府")
	return place + "人民政府"
}
