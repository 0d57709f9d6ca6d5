class Proxy:
    def __init__(self, target):
        self._target = target
        self.hits = 0
    def __getattr__(self, name):
        print('__getattr__', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.hits)
class Defaults:
    x = 1
    def __getattr__(self, name):
        if name.startswith('opt_'):
            return name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Defaults()
print(d.x, d.opt_speed, getattr(d, 'opt_a'), hasattr(d, 'nope'), getattr(d, 'nope', 'dflt'))
try:
    d.missing
except AttributeError as e:
    print(e)
class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v):
        self.log.append(k)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        self.log.append('del ' + k)
        object.__delattr__(self, k)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, vars(r))
