#!/usr/bin/env bash
# scripts/check-example.sh MINI EXAMPLE.py: runs one example from a scratch
# folder (examples may write pictures there); it must exit 0 and write
# nothing to stderr.
set -u
mini=$1 py=$2
case $mini in /*) ;; *) mini="$PWD/$mini" ;; esac
case $py in /*) ;; *) py="$PWD/$py" ;; esac
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && timeout "${MINI_TEST_TIMEOUT:-120}" "$mini" "$py" >"$tmp/out" 2>"$tmp/err"); rc=$?
if [ "$rc" != 0 ] || [ -s "$tmp/err" ]; then
    echo "example failed with exit status $rc"; cat "$tmp/out"; head -c 2000 "$tmp/err"
    exit 1
fi
exit 0
