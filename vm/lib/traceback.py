"""traceback: print or format exceptions as the interpreter does.

The text comes from the interpreter's own printer (the C module
_traceback), so print_exc() shows exactly what an uncaught exception
shows: the chain with "During handling..." lines, "Traceback (most recent
call last):", one entry per frame with its source line, and the final
"Type: message".  The format_* functions collect that text through a small
writer object instead of a file."""

import sys
import _traceback

__all__ = ["print_exc", "format_exc", "print_exception", "format_exception",
           "format_exception_only", "print_last"]


class _Lines:
    """A file-like sink that keeps what is written."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def lines(self):
        """The text in CPython's pieces: a frame's "  File" line with its
        source and caret lines, and a chain message with its blank lines."""
        pieces = []
        lines = "".join(self.parts).splitlines(keepends=True)
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("    ") and pieces and pieces[-1].startswith("  File"):
                pieces[-1] += line
            elif line == "\n" and i + 2 < len(lines) and lines[i + 2] == "\n":
                pieces.append(line + lines[i + 1] + lines[i + 2])
                i += 2
            else:
                pieces.append(line)
            i += 1
        return pieces


_sentinel = object()


def _value_of(exc, value):
    """The exception instance of the old (type, value, tb) or new (exc) call."""
    if value is _sentinel:
        return exc
    return value


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception and its traceback to file (default sys.stderr)."""
    value = _value_of(exc, value)
    if file is None:
        file = sys.stderr
    if value is None:
        file.write("NoneType: None\n")
        return
    if tb is not _sentinel and tb is not None:
        value.__traceback__ = tb
    _traceback.print_exception(value, file)


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception() would print, each ending in a newline."""
    out = _Lines()
    print_exception(exc, value, tb, limit, out, chain)
    return out.lines()


def format_exception_only(exc, value=_sentinel):
    """The last line(s) of a traceback: ["Type: message\\n"]."""
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    if isinstance(value, SyntaxError):
        return format_exception(value, value, None)[-4:] if value.lineno else \
            [_traceback.format_exception_only(value) + "\n"]
    return [_traceback.format_exception_only(value) + "\n"]


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exc_info())."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The text print_exc() would print."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_value)."""
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
