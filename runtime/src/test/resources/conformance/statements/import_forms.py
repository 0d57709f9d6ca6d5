import math
import os.path
import collections as coll
from itertools import chain, count as counter
from functools import *
import sys, string
print(math.sqrt(16), os.path.join('a', 'b'))
print(coll.Counter('aab').most_common(1))
print(list(chain([1], [2])), next(counter(5)))
print(reduce(lambda a, b: a * b, range(1, 6)))
print(string.digits, 'math' in sys.modules)
def local_import():
    import operator
    from copy import deepcopy as dc
    return operator.add(1, 2), dc([1, [2]])
print(local_import())
print(type(math).__name__, math.__name__)
