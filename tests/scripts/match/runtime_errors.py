# Run-time errors of pattern matching, as CPython 3.10 raises them.
def attempt(f):
    try:
        print("ok:", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class NoArgs:
    pass
class ListArgs:
    __match_args__ = ["a"]
class BadName:
    __match_args__ = ("a", 1)
    a = 1
class Two:
    __match_args__ = ("a", "b")
    a = b = 0
class Dup:
    __match_args__ = ("a",)
    a = 1

def too_many():
    match NoArgs():
        case NoArgs(1):
            return "no"
def not_tuple():
    match ListArgs():
        case ListArgs(1):
            return "no"
def bad_name():
    match BadName():
        case BadName(1, 2):
            return "no"
def three_for_two():
    match Two():
        case Two(0, 0, 0):
            return "no"
def self_two():
    match 1:
        case int(1, 2):
            return "no"
def dup_attr():
    match Dup():
        case Dup(1, a=1):
            return "no"
def not_a_type():
    match 1:
        case len():
            return "no"
def not_a_type_instance():
    t = Two()
    class Holder:
        cls = t
    match 1:
        case Holder.cls():
            return "no"
def no_isinstance_no_error():
    match "s":
        case NoArgs(1):
            return "no"
        case _:
            return "isinstance fails before the count check"
def dup_key():
    class K:
        a = "a"
        also_a = "a"
    match {"a": 1, "b": 2}:
        case {K.a: 1, K.also_a: 1}:
            return "no"
def dup_key_after_missing():
    class K:
        a = "a"
    match {"x": 1, "b": 2}:
        case {"a": 1, K.a: 1}:
            return "the missing key ends the lookups first"
        case _:
            return "no error"
def unhashable_key():
    class K:
        key = []
    match {"a": 1}:
        case {K.key: 1}:
            return "no"
def eq_raises():
    class Bad:
        def __eq__(self, other):
            raise ValueError("eq")
    match Bad():
        case 1:
            return "no"
def getattr_raises():
    class Bad:
        __match_args__ = ("a",)
        @property
        def a(self):
            raise KeyError("a")
    match Bad():
        case Bad(1):
            return "no"
def get_raises():
    class D(dict):
        def get(self, key, default=None):
            raise RuntimeError("get")
    match D(a=1):
        case {"a": 1}:
            return "no"
def len_raises():
    class L(list):
        def __len__(self):
            raise OverflowError("len")
    match L([1]):
        case [1]:
            return "no"
def unpack_changes_length():
    class L(list):
        def __iter__(self):
            return iter([1, 2, 3])
    match L([1, 2]):
        case [a, b]:
            return "no"

for f in [too_many, not_tuple, bad_name, three_for_two, self_two, dup_attr, not_a_type,
          not_a_type_instance, no_isinstance_no_error, dup_key, dup_key_after_missing,
          unhashable_key, eq_raises, getattr_raises, get_raises, len_raises,
          unpack_changes_length]:
    print(f.__name__, end=": ")
    attempt(f)
