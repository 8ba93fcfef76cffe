#!/usr/bin/env bash
# scripts/check-script.sh MINI FILE.py: runs one script test.
#
# FILE.py runs from its own folder as `MINI FILE.py`; its stdout must equal
# FILE.out byte for byte.  If FILE.rc exists the exit status must equal it,
# else 0.  If FILE.err exists, stderr must start with its first line and end
# with its last line (the traceback header and the exception line);
# otherwise stderr must be empty (so a leak report of a debug build fails).
# The folder of FILE.py is removed from paths in stderr before comparing.
# FILE.in, when present, is fed to standard input.
# Under MINI_GC_STRESS=1 (a collection at every allocation), a test holding
# the line "# mini: gc-timing" is skipped: it observes when collections run.
# Exit status 0 when the test passes; the differences otherwise.
set -u
mini=$1 py=$2
case $mini in /*) ;; *) mini="$PWD/$mini" ;; esac
dir=$(cd "$(dirname "$py")" && pwd) name=$(basename "$py" .py)
if [ -n "${MINI_GC_STRESS:-}" ] && [ "${MINI_GC_STRESS}" != 0 ] &&
   grep -qx '# mini: gc-timing' "$py"; then
    echo "skipped under MINI_GC_STRESS: observes collection timing"; exit 0
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
input=/dev/null; [ -f "$dir/$name.in" ] && input="$dir/$name.in"
(cd "$dir" && timeout "${MINI_TEST_TIMEOUT:-120}" "$mini" "$name.py" \
    <"$input" >"$tmp/out" 2>"$tmp/err"); rc=$?
want_rc=0; [ -f "$dir/$name.rc" ] && want_rc=$(cat "$dir/$name.rc")
status=0
if ! cmp -s "$tmp/out" "$dir/$name.out"; then
    echo "stdout differs (- expected, + actual):"
    diff -u "$dir/$name.out" "$tmp/out" | sed -n '3,40p'
    status=1
fi
if [ "$rc" != "$want_rc" ]; then
    echo "exit status $rc, expected $want_rc"; status=1
fi
if [ -f "$dir/$name.err" ]; then
    # the script's path shows absolute (as CPython 3.9+); .err files hold
    # it relative to the test's folder
    sed -i "s|\"$dir/|\"|g" "$tmp/err"
    if [ "$(head -n1 "$tmp/err")" != "$(head -n1 "$dir/$name.err")" ] ||
       [ "$(tail -n1 "$tmp/err")" != "$(tail -n1 "$dir/$name.err")" ]; then
        echo "stderr differs; expected first/last lines:"
        head -n1 "$dir/$name.err"; tail -n1 "$dir/$name.err"
        echo "actual stderr:"; head -c 2000 "$tmp/err"; status=1
    fi
elif [ -s "$tmp/err" ]; then
    echo "unexpected stderr:"; head -c 2000 "$tmp/err"; status=1
fi
exit $status
