package org.interlock.runtime.modules;

import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Ops;

/**
 * {@code _json}: the Java halves of {@code lib/json}. {@code encode(obj, indent, item_sep,
 * key_sep, sort_keys, skipkeys, ensure_ascii, allow_nan, check_circular, default)} returns the
 * whole document ({@link JsonEncoder}); {@code scan(doc, idx, whole, strict, object_hook,
 * object_pairs_hook, parse_float, parse_int, parse_constant, error_class)} parses one value
 * ({@link JsonDecoder}) and returns {@code (value, end)}; with {@code whole} true it also
 * skips surrounding whitespace and refuses extra data, as {@code JSONDecoder.decode} does.
 * Syntax errors are raised as {@code error_class(msg, doc, pos)} (json.JSONDecodeError).
 * Hook arguments are None or a callable.
 */
final class JsonModule {
    private JsonModule() {}

    private static PyObject hook(PyObject o) {
        return o == Ops.NONE ? null : o;
    }

    private static String sep(PyObject o, ThreadState ts) {
        if (!(o instanceof PyStr s)) throw ExcTypes.typeError("separators must be str", ts);
        return s.value();
    }

    private static PyObject encode(PyObject[] a, ThreadState ts) {
        if (a.length != 10) throw ExcTypes.typeError("encode() takes 10 arguments", ts);
        String indent = a[1] == Ops.NONE ? null : sep(a[1], ts);
        JsonEncoder e = new JsonEncoder(indent, sep(a[2], ts), sep(a[3], ts), Ops.isTrue(a[4], ts), Ops.isTrue(a[5], ts),
                Ops.isTrue(a[6], ts), Ops.isTrue(a[7], ts), Ops.isTrue(a[8], ts), a[9]);
        return PyStr.of(e.encode(a[0], ts), ts);
    }

    private static PyObject scan(PyObject[] a, ThreadState ts) {
        if (a.length != 10) throw ExcTypes.typeError("scan() takes 10 arguments", ts);
        if (!(a[0] instanceof PyStr doc)) throw ExcTypes.typeError("first argument must be a string, not " + Ops.typeName(a[0]), ts);
        String s = doc.value();
        long idxCp = Ops.index(a[1], ts);
        boolean whole = Ops.isTrue(a[2], ts);
        JsonDecoder d = new JsonDecoder(s, Ops.isTrue(a[3], ts), hook(a[4]), hook(a[5]), hook(a[6]), hook(a[7]), hook(a[8]));
        PyObject errcls = a[9];
        int idx;
        if (idxCp < 0) throw ExcTypes.valueError("idx cannot be negative", ts);
        idx = idxCp >= doc.length() ? s.length() + (int) (idxCp - doc.length()) : doc.charOffset((int) idxCp);
        int[] end = new int[1];
        try {
            if (whole) {
                idx = d.skipWs(idx);
                PyObject v = d.scan(idx, end, ts);
                int e = d.skipWs(end[0]);
                if (e != s.length()) {
                    ts.refs.decref(v, ts);
                    throw new JsonDecoder.Failure("Extra data", e);
                }
                return PyTuple.fromNewRefs(new PyObject[] {v, PyInt.of(cp(doc, e), ts)}, ts);
            }
            PyObject v = d.scan(idx, end, ts);
            return PyTuple.fromNewRefs(new PyObject[] {v, PyInt.of(cp(doc, end[0]), ts)}, ts);
        } catch (JsonDecoder.Failure f) {
            PyObject msg = PyStr.of(f.getMessage(), ts);
            PyObject pos = PyInt.of(cp(doc, f.index), ts);
            PyObject exc;
            try {
                exc = Calls.call(errcls, new PyObject[] {msg, doc, pos}, null, ts);
            } finally {
                ts.refs.decref(msg, ts);
                ts.refs.decref(pos, ts);
            }
            if (!(exc instanceof PyBaseException be)) {
                ts.refs.decref(exc, ts);
                throw ExcTypes.typeError("error class did not make an exception", ts);
            }
            throw new PyException(be);
        }
    }

    private static int cp(PyStr doc, int charIndex) {
        return doc.isBmp() ? charIndex : doc.value().codePointCount(0, Math.min(charIndex, doc.value().length()));
    }

    static PyModule create(ThreadState ts) {
        PyModule m = new PyModule("_json", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.fn("encode", (s, a, kw, t) -> {
            try {
                return encode(a, t);
            } catch (StackOverflowError e) {
                throw ExcTypes.raise(ExcTypes.RECURSION_ERROR, "maximum recursion depth exceeded while encoding a JSON object", t);
            }
        });
        d.fn("scan", (s, a, kw, t) -> {
            try {
                return scan(a, t);
            } catch (StackOverflowError e) {
                throw ExcTypes.raise(ExcTypes.RECURSION_ERROR, "maximum recursion depth exceeded while decoding a JSON document", t);
            }
        });
        d.fn("encode_basestring_ascii", (s, a, kw, t) -> {
            if (a.length != 1 || !(a[0] instanceof PyStr)) throw ExcTypes.typeError("first argument must be a string", t);
            StringBuilder sb = new StringBuilder();
            JsonEncoder.quote(sb, ((PyStr) a[0]).value(), true);
            return PyStr.of(sb.toString(), t);
        });
        d.fn("encode_basestring", (s, a, kw, t) -> {
            if (a.length != 1 || !(a[0] instanceof PyStr)) throw ExcTypes.typeError("first argument must be a string", t);
            StringBuilder sb = new StringBuilder();
            JsonEncoder.quote(sb, ((PyStr) a[0]).value(), false);
            return PyStr.of(sb.toString(), t);
        });
        return m;
    }
}
