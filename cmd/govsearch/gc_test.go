package main

import (
	"flag"
	"os"
	"runtime/debug"
	"testing"
)

// TestGCFlags checks that --gc-percent and --memory-limit-mb set the
// collector, and that GOGC and GOMEMLIMIT in the environment win.
func TestGCFlags(t *testing.T) {
	prevPercent := debug.SetGCPercent(100)
	prevLimit := debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		debug.SetGCPercent(prevPercent)
		debug.SetMemoryLimit(prevLimit)
	})
	parse := func(args ...string) gcFlags {
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		g := addGCFlags(fs)
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		return g
	}
	unset := func(name string) {
		t.Setenv(name, "") // restored after the test
		os.Unsetenv(name)
	}
	unset("GOGC")
	unset("GOMEMLIMIT")
	parse("--gc-percent", "300", "--memory-limit-mb", "512").apply()
	if got := debug.SetGCPercent(100); got != 300 {
		t.Errorf("--gc-percent 300: GC percent %d", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 512<<20 {
		t.Errorf("--memory-limit-mb 512: limit %d", got)
	}
	parse().apply()
	if got := debug.SetGCPercent(100); got != 400 {
		t.Errorf("default: GC percent %d, want 400", got)
	}
	t.Setenv("GOGC", "150")
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(1 << 30)
	parse("--gc-percent", "300", "--memory-limit-mb", "512").apply()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC set: GC percent changed to %d", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<30 {
		t.Errorf("GOMEMLIMIT set: limit changed to %d", got)
	}
}
