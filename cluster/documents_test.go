package cluster

import (
	"context"
	"testing"

	"github.com/govsearch/govsearch"
)

// documents lists a searcher's documents, failing the test on an error.
func documents(t testing.TB, s interface {
	Documents(context.Context) ([]govsearch.Document, error)
}) []govsearch.Document {
	t.Helper()
	docs, err := s.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
