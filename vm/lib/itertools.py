"""itertools: iterator building blocks.

Each tool is a class whose instances are their own iterators (count,
repeat, islice, ...) so that argument errors surface at the call, as in
CPython; the combinatoric tools work on a tuple of the input and advance
index vectors in lexicographic order."""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)


class _Iter:
    __slots__ = ()

    def __iter__(self):
        return self


class count(_Iter):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            t = type(v)
            if not (hasattr(t, '__index__') or hasattr(t, '__int__') or
                    hasattr(t, '__float__') or isinstance(v, complex)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle(_Iter):
    """cycle(iterable) --> the elements of iterable, repeated forever."""
    __slots__ = ('_it', '_saved', '_i')

    def __init__(self, iterable, *extra, **kwargs):
        _no_kwargs('cycle', kwargs)
        if extra:
            raise TypeError('cycle expected 1 argument, got %d' % (1 + len(extra)))
        self._it = iter(iterable)
        self._saved = []
        self._i = -1

    def __next__(self):
        if self._i < 0:
            try:
                x = next(self._it)
            except StopIteration:
                if not self._saved:
                    raise
                self._i = 0
                self._it = None
            else:
                self._saved.append(x)
                return x
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x


class repeat(_Iter):
    """repeat(object [,times]) -> object, times times or forever."""
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            times = max(times, 0)
        self._obj = object
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


class accumulate(_Iter):
    """accumulate(iterable[, func, *, initial]) --> running totals."""
    __slots__ = ('_it', '_func', '_total', '_initial')
    _EMPTY = object()

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = self._EMPTY
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total, self._initial = self._initial, None
            return self._total
        x = next(self._it)
        if self._total is self._EMPTY:
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain(_Iter):
    """chain(*iterables) --> the elements of each iterable in turn."""
    __slots__ = ('_sources', '_active')

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> chain over the iterables it yields."""
        self = cls()
        self._sources = iter(iterable)
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._sources))
                except StopIteration:
                    self._sources = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress(_Iter):
    """compress(data, selectors) --> data items whose selector is true."""
    __slots__ = ('_data', '_sel')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        while True:
            d = next(self._data)
            if next(self._sel):
                return d


class dropwhile(_Iter):
    """dropwhile(predicate, iterable) --> skip items while predicate holds."""
    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        for x in self._it:
            if self._dropping and self._pred(x):
                continue
            self._dropping = False
            return x
        raise StopIteration


class takewhile(_Iter):
    """takewhile(predicate, iterable) --> items while predicate holds."""
    __slots__ = ('_pred', '_it')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)

    def __next__(self):
        if self._it is None:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._it = None
        raise StopIteration


class filterfalse(_Iter):
    """filterfalse(function or None, iterable) --> items where function(item)
    is false."""
    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __next__(self):
        for x in self._it:
            if not self._pred(x):
                return x
        raise StopIteration


class starmap(_Iter):
    """starmap(function, iterable) --> function(*args) for each args."""
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        return self._func(*next(self._it))


class groupby(_Iter):
    """groupby(iterable, key=None) --> (key, group) pairs for runs of items
    with equal keys."""
    __slots__ = ('_it', '_key', '_tgtkey', '_currkey', '_currvalue', '_grouper')
    _NULL = object()

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._tgtkey = self._currkey = self._currvalue = self._NULL
        self._grouper = None

    def __next__(self):
        NULL = self._NULL
        self._grouper = None
        while True:
            if self._currkey is NULL:
                pass
            elif self._tgtkey is NULL or not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        self._grouper = g = _grouper(self, self._tgtkey)
        return self._currkey, g

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._key is None else self._key(value)
        self._currvalue = value


class _grouper(_Iter):
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._currvalue is groupby._NULL:
            p._step()
        if not self._tgtkey == p._currkey:
            raise StopIteration
        value = p._currvalue
        p._currvalue = groupby._NULL
        return value


def _islice_index(value, message):
    if value is None:
        return None
    try:
        value = value.__index__()
    except (AttributeError, TypeError):
        raise ValueError(message) from None
    if not 0 <= value <= _sys.maxsize:
        raise ValueError(message)
    return value


class islice(_Iter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    __slots__ = ('_it', '_next', '_stop', '_step', '_pos')

    def __init__(self, iterable, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        if len(args) == 1:
            start, stop, step = None, args[0], None
            stop = _islice_index(stop, 'Stop argument for islice() must be None or an '
                                 'integer: 0 <= x <= sys.maxsize.')
        elif 2 <= len(args) <= 3:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
            start = _islice_index(start, 'Indices for islice() must be None or an '
                                  'integer: 0 <= x <= sys.maxsize.')
            stop = _islice_index(stop, 'Stop argument for islice() must be None or an '
                                 'integer: 0 <= x <= sys.maxsize.')
        elif not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        if step is not None:
            try:
                step = step.__index__()
            except (AttributeError, TypeError):
                step = -1
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start or 0
        self._stop = stop
        self._step = step or 1
        self._pos = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        while self._pos < self._next:
            if self._stop is not None and self._pos >= self._stop:
                break
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        if self._stop is not None and self._pos >= self._stop:
            self._it = None
            raise StopIteration
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        return x


class pairwise(_Iter):
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ('_it', '_old')

    def __init__(self, iterable, *extra, **kwargs):
        _no_kwargs('pairwise', kwargs)
        if extra:
            raise TypeError('pairwise expected 1 argument, got %d' % (1 + len(extra)))
        self._it = iter(iterable)
        self._old = groupby._NULL

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is groupby._NULL:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._old, new)
        self._old = new
        return pair


class zip_longest(_Iter):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> tuples, the
    shorter iterables padded with fillvalue."""
    __slots__ = ('_its', '_fill', '_active')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __next__(self):
        if not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(self._its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                result.append(self._fill)
        return tuple(result)


class product(_Iter):
    """product(*iterables, repeat=1) --> cartesian product tuples."""
    __slots__ = ('_pools', '_idx', '_done')

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        self._pools = [tuple(p) for p in iterables] * repeat
        self._idx = None
        self._done = any(not p for p in self._pools)

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        if self._idx is None:
            self._idx = [0] * len(pools)
        else:
            i = len(pools) - 1
            while i >= 0:
                self._idx[i] += 1
                if self._idx[i] < len(pools[i]):
                    break
                self._idx[i] = 0
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
        return tuple([pools[i][j] for i, j in enumerate(self._idx)])


def _check_r(r, n):
    if r is None:
        return n
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Iter):
    """permutations(iterable[, r]) --> successive r-length permutations."""
    __slots__ = ('_pool', '_r', '_idx', '_cycles', '_first')

    def __init__(self, iterable, r=None):
        self._pool = tuple(iterable)
        n = len(self._pool)
        self._r = _check_r(r, n)
        self._idx = list(range(n))
        self._cycles = list(range(n, n - self._r, -1))
        self._first = True

    def __next__(self):
        pool, r, idx, cycles = self._pool, self._r, self._idx, self._cycles
        n = len(pool)
        if self._first:
            if r > n:
                raise StopIteration
            self._first = False
            return tuple([pool[i] for i in idx[:r]])
        if r > n or cycles is None:
            raise StopIteration
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                idx[i:] = idx[i + 1:] + idx[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                idx[i], idx[-j] = idx[-j], idx[i]
                return tuple([pool[k] for k in idx[:r]])
        self._cycles = None
        raise StopIteration


class combinations(_Iter):
    """combinations(iterable, r) --> r-length tuples in sorted order."""
    __slots__ = ('_pool', '_r', '_idx')

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _check_r(r, 0)
        self._idx = None

    def __next__(self):
        pool, r = self._pool, self._r
        n = len(pool)
        if r > n:
            raise StopIteration
        idx = self._idx
        if idx is None:
            idx = self._idx = list(range(r))
        else:
            for i in reversed(range(r)):
                if idx[i] != i + n - r:
                    break
            else:
                self._r = n + 1
                raise StopIteration
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
        return tuple([pool[i] for i in idx])


class combinations_with_replacement(_Iter):
    """combinations_with_replacement(iterable, r) --> r-length tuples
    allowing individual elements to repeat."""
    __slots__ = ('_pool', '_r', '_idx')

    def __init__(self, iterable, r):
        self._pool = tuple(iterable)
        self._r = _check_r(r, 0)
        self._idx = None

    def __next__(self):
        pool, r = self._pool, self._r
        n = len(pool)
        if r < 0 or (not n and r):
            raise StopIteration
        idx = self._idx
        if idx is None:
            idx = self._idx = [0] * r
        else:
            for i in reversed(range(r)):
                if idx[i] != n - 1:
                    break
            else:
                self._r = -1
                raise StopIteration
            idx[i:] = [idx[i] + 1] * (r - i)
        return tuple([pool[i] for i in idx])


class _tee(_Iter):
    """An iterator over a shared buffer: the link list (value, next link)
    is extended by whichever tee runs ahead."""
    __slots__ = ('_it', '_link', '__weakref__')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
             filterfalse, starmap, groupby, islice, pairwise, zip_longest, product,
             permutations, combinations, combinations_with_replacement):
    _cls.__module__ = 'itertools'
_tee.__name__ = _tee.__qualname__ = '_tee'
_grouper.__name__ = _grouper.__qualname__ = '_grouper'
del _cls
