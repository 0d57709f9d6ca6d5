class Config:
    def __init__(self):
        self.__dict__['_data'] = {'host': 'localhost', 'port': 80}
    def __getattr__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise AttributeError(key) from None
    def __setattr__(self, key, value):
        self._data[key] = value
c = Config()
print(c.host, c.port)
c.port = 8080
print(c.port, c._data)
try:
    c.missing
except AttributeError as e:
    print('AttributeError', e)
for attr in ('host', 'user'):
    print(attr, hasattr(c, attr))
class Obj: pass
o = Obj()
for name, val in [('a', 1), ('b', 2)]:
    setattr(o, name, val)
print(o.a, o.b, getattr(o, 'a'))
delattr(o, 'a')
print(hasattr(o, 'a'), vars(o))
try:
    delattr(o, 'zzz')
except AttributeError as e:
    print(e)
