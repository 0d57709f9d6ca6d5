b = bytes([72, 101, 108, 108, 111])
print(b, b.decode(), list(b), b.upper(), b.lower(), b.split(b'l'))
ba = bytearray(b)
ba[0] = ord('J')
ba += b'!'
ba.insert(0, 32)
print(ba, ba.decode().strip(), ba.pop(), ba)
print(bytes(4), bytearray(3), bytearray([1, 2]) + b'\x03')
print(b.find(b'l'), b.count(b'l'), b.startswith(b'He'), b.replace(b'l', b'L'), b.strip(b'Ho'))
print(b.hex(), bytes.fromhex('4142'), b'%d-%s' % (5, b'x'), b.join([b'a', b'b']))
print(b'abc'[0], b'abc'[0:1], bytearray(b'xyz')[1], b'a b  c'.split(), b'ab' * 3)
del ba[0:2]
print(ba, len(ba), ba.reverse(), ba)
print(b'\x01\x02' == bytes([1, 2]), b'x' in b'xyz', bytes(b'copy') is not None)
