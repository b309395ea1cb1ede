//go:build !linux

package segfile

import "os"

// dropCache does nothing where posix_fadvise is not used (see the Linux
// version).
func dropCache(*os.File) {}
