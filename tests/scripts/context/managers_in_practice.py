# Context managers in realistic use: a timer-free resource pool, a
# transaction that rolls back on error, temporarily changing state and
# restoring it, and a manager that records exceptions without suppressing.
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                self.conn = pool.free.pop(0)
                pool.log.append(f"acquire {self.conn}")
                return self.conn
            def __exit__(self, et, ev, tb):
                pool.free.append(self.conn)
                pool.log.append(f"release {self.conn}")
                return False
        return Lease()
pool = Pool(2)
with pool.acquire() as c1:
    with pool.acquire() as c2:
        print("using", c1, c2, "free:", pool.free)
    print("after inner:", pool.free)
print(pool.log, pool.free)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back because of {et.__name__}: {ev}")
            return True
        print("committed")
accounts = {"alice": 100, "bob": 50}
with Transaction(accounts) as acc:
    acc["alice"] -= 30
    acc["bob"] += 30
print(accounts)
with Transaction(accounts) as acc:
    acc["alice"] -= 500
    if acc["alice"] < 0:
        raise ValueError("overdraft")
    acc["bob"] += 500
print(accounts)
class Settings:
    verbose = False
class temporarily:
    def __init__(self, obj, **changes):
        self.obj, self.changes = obj, changes
    def __enter__(self):
        self.old = {k: getattr(self.obj, k) for k in self.changes}
        for k, v in self.changes.items():
            setattr(self.obj, k, v)
    def __exit__(self, *exc):
        for k, v in self.old.items():
            setattr(self.obj, k, v)
print(Settings.verbose)
with temporarily(Settings, verbose=True):
    print(Settings.verbose)
print(Settings.verbose)
class Recorder:
    def __init__(self):
        self.errors = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et:
            self.errors.append(repr(ev))
rec = Recorder()
for v in ["1", "x", "2"]:
    try:
        with rec:
            int(v)
    except ValueError:
        pass
print(rec.errors)
