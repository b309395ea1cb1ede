//go:build linux

package ingest

import (
	"io/fs"
	"syscall"
)

func stampOf(info fs.FileInfo) fileStamp {
	st := fileStamp{Size: info.Size(), Mod: info.ModTime().UnixNano()}
	if sys, ok := info.Sys().(*syscall.Stat_t); ok {
		st.Change = sys.Ctim.Nano()
		st.Dev, st.Ino = uint64(sys.Dev), sys.Ino
	}
	return st
}
