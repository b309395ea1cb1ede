package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// measured is what the kernel says about a finished child process.
type measured struct {
	wall, cpu  time.Duration
	maxRSS     float64 // MB, peak resident set (rusage maxrss)
	writeBytes int64   // bytes sent to storage (rusage oublock × 512, i.e. /proc/PID/io write_bytes)
	stderr     string  // the last lines the child wrote to stderr
}

// runMeasured runs a child process and reports its wall and CPU time,
// peak resident memory and the bytes it wrote. Its stderr is kept (the
// last 64 kB) instead of shown, except when it fails.
func runMeasured(bin string, args ...string) (measured, error) {
	cmd := exec.Command(bin, args...)
	tail := &tailBuffer{max: 64 << 10}
	cmd.Stderr = tail
	start := time.Now()
	err := cmd.Run()
	m := measured{wall: time.Since(start), stderr: tail.String()}
	if err != nil {
		return m, fmt.Errorf("%s %s: %w\n%s", bin, strings.Join(args, " "), err, lastLines(m.stderr, 5))
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		m.maxRSS = float64(ru.Maxrss) / 1024
		m.writeBytes = ru.Oublock * 512
	}
	return m, nil
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	max int
	b   []byte
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = append([]byte{}, t.b[len(t.b)-t.max:]...)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string { return string(t.b) }

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

var summaryRE = regexp.MustCompile(`the index has (\d+) documents, (\d+) paragraphs`)

// indexSummary reads the documents and paragraphs `govsearch index` reports.
func indexSummary(stderr string) (docs, paras int) {
	m := summaryRE.FindAllStringSubmatch(stderr, -1)
	if len(m) == 0 {
		return 0, 0
	}
	last := m[len(m)-1]
	docs, _ = strconv.Atoi(last[1])
	paras, _ = strconv.Atoi(last[2])
	return docs, paras
}

// server is a running `govsearch serve`.
type server struct {
	cmd      *exec.Cmd
	base     string        // http://127.0.0.1:PORT
	ready    time.Duration // from start to the first answered search
	rssReady float64       // MB resident at that moment
	anon     float64       // MB anonymous resident at that moment
	cpuReady time.Duration // CPU time the server had used by then (user + system)
}

// probeQuery is the search that tells a server is ready; no query class
// uses it, so that every class query meets a server that never ran it.
const probeQuery = "q=%E5%9B%BD%E5%8A%A1%E9%99%A2&size=1" // 国务院

// startServer starts `govsearch serve` on a free port and waits for its
// first answer to a search sent with Cache-Control: no-cache.
func startServer(bin, idx string) (*server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve", "--index", idx, "--addr", addr, "--max-concurrent", "64", "--timeout", "60s")
	cmd.Stderr = io.Discard
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, base: "http://" + addr}
	client := &http.Client{Timeout: 5 * time.Second}
	for time.Since(start) < 15*time.Minute {
		req, _ := http.NewRequest(http.MethodGet, s.base+"/api/search?"+probeQuery, nil)
		req.Header.Set("Cache-Control", "no-cache")
		resp, err := client.Do(req)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				s.ready = time.Since(start)
				s.rssReady, s.anon = procMB(cmd.Process.Pid, "VmRSS"), procMB(cmd.Process.Pid, "RssAnon")
				s.cpuReady = procCPU(cmd.Process.Pid)
				return s, nil
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	s.stop()
	return nil, fmt.Errorf("%s serve did not answer", bin)
}

// stop ends the server and waits for it.
func (s *server) stop() {
	s.cmd.Process.Signal(syscall.SIGTERM)
	s.cmd.Wait()
}

// pid is the server's process id.
func (s *server) pid() int { return s.cmd.Process.Pid }

// procMB reads one "kB" field (VmRSS, RssAnon, ...) of /proc/PID/status, in MB.
func procMB(pid int, field string) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, field+":") {
			f := strings.Fields(line)
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// procCPU is the user + system CPU time a process has used so far, from
// /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s).
func procCPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:]) // after the command name
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * 10 * time.Millisecond
}

// procFaults is the number of major page faults of a process (pages it
// waited for the disk for) and the bytes it has read from storage, from
// /proc/PID/stat (field 12) and /proc/PID/io (read_bytes; needs the
// process's owner or root).
func procFaults(pid int) (major int64, readBytes int64) {
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil {
		s := string(b)
		if f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:]); len(f) > 9 {
			major, _ = strconv.ParseInt(f[9], 10, 64)
		}
	}
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", pid)); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "read_bytes: "); ok {
				readBytes, _ = strconv.ParseInt(v, 10, 64)
			}
		}
	}
	return major, readBytes
}

// procRSS is the resident set of a process, in MB.
func procRSS(pid int) float64 { return procMB(pid, "VmRSS") }

// loadAvg is the first three fields of /proc/loadavg.
func loadAvg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// search sends one search and returns its latency in ms and its total.
// noCache sets Cache-Control: no-cache. Without a response the latency is
// 0; an answer that is not 200 has its latency and an error.
func search(client *http.Client, base string, p url.Values, noCache bool) (float64, int, error) {
	req, _ := http.NewRequest(http.MethodGet, base+"/api/search?"+p.Encode(), nil)
	if noCache {
		req.Header.Set("Cache-Control", "no-cache")
	}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	// The clock stops at the response's last byte: decoding it is the
	// client's work, not the server's.
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	ms := float64(time.Since(start).Microseconds()) / 1000
	if err != nil {
		return ms, 0, err
	}
	var res struct{ Total int }
	err = jsonDecode(bytes.NewReader(body), &res)
	if resp.StatusCode != 200 {
		return ms, 0, fmt.Errorf("%s: HTTP %d", p.Encode(), resp.StatusCode)
	}
	return ms, res.Total, err
}

// segmentSections sums, over the .seg files of a segment index, the bytes
// of each section, read from each file's directory (see package segfile:
// a 32-byte trailer names the directory's offset and length; the
// directory lists u16 name length, name, u64 offset, u64 length). An
// index of another kind (no .seg files) gives an empty map.
func segmentSections(dir string) map[string]int64 {
	out := map[string]int64{}
	files, _ := filepath.Glob(filepath.Join(dir, "*.seg"))
	for _, f := range files {
		secs, err := readSegDirectory(f)
		if err != nil {
			continue
		}
		for name, n := range secs {
			out[name] += n
		}
	}
	return out
}

// readSegDirectory reads one segment file's section directory.
func readSegDirectory(path string) (map[string]int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.Size() < 32 {
		return nil, errors.New("short segment")
	}
	trailer := make([]byte, 32)
	if _, err := f.ReadAt(trailer, st.Size()-32); err != nil {
		return nil, err
	}
	off, n := int64(binary.LittleEndian.Uint64(trailer[8:])), int64(binary.LittleEndian.Uint32(trailer[16:]))
	d := make([]byte, n)
	if _, err := f.ReadAt(d, off); err != nil || len(d) < 4 {
		return nil, errors.New("bad directory")
	}
	out := map[string]int64{}
	count, p := int(binary.LittleEndian.Uint32(d)), 4
	for i := 0; i < count && p+2 <= len(d); i++ {
		l := int(binary.LittleEndian.Uint16(d[p:]))
		if p+2+l+16 > len(d) {
			break
		}
		name := string(d[p+2 : p+2+l])
		out[name] += int64(binary.LittleEndian.Uint64(d[p+2+l+8:]))
		p += 2 + l + 16
	}
	return out, nil
}
