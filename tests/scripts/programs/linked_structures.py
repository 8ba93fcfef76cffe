# Linked data structures as classes: a singly linked list with iteration,
# reversal, indexing and __repr__; a binary search tree with insert,
# search, in-order traversal, height and deletion; a doubly linked deque.
class ListNode:
    def __init__(self, value, nxt=None):
        self.value, self.next = value, nxt
class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push_front(v)
    def push_front(self, v):
        self.head = ListNode(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], list(ll), sum(ll))
ll.reverse()
ll.push_front(9)
print(ll, 3 in ll, 7 in ll)
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList())
class BST:
    class Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def __init__(self):
        self.root = None
    def insert(self, key):
        def ins(node):
            if node is None:
                return BST.Node(key)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            return node
        self.root = ins(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return list(walk(self.root))
    def height(self):
        def h(node):
            return 0 if node is None else 1 + max(h(node.left), h(node.right))
        return h(self.root)
    def delete(self, key):
        def dele(node, key):
            if node is None:
                return None
            if key < node.key:
                node.left = dele(node.left, key)
            elif key > node.key:
                node.right = dele(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = dele(node.right, succ.key)
            return node
        self.root = dele(self.root, key)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(t.inorder(), t.height(), 45 in t, 55 in t)
for k in [20, 30, 50, 99]:
    t.delete(k)
    print("delete", k, "->", t.inorder(), "root", t.root.key)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(words.inorder(), words.height())
class Deque:
    class Node:
        __slots__ = ("v", "prev", "next")
        def __init__(self, v):
            self.v, self.prev, self.next = v, None, None
    def __init__(self):
        self.front = self.back = None
        self.n = 0
    def append(self, v):
        node = Deque.Node(v)
        if self.back:
            self.back.next, node.prev = node, self.back
        else:
            self.front = node
        self.back = node
        self.n += 1
    def appendleft(self, v):
        node = Deque.Node(v)
        if self.front:
            self.front.prev, node.next = node, self.front
        else:
            self.back = node
        self.front = node
        self.n += 1
    def pop(self):
        node = self.back
        self.back = node.prev
        if self.back:
            self.back.next = None
        else:
            self.front = None
        self.n -= 1
        return node.v
    def popleft(self):
        node = self.front
        self.front = node.next
        if self.front:
            self.front.prev = None
        else:
            self.back = None
        self.n -= 1
        return node.v
    def __iter__(self):
        node = self.front
        while node:
            yield node.v
            node = node.next
dq = Deque()
for i in range(3):
    dq.append(i)
    dq.appendleft(-i)
print(list(dq), dq.pop(), dq.popleft(), list(dq), dq.n)
