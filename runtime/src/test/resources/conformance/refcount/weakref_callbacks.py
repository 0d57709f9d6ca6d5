import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)
def cb(ref):
    print('callback: referent dead?', ref() is None)
o = Obj('one')
r = weakref.ref(o, cb)
print(r() is o, r().name)
del o
print('after del, r() is', r())
a = Obj('two')
r1 = weakref.ref(a, lambda ref: print('callback r1'))
r2 = weakref.ref(a, lambda ref: print('callback r2'))
a = None
print('two gone')
b = Obj('three')
plain = weakref.ref(b)
print(plain() is b, weakref.getweakrefcount(b))
del b
print(plain())
