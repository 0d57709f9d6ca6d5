def f(a, b=10, *args, kw_only, kw_def='d', **kwargs):
    return f'a={a} b={b} args={args} kw_only={kw_only} kw_def={kw_def} kwargs={kwargs}'
print(f(1, kw_only=2))
print(f(1, 2, 3, 4, kw_only=5, kw_def=6, x=7))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
print(f.__defaults__, f.__kwdefaults__)
def no_return():
    pass
print(no_return())
def multi():
    return 1, 2, 3
print(multi())
def docs():
    """A docstring."""
    return docs.__doc__
print(docs())
def early(n):
    if n > 0:
        return 'positive'
    return
print(early(1), early(-1))
def rec(n):
    return n if n < 2 else rec(n - 1) + rec(n - 2)
print([rec(i) for i in range(12)])
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, kw_only=1, b=3, **{'b': 4})
except TypeError as e:
    print(e)
