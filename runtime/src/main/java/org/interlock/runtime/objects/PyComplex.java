package org.interlock.runtime.objects;

import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.parser.PyRepr;

/**
 * Python's {@code complex}: an immutable pair of doubles. Hash and equality agree with
 * {@code int} and {@code float} for values with a zero imaginary part, as in CPython, so
 * {@code 1+0j} and {@code 1} are the same dictionary key. Arithmetic is in
 * {@code org.interlock.runtime.vm.ComplexOps}.
 */
public final class PyComplex extends PyObject {
    /** The {@code complex} type. */
    public static final PyType TYPE = PyType.builtin("complex");

    /** CPython's {@code _PyHASH_IMAG}: the multiplier of the imaginary part's hash. */
    private static final long HASH_IMAG = 1000003L;

    public final double real;
    public final double imag;

    private PyComplex(double real, double imag, ThreadState ts) {
        super(ts);
        this.real = real;
        this.imag = imag;
    }

    /** A new complex (a new reference). */
    public static PyComplex of(double real, double imag, ThreadState ts) {
        return new PyComplex(real, imag, ts);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public long pyHash(ThreadState ts) {
        // NaN parts hash by identity, as a NaN float does (3.10+).
        if (Double.isNaN(real) || Double.isNaN(imag)) return super.pyHash(ts);
        long h = PyFloat.hashOf(real) + HASH_IMAG * PyFloat.hashOf(imag);
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (other instanceof PyComplex c) return real == c.real && imag == c.imag;
        if (imag != 0) return false;
        if (other instanceof PyFloat f) return real == f.value();
        if (other instanceof PyInt i) return i.compareToDouble(real) == 0;
        return false;
    }

    /** {@code repr(self)}: {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}. */
    public String repr() {
        if (real == 0 && Math.copySign(1.0, real) > 0) {
            return PyRepr.complexPart(imag) + "j";
        }
        String re = PyRepr.complexPart(real);
        String im = PyRepr.complexPart(imag);
        if (!im.startsWith("-")) im = "+" + im;
        return "(" + re + im + "j)";
    }

    @Override
    public String toString() {
        return repr();
    }
}
