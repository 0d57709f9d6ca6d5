b = b'hello'
print(b, b[0], b[-1], b[1:3], list(b[:2]))
print(b + b' world', b * 2, len(b), b'l' in b, 108 in b)
print(bytes(3), bytes([65, 66, 67]), bytes('hé', 'utf-8'), bytes(range(5)))
ba = bytearray(b'abc')
ba[0] = 90
ba.append(100)
ba.extend(b'ef')
print(ba, bytes(ba), len(ba))
print(b'a' < b'b', b'abc' == bytearray(b'abc'), b'\x00\x01'.hex())
print(bytes.fromhex('de ad be ef'), b'\t\n\r\\\'', repr(b'"'), repr(b"'"))
print(b'x'.decode(), 'é'.encode('utf-8'), 'é'.encode('latin-1'))
print(int.from_bytes(b'\x01\x00', 'big'), (258).to_bytes(2, 'little'))
