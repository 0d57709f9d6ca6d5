package org.interlock.runtime.compiler;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.Ast.*;

/**
 * Compiles the {@code match} statement, after CPython 3.11's scheme: the subject stays on
 * the stack, each case but the last works on a copy, and a pattern consumes the value on
 * top of the stack, jumping on failure to a chain of {@code POP_TOP}s ("fail-pop" labels)
 * that removes exactly what the pattern had left on the stack so far.
 *
 * <p>As in CPython, captured values wait on the stack (below whatever the pattern still
 * has to examine) and are stored only once the whole pattern has matched, so a case that
 * fails binds nothing; alternatives of an or-pattern leave their captures in one order.
 */
final class MatchCompiler {
    private final Compiler c;
    private final CodeBuilder b;
    /** Labels that pop {@code i} items and then go to the failure target; index = items to pop. */
    private List<Integer> failPop = new ArrayList<>();
    /** Items this pattern has put on the stack above its starting point, popped on failure. */
    private int onTop;
    /**
     * Names captured so far by the current pattern. Their values wait on the stack below the
     * items still to match, the newest deepest (so the first capture is stored first).
     */
    private List<String> stores = new ArrayList<>();

    MatchCompiler(Compiler c) {
        this.c = c;
        this.b = c.b;
    }

    void compile(Match m) {
        c.expr(m.subject());
        List<MatchCase> cases = m.cases();
        int n = cases.size();
        MatchCase lastCase = cases.get(n - 1);
        boolean hasDefault = n > 1 && lastCase.pattern() instanceof MatchAs a && a.pattern() == null && a.name() == null;
        int end = b.newLabel();
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            MatchCase mc = cases.get(i);
            boolean lastPatternCase = i == n - (hasDefault ? 1 : 0) - 1;
            b.line = mc.pattern().pos().line();
            if (!lastPatternCase) b.emit(Op.COPY, 1);
            failPop = new ArrayList<>();
            onTop = 0;
            stores = new ArrayList<>();
            pattern(mc.pattern());
            for (String name : stores) c.nameOp(name, Ctx.Store);
            if (mc.guard() != null) {
                c.jumpIf(mc.guard(), failLabel(0), false);
            }
            if (!lastPatternCase) b.emit(Op.POP_TOP);
            c.stmts(mc.body());
            b.emit(Op.JUMP_FORWARD, end);
            b.line = mc.pattern().pos().line();
            emitFailPops();
        }
        if (hasDefault) {
            b.line = lastCase.pattern().pos().line();
            b.emit(Op.NOP);
            if (lastCase.guard() != null) c.jumpIf(lastCase.guard(), end, false);
            c.stmts(lastCase.body());
        }
        b.bind(end);
    }

    private int failLabel(int pops) {
        while (failPop.size() <= pops) failPop.add(b.newLabel());
        return failPop.get(pops);
    }

    /** Emits a failure jump with {@code op}, popping everything the pattern left on the stack. */
    private void jumpFail(int op) {
        b.emit(op, failLabel(onTop + stores.size()));
    }

    /** Binds the fail-pop chain: label i pops one item and falls into label i-1. */
    private void emitFailPops() {
        if (failPop.isEmpty()) return;
        for (int i = failPop.size() - 1; i > 0; i--) {
            b.bind(failPop.get(i));
            b.emit(Op.POP_TOP);
        }
        b.bind(failPop.get(0));
        failPop = new ArrayList<>();
    }

    /** Captures the value on top for {@code name} (null: discards it), below the items still to match. */
    private void store(String name) {
        if (name == null) {
            b.emit(Op.POP_TOP);
            return;
        }
        rotate(onTop + stores.size() + 1);
        stores.add(name);
    }

    /** Moves the top of the stack down to depth {@code count}, keeping the order of the others. */
    private void rotate(int count) {
        for (int k = count; k > 1; k--) b.emit(Op.SWAP, k);
    }

    /** Compiles {@code p}: consumes the value on top of the stack, or jumps to the fail-pop chain. */
    private void pattern(Pattern p) {
        int saved = b.line;
        b.line = p.pos().line();
        switch (p) {
            case MatchAs a -> {
                if (a.pattern() == null) {
                    store(a.name());
                } else {
                    b.emit(Op.COPY, 1);
                    onTop++;
                    pattern(a.pattern());
                    onTop--;
                    store(a.name());
                }
            }
            case MatchStar s -> store(s.name());
            case MatchValue v -> {
                c.expr(v.value());
                b.emit(Op.COMPARE_OP, Op.C_EQ);
                jumpFail(Op.POP_JUMP_IF_FALSE);
            }
            case MatchSingleton s -> {
                c.loadConst(s.value());
                b.emit(Op.IS_OP, 0);
                jumpFail(Op.POP_JUMP_IF_FALSE);
            }
            case MatchOr o -> or(o);
            case MatchSequence s -> sequence(s);
            case MatchMapping m -> mapping(m);
            case MatchClass k -> classPattern(k);
        }
        b.line = saved;
    }

    private void or(MatchOr o) {
        int end = b.newLabel();
        List<Integer> outerFail = failPop;
        int outerTop = onTop;
        List<String> outerStores = stores;
        List<String> control = null;
        for (Pattern alt : o.patterns()) {
            // The subject stays below each alternative's copy, to be copied for the next one.
            b.emit(Op.COPY, 1);
            failPop = new ArrayList<>();
            onTop = 0;
            stores = new ArrayList<>();
            pattern(alt);
            // [.., outer captures, outer items, subject, captures]: drop the subject, order the captures.
            int k = stores.size();
            List<String> order = new ArrayList<>(stores.reversed());
            if (k > 0) {
                b.emit(Op.SWAP, k + 1);
                order.add(0, order.remove(k - 1));
            }
            b.emit(Op.POP_TOP);
            if (control == null) control = new ArrayList<>(stores);
            permute(order, new ArrayList<>(control.reversed()));
            // The captures go below the enclosing pattern's captures and the items it still has to match.
            for (int i = 0; i < k; i++) rotate(outerTop + outerStores.size() + k);
            b.emit(Op.JUMP_FORWARD, end);
            emitFailPops();
        }
        failPop = outerFail;
        onTop = outerTop;
        stores = outerStores;
        b.emit(Op.POP_TOP);
        jumpFail(Op.JUMP_FORWARD);
        b.bind(end);
        stores.addAll(control);
    }

    /**
     * Emits SWAPs that turn the captures on top of the stack from order {@code cur} into
     * {@code want} (both listed bottom to top): each slot from the bottom gets its value by
     * swapping it to the top, then down into place.
     */
    private void permute(List<String> cur, List<String> want) {
        int k = cur.size();
        for (int i = 0; i < k - 1; i++) {
            String name = want.get(i);
            int at = cur.indexOf(name);
            if (at == i) continue;
            if (at != k - 1) {
                b.emit(Op.SWAP, k - at);
                java.util.Collections.swap(cur, at, k - 1);
            }
            b.emit(Op.SWAP, k - i);
            java.util.Collections.swap(cur, i, k - 1);
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs a && a.pattern() == null && a.name() == null
                || p instanceof MatchStar s && s.name() == null;
    }

    private void sequence(MatchSequence s) {
        List<Pattern> ps = s.patterns();
        int size = ps.size();
        int star = -1;
        for (int i = 0; i < size; i++) if (ps.get(i) instanceof MatchStar) star = i;
        boolean onlyWildcards = ps.stream().allMatch(MatchCompiler::isWildcard);
        onTop++;
        b.emit(Op.MATCH_SEQUENCE);
        jumpFail(Op.POP_JUMP_IF_FALSE);
        if (star < 0) {
            b.emit(Op.GET_LEN);
            c.loadConst((long) size);
            b.emit(Op.COMPARE_OP, Op.C_EQ);
            jumpFail(Op.POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            b.emit(Op.GET_LEN);
            c.loadConst((long) (size - 1));
            b.emit(Op.COMPARE_OP, Op.C_GE);
            jumpFail(Op.POP_JUMP_IF_FALSE);
        }
        onTop--;
        if (onlyWildcards) {
            b.emit(Op.POP_TOP);
            return;
        }
        if (star < 0) b.emit(Op.UNPACK_SEQUENCE, size);
        else b.emit(Op.UNPACK_EX, star | ((size - 1 - star) << 8));
        subpatterns(ps);
    }

    /** The items of an unpacked sequence are on the stack, the first on top: match each. */
    private void subpatterns(List<Pattern> ps) {
        onTop += ps.size();
        for (Pattern q : ps) {
            onTop--;
            pattern(q);
        }
    }

    private void mapping(MatchMapping m) {
        int size = m.keys().size();
        onTop++;
        b.emit(Op.MATCH_MAPPING);
        jumpFail(Op.POP_JUMP_IF_FALSE);
        if (size == 0 && m.rest() == null) {
            onTop--;
            b.emit(Op.POP_TOP);
            return;
        }
        if (size > 0) {
            b.emit(Op.GET_LEN);
            c.loadConst((long) size);
            b.emit(Op.COMPARE_OP, Op.C_GE);
            jumpFail(Op.POP_JUMP_IF_FALSE);
        }
        for (Expr k : m.keys()) c.expr(k);
        b.emit(Op.BUILD_TUPLE, size);
        b.emit(Op.MATCH_KEYS);
        onTop += 2;
        b.emit(Op.COPY, 1);
        c.loadConst(Ast.Special.NONE);
        b.emit(Op.IS_OP, 1);
        jumpFail(Op.POP_JUMP_IF_FALSE);
        b.emit(Op.UNPACK_SEQUENCE, size);
        onTop--;
        subpatterns(m.patterns());
        // [subject, keys]
        if (m.rest() != null) {
            b.emit(Op.COPY_DICT_WITHOUT_KEYS);
            onTop--;
            store(m.rest());
        } else {
            b.emit(Op.POP_TOP);
            onTop--;
        }
        b.emit(Op.POP_TOP);
        onTop--;
    }

    private void classPattern(MatchClass k) {
        c.expr(k.cls());
        for (String attr : k.kwdAttrs()) c.loadConst(attr);
        b.emit(Op.BUILD_TUPLE, k.kwdAttrs().size());
        b.emit(Op.MATCH_CLASS, k.patterns().size());
        b.emit(Op.COPY, 1);
        c.loadConst(Ast.Special.NONE);
        b.emit(Op.IS_OP, 1);
        onTop++;
        jumpFail(Op.POP_JUMP_IF_FALSE);
        onTop--;
        List<Pattern> all = new ArrayList<>(k.patterns());
        all.addAll(k.kwdPatterns());
        if (all.stream().allMatch(MatchCompiler::isWildcard)) {
            b.emit(Op.POP_TOP);
            return;
        }
        b.emit(Op.UNPACK_SEQUENCE, all.size());
        subpatterns(all);
    }
}
