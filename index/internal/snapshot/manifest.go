// Package snapshot keeps the set of live segments of an index directory:
// a manifest file names them, with each one's deleted paragraphs, and
// readers hold the set they search (a Snapshot) by reference count, so
// that a segment is closed, and its file removed, only when no snapshot
// uses it.
//
// # Bytes of a manifest
//
// The file MANIFEST in the index directory; integers are little-endian.
//
//	magic        8 bytes "GOVMAN\r\n"
//	version      u32, then u32 zero
//	generation   u64: increases by one with every commit
//	next         u64: the number the next new segment file will get
//	count        u32: number of live segments
//	per segment  u16 name length, name (a file in the directory),
//	             u32 paragraphs, u32 length n of the deletions,
//	             n bytes: the deleted paragraphs, roaring portable format
//	checksum     u32 CRC-32C of every byte before it
//
// A manifest is written to a temporary file, fsynced, renamed over
// MANIFEST, and the directory fsynced: the segments it names were fsynced
// before (segfile.Write), so a crash at any point leaves the previous or
// the new manifest, each complete. The version changes when a reader of
// the previous version would misread the file; a reader refuses a version
// it does not know.
package snapshot

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"

	"github.com/RoaringBitmap/roaring/v2"

	"github.com/govsearch/govsearch/index/internal/segfile"
)

// ManifestFile is the manifest's name in an index directory.
const ManifestFile = "MANIFEST"

const (
	manifestMagic   = "GOVMAN\r\n"
	manifestVersion = 1
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Manifest is the content of a manifest file.
type Manifest struct {
	Generation  uint64
	NextSegment uint64
	Segments    []Entry
}

// Entry is one live segment of a manifest.
type Entry struct {
	Name       string
	Paragraphs int
	// Deleted holds the deleted paragraphs; never nil, never modified
	// once in a manifest.
	Deleted *roaring.Bitmap
}

// ErrNoManifest is returned when a directory has no manifest.
var ErrNoManifest = errors.New("no manifest")

// ReadManifest reads the manifest of dir.
func ReadManifest(dir string) (*Manifest, error) {
	path := filepath.Join(dir, ManifestFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", path, ErrNoManifest)
	}
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	m, err := decodeManifest(b)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w: %v", path, segfile.ErrCorrupt, err)
	}
	return m, nil
}

func decodeManifest(b []byte) (*Manifest, error) {
	if len(b) < 40 || string(b[:8]) != manifestMagic {
		return nil, errors.New("bad magic or too short")
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.Checksum(body, castagnoli) != sum {
		return nil, errors.New("checksum mismatch")
	}
	if v := binary.LittleEndian.Uint32(b[8:]); v != manifestVersion {
		return nil, fmt.Errorf("version %d, this program reads %d", v, manifestVersion)
	}
	m := &Manifest{Generation: binary.LittleEndian.Uint64(b[16:]), NextSegment: binary.LittleEndian.Uint64(b[24:])}
	n := int(binary.LittleEndian.Uint32(b[32:]))
	rest := body[36:]
	for i := 0; i < n; i++ {
		if len(rest) < 2 {
			return nil, errors.New("short segment entry")
		}
		l := int(binary.LittleEndian.Uint16(rest))
		if len(rest) < 2+l+8 {
			return nil, errors.New("short segment entry")
		}
		e := Entry{Name: string(rest[2 : 2+l]), Paragraphs: int(binary.LittleEndian.Uint32(rest[2+l:]))}
		dl := int(binary.LittleEndian.Uint32(rest[2+l+4:]))
		rest = rest[2+l+8:]
		if len(rest) < dl {
			return nil, errors.New("short deletions")
		}
		e.Deleted = roaring.New()
		if _, err := e.Deleted.FromBuffer(append([]byte(nil), rest[:dl]...)); err != nil {
			return nil, fmt.Errorf("deletions of %s: %v", e.Name, err)
		}
		if e.Name == "" || filepath.Base(e.Name) != e.Name {
			return nil, fmt.Errorf("bad segment name %q", e.Name)
		}
		rest = rest[dl:]
		m.Segments = append(m.Segments, e)
	}
	if len(rest) != 0 {
		return nil, errors.New("trailing bytes")
	}
	return m, nil
}

func (m *Manifest) encode() ([]byte, error) {
	b := append([]byte(nil), manifestMagic...)
	b = binary.LittleEndian.AppendUint32(b, manifestVersion)
	b = binary.LittleEndian.AppendUint32(b, 0)
	b = binary.LittleEndian.AppendUint64(b, m.Generation)
	b = binary.LittleEndian.AppendUint64(b, m.NextSegment)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(m.Segments)))
	for _, e := range m.Segments {
		del, err := e.Deleted.ToBytes()
		if err != nil {
			return nil, err
		}
		b = binary.LittleEndian.AppendUint16(b, uint16(len(e.Name)))
		b = append(b, e.Name...)
		b = binary.LittleEndian.AppendUint32(b, uint32(e.Paragraphs))
		b = binary.LittleEndian.AppendUint32(b, uint32(len(del)))
		b = append(b, del...)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli)), nil
}

// WriteManifest writes m as dir's manifest, atomically and durably.
func WriteManifest(dir string, m *Manifest) error {
	b, err := m.encode()
	if err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ManifestFile+".tmp*")
	if err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write manifest: %w", err)
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("write manifest: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("sync manifest: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, ManifestFile)); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return segfile.SyncDir(dir)
}
