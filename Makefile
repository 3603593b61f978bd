# Short targets that are plain go commands. `make test` is what CI runs.
GO ?= go
GO_FLAGS ?= -trimpath

.PHONY: all test check site bench bench-archive fuzz golden build

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

# BenchmarkArchive (cmd/dateline) is extract and build end to end on 1,000
# and 10,000 generated articles; DATELINE_BENCH_100K=1 adds 100,000 (minutes).
# bench-archive runs only it, once per size.
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

bench-archive:
	$(GO) test -run '^$$' -bench Archive -benchtime 1x -timeout 2h ./cmd/dateline

# Each fuzz target runs for FUZZTIME (a duration, or a count such as 40000x);
# a failing input is kept by go test under the package's
# testdata/fuzz/<Target>/ and replays in every `make test`. A bare "context
# deadline exceeded" with no input written is Go 1.26's fuzz coordinator
# (golang/go#75804), not a finding: CI uses a count, which cannot hit it.
# A new input is shrunk for at most FUZZMINIMIZE tries (a count, like CI's
# FUZZTIME, so no deadline races): the large seeds (8 KB of
# 'the ') otherwise freeze the run for a minute each while they shrink.
FUZZTIME ?= 30s
FUZZMINIMIZE ?= 2000x
fuzz:
	@set -e; for f in $$(grep -l '^func Fuzz' $$(git ls-files '*_test.go')); do \
	  for t in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' $$f); do \
	    echo "fuzz $$t in ./$$(dirname $$f) for $(FUZZTIME)"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) ./$$(dirname $$f); \
	  done; \
	done

golden:
	$(GO) test ./... -update
