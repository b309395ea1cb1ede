package segfile

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/vellum"
	"github.com/blevesearch/vellum/levenshtein"
	"golang.org/x/sys/unix"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index/internal/charcode"
	"github.com/govsearch/govsearch/index/internal/dense"
)

// ErrCorrupt is wrapped by every error that reports a damaged or
// truncated segment; the message names the file.
var ErrCorrupt = errors.New("segment is corrupt")

// Segment is an opened segment, its file mapped read-only. It is safe for
// concurrent use. Strings and bitmaps it returns point into the mapping
// unless said otherwise: they are valid until Close.
type Segment struct {
	path    string
	file    *os.File // kept open for Norms, which reads with pread
	data    []byte
	dataEnd int    // end of the chunked data: start of the chunk table
	crcs    []byte // chunk checksums
	// verifiedBits holds one bit per chunk, set once verified; atomic.
	verifiedBits []uint64
	sections     map[string][2]int

	postings []byte
	postBase int // offset of postings in the file
	parasOff int // offset of paras in the file
	terms    *vellum.FST
	docIDs   *vellum.FST
	words    *vellum.FST // nil in segments written before the section
	version  int
	norm     table
	// normCode codes the norm table, textCode the bytes the text
	// table's edits insert: UTF-8 itself before version 5.
	normCode *charcode.Code
	textCode *charcode.Code
	normSums []byte // u32 CRC-32C of each paragraph's entry of norm
	// normOK holds one bit per paragraph, set once its normalized text
	// has been checked against its sum; atomic.
	normOK   []uint64
	text     table
	bounds   table
	paras    []byte
	kinds    []string
	paths    table
	docs     table
	docStart []byte
	fields   []string
	facets   []facetColumn
	stats    Stats
	// byteFreq counts the bytes of a sample of the normalized texts of
	// a segment whose code stores no counts (version 4), made once, when
	// first asked (ByteFrequencies).
	byteOnce sync.Once
	byteFreq charcode.Freq
}

// Stats are a segment's figures, for ranking (BM25's average length) and
// for reports.
type Stats struct {
	Paragraphs int
	Documents  int
	Characters int64 // characters of normalized text
	Terms      int   // distinct characters and pairs, and the kept trigrams
}

// facetColumn is one facet field of a segment.
type facetColumn struct {
	values   []string
	width    int
	column   []byte
	colBase  int    // offset of column in the file
	postings []byte // u64 offset per value
}

// table is a string table read in place.
type table struct {
	n    int
	offs []byte
	data []byte
	base int // offset of data in the file
}

// Open maps the segment at path and checks its header, trailer and
// directory; see the package comment for what is verified when.
func Open(path string) (*Segment, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open segment: %w", err)
	}
	s, err := mapSegment(path, f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return s, nil
}

func mapSegment(path string, f *os.File) (*Segment, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("open segment: %w", err)
	}
	if fi.Size() < headerSize+trailerSize {
		return nil, fmt.Errorf("segment %s: %w: %d bytes is too short", path, ErrCorrupt, fi.Size())
	}
	if fi.Size() > 1<<40 {
		return nil, fmt.Errorf("segment %s: %w: %d bytes is too large", path, ErrCorrupt, fi.Size())
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(fi.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, fmt.Errorf("map segment %s: %w", path, err)
	}
	s := &Segment{path: path, file: f, data: data}
	if err := s.load(); err != nil {
		unix.Munmap(data)
		return nil, err
	}
	return s, nil
}

// Close unmaps the file. Nothing the segment returned may be used after.
func (s *Segment) Close() error {
	if s.data == nil {
		return nil
	}
	err := unix.Munmap(s.data)
	s.data = nil
	if cerr := s.file.Close(); err == nil {
		err = cerr
	}
	return err
}

// Path is the file the segment was opened from.
func (s *Segment) Path() string { return s.path }

// Stats returns the segment's figures.
func (s *Segment) Stats() Stats { return s.stats }

// SectionSize is the size of one section of a segment file.
type SectionSize struct {
	Name  string
	Bytes int
}

// Sizes lists the file's sections, largest first: what the bytes of an
// index are spent on.
func (s *Segment) Sizes() []SectionSize {
	var out []SectionSize
	for name, sp := range s.sections {
		out = append(out, SectionSize{name, sp[1]})
	}
	slices.SortFunc(out, func(a, b SectionSize) int { return b.Bytes - a.Bytes })
	return out
}

// Len is the number of paragraphs.
func (s *Segment) Len() int { return s.stats.Paragraphs }

func (s *Segment) corrupt(format string, args ...any) error {
	return fmt.Errorf("segment %s: %w: %s", s.path, ErrCorrupt, fmt.Sprintf(format, args...))
}

func (s *Segment) load() error {
	d := s.data
	if string(d[:8]) != magic {
		return s.corrupt("bad magic")
	}
	v := binary.LittleEndian.Uint32(d[8:])
	if v < MinVersion || v > Version {
		return fmt.Errorf("segment %s has format version %d, this program reads %d to %d: rebuild the index", s.path, v, MinVersion, Version)
	}
	s.version = int(v)
	if cs := binary.LittleEndian.Uint32(d[12:]); cs != chunkSize {
		return s.corrupt("chunk size %d", cs)
	}
	t := d[len(d)-trailerSize:]
	if string(t[24:]) != endMagic {
		return s.corrupt("bad trailer (truncated?)")
	}
	chunksOff := binary.LittleEndian.Uint64(t[0:])
	dirOff := binary.LittleEndian.Uint64(t[8:])
	dirLen := uint64(binary.LittleEndian.Uint32(t[16:]))
	end := uint64(len(d) - trailerSize)
	nChunks := (chunksOff + chunkSize - 1) / chunkSize
	if chunksOff < headerSize || chunksOff > end || dirOff != chunksOff+4*nChunks || dirOff+dirLen != end {
		return s.corrupt("bad trailer offsets")
	}
	sum := crc32.Update(crc32.Checksum(d[:headerSize], castagnoli), castagnoli, d[chunksOff:end])
	if sum != binary.LittleEndian.Uint32(t[20:]) {
		return s.corrupt("directory checksum mismatch")
	}
	s.dataEnd = int(chunksOff)
	s.crcs = d[chunksOff:dirOff]
	s.verifiedBits = make([]uint64, (nChunks+63)/64)
	if err := s.readDirectory(d[dirOff:end]); err != nil {
		return err
	}
	return s.loadSections()
}

func (s *Segment) readDirectory(dir []byte) error {
	s.sections = map[string][2]int{}
	if len(dir) < 4 {
		return s.corrupt("short directory")
	}
	n := int(binary.LittleEndian.Uint32(dir))
	dir = dir[4:]
	for i := 0; i < n; i++ {
		if len(dir) < 2 {
			return s.corrupt("short directory")
		}
		l := int(binary.LittleEndian.Uint16(dir))
		if len(dir) < 2+l+16 {
			return s.corrupt("short directory")
		}
		name := string(dir[2 : 2+l])
		off := binary.LittleEndian.Uint64(dir[2+l:])
		size := binary.LittleEndian.Uint64(dir[2+l+8:])
		if off < headerSize || off > uint64(s.dataEnd) || size > uint64(s.dataEnd)-off {
			return s.corrupt("section %s out of bounds", name)
		}
		s.sections[name] = [2]int{int(off), int(size)}
		dir = dir[2+l+16:]
	}
	return nil
}

// section returns a section's bytes, verifying them first when verify is
// set.
func (s *Segment) section(name string, verify bool) ([]byte, int, error) {
	sp, ok := s.sections[name]
	if !ok {
		return nil, 0, s.corrupt("no section %s", name)
	}
	if verify {
		if err := s.verify(sp[0], sp[1]); err != nil {
			return nil, 0, err
		}
	}
	return s.data[sp[0] : sp[0]+sp[1]], sp[0], nil
}

func (s *Segment) loadSections() error {
	var err error
	stats, _, err := s.section("stats", true)
	if err != nil {
		return err
	}
	if len(stats) < 32 {
		return s.corrupt("short stats")
	}
	s.stats = Stats{
		Paragraphs: int(binary.LittleEndian.Uint64(stats[0:])),
		Documents:  int(binary.LittleEndian.Uint64(stats[8:])),
		Characters: int64(binary.LittleEndian.Uint64(stats[16:])),
		Terms:      int(binary.LittleEndian.Uint64(stats[24:])),
	}
	if s.postings, s.postBase, err = s.section("postings", false); err != nil {
		return err
	}
	if s.terms, err = s.fst("terms"); err != nil {
		return err
	}
	if s.docIDs, err = s.fst("docids"); err != nil {
		return err
	}
	if _, ok := s.sections["words"]; ok {
		if s.words, err = s.fst("words"); err != nil {
			return err
		}
	}
	for _, t := range []struct {
		name string
		dst  *table
		n    int
	}{{"norm", &s.norm, s.stats.Paragraphs}, {"text", &s.text, s.stats.Paragraphs}, {"bounds", &s.bounds, s.stats.Paragraphs},
		{"paths", &s.paths, -1}, {"docs", &s.docs, s.stats.Documents}} {
		if *t.dst, err = s.table(t.name, t.n); err != nil {
			return err
		}
	}
	if err := s.loadCodes(); err != nil {
		return err
	}
	if s.normSums, _, err = s.section("normsum", true); err != nil {
		return err
	}
	if len(s.normSums) != 4*s.stats.Paragraphs {
		return s.corrupt("%d bytes of normalized-text sums for %d paragraphs", len(s.normSums), s.stats.Paragraphs)
	}
	s.normOK = make([]uint64, (s.stats.Paragraphs+63)/64)
	if s.paras, s.parasOff, err = s.section("paras", false); err != nil {
		return err
	}
	if len(s.paras) != paraSize*s.stats.Paragraphs {
		return s.corrupt("paragraph table of %d bytes for %d paragraphs", len(s.paras), s.stats.Paragraphs)
	}
	if s.docStart, _, err = s.section("docstart", true); err != nil {
		return err
	}
	if len(s.docStart) != 4*(s.stats.Documents+1) {
		return s.corrupt("document table of %d bytes for %d documents", len(s.docStart), s.stats.Documents)
	}
	if s.kinds, err = s.strings("kinds"); err != nil {
		return err
	}
	if s.fields, err = s.strings("fields"); err != nil {
		return err
	}
	for _, name := range s.fields {
		fc, err := s.facetColumn(name)
		if err != nil {
			return err
		}
		s.facets = append(s.facets, fc)
	}
	return nil
}

// loadCodes reads the codes of the norm and text tables.
func (s *Segment) loadCodes() error {
	if s.version < 5 {
		s.normCode, s.textCode = charcode.UTF8(), charcode.UTF8()
		return nil
	}
	b, _, err := s.section("normcode", true)
	if err != nil {
		return err
	}
	if s.normCode, err = charcode.Unmarshal(b); err != nil {
		return s.corrupt("normcode: %v", err)
	}
	if b, _, err = s.section("textcode", true); err != nil {
		return err
	}
	if s.textCode, err = charcode.Parse(b); err != nil {
		return s.corrupt("textcode: %v", err)
	}
	return nil
}

func (s *Segment) fst(name string) (*vellum.FST, error) {
	b, _, err := s.section(name, true)
	if err != nil {
		return nil, err
	}
	f, err := vellum.Load(b)
	if err != nil {
		return nil, s.corrupt("%s: %v", name, err)
	}
	return f, nil
}

// table reads a string table's header; n, when not -1, is the number of
// entries it must have.
func (s *Segment) table(name string, n int) (table, error) {
	b, off, err := s.section(name, false)
	if err != nil {
		return table{}, err
	}
	if err := s.verify(off, min(len(b), 8)); err != nil {
		return table{}, err
	}
	if len(b) < 8 {
		return table{}, s.corrupt("short table %s", name)
	}
	count := int(binary.LittleEndian.Uint32(b))
	if (n >= 0 && count != n) || 8+4*(count+1) > len(b) {
		return table{}, s.corrupt("table %s: %d entries", name, count)
	}
	head := 8 + 4*(count+1)
	return table{n: count, offs: b[8:head], data: b[head:], base: off + head}, nil
}

// entry returns entry i of t, verified, pointing into the mapping.
func (s *Segment) entry(t *table, i int) ([]byte, error) {
	lo, hi, err := s.span(t, i)
	if err != nil {
		return nil, err
	}
	if err := s.verify(lo, hi-lo); err != nil {
		return nil, err
	}
	return s.data[lo:hi], nil
}

// span returns where entry i of t lies in the file, its offsets verified
// but not its bytes.
func (s *Segment) span(t *table, i int) (lo, hi int, err error) {
	if i < 0 || i >= t.n {
		return 0, 0, fmt.Errorf("segment %s: entry %d of %d", s.path, i, t.n)
	}
	offsOff := t.base - 4*(t.n+1)
	if err := s.verify(offsOff+4*i, 8); err != nil {
		return 0, 0, err
	}
	l := binary.LittleEndian.Uint32(t.offs[4*i:])
	h := binary.LittleEndian.Uint32(t.offs[4*i+4:])
	if l > h || int(h) > len(t.data) {
		return 0, 0, s.corrupt("string table entry %d out of bounds", i)
	}
	return t.base + int(l), t.base + int(h), nil
}

// strings reads a whole small string table, copied.
func (s *Segment) strings(name string) ([]string, error) {
	t, err := s.table(name, -1)
	if err != nil {
		return nil, err
	}
	out := make([]string, t.n)
	for i := range out {
		b, err := s.entry(&t, i)
		if err != nil {
			return nil, err
		}
		out[i] = string(b)
	}
	return out, nil
}

func (s *Segment) facetColumn(name string) (facetColumn, error) {
	var fc facetColumn
	var err error
	if fc.values, err = s.strings("facet." + name + ".values"); err != nil {
		return fc, err
	}
	col, off, err := s.section("facet."+name+".column", false)
	if err != nil {
		return fc, err
	}
	if err := s.verify(off, min(8, len(col))); err != nil {
		return fc, err
	}
	if len(col) < 8 {
		return fc, s.corrupt("short facet column %s", name)
	}
	fc.width = int(binary.LittleEndian.Uint32(col))
	fc.column, fc.colBase = col[8:], off+8
	if (fc.width != 1 && fc.width != 2 && fc.width != 4) || len(fc.column) != fc.width*s.stats.Paragraphs {
		return fc, s.corrupt("facet column %s", name)
	}
	if fc.postings, _, err = s.section("facet."+name+".postings", true); err != nil {
		return fc, err
	}
	if len(fc.postings) != 8*len(fc.values) {
		return fc, s.corrupt("facet postings %s", name)
	}
	return fc, nil
}

// verify checks the chunks that hold data[off:off+n] against their
// checksums, once per chunk for the life of the segment.
func (s *Segment) verify(off, n int) error {
	if off < 0 || n < 0 || off+n > s.dataEnd {
		return s.corrupt("read of %d bytes at %d out of bounds", n, off)
	}
	if n == 0 {
		return nil
	}
	for c := off / chunkSize; c <= (off+n-1)/chunkSize; c++ {
		word, bit := &s.verifiedBits[c/64], uint64(1)<<(c%64)
		if atomic.LoadUint64(word)&bit != 0 {
			continue
		}
		lo, hi := c*chunkSize, min((c+1)*chunkSize, s.dataEnd)
		if crc32.Checksum(s.data[lo:hi], castagnoli) != binary.LittleEndian.Uint32(s.crcs[4*c:]) {
			return s.corrupt("checksum mismatch in bytes %d–%d", lo, hi)
		}
		atomic.OrUint64(word, bit)
	}
	return nil
}

// Verify checks every chunk of the file.
func (s *Segment) Verify() error { return s.verify(0, s.dataEnd) }

// Posting is the set of paragraphs that contain a term, with how often
// each contains it.
type Posting struct {
	// bits holds a long posting's paragraphs; it points into the
	// mapping. Nil for a short posting until Bitmap makes it.
	bits *roaring.Bitmap
	// A long posting's counts: the paragraphs with two or more, and
	// their counts in its order.
	multi  *roaring.Bitmap
	counts []byte
	// A short posting's paragraphs and counts.
	ords      []uint32
	ordCounts []uint8
}

// Bitmap returns the posting's paragraphs. It may point into the mapping:
// read it, never modify it (Clone first). A short posting (inline or a
// list) makes it from its paragraphs on each call; Len and Contains do
// not need it.
func (p Posting) Bitmap() *roaring.Bitmap {
	if p.bits == nil {
		return roaring.BitmapOf(p.ords...)
	}
	return p.bits
}

// Short returns the paragraphs of a short posting (inline or a list), in
// increasing order, and nil for a long one. Read only.
func (p Posting) Short() []uint32 { return p.ords }

// Len returns how many paragraphs contain the term.
func (p Posting) Len() int {
	if p.bits == nil {
		return len(p.ords)
	}
	return int(p.bits.GetCardinality())
}

// Contains reports whether paragraph ord contains the term.
func (p Posting) Contains(ord uint32) bool {
	if p.bits == nil {
		_, ok := slices.BinarySearch(p.ords, ord)
		return ok
	}
	return p.bits.Contains(ord)
}

// Count returns how often paragraph ord contains the term: 0 if it is not
// in the posting, at most 255.
func (p Posting) Count(ord uint32) uint8 {
	if p.ords != nil {
		if i, ok := slices.BinarySearch(p.ords, ord); ok {
			return p.ordCounts[i]
		}
		return 0
	}
	if !p.bits.Contains(ord) {
		return 0
	}
	if p.multi == nil || !p.multi.Contains(ord) {
		return 1
	}
	return p.counts[p.multi.Rank(ord)-1]
}

// Term looks up a character, a pair of characters or a kept trigram of
// normalized text. ok is false when no paragraph contains it, or for a
// trigram, when the segment does not keep it (see the package comment).
func (s *Segment) Term(gram string) (p Posting, ok bool, err error) {
	ref, ok, err := s.terms.Get([]byte(gram))
	if err != nil {
		return Posting{}, false, s.corrupt("term dictionary: %v", err)
	}
	if !ok {
		return Posting{}, false, nil
	}
	p, err = s.posting(ref)
	return p, err == nil, err
}

// posting reads the posting a reference points to.
func (s *Segment) posting(ref uint64) (Posting, error) {
	var ord uint64
	var c uint8
	switch ref & refKind {
	case refRoaring:
		return s.roaringPosting((ref >> 2) * 8)
	case refList:
		return s.listPosting(ref >> 2)
	case refCounted:
		ord, c = ref>>10, uint8(ref>>2)
	default:
		ord, c = ref>>2, 1
	}
	if ord >= uint64(s.stats.Paragraphs) || c == 0 {
		return Posting{}, s.corrupt("inline posting %x", ref)
	}
	return Posting{ords: []uint32{uint32(ord)}, ordCounts: []uint8{c}}, nil
}

func (s *Segment) listPosting(off uint64) (Posting, error) {
	if off >= uint64(len(s.postings)) {
		return Posting{}, s.corrupt("posting at %d out of bounds", off)
	}
	// A list of n is at most a uvarint and n × (5 + 1) bytes.
	end := min(len(s.postings), int(off)+binary.MaxVarintLen64)
	if err := s.verify(s.postBase+int(off), end-int(off)); err != nil {
		return Posting{}, err
	}
	n, k := binary.Uvarint(s.postings[off:end])
	if k <= 0 || n < 2 || n > listMax {
		return Posting{}, s.corrupt("list posting at %d", off)
	}
	end = min(len(s.postings), int(off)+k+int(n)*6)
	if err := s.verify(s.postBase+int(off), end-int(off)); err != nil {
		return Posting{}, err
	}
	b := s.postings[int(off)+k : end]
	p := Posting{ords: make([]uint32, n), ordCounts: make([]uint8, n)}
	ord := uint64(0)
	for i := range p.ords {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return Posting{}, s.corrupt("list posting at %d", off)
		}
		b = b[k:]
		ord += v >> 1
		c := uint8(1)
		if v&1 != 0 {
			if len(b) == 0 {
				return Posting{}, s.corrupt("list posting at %d", off)
			}
			c, b = b[0], b[1:]
		}
		if ord >= uint64(s.stats.Paragraphs) || (i > 0 && uint32(ord) <= p.ords[i-1]) {
			return Posting{}, s.corrupt("list posting at %d", off)
		}
		p.ords[i], p.ordCounts[i] = uint32(ord), c
	}
	return p, nil
}

func (s *Segment) roaringPosting(off uint64) (Posting, error) {
	base := s.postBase
	if off+16 > uint64(len(s.postings)) {
		return Posting{}, s.corrupt("posting at %d out of bounds", off)
	}
	o := int(off)
	if err := s.verify(base+o, 16); err != nil {
		return Posting{}, err
	}
	a := int(binary.LittleEndian.Uint32(s.postings[o:]))
	b := int(binary.LittleEndian.Uint32(s.postings[o+4:]))
	c := int(binary.LittleEndian.Uint32(s.postings[o+8:]))
	if a > len(s.postings) || b > len(s.postings) || c > len(s.postings) {
		return Posting{}, s.corrupt("posting at %d out of bounds", off)
	}
	aEnd := o + 16 + a
	bOff := (aEnd + 7) &^ 7
	end := bOff + b + c
	if end > len(s.postings) {
		return Posting{}, s.corrupt("posting at %d out of bounds", off)
	}
	if err := s.verify(base+o, end-o); err != nil {
		return Posting{}, err
	}
	var p Posting
	p.bits = roaring.New()
	if _, err := p.bits.FromBuffer(s.postings[o+16 : aEnd]); err != nil {
		return Posting{}, s.corrupt("posting at %d: %v", off, err)
	}
	if b > 0 {
		p.multi = roaring.New()
		if _, err := p.multi.FromBuffer(s.postings[bOff : bOff+b]); err != nil {
			return Posting{}, s.corrupt("posting at %d: %v", off, err)
		}
		p.counts = s.postings[bOff+b : end]
		if uint64(c) != p.multi.GetCardinality() {
			return Posting{}, s.corrupt("posting at %d: %d counts for %d paragraphs", off, c, p.multi.GetCardinality())
		}
	}
	return p, nil
}

// Norm returns paragraph ord's normalized text, in UTF-8: decoded, or,
// in segments before version 5, pointing into the mapping.
func (s *Segment) Norm(ord uint32) (string, error) {
	b, err := s.normEntry(ord)
	if err != nil {
		return "", err
	}
	norm, err := s.normCode.Decode(unsafeString(b))
	if err != nil {
		return "", s.corrupt("normalized text of paragraph %d: %v", ord, err)
	}
	return norm, nil
}

// NormCode is the code of the normalized texts that CodedNorms reads: a
// term coded in it occurs in a coded text exactly where it occurs in
// the text (see package charcode).
func (s *Segment) NormCode() *charcode.Code { return s.normCode }

// CodedNorms calls fn with the normalized text of each of the paragraphs
// ords, which must be increasing, as the segment stores it: coded in
// NormCode. The text is valid only during the call. A text not checked
// before is read from the file (pread) and checked in that copy; texts
// checked before are read from the mapping. Matching a common term reads
// paragraphs spread over the whole norm section, and touching them
// through the mapping would fault most of the section into the
// process's resident memory (the kernel maps the pages around each
// fault): 240 MB and more CPU than the copies for 500k paragraphs.
func (s *Segment) CodedNorms(ords []uint32, fn func(ord uint32, coded string)) error {
	var buf []byte
	for _, ord := range ords {
		lo, hi, err := s.span(&s.norm, int(ord))
		if err != nil {
			return err
		}
		if s.normChecked(ord) {
			fn(ord, unsafeString(s.data[lo:hi]))
			continue
		}
		if cap(buf) < hi-lo {
			buf = make([]byte, max(hi-lo, 4096))
		}
		buf = buf[:hi-lo]
		if _, err := s.file.ReadAt(buf, int64(lo)); err != nil {
			return fmt.Errorf("segment %s: read norm of paragraph %d: %w", s.path, ord, err)
		}
		if err := s.checkNorm(ord, buf, lo, hi); err != nil {
			return err
		}
		fn(ord, unsafeString(buf))
	}
	return nil
}

// ByteFrequencies returns how often each byte value occurs in the
// segment's normalized texts as stored: a search for a term in many texts
// looks for its rarest byte (Freq.Rarest). Version 5 stores the counts
// with its code; for version 4 they are counted in a sample of the texts
// (16 stretches of 16 KB spread over them) the first time they are
// asked, read from the mapping without checking it against the
// checksums: they only decide which byte a search looks for first, never
// what the search finds.
func (s *Segment) ByteFrequencies() *charcode.Freq {
	if f := s.normCode.Freq(); f != nil {
		return f
	}
	s.byteOnce.Do(func() {
		const stretches, size = 16, 16 << 10
		data := s.norm.data
		step := max(size, len(data)/stretches)
		for off := 0; off < len(data); off += step {
			s.byteFreq.Add(data[off:min(off+size, len(data))])
		}
	})
	return &s.byteFreq
}

// normEntry returns paragraph ord's normalized text from the mapping,
// checked the first time it is read.
func (s *Segment) normEntry(ord uint32) ([]byte, error) {
	lo, hi, err := s.span(&s.norm, int(ord))
	if err != nil {
		return nil, err
	}
	if s.normChecked(ord) {
		return s.data[lo:hi], nil
	}
	if err := s.checkNorm(ord, s.data[lo:hi], lo, hi); err != nil {
		return nil, err
	}
	return s.data[lo:hi], nil
}

// normChecked reports whether paragraph ord's normalized text has been
// checked against its sum.
func (s *Segment) normChecked(ord uint32) bool {
	return atomic.LoadUint64(&s.normOK[ord/64])&(uint64(1)<<(ord%64)) != 0
}

// checkNorm checks b, paragraph ord's normalized text (bytes lo–hi of the
// file), against its sum, and records that it has been checked.
func (s *Segment) checkNorm(ord uint32, b []byte, lo, hi int) error {
	if crc32.Checksum(b, castagnoli) != binary.LittleEndian.Uint32(s.normSums[4*ord:]) {
		return s.corrupt("checksum mismatch in the normalized text of paragraph %d (bytes %d–%d)", ord, lo, hi)
	}
	atomic.OrUint64(&s.normOK[ord/64], uint64(1)<<(ord%64))
	return nil
}

func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// Text returns paragraph ord's original text, copied.
func (s *Segment) Text(ord uint32) (string, error) {
	norm, err := s.Norm(ord)
	if err != nil {
		return "", err
	}
	text, err := s.entry(&s.text, int(ord))
	if err != nil {
		return "", err
	}
	t, err := decodeText(text, norm, s.textCode)
	if err != nil {
		return "", s.corrupt("text of paragraph %d: %v", ord, err)
	}
	return t, nil
}

// Record is what the paragraph table holds about a paragraph.
type Record struct {
	Doc      uint32
	Position uint32
	Path     uint32 // section path number, for Path
	Length   int    // characters of normalized text, saturating at 65535
	Kind     string
}

// Record returns paragraph ord's entry in the paragraph table.
func (s *Segment) Record(ord uint32) (Record, error) {
	if int(ord) >= s.stats.Paragraphs {
		return Record{}, fmt.Errorf("segment %s: paragraph %d of %d", s.path, ord, s.stats.Paragraphs)
	}
	off := s.parasOff + paraSize*int(ord)
	if err := s.verify(off, paraSize); err != nil {
		return Record{}, err
	}
	rec := s.paras[paraSize*int(ord):]
	k := int(rec[14])
	if k >= len(s.kinds) {
		return Record{}, s.corrupt("paragraph %d: kind %d", ord, k)
	}
	return Record{
		Doc: binary.LittleEndian.Uint32(rec), Position: binary.LittleEndian.Uint32(rec[4:]),
		Path: binary.LittleEndian.Uint32(rec[8:]), Length: int(binary.LittleEndian.Uint16(rec[12:])), Kind: s.kinds[k],
	}, nil
}

// Records calls fn with every paragraph's entry in the paragraph table, in
// order. The table is verified once, then read without further checks:
// opening an index reads every record.
func (s *Segment) Records(fn func(ord uint32, r Record)) error {
	if err := s.verify(s.parasOff, len(s.paras)); err != nil {
		return err
	}
	for ord := 0; ord < s.stats.Paragraphs; ord++ {
		rec := s.paras[paraSize*ord:]
		k := int(rec[14])
		if k >= len(s.kinds) {
			return s.corrupt("paragraph %d: kind %d", ord, k)
		}
		fn(uint32(ord), Record{
			Doc: binary.LittleEndian.Uint32(rec), Position: binary.LittleEndian.Uint32(rec[4:]),
			Path: binary.LittleEndian.Uint32(rec[8:]), Length: int(binary.LittleEndian.Uint16(rec[12:])), Kind: s.kinds[k],
		})
	}
	return nil
}

// SectionPathEmpty reports whether section path number k is empty (a
// paragraph before any heading).
func (s *Segment) SectionPathEmpty(k uint32) (bool, error) {
	b, err := s.entry(&s.paths, int(k))
	return len(b) == 0, err
}

// SectionPath returns section path number k, copied.
func (s *Segment) SectionPath(k uint32) ([]string, error) {
	b, err := s.entry(&s.paths, int(k))
	if err != nil {
		return nil, err
	}
	out := []string{}
	for len(b) > 0 {
		l, n := binary.Uvarint(b)
		if n <= 0 || uint64(len(b)-n) < l {
			return nil, s.corrupt("section path %d", k)
		}
		out = append(out, string(b[n:n+int(l)]))
		b = b[n+int(l):]
	}
	return out, nil
}

// Paragraph materializes paragraph ord, copied out of the mapping, with
// its facet values.
func (s *Segment) Paragraph(ord uint32) (Paragraph, error) {
	rec, err := s.Record(ord)
	if err != nil {
		return Paragraph{}, err
	}
	p := Paragraph{Doc: rec.Doc, Position: rec.Position, Kind: rec.Kind}
	if p.Norm, err = s.Norm(ord); err != nil {
		return Paragraph{}, err
	}
	if s.normCode.Identity() {
		p.Norm = strings.Clone(p.Norm)
	}
	text, err := s.entry(&s.text, int(ord))
	if err != nil {
		return Paragraph{}, err
	}
	bounds, err := s.entry(&s.bounds, int(ord))
	if err != nil {
		return Paragraph{}, err
	}
	if p.Text, err = decodeText(text, p.Norm, s.textCode); err != nil {
		return Paragraph{}, s.corrupt("text of paragraph %d: %v", ord, err)
	}
	if p.Bounds, err = decodeBounds(bounds, p.Norm); err != nil {
		return Paragraph{}, s.corrupt("word starts of paragraph %d: %v", ord, err)
	}
	if p.SectionPath, err = s.SectionPath(rec.Path); err != nil {
		return Paragraph{}, err
	}
	for f := range s.fields {
		v, err := s.FacetValue(f, ord)
		if err != nil {
			return Paragraph{}, err
		}
		p.Facets = append(p.Facets, s.facets[f].values[v])
	}
	return p, nil
}

// Document returns document d's metadata.
func (s *Segment) Document(d uint32) (govsearch.Document, error) {
	b, err := s.entry(&s.docs, int(d))
	if err != nil {
		return govsearch.Document{}, err
	}
	var doc govsearch.Document
	if err := json.Unmarshal(b, &doc); err != nil {
		return govsearch.Document{}, s.corrupt("document %d: %v", d, err)
	}
	return doc, nil
}

// DocumentByID returns the number of the document with the given ID.
func (s *Segment) DocumentByID(id string) (uint32, bool, error) {
	v, ok, err := s.docIDs.Get([]byte(id))
	if err != nil {
		return 0, false, s.corrupt("document IDs: %v", err)
	}
	if ok && v >= uint64(s.stats.Documents) {
		return 0, false, s.corrupt("document ID %q: number %d", id, v)
	}
	return uint32(v), ok, nil
}

// DocumentParagraphs returns the range [lo, hi) of document d's
// paragraphs.
func (s *Segment) DocumentParagraphs(d uint32) (lo, hi uint32, err error) {
	if int(d) >= s.stats.Documents {
		return 0, 0, fmt.Errorf("segment %s: document %d of %d", s.path, d, s.stats.Documents)
	}
	lo = binary.LittleEndian.Uint32(s.docStart[4*d:])
	hi = binary.LittleEndian.Uint32(s.docStart[4*d+4:])
	if lo > hi || int(hi) > s.stats.Paragraphs {
		return 0, 0, s.corrupt("document %d: paragraphs %d–%d", d, lo, hi)
	}
	return lo, hi, nil
}

// Fields returns the facet fields, in the writer's order.
func (s *Segment) Fields() []string { return s.fields }

// Field returns the number of the named facet field, or -1.
func (s *Segment) Field(name string) int {
	for f, n := range s.fields {
		if n == name {
			return f
		}
	}
	return -1
}

// FacetValues returns field f's distinct values, sorted; a paragraph's
// value number indexes it.
func (s *Segment) FacetValues(f int) []string { return s.facets[f].values }

// FacetValue returns the number of paragraph ord's value of field f.
func (s *Segment) FacetValue(f int, ord uint32) (uint32, error) {
	fc := &s.facets[f]
	if int(ord) >= s.stats.Paragraphs {
		return 0, fmt.Errorf("segment %s: paragraph %d of %d", s.path, ord, s.stats.Paragraphs)
	}
	at := fc.width * int(ord)
	if err := s.verify(fc.colBase+at, fc.width); err != nil {
		return 0, err
	}
	var v uint32
	switch fc.width {
	case 1:
		v = uint32(fc.column[at])
	case 2:
		v = uint32(binary.LittleEndian.Uint16(fc.column[at:]))
	default:
		v = binary.LittleEndian.Uint32(fc.column[at:])
	}
	if int(v) >= len(fc.values) {
		return 0, s.corrupt("facet %s of paragraph %d: value %d", s.fields[f], ord, v)
	}
	return v, nil
}

// FacetColumn returns field f's column: each paragraph's value number in
// width bytes (1, 2 or 4, little-endian), pointing into the mapping. The
// column is verified whole, every number checked against the values.
func (s *Segment) FacetColumn(f int) (width int, column []byte, err error) {
	fc := &s.facets[f]
	if err := s.verify(fc.colBase, len(fc.column)); err != nil {
		return 0, nil, err
	}
	maxV := uint32(0)
	switch fc.width {
	case 1:
		for _, b := range fc.column {
			maxV = max(maxV, uint32(b))
		}
	case 2:
		for i := 0; i < len(fc.column); i += 2 {
			maxV = max(maxV, uint32(binary.LittleEndian.Uint16(fc.column[i:])))
		}
	default:
		for i := 0; i < len(fc.column); i += 4 {
			maxV = max(maxV, binary.LittleEndian.Uint32(fc.column[i:]))
		}
	}
	if len(fc.column) > 0 && int(maxV) >= len(fc.values) {
		return 0, nil, s.corrupt("facet %s: value %d of %d", s.fields[f], maxV, len(fc.values))
	}
	return fc.width, fc.column, nil
}

// FacetBitmap returns the paragraphs whose field f has value number v.
func (s *Segment) FacetBitmap(f int, v uint32) (*roaring.Bitmap, error) {
	fc := &s.facets[f]
	if int(v) >= len(fc.values) {
		return nil, fmt.Errorf("segment %s: facet %s value %d of %d", s.path, s.fields[f], v, len(fc.values))
	}
	p, err := s.posting(binary.LittleEndian.Uint64(fc.postings[8*v:]))
	return p.Bitmap(), err
}

// Bounds returns paragraph ord's word starts: one bit per byte of its
// normalized text (LSB first), copied; nil when the segment has none.
func (s *Segment) Bounds(ord uint32) ([]byte, error) {
	_, bits, err := s.NormBounds(ord)
	return bits, err
}

// NormBounds returns what Norm and Bounds do, the text decoded once.
func (s *Segment) NormBounds(ord uint32) (string, []byte, error) {
	norm, err := s.Norm(ord)
	if err != nil {
		return "", nil, err
	}
	b, err := s.entry(&s.bounds, int(ord))
	if err != nil || len(b) == 0 {
		return norm, nil, err
	}
	bits, err := decodeBounds(b, norm)
	if err != nil {
		return "", nil, s.corrupt("word starts of paragraph %d: %v", ord, err)
	}
	return norm, bits, nil
}

// WordParagraphs returns how many paragraphs have word as one of their
// words (deleted ones included).
func (s *Segment) WordParagraphs(word string) (int, error) {
	if s.words == nil {
		return 0, nil
	}
	n, _, err := s.words.Get([]byte(word))
	if err != nil {
		return 0, s.corrupt("words: %v", err)
	}
	return int(n), nil
}

// SimilarWords calls fn for every word of the segment within dist edits
// of word (a Levenshtein automaton run over the word dictionary), with the
// number of paragraphs that have it.
func (s *Segment) SimilarWords(lev *levenshtein.LevenshteinAutomatonBuilder, word string, fn func(w string, paragraphs int)) error {
	if s.words == nil {
		return nil
	}
	dfa, err := lev.BuildDfa(word, lev.MaxDistance())
	if err != nil {
		return fmt.Errorf("similar words of %q: %w", word, err)
	}
	it, err := s.words.Search(dfa, nil, nil)
	for err == nil {
		k, v := it.Current()
		fn(string(k), int(v))
		err = it.Next()
	}
	if err != vellum.ErrIteratorDone {
		return s.corrupt("words: %v", err)
	}
	return nil
}

// MinCounts lowers each out[i] to how often paragraph ords[i] contains
// the term (0 when it does not); ords must be increasing. A list posting
// is merged with ords; a few paragraphs against a long roaring posting
// are looked up one by one; otherwise the posting and its repeated
// paragraphs are laid out as bits, and each paragraph's count found with
// a bit test and, for a repeat, a population count.
func (p Posting) MinCounts(ords []uint32, out []uint8) {
	switch {
	case len(ords) == 0:
	case p.ords != nil:
		p.mergeCounts(ords, out)
	case p.bits == nil || p.bits.IsEmpty():
		clear(out[:len(ords)])
	case uint64(len(ords))*64 < p.bits.GetCardinality():
		for i, ord := range ords {
			out[i] = min(out[i], p.Count(ord))
		}
	default:
		n := uint64(max(p.bits.Maximum(), ords[len(ords)-1])) + 1
		in := dense.Of(p.bits, n, false)
		defer in.Free()
		var multi *dense.Set
		if p.multi != nil {
			multi = dense.Of(p.multi, n, true)
			defer multi.Free()
		}
		for i, ord := range ords {
			switch {
			case !in.Contains(ord):
				out[i] = 0
			case multi != nil && multi.Contains(ord):
				out[i] = min(out[i], p.counts[multi.Rank(ord)])
			default:
				out[i] = min(out[i], 1)
			}
		}
	}
}

// mergeCounts is MinCounts for a list posting: the two increasing lists
// are walked together.
func (p Posting) mergeCounts(ords []uint32, out []uint8) {
	j := 0
	for i, ord := range ords {
		for j < len(p.ords) && p.ords[j] < ord {
			j++
		}
		if j < len(p.ords) && p.ords[j] == ord {
			out[i] = min(out[i], p.ordCounts[j])
		} else {
			out[i] = 0
		}
	}
}
