package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/govsearch/govsearch"
)

// sidecarPaths are where a file's metadata overrides may stand:
// report.meta.json or report.txt.meta.json beside report.txt.
func sidecarPaths(path string) []string {
	return []string{strings.TrimSuffix(path, filepath.Ext(path)) + ".meta.json", path + ".meta.json"}
}

// IsSidecar reports whether path is a metadata sidecar, not a document.
func IsSidecar(path string) bool { return strings.HasSuffix(strings.ToLower(path), ".meta.json") }

// readSidecar reads the sidecar of the file at path, if it has one; with
// roots, only from inside them.
func readSidecar(path string, roots []string) ([]byte, error) {
	for _, p := range sidecarPaths(path) {
		if len(roots) > 0 {
			if err := insideRoots(p, roots); err != nil {
				return nil, err
			}
		}
		b, err := os.ReadFile(p)
		if err == nil {
			return b, nil
		}
		if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	return nil, nil
}

// sidecar lists the fields a sidecar may set; a field it leaves out keeps
// what ingestion found.
type sidecar struct {
	Title     *string `json:"title"`
	Province  *string `json:"province"`
	City      *string `json:"city"`
	District  *string `json:"district"`
	Year      *int    `json:"year"`
	Date      *string `json:"date"`
	DocType   *string `json:"doc_type"`
	Issuer    *string `json:"issuer"`
	DocNumber *string `json:"doc_number"`
}

// Years a sidecar may give: from the People's Republic to well past any
// report.
const (
	minYear = 1949
	maxYear = 2100
)

// applySidecar sets the fields the sidecar names; it wins over ingestion.
func applySidecar(doc *govsearch.Document, data []byte) error {
	var s sidecar
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return fmt.Errorf("bad JSON: %v", err)
	}
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = strings.TrimSpace(*v)
		}
	}
	set(&doc.Title, s.Title)
	set(&doc.Province, s.Province)
	set(&doc.City, s.City)
	set(&doc.District, s.District)
	set(&doc.Issuer, s.Issuer)
	set(&doc.DocNumber, s.DocNumber)
	if s.DocType != nil {
		if !slices.Contains(govsearch.DocTypes, *s.DocType) {
			return fmt.Errorf("doc_type %q is not one of %v", *s.DocType, govsearch.DocTypes)
		}
		doc.DocType = *s.DocType
	}
	if s.Date != nil {
		if *s.Date == "" {
			doc.Date, doc.Year = "", 0
		} else {
			d := ParseDate(*s.Date)
			if d == "" {
				return fmt.Errorf("date %q is not a date (write YYYY-MM-DD)", *s.Date)
			}
			var y int
			fmt.Sscanf(string(d[:4]), "%d", &y)
			if y < minYear || y > maxYear {
				return fmt.Errorf("date %q is not a date of a report (years %d..%d)", *s.Date, minYear, maxYear)
			}
			doc.Date, doc.Year = d, govsearch.Year(y)
		}
	}
	if s.Year != nil {
		if *s.Year != 0 && (*s.Year < minYear || *s.Year > maxYear) {
			return fmt.Errorf("year %d is not a year of a report (%d..%d; 0 or leave it out for none)", *s.Year, minYear, maxYear)
		}
		doc.Year = govsearch.Year(*s.Year)
	}
	return nil
}

// insideRoots refuses a file that is a symbolic link to a place outside
// roots.
func insideRoots(path string, roots []string) error {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		return nil // absent, or a file of the folder itself
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return nil // a dangling link: there is nothing to read
	}
	for _, r := range roots {
		if rel, err := filepath.Rel(r, target); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return nil
		}
	}
	return fmt.Errorf("sidecar %s links to %s, outside the folders given to index", filepath.Base(path), target)
}
