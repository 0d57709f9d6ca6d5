import os

print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.devnull, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.defpath)
print(os.path.curdir, os.path.pardir, os.path.devnull)
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath('abc'), os.fspath(b'abc'), os.fspath(P('x/y')))
print(isinstance(P('a'), os.PathLike), issubclass(P, os.PathLike), isinstance('a', os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(os.fsencode('héllo'), os.fsdecode(b'h\xc3\xa9llo'), os.fsencode(P('q')))
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(17), '|', os.strerror(9))
print(os.getppid() > 0, os.getuid() >= 0, os.getgid() >= 0, os.getpid() != os.getppid())
print(isinstance(os.stat(os.devnull).st_mode, int))
print(os.path.islink(os.devnull), os.path.exists(os.devnull))
