def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finalized')
g = gen()
print(next(g))
del g
print('after del g')
for v in gen():
    print('loop value', v)
    break
print('after break')
def user():
    g = gen()
    next(g)
    return 'returning'
print(user())
