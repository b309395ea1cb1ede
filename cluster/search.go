package cluster

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
)

// Search answers a query as a single node holding every document would:
// it gathers the query's collection statistics from every shard, sends
// the search with their sum to one replica of every shard, and merges the
// parts with index.MergeShards.
func (g *Gateway) Search(ctx context.Context, q govsearch.Query, opt govsearch.SearchOptions) (*govsearch.Result, error) {
	start := time.Now()
	parts := make([]*govsearch.CollectionStats, g.cfg.Shards)
	err := g.scatter(ctx, func(ctx context.Context, shard int) error {
		return g.call(ctx, shard, "stats", searchRequest{Query: q, Options: opt}, &parts[shard])
	})
	if err != nil {
		return nil, err
	}
	stats := &govsearch.CollectionStats{Terms: map[string]int64{}}
	for _, p := range parts {
		stats.Add(p)
	}
	results := make([]*govsearch.ShardResult, g.cfg.Shards)
	err = g.scatter(ctx, func(ctx context.Context, shard int) error {
		return g.call(ctx, shard, "search", searchRequest{Query: q, Options: opt, Stats: stats}, &results[shard])
	})
	if err != nil {
		return nil, err
	}
	res, err := index.MergeShards(q, opt, results)
	if err != nil {
		return nil, err
	}
	res.TookMS = float64(time.Since(start).Microseconds()) / 1000
	return res, nil
}

// Each calls fn for every hit of q on every shard, in the order a single
// node's Each gives (document ID, then position), streaming: it holds a
// few hundred hits per shard at most.
func (g *Gateway) Each(ctx context.Context, q govsearch.Query, fn func(govsearch.Hit) error) (int, error) {
	return mergeStream(ctx, g, "each", streamRequest{Query: q}, index.CompareHits, fn)
}

// Concordance calls fn for every concordance line of q on every shard, in
// a single node's order.
func (g *Gateway) Concordance(ctx context.Context, q govsearch.Query, width int, fn func(govsearch.ConcordanceLine) error) (int, error) {
	return mergeStream(ctx, g, "kwic", streamRequest{Query: q, Width: width}, index.CompareConcordanceLines, fn)
}

// Trend counts each query's matches per value of a field over every
// shard (index.MergeTrends).
func (g *Gateway) Trend(ctx context.Context, queries []govsearch.Query, by string) (*govsearch.Trend, error) {
	parts := make([]*govsearch.Trend, g.cfg.Shards)
	err := g.scatter(ctx, func(ctx context.Context, shard int) error {
		return g.call(ctx, shard, "trend", trendRequest{Queries: queries, By: by}, &parts[shard])
	})
	if err != nil {
		return nil, err
	}
	return index.MergeTrends(parts)
}

// Newest returns the n newest hits of q over every shard
// (index.MergeNewest).
func (g *Gateway) Newest(ctx context.Context, q govsearch.Query, n int) ([]govsearch.Hit, error) {
	parts := make([][]govsearch.FeedHit, g.cfg.Shards)
	err := g.scatter(ctx, func(ctx context.Context, shard int) error {
		return g.call(ctx, shard, "newest", newestRequest{Query: q, N: n}, &parts[shard])
	})
	if err != nil {
		return nil, err
	}
	return index.MergeNewest(parts, n), nil
}

// Document returns a document from the shard that owns it.
func (g *Gateway) Document(id string) (*govsearch.DocumentContent, error) {
	ctx, cancel := context.WithTimeout(context.Background(), g.cfg.ShardTimeout*time.Duration(g.cfg.Attempts))
	defer cancel()
	var dc govsearch.DocumentContent
	if err := g.call(ctx, index.ShardOf(id, g.cfg.Shards), "doc", docRequest{ID: id}, &dc); err != nil {
		return nil, err
	}
	return &dc, nil
}

// Documents lists the documents of every shard, newest first as an index
// lists them. When a shard has no live replica the answer is its
// shard_unavailable error, never a shorter list.
func (g *Gateway) Documents(ctx context.Context) ([]govsearch.Document, error) {
	parts := make([][]govsearch.Document, g.cfg.Shards)
	err := g.scatter(ctx, func(ctx context.Context, shard int) error {
		return g.call(ctx, shard, "docs", struct{}{}, &parts[shard])
	})
	if err != nil {
		return nil, err
	}
	var docs []govsearch.Document
	for _, p := range parts {
		docs = append(docs, p...)
	}
	slices.SortStableFunc(docs, func(a, b govsearch.Document) int {
		if c := cmp.Compare(b.Date, a.Date); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Title, b.Title); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return docs, nil
}

// Info describes the collection from the replicas' heartbeats: documents
// and paragraphs summed over the shards, the newest build time.
func (g *Gateway) Info() govsearch.IndexInfo {
	info := govsearch.IndexInfo{Analyzer: "cluster"}
	var built time.Time
	for _, s := range g.shardHealth() {
		best := -1
		for i, r := range s.Replicas {
			if r.Serving && (best < 0 || r.Documents > s.Replicas[best].Documents) {
				best = i
			}
		}
		if best >= 0 {
			info.Documents += s.Replicas[best].Documents
			info.Paragraphs += s.Replicas[best].Paragraphs
		}
	}
	g.mu.Lock()
	for _, ri := range g.replicas {
		if ri.hb.BuiltAt.After(built) {
			built = ri.hb.BuiltAt
		}
	}
	g.mu.Unlock()
	if !built.IsZero() {
		info.BuiltAt = built.UTC().Format(time.RFC3339)
	}
	return info
}

// mergeStream streams op's items from every shard and merges them in the
// order cmp gives, calling fn for each; it returns how many it passed.
func mergeStream[T any](ctx context.Context, g *Gateway, op string, req streamRequest, order func(a, b T) int, fn func(T) error) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chans := make([]chan T, g.cfg.Shards)
	errs := make([]error, g.cfg.Shards)
	var wg sync.WaitGroup
	for i := range g.cfg.Shards {
		chans[i] = make(chan T, streamBatch)
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(chans[i])
			errs[i] = streamShard(ctx, g, i, op, req, chans[i])
		}()
	}
	next := make([]func() (T, bool, error), g.cfg.Shards)
	for i := range next {
		next[i] = func() (T, bool, error) {
			x, ok := <-chans[i]
			if !ok {
				// Closed: the stream's goroutine has set errs[i].
				return x, false, errs[i]
			}
			return x, true, nil
		}
	}
	n := 0
	err := index.MergeStreams(next, order, func(x T) error {
		n++
		return fn(x)
	})
	cancel()
	for i := range chans {
		for range chans[i] {
		}
	}
	wg.Wait()
	if err != nil {
		var se *shardError
		if errors.As(err, &se) {
			// Name every shard that failed, not only the first one met.
			down := &shardError{err: se.err}
			for i, e := range errs {
				if errors.As(e, &se) {
					down.shards = append(down.shards, i)
				}
			}
			return n, down
		}
		return n, err
	}
	return n, nil
}

// streamShard streams one shard's items into out. When a replica fails
// mid-stream, another one resumes after the items already passed on.
func streamShard[T any](ctx context.Context, g *Gateway, shard int, op string, req streamRequest, out chan<- T) error {
	got := 0
	var last error
	for i, subject := range g.targets(shard, op) {
		req.Skip = got
		err := g.attemptOnce(ctx, subject, req, func(ctx context.Context, r *receiver) error {
			for {
				var part streamPart[T]
				if _, err := r.recv(ctx, &part); err != nil {
					return err
				}
				for _, x := range part.Items {
					select {
					case out <- x:
						got++
					case <-ctx.Done():
						return ctx.Err()
					}
				}
				if part.Done {
					return nil
				}
			}
		})
		if err == nil {
			return nil
		}
		if err := g.final(ctx, err); err != nil {
			return err
		}
		last = err
		g.cfg.Logger.Warn("shard stream failed", "shard", shard, "op", op, "attempt", i+1, "after", got, "err", err)
	}
	return &shardError{shards: []int{shard}, err: fmt.Errorf("%s: %w", op, last)}
}
