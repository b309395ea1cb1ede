package index

import (
	"context"
	"testing"

	"github.com/govsearch/govsearch"
)

// documents lists the index's documents, failing the test on an error.
func documents(t testing.TB, ix *Index) []govsearch.Document {
	t.Helper()
	docs, err := ix.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
