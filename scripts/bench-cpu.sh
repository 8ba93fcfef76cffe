#!/usr/bin/env bash
# scripts/bench-cpu.sh [MINI] [PROGRAM...]: CPU time (user+sys) of each
# benchmark program under python3.10 and mini, and their ratio.  CPU time
# is steadier than wall time on a busy machine; ../shared/bench/run.sh
# remains the reference measurement.
set -u
mini=${1:-build-rel/mini}; [ $# -gt 0 ] && shift
progs=("$@")
dir=$(cd "$(dirname "$0")/.." && pwd)/../shared/bench/programs
[ ${#progs[@]} -eq 0 ] && progs=($(cd "$dir" && ls *.py | sed 's/\.py$//'))
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'; }
for p in "${progs[@]}"; do
    b=$(cpu python3.10 "$dir/$p.py"); c=$(cpu "$mini" "$dir/$p.py")
    awk -v p="$p" -v b="$b" -v c="$c" 'BEGIN { printf "%-12s %7.2f %7.2f  %5.2fx\n", p, b, c, b / c }'
done
