package cluster

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// TestSingleServerLogHasOneReplica checks that a NATS server without a
// cluster gets the document log with one replica at once: EnsureStream
// keeps asking a forming cluster for three (TestClusterSeeds checks they
// are three), but a single server says it never will.
func TestSingleServerLogHasOneReplica(t *testing.T) {
	s, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	t.Cleanup(s.Shutdown)
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	st, err := EnsureStream(context.Background(), js)
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took >= replicasWait {
		t.Errorf("the log took %v, as long as a forming cluster may", took)
	}
	info, err := st.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if info.Config.Replicas != 1 {
		t.Errorf("the log has %d replicas on a single server", info.Config.Replicas)
	}
	again, err := EnsureStream(context.Background(), js)
	if err != nil || again.CachedInfo().Config.Name != StreamName {
		t.Errorf("EnsureStream on an existing log: %v", err)
	}
}
