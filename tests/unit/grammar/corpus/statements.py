pass
del a
del a, b
del a,
del (a, b)
del [a, b]
del a[0], a.b, a[1:2]
del (a), [b]
del ()
return_ = 1
assert x
assert x, "message"
import a
import a.b.c
import a as b, c.d as e
from a import b
from a import b as c, d
from a import (b, c,)
from a import *
from . import a
from .. import a
from ... import a
from .... import a
from .a.b import c
from ...a import b
global_ = 1
a; b; c
a; b;
x = 1; y = 2
if x: pass
