# shutdown with the collector disabled: no first collection, so the cycle is
# only freed by the collection after the modules are removed
import gc; gc.disable()
ns = {}
exec("class D:\n def __init__(s,n): s.n=n\n def __del__(s): print('del', s.n)\n", ns)
D = ns['D']
del ns
c = D("cycle"); c.me = c; del c
g = D("global"); _u = D("_u"); h = D("h")
