package index

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/segment"
)

// The bleve side of a generation: one bleve document per paragraph, its
// text analyzed by segment's gse analyzer into words. No search runs on it
// (the exact engine answers every mode); explanations read its term
// dictionary for how many paragraphs hold a term as a gse word, and for
// near spellings of a term that finds nothing.

const bleveDir = "bleve"

// fieldWords is the one field of the bleve mapping: a paragraph's words.
const fieldWords = "words"

// bleveParagraph is the document bleve indexes for a paragraph.
type bleveParagraph struct {
	Words string `json:"words"`
}

func newMapping() mapping.IndexMapping {
	words := bleve.NewTextFieldMapping()
	words.Analyzer = segment.AnalyzerName
	words.Store = false
	words.IncludeTermVectors = false
	words.IncludeInAll = false
	words.DocValues = false
	para := bleve.NewDocumentStaticMapping()
	para.AddFieldMappingsAt(fieldWords, words)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = para
	im.DefaultAnalyzer = segment.AnalyzerName
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	im.ScoringModel = bleveindex.BM25Scoring
	return im
}

// createOrCloneBleve makes the bleve index of a new generation: a copy of
// the previous generation's (its immutable segment files hard-linked, its
// root file copied) when there is one, else an empty index.
func createOrCloneBleve(prevGen, newGen string) (bleve.Index, error) {
	dst := filepath.Join(newGen, bleveDir)
	if prevGen != "" {
		src := filepath.Join(prevGen, bleveDir)
		if _, err := os.Stat(src); err == nil {
			if err := cloneTree(src, dst); err != nil {
				return nil, fmt.Errorf("clone bleve index: %w", err)
			}
			idx, err := bleve.Open(dst)
			if err != nil {
				return nil, fmt.Errorf("open cloned bleve index: %w", err)
			}
			return idx, nil
		}
	}
	idx, err := bleve.New(dst, newMapping())
	if err != nil {
		return nil, fmt.Errorf("create bleve index: %w", err)
	}
	return idx, nil
}

// cloneTree copies a directory: files named *.zap (scorch's immutable
// segments) are hard-linked, everything else copied.
func cloneTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if filepath.Ext(path) == ".zap" {
			if err := os.Link(path, target); err == nil {
				return nil
			}
		}
		return copyFile(path, target)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func openBleveReadOnly(gen string) (bleve.Index, error) {
	idx, err := bleve.OpenUsing(filepath.Join(gen, bleveDir), map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("open bleve index: %w", err)
	}
	return idx, nil
}

func toBleve(p *govsearch.Paragraph) bleveParagraph {
	return bleveParagraph{Words: p.Text}
}

// bleveReader opens a reader of the word index; the caller closes it.
func bleveReader(idx bleve.Index) (bleveindex.IndexReader, error) {
	adv, err := idx.Advanced()
	if err != nil {
		return nil, err
	}
	return adv.Reader()
}

// wordParagraphs returns how many paragraphs have word as one of their
// gse words, from bleve's term dictionary: the count a word-segmenting
// engine would give, shown beside the exact count in explanations.
func wordParagraphs(r bleveindex.IndexReader, word string) (int, error) {
	tfr, err := r.TermFieldReader(context.Background(), []byte(word), fieldWords, false, false, false)
	if err != nil {
		return 0, err
	}
	defer tfr.Close()
	return int(tfr.Count()), nil
}

// similarWords returns words of the index within one edit of word, most
// frequent first: near spellings to suggest when a term finds nothing.
func similarWords(r bleveindex.IndexReader, word string, n int) []string {
	fr, ok := r.(bleveindex.IndexReaderFuzzy)
	if !ok {
		return nil
	}
	dict, err := fr.FieldDictFuzzy(fieldWords, word, 1, "")
	if err != nil {
		return nil
	}
	defer dict.Close()
	type entry struct {
		term  string
		count uint64
	}
	var found []entry
	for e, err := dict.Next(); err == nil && e != nil; e, err = dict.Next() {
		if e.Term != word && utf8.RuneCountInString(e.Term) >= 2 {
			found = append(found, entry{e.Term, e.Count})
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].count != found[j].count {
			return found[i].count > found[j].count
		}
		return found[i].term < found[j].term
	})
	var out []string
	for _, e := range found[:min(n, len(found))] {
		out = append(out, e.term)
	}
	return out
}
