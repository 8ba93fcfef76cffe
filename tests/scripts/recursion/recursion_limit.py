# sys.setrecursionlimit changes how deep Python functions may recurse:
# raising it allows deeper recursion; lowering it makes a moderate depth
# fail.  Only whether each depth succeeds is printed.
import sys
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
def try_depth(n):
    try:
        return down(n) == n
    except RecursionError:
        return False
print(sys.getrecursionlimit())
print("depth 500 at limit 1000:", try_depth(500))
print("depth 5000 at limit 1000:", try_depth(5000))
sys.setrecursionlimit(10000)
print("depth 5000 at limit 10000:", try_depth(5000))
sys.setrecursionlimit(200)
print("depth 500 at limit 200:", try_depth(500))
print("depth 100 at limit 200:", try_depth(100))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
