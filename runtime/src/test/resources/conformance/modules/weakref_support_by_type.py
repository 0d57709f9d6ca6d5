# Which objects take weak references: classes, instances unless __slots__ leaves __weakref__ out, functions, methods, sets, generators, modules, locks; not the value types.
import weakref
class L(list): pass
class C: pass
class S: __slots__ = ('a',)
class S2: __slots__ = ('a', '__weakref__')
def f(): pass
for o in [1, 1.5, 'ab', (1,), [1], {1: 2}, {1}, frozenset([1]), None, True, b'x', bytearray(b'x'), L(), C(), S(), S2(), f, len, C, object(), range(3), 2**100, 1j, iter([1])]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print(type(o).__name__, e)
import threading, collections, functools, io, re, sys
def g(): yield 1
class E(Exception): pass
class SS(S): pass
class SW(S2): __slots__ = ()
class SetSub(set): __slots__ = ()
class M:
    def m(self): pass
for o in [ValueError(), E(), threading.Lock(), threading.RLock(), collections.deque(), functools.partial(len), io.StringIO(), re.compile('a'), g(), sys, M().m, SS(), SW(), SetSub(), weakref.ref(C), property(), staticmethod(len), Ellipsis, NotImplemented, type, int, collections.OrderedDict(), threading.Thread(), threading.Event()]:
    try:
        weakref.ref(o)
        print(type(o).__name__, "ok")
    except TypeError as e:
        print(type(o).__name__, e)
