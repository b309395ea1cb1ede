package govsearch

import "time"

// The types below travel between the shards of a cluster and its gateways
// (as JSON over NATS): what a gateway needs from every shard to answer a
// search exactly as a single node holding all the documents would.

// CollectionStats are the figures of a whole collection that ranking
// needs: a term's rarity (inverse document frequency) and a paragraph's
// length relative to the average. A gateway gathers them from every shard,
// sums them with Add and sends the sum back with the search, so that every
// shard ranks with the same numbers as a single node.
type CollectionStats struct {
	// Paragraphs is the number of paragraphs in the collection.
	Paragraphs int64 `json:"paragraphs"`
	// Chars is the total length of the paragraphs' normalized text, in
	// characters (Chars / Paragraphs is the average length).
	Chars int64 `json:"chars"`
	// Terms maps each normalized term the query is ranked by (for
	// mode=any: each gse word of the query) to the number of paragraphs
	// that contain it, filters ignored.
	Terms map[string]int64 `json:"terms"`
}

// Add adds o's figures to s: over disjoint shards, the sum is the whole
// collection's.
func (s *CollectionStats) Add(o *CollectionStats) {
	if o == nil {
		return
	}
	s.Paragraphs += o.Paragraphs
	s.Chars += o.Chars
	if s.Terms == nil {
		s.Terms = make(map[string]int64, len(o.Terms))
	}
	for t, n := range o.Terms {
		s.Terms[t] += n
	}
}

// AvgLen is the average normalized paragraph length, in characters; zero
// for an empty collection.
func (s *CollectionStats) AvgLen() float64 {
	if s.Paragraphs == 0 {
		return 0
	}
	return float64(s.Chars) / float64(s.Paragraphs)
}

// ShardResult is one shard's part of a search: everything a gateway needs
// to merge the shards' parts into the Result a single node would give.
type ShardResult struct {
	// Total is the number of the shard's paragraphs that match.
	Total int `json:"total"`
	// Facets counts every value that has matches in the shard (when the
	// search options ask for facets).
	Facets *Facets `json:"facets,omitempty"`
	// Explain is the shard's explanation (when the search options ask for
	// one).
	Explain *Explanation `json:"explain,omitempty"`
	// Hits are the shard's best hits, best first: for sort=relevance the
	// best max(From+Size, 100) by the quick score, for sort=date the first
	// From+Size by date (SearchOptions.From and Size).
	Hits []ShardHit `json:"hits"`
}

// ShardHit is a hit of one shard with the raw scores a gateway ranks by.
type ShardHit struct {
	Hit
	// Quick is the hit's quick score, unrounded (0 for sort=date).
	Quick float64 `json:"quick"`
	// Full is the hit's score on its text, unrounded: set for the shard's
	// best 100 by the quick score, the only ones that can be in a single
	// node's re-scored pool.
	Full *float64 `json:"full,omitempty"`
}

// FeedHit is a hit of an alert feed with its document's indexing time, by
// which a gateway merges the shards' feeds.
type FeedHit struct {
	Hit
	IndexedAt time.Time `json:"indexed_at"`
}
