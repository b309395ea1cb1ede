//go:build !linux

package ingest

import "io/fs"

func stampOf(info fs.FileInfo) fileStamp {
	return fileStamp{Size: info.Size(), Mod: info.ModTime().UnixNano()}
}
