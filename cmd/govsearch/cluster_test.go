package main

import (
	"strings"
	"testing"
)

// TestClusterFlags: the cluster commands refuse incomplete command lines
// with a usage error (exit 2) before connecting to anything.
func TestClusterFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"shard without flags", []string{"shard"}, "--nats, --shard and --shards are required"},
		{"shard out of range", []string{"shard", "--nats", "nats://127.0.0.1:1", "--shard", "2", "--shards", "2"}, "--shard 2 is not below --shards 2"},
		{"gateway without shards", []string{"serve", "--nats", "nats://127.0.0.1:1"}, "needs both --nats and --shards"},
		{"gateway without nats", []string{"serve", "--shards", "2"}, "needs both --nats and --shards"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, tt.args...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, tt.want)
			}
		})
	}
	// No NATS server there: a clear error, exit 1.
	code, _, stderr := runCmd(t, "index", "--nats", "nats://127.0.0.1:1", "../../seeds")
	if code != 1 || !strings.Contains(stderr, "connect to NATS at nats://127.0.0.1:1") {
		t.Errorf("index --nats with no server: exit %d, %q", code, stderr)
	}
}
