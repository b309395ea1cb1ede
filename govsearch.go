// Package govsearch holds the domain types shared by every part of the
// search engine: documents and their paragraphs (DocumentContent), a query
// (what to find) and its SearchOptions (how to page and present it), hits
// and facets, the facet fields that filters, facets and trends range over
// (FacetFields), and the error type that crosses package lines. It imports
// nothing of the project, so every other package can depend on it.
//
// The data flows one way: cmd/govsearch wires things together, server
// answers HTTP, index stores and searches, ingest turns files into
// documents, and segment normalizes and segments Chinese text.
package govsearch

import (
	"encoding/json"
	"strconv"
	"time"
)

// DocTypes lists the document types of the contract, in display order.
var DocTypes = []string{"政府工作报告", "国民经济和社会发展计划报告", "五年规划纲要", "预算报告", "统计公报", "其他"}

// Year is a document's year; zero means unknown and is written as null.
type Year int

// MarshalJSON writes null for an unknown year.
func (y Year) MarshalJSON() ([]byte, error) {
	if y == 0 {
		return []byte("null"), nil
	}
	return []byte(strconv.Itoa(int(y))), nil
}

// UnmarshalJSON reads a number or null.
func (y *Year) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*y = 0
		return nil
	}
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	*y = Year(n)
	return nil
}

// Date is a YYYY-MM-DD date; empty means unknown and is written as null.
type Date string

// MarshalJSON writes null for an unknown date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// UnmarshalJSON reads a string or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = Date(s)
	return nil
}

// Document is one indexed report with its metadata, as the contract's
// "Document" object.
type Document struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Province   string `json:"province"`
	City       string `json:"city"`
	District   string `json:"district"`
	Year       Year   `json:"year"`
	Date       Date   `json:"date"`
	DocType    string `json:"doc_type"`
	Issuer     string `json:"issuer"`
	DocNumber  string `json:"doc_number"`
	Source     string `json:"source"`
	Paragraphs int    `json:"paragraphs"`
	// Level is the issuing government's level: LevelNational,
	// LevelProvince, LevelCity or LevelCounty; empty when the text does not
	// say who issued it.
	Level string `json:"level"`
	// MetaSource says, for each metadata field that has a value, where it
	// came from ("title", "meeting date", "sidecar", ...), so that a reader
	// can judge it.
	MetaSource map[string]string `json:"meta_source,omitempty"`
	// Copies is how many copies of the same report the file held; they are
	// indexed once. Zero or one means the file held one.
	Copies int `json:"copies,omitempty"`
	// KeptRatio is the share of the input's characters kept as report text
	// after the page furniture was removed.
	KeptRatio float64 `json:"kept_ratio,omitempty"`
	// Warnings are what the ingester noticed that a reader should know
	// (little text kept, copies dropped, text cut at a limit).
	Warnings []string `json:"warnings,omitempty"`
	// IndexedAt is when the document's current text was indexed: alert
	// feeds date their entries by it.
	IndexedAt time.Time `json:"indexed_at,omitzero"`
	// ContentHash is the SHA-256 of the file's bytes, used to skip unchanged
	// files on re-indexing.
	ContentHash string `json:"content_hash,omitempty"`
}

// Issuing levels of a document (Document.Level).
const (
	LevelNational = "national"
	LevelProvince = "province"
	LevelCity     = "city"
	LevelCounty   = "county"
	// LevelUnknown is how the level facet and filter name an empty
	// Document.Level, so that every facet value is also a filter value.
	LevelUnknown = "unknown"
)

// Paragraph kinds.
const (
	KindText    = "text"
	KindHeading = "heading"
	KindTable   = "table"
)

// Paragraph is one searchable unit of a document: a body paragraph, a
// heading, or a table block.
type Paragraph struct {
	ID          string   `json:"id"`
	DocID       string   `json:"doc_id"`
	Position    int      `json:"position"`
	Kind        string   `json:"kind"`
	Text        string   `json:"text"`
	Section     string   `json:"section"`
	SectionPath []string `json:"section_path"`
}

// DocumentContent is a document with its paragraphs in order: what
// ingest makes of a file, what the index takes (index.Change) and gives
// back (GET /api/documents/{id}), and what a cluster's log carries.
type DocumentContent struct {
	Document
	// Paragraphs are the document's paragraphs in order (Document.Paragraphs
	// counts them).
	Paragraphs []Paragraph `json:"content"`
}

// Search modes and sort orders.
const (
	ModeAll       = "all"
	ModeAny       = "any"
	SortRelevance = "relevance"
	SortDate      = "date"
)

// YearRange is an inclusive range of years; a single year has From == To.
type YearRange struct {
	From, To int
}

// Filters restrict a search to documents with the given metadata. Values
// within one field are alternatives (OR); fields combine with AND. There
// is one field per facet field; FacetField.Filter and SetFilter read and
// set them by field, for code that ranges over FacetFields.
type Filters struct {
	Province []string
	City     []string
	District []string
	Year     []YearRange
	Section  []string
	DocType  []string
	// Level is the issuing level: LevelNational … LevelCounty, or
	// LevelUnknown for documents that do not say.
	Level []string
}

// Query is what to find: the terms, how they combine and which documents
// they may match in. It alone decides the set of matching paragraphs;
// SearchOptions say which of them to return and how.
type Query struct {
	// Text is the query as the user wrote it.
	Text string
	// Clauses must all hold (AND). Each is an OR of terms, or an exclusion.
	Clauses []Clause
	// Mode is ModeAll (every clause must hold) or ModeAny (a relaxed match
	// on the query's words, ranked by how many a paragraph contains).
	Mode string
	// Filters restrict the match to documents with the given metadata.
	Filters Filters
}

// SearchOptions say how to answer a search for a Query: which page of the
// matching paragraphs, in which order, and what to add to them. They never
// change which paragraphs match, or the total.
type SearchOptions struct {
	// From is the number of hits to skip, and Size the number to return
	// after them: the page.
	From int
	Size int
	// Sort orders the hits: SortRelevance or SortDate.
	Sort string
	// Highlight asks for highlighted text in hits.
	Highlight bool
	// Facets asks for facet counts.
	Facets bool
	// Explain asks for an explanation of how the query was understood.
	Explain bool
	// NoCache asks for a fresh answer rather than a cached one (HTTP:
	// Cache-Control: no-cache).
	NoCache bool
}

// Clause is one condition of a query: a paragraph must contain one of
// Terms, or, when Exclude is set, none of them.
type Clause struct {
	Terms   []string
	Exclude bool
}

// Hit is one matching paragraph with its document's metadata.
type Hit struct {
	ID          string   `json:"id"`
	DocID       string   `json:"doc_id"`
	Title       string   `json:"title"`
	Province    string   `json:"province"`
	City        string   `json:"city"`
	District    string   `json:"district"`
	Year        Year     `json:"year"`
	Date        Date     `json:"date"`
	DocType     string   `json:"doc_type"`
	Section     string   `json:"section"`
	SectionPath []string `json:"section_path"`
	Position    int      `json:"position"`
	Text        string   `json:"text"`
	Highlight   string   `json:"highlight"`
	Exact       bool     `json:"exact"`
	Score       float64  `json:"score"`
	// Level is the document's Level (an extension of the contract's hit).
	Level string `json:"level"`
}

// FacetCount is the number of matching paragraphs with one field value.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Facets are the counts per field value over all matching paragraphs,
// one field per facet field (FacetField.Counts and SetCounts read and set
// them by field).
type Facets struct {
	Province []FacetCount `json:"province"`
	City     []FacetCount `json:"city"`
	District []FacetCount `json:"district"`
	Year     []FacetCount `json:"year"`
	Section  []FacetCount `json:"section"`
	DocType  []FacetCount `json:"doc_type"`
	// Level counts by issuing level, named as the level filter names
	// them (an extension of the contract's facets): with it, an empty
	// province, city or district can be told apart as national, a higher
	// level, or not stated.
	Level []FacetCount `json:"level"`
}

// Result is the answer to a search, as GET /api/search returns it.
type Result struct {
	Query   string       `json:"query"`
	Total   int          `json:"total"`
	TookMS  float64      `json:"took_ms"`
	Hits    []Hit        `json:"hits"`
	Facets  *Facets      `json:"facets,omitempty"`
	Explain *Explanation `json:"explain,omitempty"`
}

// Explanation says how a query was understood and, for zero hits, why.
type Explanation struct {
	Terms []TermExplanation `json:"terms"`
	Index IndexInfo         `json:"index"`
	// Reasons explain an empty result; Suggestions offer ways out of it.
	Reasons     []string `json:"reasons,omitempty"`
	Suggestions []string `json:"suggestions,omitempty"`
}

// TermExplanation is one query term as the engine saw it.
type TermExplanation struct {
	Input          string   `json:"input"`
	Normalized     string   `json:"normalized"`
	Normalizations []string `json:"normalizations"`
	Segments       []string `json:"segments"`
	// SegmentParagraphs gives, for each segment, the paragraphs that have it
	// as a whole word: what a word-segmenting engine would find.
	SegmentParagraphs []int `json:"segment_paragraphs"`
	Exclude           bool  `json:"exclude,omitempty"`
	// Paragraphs is the number of paragraphs containing the term, ignoring
	// filters and the other terms.
	Paragraphs int `json:"paragraphs"`
}

// IndexInfo describes the index a search ran on.
type IndexInfo struct {
	BuiltAt      string  `json:"built_at"`
	BuildSeconds float64 `json:"build_seconds"`
	Documents    int     `json:"documents"`
	Paragraphs   int     `json:"paragraphs"`
	Analyzer     string  `json:"analyzer"`
}

// Trend is the answer to GET /api/trend: for each query, its matches
// counted per value of one metadata field.
type Trend struct {
	By     string        `json:"by"`
	Series []TrendSeries `json:"series"`
}

// TrendSeries is one query's counts, one bucket per field value that has
// documents (under the filters), zero counts included, in the same order
// for every series.
type TrendSeries struct {
	Query   string        `json:"query"`
	Buckets []TrendBucket `json:"buckets"`
}

// TrendBucket counts one query's matches among the documents with one
// field value. Per10kChars is Paragraphs per 10,000 characters of the
// bucket's text (normalized: punctuation and white space not counted), so
// that buckets of different sizes compare.
type TrendBucket struct {
	Value       string  `json:"value"`
	Paragraphs  int     `json:"paragraphs"`
	Documents   int     `json:"documents"`
	Chars       int     `json:"chars"`
	Per10kChars float64 `json:"per_10k_chars"`
}

// ConcordanceLine is one occurrence of a query's terms in its context (a
// keyword-in-context row): Left and Right are up to the requested width
// of original characters on each side of Match, within the paragraph.
type ConcordanceLine struct {
	Left     string `json:"left"`
	Match    string `json:"match"`
	Right    string `json:"right"`
	ID       string `json:"id"`
	DocID    string `json:"doc_id"`
	Title    string `json:"title"`
	Province string `json:"province"`
	City     string `json:"city"`
	District string `json:"district"`
	Level    string `json:"level"`
	Year     Year   `json:"year"`
	Date     Date   `json:"date"`
	DocType  string `json:"doc_type"`
	Section  string `json:"section"`
	Position int    `json:"position"`
}
