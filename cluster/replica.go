package cluster

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nuid"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
)

// ReplicaConfig configures a replica; zero values take the defaults.
type ReplicaConfig struct {
	// Shard is the shard this replica holds (0-based) of Shards.
	Shard, Shards int
	// Dir is the local index directory. It also keeps the replica's name
	// (replica.json), so that a restarted replica resumes its durable
	// consumer and an empty directory starts a new one from the log's
	// beginning.
	Dir string
	// BatchBytes and BatchWait bound one batch of the log applied by one
	// index.Update: an update writes a new generation, so the replica
	// gathers as many documents as arrive within BatchWait, up to
	// BatchBytes of messages.
	BatchBytes int
	BatchWait  time.Duration
	// Heartbeat is how often the replica tells gateways it is alive and how
	// far behind the log it is.
	Heartbeat time.Duration
	// InactiveThreshold is how long the server keeps the replica's durable
	// consumer while nobody pulls from it (a replica gone for good).
	InactiveThreshold time.Duration
	Logger            *slog.Logger
	Options           index.Options
}

func (c *ReplicaConfig) setDefaults() {
	if c.BatchBytes <= 0 {
		c.BatchBytes = DefaultBatchBytes
	}
	if c.BatchWait <= 0 {
		c.BatchWait = DefaultBatchWait
	}
	if c.Heartbeat <= 0 {
		c.Heartbeat = DefaultHeartbeat
	}
	if c.InactiveThreshold <= 0 {
		c.InactiveThreshold = 7 * 24 * time.Hour
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
}

// replicaState is what a replica keeps in its directory besides the index.
type replicaState struct {
	Name    string `json:"name"`
	Shard   int    `json:"shard"`
	Shards  int    `json:"shards"`
	Applied uint64 `json:"applied"` // the last log sequence applied and acknowledged
}

const stateFile = "replica.json"

// Replica is one replica of one shard: it follows the document log and
// answers its shard's searches.
type Replica struct {
	cfg    ReplicaConfig
	nc     *nats.Conn
	js     jetstream.JetStream
	stream jetstream.Stream
	cons   jetstream.Consumer
	ix     *index.Index
	state  replicaState
	log    *slog.Logger

	lag     atomic.Int64
	applied atomic.Uint64
	serving atomic.Bool
	// sem bounds the requests answered at once.
	sem chan struct{}
	wg  sync.WaitGroup
}

// RunReplica runs a replica over nc until ctx is done or the replica
// fails. It opens (or creates) the index in cfg.Dir, catches up with the
// log, and then joins its shard's queue group.
func RunReplica(ctx context.Context, nc *nats.Conn, cfg ReplicaConfig) error {
	cfg.setDefaults()
	if cfg.Shards <= 0 || cfg.Shard < 0 || cfg.Shard >= cfg.Shards {
		return govsearch.Errorf(govsearch.EInvalid, "shard %d of %d: the shard must be 0 … shards-1", cfg.Shard, cfg.Shards)
	}
	r := &Replica{cfg: cfg, nc: nc, sem: make(chan struct{}, 2*runtime.GOMAXPROCS(0))}
	if err := r.open(ctx); err != nil {
		return err
	}
	defer r.ix.Close()
	r.applied.Store(r.state.Applied)
	r.log = cfg.Logger.With("replica", r.state.Name, "shard", cfg.Shard, "shards", cfg.Shards)
	r.lag.Store(-1)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 1)
	r.wg.Add(2)
	go func() {
		defer r.wg.Done()
		if err := r.follow(ctx); err != nil && ctx.Err() == nil {
			errc <- err
			cancel()
		}
	}()
	go func() {
		defer r.wg.Done()
		r.heartbeats(ctx)
	}()
	<-ctx.Done()
	r.wg.Wait()
	// Tell the gateways at once rather than letting them wait for missed
	// heartbeats.
	r.serving.Store(false)
	r.beat(context.Background(), true)
	select {
	case err := <-errc:
		return err
	default:
		return nil
	}
}

// open reads or creates the replica's state and index, and its durable
// consumer.
func (r *Replica) open(ctx context.Context) error {
	cfg := r.cfg
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return fmt.Errorf("replica directory: %w", err)
	}
	b, err := os.ReadFile(filepath.Join(cfg.Dir, stateFile))
	switch {
	case err == nil && index.Exists(cfg.Dir):
		if err := json.Unmarshal(b, &r.state); err != nil {
			return fmt.Errorf("read %s: %w", filepath.Join(cfg.Dir, stateFile), err)
		}
		if r.state.Shard != cfg.Shard || r.state.Shards != cfg.Shards {
			return govsearch.Errorf(govsearch.EInvalid, "%s holds shard %d of %d, not %d of %d: give each shard a directory of its own",
				cfg.Dir, r.state.Shard, r.state.Shards, cfg.Shard, cfg.Shards)
		}
	case err == nil || errors.Is(err, os.ErrNotExist):
		// A new replica, or an index lost: a new consumer from the start.
		r.state = replicaState{Name: "govsearch-" + strings.ToLower(nuid.Next()), Shard: cfg.Shard, Shards: cfg.Shards}
	default:
		return fmt.Errorf("replica state: %w", err)
	}
	if !index.Exists(cfg.Dir) {
		if _, err := index.Update(ctx, cfg.Dir, index.Change{}, cfg.Options); err != nil {
			return fmt.Errorf("create index %s: %w", cfg.Dir, err)
		}
	}
	if err := r.saveState(); err != nil {
		return err
	}
	ix, err := index.Open(cfg.Dir, cfg.Options)
	if err != nil {
		return err
	}
	r.ix = ix
	// Exact matching needs no dictionary; ranking words and mode=any do.
	ix.Segmenter().LoadAsync()
	js, err := jetstream.New(r.nc)
	if err != nil {
		ix.Close()
		return fmt.Errorf("jetstream: %w", err)
	}
	r.js = js
	// JetStream may not answer yet (a cluster electing its leader, a
	// server restarting): try again until it does.
	for wait := time.Second; ; wait = min(2*wait, 30*time.Second) {
		if r.stream, err = EnsureStream(ctx, js); err == nil {
			if r.cons, err = r.consumer(ctx); err == nil {
				return nil
			}
		}
		cfg.Logger.Warn("the document log does not answer yet", "err", err, "retry_in", wait)
		select {
		case <-ctx.Done():
			ix.Close()
			return err
		case <-time.After(wait):
		}
	}
}

// consumer returns the replica's durable consumer, created from the
// sequence after the last one applied when the server does not have it
// (new, or removed after InactiveThreshold).
func (r *Replica) consumer(ctx context.Context) (jetstream.Consumer, error) {
	c, err := r.stream.Consumer(ctx, r.state.Name)
	if err == nil {
		return c, nil
	}
	if !errors.Is(err, jetstream.ErrConsumerNotFound) {
		return nil, fmt.Errorf("consumer %s: %w", r.state.Name, err)
	}
	cc := jetstream.ConsumerConfig{
		Durable:       r.state.Name,
		Description:   fmt.Sprintf("govsearch replica of shard %d of %d", r.cfg.Shard, r.cfg.Shards),
		FilterSubject: docsFilter,
		AckPolicy:     jetstream.AckAllPolicy,
		// A batch unacknowledged this long is redelivered (a lost
		// acknowledgement must not stall the replica); an update that takes
		// longer keeps its batch in progress.
		AckWait:           2 * time.Minute,
		MaxAckPending:     -1,
		InactiveThreshold: r.cfg.InactiveThreshold,
		DeliverPolicy:     jetstream.DeliverAllPolicy,
	}
	if r.state.Applied > 0 {
		cc.DeliverPolicy = jetstream.DeliverByStartSequencePolicy
		cc.OptStartSeq = r.state.Applied + 1
	}
	c, err = r.stream.CreateOrUpdateConsumer(ctx, cc)
	if err != nil {
		return nil, fmt.Errorf("create consumer %s: %w", r.state.Name, err)
	}
	return c, nil
}

func (r *Replica) saveState() error {
	b, _ := json.MarshalIndent(r.state, "", "  ")
	path := filepath.Join(r.cfg.Dir, stateFile)
	if err := os.WriteFile(path+".tmp", b, 0o644); err != nil {
		return fmt.Errorf("write replica state: %w", err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		return fmt.Errorf("write replica state: %w", err)
	}
	return nil
}

// follow applies the log to the index, batch after batch, and joins the
// queue group once it has caught up.
func (r *Replica) follow(ctx context.Context) error {
	var sub, direct *nats.Subscription
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
			direct.Unsubscribe()
		}
	}()
	backoff := time.Second
	for ctx.Err() == nil {
		pending, err := r.applyBatch(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			r.log.Error("apply the document log", "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, time.Minute)
			continue
		}
		backoff = time.Second
		if pending == 0 && sub == nil {
			sub, err = r.nc.QueueSubscribe(shardSubject(r.cfg.Shards, r.cfg.Shard, "*"), shardQueue(r.cfg.Shards, r.cfg.Shard), r.dispatch(ctx))
			if err != nil {
				return fmt.Errorf("subscribe to shard %d's searches: %w", r.cfg.Shard, err)
			}
			direct, err = r.nc.Subscribe(replicaSubject(r.cfg.Shards, r.cfg.Shard, r.state.Name, "*"), r.dispatch(ctx))
			if err != nil {
				return fmt.Errorf("subscribe to shard %d's searches: %w", r.cfg.Shard, err)
			}
			r.serving.Store(true)
			st := r.ix.Stats()
			r.log.Info("caught up with the log: answering searches", "documents", st.Documents, "paragraphs", st.Paragraphs)
			r.beat(ctx, false)
		}
	}
	return nil
}

// applyBatch fetches one batch of the log, applies this shard's part of
// it with one index.Update, and acknowledges it. It returns how many
// messages the log still holds for the replica after the batch.
func (r *Replica) applyBatch(ctx context.Context) (uint64, error) {
	batch, err := r.cons.FetchBytes(r.cfg.BatchBytes, jetstream.FetchMaxWait(r.cfg.BatchWait))
	if err != nil {
		return 0, fmt.Errorf("fetch: %w", err)
	}
	var msgs []jetstream.Msg
	for m := range batch.Messages() {
		msgs = append(msgs, m)
	}
	if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, jetstream.ErrNoMessages) {
		nakAll(msgs)
		return 0, fmt.Errorf("fetch: %w", err)
	}
	if len(msgs) == 0 {
		ci, err := r.cons.Info(ctx)
		if err != nil {
			return 0, fmt.Errorf("consumer info: %w", err)
		}
		return ci.NumPending + uint64(ci.NumAckPending), nil
	}
	change, err := r.changeOf(ctx, msgs)
	if err != nil {
		nakAll(msgs)
		return 0, err
	}
	last := msgs[len(msgs)-1]
	meta, err := last.Metadata()
	if err != nil {
		nakAll(msgs)
		return 0, fmt.Errorf("message metadata: %w", err)
	}
	if len(change.Put)+len(change.Delete) > 0 {
		start := time.Now()
		stop := inProgress(msgs, 30*time.Second)
		res, err := index.Update(ctx, r.cfg.Dir, change, r.cfg.Options)
		stop()
		if err != nil {
			nakAll(msgs)
			return 0, fmt.Errorf("update the index: %w", err)
		}
		if _, err := r.ix.Reload(); err != nil {
			nakAll(msgs)
			return 0, fmt.Errorf("reload the index: %w", err)
		}
		r.log.Info("applied", "messages", len(msgs), "put", len(change.Put), "deleted", len(change.Delete),
			"documents", res.Documents, "paragraphs", res.Paragraphs, "seconds", time.Since(start).Seconds(), "log_seq", meta.Sequence.Stream)
	}
	// Durable: the generation is written; the log may forget the batch for
	// this replica. One acknowledgement covers the batch (AckAll).
	r.state.Applied = meta.Sequence.Stream
	if err := r.saveState(); err != nil {
		nakAll(msgs)
		return 0, err
	}
	r.applied.Store(r.state.Applied)
	if err := last.DoubleAck(ctx); err != nil {
		// Not known to be acknowledged: have the batch again at once (it
		// applies again harmlessly) rather than after AckWait.
		nakAll(msgs)
		return 0, fmt.Errorf("acknowledge: %w", err)
	}
	r.lag.Store(int64(meta.NumPending))
	return meta.NumPending, nil
}

// changeOf turns a batch of log messages into the change they make to this
// replica's shard: the last operation on each document wins, documents of
// other shards are skipped.
func (r *Replica) changeOf(ctx context.Context, msgs []jetstream.Msg) (index.Change, error) {
	// The last operation on each document wins.
	ops := map[string]*govsearch.DocumentContent{} // nil: delete
	var order []string
	for _, m := range msgs {
		h := m.Headers()
		id := unescape(h.Get(hdrDocID))
		if id == "" || index.ShardOf(id, r.cfg.Shards) != r.cfg.Shard {
			continue
		}
		if _, seen := ops[id]; !seen {
			order = append(order, id)
		}
		if h.Get(hdrOp) == opDelete {
			ops[id] = nil
			continue
		}
		d, ok, err := readBody(ctx, r.stream, id, h, m.Data())
		if err != nil {
			return index.Change{}, err
		}
		if !ok {
			// Its parts were replaced: a newer version follows in the log.
			delete(ops, id)
			continue
		}
		ops[id] = d
	}
	var change index.Change
	for _, id := range order {
		d, ok := ops[id]
		switch {
		case !ok:
		case d == nil:
			change.Delete = append(change.Delete, id)
		default:
			change.Put = append(change.Put, *d)
		}
	}
	return change, nil
}

// inProgress tells the server every period that msgs are still being
// worked on, until stop is called, so that a long update does not see its
// batch redelivered.
func inProgress(msgs []jetstream.Msg, period time.Duration) (stop func()) {
	return every(period, func() {
		for _, m := range msgs {
			m.InProgress()
		}
	})
}

func nakAll(msgs []jetstream.Msg) {
	for _, m := range msgs {
		m.Nak()
	}
}

// dispatch answers the requests of the queue group, a bounded number at a
// time. A request waiting for its turn is kept alive at once, so that the
// gateway does not take a busy replica for a failed one.
func (r *Replica) dispatch(ctx context.Context) nats.MsgHandler {
	return func(m *nats.Msg) {
		if m.Reply == "" {
			return
		}
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			op := m.Subject[strings.LastIndexByte(m.Subject, '.')+1:]
			h, flow := r.handler(op)
			s := newSender(r.nc, m.Reply, flow)
			defer s.keepAlive(keepAlivePeriod)()
			select {
			case r.sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			defer func() { <-r.sem }()
			r.answer(ctx, op, h, s, m)
		}()
	}
}

// handler answers one kind of request: it decodes the request from data
// and sends its answers with s.
type handler func(ctx context.Context, data []byte, s *sender) error

// answer runs the handler of op.
func (r *Replica) answer(ctx context.Context, op string, h handler, s *sender, m *nats.Msg) {
	if h == nil {
		s.fail(govsearch.Errorf(govsearch.EInvalid, "unknown request %q", op))
		return
	}
	ctx, cancel := context.WithTimeout(ctx, requestDeadline(m.Header))
	defer cancel()
	if err := h(ctx, m.Data, s); err != nil {
		if ctx.Err() != nil && govsearch.ErrorCode(err) == govsearch.EInternal {
			err = govsearch.Errorf(govsearch.ETimeout, "shard %d took longer than allowed", r.cfg.Shard)
		}
		if govsearch.ErrorCode(err) == govsearch.EInternal {
			r.log.Error("request failed", "op", op, "err", err)
		}
		s.fail(err)
	}
}

// hdrTimeout carries how long the gateway waits for the whole request.
const hdrTimeout = "Govsearch-Timeout"

// keepAlivePeriod is how often a replica working on a request says so.
const keepAlivePeriod = 250 * time.Millisecond

func requestDeadline(h nats.Header) time.Duration {
	if d, err := time.ParseDuration(h.Get(hdrTimeout)); err == nil && d > 0 {
		return d
	}
	return 5 * time.Minute
}

// request decodes a request's JSON.
func request(data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return govsearch.Errorf(govsearch.EInvalid, "malformed request: %v", err)
	}
	return nil
}

// heartbeat is what a replica tells the gateways every Heartbeat.
type heartbeat struct {
	Replica    string    `json:"replica"`
	Shard      int       `json:"shard"`
	Shards     int       `json:"shards"`
	Serving    bool      `json:"serving"`
	Leaving    bool      `json:"leaving,omitempty"`
	Lag        int64     `json:"lag"` // messages of the log not yet applied; -1 unknown
	Applied    uint64    `json:"applied"`
	Documents  int       `json:"documents"`
	Paragraphs int       `json:"paragraphs"`
	BuiltAt    time.Time `json:"built_at"`
	Every      float64   `json:"every_seconds"`
}

func (r *Replica) heartbeats(ctx context.Context) {
	t := time.NewTicker(r.cfg.Heartbeat)
	defer t.Stop()
	for {
		r.beat(ctx, false)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// beat publishes one heartbeat, with the consumer's pending count as lag.
func (r *Replica) beat(ctx context.Context, leaving bool) {
	if !leaving {
		ictx, cancel := context.WithTimeout(ctx, r.cfg.Heartbeat)
		ci, err := r.cons.Info(ictx)
		cancel()
		if err == nil {
			r.lag.Store(int64(ci.NumPending) + int64(ci.NumAckPending))
		}
	}
	st := r.ix.Stats()
	hb := heartbeat{
		Replica: r.state.Name, Shard: r.cfg.Shard, Shards: r.cfg.Shards, Serving: r.serving.Load(), Leaving: leaving,
		Lag: r.lag.Load(), Applied: r.applied.Load(), Documents: st.Documents, Paragraphs: st.Paragraphs,
		BuiltAt: st.BuiltAt, Every: r.cfg.Heartbeat.Seconds(),
	}
	b, _ := json.Marshal(hb)
	r.nc.Publish(heartbeatSubject(r.cfg.Shards), b)
}
