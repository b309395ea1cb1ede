package cluster

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/govsearch/govsearch"
	"github.com/govsearch/govsearch/index"
	"github.com/govsearch/govsearch/ingest"
	"github.com/govsearch/govsearch/seeds"
)

// natsCluster is three clustered nats-server nodes with JetStream, on
// loopback ports, storing in temporary directories.
type natsCluster struct {
	servers []*server.Server
	urls    []string
}

// URL is the comma-separated list of the nodes' client URLs.
func (c *natsCluster) URL() string { return strings.Join(c.urls, ",") }

func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startNATS starts a 3-node cluster; maxPayload 0 keeps the default.
func startNATS(t testing.TB, maxPayload int32) *natsCluster {
	t.Helper()
	const n = 3
	ports := make([]int, n)
	var routes []string
	for i := range ports {
		ports[i] = freePort(t)
		routes = append(routes, fmt.Sprintf("nats-route://127.0.0.1:%d", ports[i]))
	}
	c := &natsCluster{}
	for i := range n {
		opts := &server.Options{
			ServerName: fmt.Sprintf("n%d", i),
			Host:       "127.0.0.1",
			Port:       -1,
			JetStream:  true,
			StoreDir:   t.TempDir(),
			MaxPayload: maxPayload,
			Cluster: server.ClusterOpts{
				Name: "govsearch-test",
				Host: "127.0.0.1",
				Port: ports[i],
			},
			Routes: server.RoutesFromStr(strings.Join(routes, ",")),
			NoLog:  true,
			NoSigs: true,
		}
		s, err := server.NewServer(opts)
		if err != nil {
			t.Fatalf("nats server %d: %v", i, err)
		}
		go s.Start()
		c.servers = append(c.servers, s)
		t.Cleanup(s.Shutdown)
	}
	for i, s := range c.servers {
		if !s.ReadyForConnections(20 * time.Second) {
			t.Fatalf("nats server %d not ready", i)
		}
		c.urls = append(c.urls, s.ClientURL())
	}
	// JetStream answers once the cluster has elected its meta leader.
	nc := c.connect(t)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		_, err := js.AccountInfo(ctx)
		cancel()
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("JetStream not ready: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	nc.Close()
	return c
}

// connect opens a client connection, closed at the test's end.
func (c *natsCluster) connect(t testing.TB) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(c.URL(), nats.MaxReconnects(-1), nats.ReconnectWait(100*time.Millisecond))
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(nc.Close)
	return nc
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// seedDocs parses the embedded seeds.
func seedDocs(t testing.TB) []govsearch.DocumentContent {
	t.Helper()
	entries, err := fs.ReadDir(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	var docs []govsearch.DocumentContent
	for _, e := range entries {
		p, err := ingest.ParseFS(seeds.FS, e.Name(), seeds.Dir+"/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, p.DocumentContent)
	}
	return docs
}

// singleNode indexes docs into one local index, the reference answers.
func singleNode(t testing.TB, docs []govsearch.DocumentContent) *index.Index {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "single")
	if _, err := index.Update(context.Background(), dir, index.Change{Put: docs}, index.Options{}); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// publish puts docs into the log.
func publish(t testing.TB, nc *nats.Conn, docs []govsearch.DocumentContent) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	p, err := NewPublisher(ctx, nc)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := p.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

// testReplica is an in-process replica with a connection of its own, so
// that killing it drops its subscriptions as a crashed process would.
type testReplica struct {
	shard int
	dir   string
	nc    *nats.Conn
	stop  context.CancelFunc
	done  chan error
	once  sync.Once
}

const testHeartbeat = 200 * time.Millisecond

func startReplica(t testing.TB, c *natsCluster, shard, shards int, dir string) *testReplica {
	t.Helper()
	nc, err := nats.Connect(c.URL())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &testReplica{shard: shard, dir: dir, nc: nc, stop: cancel, done: make(chan error, 1)}
	go func() {
		r.done <- RunReplica(ctx, nc, ReplicaConfig{
			Shard: shard, Shards: shards, Dir: dir, Heartbeat: testHeartbeat,
			BatchWait: 100 * time.Millisecond, Logger: quietLogger(),
		})
	}()
	t.Cleanup(r.kill)
	return r
}

// kill stops the replica abruptly: its connection closes first, so
// requests it was answering get no answer.
func (r *testReplica) kill() {
	r.once.Do(func() {
		r.nc.Close()
		r.stop()
		<-r.done
	})
}

func newTestGateway(t testing.TB, c *natsCluster, shards int) *Gateway {
	t.Helper()
	g, err := NewGateway(c.connect(t), GatewayConfig{
		Shards: shards, ShardTimeout: time.Second, Heartbeat: testHeartbeat, Logger: quietLogger(),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return g
}

// waitHealthy waits until every shard has a caught-up replica and the
// gateway sees want documents.
func waitHealthy(t testing.TB, g *Gateway, want int, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		ok, detail := g.Health()
		if ok && g.Info().Documents == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("cluster not healthy with %d documents after %s: %+v (info %+v)", want, within, detail, g.Info())
		}
		time.Sleep(50 * time.Millisecond)
	}
}
