package segfile_test

import (
	"math/rand"
	"os"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/govsearch/govsearch/index/internal/segtest"
)

// TestWriteLeavesNoPagesCached checks that a written segment's pages are
// no longer in the page cache (see dropCache): mincore on a fresh mapping
// of the file, before anything reads it, finds at most a few resident.
// Pages that a buffered write leaves there would all be resident.
func TestWriteLeavesNoPagesCached(t *testing.T) {
	path := write(t, segtest.Input(segtest.Generated(rand.New(rand.NewSource(6)), 400, "g")))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(fi.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Munmap(data)
	pages := (len(data) + os.Getpagesize() - 1) / os.Getpagesize()
	vec := make([]byte, pages)
	if _, _, errno := unix.Syscall(unix.SYS_MINCORE, uintptr(unsafe.Pointer(&data[0])), uintptr(len(data)), uintptr(unsafe.Pointer(&vec[0]))); errno != 0 {
		t.Skipf("mincore: %v", errno)
	}
	resident := 0
	for _, v := range vec {
		resident += int(v & 1)
	}
	if pages < 16 || resident > pages/4 {
		t.Errorf("%d of the segment's %d pages are in the page cache after Write", resident, pages)
	}
}
