# time: struct_time, conversions of fixed timestamps, strftime/asctime,
# clocks and sleep without printing any measured value.
import time

t = time.gmtime(0)
print(t)
print(t[0], t[-1], t[:3], len(t), t.tm_year, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(type(t), type(t).__name__, t == (1970, 1, 1, 0, 0, 0, 3, 1, 0), tuple(t))
print(hash(t) == hash(tuple(t)), isinstance(t, tuple), list(t)[6], 1970 in t)
print(time.gmtime(1700000000.9))
print(time.gmtime(-1), time.gmtime(86400 * 365.25 * 30))
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %b', time.gmtime(1234567890)))
print(time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 1, 0)), repr(time.strftime('', t)))
print(time.strftime('%d/%m %%', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime(time.gmtime(0)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.asctime((2024, 1, 1, 0, 0, 0, 9, 1, 0)))

st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(st, st.tm_zone, st.tm_gmtoff)
print(time.struct_time([1] * 9), time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 'X', 7)).tm_zone)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.gmtime(0) < time.gmtime(1), time.gmtime(5)[5])

# localtime and mktime invert each other, whatever the time zone
for stamp in [0, 1000, 1234567890, 1700000000]:
    lt = time.localtime(stamp)
    print(time.mktime(lt) == stamp, len(lt), lt.tm_isdst in (0, 1), type(lt.tm_zone).__name__)
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()), len(time.asctime()))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))

a = time.time()
b = time.time()
print(type(a).__name__, b >= a, type(time.time_ns()).__name__, time.time_ns() > 10**18)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1, type(time.monotonic_ns()).__name__, time.perf_counter() <= time.perf_counter())
print(type(time.perf_counter_ns()).__name__, time.process_time() >= 0, time.process_time_ns() >= 0)
start = time.monotonic()
print(time.sleep(0), time.sleep(0.01), time.sleep(True), time.monotonic() - start >= 0.01)

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for expr in ['time.sleep(-1)', 'time.sleep("a")', 'time.sleep(float("nan"))', 'time.sleep()',
             'time.gmtime("a")', 'time.gmtime(1e20)', 'time.gmtime(float("nan"))',
             'time.strftime(1)', 'time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))',
             'time.strftime("%Y", (2024, 1, 32, 0, 0, 0, 0, 1, 0))',
             'time.strftime("%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0))',
             'time.strftime("%Y", (2024, 1, 1, 0, 60, 0, 0, 1, 0))',
             'time.strftime("%Y", (2024, 1, 1, 0, 0, 62, 0, 1, 0))',
             'time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 400, 0))',
             'time.strftime("%Y", (2024, 1, 1))', 'time.strftime("%Y", [2024] * 9)',
             'time.strftime("%Y", (2024.0, 1, 1, 0, 0, 0, 0, 1, 0))',
             'time.mktime((1, 2))', 'time.mktime(5)', 'time.asctime((1, 2))',
             'time.struct_time((1, 2, 3))', 'time.struct_time(tuple(range(12)))',
             'time.struct_time(x=1)', 'time.gmtime(0).foo', 'time.gmtime(1, 2)']:
    show(expr, lambda: eval(expr))
