import sys

f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.verbose, f.quiet, f.isolated, f.dev_mode, f.utf8_mode)
print(type(f).__name__, isinstance(f, tuple), f[0] == f.debug)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.max_exp, fi.min_exp)
print(fi, len(fi), fi[8] == fi.epsilon)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.int_info.default_max_str_digits)
hi = sys.hash_info
print(hi.width, hi.modulus, hi.inf, hi.nan, hi.imag, hash(float('inf')) == hi.inf)
print(hash(hi.modulus + 5), hash(-1), hash(2 ** 61))
print(hex(sys.hexversion)[:6], sys.hexversion >> 24, (sys.hexversion >> 16) & 0xff)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(type(sys.implementation.name), sys.implementation.version[:2] == sys.version_info[:2])
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.is_finalizing(), sys.warnoptions)
print(type(sys.stdlib_module_names).__name__, 'os' in sys.stdlib_module_names, 'collections' in sys.stdlib_module_names,
      'numpy' in sys.stdlib_module_names)
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
print(type(sys.prefix).__name__, type(sys.exec_prefix).__name__, type(sys.base_prefix).__name__, isinstance(sys.orig_argv, list))
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__, callable(sys.excepthook))
print(sys.stdin.readable(), sys.stdin.name, sys.stdin.mode)
try:
    type(sys.flags)()
except TypeError as e:
    print('TypeError')
sys.displayhook(None)
sys.displayhook([1, 'a'])
import builtins
print(builtins._)
