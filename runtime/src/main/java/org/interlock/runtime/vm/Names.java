package org.interlock.runtime.vm;

import org.interlock.object.PyStr;

/** Interned names the runtime looks up often (immortal, so lookups by identity hit first). */
public final class Names {
    private Names() {}

    public static final PyStr __init__ = PyStr.intern("__init__");
    public static final PyStr __new__ = PyStr.intern("__new__");
    public static final PyStr __repr__ = PyStr.intern("__repr__");
    public static final PyStr __str__ = PyStr.intern("__str__");
    public static final PyStr __hash__ = PyStr.intern("__hash__");
    public static final PyStr __eq__ = PyStr.intern("__eq__");
    public static final PyStr __ne__ = PyStr.intern("__ne__");
    public static final PyStr __lt__ = PyStr.intern("__lt__");
    public static final PyStr __le__ = PyStr.intern("__le__");
    public static final PyStr __gt__ = PyStr.intern("__gt__");
    public static final PyStr __ge__ = PyStr.intern("__ge__");
    public static final PyStr __bool__ = PyStr.intern("__bool__");
    public static final PyStr __len__ = PyStr.intern("__len__");
    public static final PyStr __iter__ = PyStr.intern("__iter__");
    public static final PyStr __next__ = PyStr.intern("__next__");
    public static final PyStr __getitem__ = PyStr.intern("__getitem__");
    public static final PyStr __setitem__ = PyStr.intern("__setitem__");
    public static final PyStr __delitem__ = PyStr.intern("__delitem__");
    public static final PyStr __contains__ = PyStr.intern("__contains__");
    public static final PyStr __call__ = PyStr.intern("__call__");
    public static final PyStr __getattr__ = PyStr.intern("__getattr__");
    public static final PyStr __getattribute__ = PyStr.intern("__getattribute__");
    public static final PyStr __setattr__ = PyStr.intern("__setattr__");
    public static final PyStr __delattr__ = PyStr.intern("__delattr__");
    public static final PyStr __get__ = PyStr.intern("__get__");
    public static final PyStr __set__ = PyStr.intern("__set__");
    public static final PyStr __delete__ = PyStr.intern("__delete__");
    public static final PyStr __enter__ = PyStr.intern("__enter__");
    public static final PyStr __exit__ = PyStr.intern("__exit__");
    public static final PyStr __del__ = PyStr.intern("__del__");
    public static final PyStr __format__ = PyStr.intern("__format__");
    public static final PyStr __index__ = PyStr.intern("__index__");
    public static final PyStr __int__ = PyStr.intern("__int__");
    public static final PyStr __float__ = PyStr.intern("__float__");
    public static final PyStr __neg__ = PyStr.intern("__neg__");
    public static final PyStr __pos__ = PyStr.intern("__pos__");
    public static final PyStr __abs__ = PyStr.intern("__abs__");
    public static final PyStr __invert__ = PyStr.intern("__invert__");
    public static final PyStr __round__ = PyStr.intern("__round__");
    public static final PyStr __reversed__ = PyStr.intern("__reversed__");
    public static final PyStr __class__ = PyStr.intern("__class__");
    public static final PyStr __dict__ = PyStr.intern("__dict__");
    public static final PyStr __name__ = PyStr.intern("__name__");
    public static final PyStr __qualname__ = PyStr.intern("__qualname__");
    public static final PyStr __module__ = PyStr.intern("__module__");
    public static final PyStr __doc__ = PyStr.intern("__doc__");
    public static final PyStr __classcell__ = PyStr.intern("__classcell__");
    public static final PyStr __slots__ = PyStr.intern("__slots__");
    public static final PyStr __builtins__ = PyStr.intern("__builtins__");
    public static final PyStr __file__ = PyStr.intern("__file__");
    public static final PyStr __all__ = PyStr.intern("__all__");
    public static final PyStr __init_subclass__ = PyStr.intern("__init_subclass__");
    public static final PyStr __set_name__ = PyStr.intern("__set_name__");
    public static final PyStr __missing__ = PyStr.intern("__missing__");
    public static final PyStr send = PyStr.intern("send");
    public static final PyStr throw_ = PyStr.intern("throw");
    public static final PyStr close = PyStr.intern("close");
    public static final PyStr keys = PyStr.intern("keys");

    /** Binary dunders by Op.B_* index: forward, reflected, in-place. */
    public static final PyStr[] BIN = names("add sub mul matmul truediv mod pow lshift rshift or xor and floordiv", "__%s__");
    public static final PyStr[] RBIN = names("add sub mul matmul truediv mod pow lshift rshift or xor and floordiv", "__r%s__");
    public static final PyStr[] IBIN = names("add sub mul matmul truediv mod pow lshift rshift or xor and floordiv", "__i%s__");
    /** Comparison dunders by Op.C_* index, and their reflections. */
    public static final PyStr[] CMP = {__lt__, __le__, __eq__, __ne__, __gt__, __ge__};
    public static final int[] CMP_SWAP = {4, 5, 2, 3, 0, 1};

    private static PyStr[] names(String list, String fmt) {
        String[] parts = list.split(" ");
        PyStr[] out = new PyStr[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = PyStr.intern(String.format(fmt, parts[i]));
        return out;
    }
}
