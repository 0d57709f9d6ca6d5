package org.interlock.runtime.vm;

import org.interlock.object.OperationError;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.SliceIndices;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyClass;
import org.interlock.runtime.objects.PyRange;
import org.interlock.runtime.objects.PySlice;

/** Subscription: {@code o[k]}, {@code o[k] = v}, {@code del o[k]}, with slices. */
public final class Items {
    private Items() {}

    static Long sliceBound(PyObject o, ThreadState ts) {
        if (o == Ops.NONE) return null;
        if (o instanceof PyInt i && !i.isSmall()) return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (!(o instanceof PyInt) && Ops.special(o, Names.__index__, ts) == null) {
            throw ExcTypes.typeError("slice indices must be integers or None or have an __index__ method", ts);
        }
        return Ops.index(o, ts);
    }

    public static SliceIndices indices(PySlice s, int len, ThreadState ts) {
        return SliceIndices.adjust(len, sliceBound(s.start, ts), sliceBound(s.stop, ts), sliceBound(s.step, ts));
    }

    private static long intIndex(PyObject k, String what, ThreadState ts) {
        if (k instanceof PyInt i) {
            if (!i.isSmall()) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer", ts);
            return i.longValue();
        }
        if (Ops.special(k, Names.__index__, ts) != null) return Ops.index(k, ts);
        throw ExcTypes.typeError(what + " indices must be integers or slices, not " + Ops.typeName(k), ts);
    }

    /** {@code o[k]}: a new reference. */
    public static PyObject getItem(PyObject o, PyObject k, ThreadState ts) {
        try {
            if (o instanceof PyDict d) {
                PyObject v = d.get(k, Ops.hash(k, ts), ts);
                if (v == null) throw ExcTypes.raiseArgs(ExcTypes.KEY_ERROR, ts, k);
                return v;
            }
            if (o instanceof PyList l) {
                if (k instanceof PySlice s) {
                    return l.getSlice(sliceBound(s.start, ts), sliceBound(s.stop, ts), sliceBound(s.step, ts), ts);
                }
                return l.get(intIndex(k, "list", ts), ts);
            }
            if (o instanceof PyTuple t) {
                if (k instanceof PySlice s) return t.slice(indices(s, t.size(), ts), ts);
                return t.item(intIndex(k, "tuple", ts), ts);
            }
            if (o instanceof PyStr s) {
                if (k instanceof PySlice sl) return s.slice(indices(sl, s.length(), ts), ts);
                return s.item(intIndex(k, "string", ts), ts);
            }
            if (o instanceof PyRange r) {
                if (k instanceof PySlice sl) {
                    long n = r.length();
                    SliceIndices si = indices(sl, (int) Math.min(n, Integer.MAX_VALUE), ts);
                    return new PyRange(r.get(si.start()), r.get(si.stop()), r.step * si.step(), ts);
                }
                long i = intIndex(k, "range", ts);
                long n = r.length();
                if (i < 0) i += n;
                if (i < 0 || i >= n) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "range object index out of range", ts);
                return PyInt.of(r.get(i), ts);
            }
            if (o instanceof PyBytes b) {
                if (k instanceof PySlice sl) {
                    SliceIndices si = indices(sl, b.length(), ts);
                    byte[] out = new byte[si.length()];
                    byte[] src = b.bytes();
                    for (int i = 0; i < out.length; i++) out[i] = src[si.index(i)];
                    return new PyBytes(out, b.mutable, ts);
                }
                long i = intIndex(k, b.mutable ? "bytearray" : "byte", ts);
                if (i < 0) i += b.length();
                if (i < 0 || i >= b.length()) {
                    throw ExcTypes.raise(ExcTypes.INDEX_ERROR, (b.mutable ? "bytearray" : "index") + " index out of range", ts);
                }
                return PyInt.of(b.at((int) i), ts);
            }
        } catch (OperationError e) {
            throw ExcTypes.fromOperationError(e, ts);
        }
        PyObject m = Ops.special(o, Names.__getitem__, ts);
        PyObject back = Ops.backing(o);
        if (back != null && (m == null || m instanceof org.interlock.runtime.objects.PyBuiltin)) {
            if (back instanceof PyDict d) {
                PyObject v = d.get(k, Ops.hash(k, ts), ts);
                if (v != null) return v;
                PyObject miss = Ops.special(o, Names.__missing__, ts);
                if (miss != null) return Ops.callSpecial(miss, o, ts, k);
                throw ExcTypes.raiseArgs(ExcTypes.KEY_ERROR, ts, k);
            }
            return getItem(back, k, ts);
        }
        if (m != null) return Ops.callSpecial(m, o, ts, k);
        if (o instanceof PyType t) {
            // PEP 560: C[k] calls C.__class_getitem__(k); builtin generic classes give list[int]
            PyObject cg = Ops.typeLookup(t, CLASS_GETITEM, ts);
            if (cg != null) {
                PyObject bound = Ops.bindDescr(cg, t, t, ts);
                try {
                    return Calls.call1(bound, k, ts);
                } finally {
                    ts.refs.decref(bound, ts);
                }
            }
            if (!(t instanceof PyClass) && !notGeneric(t)) return new org.interlock.runtime.objects.PyGenericAlias(t, k, ts);
            throw ExcTypes.typeError("type '" + t.name() + "' is not subscriptable", ts);
        }
        throw ExcTypes.typeError("'" + Ops.typeName(o) + "' object is not subscriptable", ts);
    }

    /** Builtin scalar types, which (unlike containers and library classes) take no type arguments. */
    private static boolean notGeneric(PyType t) {
        return t == PyInt.TYPE || t == org.interlock.object.PyStr.TYPE || t == org.interlock.object.PyFloat.TYPE
                || t == org.interlock.object.PyBool.TYPE || t == PyType.OBJECT
                || t == org.interlock.runtime.objects.PyBytes.BYTES || t == org.interlock.object.PyNone.TYPE;
    }

    private static final org.interlock.object.PyStr CLASS_GETITEM = org.interlock.object.PyStr.intern("__class_getitem__");

    /** Dict lookup honouring {@code __missing__} of dict subclasses is not needed: dicts are final. */
    public static void setItem(PyObject o, PyObject k, PyObject v, ThreadState ts) {
        try {
            if (o instanceof PyDict d) {
                d.set(k, Ops.hash(k, ts), v, ts);
                return;
            }
            if (o instanceof PyList l) {
                if (k instanceof PySlice s) {
                    PyObject[] items = Iter.toArray(v, ts);
                    try {
                        SliceIndices si = indices(s, l.len(ts), ts);
                        if (si.step() == 1) {
                            l.setSlice(si.start(), Math.max(si.start(), si.stop()), items, ts);
                        } else {
                            if (items.length != si.length()) {
                                throw ExcTypes.valueError("attempt to assign sequence of size " + items.length
                                        + " to extended slice of size " + si.length(), ts);
                            }
                            l.setExtendedSlice(sliceBound(s.start, ts), sliceBound(s.stop, ts), sliceBound(s.step, ts), items, ts);
                        }
                    } finally {
                        for (PyObject x : items) ts.refs.decref(x, ts);
                    }
                    return;
                }
                l.set(intIndex(k, "list", ts), v, ts);
                return;
            }
            if (o instanceof PyBytes b && b.mutable && k instanceof PySlice sl) {
                byte[] src = org.interlock.runtime.builtins.ArgAccess.bytesOf(v, ts);
                byte[] data = b.bytes();
                SliceIndices si = indices(sl, data.length, ts);
                if (si.step() == 1) {
                    int lo = si.start(), hi = Math.max(si.start(), si.stop());
                    byte[] out = new byte[data.length - (hi - lo) + src.length];
                    System.arraycopy(data, 0, out, 0, lo);
                    System.arraycopy(src, 0, out, lo, src.length);
                    System.arraycopy(data, hi, out, lo + src.length, data.length - hi);
                    b.setBytes(out, ts);
                } else {
                    if (src.length != si.length()) {
                        throw ExcTypes.valueError("attempt to assign bytes of size " + src.length
                                + " to extended slice of size " + si.length(), ts);
                    }
                    for (int i = 0; i < src.length; i++) data[si.index(i)] = src[i];
                    b.setBytes(data, ts);
                }
                return;
            }
            if (o instanceof PyBytes b && b.mutable) {
                long i = intIndex(k, "bytearray", ts);
                if (i < 0) i += b.length();
                if (i < 0 || i >= b.length()) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "bytearray index out of range", ts);
                long val = Ops.index(v, ts);
                if (val < 0 || val > 255) throw ExcTypes.valueError("byte must be in range(0, 256)", ts);
                byte[] data = b.bytes();
                data[(int) i] = (byte) val;
                b.setBytes(data, ts);
                return;
            }
        } catch (OperationError e) {
            throw ExcTypes.fromOperationError(e, ts);
        }
        PyObject m = Ops.special(o, Names.__setitem__, ts);
        if (m != null) {
            ts.refs.decref(Ops.callSpecial(m, o, ts, k, v), ts);
            return;
        }
        throw ExcTypes.typeError("'" + Ops.typeName(o) + "' object does not support item assignment", ts);
    }

    public static void delItem(PyObject o, PyObject k, ThreadState ts) {
        try {
            if (o instanceof PyDict d) {
                Ops.hash(k, ts);
                if (!d.delete(k, ts)) throw ExcTypes.raiseArgs(ExcTypes.KEY_ERROR, ts, k);
                return;
            }
            if (o instanceof PyList l) {
                if (k instanceof PySlice s) {
                    l.delSlice(sliceBound(s.start, ts), sliceBound(s.stop, ts), sliceBound(s.step, ts), ts);
                    return;
                }
                l.delItem(intIndex(k, "list", ts), ts);
                return;
            }
            if (o instanceof PyBytes b && b.mutable) {
                ts.locks.enter(b, ts);
                try {
                    delBytes(b, k, ts);
                } finally {
                    ts.locks.exit(ts);
                }
                return;
            }
        } catch (OperationError e) {
            throw ExcTypes.fromOperationError(e, ts);
        }
        PyObject m = Ops.special(o, Names.__delitem__, ts);
        if (m != null) {
            ts.refs.decref(Ops.callSpecial(m, o, ts, k), ts);
            return;
        }
        throw ExcTypes.typeError("'" + Ops.typeName(o) + "' object doesn't support item deletion", ts);
    }

    /** {@code del ba[k]} for a bytearray: one index or a slice (any step). */
    private static void delBytes(PyBytes b, PyObject k, ThreadState ts) {
        byte[] data = b.bytes();
        boolean[] drop = new boolean[data.length];
        if (k instanceof PySlice sl) {
            SliceIndices si = indices(sl, data.length, ts);
            for (int i = 0; i < si.length(); i++) drop[si.index(i)] = true;
        } else {
            long i = intIndex(k, "bytearray", ts);
            if (i < 0) i += data.length;
            if (i < 0 || i >= data.length) throw ExcTypes.raise(ExcTypes.INDEX_ERROR, "bytearray index out of range", ts);
            drop[(int) i] = true;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length);
        for (int i = 0; i < data.length; i++) if (!drop[i]) out.write(data[i]);
        b.setBytes(out.toByteArray(), ts);
    }
}
