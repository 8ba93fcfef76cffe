from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from dataclasses import FrozenInstanceError, InitVar, KW_ONLY
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p.x, Point.y, Point.__hash__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(1))
print(Point.__match_args__, Point.__doc__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v = Version(1, 2)
print(v < Version(1, 3), v >= Version(0, 9), sorted([Version(2), Version(1, 5), v]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print({v: 'ok'}[Version(1, 2)])

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    def __post_init__(self):
        self.count = len(self.items)
a = Inventory('a'); b = Inventory('b', [1, 2])
a.items.append('x')
print(a, b, b.count, Inventory('a', ['x'], secret='t') == a, Inventory('q').items)

@dataclass
class Base:
    a: int
    b: str = 'b'
@dataclass
class Child(Base):
    c: float = 1.5
print(Child(1), Child(1, 'z', 2.5), [f.name for f in fields(Child)])

@dataclass
class Nested:
    p: Point
    pts: list
print(asdict(Nested(Point(1, 2), [Point(3, 4)])), astuple(Nested(Point(1, 2), [])))

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    y: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.y = self.x * scale
print(WithInit(3, 4), WithInit(2))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5))

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__class__.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class UH:
    v: int
print(hash(UH(3)) == hash((3,)))

for body in ['@dataclass\nclass M:\n    x: list = []',
             '@dataclass\nclass N:\n    x: int = 1\n    y: int',
             'field(default=1, default_factory=list)']:
    try:
        exec(body)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: fields(1),
             lambda: asdict(Point), lambda: replace(WithInit(1), y=2), lambda: Version(1) < Point(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
