import sys, os
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.normcase(here) in [os.path.normcase(os.path.abspath(p)) for p in sys.path])
import math
print(sys.modules['math'] is math)
print(__name__, type(sys.modules[__name__]).__name__)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
try:
    def forever(n):
        return forever(n + 1)
    forever(0)
except RecursionError as e:
    print('RecursionError', e)
print(deep(100))
