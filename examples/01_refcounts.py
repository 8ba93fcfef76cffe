# examples/01_refcounts.py: reference counts as the articles show them.
#
# Every name, list slot and call argument that points at an object is one
# reference; sys.getrefcount(x) reports them all, plus one for its own
# argument.  Run it with `mini examples/01_refcounts.py` and compare with
# `python3.10 examples/01_refcounts.py`: the numbers are the same.
import sys

a = []
print("a = []                      ->", sys.getrefcount(a), "(a, and getrefcount's argument)")


def func(intmp):
    # a, the caller's stack slot for the argument, the parameter intmp and
    # getrefcount's argument
    print("inside func(a)              ->", sys.getrefcount(intmp))


func(a)
print("after the call              ->", sys.getrefcount(a), "(the call's references are gone)")

b = a
print("b = a                       ->", sys.getrefcount(a))
c = b
d = b
e = c
f = e
g = d
print("c, d, e, f, g all alias a   ->", sys.getrefcount(a))

holder = [a, a, a]
print("a list holding a three times->", sys.getrefcount(a))
del holder
print("del holder                  ->", sys.getrefcount(a))
del b, c, d, e, f, g
print("del b, c, d, e, f, g        ->", sys.getrefcount(a))


class Node:
    def __del__(self):
        print("Node freed the moment its count reached zero")


n = Node()
print("a fresh instance            ->", sys.getrefcount(n))
print("del n ...")
del n
print("... and it is already gone: no collector was needed")
