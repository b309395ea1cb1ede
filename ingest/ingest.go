// Package ingest turns the files users have (scraped web pages saved as
// text) into documents: it decodes them, strips the page furniture around
// the report, finds the metadata (title, place, date, type, issuer, document
// number), and splits the text into paragraphs under their heading tree.
// It knows nothing of the index.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
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

// DefaultMaxText is the most text (bytes of UTF-8) one file may hold
// unless Options say otherwise: a real report holds less than 1 MB, and
// indexing costs memory in proportion to the text.
const DefaultMaxText = 8 << 20

// ErrTooLarge is the error of a file holding more text than the limit.
var ErrTooLarge = errors.New("too large to index")

// keptWarnRatio is the share of a file's text below which ingestion warns
// that it may have taken report text for page furniture.
const keptWarnRatio = 0.2

// Options are the limits of ingestion.
type Options struct {
	// MaxText is the most text, in bytes of UTF-8, one file may hold; a file
	// with more is refused (ErrTooLarge). Zero means DefaultMaxText.
	MaxText int
	// Roots, when set, are the folders (absolute, symbolic links resolved)
	// that a sidecar may be read from: a sidecar that links elsewhere is
	// refused.
	Roots []string
}

func (o Options) maxText() int {
	if o.MaxText > 0 {
		return o.MaxText
	}
	return DefaultMaxText
}

// Parser reads files into documents within its Options' limits.
type Parser struct {
	opts Options
}

// NewParser returns a parser with the given limits.
func NewParser(opts Options) *Parser { return &Parser{opts: opts} }

// Parsed is a document with its paragraphs in order, as the index takes
// it, and what else reading the file found out.
type Parsed struct {
	govsearch.DocumentContent
	Encoding string // the file's encoding: UTF-8, GB18030, …
}

// DocID is the id of the document read from source: stable for a path, so
// re-indexing a changed file replaces its paragraphs.
func DocID(source string) string {
	sum := sha256.Sum256([]byte(filepath.ToSlash(filepath.Clean(source))))
	return hex.EncodeToString(sum[:8])
}

// ParseFile reads and parses one file with the default limits, applying
// its sidecar NAME.meta.json when there is one; the document's source is
// path.
func ParseFile(path string) (*Parsed, error) {
	return NewParser(Options{}).ParseFile(context.Background(), path, path)
}

// ParseFile reads and parses the file at path, applying its sidecar
// NAME.meta.json when there is one; source is the path recorded in the
// document (and gives its id). It stops when ctx is done.
func (ps *Parser) ParseFile(ctx context.Context, path, source string) (*Parsed, error) {
	p, err := ps.ParseFS(ctx, os.DirFS(filepath.Dir(path)), filepath.Base(path), source)
	if err != nil {
		return nil, err
	}
	side, err := readSidecar(path, ps.opts.Roots)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	if side != nil {
		if err := applySidecar(&p.Document, side); err != nil {
			return nil, fmt.Errorf("ingest %s: sidecar: %w", source, err)
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
	return NewParser(Options{}).Fingerprint(path)
}

// Fingerprint is the content hash that ParseFile records for path, read
// within the parser's roots.
func (ps *Parser) Fingerprint(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	side, err := readSidecar(path, ps.opts.Roots)
	if err != nil {
		return "", err
	}
	return withSidecar(contentHash(data), side), nil
}

// ParseFS reads name from fsys and parses it with the default limits;
// source is the path recorded in the document.
func ParseFS(fsys fs.FS, name, source string) (*Parsed, error) {
	return NewParser(Options{}).ParseFS(context.Background(), fsys, name, source)
}

// ParseFS reads name from fsys and parses it; source is the path recorded
// in the document.
func (ps *Parser) ParseFS(ctx context.Context, fsys fs.FS, name, source string) (*Parsed, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	if info.IsDir() {
		return nil, fmt.Errorf("ingest %s: is a directory", source)
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("ingest %s: file is %d MB, more than the %d MB allowed: %w", source, info.Size()>>20, MaxFileSize>>20, ErrTooLarge)
	}
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	return ps.Parse(ctx, source, data)
}

// Parse parses the bytes of a file read from source with the default
// limits; the format comes from source's extension (text when it has none
// the ingester knows).
func Parse(source string, data []byte) (*Parsed, error) {
	return NewParser(Options{}).Parse(context.Background(), source, data)
}

// Parse parses the bytes of a file read from source; the format comes from
// source's extension (text when it has none the ingester knows).
func (ps *Parser) Parse(ctx context.Context, source string, data []byte) (*Parsed, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("ingest %s: file is empty", source)
	}
	format := FormatOf(source)
	text, enc, h, err := extract(ctx, format, data, ps.opts.maxText())
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	if len(text) > ps.opts.maxText() {
		return nil, fmt.Errorf("ingest %s: %w", source, tooLarge(len(text), ps.opts.maxText()))
	}
	gaz, err := DefaultGazetteer()
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	lines := splitLines(text)
	pg := splitPage(lines, h.title)
	if len(pg.body) == 0 {
		return nil, fmt.Errorf("ingest %s: no text found", source)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	docID := DocID(source)
	blocks := repairTitleBlocks(buildBlocks(splitLong(pg.body)))
	doc := govsearch.Document{
		ID:          docID,
		Source:      filepath.ToSlash(source),
		ContentHash: contentHash(data),
	}
	titleLine := fillMetadata(&doc, pg, gaz, h)
	if titleLine == nil {
		titleLine = headLineOf(pg.head, doc.Title)
	}
	paras := assignSections(docID, withTitleParagraph(titleLine, blocks))
	doc.Paragraphs = len(paras)
	checkKept(&doc, lines, pg, paras)
	if enc == EncUTF8Mixed {
		doc.Warnings = append(doc.Warnings, "the file holds runs of binary data; the lines holding them were dropped")
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("ingest %s: %w", source, err)
	}
	return &Parsed{DocumentContent: govsearch.DocumentContent{Document: doc, Paragraphs: paras}, Encoding: enc}, nil
}

// tooLarge is the error of a file holding n bytes of text, more than limit.
func tooLarge(n, limit int) error {
	return fmt.Errorf("%w: the file holds more than %s of text, the limit is %s (a report holds less than 1 MB)", ErrTooLarge, megabytes(n), megabytes(limit))
}

func megabytes(n int) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

// checkKept records how much of the file's text became report text, and
// warns when repeated copies were dropped or when so little was kept that
// report text may have been taken for furniture.
func checkKept(doc *govsearch.Document, lines []line, pg page, paras []govsearch.Paragraph) {
	input := 0
	for _, l := range lines {
		input += visibleRunes(l.text)
	}
	input -= pg.copyChars // copies are dropped on purpose, and said so
	kept := 0
	for _, p := range paras {
		kept += visibleRunes(p.Text)
	}
	if input <= 0 {
		return
	}
	doc.KeptRatio = min(1, float64(kept)/float64(input))
	if pg.copies > 1 {
		doc.Copies = pg.copies
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("the file holds the report %d times (%d characters repeated); it is indexed once", pg.copies, pg.copyChars))
	}
	if doc.KeptRatio < keptWarnRatio {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("only %.0f%% of the file's text was kept as report text, the rest was taken for page furniture: check the file", doc.KeptRatio*100))
	}
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
