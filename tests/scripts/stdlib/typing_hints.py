# the typing module: aliases, reprs, equality, Generic, TypeVar, hints
import typing as t
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic
print(t.List, t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int], t.Tuple[int, ...], t.Tuple[()], t.Callable[[int, str], bool], t.Callable[..., int], t.Any, t.TypeVar('T'), t.Type[int], t.Set, t.FrozenSet[int], t.Optional[t.List[int]])
print(t.List[int].__origin__, t.List[int].__args__, t.Union[int, None].__args__, t.Optional[int] == t.Union[int, None], t.List[int] == t.List[int])
print(isinstance([], t.List), t.Union[int, str] == t.Union[str, int], t.Literal['a', 1], t.ClassVar[int], t.Final[int], t.NoReturn)
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box(3).get(), Box.__mro__[-1])
def f(xs: List[int], m: Dict[str, Optional[int]] = None, cb: Callable[[int], str] = str) -> Tuple[int, str]:
    return len(xs), cb(len(xs))
print(f([1, 2]), f.__annotations__["xs"], f.__annotations__["return"])
print(t.cast(int, "x"), t.get_type_hints(f)["m"], t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]))
try: isinstance([], t.List[int])
except TypeError as e: print(e)
try: t.Any()
except TypeError as e: print(e)
