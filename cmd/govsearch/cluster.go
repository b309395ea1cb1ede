package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/cluster"
)

// connectNATS connects to a NATS cluster (comma-separated URLs),
// reconnecting for ever when a server goes away.
func connectNATS(url, name string) (*nats.Conn, error) {
	nc, err := nats.Connect(url, nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(time.Second))
	if err != nil {
		return nil, fmt.Errorf("connect to NATS at %s: %w", url, err)
	}
	return nc, nil
}

// logSink is `govsearch index --nats`: the parsed documents go into the
// cluster's document log instead of a local index.
type logSink struct {
	ctx context.Context
	nc  *nats.Conn
	pub *cluster.Publisher
}

func openLog(ctx context.Context, url string) (*logSink, error) {
	nc, err := connectNATS(url, "govsearch index")
	if err != nil {
		return nil, err
	}
	pub, err := cluster.NewPublisher(ctx, nc)
	if err != nil {
		nc.Close()
		return nil, err
	}
	return &logSink{ctx: ctx, nc: nc, pub: pub}, nil
}

func (l *logSink) close() { l.nc.Close() }

// known maps the sources of the documents in the log to their hashes.
func (l *logSink) known(ctx context.Context) (map[string]string, error) {
	return l.pub.Known(ctx)
}

func (l *logSink) put(d govsearch.DocumentContent) error { return l.pub.Put(l.ctx, d) }
func (l *logSink) remove(id string) error                { return l.pub.Delete(l.ctx, id) }

// finish waits until the log has acknowledged every message.
func (l *logSink) finish(run *indexRun, stderr io.Writer) error {
	start := time.Now()
	if err := l.pub.Flush(l.ctx); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "published %d new or changed, %d unchanged, %d removed, %d failed into the document log %s (%.1fs)\n",
		run.put, run.unchanged, run.removed, run.failed, cluster.StreamName, time.Since(start).Seconds())
	return nil
}
