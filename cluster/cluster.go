// Package cluster carries documents and searches over NATS, so that one
// collection can be served by many processes on many machines: it has one
// job, the transport, and leaves parsing to ingest, storing and ranking to
// index, and HTTP to server.
//
// Three roles meet on a NATS cluster with JetStream:
//
//   - a Publisher (govsearch index --nats) writes every parsed document, and
//     every deletion, into the stream GOVSEARCH_DOCS: the durable,
//     replicated log of the collection;
//   - a Replica (govsearch shard) follows the log with a durable consumer of
//     its own, applies the documents of its shard (index.ShardOf) to a local
//     index in batches, and answers its shard's searches in a queue group;
//   - a Gateway (govsearch serve --nats) implements the server's interfaces
//     by scatter-gather: it gathers the collection statistics of a query
//     from every shard, sends the search with them to one live replica of
//     every shard, and merges the parts exactly (index.MergeShards), so that
//     its answers equal a single node's.
//
// The log keeps one message per document subject (MaxMsgsPerSubject 1): a
// new version of a document replaces the old one, a deletion is a small
// tombstone that replaces it too. Nothing expires by age or size, so the
// log always holds the whole current collection and a new replica with an
// empty directory rebuilds its shard from it. See Publisher for how
// documents larger than the server's max_payload travel.
package cluster

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
)

// StreamName is the JetStream stream that holds the document log.
const StreamName = "GOVSEARCH_DOCS"

// Subjects of the document log. A document with id-hash H is the message
// on govsearch.docs.H.doc; when it is too large for one message, its
// compressed body is split over govsearch.docs.H.part.1 … .part.N, written
// before the .doc message that names them.
const (
	docsPrefix  = "govsearch.docs."
	docsSubject = "govsearch.docs.>"
	docsFilter  = "govsearch.docs.*.doc"
)

// Message headers of the document log.
const (
	hdrOp       = "Govsearch-Op"      // put or delete
	hdrDocID    = "Govsearch-Doc-Id"  // the document id, URL-escaped
	hdrSource   = "Govsearch-Source"  // the document's source path, URL-escaped
	hdrHash     = "Govsearch-Hash"    // the file's content hash
	hdrVersion  = "Govsearch-Version" // unique per publication: ties parts to their .doc message
	hdrParts    = "Govsearch-Parts"   // number of .part messages; 0 or absent: the body is inline
	hdrEncoding = "Content-Encoding"  // gzip
	opPut       = "put"
	opDelete    = "delete"
)

// idHash names a document's subjects: hex of the first 16 bytes of the
// SHA-256 of its id, so that any id (Chinese, slashes, dots) makes a
// valid subject token.
func idHash(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:16])
}

func docSubject(id string) string { return docsPrefix + idHash(id) + ".doc" }

func partSubject(id string, k int) string {
	return fmt.Sprintf("%s%s.part.%d", docsPrefix, idHash(id), k)
}

func partsFilter(id string) string { return docsPrefix + idHash(id) + ".part.>" }

// Subjects of the search requests. The shard count is part of the
// subject, so that a gateway started with another --shards than the
// replicas finds no responders instead of merging the wrong shards.
func shardSubject(shards, shard int, op string) string {
	return fmt.Sprintf("govsearch.shard.%d.%d.%s", shards, shard, op)
}

// replicaSubject addresses one replica: a gateway retries there, on a
// replica it has not tried yet, rather than in the queue group, which may
// pick a hung replica again.
func replicaSubject(shards, shard int, replica, op string) string {
	return fmt.Sprintf("govsearch.replica.%d.%d.%s.%s", shards, shard, replica, op)
}

func shardQueue(shards, shard int) string {
	return fmt.Sprintf("govsearch-shard-%d-%d", shards, shard)
}

func heartbeatSubject(shards int) string {
	return fmt.Sprintf("govsearch.heartbeat.%d", shards)
}

// Defaults of replicas and gateways.
const (
	DefaultHeartbeat     = time.Second
	DefaultShardTimeout  = 3 * time.Second
	DefaultAttempts      = 3
	DefaultBatchBytes    = 64 << 20
	DefaultBatchWait     = 500 * time.Millisecond
	defaultLiveAfterBeat = 3 // heartbeats missed before a replica counts as gone
)
