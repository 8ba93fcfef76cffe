# Temporaries and expression results: objects created in an expression
# are released when the statement ends; counts of objects that only live
# inside an expression.
import sys

print("literal list:", sys.getrefcount([]))
print("literal dict:", sys.getrefcount({}))
print("call result:", sys.getrefcount(list(range(3))))

a = [1, 2]
print("in a tuple display:", sys.getrefcount((a, a)[0]))
print("after display:", sys.getrefcount(a))

lst = [[], [], []]
print("element of list:", sys.getrefcount(lst[0]))
for item in lst:
    print("loop item:", sys.getrefcount(item))
print("loop variable keeps last:", sys.getrefcount(lst[2]))
del item
print("loop variable deleted:", sys.getrefcount(lst[2]))

def ident(x):
    return x

r = ident(ident(a))
print("after nested calls:", sys.getrefcount(a))
del r

# comprehension results do not keep extra references
copies = [a for _ in range(4)]
print("referenced by comprehension result:", sys.getrefcount(a))
copies = None
print("comprehension result dropped:", sys.getrefcount(a))

# sorted/reversed/list build new containers of the same objects
x, y = [3], [1]
s = sorted([x, y])
print("sorted result:", sys.getrefcount(x), sys.getrefcount(y))
del s
it = iter([x, y])
print("iterator over list:", sys.getrefcount(x))
next(it)
print("after next:", sys.getrefcount(x))
del it
print("iterator gone:", sys.getrefcount(x))
