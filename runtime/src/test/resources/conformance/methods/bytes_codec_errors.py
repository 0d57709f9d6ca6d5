# Codec errors (args, attributes, messages), bytearray deletion/removal, bytes truth and 'in'.
for s, enc in [('é', 'ascii'), ('aéb€', 'ascii'), ('x€', 'latin-1'), ('日本', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e.encoding, repr(e.object), e.start, e.end, e.reason, '|', e)
for b, enc in [(b'\xff', 'utf-8'), (b'a\xc3', 'utf-8'), (b'\xc3(', 'utf-8'), (b'ok\x80', 'ascii')]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason, '|', e)
print(isinstance(UnicodeEncodeError('ascii', 'x', 0, 1, 'r'), ValueError), str(b'\xe9t\xe9', 'latin-1'))
print('ab€'.encode('ascii', 'replace'), b'a\xffb'.decode('ascii', 'ignore'))
ba = bytearray(b'0123456789')
del ba[::3]
print(ba)
del ba[-1]
print(ba, ba.copy(), ba.remove(ord('2')), ba)
try:
    ba.remove(ord('z'))
except ValueError as e:
    print('ValueError', e)
try:
    del ba[99]
except IndexError as e:
    print('IndexError', e)
print(bool(b''), bool(bytearray()), bool(b'\x00'), bool(range(0)), bool(range(3, 1)), bool(range(1, 2)))
print(0 in b'\x00', b'' in b'abc', bytearray(b'bc') in b'abc', 99 in bytearray(b'c'))
for bad in ['a', 256, 1.5]:
    try:
        bad in b'abc'
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ('a',)
class D(S):
    pass
d = D()
d.a = 1
d.b = 2
print(vars(d), d.a, 'a' in dir(d))
