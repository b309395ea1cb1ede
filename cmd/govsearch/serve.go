package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"time"

	"github.com/govsearch/govsearch/check"
	"github.com/govsearch/govsearch/cluster"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/seeds"
	"github.com/govsearch/govsearch/server"
)

// buildFromSeeds indexes the embedded seed reports into dir.
func buildFromSeeds(ctx context.Context, dir string) (*index.UpdateResult, error) {
	entries, err := fs.ReadDir(seeds.FS, ".")
	if err != nil {
		return nil, fmt.Errorf("read embedded seeds: %w", err)
	}
	var change index.Change
	for _, e := range entries {
		source := seeds.Dir + "/" + e.Name()
		p, err := ingest.ParseFS(seeds.FS, e.Name(), source)
		if err != nil {
			return nil, err
		}
		change.Put = append(change.Put, p.DocumentContent)
	}
	return index.Update(ctx, dir, change, index.Options{})
}

// cmdServe runs `govsearch serve`: it opens the index (built from the
// embedded seeds when there is none), serves the API, page and widget, and
// picks up new generations while it runs.
func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	dir := fs.String("index", defaultIndex, "index directory")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	var origins multiFlag
	fs.Var(&origins, "cors-origin", "origin allowed to use the API from a browser (repeatable)")
	var hosts multiFlag
	fs.Var(&hosts, "allowed-host", "host name (or name:port) the server answers for, besides loopback names and the --addr host (repeatable)")
	timeout := fs.Duration("timeout", 10*time.Second, "time limit per search")
	maxQuery := fs.Int("max-query", 500, "longest query, in characters")
	maxSize := fs.Int("max-size", 100, "largest page of hits")
	maxConc := fs.Int("max-concurrent", 0, "searches at once; more get 503 (0: 4 per CPU)")
	logFormat := fs.String("log-format", "text", "log format: text or json")
	readTimeout := fs.Duration("read-timeout", 10*time.Second, "time to read a request")
	writeTimeout := fs.Duration("write-timeout", 0, "time to write a response (0: export timeout + 10s)")
	exportTimeout := fs.Duration("export-timeout", 5*time.Minute, "time limit of an export")
	queueWait := fs.Duration("queue-wait", 100*time.Millisecond, "how long a search may wait for a free slot before 503")
	natsURL := fs.String("nats", "", "serve as a cluster's gateway: NATS server URLs, comma-separated (with --shards)")
	shards := fs.Int("shards", 0, "the cluster's number of shards (with --nats)")
	shardTimeout := fs.Duration("shard-timeout", cluster.DefaultShardTimeout, "with --nats: silence of a replica after which its request goes to another")
	gc := addGCFlags(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	gc.apply()
	logger, err := newLogger(*logFormat, stderr)
	if err != nil {
		return err
	}
	cfg := server.Config{
		Addr: *addr, Version: version, RequestTimeout: *timeout, MaxQueryRunes: *maxQuery,
		MaxPageSize: *maxSize, MaxConcurrent: *maxConc, CORSOrigins: origins, AllowedHosts: hosts, Logger: logger,
		Highlighter: index.HighlightTerms, ReadTimeout: *readTimeout, WriteTimeout: *writeTimeout,
		ExportTimeout: *exportTimeout, QueueWait: *queueWait,
	}
	if *natsURL != "" || *shards != 0 {
		return serveGateway(ctx, *natsURL, *shards, *shardTimeout, cfg)
	}
	start := time.Now()
	if !index.Exists(*dir) {
		logger.Info("no index yet: indexing the embedded seeds", "index", *dir)
		res, err := buildFromSeeds(ctx, *dir)
		if err != nil {
			return err
		}
		logger.Info("seeds indexed", "documents", res.Documents, "paragraphs", res.Paragraphs, "seconds", time.Since(start).Seconds())
	}
	ix, err := index.Open(*dir, index.Options{})
	if err != nil {
		return err
	}
	defer ix.Close()
	go loadSegmenterWhenIdle(ctx, ix, segmenterIdle)
	checker, err := check.New(ix, check.Config{Highlight: index.HighlightTerms})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	cfg.Checker = checker
	srv := server.New(ix, cfg, nil)
	go watchGenerations(ctx, ix, logger)
	st := ix.Stats()
	logger.Info("serving", "url", "http://"+ln.Addr().String(), "documents", st.Documents, "paragraphs", st.Paragraphs, "startup_seconds", time.Since(start).Seconds())
	return srv.ListenAndServe(ctx, ln)
}

// segmenterIdle is how long a server waits without searches, after it
// starts and after each search, before it loads the gse dictionary.
const segmenterIdle = 3 * time.Second

// loadSegmenterWhenIdle loads the gse dictionary (about 0.5 s of CPU and
// 23 MB of heap, read into a trie by package segment) once no search has
// started for idle. Exact search never needs
// it, so loading it at start would only compete with the first answers
// for the cores and fill the memory; mode=any and explanations load it
// on first use if they come before.
func loadSegmenterWhenIdle(ctx context.Context, ix *index.Index, idle time.Duration) {
	since := time.Now()
	t := time.NewTicker(idle / 4)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if last := ix.LastSearch(); last.After(since) {
				since = last
			}
			if time.Since(since) >= idle {
				_ = ix.Segmenter().Load()
				return
			}
		}
	}
}

// watchGenerations picks up what `govsearch index` writes while serving.
func watchGenerations(ctx context.Context, ix *index.Index, logger *slog.Logger) {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			switched, err := ix.Reload()
			if err != nil {
				logger.Warn("reload index", "err", err)
			} else if switched {
				st := ix.Stats()
				logger.Info("index reloaded", "generation", st.Generation, "documents", st.Documents, "paragraphs", st.Paragraphs)
			}
		}
	}
}
