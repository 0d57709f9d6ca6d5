# Conformance test for operator: every line must match CPython 3.11's output.
import operator
from operator import itemgetter, attrgetter, methodcaller


def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


print(sorted(operator.__all__))
o = operator
print(o.add(1, 2), o.sub(5, 3), o.mul(3, 4), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3))
print(o.pow(2, 10), o.neg(5), o.pos(-5), o.abs(-3), o.abs(-2.5), o.not_(0), o.not_([1]))
print(o.truth([]), o.truth('x'), o.eq(1, 1.0), o.ne(1, 2), o.lt(1, 2), o.le(2, 2), o.gt(1, 2), o.ge(3, 2))
print(o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.invert(5), o.inv(0), o.lshift(1, 4), o.rshift(256, 3))
print(o.and_({1, 2}, {2, 3}), o.or_({1}, {2}), o.add('ab', 'cd'), o.mul('ab', 3), o.mod('%d!', 5))
print(o.contains([1, 2], 2), o.contains('abc', 'z'), o.countOf([1, 2, 1, 1], 1), o.indexOf('abc', 'c'))
check('indexOf missing', lambda: o.indexOf([1, 2], 3))
print(o.concat([1], [2]), o.concat('a', 'b'), o.concat((1,), (2,)))
check('concat int', lambda: o.concat(1, 2))
check('concat mixed', lambda: o.concat([1], (2,)))
print(o.is_(None, None), o.is_([], []), o.is_not(1, None))
print(o.index(5), o.index(True), type(o.index(True)).__name__)


class Idx:
    def __index__(self):
        return 7


print(o.index(Idx()), [10, 20, 30, 40, 50, 60, 70, 80][Idx()])
check('index float', lambda: o.index(1.5))
lst = [1, 2, 3]
print(o.getitem(lst, 1), o.getitem('hello', slice(1, 3)), o.getitem({'k': 'v'}, 'k'))
o.setitem(lst, 0, 'x')
o.delitem(lst, 2)
print(lst)
d = {}
o.setitem(d, 'a', 1)
print(d)
check('getitem missing', lambda: o.getitem({}, 'zz'))
print(o.call(len, 'abc'), o.call(max, 1, 5, key=o.neg))


class Hinted:
    def __length_hint__(self):
        return 12


print(o.length_hint([1, 2, 3]), o.length_hint(Hinted()), o.length_hint(object(), 4))
check('length_hint default', lambda: o.length_hint(5, 'a'))

print('--- in-place')
a = [1]
b = o.iadd(a, [2])
print(a, b, a is b)
t = (1,)
u = o.iadd(t, (2,))
print(t, u)
print(o.isub(5, 2), o.imul(3, 3), o.itruediv(9, 2), o.ifloordiv(9, 2), o.imod(9, 4), o.ipow(2, 5))
print(o.iand(6, 3), o.ior(6, 3), o.ixor(6, 3), o.ilshift(1, 3), o.irshift(16, 2))
s = {1}
print(o.ior(s, {2}), s)
print(o.iconcat([1], [2]))
check('iconcat int', lambda: o.iconcat(1, 2))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


acc = Acc()
print(o.iadd(acc, 'x') is acc, acc.items)

print('--- dunder aliases')
print(o.__add__(1, 2), o.__lt__(1, 2), o.__not__(1), o.__getitem__([9], 0), o.__iadd__(1, 1))

print('--- itemgetter')
g = itemgetter(1)
print(g([1, 2, 3]), g('abc'), repr(g))
g2 = itemgetter(0, 2, -1)
print(g2('abcdef'), repr(g2), itemgetter('k')({'k': 'v'}))
print(itemgetter(slice(2, None))('abcdef'))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))
print(list(map(itemgetter(0), data)), max(data, key=itemgetter(1)))
check('itemgetter missing', lambda: itemgetter(5)([1]))
check('itemgetter none', lambda: itemgetter())

print('--- attrgetter')


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age


people = [Person('ann', 'x', 30), Person('bob', 'y', 25)]
ag = attrgetter('age')
print(ag(people[0]), repr(ag))
print([attrgetter('name.first')(p) for p in people], attrgetter('age', 'name.last')(people[1]))
print(repr(attrgetter('name.first', 'age')))
print([p.age for p in sorted(people, key=attrgetter('age'))])
check('attrgetter missing', lambda: attrgetter('x')(1))
check('attrgetter int', lambda: attrgetter(1))
check('attrgetter none', lambda: attrgetter())

print('--- methodcaller')
mc = methodcaller('upper')
print(mc('abc'), repr(mc))
mc2 = methodcaller('split', ',', maxsplit=1)
print(mc2('a,b,c'), repr(mc2))
print(methodcaller('replace', 'a', 'o')('banana'), list(map(methodcaller('strip'), [' a ', 'b '])))
check('methodcaller none', lambda: methodcaller())
check('methodcaller int', lambda: methodcaller(1))
check('methodcaller missing', lambda: methodcaller('nope')(1))
