# Run into the os module after its Java part: stat_result, scandir and walk, the path
# constants, and the functions that are plain Python over the Java primitives.

import abc as _abc

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
unlink = remove
replace = rename
error = OSError


class _StatSeq(tuple):
    _fields = ()
    _name = ''

    def __repr__(self):
        return self._name + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self),))


class stat_result(_StatSeq):
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')
    _name = 'os.stat_result'
    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError(f'os.stat_result() takes an at least 10-sequence ({len(seq)}-sequence given)')
        self = tuple.__new__(cls, seq[:10])
        self._ns = tuple(seq[10:13]) if len(seq) >= 13 else tuple(v * 1000000000 for v in seq[7:10])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)


def _make_stat(raw):
    ns = raw[7:10]
    return stat_result(raw[:7] + tuple(n // 1000000000 for n in ns) + ns)


def _path_arg(path, fn):
    if isinstance(path, int) and not isinstance(path, bool):
        return path
    try:
        path = fspath(path)
    except TypeError:
        raise TypeError(f'{fn}: path should be string, bytes, os.PathLike or integer, not '
                        f'{type(path).__name__}') from None
    return fsdecode(path)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _make_stat(_stat(_path_arg(path, 'stat'), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _make_stat(_stat(_path_arg(path, 'lstat'), False))


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return _make_stat(_stat(fd, True))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _access(_path_arg(path, 'access'), mode)


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        fn = t.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + t.__name__) from None
    r = fn(path)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {t.__name__}.__fspath__() to return str or bytes, not {type(r).__name__}')
    return r


try:
    'a'.encode('utf-8', 'surrogateescape')
    _FS_ERRORS = 'surrogateescape'
except LookupError:
    _FS_ERRORS = 'strict'


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', _FS_ERRORS)
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', _FS_ERRORS)
    return filename


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return any('__fspath__' in k.__dict__ for k in subclass.__mro__)
        return NotImplemented




class DirEntry:
    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, *args):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def _lstat_(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._lstat_()
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self, follow):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self._lstat_().st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


DirEntry.__module__ = 'posix'


def _entry(top, name):
    e = object.__new__(DirEntry)
    e.name = name
    e.path = path.join(top, name) if top else name
    e._stat = None
    e._lstat = None
    return e


class _ScandirIterator:
    def __init__(self, top):
        self._names = iter(listdir(top))
        self._top = top

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return _entry(self._top, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    p = fspath(path)
    if isinstance(p, bytes):
        raise TypeError('scandir: bytes paths are not supported')
    return _ScandirIterator(p)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, nondirs = [], []
    for e in entries:
        (dirs if e.is_dir() else nondirs).append(e.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def getuid():
    return _proc_ids()[0]


def geteuid():
    return _proc_ids()[0]


def getgid():
    return _proc_ids()[1]


def getegid():
    return _proc_ids()[1]


class terminal_size(_StatSeq):
    _fields = ('columns', 'lines')
    _name = 'os.terminal_size'
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


def get_terminal_size(fd=1):
    if not _isatty(fd):
        raise OSError(25, 'Inappropriate ioctl for device')
    cols = environ.get('COLUMNS', '')
    rows = environ.get('LINES', '')
    return terminal_size((int(cols) if cols.isdigit() else 80, int(rows) if rows.isdigit() else 24))


def _islink(p):
    try:
        return lstat(p).st_mode & 0o170000 == 0o120000
    except (OSError, ValueError):
        return False


def _getmtime(p):
    return stat(p).st_mtime


path.islink = _islink
path.getmtime = _getmtime
path.getatime = lambda p: stat(p).st_atime
path.getctime = lambda p: stat(p).st_ctime
path.curdir = curdir
path.pardir = pardir
path.extsep = extsep
path.altsep = altsep
path.pathsep = pathsep
path.defpath = defpath
path.devnull = devnull
