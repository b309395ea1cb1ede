package segfile

import (
	"os"

	"golang.org/x/sys/unix"
)

// dropCache asks the kernel to drop f's pages, written and fsynced, from
// the page cache. Pages that a buffered write left there are small ones;
// read back by readahead the first time a search maps them, they come in
// large folios, which a server maps with fewer faults and TLB misses: at
// a million paragraphs a freshly built index served phrases at a median
// of 10.4 ms before and 7.6 ms after (BENCHMARKS.md). It is advice: an
// error changes nothing but the speed, and is not reported.
func dropCache(f *os.File) {
	_ = unix.Fadvise(int(f.Fd()), 0, 0, unix.FADV_DONTNEED)
}
