# binary search tree with insert/delete/traversals, iterators and recursion
class Node:
    __slots__ = ("key", "val", "left", "right")
    def __init__(self, key, val):
        self.key, self.val, self.left, self.right = key, val, None, None

class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def __len__(self): return self.size
    def __setitem__(self, key, val):
        def ins(node):
            if node is None:
                self.size += 1
                return Node(key, val)
            if key < node.key: node.left = ins(node.left)
            elif key > node.key: node.right = ins(node.right)
            else: node.val = val
            return node
        self.root = ins(self.root)
    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key: return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]; return True
        except KeyError:
            return False
    def __delitem__(self, key):
        def delete(node, key):
            if node is None: raise KeyError(key)
            if key < node.key: node.left = delete(node.left, key)
            elif key > node.key: node.right = delete(node.right, key)
            else:
                if node.left is None: return node.right
                if node.right is None: return node.left
                succ = node.right
                while succ.left: succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.size -= 1
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n); n = n.left
            n = stack.pop()
            yield n.key
            n = n.right
    def items(self):
        return [(k, self[k]) for k in self]
    def height(self):
        def h(n): return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def preorder(self):
        out = []
        def walk(n):
            if n:
                out.append(n.key); walk(n.left); walk(n.right)
        walk(self.root)
        return out
    def level_order(self):
        levels, cur = [], [self.root] if self.root else []
        while cur:
            levels.append([n.key for n in cur])
            cur = [c for n in cur for c in (n.left, n.right) if c]
        return levels
    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
print(len(t), list(t), t.height())
print(t.preorder())
print(t.level_order())
print(40 in t, 99 in t, t[65])
del t[30]; del t[50]
print(list(t), len(t), t.level_order())
try:
    del t[1000]
except KeyError as e:
    print("missing", e)
try:
    t[1]
except KeyError as e:
    print("KeyError:", e)
t[45] = "forty-five"
print(t)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print(words.items(), max(words, key=lambda w: words[w]))
print(sorted(words, key=len, reverse=True)[:3], sum(1 for _ in words))
