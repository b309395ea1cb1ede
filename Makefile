# govsearch: `make run` builds, indexes seeds/ if no index exists, and serves
# http://127.0.0.1:8080; `make test` runs every test.

GO       ?= go
BIN      := bin/govsearch
INDEX    ?= data/index
ADDR     ?= 127.0.0.1:8080
BENCH_N  ?= 1000000

.PHONY: build run test vet fmt bench clean

build:
	$(GO) build -o $(BIN) ./cmd/govsearch

run: build
	./$(BIN) serve --index $(INDEX) --addr $(ADDR)

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }

test: vet
	$(GO) test -race -count=1 ./...

clean:
	rm -rf bin data
