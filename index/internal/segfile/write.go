package segfile

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/vellum"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/charcode"
	"github.com/govsearch/govsearch/index/internal/par"
)

// Format constants; see the package comment.
const (
	// Version is the format version Write writes.
	Version = 5
	// MinVersion is the oldest version Open reads.
	MinVersion  = 4
	magic       = "GOVSEG\r\n"
	endMagic    = "GOVSEGnd"
	headerSize  = 16
	trailerSize = 32
	chunkSize   = 64 << 10
	paraSize    = 16
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Input is what a segment is built from: documents and their paragraphs,
// the paragraphs in document order (all of Docs[0]'s, then Docs[1]'s, ...).
type Input struct {
	Docs []govsearch.Document
	// Fields names the facet fields; each paragraph has one value per
	// field, in this order.
	Fields []string
	Paras  []Paragraph
	// Version is the format version to write: 0 for Version, or
	// MinVersion, for tests of programs that must read older segments.
	Version int
	// TrigramLeast is the fewest paragraphs a trigram must occur in for
	// the segment to keep its posting: 0 for TrigramLeast(len(Paras)).
	// Version 4 keeps none.
	TrigramLeast int
}

// Paragraph is one paragraph as a segment stores it.
type Paragraph struct {
	Doc         uint32 // index into Input.Docs
	Position    uint32 // position in its document
	Kind        string
	Text        string // original text, for display
	Norm        string // normalized text, for matching
	SectionPath []string
	// Bounds has one bit per byte of Norm, set where a word starts.
	Bounds []byte
	Facets []string // one value per Input.Fields
}

// Write builds the segment of in and writes it to path: into a temporary
// file in the same directory, fsynced (and its pages dropped from the page
// cache, see dropCache), renamed to path, and the directory fsynced. It
// returns the file's size.
func Write(path string, in *Input) (int64, error) {
	if err := check(in); err != nil {
		return 0, fmt.Errorf("write segment %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return 0, fmt.Errorf("write segment %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("write segment %s: %w", path, err)
	}
	w := newFileWriter(tmp)
	if err := encode(w, in); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("write segment %s: %w", path, err)
	}
	if err := w.buf.Flush(); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("write segment %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return 0, fmt.Errorf("sync segment %s: %w", path, err)
	}
	dropCache(tmp)
	if err := tmp.Close(); err != nil {
		return 0, fmt.Errorf("write segment %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return 0, fmt.Errorf("write segment %s: %w", path, err)
	}
	if err := SyncDir(filepath.Dir(path)); err != nil {
		return 0, err
	}
	return w.off, nil
}

// SyncDir fsyncs a directory, so that the names created or renamed in it
// survive a crash.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync directory %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync directory %s: %w", dir, err)
	}
	return nil
}

// version is the format version to write.
func (in *Input) version() int {
	if in.Version == 0 {
		return Version
	}
	return in.Version
}

func check(in *Input) error {
	if v := in.version(); v != Version && v != MinVersion {
		return fmt.Errorf("cannot write version %d", v)
	}
	if len(in.Paras) >= 1<<24 {
		return fmt.Errorf("%d paragraphs: a segment holds fewer than %d", len(in.Paras), 1<<24)
	}
	prev := uint32(0)
	for i, p := range in.Paras {
		if int(p.Doc) >= len(in.Docs) || p.Doc < prev {
			return fmt.Errorf("paragraph %d: document %d out of order or range", i, p.Doc)
		}
		prev = p.Doc
		if len(p.Facets) != len(in.Fields) {
			return fmt.Errorf("paragraph %d: %d facet values for %d fields", i, len(p.Facets), len(in.Fields))
		}
	}
	return nil
}

// fileWriter writes sequentially, tracking the offset and the checksum of
// each chunk.
type fileWriter struct {
	buf     *bufio.Writer
	off     int64
	chunk   uint32 // running CRC of the current chunk
	inChunk int
	crcs    []uint32
}

func newFileWriter(f *os.File) *fileWriter {
	return &fileWriter{buf: bufio.NewWriterSize(f, 1<<20)}
}

func (w *fileWriter) Write(p []byte) (int, error) {
	n, err := w.buf.Write(p)
	w.off += int64(n)
	for len(p) > 0 {
		k := min(len(p), chunkSize-w.inChunk)
		w.chunk = crc32.Update(w.chunk, castagnoli, p[:k])
		w.inChunk += k
		p = p[k:]
		if w.inChunk == chunkSize {
			w.endChunk()
		}
	}
	return n, err
}

// writeString writes s without copying it.
func (w *fileWriter) writeString(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	return w.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

func (w *fileWriter) endChunk() {
	if w.inChunk > 0 {
		w.crcs = append(w.crcs, w.chunk)
	}
	w.chunk, w.inChunk = 0, 0
}

func (w *fileWriter) pad() {
	if r := w.off % 8; r != 0 {
		w.Write(make([]byte, 8-r))
	}
}

// sectionWriter records where each section lies.
type sectionWriter struct {
	*fileWriter
	names []string
	spans [][2]int64
}

func (s *sectionWriter) section(name string, body func() error) error {
	s.pad()
	start := s.off
	if err := body(); err != nil {
		return fmt.Errorf("section %s: %w", name, err)
	}
	s.names = append(s.names, name)
	s.spans = append(s.spans, [2]int64{start, s.off - start})
	return nil
}

func (s *sectionWriter) bytesSection(name string, b []byte) error {
	return s.section(name, func() error { _, err := s.Write(b); return err })
}

func encode(fw *fileWriter, in *Input) error {
	w := &sectionWriter{fileWriter: fw}
	var hdr [headerSize]byte
	copy(hdr[:], magic)
	binary.LittleEndian.PutUint32(hdr[8:], uint32(in.version()))
	binary.LittleEndian.PutUint32(hdr[12:], chunkSize)
	w.Write(hdr[:])

	grams := collectGrams(in.Paras)
	if in.version() >= 5 {
		grams = mergeGrams(grams, collectTrigrams(in.Paras, grams, in.trigramLeast()))
	}
	facets := collectFacets(in)
	var terms bytes.Buffer
	facetPostings := make([][]uint64, len(in.Fields))
	if err := w.section("postings", func() error {
		base := w.off
		fst, err := vellum.New(&terms, nil)
		if err != nil {
			return err
		}
		for _, g := range grams {
			ref, err := writePosting(w.fileWriter, base, g.list)
			if err != nil {
				return err
			}
			if err := fst.Insert(g.key, ref); err != nil {
				return err
			}
		}
		if err := fst.Close(); err != nil {
			return err
		}
		for f, ff := range facets {
			for _, l := range ff.lists {
				ref, err := writePosting(w.fileWriter, base, l)
				if err != nil {
					return err
				}
				facetPostings[f] = append(facetPostings[f], ref)
			}
		}
		return nil
	}); err != nil {
		return err
	}
	if err := w.bytesSection("terms", terms.Bytes()); err != nil {
		return err
	}
	if err := encodeTexts(w, in, grams); err != nil {
		return err
	}
	if err := encodeRecords(w, in.Paras); err != nil {
		return err
	}
	if err := encodeDocuments(w, in); err != nil {
		return err
	}
	if err := encodeFacets(w, in.Fields, facets, facetPostings); err != nil {
		return err
	}
	if err := encodeWords(w, in.Paras); err != nil {
		return err
	}
	var runes uint64
	for _, p := range in.Paras {
		runes += uint64(utf8.RuneCountInString(p.Norm))
	}
	stats := binary.LittleEndian.AppendUint64(nil, uint64(len(in.Paras)))
	stats = binary.LittleEndian.AppendUint64(stats, uint64(len(in.Docs)))
	stats = binary.LittleEndian.AppendUint64(stats, runes)
	stats = binary.LittleEndian.AppendUint64(stats, uint64(len(grams)))
	if err := w.bytesSection("stats", stats); err != nil {
		return err
	}
	return finish(w, hdr[:])
}

// finish writes the chunk checksums, the directory and the trailer.
func finish(w *sectionWriter, hdr []byte) error {
	w.pad()
	w.endChunk()
	chunksOff := w.off
	var tail []byte
	for _, c := range w.crcs {
		tail = binary.LittleEndian.AppendUint32(tail, c)
	}
	dirOff := chunksOff + int64(len(tail))
	dir := binary.LittleEndian.AppendUint32(nil, uint32(len(w.names)))
	for i, name := range w.names {
		dir = binary.LittleEndian.AppendUint16(dir, uint16(len(name)))
		dir = append(dir, name...)
		dir = binary.LittleEndian.AppendUint64(dir, uint64(w.spans[i][0]))
		dir = binary.LittleEndian.AppendUint64(dir, uint64(w.spans[i][1]))
	}
	tail = append(tail, dir...)
	sum := crc32.Update(crc32.Checksum(hdr, castagnoli), castagnoli, tail)
	tail = binary.LittleEndian.AppendUint64(tail, uint64(chunksOff))
	tail = binary.LittleEndian.AppendUint64(tail, uint64(dirOff))
	tail = binary.LittleEndian.AppendUint32(tail, uint32(len(dir)))
	tail = binary.LittleEndian.AppendUint32(tail, sum)
	tail = append(tail, endMagic...)
	_, err := w.buf.Write(tail)
	w.off += int64(len(tail))
	return err
}

// postingList collects the paragraphs that contain a term, in order:
// each entry is a paragraph number << 8 | how often it contains the term
// (saturating at 255).
type postingList []uint32

func (l *postingList) add(ord uint32) {
	if n := len(*l); n > 0 && (*l)[n-1]>>8 == ord {
		if (*l)[n-1]&0xff < 255 {
			(*l)[n-1]++
		}
		return
	}
	*l = append(*l, ord<<8|1)
}

// Posting references (the values of the term dictionary and of
// facet.F.postings) say in their low two bits how the posting is stored;
// see the package comment. The term dictionary stores a reference in as
// few bytes as its value needs, so the kind sits in the low bits and the
// common cases (one paragraph, once) are the smallest numbers.
const (
	refRoaring = 0    // a roaring posting at offset (ref >> 2) × 8
	refList    = 1    // a short list at offset ref >> 2
	refCounted = 2    // one paragraph ref >> 10, (ref >> 2) & 255 times
	refOnce    = 3    // one paragraph ref >> 2, once
	refKind    = 3    // mask of the kind bits
	listShort  = 32   // longest posting always written as a list
	listMax    = 4096 // longest posting that may be written as a list
)

// writePosting writes a posting, when it is not inline, and returns its
// reference; base is the offset of the postings section. A posting of up
// to listMax paragraphs is a list when that is no longer than the roaring
// form: a list's gaps and flags take a byte or two a paragraph where
// roaring's arrays take two and its multi bitmap two more.
func writePosting(w *fileWriter, base int64, l postingList) (uint64, error) {
	switch {
	case len(l) == 1 && l[0]&0xff == 1:
		return uint64(l[0]>>8)<<2 | refOnce, nil
	case len(l) == 1:
		return uint64(l[0]>>8)<<10 | uint64(l[0]&0xff)<<2 | refCounted, nil
	}
	var list []byte
	if len(l) <= listMax {
		list = encodeList(l)
	}
	if len(l) <= listShort {
		return writeList(w, base, list)
	}
	a, b, counts, err := encodeRoaring(l)
	if err != nil {
		return 0, err
	}
	if list != nil && len(list) <= 16+(len(a)+7)&^7+len(b)+len(counts) {
		return writeList(w, base, list)
	}
	w.pad()
	ref := uint64(w.off-base)/8<<2 | refRoaring
	var hdr [16]byte
	binary.LittleEndian.PutUint32(hdr[0:], uint32(len(a)))
	binary.LittleEndian.PutUint32(hdr[4:], uint32(len(b)))
	binary.LittleEndian.PutUint32(hdr[8:], uint32(len(counts)))
	w.Write(hdr[:])
	w.Write(a)
	w.pad()
	w.Write(b)
	_, err = w.Write(counts)
	return ref, err
}

func writeList(w *fileWriter, base int64, list []byte) (uint64, error) {
	ref := uint64(w.off-base)<<2 | refList
	_, err := w.Write(list)
	return ref, err
}

// encodeList returns the list form of a posting.
func encodeList(l postingList) []byte {
	b := binary.AppendUvarint(make([]byte, 0, 2*len(l)+2), uint64(len(l)))
	prev := uint32(0)
	for _, e := range l {
		ord, c := e>>8, e&0xff
		multi := uint64(0)
		if c > 1 {
			multi = 1
		}
		b = binary.AppendUvarint(b, uint64(ord-prev)<<1|multi)
		if c > 1 {
			b = append(b, byte(c))
		}
		prev = ord
	}
	return b
}

// encodeRoaring returns the roaring form of a posting: its paragraphs, the
// paragraphs with a count over one (empty when there are none) and their
// counts.
func encodeRoaring(l postingList) (a, b, counts []byte, err error) {
	bm := roaring.New()
	multi := roaring.New()
	ords := make([]uint32, len(l))
	for i, e := range l {
		ords[i] = e >> 8
		if c := e & 0xff; c > 1 {
			multi.Add(e >> 8)
			counts = append(counts, byte(c))
		}
	}
	bm.AddMany(ords)
	bm.RunOptimize()
	multi.RunOptimize()
	if a, err = bm.ToBytes(); err != nil {
		return nil, nil, nil, err
	}
	if len(counts) > 0 {
		if b, err = multi.ToBytes(); err != nil {
			return nil, nil, nil, err
		}
	}
	return a, b, counts, nil
}

// gram is a term of the dictionary with its posting.
type gram struct {
	key  []byte
	list postingList
}

// denseRunes is the range of characters counted in an array rather than
// a map while collecting: every CJK character in common use.
const denseRunes = 0x30000

// gramPart holds the postings of a range of paragraphs.
type gramPart struct {
	uni   []int32 // per rune below denseRunes: gram number + 1
	uniHi map[rune]int32
	bi    *pairTable
	keys  [][]byte
	lists []postingList
}

// id returns the number of the gram of a and, when b >= 0, b; slot holds
// its number + 1, or 0 for a gram not numbered yet.
func (g *gramPart) id(a, b rune, slot *int32) uint32 {
	if *slot == 0 {
		key := utf8.AppendRune(make([]byte, 0, 8), a)
		if b >= 0 {
			key = utf8.AppendRune(key, b)
		}
		g.keys = append(g.keys, key)
		*slot = int32(len(g.keys))
	}
	return uint32(*slot - 1)
}

// collectPart collects the postings of paragraphs [lo, hi) in two passes:
// the grams of every paragraph are logged as numbers, then counted, and
// each gram's posting is filled in place in one array, so that no list
// grows by appending.
func collectPart(paras []Paragraph, lo, hi int) *gramPart {
	g := &gramPart{uni: make([]int32, denseRunes), uniHi: map[rune]int32{}, bi: newPairTable()}
	size := 0
	for i := lo; i < hi; i++ {
		size += 2 * utf8.RuneCountInString(paras[i].Norm)
	}
	log := make([]uint32, 0, size)
	starts := make([]int, 0, hi-lo+1)
	for i := lo; i < hi; i++ {
		starts = append(starts, len(log))
		prev := rune(-1)
		for _, r := range paras[i].Norm {
			if r < denseRunes {
				log = append(log, g.id(r, -1, &g.uni[r]))
			} else {
				slot := g.uniHi[r]
				log = append(log, g.id(r, -1, &slot))
				g.uniHi[r] = slot
			}
			if prev >= 0 {
				k := uint64(prev)<<32 | uint64(r)
				if slot := g.bi.slot(k); *slot == 0 {
					log = append(log, g.id(prev, r, slot))
				} else {
					log = append(log, uint32(*slot-1))
				}
			}
			prev = r
		}
	}
	starts = append(starts, len(log))
	// Each gram's share of one array, then its paragraphs in order.
	offs := make([]int, len(g.keys)+1)
	for _, id := range log {
		offs[id+1]++
	}
	for i := 1; i < len(offs); i++ {
		offs[i] += offs[i-1]
	}
	cur := slices.Clone(offs[:len(g.keys)])
	arena := make([]uint32, len(log))
	for p := 0; p+1 < len(starts); p++ {
		ord := uint32(lo + p)
		for _, id := range log[starts[p]:starts[p+1]] {
			c := cur[id]
			if c > offs[id] && arena[c-1]>>8 == ord {
				if arena[c-1]&0xff < 255 {
					arena[c-1]++
				}
				continue
			}
			arena[c] = ord<<8 | 1
			cur[id]++
		}
	}
	g.lists = make([]postingList, len(g.keys))
	for id := range g.lists {
		g.lists[id] = arena[offs[id]:cur[id]:cur[id]]
	}
	return g
}

// ranges splits n paragraphs into one range per core (one for fewer than
// 4,000 paragraphs): span(w) is range w's [lo, hi).
func ranges(n int) (workers int, span func(w int) (lo, hi int)) {
	workers = max(1, min(runtime.GOMAXPROCS(0), n/2000))
	chunk := (n + workers - 1) / workers
	return workers, func(w int) (int, int) {
		return min(n, w*chunk), min(n, (w+1)*chunk)
	}
}

// collectGrams returns the characters and adjacent pairs of characters of
// the normalized texts with their postings, sorted by key. Ranges of
// paragraphs are collected on every core and joined in order.
func collectGrams(paras []Paragraph) []gram {
	workers, span := ranges(len(paras))
	parts := make([]*gramPart, workers)
	par.Do(workers, workers, func(w int) {
		lo, hi := span(w)
		parts[w] = collectPart(paras, lo, hi)
	})
	if len(parts) == 1 {
		out := make([]gram, len(parts[0].lists))
		for i, l := range parts[0].lists {
			out[i] = gram{parts[0].keys[i], l}
		}
		slices.SortFunc(out, func(a, b gram) int { return bytes.Compare(a.key, b.key) })
		return out
	}
	byKey := map[string]int{}
	var out []gram
	for _, p := range parts {
		for i, key := range p.keys {
			k, ok := byKey[string(key)]
			if !ok {
				k = len(out)
				byKey[string(key)] = k
				out = append(out, gram{key: key})
			}
			out[k].list = append(out[k].list, p.lists[i]...)
		}
	}
	slices.SortFunc(out, func(a, b gram) int { return bytes.Compare(a.key, b.key) })
	return out
}

// facetField is one facet field's sorted values, each paragraph's value
// number and each value's paragraphs.
type facetField struct {
	values []string
	column []uint32
	lists  []postingList
}

func collectFacets(in *Input) []facetField {
	out := make([]facetField, len(in.Fields))
	for f := range in.Fields {
		seen := map[string]bool{}
		for _, p := range in.Paras {
			seen[p.Facets[f]] = true
		}
		ff := &out[f]
		for v := range seen {
			ff.values = append(ff.values, v)
		}
		sort.Strings(ff.values)
		num := make(map[string]uint32, len(ff.values))
		for k, v := range ff.values {
			num[v] = uint32(k)
			ff.lists = append(ff.lists, nil)
		}
		ff.column = make([]uint32, len(in.Paras))
		for i, p := range in.Paras {
			k := num[p.Facets[f]]
			ff.column[i] = k
			ff.lists[k].add(uint32(i))
		}
	}
	return out
}

// stringSection writes a string table of n strings; get is called twice
// for each.
func (s *sectionWriter) stringSection(name string, n int, get func(i int) string) error {
	return s.section(name, func() error {
		head := make([]byte, 0, 12+4*n)
		head = binary.LittleEndian.AppendUint32(head, uint32(n))
		head = binary.LittleEndian.AppendUint32(head, 0)
		head = binary.LittleEndian.AppendUint32(head, 0)
		total := 0
		for i := 0; i < n; i++ {
			total += len(get(i))
			if total > 1<<32-1 {
				return fmt.Errorf("string table over 4 GiB")
			}
			head = binary.LittleEndian.AppendUint32(head, uint32(total))
		}
		if _, err := s.Write(head); err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			if _, err := s.writeString(get(i)); err != nil {
				return err
			}
		}
		return nil
	})
}

// encodeTexts writes the texts of the paragraphs: the norm, normsum,
// text and bounds sections and, from version 5, the codes of the norm
// and text tables (normcode, textcode).
func encodeTexts(w *sectionWriter, in *Input, grams []gram) error {
	paras := in.Paras
	normCode, textCode := charcode.UTF8(), charcode.UTF8()
	if in.version() >= 5 {
		var err error
		if normCode, err = charcode.New(charcode.Rank(gramCounts(grams))); err != nil {
			return err
		}
	}
	norms := make([]string, len(paras))
	texts := make([]string, len(paras))
	bounds := make([]string, len(paras))
	workers := runtime.GOMAXPROCS(0)
	freqs := make([]charcode.Freq, workers)
	inserts := make([]charcode.Counter, workers)
	par.Do(workers, workers, func(k int) {
		for i := k; i < len(paras); i += workers {
			norms[i] = normCode.Encode(paras[i].Norm)
			freqs[k].Add(unsafe.Slice(unsafe.StringData(norms[i]), len(norms[i])))
			edit := encodeText(paras[i].Text, paras[i].Norm)
			if !normCode.Identity() {
				countInserts(edit, &inserts[k])
			}
			texts[i] = string(edit)
			bounds[i] = string(encodeBounds(paras[i].Norm, paras[i].Bounds))
		}
	})
	if !normCode.Identity() {
		for k := 1; k < workers; k++ {
			inserts[0].Merge(&inserts[k])
		}
		var err error
		if textCode, err = charcode.New(charcode.Rank(inserts[0].Counts())); err != nil {
			return err
		}
		par.Do(workers, workers, func(k int) {
			for i := k; i < len(paras); i += workers {
				texts[i] = string(codeInserts([]byte(texts[i]), textCode))
			}
		})
	}
	if err := w.stringSection("norm", len(paras), func(i int) string { return norms[i] }); err != nil {
		return err
	}
	sums := make([]byte, 0, 4*len(paras))
	for _, n := range norms {
		sums = binary.LittleEndian.AppendUint32(sums, crc32.Checksum(unsafe.Slice(unsafe.StringData(n), len(n)), castagnoli))
	}
	if err := w.bytesSection("normsum", sums); err != nil {
		return err
	}
	if err := w.stringSection("text", len(paras), func(i int) string { return texts[i] }); err != nil {
		return err
	}
	if err := w.stringSection("bounds", len(paras), func(i int) string { return bounds[i] }); err != nil {
		return err
	}
	if normCode.Identity() {
		return nil
	}
	for k := 1; k < workers; k++ {
		for b, n := range freqs[k] {
			freqs[0][b] += n
		}
	}
	if err := w.bytesSection("normcode", normCode.Marshal(&freqs[0])); err != nil {
		return err
	}
	return w.bytesSection("textcode", textCode.Table())
}

// gramCounts returns how often each character occurs, from the
// characters' postings (a paragraph's count saturating at 255).
func gramCounts(grams []gram) map[rune]int64 {
	counts := map[rune]int64{}
	for _, g := range grams {
		r, size := utf8.DecodeRune(g.key)
		if size != len(g.key) {
			continue
		}
		n := int64(0)
		for _, e := range g.list {
			n += int64(e & 0xff)
		}
		counts[r] = n
	}
	return counts
}

// encodeRecords writes the paragraph table with its kinds and section
// paths.
func encodeRecords(w *sectionWriter, paras []Paragraph) error {
	var kinds, paths []string
	kindNum, pathNum := map[string]uint32{}, map[string]uint32{}
	intern := func(m map[string]uint32, list *[]string, v string) uint32 {
		k, ok := m[v]
		if !ok {
			k = uint32(len(*list))
			m[v] = k
			*list = append(*list, v)
		}
		return k
	}
	recs := make([]byte, 0, len(paras)*paraSize)
	for _, p := range paras {
		var path []byte
		for _, t := range p.SectionPath {
			path = binary.AppendUvarint(path, uint64(len(t)))
			path = append(path, t...)
		}
		var rec [paraSize]byte
		binary.LittleEndian.PutUint32(rec[0:], p.Doc)
		binary.LittleEndian.PutUint32(rec[4:], p.Position)
		binary.LittleEndian.PutUint32(rec[8:], intern(pathNum, &paths, string(path)))
		binary.LittleEndian.PutUint16(rec[12:], uint16(min(utf8.RuneCountInString(p.Norm), 65535)))
		k := intern(kindNum, &kinds, p.Kind)
		if k > 255 {
			return fmt.Errorf("more than 256 paragraph kinds")
		}
		rec[14] = byte(k)
		recs = append(recs, rec[:]...)
	}
	if err := w.bytesSection("paras", recs); err != nil {
		return err
	}
	if err := w.stringSection("kinds", len(kinds), func(i int) string { return kinds[i] }); err != nil {
		return err
	}
	return w.stringSection("paths", len(paths), func(i int) string { return paths[i] })
}

func encodeDocuments(w *sectionWriter, in *Input) error {
	var docs []string
	for _, d := range in.Docs {
		b, err := json.Marshal(d)
		if err != nil {
			return err
		}
		docs = append(docs, string(b))
	}
	if err := w.stringSection("docs", len(docs), func(i int) string { return docs[i] }); err != nil {
		return err
	}
	starts := make([]byte, 0, 4*(len(in.Docs)+1))
	next := 0
	for d := range in.Docs {
		for next < len(in.Paras) && int(in.Paras[next].Doc) < d {
			next++
		}
		starts = binary.LittleEndian.AppendUint32(starts, uint32(next))
	}
	starts = binary.LittleEndian.AppendUint32(starts, uint32(len(in.Paras)))
	if err := w.bytesSection("docstart", starts); err != nil {
		return err
	}
	ids := make([]int, len(in.Docs))
	for i := range ids {
		ids[i] = i
	}
	slices.SortFunc(ids, func(a, b int) int { return strings.Compare(in.Docs[a].ID, in.Docs[b].ID) })
	var fst bytes.Buffer
	b, err := vellum.New(&fst, nil)
	if err != nil {
		return err
	}
	for i, d := range ids {
		if i > 0 && in.Docs[ids[i-1]].ID == in.Docs[d].ID {
			return fmt.Errorf("document ID %q twice", in.Docs[d].ID)
		}
		if err := b.Insert([]byte(in.Docs[d].ID), uint64(d)); err != nil {
			return err
		}
	}
	if err := b.Close(); err != nil {
		return err
	}
	return w.bytesSection("docids", fst.Bytes())
}

func encodeFacets(w *sectionWriter, fields []string, facets []facetField, postings [][]uint64) error {
	if err := w.stringSection("fields", len(fields), func(i int) string { return fields[i] }); err != nil {
		return err
	}
	for f, name := range fields {
		ff := facets[f]
		if err := w.stringSection("facet."+name+".values", len(ff.values), func(i int) string { return ff.values[i] }); err != nil {
			return err
		}
		width := 4
		switch {
		case len(ff.values) <= 1<<8:
			width = 1
		case len(ff.values) <= 1<<16:
			width = 2
		}
		col := binary.LittleEndian.AppendUint32(nil, uint32(width))
		col = binary.LittleEndian.AppendUint32(col, 0)
		for _, k := range ff.column {
			switch width {
			case 1:
				col = append(col, byte(k))
			case 2:
				col = binary.LittleEndian.AppendUint16(col, uint16(k))
			default:
				col = binary.LittleEndian.AppendUint32(col, k)
			}
		}
		if err := w.bytesSection("facet."+name+".column", col); err != nil {
			return err
		}
		var offs []byte
		for _, o := range postings[f] {
			offs = binary.LittleEndian.AppendUint64(offs, o)
		}
		if err := w.bytesSection("facet."+name+".postings", offs); err != nil {
			return err
		}
	}
	return nil
}

// encodeWords writes the words section: every word of the paragraphs (the
// pieces of the normalized text between word starts) with the number of
// paragraphs that have it as a word.
func encodeWords(w *sectionWriter, paras []Paragraph) error {
	counts := map[string]uint64{}
	seen := map[string]bool{}
	for i := range paras {
		clear(seen)
		for _, word := range Words(paras[i].Norm, paras[i].Bounds) {
			if !seen[word] {
				seen[word] = true
				counts[word]++
			}
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var buf bytes.Buffer
	fst, err := vellum.New(&buf, nil)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if err := fst.Insert([]byte(k), counts[k]); err != nil {
			return err
		}
	}
	if err := fst.Close(); err != nil {
		return err
	}
	return w.bytesSection("words", buf.Bytes())
}

// Words cuts a normalized text into its words at the starts that bounds
// marks (one bit per byte, LSB first). Without bounds it returns nil.
func Words(norm string, bounds []byte) []string {
	if len(bounds) == 0 {
		return nil
	}
	var out []string
	start := -1
	for i := 0; i < len(norm); i++ {
		if i/8 < len(bounds) && bounds[i/8]&(1<<(i%8)) != 0 {
			if start >= 0 && utf8.RuneStart(norm[start]) {
				out = append(out, norm[start:i])
			}
			start = i
		}
	}
	if start >= 0 {
		out = append(out, norm[start:])
	}
	return out
}
