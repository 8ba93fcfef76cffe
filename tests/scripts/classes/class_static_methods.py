# classmethod and staticmethod: alternative constructors, class-level
# counters, calling through instances and classes, classmethods in
# subclasses receiving the subclass.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.created}"
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
d = Date.from_string("2024-02-29")
print(d, Date.is_leap(2024), d.is_leap(1900), Date.is_leap(2000), Date.how_many())
class Holiday(Date):
    pass
h = Holiday.from_string("2023-12-25")
print(h, type(h).__name__, Holiday.how_many(), h.how_many())
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.is_leap.__name__, callable(Date.is_leap), Date.from_string.__self__ is Date, Holiday.from_string.__self__ is Holiday)
class Config:
    _settings = {}
    @classmethod
    def set(cls, k, v):
        cls._settings[k] = v
    @classmethod
    def get(cls, k, default=None):
        return cls._settings.get(k, default)
    @staticmethod
    def describe():
        return "global config"
Config.set("debug", True)
print(Config.get("debug"), Config.get("x", 0), Config().describe(), Config.describe())
class MathUtil:
    @staticmethod
    def clamp(v, lo, hi):
        return max(lo, min(hi, v))
print([MathUtil.clamp(v, 0, 10) for v in (-5, 5, 15)])
