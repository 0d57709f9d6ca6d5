x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::2]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class A:
    pass
a = A()
a.v = 1
a.w = 2
del a.v
print(hasattr(a, 'v'), a.w)
p, q = 1, 2
del p, q
print('p' in dir(), 'q' in dir())
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
