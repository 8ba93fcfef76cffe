#!/usr/bin/env bash
# scripts/refresh-ast-expected.sh [FILE.py...]: writes the expected files of
# the front end's unit tests from CPython 3.10, the oracle:
#   tests/unit/grammar/corpus/NAME.py  -> NAME.ast     ast.dump(ast.parse(src), indent=2)
#                                      -> NAME.pos     the same with include_attributes=True
#   tests/unit/lexer/corpus/NAME.py    -> NAME.tokens  python3.10 -m tokenize -e NAME.py
#   tests/unit/grammar/errors/NAME.py  -> NAME.err     the SyntaxError CPython prints for
#                                                      the file, as `python3.10 NAME.py` would
# Without arguments, refreshes every such file.  Read the new expected files
# before committing them.
set -u
cd "$(dirname "$0")/.."
py310=${PYTHON310:-}
if [ -z "$py310" ]; then
    for c in python3.10 "$HOME"/.pyenv/versions/3.10.*/bin/python3.10; do
        if command -v "$c" >/dev/null 2>&1 && "$c" -c pass 2>/dev/null; then py310=$c; break; fi
    done
fi
[ -n "$py310" ] || { echo "refresh-ast-expected: no python3.10 found (set PYTHON310)" >&2; exit 2; }
if [ $# -eq 0 ]; then
    set -- tests/unit/grammar/corpus/*.py tests/unit/lexer/corpus/*.py tests/unit/grammar/errors/*.py
fi
status=0
for py in "$@"; do
    [ -f "$py" ] || continue
    dir=$(dirname "$py") name=$(basename "$py" .py)
    case $dir in
    */grammar/corpus)
        "$py310" -c 'import ast, sys
print(ast.dump(ast.parse(open(sys.argv[1], "rb").read()), indent=2))' "$py" >"$dir/$name.ast" ||
            { echo "$py: does not parse" >&2; status=1; }
        "$py310" -c 'import ast, sys
tree = ast.parse(open(sys.argv[1], "rb").read())
print(ast.dump(tree, include_attributes=True, indent=2))' "$py" >"$dir/$name.pos" || status=1 ;;
    */lexer/corpus)
        (cd "$dir" && "$py310" -m tokenize -e "$name.py") >"$dir/$name.tokens" ||
            { echo "$py: does not tokenize" >&2; status=1; } ;;
    */grammar/errors)
        # ast.parse runs the parser only, as mi_parse(); the uncaught error
        # goes through CPython's own printer (sys.__excepthook__).
        (cd "$dir" && "$py310" -c 'import ast, sys
name = sys.argv[1]
try:
    ast.parse(open(name, "rb").read(), name)
except (SyntaxError, MemoryError, RecursionError) as e:
    e.__traceback__ = None
    sys.__excepthook__(type(e), e, None)
    sys.stderr.flush()
    sys.exit(1)
print(name + ": parses without error", file=sys.stderr)
sys.exit(3)' "$name.py") 2>"$dir/$name.err"
        [ $? = 1 ] || { cat "$dir/$name.err" >&2; rm -f "$dir/$name.err"; status=1; } ;;
    *)
        echo "$py: not in a corpus folder" >&2; status=1 ;;
    esac
done
exit $status
