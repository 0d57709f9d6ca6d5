package org.interlock.runtime.parser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import org.interlock.runtime.parser.Ast.Pos;

/**
 * Prints a tree in the format of CPython 3.11's {@code ast.dump(node)} (or with
 * {@code include_attributes=True}), so that a parse can be compared with
 * {@code python3 -c "import ast; print(ast.dump(ast.parse(src)))"} character for character.
 * Optional fields that are null are left out and lists always shown, as {@code ast.dump} does.
 */
public final class AstDump {
    /** Record components per node class: reflection lookups are slow, and dumps visit many nodes. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private final boolean attributes;
    private final StringBuilder sb = new StringBuilder();

    private AstDump(boolean attributes) {
        this.attributes = attributes;
    }

    /** {@code ast.dump(node)}. */
    public static String dump(Object node) {
        return dump(node, false);
    }

    /** {@code ast.dump(node, include_attributes=attributes)}. */
    public static String dump(Object node, boolean attributes) {
        AstDump d = new AstDump(attributes);
        d.value(node, false);
        return d.sb.toString();
    }

    private static String pyName(Class<?> c) {
        return switch (c.getSimpleName()) {
            case "ListExpr" -> "List";
            case "SetExpr" -> "Set";
            case "ExprStmt" -> "Expr";
            case "Comprehension" -> "comprehension";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "WithItem" -> "withitem";
            case "MatchCase" -> "match_case";
            default -> c.getSimpleName();
        };
    }

    private static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                out.append('_').append(Character.toLowerCase(ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private void node(Record r) {
        // CPython's TryStar is a Try whose handlers are except* clauses here
        sb.append(r instanceof Ast.Try t && t.star() ? "TryStar" : pyName(r.getClass())).append('(');
        boolean first = true;
        Pos pos = null;
        for (RecordComponent rc : COMPONENTS.get(r.getClass())) {
            Object v;
            try {
                v = rc.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            if (rc.getName().equals("pos")) {
                pos = (Pos) v;
                continue;
            }
            if (r instanceof Ast.Try && rc.getName().equals("star")) {
                continue;
            }
            if (v == null) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(snake(rc.getName())).append('=');
            if (rc.getType() == boolean.class) {
                sb.append((Boolean) v ? "1" : "0");
            } else {
                value(v, r instanceof Ast.Constant);
            }
        }
        if (r instanceof Ast.Module) {
            sb.append(", type_ignores=[]");
        }
        if (attributes && pos != null && !(r instanceof Ast.Module)) {
            sb.append(first ? "" : ", ").append("lineno=").append(pos.line()).append(", col_offset=").append(pos.col())
                    .append(", end_lineno=").append(pos.endLine()).append(", end_col_offset=").append(pos.endCol());
        }
        sb.append(')');
    }

    private void value(Object v, boolean constant) {
        switch (v) {
            case null -> sb.append("None");
            case org.interlock.runtime.lexer.ImaginaryLiteral im -> sb.append(PyRepr.imagRepr(im.imag()));
            case Record r -> node(r);
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    value(list.get(i), false);
                }
                sb.append(']');
            }
            case Ast.Special s -> sb.append(s == Ast.Special.NONE ? "None" : "Ellipsis");
            case Enum<?> e -> sb.append(e.name()).append("()");
            case String s -> sb.append(PyRepr.str(s));
            case byte[] b -> sb.append(PyRepr.bytes(b));
            case Boolean b -> sb.append(b ? "True" : "False");
            case Double d -> sb.append(PyRepr.floatRepr(d));
            case Long l -> sb.append(l);
            case Integer i -> sb.append(i);
            case BigInteger b -> sb.append(b);
            default -> sb.append(v);
        }
    }
}
