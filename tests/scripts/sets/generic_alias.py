# types.GenericAlias: list[int] and friends (PEP 585).

def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(list[int], dict[str, int], tuple[int, ...], tuple[()], set[frozenset[bytes]])
print(list[None], dict[str, list[int]], list['x'], list[1])
la = list[int]
print(la.__origin__, la.__args__, la.__parameters__, type(la).__name__)
print(la == list[int], la != list[str], la == list, hash(la) == hash(list[int]))
print(la(), la((1, 2)), la('ab'), dict[str, int](a=1))
print(la.__name__, la.append is list.append)

class MyList(list[int]):
    pass

print(MyList.__mro__ == (MyList, list, object), MyList([1, 2]))

class C:
    pass

print(list[C], dict[C, tuple[C, ...]])
show('isinstance', lambda: isinstance([], list[int]))
show('issubclass', lambda: issubclass(list, list[int]))
show('subscript', lambda: list[int][str])
print({list[int]: 1}[list[int]])

def f(x: list[int], y: dict[str, 'C']) -> tuple[int, ...]:
    return x

print(f.__annotations__)
