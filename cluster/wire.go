package cluster

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/govsearch/govsearch"
)

// The search protocol. A gateway sends a request (JSON) to a shard's
// subject with a reply inbox of its own; the replica that the queue group
// picked answers with frames on that inbox: one or more messages whose
// bodies, concatenated, are the gzipped JSON answer (so an answer may be
// larger than the server's max_payload), the last one marked. A streaming
// answer (export, concordance) is a sequence of answers, each sent as a
// request that the gateway acknowledges once it has taken it: flow control,
// so a replica never runs ahead of a slow client. An error travels as a
// last frame with its code and message in headers.
const (
	hdrFrame   = "Govsearch-Frame" // frame number within the answer, from 0
	hdrLast    = "Govsearch-Last"  // "1" on an answer's last frame
	hdrEnd     = "Govsearch-End"   // "1" on a stream's final answer
	hdrAlive   = "Govsearch-Alive" // a keepalive: the replica is still working
	hdrErrCode = "Govsearch-Error-Code"
	hdrErrMsg  = "Govsearch-Error-Message"
)

// encode gzips v's JSON, at the fastest level: answers are made for
// every search, and speed matters more than size on a LAN.
func encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err := json.NewEncoder(zw).Encode(v); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decode reads what encode wrote.
func decode(data []byte, v any) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	if err := json.NewDecoder(zr).Decode(v); err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, zr)
	return err
}

// sender writes answers to one request's inbox.
type sender struct {
	mu    sync.Mutex // one frame at a time
	nc    *nats.Conn
	inbox string
	chunk int
	// flow: send each frame as a request and wait for the gateway's
	// acknowledgement, for at most wait.
	flow bool
	wait time.Duration
}

func newSender(nc *nats.Conn, inbox string, flow bool) *sender {
	return &sender{nc: nc, inbox: inbox, chunk: maxBody(nc), flow: flow, wait: 30 * time.Second}
}

// maxBody is the largest frame body, leaving room for headers.
func maxBody(nc *nats.Conn) int {
	return max(int(nc.MaxPayload())-8<<10, 32<<10)
}

// send writes one answer v; end marks a stream's final answer.
func (s *sender) send(v any, end bool) error {
	data, err := encode(v)
	if err != nil {
		return fmt.Errorf("encode answer: %w", err)
	}
	return s.frames(data, nil, end)
}

// fail writes an error as the (final) answer.
func (s *sender) fail(err error) error {
	h := nats.Header{}
	h.Set(hdrErrCode, govsearch.ErrorCode(err))
	h.Set(hdrErrMsg, govsearch.ErrorMessage(err))
	return s.frames(nil, h, true)
}

func (s *sender) frames(data []byte, h nats.Header, end bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, off := 0, 0; ; k++ {
		m := nats.NewMsg(s.inbox)
		for key, vals := range h {
			m.Header[key] = vals
		}
		m.Header.Set(hdrFrame, strconv.Itoa(k))
		last := off+s.chunk >= len(data)
		m.Data = data[off:min(off+s.chunk, len(data))]
		if last {
			m.Header.Set(hdrLast, "1")
			if end {
				m.Header.Set(hdrEnd, "1")
			}
		}
		var err error
		if s.flow {
			_, err = s.nc.RequestMsg(m, s.wait)
		} else {
			err = s.nc.PublishMsg(m)
		}
		if err != nil {
			return fmt.Errorf("send answer: %w", err)
		}
		if last {
			return nil
		}
		off += s.chunk
	}
}

// keepAlive tells the gateway every period that the request is still
// being worked on, until stop is called: a gateway takes silence for a
// failed replica, so a slow search must not be silent.
func (s *sender) keepAlive(period time.Duration) (stop func()) {
	return every(period, func() {
		if s.mu.TryLock() {
			m := nats.NewMsg(s.inbox)
			m.Header.Set(hdrAlive, "1")
			s.nc.PublishMsg(m)
			s.mu.Unlock()
		}
	})
}

// every calls fn every period, on its own goroutine, until stop is called.
func every(period time.Duration, fn func()) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				fn()
			}
		}
	}()
	return func() { close(done) }
}

// errNoResponders says that no replica listens on a shard's subject.
var errNoResponders = errors.New("no replica listens")

// receiver reads the answers of one request from its inbox.
type receiver struct {
	sub *nats.Subscription
	// timeout is the longest silence of a replica before it counts as
	// failed.
	timeout time.Duration
	buf     bytes.Buffer
	// next is the frame number expected next.
	next int
}

// recv reads one answer into v (v may be nil for an error-only read),
// waiting at most until ctx is done; it reports whether it was the final
// answer of the stream.
func (r *receiver) recv(ctx context.Context, v any) (end bool, err error) {
	r.buf.Reset()
	r.next = 0
	for {
		wctx, cancel := context.WithTimeout(ctx, r.timeout)
		m, err := r.sub.NextMsgWithContext(wctx)
		cancel()
		if err != nil {
			if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
				return false, fmt.Errorf("no answer within %s", r.timeout)
			}
			return false, err
		}
		if len(m.Data) == 0 && m.Header.Get("Status") == "503" {
			return false, errNoResponders
		}
		if m.Header.Get(hdrAlive) != "" {
			continue
		}
		if f, _ := strconv.Atoi(m.Header.Get(hdrFrame)); f != r.next {
			return false, fmt.Errorf("frame %d of an answer came when %d was expected", f, r.next)
		}
		r.next++
		r.buf.Write(m.Data)
		// Flow control: the replica waits for an acknowledgement before its
		// next frame; the last frame of an answer is acknowledged once the
		// answer is decoded.
		if m.Header.Get(hdrLast) != "1" {
			if m.Reply != "" {
				m.Respond(nil)
			}
			continue
		}
		if m.Reply != "" {
			defer m.Respond(nil)
		}
		end = m.Header.Get(hdrEnd) == "1"
		if code := m.Header.Get(hdrErrCode); code != "" {
			return true, &remoteError{govsearch.Errorf(code, "%s", m.Header.Get(hdrErrMsg))}
		}
		if v == nil {
			return end, nil
		}
		if err := decode(r.buf.Bytes(), v); err != nil {
			return end, fmt.Errorf("decode answer: %w", err)
		}
		return end, nil
	}
}

// remoteError is an error a replica answered with.
type remoteError struct{ err *govsearch.Error }

func (e *remoteError) Error() string { return e.err.Error() }
func (e *remoteError) Unwrap() error { return e.err }
