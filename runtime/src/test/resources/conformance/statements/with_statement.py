class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.swallow
with CM('a') as x:
    print('inside', x)
with CM('a') as x, CM('b') as y:
    print('inside both', x, y)
with CM('outer', swallow=True):
    with CM('inner'):
        raise ValueError('boom')
print('after swallow')
try:
    with CM('noswallow'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
def early():
    with CM('ret'):
        return 'returned'
print(early())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        print('body', i)
