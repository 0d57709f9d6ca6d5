a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(1) == hash(1.0) == hash(True), hash('x') == hash('x'), hash((1, 'a')) == hash((1, 'a')))
print(hash(0), hash(-1), hash(-2), hash(12345), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(repr('str'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\n\t\\'))
print(repr(1), repr(1.0), repr([1, 'a']), repr((1,)), repr({}), repr(set()), repr(frozenset()))
print(repr(None), repr(True), repr(b'\x00a'), repr(bytearray(b'z')), repr(range(3)))
print(repr('\x07\x7f\u00e9\u4e2d'), ascii('é中'), repr(str))
class R:
    def __hash__(self): return 42
print(hash(R()))
print(repr(int), repr(ValueError('x')), repr(KeyError('k')), repr(Exception()))
