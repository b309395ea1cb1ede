package main

import (
	"encoding/json"
	"io"
)

// writeJSON writes v as indented JSON for the --json flags, leaving <, >
// and & unescaped so that titles and text read as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
