# Short targets that are plain go commands. `make test` is what CI runs.
GO ?= go
GO_FLAGS ?= -trimpath

.PHONY: all test check site bench fuzz golden build

all: check test

build:
	$(GO) build $(GO_FLAGS) -o bin/dateline ./cmd/dateline

test:
	$(GO) test -count=1 ./...

check:
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt -l:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	$(GO) vet ./...
	@! $(GO) list -deps ./timeline | grep -E 'goldmark|dateparse|html/template' || { echo "timeline must depend on the standard library only"; exit 1; }

site: build
	./bin/dateline build --out public examples/corpus
	@echo "the example timeline is in public/index.html"

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fuzz:
	@echo "see the fuzz targets listed in README.md"

golden:
	$(GO) test ./... -update
