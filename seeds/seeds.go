// Package seeds embeds the sample corpus: five scraped reports of Tianjin
// districts (2021). They are the default corpus that `govsearch serve`
// indexes when no index exists, and the fixtures of the tests.
package seeds

import "embed"

// FS holds the seed files, named as in this folder.
//
//go:embed *.txt
var FS embed.FS

// Dir is the source path recorded for documents read from FS.
const Dir = "seeds"
