#!/usr/bin/env bash
# scripts/alloc-bench.sh: mini's pool allocator against the system malloc.
#
#   scripts/alloc-bench.sh [--runs N] [--ops N]                 synthetic mix
#   scripts/alloc-bench.sh [--runs N] [--ops N] TRACE...        replay traces
#   scripts/alloc-bench.sh [--runs N] [--ops N] --cpython [PROG.py...]
#
# A TRACE is what MINI_ALLOC_TRACE=PATH makes mini write (or trace_malloc
# records from any program).  --cpython records python3.10 running each
# program (default: every program of ../shared/bench/programs) with
# PYTHONMALLOC=malloc, which sends every object to malloc, and replays that:
# CPython 3.10's real size mix and lifetimes.  Each workload prints the
# median CPU time of both allocators over N runs (default 7, each a fresh
# process) and their ratio; with several workloads the last line is
#   alloc-bench: geomean ratio R over K workloads
# where R = system malloc time / pool time: above 1, the pools are faster.
# Workloads of fewer than a million operations (fib and nbody allocate
# little beyond start-up) take milliseconds, too little to time against the
# machine's noise: they are shown but left out of the geomean.
# Builds alloc_bench in build-bench/ (Release).
set -eu
cd "$(dirname "$0")/.."
runs=7 ops=8000000 cpython=0
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --ops) ops=$2; shift 2 ;;
        --cpython) cpython=1; shift ;;
        -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) args+=("$1"); shift ;;
    esac
done

build=build-bench
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
targets=(alloc_bench)
[ "$cpython" = 1 ] && targets+=(alloc_trace_malloc)
cmake --build "$build" --target "${targets[@]}" -j "$(nproc)" >/dev/null
bench="$build/alloc_bench"

ratios=()
run() {                     # run LABEL ALLOC_BENCH_ARGS...
    local label=$1 out
    shift
    echo "== $label"
    out=$("$bench" --runs "$runs" --ops "$ops" "$@")
    echo "$out" | sed 1d
    if [ "$(echo "$out" | sed -n 's/^  \([0-9]*\) ops:.*/\1/p')" -ge 1000000 ]; then
        ratios+=("$(echo "$out" | sed -n 's/^alloc-bench: ratio \([0-9.]*\).*/\1/p')")
    else
        echo "(under a million operations: not in the geomean)"
    fi
}

if [ "$cpython" = 1 ]; then
    python=$(python3.10 -c 'import sys; print(sys.executable)')    # past pyenv shims
    preload=$(cd "$build" && pwd)/liballoc_trace_malloc.so
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    [ ${#args[@]} -gt 0 ] || args=(../shared/bench/programs/*.py)
    for prog in "${args[@]}"; do
        name=$(basename "$prog" .py)
        (cd "$(dirname "$prog")" &&
         MINI_ALLOC_TRACE="$tmp/$name.trace" MINI_ALLOC_TRACE_MAX=$((ops + ops / 8)) \
         PYTHONMALLOC=malloc LD_PRELOAD="$preload" \
             timeout 300 "$python" "$(basename "$prog")" >/dev/null) ||
            { echo "alloc-bench: $prog failed under python3.10" >&2; exit 1; }
        run "cpython3.10 $name" --trace "$tmp/$name.trace"
        rm -f "$tmp/$name.trace"
    done
elif [ ${#args[@]} -gt 0 ]; then
    for trace in "${args[@]}"; do
        run "$trace" --trace "$trace"
    done
else
    run "synthetic interpreter mix"
fi

if [ ${#ratios[@]} -gt 1 ]; then
    printf '%s\n' "${ratios[@]}" |
        awk '{ s += log($1); n++ } END { printf "alloc-bench: geomean ratio %.2f over %d workloads\n", exp(s / n), n }'
fi
