"""typing: the names of type hints, as CPython 3.10 prints and compares them.

Annotations are evaluated when a def or class statement runs, so what
programs need from this module is that `List[int]`, `Optional[str]`,
`Callable[[int], str]`, `Dict[str, List[int]]`, `TypeVar("T")` and
`class Box(Generic[T])` evaluate, print as CPython's (typing.List[int],
typing.Optional[str], ~T) and compare equal when they should.  Nothing is
checked at run time: cast() returns its argument, get_type_hints() reads
__annotations__.

The aliases are instances of _Alias (a name, the builtin origin and the
subscripted arguments); special forms (Any, Union, Optional, ...) are
_SpecialForm instances whose subscription builds the alias."""

try:
    import collections.abc as _abc
except ImportError:         # a build without collections: hints still evaluate
    _abc = None


def _abc_class(name):
    return getattr(_abc, name, None)


__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional",
           "Protocol", "Tuple", "Type", "TypeVar", "Union", "List", "Dict", "Set",
           "FrozenSet", "DefaultDict", "Deque", "Counter", "Iterable", "Iterator",
           "Generator", "Sequence", "MutableSequence", "Mapping", "MutableMapping",
           "AbstractSet", "MutableSet", "Hashable", "Sized", "Container", "Collection",
           "Reversible", "NoReturn", "NamedTuple", "TypedDict", "cast", "overload",
           "final", "get_type_hints", "no_type_check", "TYPE_CHECKING", "AnyStr", "Text",
           "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex", "Annotated",
           "TypeAlias", "get_origin", "get_args"]

TYPE_CHECKING = False


def _type_repr(obj):
    """How an argument shows inside typing.X[...]."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _as_type(arg):
    return type(None) if arg is None else arg


def _flatten_union(args):
    out = []
    for a in args:
        a = _as_type(a)
        parts = a.__args__ if isinstance(a, _Alias) and a._name == "Union" else (a,)
        for p in parts:
            if p not in out:
                out.append(p)
    return tuple(out)


class _Final:
    __slots__ = ()


class _Alias(_Final):
    """A subscriptable (or subscripted) type hint: typing.List[int]."""

    __slots__ = ("_name", "__origin__", "__args__", "_nparams", "_special")

    def __init__(self, name, origin, args=None, nparams=-1, special=False):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._nparams = nparams
        self._special = special

    def __getitem__(self, params):
        if self.__args__ is not None and not any(isinstance(a, TypeVar) for a in self.__args__):
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Tuple" and params == ((),):
            params = ()
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            params = (list(args) if isinstance(args, (list, tuple)) else args, result)
        elif self._nparams >= 0 and len(params) != self._nparams and self._name != "Tuple":
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self!r}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _Alias(self._name, self.__origin__, tuple(_as_type(p) for p in params))

    def __repr__(self):
        name = "typing." + self._name
        if self.__args__ is None:
            return name
        if self._name == "Optional" or (self._name == "Union" and len(self.__args__) == 2 and
                                        type(None) in self.__args__):
            other = [a for a in self.__args__ if a is not type(None)][0]
            return f"typing.Optional[{_type_repr(other)}]"
        if self._name == "Tuple" and not self.__args__:
            return "typing.Tuple[()]"
        if self._name == "Callable":
            args, result = self.__args__
            inner = "..." if args is ... else _type_repr(args)
            return f"{name}[{inner}, {_type_repr(result)}]"
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        if self._name in ("Union", "Optional") and other._name in ("Union", "Optional"):
            return set(self.__args__ or ()) == set(other.__args__ or ())
        return (self._name, self.__origin__, self.__args__) == \
            (other._name, other.__origin__, other.__args__)

    def __hash__(self):
        if self._name in ("Union", "Optional"):
            return hash(frozenset(self.__args__ or ()))
        return hash((self._name, self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or self._special:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__ if self.__origin__ else 'it'}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if self._name == "Generic":
            return (Generic,)
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self.__args__ is not None:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        if self.__origin__ is None:
            raise TypeError(f"typing.{self._name} cannot be used with isinstance()")
        return issubclass(cls, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        if self.__origin__ is not None:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal, NoReturn, ..."""

    __slots__ = ("_name", "_getitem")

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self!r} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self!r} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self!r} cannot be used with issubclass()")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    args = _flatten_union(params)
    if len(args) == 1:
        return args[0]
    return _Alias("Union", None, args)


def _optional(form, param):
    return _union(form, (param, None))


def _one_arg(form, param):
    return _Alias(form._name, None, (_as_type(param),))


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _LiteralAlias(params)


class _LiteralAlias(_Alias):
    __slots__ = ()

    def __init__(self, values):
        super().__init__("Literal", None, values)

    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(v) for v in self.__args__)}]"


def _annotated(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_Alias):
    __slots__ = ("__metadata__",)

    def __init__(self, origin, metadata):
        super().__init__("Annotated", origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        meta = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {meta}]"


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
Literal = _SpecialForm("Literal", _literal)
Annotated = _SpecialForm("Annotated", _annotated)


class TypeVar(_Final):
    """Type variable: T = TypeVar("T"), shown as ~T (+T covariant, -T
    contravariant)."""

    __slots__ = ("__name__", "__bound__", "__constraints__", "__covariant__",
                 "__contravariant__")

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__bound__ = bound
        self.__constraints__ = constraints
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)
Text = str


class Generic:
    """Base of user generic classes: class Box(Generic[T]).  Box[int] is an
    alias shown as __main__.Box[int]."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return _Alias("Generic", Generic, params)
        return _UserAlias(cls, params)


class _UserAlias(_Alias):
    __slots__ = ()

    def __init__(self, origin, params):
        super().__init__(origin.__qualname__, origin, tuple(_as_type(p) for p in params))

    def __repr__(self):
        args = ", ".join(_type_repr(a) for a in self.__args__)
        return f"{_type_repr(self.__origin__)}[{args}]"

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Protocol(Generic):
    """Base of structural types; nothing is checked at run time."""

    __slots__ = ()


def _alias(name, origin, nparams=-1):
    return _Alias(name, origin, None, nparams)


List = _alias("List", list, 1)
Dict = _alias("Dict", dict, 2)
Set = _alias("Set", set, 1)
FrozenSet = _alias("FrozenSet", frozenset, 1)
Tuple = _alias("Tuple", tuple)
Type = _alias("Type", type, 1)
Callable = _alias("Callable", _abc_class("Callable"))
Iterable = _alias("Iterable", _abc_class("Iterable"), 1)
Iterator = _alias("Iterator", _abc_class("Iterator"), 1)
Generator = _alias("Generator", _abc_class("Generator"), 3)
Sequence = _alias("Sequence", _abc_class("Sequence"), 1)
MutableSequence = _alias("MutableSequence", _abc_class("MutableSequence"), 1)
Mapping = _alias("Mapping", _abc_class("Mapping"), 2)
MutableMapping = _alias("MutableMapping", _abc_class("MutableMapping"), 2)
AbstractSet = _alias("AbstractSet", _abc_class("Set"), 1)
MutableSet = _alias("MutableSet", _abc_class("MutableSet"), 1)
Collection = _alias("Collection", _abc_class("Collection"), 1)
Container = _alias("Container", _abc_class("Container"), 1)
Reversible = _alias("Reversible", _abc_class("Reversible"), 1)
Hashable = _alias("Hashable", _abc_class("Hashable"), 0)
Sized = _alias("Sized", _abc_class("Sized"), 0)
ItemsView = _alias("ItemsView", _abc_class("ItemsView"), 2)
KeysView = _alias("KeysView", _abc_class("KeysView"), 1)
ValuesView = _alias("ValuesView", _abc_class("ValuesView"), 1)


def _late_alias(name, module, attr, nparams):
    """An alias whose origin comes from collections (imported on first use)."""
    def origin():
        import collections
        return getattr(collections, attr)
    try:
        return _Alias(name, origin(), None, nparams)
    except ImportError:
        return _Alias(name, None, None, nparams)


Deque = _late_alias("Deque", "collections", "deque", 1)
DefaultDict = _late_alias("DefaultDict", "collections", "defaultdict", 2)
OrderedDict = _late_alias("OrderedDict", "collections", "OrderedDict", 2)
Counter = _late_alias("Counter", "collections", "Counter", 1)
ChainMap = _late_alias("ChainMap", "collections", "ChainMap", 2)


class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


def cast(typ, val):
    """Return val unchanged (a hint to type checkers)."""
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, _Alias):
        return Union if tp._name == "Union" else tp.__origin__
    return getattr(tp, "__origin__", None)


def get_args(tp):
    if isinstance(tp, _Alias) and tp.__args__ is not None:
        if tp._name == "Callable" and tp.__args__[0] is not ...:
            return (list(tp.__args__[0]), tp.__args__[1])
        return tp.__args__
    return getattr(tp, "__args__", ())


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj, string annotations evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        ns = globalns
    else:
        hints.update(getattr(obj, "__annotations__", {}))
        ns = globalns if globalns is not None else getattr(obj, "__globals__", {})
    defaults = _none_defaults(obj)
    for k, v in hints.items():
        if v is None:
            v = type(None)
        elif isinstance(v, str):
            v = eval(v, ns if ns is not None else {}, localns)
        if k in defaults:
            v = Optional[v]         # a parameter defaulting to None
        hints[k] = v
    return hints


def _none_defaults(func):
    """Names of func's parameters whose default is None."""
    code = getattr(func, "__code__", None)
    if code is None:
        return set()
    positional = code.co_varnames[:code.co_argcount]
    defaults = func.__defaults__ or ()
    names = set()
    for name, value in zip(positional[len(positional) - len(defaults):], defaults):
        if value is None:
            names.add(name)
    for name, value in (func.__kwdefaults__ or {}).items():
        if value is None:
            names.add(name)
    return names


def NamedTuple(typename, fields=None, **kwargs):
    """NamedTuple("P", [("x", int)]) (the class form is built by
    _NamedTupleMeta through __mro_entries__)."""
    import collections
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = collections.namedtuple(typename, [n for n, _ in fields])
    nt.__annotations__ = dict(fields)
    return nt


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if name == "_NamedTupleBase" and not bases:
            return super().__new__(mcls, name, bases, ns)
        import collections
        annotations = ns.get("__annotations__", {})
        fields = list(annotations)
        defaults = [ns[f] for f in fields if f in ns]
        nt = collections.namedtuple(name, fields, defaults=defaults,
                                    module=ns.get("__module__"))
        nt.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key not in fields and key not in ("__module__", "__qualname__",
                                                 "__annotations__", "__dict__"):
                setattr(nt, key, value)
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    pass


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for b in bases:
            annotations.update(getattr(b, "__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        cls = type.__new__(mcls, name, (dict,), dict(ns))
        cls.__annotations__ = annotations
        cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    """class Movie(TypedDict): name: str  -- instances are plain dicts."""
