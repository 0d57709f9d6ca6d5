# Run by the interpreter into the sys module when it starts: the struct sequences, sys.stdin
# over the Java primitive _stdin_read, and the plain values.


class _StructSeq(tuple):
    _fields = ()
    _name = ''

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != len(cls._fields):
            raise TypeError(f'{cls._name}() takes a {len(cls._fields)}-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return self._name + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self)) + ')'

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _struct_seq(name, fields):
    ns = {'_fields': tuple(fields), '_name': name, 'n_sequence_fields': len(fields),
          'n_fields': len(fields), 'n_unnamed_fields': 0, '__slots__': ()}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    short = name.rsplit('.', 1)[-1]
    cls = type(short, (_StructSeq,), ns)
    cls.__module__ = name.rsplit('.', 1)[0] if '.' in name else 'builtins'
    return cls


def _no_new(cls):
    def __new__(c, *args, **kwargs):
        raise TypeError(f"cannot create '{cls._name}' instances")
    return __new__


_flags_type = _struct_seq('sys.flags', (
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
    'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated',
    'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits'))
# str hashes are not randomized (an unseeded FNV-1a with a final mix): hash_randomization 0
flags = _flags_type((0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1))

_float_info_type = _struct_seq('sys.float_info', (
    'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon',
    'radix', 'rounds'))
float_info = _float_info_type((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                               15, 53, 2.220446049250313e-16, 2, 1))

_int_info_type = _struct_seq('sys.int_info', (
    'bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'))
int_info = _int_info_type((30, 4, 4300, 640))

_hash_info_type = _struct_seq('sys.hash_info', (
    'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'))
hash_info = _hash_info_type((64, (1 << 61) - 1, hash(float('inf')), 0, 1000003, 'fnv', 64, 0, 0))

_version_info_type = _struct_seq('sys.version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'))
version_info = _version_info_type(_version_info)
del _version_info
for _t in (_flags_type, _float_info_type, _int_info_type, _hash_info_type, _version_info_type):
    _t.__new__ = _no_new(_t)
del _t, _no_new, _struct_seq

_levels = {'alpha': 0xA, 'beta': 0xB, 'candidate': 0xC, 'final': 0xF}
hexversion = (version_info[0] << 24 | version_info[1] << 16 | version_info[2] << 8
              | _levels[version_info[3]] << 4 | version_info[4])
del _levels


class _Namespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        return 'namespace(' + ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items()) + ')'

    def __eq__(self, other):
        if isinstance(other, _Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


implementation = _Namespace(name='interlock', cache_tag=None, version=version_info, hexversion=hexversion)
_Namespace.__name__ = 'SimpleNamespace'
_Namespace.__qualname__ = 'SimpleNamespace'
_Namespace.__module__ = 'types'


class _Stdin:
    """The standard input as a text stream; reads share the stream with input()."""

    def __init__(self):
        self._closed = False

    name = '<stdin>'
    mode = 'r'
    encoding = 'utf-8'
    errors = 'strict'
    newlines = None
    line_buffering = False

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        return _stdin_read(size, False)

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        if size == 0:
            return ''
        return _stdin_read(size, True)

    def readlines(self, hint=-1):
        self._check()
        lines = []
        total = 0
        while True:
            line = _stdin_read(-1, True)
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        self._check()
        line = _stdin_read(-1, True)
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._closed = True

    def fileno(self):
        return 0

    def isatty(self):
        self._check()
        return False

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return False

    def seekable(self):
        self._check()
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


_Stdin.__name__ = 'TextIOWrapper'
_Stdin.__qualname__ = 'TextIOWrapper'
_Stdin.__module__ = '_io'
stdin = __stdin__ = _Stdin()


def displayhook(value):
    if value is None:
        return
    import builtins
    builtins._ = None
    stdout.write(repr(value) + '\n')
    builtins._ = value


__displayhook__ = displayhook


def is_finalizing():
    return False


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def getfilesystemencodeerrors():
    return 'surrogateescape'


orig_argv = ['interlock'] + list(argv)
_xoptions = {}
prefix = exec_prefix = base_prefix = base_exec_prefix = '/usr/local'
platlibdir = 'lib'
dont_write_bytecode = False
api_version = 1013
float_repr_style = 'short'
copyright = 'Copyright (c) Interlock authors.'

stdlib_module_names = frozenset((
    '__future__', '_abc', '_aix_support', '_ast', '_asyncio', '_bisect', '_blake2',
    '_bootsubprocess', '_bz2', '_codecs', '_codecs_cn', '_codecs_hk', '_codecs_iso2022',
    '_codecs_jp', '_codecs_kr', '_codecs_tw', '_collections', '_collections_abc', '_compat_pickle',
    '_compression', '_contextvars', '_crypt', '_csv', '_ctypes', '_curses', '_curses_panel',
    '_datetime', '_dbm', '_decimal', '_elementtree', '_frozen_importlib',
    '_frozen_importlib_external', '_functools', '_gdbm', '_hashlib', '_heapq', '_imp', '_io',
    '_json', '_locale', '_lsprof', '_lzma', '_markupbase', '_md5', '_msi', '_multibytecodec',
    '_multiprocessing', '_opcode', '_operator', '_osx_support', '_overlapped', '_pickle',
    '_posixshmem', '_posixsubprocess', '_py_abc', '_pydecimal', '_pyio', '_queue', '_random',
    '_scproxy', '_sha1', '_sha256', '_sha3', '_sha512', '_signal', '_sitebuiltins', '_socket',
    '_sqlite3', '_sre', '_ssl', '_stat', '_statistics', '_string', '_strptime', '_struct',
    '_symtable', '_thread', '_threading_local', '_tkinter', '_tokenize', '_tracemalloc', '_typing',
    '_uuid', '_warnings', '_weakref', '_weakrefset', '_winapi', '_zoneinfo', 'abc', 'aifc',
    'antigravity', 'argparse', 'array', 'ast', 'asynchat', 'asyncio', 'asyncore', 'atexit',
    'audioop', 'base64', 'bdb', 'binascii', 'bisect', 'builtins', 'bz2', 'cProfile', 'calendar',
    'cgi', 'cgitb', 'chunk', 'cmath', 'cmd', 'code', 'codecs', 'codeop', 'collections', 'colorsys',
    'compileall', 'concurrent', 'configparser', 'contextlib', 'contextvars', 'copy', 'copyreg',
    'crypt', 'csv', 'ctypes', 'curses', 'dataclasses', 'datetime', 'dbm', 'decimal', 'difflib',
    'dis', 'distutils', 'doctest', 'email', 'encodings', 'ensurepip', 'enum', 'errno',
    'faulthandler', 'fcntl', 'filecmp', 'fileinput', 'fnmatch', 'fractions', 'ftplib', 'functools',
    'gc', 'genericpath', 'getopt', 'getpass', 'gettext', 'glob', 'graphlib', 'grp', 'gzip',
    'hashlib', 'heapq', 'hmac', 'html', 'http', 'idlelib', 'imaplib', 'imghdr', 'imp', 'importlib',
    'inspect', 'io', 'ipaddress', 'itertools', 'json', 'keyword', 'lib2to3', 'linecache', 'locale',
    'logging', 'lzma', 'mailbox', 'mailcap', 'marshal', 'math', 'mimetypes', 'mmap',
    'modulefinder', 'msilib', 'msvcrt', 'multiprocessing', 'netrc', 'nis', 'nntplib', 'nt',
    'ntpath', 'nturl2path', 'numbers', 'opcode', 'operator', 'optparse', 'os', 'ossaudiodev',
    'pathlib', 'pdb', 'pickle', 'pickletools', 'pipes', 'pkgutil', 'platform', 'plistlib',
    'poplib', 'posix', 'posixpath', 'pprint', 'profile', 'pstats', 'pty', 'pwd', 'py_compile',
    'pyclbr', 'pydoc', 'pydoc_data', 'pyexpat', 'queue', 'quopri', 'random', 're', 'readline',
    'reprlib', 'resource', 'rlcompleter', 'runpy', 'sched', 'secrets', 'select', 'selectors',
    'shelve', 'shlex', 'shutil', 'signal', 'site', 'smtpd', 'smtplib', 'sndhdr', 'socket',
    'socketserver', 'spwd', 'sqlite3', 'sre_compile', 'sre_constants', 'sre_parse', 'ssl', 'stat',
    'statistics', 'string', 'stringprep', 'struct', 'subprocess', 'sunau', 'symtable', 'sys',
    'sysconfig', 'syslog', 'tabnanny', 'tarfile', 'telnetlib', 'tempfile', 'termios', 'textwrap',
    'this', 'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize', 'tomllib', 'trace',
    'traceback', 'tracemalloc', 'tty', 'turtle', 'turtledemo', 'types', 'typing', 'unicodedata',
    'unittest', 'urllib', 'uu', 'uuid', 'venv', 'warnings', 'wave', 'weakref', 'webbrowser',
    'winreg', 'winsound', 'wsgiref', 'xdrlib', 'xml', 'xmlrpc', 'zipapp', 'zipfile', 'zipimport',
    'zlib', 'zoneinfo',
))
