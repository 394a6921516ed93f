# Thin wrapper over CMake. `make demo` and `make test` each install what is missing first.
JOBS ?= $(shell nproc)
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 600
GEN = $(shell command -v ninja >/dev/null 2>&1 && echo -G Ninja)

.PHONY: all deps build demo test test-asan fuzz-parser fuzz-edn bench format clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(GEN) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	scripts/demo.sh $(BUILD)/cli/vouch

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) --no-tests=error
	$(MAKE) test-asan

$(ASAN_BUILD)/CMakeCache.txt:
	cmake -S . -B $(ASAN_BUILD) $(GEN) -DCMAKE_BUILD_TYPE=Debug -DVOUCH_SANITIZE=ON

test-asan: deps $(ASAN_BUILD)/CMakeCache.txt
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS) --no-tests=error -L unit

$(FUZZ_BUILD)/CMakeCache.txt:
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) $(GEN) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DVOUCH_FUZZ=ON -DVOUCH_SANITIZE=ON -DVOUCH_TESTS=OFF

fuzz-parser: deps $(FUZZ_BUILD)/CMakeCache.txt
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_parser
	mkdir -p fuzz/corpus-parser
	$(FUZZ_BUILD)/fuzz/fuzz_parser -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
	  -rss_limit_mb=4096 fuzz/corpus-parser tests/cases/parse specs

fuzz-edn: deps $(FUZZ_BUILD)/CMakeCache.txt
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_edn
	mkdir -p fuzz/corpus-edn
	$(FUZZ_BUILD)/fuzz/fuzz_edn -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 \
	  -rss_limit_mb=4096 fuzz/corpus-edn fuzz/seeds-edn

bench: build
	bench/run.sh $(BUILD)/cli/vouch

format:
	git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
