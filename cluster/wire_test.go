package cluster

import (
	"context"
	"encoding/json"
	"math/rand"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/govsearch/govsearch"
)

// The protocol tests: a gateway against fake replicas on one embedded
// NATS server, quick enough for the race detector.

func startOneNATS(t *testing.T, maxPayload int32) string {
	t.Helper()
	return startOneNATSWith(t, &server.Options{MaxPayload: maxPayload})
}

// startOneNATSWith starts a server of opts on a free port of 127.0.0.1
// and returns its client URL.
func startOneNATSWith(t *testing.T, opts *server.Options) string {
	t.Helper()
	opts.Host, opts.Port, opts.NoLog, opts.NoSigs = "127.0.0.1", -1, true, true
	s, err := server.NewServer(opts)
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	t.Cleanup(s.Shutdown)
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	return s.ClientURL()
}

func dial(t *testing.T, url string) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return nc
}

// fakeReplica answers shard's requests with answer (nil: takes them and
// never answers), in the queue group and by name, and sends heartbeats.
func fakeReplica(t *testing.T, nc *nats.Conn, shards, shard int, name string, answer func(op string, m *nats.Msg, s *sender)) {
	t.Helper()
	handle := func(m *nats.Msg) {
		if answer == nil {
			return
		}
		op := m.Subject[strings.LastIndexByte(m.Subject, '.')+1:]
		go func() {
			s := newSender(nc, m.Reply, op == "each")
			defer s.keepAlive(50 * time.Millisecond)()
			answer(op, m, s)
		}()
	}
	if _, err := nc.QueueSubscribe(shardSubject(shards, shard, "*"), shardQueue(shards, shard), handle); err != nil {
		t.Fatal(err)
	}
	if _, err := nc.Subscribe(replicaSubject(shards, shard, name, "*"), handle); err != nil {
		t.Fatal(err)
	}
	// Heartbeats go out every 200 ms, as a replica's do, so that a gateway
	// whose subscription reached the server after the first one still
	// hears the replica.
	b, _ := json.Marshal(heartbeat{Replica: name, Shard: shard, Shards: shards, Serving: true, Every: 10})
	nc.Publish(heartbeatSubject(shards), b)
	nc.Flush()
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	go func() {
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				nc.Publish(heartbeatSubject(shards), b)
			}
		}
	}()
}

func testGateway(t *testing.T, url string, shards int) *Gateway {
	t.Helper()
	g, err := NewGateway(dial(t, url), GatewayConfig{Shards: shards, ShardTimeout: time.Second, Heartbeat: 50 * time.Millisecond, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return g
}

func TestGatewayRetriesAnotherReplica(t *testing.T) {
	url := startOneNATS(t, 0)
	g := testGateway(t, url, 1)
	fakeReplica(t, dial(t, url), 1, 0, "hung", nil) // takes requests, never answers
	fakeReplica(t, dial(t, url), 1, 0, "good", func(op string, m *nats.Msg, s *sender) {
		s.send([]govsearch.Document{{ID: "a"}}, true)
	})
	deadline := time.Now().Add(10 * time.Second)
	for len(g.targets(0, "docs")) < 3 || g.targets(0, "docs")[2] == g.targets(0, "docs")[0] {
		if time.Now().After(deadline) {
			t.Fatalf("the gateway never heard both replicas: targets %v", g.targets(0, "docs"))
		}
		time.Sleep(10 * time.Millisecond) // both heartbeats in
	}
	for range 6 {
		var docs []govsearch.Document
		if err := g.call(context.Background(), 0, "docs", struct{}{}, &docs); err != nil || len(docs) != 1 {
			t.Fatalf("call: %v, %v", docs, err)
		}
	}
}

func TestGatewayKeepsSlowReplica(t *testing.T) {
	url := startOneNATS(t, 0)
	fakeReplica(t, dial(t, url), 1, 0, "slow", func(op string, m *nats.Msg, s *sender) {
		time.Sleep(2 * time.Second) // longer than the gateway's silence timeout
		s.send("done", true)
	})
	g := testGateway(t, url, 1)
	var got string
	if err := g.call(context.Background(), 0, "docs", struct{}{}, &got); err != nil || got != "done" {
		t.Fatalf("slow replica: %q, %v", got, err)
	}
}

func TestGatewayShardUnavailable(t *testing.T) {
	url := startOneNATS(t, 0)
	fakeReplica(t, dial(t, url), 3, 0, "a", func(op string, m *nats.Msg, s *sender) { s.send(struct{}{}, true) })
	fakeReplica(t, dial(t, url), 3, 2, "c", nil)
	g := testGateway(t, url, 3)
	err := g.scatter(context.Background(), func(ctx context.Context, shard int) error {
		return g.call(ctx, shard, "docs", struct{}{}, nil)
	})
	if govsearch.ErrorCode(err) != govsearch.EShardUnavailable || !strings.Contains(govsearch.ErrorMessage(err), "shards 1, 2") {
		t.Fatalf("got %v (%s), want shard_unavailable naming shards 1, 2", err, govsearch.ErrorMessage(err))
	}
	// The document list is never a shorter list: it is the same error.
	docs, err := g.Documents(context.Background())
	if govsearch.ErrorCode(err) != govsearch.EShardUnavailable || docs != nil {
		t.Fatalf("documents with shards missing: %d documents, %v", len(docs), err)
	}
}

func TestGatewayPassesRequestErrors(t *testing.T) {
	url := startOneNATS(t, 0)
	var calls atomic.Int32
	fakeReplica(t, dial(t, url), 1, 0, "a", func(op string, m *nats.Msg, s *sender) {
		calls.Add(1)
		s.fail(govsearch.Errorf(govsearch.ENotFound, "no such document: x"))
	})
	g := testGateway(t, url, 1)
	err := g.call(context.Background(), 0, "doc", docRequest{ID: "x"}, nil)
	if govsearch.ErrorCode(err) != govsearch.ENotFound || calls.Load() != 1 {
		t.Fatalf("got %v after %d calls, want not_found after 1", err, calls.Load())
	}
}

func TestLargeAnswerInFrames(t *testing.T) {
	url := startOneNATS(t, 64<<10)
	rng := rand.New(rand.NewSource(1))
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte('a' + rng.Intn(26))
	}
	fakeReplica(t, dial(t, url), 1, 0, "a", func(op string, m *nats.Msg, s *sender) { s.send(string(big), true) })
	g := testGateway(t, url, 1)
	var got string
	if err := g.call(context.Background(), 0, "doc", struct{}{}, &got); err != nil || got != string(big) {
		t.Fatalf("large answer: %d bytes, %v", len(got), err)
	}
}

// TestStreamResumes: a replica that dies mid-export is replaced by
// another, which skips what the first already passed on; the merged
// stream of two shards comes in document order, each hit once.
func TestStreamResumes(t *testing.T) {
	url := startOneNATS(t, 0)
	hits := func(shard int) []govsearch.Hit {
		var hs []govsearch.Hit
		for i := range 1200 {
			hs = append(hs, govsearch.Hit{DocID: string(rune('a' + 2*(i/100) + shard)), Position: i % 100})
		}
		return hs
	}
	serve := func(shard int, dieAfter int) func(op string, m *nats.Msg, s *sender) {
		return func(op string, m *nats.Msg, s *sender) {
			var req streamRequest
			json.Unmarshal(m.Data, &req)
			all := hits(shard)[req.Skip:]
			sent := 0
			for len(all) > 0 {
				n := min(len(all), 100)
				if dieAfter > 0 && sent >= dieAfter {
					return // dies: no more answers
				}
				if err := s.send(streamPart[govsearch.Hit]{Items: all[:n]}, false); err != nil {
					return
				}
				sent += n
				all = all[n:]
			}
			s.send(streamPart[govsearch.Hit]{Done: true, Count: 1200}, true)
		}
	}
	dying := dial(t, url)
	fakeReplica(t, dying, 2, 0, "dying", func(op string, m *nats.Msg, s *sender) {
		serve(0, 300)(op, m, s)
		fakeReplica(t, dial(t, url), 2, 0, "new", serve(0, 0))
		dying.Close()
	})
	fakeReplica(t, dial(t, url), 2, 1, "b", serve(1, 0))
	g := testGateway(t, url, 2)
	var got []govsearch.Hit
	n, err := g.Each(context.Background(), govsearch.Query{}, func(h govsearch.Hit) error {
		got = append(got, h)
		return nil
	})
	if err != nil || n != 2400 || len(got) != 2400 {
		t.Fatalf("each: %d hits, %v", len(got), err)
	}
	for i := 1; i < len(got); i++ {
		a, b := got[i-1], got[i]
		if a.DocID > b.DocID || a.DocID == b.DocID && a.Position >= b.Position {
			t.Fatalf("hit %d (%s %d) after %s %d", i, b.DocID, b.Position, a.DocID, a.Position)
		}
	}
}

func TestHealthFromHeartbeats(t *testing.T) {
	url := startOneNATS(t, 0)
	nc := dial(t, url)
	g := testGateway(t, url, 2)
	beat := func(hb heartbeat) {
		hb.Shards, hb.Every = 2, 0.3
		b, _ := json.Marshal(hb)
		nc.Publish(heartbeatSubject(2), b)
		nc.Flush()
	}
	// waitFor polls the gateway's health until it is want, sending the
	// heartbeats beats again every 100 ms meanwhile: on a loaded machine
	// a replica heard once may expire (three periods, 0.9 s) before the
	// other one is heard, so a state that needs both keeps them alive.
	waitFor := func(want bool, what string, beats ...heartbeat) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for i := 0; ; i++ {
			if i%10 == 0 {
				for _, hb := range beats {
					beat(hb)
				}
			}
			if ok, _ := g.Health(); ok == want {
				return
			}
			if time.Now().After(deadline) {
				_, detail := g.Health()
				t.Fatalf("%s: health not %v: %+v", what, want, detail)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	a := heartbeat{Replica: "a", Shard: 0, Serving: true}
	waitFor(false, "shard 1 has no replica", a)
	waitFor(false, "shard 1's replica lags", a, heartbeat{Replica: "b", Shard: 1, Serving: true, Lag: 5})
	waitFor(true, "both caught up", a, heartbeat{Replica: "b", Shard: 1, Serving: true, Lag: 0, Documents: 3})
	if got := g.Info().Documents; got != 3 {
		t.Errorf("info: %d documents, want 3", got)
	}
	// No more heartbeats: the replicas are gone after three periods.
	waitFor(false, "heartbeats stopped")
	b := heartbeat{Replica: "b", Shard: 1, Serving: true}
	waitFor(true, "back", a, b)
	// b leaves: a keeps beating, b says it is leaving once.
	beat(heartbeat{Replica: "b", Shard: 1, Leaving: true})
	waitFor(false, "b left", a)
}
