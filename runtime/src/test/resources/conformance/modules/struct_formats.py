# struct: byte orders, every format code, Struct objects, pack_into/unpack_from, CPython's errors
import struct
print(struct.pack('<hHiIqQ', -2, 65535, -3, 2**32-1, -2**63, 2**64-1))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 65535, -3, 2**32-1, -2**63, 2**64-1)))
print(struct.pack('>ihb', 1, 2, 3), struct.pack('!d', 1.5), struct.pack('@ci', b'a', 7), struct.calcsize('@ci'), struct.calcsize('=ci'))
print(struct.calcsize('@bhilqnNPefd?'), struct.calcsize('<bhilqefd?'), struct.calcsize('3s2p4x'))
print(struct.pack('5s', b'ab'), struct.pack('5p', b'abc'), struct.unpack('5p', b'\x03abcx'), struct.unpack('3s', b'xyz'))
print(struct.pack('<e', 1.5), struct.unpack('<e', b'\x00\x3c'), struct.pack('<e', 65504.0), struct.pack('<e', 1e-8), struct.pack('<e', 2051.0), struct.pack('<e', 0.00006103515625))
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\xfc'), struct.pack('<f', 0.1), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('??', b'\x00\x05'))
s = struct.Struct('<2H')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00'), list(s.iter_unpack(b'\x01\x00\x02\x00' * 2)))
b = bytearray(8)
struct.pack_into('<i', b, 2, -1); print(b)
s.pack_into(b, 0, 9, 10); print(b, s.unpack_from(b, 4), struct.unpack_from('<H', b, offset=-2))
class I:
    def __index__(self): return 5
print(struct.pack('i', I()), struct.pack('P', -1), struct.unpack('P', b'\xff' * 8))
for args in [('b', 200), ('<h', 40000), ('>h', -40000), ('>H', -1), ('<H', -1), ('I', 2**32), ('<l', 2**31), ('<L', -1), ('q', 2**63), ('i', 'x'), ('c', b'ab'), ('s', 1), ('f', 'x'), ('2i', 1), ('ii', 1, 2, 3), ('i', 1.0), ('P', 2**64)]:
    try:
        print(struct.pack(*args))
    except struct.error as e:
        print('error', args[0], e)
for f in ['z', '3', '<n', '<P', 'i i', '2']:
    try:
        print(f, struct.calcsize(f))
    except struct.error as e:
        print('error', f, e)
for call in [lambda: struct.unpack('i', b'abc'), lambda: struct.unpack_from('i', b'abc', 1), lambda: struct.unpack_from('i', b'abc', -5),
             lambda: struct.pack_into('i', bytearray(5), 2, 1), lambda: list(struct.iter_unpack('i', b'abcde')), lambda: struct.pack('<e', 1e10), lambda: struct.pack('<f', 1e40)]:
    try:
        call()
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
print(isinstance(struct.error('x'), Exception), struct.Struct(b'>i').format)
