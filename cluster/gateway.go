package cluster

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/govsearch/govsearch"
)

// GatewayConfig configures a gateway; zero values take the defaults.
type GatewayConfig struct {
	// Shards is the number of shards; every replica must run with the
	// same number.
	Shards int
	// ShardTimeout bounds one attempt at one shard; Attempts is how many
	// replicas are tried before the shard counts as unavailable.
	ShardTimeout time.Duration
	Attempts     int
	// Heartbeat is the replicas' heartbeat period: a replica not heard from
	// for three of them is gone.
	Heartbeat time.Duration
	Logger    *slog.Logger
}

// Gateway answers searches by scatter-gather over the shards' replicas.
// It implements server.Searcher and server.Researcher, and reports the
// cluster's health and per-shard metrics.
type Gateway struct {
	cfg GatewayConfig
	nc  *nats.Conn
	sub *nats.Subscription

	mu       sync.Mutex
	replicas map[string]*replicaInfo // by replica name

	latency *prometheus.HistogramVec
	retries *prometheus.CounterVec
}

// replicaInfo is what a gateway knows of a replica from its heartbeats.
type replicaInfo struct {
	hb   heartbeat
	seen time.Time
}

// NewGateway returns a gateway over nc that listens to the replicas'
// heartbeats. Close stops it.
func NewGateway(nc *nats.Conn, cfg GatewayConfig) (*Gateway, error) {
	if cfg.Shards <= 0 {
		return nil, govsearch.Errorf(govsearch.EInvalid, "--shards must be positive")
	}
	if cfg.ShardTimeout <= 0 {
		cfg.ShardTimeout = DefaultShardTimeout
	}
	if cfg.Attempts <= 0 {
		cfg.Attempts = DefaultAttempts
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = DefaultHeartbeat
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	g := &Gateway{
		cfg: cfg, nc: nc, replicas: map[string]*replicaInfo{},
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "govsearch_shard_request_duration_seconds",
			Help:    "Latency of the requests a gateway sends to each shard, by shard and request.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 10},
		}, []string{"shard", "op"}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "govsearch_shard_retries_total",
			Help: "Requests to a shard retried on another replica, by shard.",
		}, []string{"shard"}),
	}
	sub, err := nc.Subscribe(heartbeatSubject(cfg.Shards), g.onHeartbeat)
	if err != nil {
		return nil, fmt.Errorf("subscribe to heartbeats: %w", err)
	}
	g.sub = sub
	return g, nil
}

// Close stops listening to heartbeats.
func (g *Gateway) Close() error { return g.sub.Unsubscribe() }

func (g *Gateway) onHeartbeat(m *nats.Msg) {
	var hb heartbeat
	if err := json.Unmarshal(m.Data, &hb); err != nil || hb.Shards != g.cfg.Shards {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if hb.Leaving {
		delete(g.replicas, hb.Replica)
		return
	}
	g.replicas[hb.Replica] = &replicaInfo{hb: hb, seen: time.Now()}
}

// live reports whether a replica was heard from recently.
func (g *Gateway) live(ri *replicaInfo, now time.Time) bool {
	every := time.Duration(ri.hb.Every * float64(time.Second))
	if every <= 0 {
		every = g.cfg.Heartbeat
	}
	return now.Sub(ri.seen) < defaultLiveAfterBeat*every
}

// ReplicaHealth is one replica as the gateway's health report shows it.
type ReplicaHealth struct {
	Replica string `json:"replica"`
	// Serving: the replica has caught up once and answers searches.
	Serving bool `json:"serving"`
	// Lag is how many messages of the log the replica has not applied yet
	// (-1: not known yet).
	Lag        int64   `json:"lag"`
	Documents  int     `json:"documents"`
	Paragraphs int     `json:"paragraphs"`
	LastSeen   float64 `json:"last_seen_seconds_ago"`
}

// ShardHealth is one shard in the health report.
type ShardHealth struct {
	Shard int `json:"shard"`
	// OK: a live replica answers searches and has caught up with the log.
	OK       bool            `json:"ok"`
	Replicas []ReplicaHealth `json:"replicas"`
}

// Health reports whether every shard has a live replica that has caught
// up with the log, and the replicas of each shard with their lag.
func (g *Gateway) Health() (bool, any) {
	shards := g.shardHealth()
	ok := true
	for _, s := range shards {
		ok = ok && s.OK
	}
	return ok, map[string]any{"shards": shards}
}

func (g *Gateway) shardHealth() []ShardHealth {
	now := time.Now()
	out := make([]ShardHealth, g.cfg.Shards)
	for i := range out {
		out[i] = ShardHealth{Shard: i, Replicas: []ReplicaHealth{}}
	}
	g.mu.Lock()
	for name, ri := range g.replicas {
		if !g.live(ri, now) {
			if now.Sub(ri.seen) > time.Minute {
				delete(g.replicas, name)
			}
			continue
		}
		s := &out[ri.hb.Shard]
		s.Replicas = append(s.Replicas, ReplicaHealth{
			Replica: name, Serving: ri.hb.Serving, Lag: ri.hb.Lag, Documents: ri.hb.Documents,
			Paragraphs: ri.hb.Paragraphs, LastSeen: now.Sub(ri.seen).Seconds(),
		})
		if ri.hb.Serving && ri.hb.Lag == 0 {
			s.OK = true
		}
	}
	g.mu.Unlock()
	for i := range out {
		sort.Slice(out[i].Replicas, func(a, b int) bool { return out[i].Replicas[a].Replica < out[i].Replicas[b].Replica })
	}
	return out
}

// Describe implements prometheus.Collector: the per-shard latency and
// retries, and each replica's lag.
func (g *Gateway) Describe(ch chan<- *prometheus.Desc) {
	g.latency.Describe(ch)
	g.retries.Describe(ch)
	ch <- lagDesc
	ch <- liveDesc
}

var (
	lagDesc  = prometheus.NewDesc("govsearch_replica_lag_messages", "Messages of the document log a live replica has not applied yet.", []string{"shard", "replica"}, nil)
	liveDesc = prometheus.NewDesc("govsearch_shard_live_replicas", "Live replicas answering each shard's searches.", []string{"shard"}, nil)
)

// Collect implements prometheus.Collector.
func (g *Gateway) Collect(ch chan<- prometheus.Metric) {
	g.latency.Collect(ch)
	g.retries.Collect(ch)
	for _, s := range g.shardHealth() {
		shard := strconv.Itoa(s.Shard)
		live := 0
		for _, r := range s.Replicas {
			ch <- prometheus.MustNewConstMetric(lagDesc, prometheus.GaugeValue, float64(r.Lag), shard, r.Replica)
			if r.Serving {
				live++
			}
		}
		ch <- prometheus.MustNewConstMetric(liveDesc, prometheus.GaugeValue, float64(live), shard)
	}
}

// call sends a request to one replica of a shard and reads its answer
// into out, retrying on another replica when one fails or does not answer
// in time. A shard that no replica answers is a shardError.
func (g *Gateway) call(ctx context.Context, shard int, op string, req any, out any) error {
	return g.attempt(ctx, shard, op, req, func(ctx context.Context, r *receiver) error {
		_, err := r.recv(ctx, out)
		return err
	})
}

// attempt runs read over the answers of up to Attempts replicas of a
// shard, until one succeeds: the first in the shard's queue group, the
// next ones addressed by name, each a live replica not tried yet. read's
// error decides: a replica's answer that is an error of the request (bad
// request, not found, timeout) ends the attempts; no answer, or a failed
// replica, tries another.
func (g *Gateway) attempt(ctx context.Context, shard int, op string, req any, read func(context.Context, *receiver) error) error {
	data, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("encode %s request: %w", op, err)
	}
	start := time.Now()
	defer func() { g.latency.WithLabelValues(strconv.Itoa(shard), op).Observe(time.Since(start).Seconds()) }()
	var last error
	for i, subject := range g.targets(shard, op) {
		if i > 0 {
			g.retries.WithLabelValues(strconv.Itoa(shard)).Inc()
		}
		err := g.once(ctx, subject, data, read)
		if err == nil {
			return nil
		}
		if err := g.final(ctx, err); err != nil {
			return err
		}
		last = err
		g.cfg.Logger.Warn("shard request failed", "shard", shard, "op", op, "attempt", i+1, "err", err)
	}
	return &shardError{shards: []int{shard}, err: last}
}

// final returns the error to end the attempts with, or nil when another
// replica should be tried (after a moment, when no replica listened:
// perhaps one is joining).
func (g *Gateway) final(ctx context.Context, err error) error {
	var remote *remoteError
	if errors.As(err, &remote) && remote.err.Code != govsearch.EInternal {
		return remote.err
	}
	if ctx.Err() != nil {
		return govsearch.Errorf(govsearch.ETimeout, "the search took longer than allowed")
	}
	if errors.Is(err, errNoResponders) || errors.Is(err, nats.ErrNoResponders) {
		select {
		case <-ctx.Done():
		case <-time.After(50 * time.Millisecond):
		}
	}
	return nil
}

// targets are the subjects of the attempts at a shard: its queue group,
// then its live replicas by name in random order, Attempts in all.
func (g *Gateway) targets(shard int, op string) []string {
	out := []string{shardSubject(g.cfg.Shards, shard, op)}
	now := time.Now()
	g.mu.Lock()
	var names []string
	for name, ri := range g.replicas {
		if ri.hb.Shard == shard && ri.hb.Serving && g.live(ri, now) {
			names = append(names, name)
		}
	}
	g.mu.Unlock()
	rand.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
	for _, name := range names {
		if len(out) == g.cfg.Attempts {
			break
		}
		out = append(out, replicaSubject(g.cfg.Shards, shard, name, op))
	}
	for len(out) < g.cfg.Attempts {
		out = append(out, out[0])
	}
	return out
}

// attemptOnce sends one request to subject and reads its answers with
// read.
func (g *Gateway) attemptOnce(ctx context.Context, subject string, req any, read func(context.Context, *receiver) error) error {
	data, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("encode request: %w", err)
	}
	return g.once(ctx, subject, data, read)
}

// once sends one request and reads its answers with a fresh per-attempt
// timeout for each answer.
func (g *Gateway) once(ctx context.Context, subject string, data []byte, read func(context.Context, *receiver) error) error {
	inbox := g.nc.NewRespInbox()
	sub, err := g.nc.SubscribeSync(inbox)
	if err != nil {
		return fmt.Errorf("subscribe: %w", err)
	}
	defer sub.Unsubscribe()
	m := nats.NewMsg(subject)
	m.Reply = inbox
	m.Data = data
	if dl, ok := ctx.Deadline(); ok {
		m.Header.Set(hdrTimeout, time.Until(dl).String())
	}
	if err := g.nc.PublishMsg(m); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	return read(ctx, &receiver{sub: sub, timeout: g.cfg.ShardTimeout})
}

// shardError says which shards have no live replica.
type shardError struct {
	shards []int
	err    error
}

func (e *shardError) Error() string { return e.public().Error() + ": " + e.err.Error() }
func (e *shardError) Unwrap() error { return e.public() }

func (e *shardError) public() *govsearch.Error {
	names := make([]string, len(e.shards))
	for i, s := range e.shards {
		names[i] = strconv.Itoa(s)
	}
	noun := "shards"
	return govsearch.Errorf(govsearch.EShardUnavailable, "no live replica answered for %s %s; the answer would be incomplete", noun, strings.Join(names, ", "))
}

// scatter calls every shard at once; fn runs per shard. Shards without a
// live replica are reported together in one shardError.
func (g *Gateway) scatter(ctx context.Context, fn func(ctx context.Context, shard int) error) error {
	errs := make([]error, g.cfg.Shards)
	var wg sync.WaitGroup
	for i := range g.cfg.Shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fn(ctx, i)
		}()
	}
	wg.Wait()
	var down *shardError
	for i, err := range errs {
		var se *shardError
		switch {
		case err == nil:
		case errors.As(err, &se):
			if down == nil {
				down = &shardError{err: se.err}
			}
			down.shards = append(down.shards, i)
		default:
			return err
		}
	}
	if down != nil {
		return down
	}
	return nil
}
