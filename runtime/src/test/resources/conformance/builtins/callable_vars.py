class WithCall:
    def __call__(self): return 'called'
class NoCall: pass
print(callable(print), callable(len), callable(WithCall()), callable(NoCall()), callable(NoCall))
print(callable(lambda: 0), callable('str'), callable(str.upper), callable(None))
class P:
    a = 1
    def __init__(self):
        self.x = 10
        self.y = 20
p = P()
print(vars(p))
vars(p)['z'] = 30
print(p.z, sorted(vars(p).keys()))
try:
    vars(5)
except TypeError as e:
    print(e)
def local_vars():
    q = 1
    r = 'two'
    return sorted(vars().items()) if False else sorted(locals().items())
print(local_vars())
import math
print('sqrt' in vars(math), vars(P)['a'])
