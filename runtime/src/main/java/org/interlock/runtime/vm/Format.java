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

    private record Spec(char fill, char align, char sign, boolean alt, boolean zero, int width, char group,
                        int precision, char type) {}

    private static Spec parse(String s, ThreadState ts) {
        int i = 0, n = s.length();
        char fill = ' ', align = 0, sign = 0, group = 0, type = 0;
        boolean alt = false, zero = false;
        int width = -1, prec = -1;
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            fill = s.charAt(0);
            align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') i++;
        if (i < n && s.charAt(i) == '#') {
            alt = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            zero = true;
            i++;
        }
        int st = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        if (i > st) width = Integer.parseInt(s.substring(st, i));
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) group = s.charAt(i++);
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i == st) throw ExcTypes.valueError("Format specifier missing precision", ts);
            prec = Integer.parseInt(s.substring(st, i));
        }
        if (i < n) type = s.charAt(i++);
        if (i < n) throw ExcTypes.valueError("Invalid format specifier", ts);
        if (zero && align == 0) {
            fill = '0';
            align = '=';
        }
        return new Spec(fill, align, sign, alt, zero, width, group, prec, type);
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
            return formatInt(i, parse(spec, ts), ts);
        }
        if (v instanceof PyFloat f) return formatFloat(f.value(), parse(spec, ts), ts);
        if (v instanceof PyStr s) return formatStr(s.value(), parse(spec, ts), ts);
        if (v instanceof org.interlock.runtime.objects.PyComplex c) return ComplexOps.format(c, spec, ts);
        if (!spec.isEmpty()) {
            throw ExcTypes.typeError("unsupported format string passed to " + Ops.typeName(v) + ".__format__", ts);
        }
        return Repr.str(v, ts);
    }

    private static String formatStr(String s, Spec sp, ThreadState ts) {
        if (sp.type != 0 && sp.type != 's') {
            throw ExcTypes.valueError("Unknown format code '" + sp.type + "' for object of type 'str'", ts);
        }
        if (sp.sign != 0) throw ExcTypes.valueError("Sign not allowed in string format specifier", ts);
        if (sp.precision >= 0 && s.length() > sp.precision) s = s.substring(0, sp.precision);
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
        if ("eEfFgG%".indexOf(t) >= 0 && t != 0) return formatFloat(i.toDouble(), sp, ts);
        if (sp.precision >= 0) throw ExcTypes.valueError("Precision not allowed in integer format specifier", ts);
        BigInteger v = Arith.big(i);
        boolean neg = v.signum() < 0;
        BigInteger a = v.abs();
        String digits;
        String prefix = "";
        switch (t) {
            case 0, 'd', 'n' -> digits = group(a.toString(), sp.group, 3);
            case 'x' -> { digits = group(a.toString(16), sp.group, 4); prefix = sp.alt ? "0x" : ""; }
            case 'X' -> { digits = group(a.toString(16).toUpperCase(), sp.group, 4); prefix = sp.alt ? "0X" : ""; }
            case 'o' -> { digits = group(a.toString(8), sp.group, 4); prefix = sp.alt ? "0o" : ""; }
            case 'b' -> { digits = group(a.toString(2), sp.group, 4); prefix = sp.alt ? "0b" : ""; }
            case 'c' -> { return pad(new String(Character.toChars(v.intValue())), "", sp, '<'); }
            default -> throw ExcTypes.valueError("Unknown format code '" + t + "' for object of type 'int'", ts);
        }
        if (sp.zero && sp.align == '=' && sp.group != 0 && sp.width > 0 && (t == 0 || t == 'd')) {
            // zero padding participates in grouping, as CPython does
            String sign = signOf(neg, sp);
            int want = sp.width - sign.length() - prefix.length();
            String raw = a.toString();
            while (group(raw, sp.group, 3).length() < want) raw = "0" + raw;
            return sign + prefix + group(raw, sp.group, 3);
        }
        return pad(digits, signOf(neg, sp) + prefix, sp, '>');
    }

    private static String formatFloat(double x, Spec sp, ThreadState ts) {
        char t = sp.type;
        boolean neg = x < 0 || (x == 0 && 1 / x < 0);
        double a = Math.abs(x);
        String body;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            body = Double.isNaN(x) ? "nan" : "inf";
            if (t == 'E' || t == 'F' || t == 'G') body = body.toUpperCase();
            neg = !Double.isNaN(x) && x < 0;
            if (t == '%') body += "%";
            return pad(body, signOf(neg, sp), sp.zero ? new Spec(' ', '>', sp.sign, sp.alt, false, sp.width, sp.group,
                    sp.precision, t) : sp, '>');
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
            case 0 -> {
                if (p < 0) {
                    body = PyFloat.repr(a);
                } else {
                    body = general(a, p == 0 ? 1 : p, sp.alt, true);
                }
            }
            default -> throw ExcTypes.valueError("Unknown format code '" + t + "' for object of type 'float'", ts);
        }
        if (sp.group != 0) {
            int dot = body.indexOf('.');
            int e = body.indexOf('e');
            int end = dot >= 0 ? dot : e >= 0 ? e : body.endsWith("%") ? body.length() - 1 : body.length();
            body = group(body.substring(0, end), sp.group, 3) + body.substring(end);
        }
        return pad(body, signOf(neg, sp), sp, '>');
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
        if (exp >= -4 && exp < prec) {
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
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                String key = fmt.substring(i + 1, close);
                if (mapping == null) throw ExcTypes.typeError("format requires a mapping", ts);
                PyObject k = PyStr.of(key, ts);
                arg = mapping.get(k, ts);
                ts.refs.decref(k, ts);
                if (arg == null) throw ExcTypes.raiseArgs(ExcTypes.KEY_ERROR, ts, PyStr.of(key, ts));
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
            if (conv == '%') {
                sb.append('%');
                continue;
            }
            if (arg == null) {
                if (ai >= items.length) throw ExcTypes.typeError("not enough arguments for format string", ts);
                arg = items[ai++];
            }
            String fl = flags.toString();
            boolean left = fl.contains("-");
            String body;
            String sign = "";
            switch (conv) {
                case 's' -> body = Repr.str(arg, ts);
                case 'r' -> body = Repr.repr(arg, ts);
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
                case 'c' -> {
                    if (arg instanceof PyStr s) body = s.value();
                    else body = new String(Character.toChars((int) Ops.index(arg, ts)));
                }
                default -> throw ExcTypes.valueError("unsupported format character '" + conv + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + i, ts);
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
