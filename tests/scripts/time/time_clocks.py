# clock_gettime() and friends, the CLOCK_* constants, get_clock_info()
# and its namespace result.
import time
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    info = time.get_clock_info(name)
    print(name, info, info.implementation, info.monotonic, info.adjustable, info.resolution, type(info).__name__)
show('unknown', lambda: time.get_clock_info('x'))
show('int', lambda: time.get_clock_info(1))
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(0)).__name__, time.clock_getres(time.CLOCK_REALTIME))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
show('bad clock', lambda: time.clock_gettime(12345))
show('float clock', lambda: time.clock_gettime(1.0))
show('str clock', lambda: time.clock_gettime('a'))
show('no args', lambda: time.clock_gettime())
show('getres bad', lambda: time.clock_getres(999))
i = time.get_clock_info('time'); i.extra = 5; print(i.extra, sorted(vars(i)))
import time
for a, k in [((), {}), ((1, 2), {}), ((), {"secs": 1}), ((0,), {})]:
    try: print(time.sleep(*a, **k))
    except TypeError as e: print(e)
