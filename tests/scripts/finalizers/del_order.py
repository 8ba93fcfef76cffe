# Order of finalization: a container's items are released when it dies (a
# list drops its items from the last to the first... as observed through
# __del__), attributes of an instance die after the instance's __del__, and
# nested ownership chains finalize from the outside in.
class N:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
print("list of three:")
lst = [N("first"), N("second"), N("third")]
del lst
print("tuple of three:")
tup = (N("t1"), N("t2"), N("t3"))
del tup
print("dict of two:")
d = {"k1": N("v1"), "k2": N("v2")}
del d
print("chain outer -> middle -> inner:")
chain = N("outer", N("middle", N("inner")))
del chain
print("instance with two attributes:")
class Pair:
    def __init__(self):
        self.left = N("left")
        self.right = N("right")
    def __del__(self):
        print("del Pair (attributes still alive:", self.left.name, self.right.name + ")")
p = Pair()
del p
print("done")
