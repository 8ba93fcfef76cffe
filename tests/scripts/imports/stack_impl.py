# Helper module: a Stack class and a module-level function, imported by
# import_classes.py (no .out file).
class EmptyStackError(Exception):
    pass
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise EmptyStackError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            try:
                if s.pop() != pairs[ch]:
                    return False
            except EmptyStackError:
                return False
    return len(s) == 0
