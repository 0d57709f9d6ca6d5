class A:
    def __eq__(s, o): return True
print(A.__hash__, A().__hash__ if False else None)
for x in [A(), [], {}, set(), bytearray(), ([],), frozenset(), (1, 2), b"x"]:
    try: print(type(x).__name__, type(x).__hash__ is None, hash(x) is not None)
    except TypeError as e: print(type(x).__name__, 'TypeError', e)
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
print(frozenset.__hash__ is None, tuple.__hash__ is None, object.__hash__ is None, int.__hash__(7))
class B(A):
    __hash__ = object.__hash__
print(isinstance(hash(B()), int))
class C(A):
    def __hash__(self): return 42
print(hash(C()), hash(C()) == 42)
class L(list): pass
try: hash(L())
except TypeError as e: print(e)
class LH(list):
    def __hash__(self): return 5
print(hash(LH([1])), {LH(): 1})
class D:
    def __eq__(s, o): return NotImplemented
    __hash__ = None
try: {D(): 1}
except TypeError as e: print(e)
try: {[1]: 2}
except TypeError as e: print(e)
try: {1, {}}
except TypeError as e: print(e)
from collections.abc import Hashable
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(A(), Hashable))
class E:
    def __eq__(s, o): return False
    def __hash__(s): return 1
class E2(E):
    def __eq__(s, o): return True
print(E2.__hash__ is None, E.__hash__ is not None)
