// Command govsearch indexes Chinese government documents and searches
// them: from the command line, over HTTP, on a search page and in a widget.
//
//	govsearch index  [--index DIR] [--prune] PATH...
//	govsearch serve  [--index DIR] [--addr HOST:PORT] [--cors-origin URL]... [--allowed-host NAME]...
//	govsearch index  --nats URL [--prune] PATH...
//	govsearch shard  --nats URL --shard I --shards N [--index DIR]
//	govsearch serve  --nats URL --shards N [--addr HOST:PORT]
//	govsearch search [--index DIR] [--json] [filters] [--] QUERY
//	govsearch docs   [--index DIR] [--json]
//	govsearch check  [--index DIR] [--json] [filters] CLAIM
//	govsearch trend  [--index DIR] [--by year] [--csv] [filters] QUERY...
//	govsearch gen    [--out DIR] [--n N] [--seed S]
//	govsearch version
//
// Each command lives in its own file (index.go, serve.go, ...); main.go only
// dispatches, flags.go holds the flag helpers the commands share.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/govsearch/govsearch"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

const defaultIndex = "data/index"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command and returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage())
		return 2
	}
	cmd, rest := args[0], args[1:]
	var err error
	switch cmd {
	case "index":
		err = cmdIndex(ctx, rest, stdout, stderr)
	case "serve":
		err = cmdServe(ctx, rest, stdout, stderr)
	case "shard":
		err = cmdShard(ctx, rest, stderr)
	case "search":
		err = cmdSearch(ctx, rest, stdout)
	case "docs":
		err = cmdDocs(ctx, rest, stdout)
	case "gen":
		err = cmdGen(rest, stderr)
	case "check":
		err = cmdCheck(ctx, rest, stdout)
	case "trend":
		err = cmdTrend(ctx, rest, stdout)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "govsearch %s\n", version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage())
		return 0
	default:
		fmt.Fprintf(stderr, "govsearch: unknown command %q (commands: index, serve, shard, search, docs, check, trend, gen, version)\n", cmd)
		return 2
	}
	if err == nil {
		return 0
	}
	var exit exitError
	if errors.As(err, &exit) {
		return int(exit)
	}
	fmt.Fprintf(stderr, "govsearch %s: %s\n", cmd, oneLine(err))
	var usageErr usageError
	if errors.As(err, &usageErr) {
		return 2
	}
	return 1
}

// usage is the command line's help: the commands, then the filter flags
// and the trend fields, which come from the facet fields.
func usage() string {
	var b strings.Builder
	b.WriteString(commands)
	b.WriteString("\n  filters, each repeatable:\n")
	for _, f := range govsearch.FacetFields() {
		fmt.Fprintf(&b, "    --%-10s %s\n", filterFlagName(f), f.Doc)
	}
	fmt.Fprintf(&b, "  FIELD of trend --by: %s\n", strings.Join(govsearch.TrendNames(), ", "))
	return b.String()
}

// commands lists the commands and their flags.
const commands = `govsearch: full-text search of Chinese government documents

  govsearch index  [--index DIR] [--prune] PATH...      add or update documents
  govsearch serve  [--index DIR] [--addr HOST:PORT]     serve the API, page and widget
  A cluster (NATS with JetStream; URL: comma-separated NATS server URLs):
  govsearch index  --nats URL [--prune] PATH...         publish documents into the cluster's log
  govsearch shard  --nats URL --shard I --shards N [--index DIR]   run a replica of shard I of N
  govsearch serve  --nats URL --shards N [--addr HOST:PORT]        run a gateway
  govsearch search [--index DIR] [--json] [--size N] [--from N] [filters]
                   [--sort relevance|date] [--mode all|any] [--explain] [--] QUERY
  govsearch docs   [--index DIR] [--json]               list the indexed documents
  govsearch check  [--index DIR] [--json] [filters] CLAIM   check the figures of a claim
  govsearch trend  [--index DIR] [--by FIELD] [--csv|--json]
                   [filters] QUERY...                   count each query's matches per year or place
  govsearch gen    [--out DIR] [--n 1000000] [--seed 1]  write a synthetic corpus for benchmarks
  govsearch version
`

// exitError ends a command with a status after it printed its own report.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// usageError is a bad command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// oneLine joins an error's lines and spaces into one line for the report.
func oneLine(err error) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", " ")), " ")
}
