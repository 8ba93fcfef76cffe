# Uncaught AttributeError on a module attribute that does not exist.
import math
print(math.sqrt(4))
print(math.square(4))
