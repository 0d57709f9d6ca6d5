# Conformance test for functools: every line must match CPython 3.11's output.
import functools
from functools import (reduce, partial, partialmethod, wraps, update_wrapper, lru_cache,
                       cache, cmp_to_key, total_ordering, cached_property, singledispatch,
                       singledispatchmethod)


def check(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


print(sorted(functools.__all__))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

print('--- reduce')
print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a + b, [1, 2, 3], 10), reduce(lambda a, b: a * b, [], 1))
print(reduce(lambda a, b: a + b, ['x']), reduce(lambda acc, c: c + acc, 'abc', ''))
print(reduce(max, iter([3, 9, 2])), reduce(lambda a, b: a + [b], range(3), []))
check('empty', lambda: reduce(lambda a, b: a + b, []))
check('not iterable', lambda: reduce(lambda a, b: a + b, 5))

print('--- partial')
p = partial(int, '10', base=2)
print(p(), p.func, p.args, p.keywords, repr(p))
base2 = partial(int, base=2)
print(base2('111'), base2('111', base=8), base2.args, base2.keywords)
pp = partial(base2, '11')
print(pp(), pp.func is int, pp.args, pp.keywords, repr(pp))


def show(*args, **kw):
    return (args, sorted(kw.items()))


s = partial(show, 1, 2, a=1)
print(s(3, b=2), s(a=9), partial(show)(), repr(partial(show, 'x')).startswith('functools.partial(<function show'))
check('not callable', lambda: partial(1))
check('no args', lambda: partial())


class MyPartial(partial):
    pass


print(repr(MyPartial(int, '5')), MyPartial(int, '5')())
print(list(map(partial(pow, 2), range(5))), sorted(['b', 'A', 'c'], key=partial(str.lower)))


class Cell:
    def __init__(self):
        self.value = 0

    def set(self, value, scale=1):
        self.value = value * scale

    set_one = partialmethod(set, 1)
    set_big = partialmethod(set, scale=100)


c = Cell()
c.set_one()
print(c.value)
c.set_big(3)
print(c.value)

print('--- wraps')


def deco(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ('wrapped', f(*args, **kwargs))
    return wrapper


@deco
def greet(name):
    """Say hello."""
    return 'hello ' + name


greet_attr_source = greet.__wrapped__
print(greet('bob'), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__('raw'), greet.__wrapped__.__name__)


def annotated(x: int) -> str:
    return str(x)


annotated.custom = 'attr'


def plain():
    pass


update_wrapper(plain, annotated)
print(plain.__name__, plain.custom, plain.__wrapped__ is annotated, sorted(plain.__annotations__))


def only_name():
    pass


def target():
    """doc"""


update_wrapper(only_name, target, assigned=('__doc__',), updated=())
print(only_name.__name__, only_name.__doc__)


class Callable:
    def __call__(self):
        return 1


wrapped_obj = Callable()


def forward():
    return wrapped_obj()


update_wrapper(forward, wrapped_obj)
print(forward.__name__, forward.__wrapped__ is wrapped_obj, forward())

print('--- lru_cache')
calls = []


@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 1, 5, 1]:
    sq(v)
print(calls, sq.cache_info())
print(sq.cache_parameters(), sq.__name__, sq.__wrapped__(7))
sq.cache_clear()
print(sq.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
print(fib.cache_parameters())


@lru_cache(maxsize=None)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info())
fact(21)
print(fact.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(typed=True)
def typed_fn(x):
    return type(x).__name__


print(typed_fn(1), typed_fn(1.0), typed_fn(True), typed_fn.cache_info())


@lru_cache()
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped.cache_info())


@lru_cache(maxsize=2)
def kw(a, b=0, **rest):
    return a + b + sum(rest.values())


print(kw(1), kw(1, b=2), kw(a=1), kw(1, 2), kw(1, b=2), kw(1, z=5), kw.cache_info())
check('unhashable', lambda: kw([1]))
print(kw.cache_info())
check('bad maxsize', lambda: lru_cache(maxsize='a'))
print(lru_cache(-5)(len).cache_info(), lru_cache(None)(len).cache_info())
print(type(sq.cache_info()).__name__, sq.cache_info().hits, sq.cache_info()._fields)
hits, misses, maxsize, currsize = fib.cache_info()
print(hits, misses, maxsize, currsize)


@cache
def square(x):
    return x * x


print(square(4), square(4), square.cache_info(), square.cache_parameters())


def failing(x):
    raise ValueError(x)


failing_cached = lru_cache(failing)
check('raises', lambda: failing_cached(3))
print(failing_cached.cache_info())


class Shape:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=8)
    def area(self, k):
        return self.n * k


s1, s2 = Shape(2), Shape(3)
print(s1.area(5), s2.area(5), s1.area(5), Shape.area.cache_info())

print('--- cmp_to_key')


def numeric_desc(a, b):
    return b - a


print(sorted([3, 1, 2], key=cmp_to_key(numeric_desc)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(2) >= K(3), K(1) == K(1), K(1) != K(2))
print(K(5).obj, min([4, 2, 8], key=K), max([4, 2, 8], key=K))
check('compare other', lambda: K(1) < 3)
try:
    hash(K(1))
except TypeError:
    print('key unhashable')

print('--- total_ordering')


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b > a, b >= a, a <= Version(1), a >= Version(1))
print(Version.__gt__.__name__, sorted([Version(3), Version(1)], key=lambda v: v.n)[0].n)
check('mixed', lambda: a < 3)
check('mixed ge', lambda: a >= 3)


@total_ordering
class Rank:
    def __init__(self, r):
        self.r = r

    def __eq__(self, other):
        return self.r == other.r

    def __ge__(self, other):
        return self.r >= other.r


print(Rank(1) < Rank(2), Rank(1) > Rank(2), Rank(2) <= Rank(2), Rank(3) >= Rank(2))


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v

    def __le__(self, other):
        return self.v <= other.v


print(Both(1) < Both(2), Both(1) >= Both(2), Both(3) >= Both(3))


class Empty:
    pass


check('no ordering', lambda: total_ordering(Empty))

print('--- cached_property')


class Data:
    def __init__(self):
        self.computed = 0

    @cached_property
    def expensive(self):
        """An expensive value."""
        self.computed += 1
        return [1, 2, 3]


dobj = Data()
print(dobj.expensive, dobj.expensive, dobj.computed, 'expensive' in dobj.__dict__)
del dobj.expensive
print(dobj.expensive, dobj.computed, Data.expensive.__doc__, type(Data.expensive).__name__)
dobj.expensive = 'set'
print(dobj.expensive)

print('--- singledispatch')


@singledispatch
def describe(arg):
    return 'object ' + repr(arg)


@describe.register(int)
def _(arg):
    return 'int %d' % arg


@describe.register
def _(arg: list):
    return 'list of %d' % len(arg)


def describe_str(arg):
    return 'str ' + arg


describe.register(str, describe_str)


class MyInt(int):
    pass


print(describe(1), describe(True), describe(MyInt(7)), describe([1, 2]), describe('s'))
print(describe(1.5), describe(None), describe.dispatch(bool).__name__, describe.__name__)
print(describe.dispatch(float) is describe.registry[object], sorted(k.__name__ for k in describe.registry))
check('no args', lambda: describe())


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'

    @fmt.register(int)
    def _(self, arg):
        return 'int:%d' % arg

    @fmt.register(str)
    def _(self, arg):
        return 'str:' + arg


f = Formatter()
print(f.fmt(3), f.fmt('x'), f.fmt(2.0))
