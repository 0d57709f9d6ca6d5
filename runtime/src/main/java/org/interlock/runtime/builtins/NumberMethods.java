package org.interlock.runtime.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.interlock.object.PyBool;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;
import org.interlock.runtime.vm.Repr;

/** {@code int}, {@code bool}, {@code float}: constructors, methods, {@code round}. */
final class NumberMethods {
    private NumberMethods() {}

    static void init() {
        TypeInfo i = TypeInfo.of(PyInt.TYPE);
        i.constructor = (t, a, kw, ts) -> {
            Args.onlyKw("int", kw, ts, "base");
            PyObject base = Args.arg(a, kw, 1, "base");
            if (Args.npos(a, kw) == 0) return PyInt.of(0, ts);
            return toInt(a[0], base == null ? -1 : (int) Ops.index(base, ts), ts);
        };
        i.method("bit_length", (s, a, kw, ts) -> PyInt.of(((PyInt) s).bitLength(), ts));
        i.method("bit_count", (s, a, kw, ts) -> PyInt.of(big((PyInt) s).abs().bitCount(), ts));
        i.method("as_integer_ratio", (s, a, kw, ts) -> PyTuple.fromNewRefs(
                new PyObject[] {PyInt.of(big((PyInt) s), ts), PyInt.of(1, ts)}, ts));
        i.method("conjugate", (s, a, kw, ts) -> Ops.incref(s, ts));
        i.method("__index__", (s, a, kw, ts) -> Ops.incref(s, ts));
        for (String m : new String[] {"__floor__", "__ceil__", "__trunc__"}) {
            i.method(m, (s, a, kw, ts) -> s.type() == PyInt.TYPE ? Ops.incref(s, ts) : PyInt.of(big((PyInt) s), ts));
        }
        i.method("__int__", (s, a, kw, ts) -> Ops.incref(s, ts));
        i.method("__float__", (s, a, kw, ts) -> PyFloat.of(((PyInt) s).toDouble(), ts));
        i.method("__round__", (s, a, kw, ts) -> round(s, a.length > 0 ? a[0] : null, ts));
        i.method("__abs__", (s, a, kw, ts) -> PyInt.abs((PyInt) s, ts));
        i.method("__hash__", (s, a, kw, ts) -> PyInt.of(s.pyHash(ts), ts));
        i.method("__repr__", (s, a, kw, ts) -> Repr.reprObj(s, ts));
        i.method("__str__", (s, a, kw, ts) -> Repr.reprObj(s, ts));
        i.method("__format__", (s, a, kw, ts) -> PyStr.of(org.interlock.runtime.vm.Format.format(s, a[0].toString(), ts), ts));
        i.method("to_bytes", (s, a, kw, ts) -> {
            Args.onlyKw("to_bytes", kw, ts, "length", "byteorder", "signed");
            PyObject lenArg = Args.arg(a, kw, 0, "length");
            long len = lenArg == null ? 1 : Ops.index(lenArg, ts);
            boolean little = littleEndian("to_bytes", Args.arg(a, kw, 1, "byteorder"), ts);
            PyObject signedArg = Args.kw(a, kw, "signed");
            boolean signed = signedArg != null && Ops.isTrue(signedArg, ts);
            if (len < 0) throw ExcTypes.valueError("length argument must be non-negative", ts);
            BigInteger v = big((PyInt) s);
            if (!signed && v.signum() < 0) {
                throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "can't convert negative int to unsigned", ts);
            }
            if (v.bitLength() + (signed ? 1 : 0) > 8 * len && v.signum() != 0) {
                throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "int too big to convert", ts);
            }
            // Two's complement, sign-extended to len bytes.
            byte[] b = v.toByteArray();
            byte[] out = new byte[(int) len];
            byte fill = (byte) (v.signum() < 0 ? 0xFF : 0);
            for (int k = 0; k < len; k++) {
                int from = b.length - 1 - k;
                out[(int) len - 1 - k] = from >= 0 ? b[from] : fill;
            }
            if (little) reverse(out);
            return new PyBytes(out, false, ts);
        });
        i.attr("from_bytes", new org.interlock.runtime.objects.PyBuiltin("from_bytes", false, "int", (s, a, kw, ts) -> {
            Args.onlyKw("from_bytes", kw, ts, "bytes", "byteorder", "signed");
            PyObject src = Args.arg(a, kw, 0, "bytes");
            if (src == null) throw ExcTypes.typeError("from_bytes() missing required argument 'bytes' (pos 1)", ts);
            if (src instanceof PyStr) throw ExcTypes.typeError("cannot convert 'str' object to bytes", ts);
            byte[] b = ArgAccess.bytesOf(src, ts).clone();
            boolean little = littleEndian("from_bytes", Args.arg(a, kw, 1, "byteorder"), ts);
            PyObject signedArg = Args.kw(a, kw, "signed");
            boolean signed = signedArg != null && Ops.isTrue(signedArg, ts);
            if (little) reverse(b);
            if (b.length == 0) return PyInt.of(0, ts);
            return PyInt.of(signed ? new BigInteger(b) : new BigInteger(1, b), ts);
        }));
        TypeInfo b = TypeInfo.of(PyBool.TYPE);
        b.constructor = (t, a, kw, ts) -> {
            Args.check("bool", a, kw, 0, 1, ts);
            return PyBool.of(a.length > 0 && Ops.isTrue(a[0], ts));
        };
        b.method("__repr__", (s, a, kw, ts) -> Repr.reprObj(s, ts));
        TypeInfo f = TypeInfo.of(PyFloat.TYPE);
        f.constructor = (t, a, kw, ts) -> {
            Args.check("float", a, kw, 0, 1, ts);
            if (a.length == 0) return PyFloat.of(0.0, ts);
            return toFloat(a[0], ts);
        };
        f.method("is_integer", (s, a, kw, ts) -> {
            double v = ((PyFloat) s).value();
            return PyBool.of(!Double.isInfinite(v) && v == Math.floor(v));
        });
        f.method("__round__", (s, a, kw, ts) -> round(s, a.length > 0 ? a[0] : null, ts));
        f.method("__int__", (s, a, kw, ts) -> toInt(s, -1, ts));
        f.method("__float__", (s, a, kw, ts) -> Ops.incref(s, ts));
        f.method("__repr__", (s, a, kw, ts) -> Repr.reprObj(s, ts));
        f.method("__hash__", (s, a, kw, ts) -> PyInt.of(s.pyHash(ts), ts));
        f.method("__format__", (s, a, kw, ts) -> PyStr.of(org.interlock.runtime.vm.Format.format(s, a[0].toString(), ts), ts));
        f.method("conjugate", (s, a, kw, ts) -> Ops.incref(s, ts));
        f.method("as_integer_ratio", (s, a, kw, ts) -> {
            double v = ((PyFloat) s).value();
            if (Double.isInfinite(v)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio", ts);
            if (Double.isNaN(v)) throw ExcTypes.valueError("cannot convert NaN to integer ratio", ts);
            BigDecimal d = new BigDecimal(v);
            BigInteger num = d.unscaledValue(), den = BigInteger.ONE;
            if (d.scale() > 0) den = BigInteger.TEN.pow(d.scale());
            else num = num.multiply(BigInteger.TEN.pow(-d.scale()));
            BigInteger g = num.gcd(den);
            if (g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
            return PyTuple.fromNewRefs(new PyObject[] {PyInt.of(num, ts), PyInt.of(den, ts)}, ts);
        });
        f.method("hex", (s, a, kw, ts) -> PyStr.of(floatHex(((PyFloat) s).value()), ts));
        f.attr("fromhex", new org.interlock.runtime.objects.PyBuiltin("fromhex", false, "float", (s, a, kw, ts) -> {
            Args.check("fromhex", a, kw, 1, 1, ts);
            if (!(a[0] instanceof PyStr str)) throw ExcTypes.typeError("must be str, not " + Ops.typeName(a[0]), ts);
            return PyFloat.of(fromHex(str.value(), ts), ts);
        }));
    }

    /** int.to_bytes/from_bytes's byteorder: "big" (the default) or "little". */
    private static boolean littleEndian(String fname, PyObject order, ThreadState ts) {
        if (order == null) return false;
        if (!(order instanceof PyStr o)) {
            throw ExcTypes.typeError(fname + "() argument 'byteorder' must be str, not " + Ops.typeName(order), ts);
        }
        return switch (o.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw ExcTypes.valueError("byteorder must be either 'little' or 'big'", ts);
        };
    }

    private static void reverse(byte[] b) {
        for (int k = 0; k < b.length / 2; k++) {
            byte x = b[k];
            b[k] = b[b.length - 1 - k];
            b[b.length - 1 - k] = x;
        }
    }

    static BigInteger big(PyInt i) {
        return i.isSmall() ? BigInteger.valueOf(i.longValue()) : i.bigValue();
    }

    static PyObject toInt(PyObject o, int base, ThreadState ts) {
        if (base != -1 && !(o instanceof PyStr) && !(o instanceof PyBytes)) {
            throw ExcTypes.typeError("int() can't convert non-string with explicit base", ts);
        }
        if (o instanceof PyBool bo) return PyInt.of(bo.longValue(), ts);
        if (o instanceof PyInt) return Ops.incref(o, ts);
        if (o instanceof PyFloat f) {
            double v = f.value();
            if (Double.isNaN(v)) throw ExcTypes.valueError("cannot convert float NaN to integer", ts);
            if (Double.isInfinite(v)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer", ts);
            if (Math.abs(v) < 9e18) return PyInt.of((long) v, ts);
            return PyInt.of(new BigDecimal(v).toBigInteger(), ts);
        }
        if (o instanceof PyStr ps) return parseInt(ps.value(), base == -1 ? 10 : base, ts);
        if (o instanceof PyBytes pb) return parseIntBytes(pb.bytes(), base == -1 ? 10 : base, ts);
        for (org.interlock.object.PyStr n : new org.interlock.object.PyStr[] {Names.__int__, Names.__index__,
                org.interlock.object.PyStr.intern("__trunc__")}) {
            PyObject m = Ops.special(o, n, ts);
            if (m != null) {
                PyObject r = Ops.callSpecial(m, o, ts);
                if (!(r instanceof PyInt)) {
                    ts.refs.decref(r, ts);
                    throw ExcTypes.typeError("__int__ returned non-int (type " + Ops.typeName(r) + ")", ts);
                }
                return r;
            }
        }
        throw ExcTypes.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Ops.typeName(o) + "'", ts);
    }

    /**
     * {@code int(b"...")}: only ASCII digits, letters, signs and underscores, with ASCII
     * whitespace around them (not the Unicode digits and spaces a str may have), as CPython
     * parses the bytes as a C string; the error shows the bytes' repr.
     */
    static PyObject parseIntBytes(byte[] b, int base, ThreadState ts) {
        boolean ascii = true;
        for (byte x : b) if (x < 0 || x >= 0x1c && x <= 0x1f) ascii = false;
        if (ascii) {
            try {
                return parseInt(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), base, ts);
            } catch (PyException e) {
                if (!Ops.isInstance(e.exc, ExcTypes.VALUE_ERROR) || !e.exc.messageForJava().startsWith("invalid literal")) {
                    throw e;
                }
                ts.refs.decref(e.exc, ts);
            }
        } else if (base != 0 && (base < 2 || base > 36)) {
            throw ExcTypes.valueError("int() base must be >= 2 and <= 36, or 0", ts);
        }
        throw ExcTypes.valueError("invalid literal for int() with base " + base + ": " + Repr.bytesRepr(b, false), ts);
    }

    static PyObject parseInt(String s, int base, ThreadState ts) {
        if (base != 0 && (base < 2 || base > 36)) throw ExcTypes.valueError("int() base must be >= 2 and <= 36, or 0", ts);
        String t = stripPySpace(s);
        int n = t.length(), i = 0;
        boolean neg = false;
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < n && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : -1;
            if (pb != -1 && (b == 0 || b == pb)) {
                b = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean zeroOnly = false;
        if (b == 0) {
            b = 10;
            zeroOnly = i < n && t.charAt(i) == '0';
        }
        // digits, with single underscores between digits (and one directly after a prefix)
        StringBuilder digits = new StringBuilder(n - i);
        boolean ok = i < n;
        boolean lastUnderscore = false;
        for (int j = i; j < n && ok; j++) {
            char c = t.charAt(j);
            if (c == '_') {
                if (lastUnderscore || (j == i && !prefixed)) ok = false;
                lastUnderscore = true;
                continue;
            }
            int d = digitValue(c);
            if (d < 0 || d >= b) ok = false;
            else digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (lastUnderscore || digits.length() == 0) ok = false;
        if (ok && zeroOnly && !digits.chars().allMatch(c -> c == '0')) ok = false;
        if (ok) {
            if (b == 10 && digits.length() > 4300) {
                throw ExcTypes.valueError("Exceeds the limit (4300 digits) for integer string conversion: value has "
                        + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit", ts);
            }
            BigInteger v = new BigInteger(digits.toString(), b);
            return PyInt.of(neg ? v.negate() : v, ts);
        }
        throw ExcTypes.valueError("invalid literal for int() with base " + base + ": " + Repr.strRepr(s), ts);
    }

    /** A digit's value in bases up to 36: Unicode decimal digits and ASCII letters; -1 otherwise. */
    private static int digitValue(char c) {
        if (c < 128) {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'z') return c - 'a' + 10;
            if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
            return -1;
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
    }

    /** Replaces Unicode decimal digits by their ASCII forms, as float() reads them. */
    private static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Strips the characters str.isspace() accepts from both ends, as int() and float() do. */
    static String stripPySpace(String s) {
        int a = 0, e = s.length();
        while (a < e && isPySpace(s.charAt(a))) a++;
        while (e > a && isPySpace(s.charAt(e - 1))) e--;
        return s.substring(a, e);
    }

    static boolean isPySpace(int c) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        return c == 0x85 || Character.isSpaceChar(c);
    }

    static PyObject toFloat(PyObject o, ThreadState ts) {
        if (o instanceof PyFloat) return Ops.incref(o, ts);
        if (o instanceof PyInt i) return PyFloat.of(org.interlock.runtime.vm.Arith.toDoublePublic(i, ts), ts);
        if (o instanceof PyStr ps) return PyFloat.of(parseFloat(ps.value(), ts), ts);
        PyObject m = Ops.special(o, Names.__float__, ts);
        if (m != null) return Ops.callSpecial(m, o, ts);
        m = Ops.special(o, Names.__index__, ts);
        if (m != null) {
            PyObject r = Ops.callSpecial(m, o, ts);
            try {
                return PyFloat.of(((PyInt) r).toDouble(), ts);
            } finally {
                ts.refs.decref(r, ts);
            }
        }
        throw ExcTypes.typeError("float() argument must be a string or a real number, not '" + Ops.typeName(o) + "'", ts);
    }

    static double parseFloat(String s, ThreadState ts) {
        String t = asciiDigits(stripPySpace(s)).toLowerCase(java.util.Locale.ROOT);
        String u = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        boolean neg = t.startsWith("-");
        if (u.equals("inf") || u.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (u.equals("nan")) return Double.NaN;
        if (!u.isEmpty() && u.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?") && u.matches(".*\\d.*")
                && !u.startsWith("e")) {
            try {
                return Double.parseDouble(t.replace("_", ""));
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw ExcTypes.valueError("could not convert string to float: " + Repr.strRepr(s), ts);
    }

    /** {@code round(x[, n])}. */
    static PyObject round(PyObject x, PyObject nd, ThreadState ts) {
        if (x instanceof PyInt i) {
            if (nd == null) return PyInt.of(big(i), ts);
            long n = Ops.index(nd, ts);
            if (n >= 0) return PyInt.of(big(i), ts);
            BigDecimal d = new BigDecimal(big(i)).setScale((int) n, RoundingMode.HALF_EVEN);
            return PyInt.of(d.toBigInteger(), ts);
        }
        if (x instanceof PyFloat f) {
            double v = f.value();
            if (nd == null) {
                if (Double.isNaN(v)) throw ExcTypes.valueError("cannot convert float NaN to integer", ts);
                if (Double.isInfinite(v)) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer", ts);
                double r = Math.rint(v);
                if (Math.abs(r) < 9e18) return PyInt.of((long) r, ts);
                return PyInt.of(new BigDecimal(r).toBigInteger(), ts);
            }
            long n = Ops.index(nd, ts);
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return PyFloat.of(v, ts);
            if (n > 330) return PyFloat.of(v, ts);
            if (n < -330) return PyFloat.of(0.0 * Math.signum(v), ts);
            double r = new BigDecimal(v).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
            if (r == 0) r = Math.copySign(0.0, v);
            return PyFloat.of(r, ts);
        }
        PyObject m = Ops.special(x, Names.__round__, ts);
        if (m == null) throw ExcTypes.typeError("type " + Ops.typeName(x) + " doesn't define __round__ method", ts);
        return nd == null ? Ops.callSpecial(m, x, ts) : Ops.callSpecial(m, x, ts, nd);
    }

    /** {@code float.hex()}: CPython's form, {@code [-]0x1.<13 hex digits>p<exp>} ({@code 0x0.} for subnormals). */
    static String floatHex(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(v) < 0) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(v);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int exp = (int) ((bits >>> 52) & 0x7FF);
        String lead = exp == 0 ? "0" : "1";
        int e = exp == 0 ? -1022 : exp - 1023;
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + (e >= 0 ? "+" : "") + e;
    }

    private static final java.util.regex.Pattern HEX_FLOAT = java.util.regex.Pattern.compile(
            "([+-]?)(?:0[xX])?([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)(?:[pP]([+-]?[0-9]+))?");

    /** {@code float.fromhex}: the syntax check is ours; the correctly rounded value is Java's hex-literal parser's. */
    static double fromHex(String text, ThreadState ts) {
        String t = text.strip();
        String u = t.toLowerCase(java.util.Locale.ROOT);
        String body = u.startsWith("+") || u.startsWith("-") ? u.substring(1) : u;
        boolean neg = u.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        java.util.regex.Matcher m = HEX_FLOAT.matcher(t);
        if (!m.matches()) throw ExcTypes.valueError("invalid hexadecimal floating-point string", ts);
        String exp = m.group(3) == null ? "0" : m.group(3);
        double r;
        if (exp.replaceFirst("^[+-]", "").length() > 9) {
            // Java's parser takes the exponent as an int: decide the out-of-range cases here
            boolean zero = m.group(2).replace(".", "").matches("0*");
            if (zero || exp.startsWith("-")) r = 0.0;
            else r = Double.POSITIVE_INFINITY;
        } else {
            r = Double.parseDouble("0x" + m.group(2) + "p" + exp);
        }
        if (Double.isInfinite(r)) {
            throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "hexadecimal value too large to represent as a float", ts);
        }
        return neg ? -r : r;
    }
}
