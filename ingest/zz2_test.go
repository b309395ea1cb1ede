package ingest

import (
	"fmt"
	"os"
	"testing"
)

func TestZZOwn(t *testing.T) {
	g, _ := DefaultGazetteer()
	data, _ := os.ReadFile(os.Getenv("ZZ_FILE"))
	text, _, _, _ := extract(t.Context(), FormatOf("x.txt"), data, 1<<26)
	text = foldForMetadata(text)
	p, ok := g.ownPlace(text)
	fmt.Println(ownLevel(text), p, ok)
	for _, q := range g.placesIn(text) {
		fmt.Println("  in:", q.Code, q.Name, atLevel(q, ownLevel(text)))
	}
}
