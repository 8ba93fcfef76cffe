#!/usr/bin/env bash
# scripts/test.sh [BUILD_DIR] [CMAKE_ARGS...]: sets up, builds and runs every
# test (Criterion unit tests and script tests, through CTest).
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}; [ $# -gt 0 ] && shift
scripts/setup.sh "$build" "$@"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"
