"""statistics: basic statistics of numeric data (ints and floats).

Sums are exact, as in CPython: every value becomes an integer ratio and
they are added as one rational number (numerator, denominator), which is
rounded once at the end; so mean([...]) and variance([...]) give CPython's
results to the last bit.  An all-int input keeps int results where the
exact result is whole."""

import math
from bisect import bisect_left, bisect_right

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    if isinstance(x, int):
        return x, 1
    if isinstance(x, float):
        if not math.isfinite(x):
            return x, None
        return x.as_integer_ratio()
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(T, S):
    if T is bool or T is S:
        return S
    if S is bool:
        return T
    if T is int:
        return S
    if S is int:
        return T
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("can't convert type '%s' to numerator/denominator" % S.__name__)


class _Q:
    """An exact rational number n/d (d > 0, lowest terms)."""
    __slots__ = ('n', 'd')

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = math.gcd(n, d)
        self.n, self.d = (n // g, d // g) if g > 1 else (n, d)

    def __add__(self, o):
        o = _q(o)
        return _Q(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        o = _q(o)
        return _Q(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = _q(o)
        return _Q(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = _q(o)
        return _Q(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return _q(o) / self

    def __lt__(self, o):
        o = _q(o)
        return self.n * o.d < o.n * self.d

    def __float__(self):
        return self.n / self.d


def _q(x):
    return x if isinstance(x, _Q) else _Q(*_ratio(x))


def _sum(data):
    """(type, exact total, count) of data; a non-finite float makes the
    total that float."""
    count = 0
    T = int
    partials = {}
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _ratio(x)
        count += 1
        if d is None:
            special = x if special is None else special + x
        else:
            partials[d] = partials.get(d, 0) + n
    if special is not None:
        return T, special, count
    total = _Q(0)
    for d, n in partials.items():
        total = total + _Q(n, d)
    return T, total, count


def _convert(value, T):
    if not isinstance(value, _Q):
        return T(value)
    if issubclass(T, int) and value.d != 1:
        T = float
    if T is float or issubclass(T, float):
        return T(value.n / value.d)
    return T(value.n) if issubclass(T, int) else T(float(value))


def mean(data):
    """Return the sample arithmetic mean of data."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    T, total, count = _sum(data)
    return _convert(total / n if isinstance(total, _Q) else total / n, T)


def fmean(data):
    """Convert data to floats and compute the arithmetic mean."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if n == 0:
        raise StatisticsError('fmean requires at least one data point')
    return math.fsum(data) / n


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    if any(x == 0 for x in data):
        return 0
    T, total_w, _ = _sum(weights)
    _, total, _ = _sum(w / x for w, x in zip(weights, data))
    T = _coerce(T, type(data[0]))
    for x in data:
        T = _coerce(T, type(x))
    if not isinstance(total, _Q) or total.n == 0:
        return 0
    return _convert(total_w / total, T)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """Return the 50th percentile (median) of grouped continuous data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    elif n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    l1 = bisect_left(data, x)
    l2 = bisect_right(data, x, lo=l1) - 1
    cf = l1
    f = l2 - l1 + 1
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """Return the most common data point (the first one met, on ties)."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for x, c in counts.items():
        if c == best:
            return x


def multimode(data):
    """Return a list of the most frequently occurring values, in the order
    first met."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability;
    returns the n - 1 cut points."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _ss(data, c=None):
    """(type, exact sum of squared deviations from c, or from the mean)."""
    if c is not None:
        T, total, count = _sum((x - c) ** 2 for x in data)
        return T, total
    c = mean(data)
    T, total, count = _sum((x - c) ** 2 for x in data)
    U, total2, count2 = _sum((x - c) for x in data)
    if isinstance(total, _Q) and isinstance(total2, _Q):
        total = total - total2 * total2 / len(data)
    return T, total


def variance(data, xbar=None):
    """Return the sample variance of data."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    T, ss = _ss(data, xbar)
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, ss = _ss(data, mu)
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    var = variance(data, xbar)
    return math.sqrt(var)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    var = pvariance(data, mu)
    return math.sqrt(var)
