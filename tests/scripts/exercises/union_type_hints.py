# PEP 604 unions (X | Y) in annotations evaluated at def time, isinstance with unions
def find(items: list[str], key: str | None = None) -> int | None:
    if key is None:
        return None
    return items.index(key) if key in items else -1
print(find(["a", "b"], "b"), find(["a"]), find(["a"], "z"))
class Node:
    value: int | float
    next: "Node | None" = None
    def __init__(self, value: int | float, nxt: "Node | None" = None) -> None:
        self.value, self.next = value, nxt
n = Node(1, Node(2.5))
print(n.value, n.next.value, Node.__annotations__)
print(int | str, int | None, None | int, list[int] | dict[str, int], (int | str) == (str | int), int | int)
print(isinstance(5, int | str), isinstance(2.0, int | str), isinstance(None, int | None), issubclass(bool, int | float))
U = int | str | float
print(U, U.__args__, type(U).__name__)
print(find.__annotations__)
