package org.interlock.runtime.compiler;

import java.math.BigInteger;
import java.util.List;

import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.Ast.AnnAssign;
import org.interlock.runtime.parser.Ast.Expr;
import org.interlock.runtime.parser.Ast.For;
import org.interlock.runtime.parser.Ast.If;
import org.interlock.runtime.parser.Ast.ImportFrom;
import org.interlock.runtime.parser.Ast.Stmt;
import org.interlock.runtime.parser.Ast.Try;
import org.interlock.runtime.parser.Ast.While;
import org.interlock.runtime.parser.Ast.With;

/**
 * Helpers for variable annotations in module and class bodies ({@code x: int = 0}), which
 * CPython records in the namespace's {@code __annotations__} dict (dataclasses, NamedTuple
 * and TypedDict read them): whether a body needs SETUP_ANNOTATIONS, whether the module has
 * {@code from __future__ import annotations}, and the source-like text an annotation is
 * stored as under that future import.
 */
final class Annotations {
    private Annotations() {
    }

    /** True if the block (not counting nested functions and classes) has a simple annotation. */
    static boolean hasSimple(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case AnnAssign a -> a.simple();
                case If i -> hasSimple(i.body()) || hasSimple(i.orelse());
                case For f -> hasSimple(f.body()) || hasSimple(f.orelse());
                case While w -> hasSimple(w.body()) || hasSimple(w.orelse());
                case With w -> hasSimple(w.body());
                case Try t -> hasSimple(t.body()) || hasSimple(t.orelse()) || hasSimple(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> hasSimple(h.body()));
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    /** True if the module starts (after its docstring) with {@code from __future__ import annotations}. */
    static boolean futureAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof ImportFrom f && "__future__".equals(f.module())) {
                if (f.names().stream().anyMatch(a -> a.name().equals("annotations"))) return true;
            } else if (!(s instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The annotation as source text (CPython stores {@code ast.unparse} of it under the future
     * import), or null for an expression kind not covered here (the caller evaluates it then).
     */
    static String unparse(Expr e) {
        return switch (e) {
            case Ast.Name n -> n.id();
            case Ast.Attribute a -> {
                String v = unparse(a.value());
                yield v == null ? null : v + "." + a.attr();
            }
            case Ast.Subscript s -> {
                String v = unparse(s.value());
                String i = s.slice() instanceof Ast.Tuple t && !t.elts().isEmpty() ? join(t.elts()) : unparse(s.slice());
                yield v == null || i == null ? null : v + "[" + i + "]";
            }
            case Ast.Tuple t -> {
                String inner = join(t.elts());
                yield inner == null ? null : "(" + inner + (t.elts().size() == 1 ? ",)" : ")");
            }
            case Ast.ListExpr l -> {
                String inner = join(l.elts());
                yield inner == null ? null : "[" + inner + "]";
            }
            case Ast.BinOp b when b.op() == Ast.Operator.BitOr -> {
                String l = unparse(b.left());
                String r = unparse(b.right());
                yield l == null || r == null ? null : l + " | " + r;
            }
            case Ast.Constant c -> constant(c.value());
            default -> null;
        };
    }

    private static String join(List<Expr> elts) {
        StringBuilder sb = new StringBuilder();
        for (Expr x : elts) {
            String s = unparse(x);
            if (s == null) return null;
            if (sb.length() > 0) sb.append(", ");
            sb.append(s);
        }
        return sb.toString();
    }

    private static String constant(Object v) {
        if (v == Ast.Special.NONE) return "None";
        if (v == Ast.Special.ELLIPSIS) return "...";
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) return v.toString();
        if (v instanceof String s) {
            // ast.unparse quotes with ' unless the text holds ' and no ".
            if (s.indexOf('\\') >= 0 || s.indexOf('\n') >= 0) return null;
            if (s.indexOf('\'') < 0) return "'" + s + "'";
            if (s.indexOf('"') < 0) return "\"" + s + "\"";
            return null;
        }
        return null;
    }
}
