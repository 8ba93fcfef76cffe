# __exit__ versus __del__: a context manager releases its resource at the end
# of the with block while the object itself lives on until its last
# reference goes; both are observed in order.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        self.open = False
        print("close", self.name)
    def __del__(self):
        print("del", self.name, "open" if self.open else "closed")
with Resource("r1") as r:
    print("using", r.name)
print("after with, object still alive:", r.name)
del r
with Resource("r2"):
    print("no name bound")
print("r2 is gone once the with statement is done")
def scoped():
    with Resource("r3") as res:
        return res.name
print("returned", scoped())
