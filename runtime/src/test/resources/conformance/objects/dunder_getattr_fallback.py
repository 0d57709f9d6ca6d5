class Lazy:
    def __init__(self):
        self.computed = []
    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError(name)
        value = len(name) * 10
        self.computed.append(name)
        setattr(self, name, value)
        return value
z = Lazy()
print(z.alpha, z.alpha, z.be, z.computed)
print(hasattr(z, '_hidden'), getattr(z, 'gamma'), z.computed)
class Chain:
    def __init__(self, path=()):
        self._path = path
    def __getattr__(self, name):
        return Chain(self._path + (name,))
    def __call__(self, *args):
        return '.'.join(self._path) + str(args)
api = Chain()
print(api.users.list(1, 2), api.a.b.c())
class Base:
    def real(self):
        return 'real method'
class WithFallback(Base):
    def __getattr__(self, name):
        return f'fallback for {name}'
wf = WithFallback()
print(wf.real(), wf.missing, getattr(wf, 'other'))
