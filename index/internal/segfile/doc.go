// Package segfile writes and reads segments: immutable files that hold
// everything the exact-match engine needs about a set of paragraphs, laid
// out so that a reader maps the file (mmap) and answers from the mapped
// bytes without decoding the whole file.
//
// A segment is written once (Write, through a temporary file that is
// fsynced and renamed into place) and never changed; deleting paragraphs
// is recorded outside it, in the manifest (package snapshot), and merging
// writes a new segment (package merge).
//
// # Bytes of a segment
//
// All integers are little-endian. Sections start on 8-byte boundaries;
// the padding between them is zero.
//
//	header     16 bytes: magic "GOVSEG\r\n", u32 version, u32 chunk size
//	sections   the data sections listed below, in any order
//	chunks     u32 CRC-32C (Castagnoli) of each chunk of chunk-size bytes
//	           of [0, start of chunks); the last chunk may be short
//	directory  u32 section count, then per section: u16 name length, name,
//	           u64 offset, u64 length
//	trailer    32 bytes: u64 offset of chunks, u64 offset of directory,
//	           u32 length of directory, u32 CRC-32C of header + chunks +
//	           directory, 8 bytes magic "GOVSEGnd"
//
// Data sections, by name:
//
//	postings   the postings that are not inline (see below)
//	terms      vellum FST: UTF-8 of every character and every pair of
//	           adjacent characters of the normalized texts, and of the
//	           frequent trigrams (see below) → a posting reference
//	norm       string table: each paragraph's normalized text, coded in
//	           normcode's character code (see below)
//	normsum    u32 per paragraph: CRC-32C (Castagnoli) of its entry of
//	           the norm table, as stored (see Integrity)
//	normcode   the character code of the norm table: 256 uvarints, how
//	           many times each byte value occurs in the table's entries
//	           (a search looks for a term's rarest byte), then the
//	           ranked characters in UTF-8, most frequent first
//	text       string table: each paragraph's original text, as an edit
//	           of its normalized text (see below)
//	textcode   the character code of the bytes the text table's edits
//	           insert: the ranked characters in UTF-8
//	bounds     string table: per paragraph, where its words start
//	           (see below); empty when none were given
//	paras      16 bytes per paragraph: u32 document, u32 position in the
//	           document, u32 section path, u16 normalized length in
//	           characters (saturating), u8 kind, u8 zero
//	kinds      string table: paragraph kinds ("text", "heading", ...)
//	paths      string table: section paths, each a sequence of uvarint
//	           length + UTF-8 title, outermost first
//	docs       string table: each document's metadata as JSON
//	docstart   u32 per document + 1: its first paragraph; paragraphs of a
//	           document are contiguous and documents are in order
//	docids     vellum FST: document ID → document number
//	fields     string table: the facet fields, in the writer's order
//	facet.F.values    string table: field F's distinct values, sorted
//	facet.F.column    u32 width w (1, 2 or 4), u32 zero, then per
//	                  paragraph its value's number in w bytes
//	facet.F.postings  u64 per value: the posting reference of the
//	                  paragraphs with that value
//	stats      u64 paragraphs, u64 documents, u64 characters of
//	           normalized text, u64 distinct terms
//	words      vellum FST: every gse word of the paragraphs (the pieces
//	           of a normalized text between the starts its bounds mark) →
//	           the number of paragraphs that have it as a word; for
//	           explanations (word counts, near spellings by a Levenshtein
//	           automaton). Optional: segments without it have no words.
//
// A posting is the set of paragraphs that contain a term, with how often
// each contains it (saturating at 255). Its reference, a u64 r, says in
// its low two bits where and how it is stored (the term dictionary spends
// as few bytes on a value as it needs, so the common kinds are the small
// numbers):
//
//	3   inline: paragraph r >> 2 contains the term once; nothing in the
//	    postings section
//	2   inline: paragraph r >> 10 contains it (r >> 2) & 255 times
//	1   a list of 2 to 4096 paragraphs at offset r >> 2 of the postings
//	    section: uvarint n, then per paragraph uvarint (paragraph −
//	    previous paragraph) << 1 | (count > 1), and one count byte when
//	    that bit is set. Postings of up to 32 paragraphs are lists, and
//	    longer ones up to 4096 when the list is no longer than the
//	    roaring form
//	0   a roaring posting at offset (r >> 2) × 8 (8-byte aligned): u32
//	    bitmap length a, u32 multi length b, u32 number of counts c, u32
//	    zero; the paragraphs (roaring portable format, a bytes, read in
//	    place); zero padding to 8; the paragraphs that contain the term
//	    twice or more (roaring, b bytes, may be empty); c count bytes, in
//	    that bitmap's order
//
// A trigram (three adjacent characters) is in the dictionary when it
// occurs in at least TrigramLeast(paragraphs) of the segment's paragraphs
// (one in 500, and at least 16; a writer's Input may ask for another
// number), unless one of its characters is U+FFFD (the writer reads an
// invalid byte as U+FFFD, so such a key would stand for both). Its
// posting is exact, like a pair's. A trigram missing from the dictionary
// says nothing: it may occur in fewer paragraphs. Rare
// trigrams are left out because a rare term's pairs already leave few
// candidates; the frequent ones make a frequent three-character term exact
// without reading text and narrow a longer term's candidates (on
// ../shared/corpus they add 38 % to the posting entries).
//
// A character code (package charcode, which describes its bytes) gives
// each of a table's ranked characters one byte (the 164 most frequent)
// or two (the next 1,472), and any other character four; the writer
// ranks the characters of the segment's own texts. Chinese text takes
// about 1.4 bytes a character where UTF-8 takes three. The code is
// self-synchronizing like UTF-8, so a term coded in it occurs in a coded
// text exactly where the term occurs in the text: verification matches
// coded terms against the stored bytes, and only what is shown or scored
// (Norm, Text, Bounds, Paragraph) is decoded to UTF-8. An invalid byte of
// the input is coded apart (as a surrogate code point), so that any
// string comes back as it was given.
//
// Half the pairs of a corpus occur in a single paragraph, and most of the
// rest in a few: inline and list postings keep them small. A list spends
// a byte or two on a paragraph where roaring's arrays spend two and its
// multi bitmap two more: on ../shared/corpus lists take the postings
// from 8.7 to 5.6 MB; roaring remains for the dense ones (its bitmap
// containers, one bit a paragraph), read in place.
//
// Word starts are what the writer is given (Paragraph.Bounds: one bit per
// byte of the normalized text, LSB first) and what Segment.Bounds
// returns; an entry of the bounds table is empty (none given) or a byte
// saying how the bits follow:
//
//	0   one bit per character of the normalized text, LSB first, set
//	    where a word starts; it stands for len(norm)/8 + 1 bytes of one
//	    bit per byte. Written whenever it gives back exactly the bits
//	    given (every set bit on the first byte of a character, and
//	    len(norm)/8 + 1 bytes: what the indexer writes), a third of the
//	    bytes of Chinese text
//	1   the bits as given, one per byte
//
// The original text is the normalized text with what normalizing dropped
// or folded put back: an entry is one byte, 0 for the text itself (UTF-8)
// or 1 for an edit, then the bytes; an edit is a sequence of operations,
// each a uvarint n << 2 | op: op 0 copies the next n bytes of the
// normalized text (in UTF-8), op 1 inserts the n bytes that follow (coded
// in textcode's code: punctuation, mostly, one byte a character), op 2
// passes over n bytes of the normalized text (in UTF-8). The writer
// checks each edit by applying it and stores the text itself when the
// edit would be wrong or longer.
//
// A string table is u32 count n, u32 zero, n+1 u32 offsets relative to
// the end of the offsets, then the bytes; entry i is bytes[off[i]:off[i+1]].
//
// # Integrity
//
// Open checks the trailer's magic and checksum, the header and that
// every section lies inside the file, and verifies the chunks of the
// small sections it reads at once (the dictionaries, normsum). Every
// other chunk is verified the first time a read touches it, so opening
// costs no read of the whole file and a flipped byte is an error naming
// the file, never a wrong answer. Verify checks every chunk.
//
// The bytes of a paragraph's normalized text are the exception: a read
// checks them, once per paragraph for the life of the segment, against
// the paragraph's sum in normsum rather than the chunks that hold them
// (the table's offsets are still read by chunk). Matching a common term
// reads a few hundred bytes each of paragraphs spread over the whole
// norm section, and verifying their chunks would read all of it; the
// chunk sums still cover the section, for Verify.
//
// # Versions
//
// The header's version changes whenever a reader of the previous version
// would misread the file. Version 2 changed the posting references (kind
// in the low bits) and the bounds table (one bit per character) from
// version 1; version 3 writes lists of up to 4096 paragraphs (version 2
// readers refuse lists over 32); version 4 adds the normsum section,
// which readers of version 4 rely on to check normalized texts (readers
// of version 3 would ignore it; readers of version 4 refuse files
// without it); version 5 codes the norm table and the text table's
// inserted bytes in character codes and adds the normcode and textcode
// sections (version 4 stores both in UTF-8). Open reads versions 4 and
// 5, and refuses others with an error that says to rebuild the index;
// merging rewrites segments of version 4 in version 5. A new section that
// readers may do without does not change the version, and neither did the
// trigrams: readers of version 5 that predate them never look one up, and
// readers that look them up treat a missing one as not kept, so version 5
// segments with and without trigrams are read alike (a merge writes its
// segment with them). Version 4 segments keep none.
//
// # Durability
//
// Write fsyncs the temporary file before renaming it to its final name
// and fsyncs the directory after: a segment that has its name is complete.
// Once fsynced, its pages are dropped from the page cache (Linux): read
// back by readahead they come in large folios, which the readers map with
// fewer faults and TLB misses than the small pages the writes left.
// A segment is live only once a manifest names it.
package segfile
