package org.interlock.runtime.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.interlock.object.PyDict;
import org.interlock.object.PyFloat;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyClass;

/**
 * {@code format()} with the format-spec mini-language (fill, align, sign, {@code #}, {@code 0},
 * width, grouping, precision, type) and {@code str % args}. Floats are rounded from their
 * exact binary value, half to even, as CPython's dtoa does.
 */
public final class Format {
    private Format() {}

    private record Spec(char fill, char align, char sign, boolean noNegZero, boolean alt, int width, char group,
                        int precision, char type) {}

    /**
     * Parses a format spec as CPython's int, float and str {@code __format__} do; {@code defaultType}
     * is the type an absent type letter stands for ('d', 's', or 0 for floats) and {@code defaultAlign}
     * the alignment of the kind ('>' for numbers, '<' for strings).
     */
    private static Spec parse(String s, char defaultType, char defaultAlign, String typeName, ThreadState ts) {
        int i = 0, n = s.length();
        char fill = ' ', align = 0, sign = 0, group = 0, type = defaultType;
        boolean alt = false, noNegZero = false, fillGiven = false;
        int width = -1, prec = -1;
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            fill = s.charAt(0);
            align = s.charAt(1);
            fillGiven = true;
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') {
            noNegZero = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (!fillGiven && i < n && s.charAt(i) == '0') {
            fill = '0';
            if (align == 0 && defaultAlign == '>') align = '=';
            i++;
        }
        int st = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        if (i > st) width = parseCount(s.substring(st, i), ts);
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            group = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_') && s.charAt(i) != group) {
                throw ExcTypes.valueError("Cannot specify both ',' and '_'.", ts);
            }
            if (i < n && s.charAt(i) == group && group == ',') {
                throw ExcTypes.valueError("Cannot specify both ',' and '_'.", ts);
            }
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
            if (i == st) throw ExcTypes.valueError("Format specifier missing precision", ts);
            prec = parseCount(s.substring(st, i), ts);
        }
        if (n - i > 1) {
            throw ExcTypes.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'", ts);
        }
        if (i < n) type = s.charAt(i);
        if (group != 0) {
            boolean ok = switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> true;
                case 'b', 'o', 'x', 'X' -> group == '_';
                default -> false;
            };
            if (!ok) {
                throw ExcTypes.valueError("Cannot specify '" + group + "' with '" + type + "'.", ts);
            }
        }
        return new Spec(fill, align, sign, noNegZero, alt, width, group, prec, type);
    }

    private static int parseCount(String digits, ThreadState ts) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw ExcTypes.valueError("Too many decimal digits in format string", ts);
        }
    }

    /** {@code format(v, spec)} as a Java string. */
    public static String format(PyObject v, String spec, ThreadState ts) {
        if (v.type() instanceof PyClass) {
            PyObject m = Ops.special(v, Names.__format__, ts);
            if (m != null && !(m instanceof PyBuiltin)) {
                PyObject r = Ops.callSpecial(m, v, ts, PyStr.of(spec, ts));
                try {
                    return Repr.str(r, ts);
                } finally {
                    ts.refs.decref(r, ts);
                }
            }
        }
        if (v instanceof PyInt i && !(v instanceof org.interlock.object.PyBool && spec.isEmpty())) {
            return formatInt(i, parse(spec, 'd', '>', Ops.typeName(v), ts), ts);
        }
        if (v instanceof PyFloat f) return formatFloat(f.value(), parse(spec, (char) 0, '>', Ops.typeName(v), ts), ts);
        if (v instanceof PyStr s) {
            if (spec.isEmpty()) return s.value();
            return formatStr(s.value(), parse(spec, 's', '<', Ops.typeName(v), ts), ts);
        }
        if (v instanceof org.interlock.runtime.objects.PyComplex c) return ComplexOps.format(c, spec, ts);
        if (!spec.isEmpty()) {
            throw ExcTypes.typeError("unsupported format string passed to " + Ops.typeName(v) + ".__format__", ts);
        }
        return Repr.str(v, ts);
    }

    private static String formatStr(String s, Spec sp, ThreadState ts) {
        if (sp.type != 's') {
            throw ExcTypes.valueError("Unknown format code '" + sp.type + "' for object of type 'str'", ts);
        }
        if (sp.sign != 0) throw ExcTypes.valueError("Sign not allowed in string format specifier", ts);
        if (sp.noNegZero) {
            throw ExcTypes.valueError("Negative zero coercion (z) not allowed in string format specifier", ts);
        }
        if (sp.alt) throw ExcTypes.valueError("Alternate form (#) not allowed in string format specifier", ts);
        if (sp.align == '=') throw ExcTypes.valueError("'=' alignment not allowed in string format specifier", ts);
        if (sp.precision >= 0 && s.codePointCount(0, s.length()) > sp.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, sp.precision));
        }
        return pad(s, "", sp, '<');
    }

    private static String pad(String body, String signPrefix, Spec sp, char defaultAlign) {
        char align = sp.align == 0 ? defaultAlign : sp.align;
        int len = body.codePointCount(0, body.length()) + signPrefix.length();
        if (sp.width <= len) return signPrefix + body;
        int padn = sp.width - len;
        String f = String.valueOf(sp.fill);
        return switch (align) {
            case '<' -> signPrefix + body + f.repeat(padn);
            case '^' -> f.repeat(padn / 2) + signPrefix + body + f.repeat(padn - padn / 2);
            case '=' -> signPrefix + f.repeat(padn) + body;
            default -> f.repeat(padn) + signPrefix + body;
        };
    }

    /**
     * A number laid out: sign and prefix, the integer digits grouped every {@code every} digits,
     * then {@code rest} (fraction, exponent, '%'). Zero fill with '=' alignment pads the digits
     * themselves, separators included, as CPython does.
     */
    private static String number(String signPrefix, String intDigits, String rest, Spec sp, int every) {
        if (sp.group != 0 && sp.fill == '0' && sp.align == '=' && sp.width > 0) {
            int want = sp.width - signPrefix.length() - rest.length();
            String raw = intDigits;
            while (group(raw, sp.group, every).length() < want) raw = "0" + raw;
            return signPrefix + group(raw, sp.group, every) + rest;
        }
        return pad(group(intDigits, sp.group, every) + rest, signPrefix, sp, '>');
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) return digits;
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String signOf(boolean neg, Spec sp) {
        if (neg) return "-";
        if (sp.sign == '+') return "+";
        if (sp.sign == ' ') return " ";
        return "";
    }

    private static String formatInt(PyInt i, Spec sp, ThreadState ts) {
        char t = sp.type;
        if ("eEfFgG%".indexOf(t) >= 0) return formatFloat(i.toDouble(), sp, ts);
        if ("bcdoxXn".indexOf(t) < 0) {
            throw ExcTypes.valueError("Unknown format code '" + t + "' for object of type 'int'", ts);
        }
        if (sp.precision >= 0) throw ExcTypes.valueError("Precision not allowed in integer format specifier", ts);
        if (sp.noNegZero) {
            throw ExcTypes.valueError("Negative zero coercion (z) not allowed in integer format specifier", ts);
        }
        BigInteger v = Arith.big(i);
        boolean neg = v.signum() < 0;
        BigInteger a = v.abs();
        if (t == 'c') {
            if (sp.sign != 0) throw ExcTypes.valueError("Sign not allowed with integer format specifier 'c'", ts);
            if (sp.alt) {
                throw ExcTypes.valueError("Alternate form (#) not allowed with integer format specifier 'c'", ts);
            }
            if (neg || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "%c arg not in range(0x110000)", ts);
            }
            return pad(new String(Character.toChars(v.intValue())), "", sp, '>');
        }
        String digits;
        String prefix = "";
        int every = 4;
        switch (t) {
            case 'x' -> { digits = a.toString(16); prefix = sp.alt ? "0x" : ""; }
            case 'X' -> { digits = a.toString(16).toUpperCase(); prefix = sp.alt ? "0X" : ""; }
            case 'o' -> { digits = a.toString(8); prefix = sp.alt ? "0o" : ""; }
            case 'b' -> { digits = a.toString(2); prefix = sp.alt ? "0b" : ""; }
            default -> { digits = a.toString(); every = 3; }
        }
        return number(signOf(neg, sp) + prefix, digits, "", sp, every);
    }

    private static String formatFloat(double x, Spec sp, ThreadState ts) {
        char t = sp.type;
        if (t != 0 && "eEfFgGn%".indexOf(t) < 0) {
            throw ExcTypes.valueError("Unknown format code '" + t + "' for object of type 'float'", ts);
        }
        boolean neg = x < 0 || (x == 0 && 1 / x < 0);
        double a = Math.abs(x);
        String body;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            body = Double.isNaN(x) ? "nan" : "inf";
            if (t == 'E' || t == 'F' || t == 'G') body = body.toUpperCase();
            neg = !Double.isNaN(x) && x < 0;
            if (t == '%') body += "%";
            return pad(body, signOf(neg, sp), sp, '>');
        }
        int p = sp.precision;
        switch (t) {
            case 'f', 'F' -> body = fixed(a, p < 0 ? 6 : p, sp.alt);
            case 'e', 'E' -> {
                body = sci(a, p < 0 ? 6 : p, sp.alt);
                if (t == 'E') body = body.toUpperCase();
            }
            case 'g', 'G', 'n' -> {
                body = general(a, p < 0 ? 6 : p == 0 ? 1 : p, sp.alt, false);
                if (t == 'G') body = body.toUpperCase();
            }
            case '%' -> body = fixed(a * 100, p < 0 ? 6 : p, sp.alt) + "%";
            default -> {
                if (p < 0) {
                    body = PyFloat.repr(a);
                    if (sp.alt && body.indexOf('.') < 0 && body.indexOf('e') >= 0) {
                        body = body.replace("e", ".e");
                    }
                } else {
                    body = general(a, p == 0 ? 1 : p, sp.alt, true);
                }
            }
        }
        if (neg && sp.noNegZero && body.chars().noneMatch(c -> c >= '1' && c <= '9')) neg = false;
        int end = 0;
        while (end < body.length() && body.charAt(end) >= '0' && body.charAt(end) <= '9') end++;
        return number(signOf(neg, sp), body.substring(0, end), body.substring(end), sp, 3);
    }

    static String fixed(double a, int prec, boolean alt) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (alt && prec == 0) s += ".";
        return s;
    }

    static String sci(double a, int prec, boolean alt) {
        if (a == 0) {
            String m = prec > 0 ? "0." + "0".repeat(prec) : (alt ? "0." : "0");
            return m + "e+00";
        }
        BigDecimal bd = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale();
        while (digits.length() < prec + 1) digits += "0";
        digits = digits.substring(0, prec + 1);
        String m = digits.substring(0, 1) + (prec > 0 ? "." + digits.substring(1) : (alt ? "." : ""));
        return m + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** The 'g' style; {@code noType} is the empty type (at least one digit after the point). */
    static String general(double a, int prec, boolean alt, boolean noType) {
        if (a == 0) {
            if (noType) return "0.0";
            return alt ? "0." + "0".repeat(prec - 1) : "0";
        }
        BigDecimal bd = new BigDecimal(a).round(new MathContext(prec, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale();
        String out;
        if (exp >= -4 && exp < (noType ? prec - 1 : prec)) {
            out = fixed(a, Math.max(0, prec - 1 - exp), alt);
            if (!alt && out.indexOf('.') >= 0) {
                out = out.replaceAll("0+$", "");
                if (out.endsWith(".")) out = noType ? out + "0" : out.substring(0, out.length() - 1);
            } else if (noType && out.indexOf('.') < 0) {
                out = out + ".0";
            }
        } else {
            out = sci(a, prec - 1, alt);
            if (!alt) {
                int e = out.indexOf('e');
                String m = out.substring(0, e);
                if (m.indexOf('.') >= 0) {
                    m = m.replaceAll("0+$", "");
                    if (m.endsWith(".")) m = m.substring(0, m.length() - 1);
                }
                out = m + out.substring(e);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ printf-style

    /** {@code fmt % args}. */
    public static String percent(String fmt, PyObject args, ThreadState ts) {
        return percent(fmt, args, false, ts);
    }

    /**
     * {@code fmt % args}; with {@code bytes} the format is a bytes object read as Latin-1, mapping
     * keys are bytes, {@code %s}/{@code %b} take bytes-like objects and {@code %r} is {@code %a}.
     */
    public static String percent(String fmt, PyObject args, boolean bytes, ThreadState ts) {
        PyObject[] items;
        PyDict mapping = null;
        if (args instanceof PyTuple t) {
            items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) items[i] = t.get(i);
        } else {
            items = new PyObject[] {args};
            if (args instanceof PyDict d) mapping = d;
        }
        int ai = 0;
        boolean keyed = false;
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            i++;
            if (i >= n) throw ExcTypes.valueError("incomplete format", ts);
            PyObject arg = null;
            if (fmt.charAt(i) == '%') {
                sb.append('%');
                continue;
            }
            if (fmt.charAt(i) == '(') {
                int close = i + 1, depth = 1;
                while (close < n && depth > 0) {
                    if (fmt.charAt(close) == '(') depth++;
                    else if (fmt.charAt(close) == ')') depth--;
                    if (depth > 0) close++;
                }
                if (close >= n) throw ExcTypes.valueError("incomplete format key", ts);
                String key = fmt.substring(i + 1, close);
                if (mapping == null) throw ExcTypes.typeError("format requires a mapping", ts);
                PyObject k = bytes ? new org.interlock.runtime.objects.PyBytes(
                        key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), false, ts) : PyStr.of(key, ts);
                keyed = true;
                arg = mapping.get(k, ts);
                if (arg == null) throw ExcTypes.raiseArgs(ExcTypes.KEY_ERROR, ts, k);
                ts.refs.decref(k, ts);
                ts.refs.decref(arg, ts); // borrowed from the mapping
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) flags.append(fmt.charAt(i++));
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                width = (int) Ops.index(items[ai++], ts);
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > st) width = Integer.parseInt(fmt.substring(st, i));
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    prec = (int) Ops.index(items[ai++], ts);
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = i > st ? Integer.parseInt(fmt.substring(st, i)) : 0;
                }
            }
            if (i >= n) throw ExcTypes.valueError("incomplete format", ts);
            char conv = fmt.charAt(i);
            if (arg == null) {
                if (ai >= items.length || keyed) throw ExcTypes.typeError("not enough arguments for format string", ts);
                arg = items[ai++];
            }
            String fl = flags.toString();
            boolean left = fl.contains("-");
            String body;
            String sign = "";
            switch (conv) {
                case 's' -> body = bytes ? bytesArg(arg, ts) : Repr.str(arg, ts);
                case 'b' -> {
                    if (!bytes) throw unsupported(conv, i, ts);
                    body = bytesArg(arg, ts);
                }
                case 'r' -> body = bytes ? Repr.ascii(Repr.repr(arg, ts)) : Repr.repr(arg, ts);
                case 'a' -> body = Repr.ascii(Repr.repr(arg, ts));
                case 'd', 'i', 'u' -> {
                    PyInt v = toInt(arg, conv, ts);
                    BigInteger b = Arith.big(v);
                    body = b.abs().toString();
                    if (prec > body.length()) body = "0".repeat(prec - body.length()) + body;
                    sign = b.signum() < 0 ? "-" : fl.contains("+") ? "+" : fl.contains(" ") ? " " : "";
                    if (v != arg) ts.refs.decref(v, ts);
                }
                case 'x', 'X', 'o' -> {
                    if (!(arg instanceof PyInt) && Ops.special(arg, Names.__index__, ts) == null) {
                        throw ExcTypes.typeError("%" + conv + " format: an integer is required, not "
                                + Ops.typeName(arg), ts);
                    }
                    PyInt v = toInt(arg, conv, ts);
                    BigInteger b = Arith.big(v);
                    body = b.abs().toString(conv == 'o' ? 8 : 16);
                    if (conv == 'X') body = body.toUpperCase();
                    if (fl.contains("#")) body = (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") + body;
                    sign = b.signum() < 0 ? "-" : fl.contains("+") ? "+" : fl.contains(" ") ? " " : "";
                    if (v != arg) ts.refs.decref(v, ts);
                }
                case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                    double d = toDouble(arg, ts);
                    int p = prec < 0 ? 6 : prec;
                    double a = Math.abs(d);
                    if (Double.isNaN(d) || Double.isInfinite(d)) body = Double.isNaN(d) ? "nan" : "inf";
                    else if (conv == 'f' || conv == 'F') body = fixed(a, p, fl.contains("#"));
                    else if (conv == 'e' || conv == 'E') body = sci(a, p, fl.contains("#"));
                    else body = general(a, p == 0 ? 1 : p, fl.contains("#"), false);
                    if (Character.isUpperCase(conv)) body = body.toUpperCase();
                    boolean neg = d < 0 || (d == 0 && 1 / d < 0);
                    sign = neg ? "-" : fl.contains("+") ? "+" : fl.contains(" ") ? " " : "";
                }
                case 'c' -> body = percentChar(arg, bytes, ts);
                default -> throw unsupported(conv, i, ts);
            }
            if ((conv == 's' || conv == 'r' || conv == 'a') && prec >= 0 && body.length() > prec) body = body.substring(0, prec);
            int len = sign.length() + body.length();
            if (width > len) {
                if (left) body = sign + body + " ".repeat(width - len);
                else if (fl.contains("0") && "sraCc".indexOf(conv) < 0) body = sign + "0".repeat(width - len) + body;
                else body = " ".repeat(width - len) + sign + body;
            } else {
                body = sign + body;
            }
            sb.append(body);
        }
        if (ai < items.length && mapping == null && !(args instanceof PyTuple t && t.size() == 0 && ai == 0)) {
            throw ExcTypes.typeError("not all arguments converted during string formatting", ts);
        }
        return sb.toString();
    }

    private static RuntimeException unsupported(char conv, int i, ThreadState ts) {
        return ExcTypes.valueError("unsupported format character '" + conv + "' (0x"
                + Integer.toHexString(conv) + ") at index " + i, ts);
    }

    private static String percentChar(PyObject arg, boolean bytes, ThreadState ts) {
        if (bytes) {
            if (arg instanceof org.interlock.runtime.objects.PyBytes b && b.bytes().length == 1) {
                return String.valueOf((char) (b.bytes()[0] & 0xFF));
            }
            if (arg instanceof PyInt) {
                long c = Ops.index(arg, ts);
                if (c < 0 || c > 255) throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "%c arg not in range(256)", ts);
                return String.valueOf((char) c);
            }
            throw ExcTypes.typeError("%c requires an integer in range(256) or a single byte", ts);
        }
        if (arg instanceof PyStr s) {
            if (s.value().codePointCount(0, s.value().length()) == 1) return s.value();
            throw ExcTypes.typeError("%c requires int or char", ts);
        }
        if (!(arg instanceof PyInt) && Ops.special(arg, Names.__index__, ts) == null) {
            throw ExcTypes.typeError("%c requires int or char", ts);
        }
        BigInteger v = arg instanceof PyInt i ? Arith.big(i) : BigInteger.valueOf(Ops.index(arg, ts));
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
            throw ExcTypes.raise(ExcTypes.OVERFLOW_ERROR, "%c arg not in range(0x110000)", ts);
        }
        return new String(Character.toChars(v.intValue()));
    }

    /** A {@code %s} / {@code %b} argument of bytes formatting, as Latin-1 text. */
    private static String bytesArg(PyObject arg, ThreadState ts) {
        if (arg instanceof org.interlock.runtime.objects.PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        PyObject m = Ops.special(arg, PyStr.intern("__bytes__"), ts);
        if (m != null) {
            PyObject r = Ops.callSpecial(m, arg, ts);
            try {
                if (r instanceof org.interlock.runtime.objects.PyBytes b) {
                    return new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                throw ExcTypes.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")", ts);
            } finally {
                ts.refs.decref(r, ts);
            }
        }
        throw ExcTypes.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + Ops.typeName(arg) + "'", ts);
    }

    private static PyInt toInt(PyObject arg, char conv, ThreadState ts) {
        if (arg instanceof PyInt i) return i;
        if (arg instanceof PyFloat f) return PyInt.of(new BigDecimal(f.value()).toBigInteger(), ts);
        throw ExcTypes.typeError("%" + conv + " format: a real number is required, not " + Ops.typeName(arg), ts);
    }

    private static double toDouble(PyObject arg, ThreadState ts) {
        if (arg instanceof PyFloat f) return f.value();
        if (arg instanceof PyInt i) return i.toDouble();
        throw ExcTypes.typeError("must be real number, not " + Ops.typeName(arg), ts);
    }
}
