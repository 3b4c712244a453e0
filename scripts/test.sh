#!/usr/bin/env bash
# The whole test suite, as CI runs it: a normal build and an ASan+UBSan build of the tool, each
# running unit, golden, diagnostics and end-to-end tests (the sanitized run also builds the
# generated programs with the sanitizers), then a short fuzzing run of every libFuzzer harness
# (tests/fuzz, a clang build in build-fuzz).
set -euo pipefail
cd "$(dirname "$0")/.."
# Each phase prints its wall time (`== phase ...: N s`), so a CI log shows where the time went.
start=$SECONDS
phase() { echo "== phase $1: $((SECONDS - start)) s"; start=$SECONDS; }
./scripts/install-deps.sh
phase install-deps
jobs=$(nproc)

# The tool is built optimised but without debug information (-g made its build 1.45x longer:
# 162 s -> 111 s of wall time for py2cpp and its unit tests on 2 cores); the sanitizer build
# below keeps -g for its reports.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" >/dev/null
cmake --build build -j "$jobs"
phase build
# Tests labelled `extended` (two of the four cross-target validations under qemu) are left out to
# keep CI within its time budget: `ctest --test-dir build -L extended` runs them.
ctest --test-dir build -j "$jobs" --output-on-failure --timeout 600 -LE extended
phase tests

# The generated programs are built at -O0 there: sanitizer instrumentation makes optimising
# expensive (a batch of 12 NumPy programs took 179 s to compile at -O1 with ASan+UBSan, 119 s at
# -O0, 92 s at -O3 without sanitizers), the programs run briefly, and the normal build above
# already compiles every program at the default -O3 with -Werror.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPY2CPP_SANITIZE=ON \
      -DPY2CPP_E2E_CXXFLAGS="-O0 -fsanitize=address,undefined -fno-sanitize-recover=undefined" -DPY2CPP_VALIDATE_ALL=OFF \
      -DPY2CPP_VALIDATE_CROSS=OFF -DPY2CPP_TEST_PYTHON_MODULES=OFF -DPY2CPP_DIFFERENTIAL_COUNT=100 >/dev/null
cmake --build build-asan -j "$jobs"
phase build-asan
# CPython keeps its interpreter state alive until exit; LeakSanitizer would report that as leaks.
# Two long runs are left to the normal build above: the motion planner's validation (179 s under
# the sanitizers; the e2e and runtime tests exercise the same runtime code) and the differential
# smoke run (66 s; random programs, whose tool crashes the fuzzing phase below also looks for).
ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan -j "$jobs" --output-on-failure --timeout 900 \
        -E "^(validate\.example\.motion_planning|differential\.smoke)$"
phase tests-asan

# Fuzzing smoke: each harness of tests/fuzz for 30 s on a seed corpus generated from tests/
# (tests/fuzz/README.md). clang++ only; CPython's interpreter state is not a leak (the runner
# sets detect_leaks=0).
cmake -S tests/fuzz -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DPY2CPP_FUZZ_SECONDS=30 >/dev/null
cmake --build build-fuzz -j "$jobs"
phase build-fuzz
ctest --test-dir build-fuzz -L fuzz -j "$jobs" --output-on-failure
phase fuzz
