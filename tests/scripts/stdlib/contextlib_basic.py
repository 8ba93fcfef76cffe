import contextlib, sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as v:
    print('inside', v)
try:
    with tag('b'):
        raise KeyError('boom')
except KeyError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)
with swallow():
    raise ValueError('v')
print('after swallow')

@tag('deco')
def work():
    print('working')
work()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
b = Buf()
with redirect_stdout(b):
    print('hidden', 1)
print('captured:', repr(''.join(b.parts)))

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('stacked'))
    print('body')
with ExitStack() as stack:
    stack.push(lambda *exc: print('exit saw', exc[0].__name__) or True)
    raise RuntimeError('x')
print('exitstack suppressed')

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
print(isinstance(nullcontext(), contextlib.AbstractContextManager), isinstance(1, contextlib.AbstractContextManager))
