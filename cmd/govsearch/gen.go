package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/govsearch/govsearch/internal/gencorpus"
	"github.com/govsearch/govsearch/seeds"
)

// cmdGen runs `govsearch gen`: a synthetic corpus for benchmarks.
func cmdGen(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	out := fs.String("out", "data/corpus", "folder to write the corpus into")
	n := fs.Int("n", 1000000, "paragraphs to generate")
	seed := fs.Int64("seed", 1, "random seed: the same seed writes the same corpus")
	if rest, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", rest[0])}
	}
	if *n <= 0 {
		return usageError{"--n must be positive"}
	}
	start := time.Now()
	st, err := gencorpus.Generate(*out, seeds.FS, gencorpus.Options{Paragraphs: *n, Seed: *seed})
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %d documents, %d paragraphs, %.1f MB to %s (%.1fs)\n", st.Documents, st.Paragraphs, float64(st.Bytes)/1e6, *out, time.Since(start).Seconds())
	return nil
}
