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
	Level     *string `json:"level"`
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
	mark := func(field string) {
		if doc.MetaSource == nil {
			doc.MetaSource = map[string]string{}
		}
		doc.MetaSource[field] = srcSidecar
	}
	set := func(field string, dst *string, v *string) {
		if v != nil {
			*dst = strings.TrimSpace(*v)
			mark(field)
		}
	}
	set("title", &doc.Title, s.Title)
	set("province", &doc.Province, s.Province)
	set("city", &doc.City, s.City)
	set("district", &doc.District, s.District)
	set("issuer", &doc.Issuer, s.Issuer)
	set("doc_number", &doc.DocNumber, s.DocNumber)
	switch {
	case s.Level != nil:
		if l := strings.TrimSpace(*s.Level); l != "" && !slices.Contains(levels, l) {
			return fmt.Errorf("level %q is not one of %v", l, levels)
		}
		set("level", &doc.Level, s.Level)
	case s.Province != nil || s.City != nil || s.District != nil:
		// The place the sidecar gives sets the level, unless it says it.
		doc.Level = levelOf(doc.Province, doc.City, doc.District)
		mark("level")
	}
	if s.DocType != nil {
		if !slices.Contains(govsearch.DocTypes, *s.DocType) {
			return fmt.Errorf("doc_type %q is not one of %v", *s.DocType, govsearch.DocTypes)
		}
		doc.DocType = *s.DocType
		mark("doc_type")
	}
	if s.Date != nil {
		if *s.Date == "" {
			doc.Date, doc.Year = "", 0
		} else {
			d := ParseDate(*s.Date)
			if d == "" {
				return fmt.Errorf("date %q is not a date (write YYYY-MM-DD)", *s.Date)
			}
			y := dateYear(d)
			if y < minYear || y > maxYear {
				return fmt.Errorf("date %q is not a date of a report (years %d..%d)", *s.Date, minYear, maxYear)
			}
			doc.Date, doc.Year = d, govsearch.Year(y)
		}
		mark("date")
		mark("year")
	}
	if s.Year != nil {
		if *s.Year != 0 && (*s.Year < minYear || *s.Year > maxYear) {
			return fmt.Errorf("year %d is not a year of a report (%d..%d; 0 or leave it out for none)", *s.Year, minYear, maxYear)
		}
		doc.Year = govsearch.Year(*s.Year)
		mark("year")
	}
	return nil
}

// levels are the values of Document.Level a sidecar may give.
var levels = []string{govsearch.LevelNational, govsearch.LevelProvince, govsearch.LevelCity, govsearch.LevelCounty}

// levelOf is the level of a government by its place: a district or county,
// a city, a province; none is unknown (a national document's sidecar says
// "level": "national").
func levelOf(province, city, district string) string {
	switch {
	case district != "":
		return govsearch.LevelCounty
	case city != "" && city != province:
		return govsearch.LevelCity
	case province != "":
		return govsearch.LevelProvince
	}
	return ""
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
