package cluster

import (
	"context"

	"github.com/govsearch/govsearch"
)

// Requests and answers of the search protocol.
type (
	docRequest struct {
		ID string `json:"id"`
	}
	// streamRequest asks for every hit (or concordance line) of a query;
	// Skip leaves out the first ones, which a gateway already has from a
	// replica that failed mid-stream.
	streamRequest struct {
		Query govsearch.Query `json:"query"`
		Width int             `json:"width,omitempty"`
		Skip  int             `json:"skip,omitempty"`
	}
	// streamPart is one answer of a stream; the final one has Done and the
	// count.
	streamPart[T any] struct {
		Items []T  `json:"items"`
		Done  bool `json:"done,omitempty"`
		Count int  `json:"count,omitempty"`
	}
	trendRequest struct {
		Queries []govsearch.Query `json:"queries"`
		By      string            `json:"by"`
	}
	newestRequest struct {
		Query govsearch.Query `json:"query"`
		N     int             `json:"n"`
	}
	// searchRequest asks for a query's collection statistics (stats) or
	// for the shard's part of a search (search), ranked with Stats.
	searchRequest struct {
		Query   govsearch.Query            `json:"query"`
		Options govsearch.SearchOptions    `json:"options"`
		Stats   *govsearch.CollectionStats `json:"stats,omitempty"`
	}
)

// streamBatch is how many hits or lines one answer of a stream carries.
const streamBatch = 500

// handler returns the handler of op and whether it streams (with flow
// control).
func (r *Replica) handler(op string) (handler, bool) {
	switch op {
	case "docs":
		return r.docs, false
	case "doc":
		return r.doc, false
	case "info":
		return r.info, false
	case "each":
		return r.each, true
	case "kwic":
		return r.kwic, true
	case "trend":
		return r.trend, false
	case "newest":
		return r.newest, false
	case "stats":
		return r.stats, false
	case "search":
		return r.search, false
	}
	return nil, false
}

func (r *Replica) docs(ctx context.Context, data []byte, s *sender) error {
	docs, err := r.ix.Documents(ctx)
	if err != nil {
		return err
	}
	if docs == nil {
		docs = []govsearch.Document{}
	}
	return s.send(docs, true)
}

func (r *Replica) doc(ctx context.Context, data []byte, s *sender) error {
	var req docRequest
	if err := request(data, &req); err != nil {
		return err
	}
	dc, err := r.ix.Document(req.ID)
	if err != nil {
		return err
	}
	return s.send(dc, true)
}

func (r *Replica) info(ctx context.Context, data []byte, s *sender) error {
	return s.send(r.ix.Info(), true)
}

// streamItems runs walk, sending what it yields in answers of streamBatch,
// after skipping the first skip.
func streamItems[T any](s *sender, skip int, walk func(fn func(T) error) (int, error)) error {
	var buf []T
	seen := 0
	n, err := walk(func(v T) error {
		seen++
		if seen <= skip {
			return nil
		}
		buf = append(buf, v)
		if len(buf) == streamBatch {
			if err := s.send(streamPart[T]{Items: buf}, false); err != nil {
				return err
			}
			buf = buf[:0]
		}
		return nil
	})
	if err != nil {
		return err
	}
	return s.send(streamPart[T]{Items: buf, Done: true, Count: n}, true)
}

func (r *Replica) each(ctx context.Context, data []byte, s *sender) error {
	var req streamRequest
	if err := request(data, &req); err != nil {
		return err
	}
	return streamItems(s, req.Skip, func(fn func(govsearch.Hit) error) (int, error) {
		return r.ix.Each(ctx, req.Query, fn)
	})
}

func (r *Replica) kwic(ctx context.Context, data []byte, s *sender) error {
	var req streamRequest
	if err := request(data, &req); err != nil {
		return err
	}
	return streamItems(s, req.Skip, func(fn func(govsearch.ConcordanceLine) error) (int, error) {
		return r.ix.Concordance(ctx, req.Query, req.Width, fn)
	})
}

func (r *Replica) trend(ctx context.Context, data []byte, s *sender) error {
	var req trendRequest
	if err := request(data, &req); err != nil {
		return err
	}
	tr, err := r.ix.Trend(ctx, req.Queries, req.By)
	if err != nil {
		return err
	}
	return s.send(tr, true)
}

func (r *Replica) newest(ctx context.Context, data []byte, s *sender) error {
	var req newestRequest
	if err := request(data, &req); err != nil {
		return err
	}
	hits, err := r.ix.NewestShard(ctx, req.Query, req.N)
	if err != nil {
		return err
	}
	return s.send(hits, true)
}

func (r *Replica) stats(ctx context.Context, data []byte, s *sender) error {
	var req searchRequest
	if err := request(data, &req); err != nil {
		return err
	}
	st, err := r.ix.CollectionStats(ctx, req.Query, req.Options)
	if err != nil {
		return err
	}
	return s.send(st, true)
}

func (r *Replica) search(ctx context.Context, data []byte, s *sender) error {
	var req searchRequest
	if err := request(data, &req); err != nil {
		return err
	}
	res, err := r.ix.SearchShard(ctx, req.Query, req.Options, req.Stats)
	if err != nil {
		return err
	}
	return s.send(res, true)
}
