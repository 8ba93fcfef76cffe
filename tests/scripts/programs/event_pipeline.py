# A log-processing pipeline built from generators: parse lines, filter by
# level, group by component, compute per-minute counts and sliding averages,
# and detect bursts, all lazily over an embedded log.
LOG = """\
10:00:01 INFO  db      connected
10:00:05 WARN  api     slow response 812ms
10:00:07 INFO  api     GET /users 200
10:00:09 ERROR db      deadlock detected
10:00:30 INFO  api     GET /items 200
10:01:02 ERROR api     timeout after 5000ms
10:01:03 ERROR api     timeout after 5000ms
10:01:04 ERROR api     timeout after 5000ms
10:01:40 INFO  worker  job 17 done
10:02:10 WARN  worker  retrying job 18
10:02:11 INFO  worker  job 18 done
10:03:59 ERROR db      connection lost
"""
def parse(lines):
    for line in lines:
        time, level, comp, msg = line.split(None, 3)
        h, m, s = map(int, time.split(":"))
        yield {"t": h * 3600 + m * 60 + s, "minute": time[:5], "level": level, "comp": comp, "msg": msg}
def only(levels, events):
    return (e for e in events if e["level"] in levels)
def window_counts(events, width):
    recent = []
    for e in events:
        recent.append(e["t"])
        while recent[0] <= e["t"] - width:
            recent.pop(0)
        yield e, len(recent)
events = list(parse(LOG.splitlines()))
print(len(events), "events")
by_level = {}
for e in events:
    by_level[e["level"]] = by_level.get(e["level"], 0) + 1
print(by_level)
per_minute = {}
for e in events:
    per_minute.setdefault(e["minute"], []).append(e["level"][0])
for minute, lv in per_minute.items():
    print(minute, "".join(lv))
problems = only({"WARN", "ERROR"}, parse(LOG.splitlines()))
for e, n in window_counts(problems, 10):
    flag = "  <-- burst" if n >= 3 else ""
    print(f"{e['minute']} {e['level']:<5} {e['comp']:<6} {e['msg']}{flag}")
comps = {}
for e in events:
    c = comps.setdefault(e["comp"], {"events": 0, "errors": 0})
    c["events"] += 1
    c["errors"] += e["level"] == "ERROR"
for name, c in sorted(comps.items(), key=lambda kv: -kv[1]["errors"]):
    print(f"{name:<7} {c['events']} events, {c['errors']} errors, error rate {c['errors'] / c['events']:.0%}")
durations = [int(e["msg"].split()[-1][:-2]) for e in events if e["msg"].endswith("ms")]
print("durations:", durations, "max:", max(durations))
gaps = [b["t"] - a["t"] for a, b in zip(events, events[1:])]
print("largest gap:", max(gaps), "s after", events[gaps.index(max(gaps))]["minute"])
