package cluster

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"
)

// TestSingleServerLogHasOneReplica checks that a NATS server without a
// cluster gets the document log with one replica at once: EnsureStream
// keeps asking a forming cluster for three (TestClusterSeeds checks they
// are three), but a single server says it never will.
func TestSingleServerLogHasOneReplica(t *testing.T) {
	nc := dial(t, startOneNATSWith(t, &server.Options{JetStream: true, StoreDir: t.TempDir()}))
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
