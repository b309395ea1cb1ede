package main

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/govsearch/govsearch/check"
	"github.com/govsearch/govsearch/cluster"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/server"
)

// serveGateway runs `govsearch serve --nats URL --shards N`: the same API,
// page and widget as a single node, answered by the cluster's shards.
func serveGateway(ctx context.Context, url string, shards int, shardTimeout time.Duration, cfg server.Config) error {
	if url == "" || shards <= 0 {
		return usageError{"a gateway needs both --nats and --shards"}
	}
	nc, err := connectNATS(url, fmt.Sprintf("govsearch gateway of %d shards", shards))
	if err != nil {
		return err
	}
	defer nc.Close()
	g, err := cluster.NewGateway(nc, cluster.GatewayConfig{Shards: shards, ShardTimeout: shardTimeout, Logger: cfg.Logger})
	if err != nil {
		return err
	}
	defer g.Close()
	checker, err := check.New(g, check.Config{Highlight: index.HighlightTerms})
	if err != nil {
		return err
	}
	cfg.Checker = checker
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	srv := server.New(g, cfg, nil)
	cfg.Logger.Info("serving as a gateway", "url", "http://"+ln.Addr().String(), "shards", shards)
	return srv.ListenAndServe(ctx, ln)
}
