# The time module without depending on the clock's value: time() is a float
# that does not go backwards, sleep(0) and short sleeps, perf_counter and
# monotonic differences, gmtime/strftime of fixed timestamps, struct_time
# fields, and mktime-free calendar arithmetic.
import time
t1 = time.time()
time.sleep(0.01)
t2 = time.time()
print(type(t1).__name__, t2 >= t1, t2 - t1 < 5, t1 > 1.6e9)
p1 = time.perf_counter()
total = sum(range(10000))
p2 = time.perf_counter()
print(type(p1).__name__, p2 >= p1, total)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1)
print(time.sleep(0) is None)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%A %d %B %Y", time.gmtime(86400 * 365)), time.strftime("%j %a %b", time.gmtime(10 ** 9)))
print(tuple(time.gmtime(1234567890))[:6])
start = time.time()
deadline = start + 0.05
loops = 0
while time.time() < deadline:
    loops += 1
print("looped until deadline:", loops > 0)
print(type(time.time_ns()).__name__, time.time_ns() > 0)
