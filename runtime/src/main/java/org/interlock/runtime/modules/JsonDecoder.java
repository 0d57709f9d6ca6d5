package org.interlock.runtime.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Ops;

/**
 * The JSON parser of {@code json.loads}: CPython 3.11's scanner rules and error messages
 * (a {@link Failure} carries the message and the char index; the module turns it into
 * {@code json.JSONDecodeError} with the index in code points). Hooks are called as CPython
 * calls them: {@code object_pairs_hook} with a list of pairs (before {@code object_hook}),
 * {@code parse_float}/{@code parse_int}/{@code parse_constant} with the literal's text.
 */
final class JsonDecoder {
    /** A syntax error at a char index of the document. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int index;

        Failure(String msg, int index) {
            super(msg, null, false, false);
            this.index = index;
        }
    }

    private final String s;
    private final boolean strict;
    private final PyObject objectHook, pairsHook, parseFloat, parseInt, parseConstant;

    JsonDecoder(String s, boolean strict, PyObject objectHook, PyObject pairsHook, PyObject parseFloat, PyObject parseInt,
            PyObject parseConstant) {
        this.s = s;
        this.strict = strict;
        this.objectHook = objectHook;
        this.pairsHook = pairsHook;
        this.parseFloat = parseFloat;
        this.parseInt = parseInt;
        this.parseConstant = parseConstant;
    }

    /** The value starting exactly at {@code idx} (new reference) and the index after it in {@code end[0]}. */
    PyObject scan(int idx, int[] end, ThreadState ts) {
        return value(idx, end, ts);
    }

    int skipWs(int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
            i++;
        }
        return i;
    }

    private boolean at(int i, String word) {
        return s.startsWith(word, i);
    }

    private PyObject value(int i, int[] end, ThreadState ts) {
        if (i >= s.length()) throw new Failure("Expecting value", i);
        char c = s.charAt(i);
        switch (c) {
            case '"':
                return string(i + 1, end, ts);
            case '{':
                return object(i + 1, end, ts);
            case '[':
                return array(i + 1, end, ts);
            case 'n':
                if (at(i, "null")) {
                    end[0] = i + 4;
                    return Ops.NONE;
                }
                break;
            case 't':
                if (at(i, "true")) {
                    end[0] = i + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (at(i, "false")) {
                    end[0] = i + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (at(i, "NaN")) {
                    end[0] = i + 3;
                    return constant("NaN", Double.NaN, ts);
                }
                break;
            case 'I':
                if (at(i, "Infinity")) {
                    end[0] = i + 8;
                    return constant("Infinity", Double.POSITIVE_INFINITY, ts);
                }
                break;
            case '-':
                if (at(i, "-Infinity")) {
                    end[0] = i + 9;
                    return constant("-Infinity", Double.NEGATIVE_INFINITY, ts);
                }
                break;
            default:
                break;
        }
        return number(i, end, ts);
    }

    private PyObject constant(String text, double v, ThreadState ts) {
        if (parseConstant == null) return PyFloat.of(v, ts);
        return callWith(parseConstant, text, ts);
    }

    private static PyObject callWith(PyObject f, String text, ThreadState ts) {
        PyObject arg = PyStr.of(text, ts);
        try {
            return Calls.call1(f, arg, ts);
        } finally {
            ts.refs.decref(arg, ts);
        }
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private PyObject number(int start, int[] end, ThreadState ts) {
        int n = s.length();
        int i = start;
        if (i < n && s.charAt(i) == '-') i++;
        if (i < n && s.charAt(i) == '0') {
            i++;
        } else if (i < n && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (i < n && digit(s.charAt(i))) i++;
        } else {
            throw new Failure("Expecting value", start);
        }
        boolean isFloat = false;
        if (i + 1 < n && s.charAt(i) == '.' && digit(s.charAt(i + 1))) {
            i += 2;
            while (i < n && digit(s.charAt(i))) i++;
            isFloat = true;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            if (j < n && digit(s.charAt(j))) {
                while (j < n && digit(s.charAt(j))) j++;
                i = j;
                isFloat = true;
            }
        }
        end[0] = i;
        String text = s.substring(start, i);
        if (isFloat) {
            if (parseFloat != null) return callWith(parseFloat, text, ts);
            return PyFloat.of(Double.parseDouble(text), ts);
        }
        if (parseInt != null) return callWith(parseInt, text, ts);
        if (text.length() < 19) return PyInt.of(Long.parseLong(text), ts);
        return PyInt.of(new BigInteger(text), ts);
    }

    private PyObject string(int i, int[] end, ThreadState ts) {
        int begin = i - 1;
        int n = s.length();
        StringBuilder sb = null;
        int chunk = i;
        while (true) {
            if (i >= n) throw new Failure("Unterminated string starting at", begin);
            char c = s.charAt(i);
            if (c == '"') break;
            if (c < 0x20 && strict) throw new Failure("Invalid control character at", i);
            if (c != '\\') {
                i++;
                continue;
            }
            if (sb == null) sb = new StringBuilder();
            sb.append(s, chunk, i);
            int bs = i;
            i++;
            if (i >= n) throw new Failure("Unterminated string starting at", begin);
            char e = s.charAt(i);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) hex4(i + 1, bs + 1));
                    i += 4;
                }
                default -> throw new Failure("Invalid \\escape", bs);
            }
            i++;
            chunk = i;
        }
        end[0] = i + 1;
        String v = sb == null ? s.substring(chunk, i) : sb.append(s, chunk, i).toString();
        return PyStr.of(v, ts);
    }

    private int hex4(int i, int errAt) {
        if (i + 4 > s.length()) throw new Failure("Invalid \\uXXXX escape", errAt);
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 127) throw new Failure("Invalid \\uXXXX escape", errAt);
            v = v * 16 + d;
        }
        return v;
    }

    private PyObject array(int i, int[] end, ThreadState ts) {
        PyList list = new PyList(ts);
        try {
            i = skipWs(i);
            if (i < s.length() && s.charAt(i) == ']') {
                end[0] = i + 1;
                return list;
            }
            while (true) {
                PyObject v = value(i, end, ts);
                list.append(v, ts);
                ts.refs.decref(v, ts);
                i = skipWs(end[0]);
                if (i < s.length() && s.charAt(i) == ']') {
                    end[0] = i + 1;
                    return list;
                }
                if (i >= s.length() || s.charAt(i) != ',') throw new Failure("Expecting ',' delimiter", i);
                i = skipWs(i + 1);
            }
        } catch (RuntimeException | StackOverflowError e) {
            ts.refs.decref(list, ts);
            throw e;
        }
    }

    private PyObject object(int i, int[] end, ThreadState ts) {
        List<PyObject> pairs = new ArrayList<>(); // key, value, key, value ... (owned)
        try {
            i = skipWs(i);
            if (!(i < s.length() && s.charAt(i) == '}')) {
                while (true) {
                    if (i >= s.length() || s.charAt(i) != '"') {
                        throw new Failure("Expecting property name enclosed in double quotes", i);
                    }
                    PyObject key = string(i + 1, end, ts);
                    pairs.add(key);
                    i = skipWs(end[0]);
                    if (i >= s.length() || s.charAt(i) != ':') throw new Failure("Expecting ':' delimiter", i);
                    i = skipWs(i + 1);
                    pairs.add(value(i, end, ts));
                    i = skipWs(end[0]);
                    if (i < s.length() && s.charAt(i) == '}') break;
                    if (i >= s.length() || s.charAt(i) != ',') throw new Failure("Expecting ',' delimiter", i);
                    i = skipWs(i + 1);
                }
            }
            end[0] = i + 1;
            if (pairsHook != null) {
                PyObject[] tuples = new PyObject[pairs.size() / 2];
                for (int k = 0; k < tuples.length; k++) tuples[k] = PyTuple.of(ts, pairs.get(2 * k), pairs.get(2 * k + 1));
                PyList l = PyList.fromNewRefs(tuples, tuples.length, ts);
                try {
                    return Calls.call1(pairsHook, l, ts);
                } finally {
                    ts.refs.decref(l, ts);
                }
            }
            PyDict d = new PyDict(ts);
            for (int k = 0; k < pairs.size(); k += 2) d.set(pairs.get(k), pairs.get(k + 1), ts);
            if (objectHook == null) return d;
            try {
                return Calls.call1(objectHook, d, ts);
            } finally {
                ts.refs.decref(d, ts);
            }
        } finally {
            for (PyObject o : pairs) ts.refs.decref(o, ts);
        }
    }
}
