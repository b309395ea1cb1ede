# govsearch: `make run` builds, indexes seeds/ if no index exists, and serves
# http://127.0.0.1:8080; `make test` runs every test.

GO       ?= go
BIN      := bin/govsearch
INDEX    ?= data/index
ADDR     ?= 127.0.0.1:8080
BENCH_N  ?= 1000000
# staticcheck at a pinned version, run through the module cache so that
# nothing needs installing: 2026.2.2 (v0.8.2), the newest when pinned.
STATICCHECK := $(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2

.PHONY: build run test vet bench clean

build:
	$(GO) build -o $(BIN) ./cmd/govsearch

run: build
	./$(BIN) serve --index $(INDEX) --addr $(ADDR)

vet:
	$(GO) vet ./...
	$(STATICCHECK) ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }

# NORACE are the tests that skip themselves under the race detector (see
# internal/race): one goroutine's work that the detector makes ten to
# twenty times slower — the tests over ../shared/corpus (skipped where it
# is absent), the extraction tables, the heap bound, the kill -9 runs —
# which `make test` runs again without it, as it runs the cluster's
# acceptance tests (NATS servers and replicas in process).
# internal/race's TestSkippedTestsRunWithoutRace checks this list.
NORACE := Corpus|PlaceIsNamed|UnseenPageOpenings|MetadataTraps|LongLinesAreSplit|TitleIsParagraph|OneLinePageKeepsItsReport|IndexHeapIsBounded|Kill9LeavesTheIndexConsistent|MetaSourcesAreLabelled

test: vet
	$(GO) test -race -count=1 -timeout 20m ./...
	$(GO) test -count=1 -run '$(NORACE)' ./index/ ./ingest/ ./cmd/govsearch/ ./server/
	$(GO) test -count=1 -run 'Cluster' ./cluster/

# make bench: Go benchmarks, then the end-to-end benchmark on a generated
# corpus of BENCH_N paragraphs (BENCH_N=10000 for a run under a minute).
# With BENCH_CORPUS=DIR it indexes and serves those real files instead, and
# with BENCH_BASELINE=BIN also another govsearch binary, side by side:
#   make bench BENCH_CORPUS=/tmp/corpus24 BENCH_BASELINE=/tmp/gs-old
BENCH_CORPUS   ?=
BENCH_BASELINE ?=
bench: build
	$(GO) build -o bin/govsearch-bench ./cmd/govsearch-bench
	$(GO) test -run '^$$' -bench . -benchtime 200ms ./segment ./ingest ./index
ifeq ($(BENCH_CORPUS),)
	./bin/govsearch-bench --n $(BENCH_N) --work data/bench --out data/bench/report-$(BENCH_N).md
else
	./bin/govsearch-bench --corpus $(BENCH_CORPUS) $(if $(BENCH_BASELINE),--baseline $(BENCH_BASELINE)) \
		--bin $(BIN) --work data/bench/real --out data/bench/report-real.md
endif

clean:
	rm -rf bin data
