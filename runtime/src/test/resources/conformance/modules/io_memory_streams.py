# io: StringIO and BytesIO (read/write/seek/truncate/iteration/context manager/subclass)
import io
s = io.StringIO()
print('hello', 'world', file=s)
s.write('line2\n')
s.writelines(['a\n', 'b\n'])
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.readlines())
s.seek(0)
print([l for l in s])
s = io.StringIO('abc😀def\nxyz')
print(s.read(4), s.tell(), s.read(), s.truncate(2), repr(s.getvalue()), s.tell())
s.seek(5); s.write('Q'); print(repr(s.getvalue()))
with io.StringIO('x') as f:
    print(f.closed, f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
for call in [lambda: io.StringIO(1), lambda: io.StringIO().write(1), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 3)]:
    try:
        call()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.getvalue(), b.tell(), b.seek(-2, 2), b.read(), b.seek(-10, 1))
b.seek(10); b.write(b'x'); print(b.getvalue())
b = io.BytesIO(); b.write(b'12'); b.write(bytearray(b'34')); print(b.getvalue(), list(io.BytesIO(b'a\nb\n')))
for call in [lambda: io.BytesIO().write('x'), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().truncate(-1), lambda: io.BytesIO('s')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class My(io.StringIO):
    def shout(self):
        return self.getvalue().upper()
m = My('hey')
m.seek(0, 2); m.write(' you')
print(m.shout(), isinstance(m, io.StringIO))
print(io.SEEK_END, io.open is open)
s = io.StringIO('a\r\nb\rc', newline=None); print(repr(s.getvalue()))
