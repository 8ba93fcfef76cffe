#!/usr/bin/env bash
# scripts/refresh-expected.sh FILE.py...: writes the expected output of script
# tests from CPython 3.10, the oracle (../shared/spec/README.md).
#
# For each FILE.py, run from its folder: stdout goes to FILE.out; when the
# exit status is not 0 it goes to FILE.rc and stderr to FILE.err, otherwise
# stale .rc/.err files are removed.  FILE.in, when present, is standard input.
# Read the new expected files before committing them.
set -u
py310=${PYTHON310:-}
if [ -z "$py310" ]; then
    for c in python3.10 "$HOME"/.pyenv/versions/3.10.*/bin/python3.10; do
        if command -v "$c" >/dev/null 2>&1 && "$c" -c pass 2>/dev/null; then py310=$c; break; fi
    done
fi
[ -n "$py310" ] || { echo "refresh-expected: no python3.10 found (set PYTHON310)" >&2; exit 2; }
for py in "$@"; do
    dir=$(cd "$(dirname "$py")" && pwd) name=$(basename "$py" .py)
    input=/dev/null; [ -f "$dir/$name.in" ] && input="$dir/$name.in"
    (cd "$dir" && PYTHONHASHSEED=0 "$py310" "$name.py" <"$input" >"$name.out" 2>"$name.err.tmp"); rc=$?
    if [ "$rc" != 0 ]; then
        echo "$rc" >"$dir/$name.rc"
        # CPython prints the script's absolute path; the tests run it by name
        sed "s|File \"$dir/|File \"|" "$dir/$name.err.tmp" >"$dir/$name.err"
        rm -f "$dir/$name.err.tmp"
    else
        rm -f "$dir/$name.rc" "$dir/$name.err"
        if [ -s "$dir/$name.err.tmp" ]; then
            echo "refresh-expected: $py wrote to stderr under CPython:" >&2
            cat "$dir/$name.err.tmp" >&2
        fi
        rm -f "$dir/$name.err.tmp"
    fi
    echo "$py: exit $rc"
done
