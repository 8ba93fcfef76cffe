# Using classes and exceptions defined in an imported module: isinstance
# across modules, catching the module's exception class, subclassing an
# imported class, and the module name in reprs and error messages.
import stack_impl
from stack_impl import Stack, balanced
s = Stack()
s.push(1)
s.push(2)
print(len(s), s.pop(), s.pop(), isinstance(s, stack_impl.Stack))
try:
    s.pop()
except stack_impl.EmptyStackError as e:
    print("caught:", type(e).__name__, e, type(e).__module__)
for text in ["(a[b]{c})", "(]", "((", "", "}"]:
    print(repr(text), balanced(text))
class CountingStack(Stack):
    pushes = 0
    def push(self, item):
        CountingStack.pushes += 1
        super().push(item)
cs = CountingStack()
for i in range(4):
    cs.push(i)
print(CountingStack.pushes, len(cs), [c.__name__ for c in CountingStack.__mro__])
print(Stack.__module__, CountingStack.__module__, stack_impl.__name__)
