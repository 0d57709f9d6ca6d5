package org.interlock.runtime.compiler;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.parser.Ast;

/** Prints code units in the style of CPython's {@code dis}: line, offset, opcode, argument, meaning. */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(CodeUnit u) {
        StringBuilder sb = new StringBuilder();
        List<CodeUnit> nested = new ArrayList<>();
        one(u, sb, nested);
        for (CodeUnit n : nested) {
            sb.append("\nDisassembly of <code object ").append(n.name()).append(", file \"").append(n.filename())
                    .append("\", line ").append(n.firstLine()).append(">:\n");
            sb.append(disassemble(n));
        }
        return sb.toString();
    }

    private static void one(CodeUnit u, StringBuilder sb, List<CodeUnit> nested) {
        int[] code = u.code();
        int[] lines = u.lines();
        java.util.Set<Integer> targets = new java.util.HashSet<>();
        for (int insn : code) if (Op.isJump(Op.op(insn))) targets.add(Op.arg(insn));
        int[] t = u.excTable();
        for (int i = 0; i < t.length; i += 5) targets.add(t[i + 2]);
        int lastLine = -1;
        for (int pc = 0; pc < code.length; pc++) {
            int op = Op.op(code[pc]);
            int arg = Op.arg(code[pc]);
            String lineCol = "";
            if (lines[pc] != lastLine) {
                if (pc > 0) sb.append('\n');
                lineCol = String.valueOf(lines[pc]);
                lastLine = lines[pc];
            }
            sb.append(String.format("%4s %s %5d %-24s", lineCol, targets.contains(pc) ? ">>" : "  ", pc * 2, Op.name(op)));
            String meaning = meaning(u, op, arg, nested);
            if (meaning != null) sb.append(String.format(" %3d (%s)", arg, meaning));
            else if (hasArg(op)) sb.append(String.format(" %3d", arg));
            sb.append('\n');
        }
        if (t.length > 0) {
            sb.append("ExceptionTable:\n");
            for (int i = 0; i < t.length; i += 5) {
                sb.append(String.format("  %d to %d -> %d [%d]%s%n", t[i] * 2, (t[i + 1] - 1) * 2, t[i + 2] * 2, t[i + 3],
                        t[i + 4] != 0 ? " lasti" : ""));
            }
        }
    }

    private static boolean hasArg(int op) {
        return switch (op) {
            case Op.NOP, Op.POP_TOP, Op.PUSH_NULL, Op.BINARY_SUBSCR, Op.STORE_SUBSCR, Op.DELETE_SUBSCR, Op.GET_ITER,
                 Op.RETURN_VALUE, Op.YIELD_VALUE, Op.GET_YIELD_FROM_ITER, Op.LOAD_BUILD_CLASS, Op.IMPORT_STAR,
                 Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.CHECK_EXC_MATCH, Op.CHECK_EG_MATCH, Op.PREP_RERAISE_STAR, Op.WITH_EXCEPT_START, Op.BEFORE_WITH,
                 Op.LOAD_ASSERTION_ERROR, Op.PRINT_EXPR, Op.LIST_TO_TUPLE, Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE,
                 Op.UNARY_NOT, Op.UNARY_INVERT -> false;
            default -> true;
        };
    }

    private static String meaning(CodeUnit u, int op, int arg, List<CodeUnit> nested) {
        return switch (op) {
            case Op.LOAD_CONST, Op.RETURN_CONST -> {
                Object c = u.consts()[arg];
                if (c instanceof CodeUnit cu) {
                    if (!nested.contains(cu)) nested.add(cu);
                    yield "<code object " + cu.name() + ">";
                }
                yield constRepr(c);
            }
            case Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST -> u.varnames()[arg];
            case Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLOSURE, Op.LOAD_CLASSDEREF ->
                    arg < u.cellvars().length ? u.cellvars()[arg] : u.freevars()[arg - u.cellvars().length];
            case Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL, Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME,
                 Op.LOAD_ATTR, Op.STORE_ATTR, Op.DELETE_ATTR, Op.LOAD_METHOD, Op.IMPORT_NAME, Op.IMPORT_FROM -> u.names()[arg];
            case Op.BINARY_OP -> Op.BIN_SYMBOLS[arg % Op.INPLACE] + (arg >= Op.INPLACE ? "=" : "");
            case Op.COMPARE_OP -> Op.CMP_SYMBOLS[arg];
            default -> Op.isJump(op) ? "to " + arg * 2 : null;
        };
    }

    static String constRepr(Object c) {
        if (c == Ast.Special.NONE) return "None";
        if (c == Ast.Special.ELLIPSIS) return "Ellipsis";
        if (c instanceof String s) return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
        if (c instanceof Boolean b) return b ? "True" : "False";
        if (c instanceof CodeUnit.ConstTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items().size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(constRepr(t.items().get(i)));
            }
            if (t.items().size() == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (c instanceof byte[] b) return "b'" + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) + "'";
        return String.valueOf(c);
    }
}
