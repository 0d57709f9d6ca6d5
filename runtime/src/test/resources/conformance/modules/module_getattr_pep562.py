# A module's own __getattr__ and __dir__ (PEP 562): called for names the module lacks, its
# AttributeError propagates, hasattr/getattr-with-default see through it; sys answers names it
# computes lazily the same way.
import types, sys

m = types.ModuleType("lazymod")
calls = []
def _getattr(name):
    calls.append(name)
    if name.startswith("dyn_"):
        return name[4:].upper()
    raise AttributeError(f"module 'lazymod' has no attribute {name!r} (custom)")
m.__getattr__ = _getattr
m.real = 1
print(m.real, m.dyn_abc, getattr(m, "dyn_x"), hasattr(m, "nope"), getattr(m, "nope", "default"))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
print(calls)
sys.modules["lazymod"] = m
from lazymod import dyn_imported
print(dyn_imported)
try:
    from lazymod import other
except ImportError as e:
    print("ImportError:", type(e).__name__)
print(sys.version_info >= (3, 11), sys.version_info.major, sys.version_info[:2], type(sys.flags.optimize).__name__)
print(hasattr(sys, "float_info"), sys.float_info.max, sys.int_info.bits_per_digit, hasattr(sys, "no_such_name"))
try:
    sys.no_such_name
except AttributeError as e:
    print("AttributeError:", e)
