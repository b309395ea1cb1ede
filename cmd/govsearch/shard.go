package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/govsearch/govsearch/cluster"
)

// cmdShard runs `govsearch shard`: one replica of one shard of a cluster.
// It follows the document log into its local index and answers the
// shard's searches until it is stopped.
func cmdShard(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("shard", flag.ContinueOnError)
	natsURL := fs.String("nats", "", "NATS server URLs, comma-separated (required)")
	shard := fs.Int("shard", -1, "the shard this replica holds, 0-based (required)")
	shards := fs.Int("shards", 0, "the number of shards (required)")
	dir := fs.String("index", "", "local index directory (default data/shard-I-of-N)")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	gc := addGCFlags(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	gc.apply()
	if *natsURL == "" || *shard < 0 || *shards <= 0 {
		return usageError{"--nats, --shard and --shards are required"}
	}
	if *shard >= *shards {
		return usageError{fmt.Sprintf("--shard %d is not below --shards %d", *shard, *shards)}
	}
	if *dir == "" {
		*dir = fmt.Sprintf("data/shard-%d-of-%d", *shard, *shards)
	}
	logger, err := newLogger(*logFormat, stderr)
	if err != nil {
		return err
	}
	nc, err := connectNATS(*natsURL, fmt.Sprintf("govsearch shard %d of %d", *shard, *shards))
	if err != nil {
		return err
	}
	defer nc.Close()
	logger.Info("replica starting", "shard", *shard, "shards", *shards, "index", *dir)
	return cluster.RunReplica(ctx, nc, cluster.ReplicaConfig{Shard: *shard, Shards: *shards, Dir: *dir, Logger: logger})
}

// newLogger returns a logger in the format asked for.
func newLogger(format string, w io.Writer) (*slog.Logger, error) {
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	}
	return nil, usageError{fmt.Sprintf("--log-format must be text or json, not %q", format)}
}
