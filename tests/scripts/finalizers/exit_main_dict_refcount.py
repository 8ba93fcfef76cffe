# shutdown: a __main__ namespace without cycles dies by refcount when __main__ leaves
# sys.modules (values in insertion order), after the first collection at exit
ns = {}
exec("class D:\n def __init__(s,n): s.n=n\n def __del__(s): print('del', s.n)\n", ns)
D = ns['D']
del ns
c = D("cycle"); c.me = c; del c
g = D("global"); _u = D("_u"); h = D("h")
