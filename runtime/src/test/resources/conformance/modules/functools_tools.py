from functools import reduce, partial, wraps, lru_cache, cmp_to_key
import operator
print(reduce(operator.add, range(10)), reduce(lambda a, b: a * b, [1, 2, 3, 4], 10), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
base2 = partial(int, base=2)
print(base2('1010'), base2('111'))
greet = partial(lambda greeting, name, punct='.': f'{greeting}, {name}{punct}', 'Hello')
print(greet('ann'), greet('bob', punct='!'), greet.args, greet.keywords)
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@logged
def documented(x):
    """Doubles x."""
    return 2 * x
print(documented.__name__, documented.__doc__, documented(4), documented.__wrapped__(5))
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: cmp(b, a))))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
