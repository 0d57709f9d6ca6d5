from collections import UserDict, UserList, UserString
import collections.abc as cabc
import copy


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({'A': 1}, B=2)
d['C'] = 3
d.update({'D': 4})
print(d, len(d), 'a' in d, 'A' in d, d.get('b'), d.get('z', 0), sorted(d.keys()), list(d.items()))
print(isinstance(d, cabc.MutableMapping), isinstance(d, dict), d == {'a': 1, 'b': 2, 'c': 3, 'd': 4})
del d['a']
print(d.pop('b'), d.setdefault('e', 5), d, d.popitem())
c = d.copy()
c['X'] = 9
print(type(c).__name__, c, d)
print(UserDict.fromkeys('ab', 0), UserDict({'a': 1}) | {'b': 2}, {'z': 0} | UserDict(a=1))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)


class Default(UserDict):
    def __missing__(self, key):
        return key * 2


print(Default()['ab'], copy.copy(Default(a=1)).data)


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([3, 1, 2])
s.push(5)
print(s, len(s), s[0], s[-1], s[1:3], type(s[1:3]).__name__, 3 in s)
s.sort()
print(s, s + [9], [0] + s, s * 2, type(s + [9]).__name__)
s += (7, 8)
s.extend(UserList([10]))
s.insert(0, -1)
print(s, s.pop(), s.pop(0), s.index(5), s.count(1))
s.reverse()
s.remove(7)
print(s, s == [8, 5, 3, 2, 1], s < [9], isinstance(s, cabc.MutableSequence), sorted(s), max(s))
del s[0]
s[0] = 'x'
print(s, s.copy(), UserList('abc'), UserList(), list(reversed(UserList([1, 2]))))
u = UserString('Hello World')
print(u, repr(u), len(u), u[0], u[-5:], type(u[1:]).__name__, u.upper(), u.lower().split(), 'World' in u)
print(u + '!', '>' + u, u * 2, u.replace('o', '0'), u.find('o'), u.count('l'), u.startswith('He'))
print(u == 'Hello World', u < 'Z', hash(u) == hash('Hello World'), u.strip('Hd'), u.center(15, '*'), u.zfill(13))
print(UserString(42), int(UserString('17')) + 1, float(UserString('2.5')), UserString('%s-%d') % ('a', 3))
print(type(u.title()).__name__, u.partition(' '), u.isalpha(), UserString('abc').isalpha(), sorted(UserString('cab')))
