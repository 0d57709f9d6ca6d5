# base64 and binascii: round trips of every encoding, the lenient and strict base64 decoders,
# hex with separators, the CRCs, and CPython's error messages.
import base64
import binascii
from array import array


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe\x00']
for s in samples:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    e32h = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    eu = base64.urlsafe_b64encode(s)
    ok = (base64.b64decode(e64) == s and base64.b32decode(e32) == s and base64.b16decode(e16) == s
          and base64.urlsafe_b64decode(eu) == s and base64.b32hexdecode(e32h) == s
          and base64.decodebytes(base64.encodebytes(s)) == s)
    if len(s) < 10:
        print(s, e64, e32, e32h, e16, eu, ok)
    else:
        print(len(s), e64[:20], e32[-12:], eu[-8:], ok)
print(base64.standard_b64encode(b'\xfb\xff'), base64.standard_b64decode('+/8='), base64.b64encode(b'\xfb\xff', b'-_'))
print(base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('YWJj'), base64.b64decode(bytearray(b'YWJj')))
print(base64.encodebytes(b'x' * 60))
print(base64.b32decode(b'me======', casefold=True), base64.b32decode(b'M1======', map01=b'L'), base64.b16decode(b'4a', True))

for data in [b'abc', b'abcde', b'ab!c==', 'ab\u00e9', b'YQ', b'YQ==', b'Y===', b'YQ==YQ==', b'=YQ==', b'YQ=a=',
             b'YWJj====', b'YWJj\nZA==', b' Y W J j ']:
    attempt('a2b %r' % (data,), lambda: binascii.a2b_base64(data))
    attempt('strict %r' % (data,), lambda: binascii.a2b_base64(data, strict_mode=True))
attempt('validate pad', lambda: base64.b64decode('YQ=', validate=True))
attempt('validate char', lambda: base64.b64decode(b'Y!Q==', validate=True))
attempt('lenient char', lambda: base64.b64decode(b'Y!Q=='))
attempt('non-ascii', lambda: base64.b64decode('\u00e9'))
attempt('int arg', lambda: base64.b64decode(5))
attempt('encode str', lambda: base64.b64encode('x'))
attempt('b16 lower', lambda: base64.b16decode(b'4a'))
attempt('b16 odd', lambda: base64.b16decode(b'4A4'))
attempt('b32 pad', lambda: base64.b32decode(b'ME====='))
attempt('b32 char', lambda: base64.b32decode(b'M!======'))
attempt('b32 lower', lambda: base64.b32decode(b'me======'))
attempt('b32 bad pad count', lambda: base64.b32decode(b'MFRA===='))
attempt('b32 only pad', lambda: base64.b32decode(b'========'))
attempt('altchars', lambda: base64.b64encode(b'ab', altchars=b'-'))

print(binascii.hexlify(b'\x01\xab\xff'), binascii.b2a_hex(b'xyz'), binascii.unhexlify(b'01abFF'), binascii.a2b_hex('4142'))
print(binascii.hexlify(b'abcdef', '-', 2), binascii.hexlify(b'abcde', b':', -2), binascii.hexlify(b'abcde', ':', 2))
print(binascii.hexlify(b'abc', ' '), binascii.hexlify(array('h', [1, 256])), bytes.hex(b'ab'))
attempt('odd hex', lambda: binascii.unhexlify(b'abc'))
attempt('bad hex', lambda: binascii.unhexlify(b'zz'))
attempt('hexlify str', lambda: binascii.hexlify('ab'))
attempt('sep length', lambda: binascii.hexlify(b'ab', '--'))
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 5), binascii.crc32(b' world', binascii.crc32(b'hello')),
      binascii.crc32(b'hello world'), binascii.crc32(b''))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'', 7))
print(binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.b2a_base64(array('B', [1, 2])))
print(binascii.Error.__mro__[1].__name__, issubclass(binascii.Incomplete, Exception), binascii.Error.__module__)
try:
    base64.b64decode(b'abc')
except binascii.Error as e:
    print('caught', type(e).__name__, isinstance(e, ValueError), e)
