#!/usr/bin/env bash
# scripts/setup.sh [BUILD_DIR] [CMAKE_ARGS...]: makes a fresh Debian machine
# ready and builds mini.  Installs the packages the build needs with apt-get
# (when they are missing and we may), configures with CMake and builds.
# Default BUILD_DIR is build/ (a Release build of build/mini).
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}; [ $# -gt 0 ] && shift
need=()
for p in cmake gcc make pkg-config re2c lemon libcriterion-dev libedit-dev libgmp-dev graphviz time; do
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}"
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" -j "$(nproc)"
