class Resource:
    log = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.log.append('open ' + self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        Resource.log.append('close ' + self.name)
        if exc_type is KeyError:
            Resource.log.append('suppressed ' + str(exc))
            return True
        return False
with Resource('a') as a, Resource('b') as b:
    Resource.log.append('use ' + a.name + b.name)
with Resource('c'):
    raise KeyError('oops')
try:
    with Resource('d'):
        raise ValueError('bad')
except ValueError:
    Resource.log.append('valueerror escaped')
print('\n'.join(Resource.log))
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return None
    def __exit__(self, t, v, tb): return t is not None and issubclass(t, self.types)
with Suppress(ZeroDivisionError, IndexError):
    [][0]
print('suppressed ok')
