package cluster

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nuid"

	"github.com/govsearch/govsearch"
)

// streamConfig is the document log: every subject keeps its last message
// only (a document's newest version, or its deletion), nothing expires, and
// the log is replicated over three servers where the cluster has them.
func streamConfig(replicas int) jetstream.StreamConfig {
	return jetstream.StreamConfig{
		Name:        StreamName,
		Description: "govsearch documents: one subject per document, its newest version or its deletion",
		Subjects:    []string{docsSubject},
		// One message per subject: a new version replaces the old one and a
		// deletion (a tombstone) replaces the document, so the log holds the
		// current collection, not its history, and never needs a limit by
		// age or size that could drop a document a new replica still needs.
		MaxMsgsPerSubject: 1,
		Retention:         jetstream.LimitsPolicy,
		Discard:           jetstream.DiscardOld,
		Storage:           jetstream.FileStorage,
		Replicas:          replicas,
		AllowDirect:       true,
	}
}

// EnsureStream creates the document log if it does not exist, replicated
// over 3 servers when the NATS cluster has at least 3 (JetStream refuses 3
// replicas on fewer, and then it gets 1). A cluster that is still forming
// also refuses 3 replicas (its servers have not all joined the meta group
// yet), so the 3 replicas are asked for again for up to replicasWait
// before one is settled for; a single server without a cluster says so
// at once.
func EnsureStream(ctx context.Context, js jetstream.JetStream) (jetstream.Stream, error) {
	st, err := js.Stream(ctx, StreamName)
	if err == nil {
		return st, nil
	}
	if !errors.Is(err, jetstream.ErrStreamNotFound) {
		return nil, fmt.Errorf("look up stream %s: %w", StreamName, err)
	}
	deadline := time.Now().Add(replicasWait)
	for {
		st, err = js.CreateStream(ctx, streamConfig(3))
		if err == nil || errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) || notClustered(err) || time.Now().After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("create stream %s: %w", StreamName, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
	switch {
	case err == nil:
		return st, nil
	case errors.Is(err, jetstream.ErrStreamNameAlreadyInUse): // created meanwhile by another process
		return js.Stream(ctx, StreamName)
	}
	// Fewer than 3 servers: JetStream refuses 3 replicas (the code of that
	// refusal differs between server versions).
	if st, err1 := js.CreateStream(ctx, streamConfig(1)); err1 == nil {
		return st, nil
	}
	return nil, fmt.Errorf("create stream %s: %w", StreamName, err)
}

// replicasWait is how long EnsureStream asks for 3 replicas of the log
// before it settles for 1.
const replicasWait = 10 * time.Second

// notClustered reports whether err is a server's refusal of replicas
// because it runs without a cluster (nats-server's
// JSStreamReplicasNotSupportedErr).
func notClustered(err error) bool {
	var apiErr *jetstream.APIError
	return errors.As(err, &apiErr) && apiErr.ErrorCode == 10074
}

// Publisher writes documents and deletions into the document log. A
// document's body is the JSON of logBody, gzipped; when that is larger
// than the server's max_payload (1 MB by default), it is split over part
// subjects published before the document's own message, which names them
// by count and version: a replica reads the parts by subject when it meets
// the document. Publications are asynchronous; Flush waits until the log
// has acknowledged all of them.
type Publisher struct {
	js     jetstream.JetStream
	stream jetstream.Stream
	// chunk is the largest body one message carries.
	chunk int

	mu      sync.Mutex
	pending []jetstream.PubAckFuture
	// purges are the part subjects to clean once the .doc message that
	// replaced them is acknowledged: subject filter and first kept sequence.
	purges []purge
}

type purge struct {
	filter string
	keep   uint64 // purge below this sequence; 0: all
}

// NewPublisher returns a publisher over nc, creating the stream if needed.
func NewPublisher(ctx context.Context, nc *nats.Conn) (*Publisher, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	// JetStream may not answer yet (a cluster electing its leader): a
	// few tries over half a minute.
	var st jetstream.Stream
	for try := 0; ; try++ {
		if st, err = EnsureStream(ctx, js); err == nil {
			break
		}
		if try == 5 {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(time.Duration(try+1) * 2 * time.Second):
		}
	}
	chunk := int(nc.MaxPayload()) - 8<<10 // room for headers
	if chunk < 64<<10 {
		chunk = 64 << 10
	}
	return &Publisher{js: js, stream: st, chunk: chunk}, nil
}

// Known maps the source of every document in the log to its content
// hash, so that an indexing run can skip unchanged files and prune the
// documents whose files are gone. It reads the headers of the last message
// of every document subject.
func (p *Publisher) Known(ctx context.Context) (map[string]string, error) {
	return readKnown(ctx, p.js)
}

func readKnown(ctx context.Context, js jetstream.JetStream) (map[string]string, error) {
	known := map[string]string{}
	cons, err := js.CreateConsumer(ctx, StreamName, jetstream.ConsumerConfig{
		FilterSubject:     docsFilter,
		DeliverPolicy:     jetstream.DeliverLastPerSubjectPolicy,
		AckPolicy:         jetstream.AckNonePolicy,
		HeadersOnly:       true,
		InactiveThreshold: time.Minute,
	})
	if err != nil {
		return nil, fmt.Errorf("read the document log: %w", err)
	}
	defer js.DeleteConsumer(context.WithoutCancel(ctx), StreamName, cons.CachedInfo().Name)
	ci, err := cons.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the document log: %w", err)
	}
	for remaining := int(ci.NumPending); remaining > 0; {
		batch, err := cons.Fetch(min(remaining, 1000), jetstream.FetchMaxWait(5*time.Second))
		if err != nil {
			return nil, fmt.Errorf("read the document log: %w", err)
		}
		n := 0
		for m := range batch.Messages() {
			n++
			h := m.Headers()
			if h.Get(hdrOp) == opPut {
				known[unescape(h.Get(hdrSource))] = h.Get(hdrHash)
			}
		}
		if err := batch.Error(); err != nil {
			return nil, fmt.Errorf("read the document log: %w", err)
		}
		if n == 0 {
			return nil, fmt.Errorf("read the document log: no message within 5s, %d expected", remaining)
		}
		remaining -= n
	}
	return known, nil
}

func unescape(s string) string {
	u, err := url.PathUnescape(s)
	if err != nil {
		return s
	}
	return u
}

// Put publishes a document (a new one or a new version). Its indexing
// time is set here, when it is not already, so that every replica of its
// shard records the same one (alert feeds are ordered by it).
func (p *Publisher) Put(ctx context.Context, d govsearch.DocumentContent) error {
	if d.Document.IndexedAt.IsZero() {
		d.Document.IndexedAt = time.Now().UTC()
	}
	raw, err := json.Marshal(logBody{Document: d.Document, Paragraphs: d.Paragraphs})
	if err != nil {
		return fmt.Errorf("encode %s: %w", d.Document.ID, err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		return fmt.Errorf("compress %s: %w", d.Document.ID, err)
	}
	body := buf.Bytes()
	id := d.Document.ID
	version := nuid.Next()
	msg := nats.NewMsg(docSubject(id))
	msg.Header.Set(hdrOp, opPut)
	msg.Header.Set(hdrDocID, url.PathEscape(id))
	msg.Header.Set(hdrSource, url.PathEscape(d.Document.Source))
	msg.Header.Set(hdrHash, d.Document.ContentHash)
	msg.Header.Set(hdrVersion, version)
	msg.Header.Set(hdrEncoding, "gzip")
	if len(body) <= p.chunk {
		msg.Data = body
		return p.publishAsync(ctx, msg, nil)
	}
	// Too large for one message: the parts first, synchronously, then the
	// document's message; parts of an older version go once it is in.
	parts := 0
	var first uint64
	for off := 0; off < len(body); off += p.chunk {
		parts++
		part := nats.NewMsg(partSubject(id, parts))
		part.Header.Set(hdrDocID, url.PathEscape(id))
		part.Header.Set(hdrVersion, version)
		part.Data = body[off:min(off+p.chunk, len(body))]
		ack, err := p.js.PublishMsg(ctx, part)
		if err != nil {
			return fmt.Errorf("publish %s part %d: %w", id, parts, err)
		}
		if parts == 1 {
			first = ack.Sequence
		}
	}
	msg.Header.Set(hdrParts, strconv.Itoa(parts))
	return p.publishAsync(ctx, msg, &purge{filter: partsFilter(id), keep: first})
}

// Delete publishes the deletion of a document: a tombstone on its subject.
func (p *Publisher) Delete(ctx context.Context, id string) error {
	msg := nats.NewMsg(docSubject(id))
	msg.Header.Set(hdrOp, opDelete)
	msg.Header.Set(hdrDocID, url.PathEscape(id))
	msg.Header.Set(hdrVersion, nuid.Next())
	return p.publishAsync(ctx, msg, &purge{filter: partsFilter(id)})
}

// maxPending bounds the publications in flight.
const maxPending = 256

func (p *Publisher) publishAsync(ctx context.Context, msg *nats.Msg, pg *purge) error {
	f, err := p.js.PublishMsgAsync(msg)
	if err != nil {
		return fmt.Errorf("publish %s: %w", msg.Subject, err)
	}
	p.mu.Lock()
	p.pending = append(p.pending, f)
	if pg != nil {
		p.purges = append(p.purges, *pg)
	}
	n := len(p.pending)
	p.mu.Unlock()
	if n >= maxPending {
		return p.Flush(ctx)
	}
	return nil
}

// Flush waits until the log has acknowledged every publication so far,
// then removes the parts that newer versions or deletions replaced.
func (p *Publisher) Flush(ctx context.Context) error {
	p.mu.Lock()
	pending, purges := p.pending, p.purges
	p.pending, p.purges = nil, nil
	p.mu.Unlock()
	for _, f := range pending {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			return fmt.Errorf("publish %s: %w", f.Msg().Subject, err)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, pg := range purges {
		opts := []jetstream.StreamPurgeOpt{jetstream.WithPurgeSubject(pg.filter)}
		if pg.keep > 0 {
			opts = append(opts, jetstream.WithPurgeSequence(pg.keep))
		}
		if err := p.stream.Purge(ctx, opts...); err != nil {
			return fmt.Errorf("purge %s: %w", pg.filter, err)
		}
	}
	return nil
}

// readBody returns the document a .doc message carries, reading its parts
// from the stream when it has them. It reports false when the parts
// belong to another version (a newer one is being written: its .doc
// message comes later in the log).
func readBody(ctx context.Context, st jetstream.Stream, id string, h nats.Header, data []byte) (*govsearch.DocumentContent, bool, error) {
	if n, _ := strconv.Atoi(h.Get(hdrParts)); n > 0 {
		var buf bytes.Buffer
		for k := 1; k <= n; k++ {
			m, err := st.GetLastMsgForSubject(ctx, partSubject(id, k))
			if errors.Is(err, jetstream.ErrMsgNotFound) {
				return nil, false, nil
			}
			if err != nil {
				return nil, false, fmt.Errorf("read %s part %d: %w", id, k, err)
			}
			if m.Header.Get(hdrVersion) != h.Get(hdrVersion) {
				return nil, false, nil
			}
			buf.Write(m.Data)
		}
		data = buf.Bytes()
	}
	var r io.Reader = bytes.NewReader(data)
	if h.Get(hdrEncoding) == "gzip" {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, false, fmt.Errorf("decompress %s: %w", id, err)
		}
		r = zr
	}
	var b logBody
	if err := json.NewDecoder(r).Decode(&b); err != nil {
		return nil, false, fmt.Errorf("decode %s: %w", id, err)
	}
	return &govsearch.DocumentContent{Document: b.Document, Paragraphs: b.Paragraphs}, true, nil
}

// logBody is a document as the log stores it. The log outlives a
// release, so its form is its own: the two fields by their Go names, as
// the log has always held them, whatever JSON form DocumentContent takes
// over HTTP.
type logBody struct {
	Document   govsearch.Document
	Paragraphs []govsearch.Paragraph
}
