# bytes and bytearray + : other bytes, buffers (array), and the TypeError for anything else, as CPython words it.
import array
for e in ['b"a"+"b"', 'bytearray(b"a")+"b"', 'b"a"+1', 'b"a"+[1]', '"a"+b"b"', 'b"a"+bytearray(b"c")', 'bytearray(b"a")+b"c"', "b'x' + array.array('b', [65])", "bytearray(b'x') + array.array('B', [66])"]:
    try: print(e, repr(eval(e)))
    except TypeError as x: print(e, x)
x = bytearray(b"ab"); x += b"cd"; print(x)
try:
    y = b"ab"; y += "s"
except TypeError as e: print(e)
class Buf(bytes): pass
print(Buf(b"q") + b"r", b"r" + Buf(b"q"))
