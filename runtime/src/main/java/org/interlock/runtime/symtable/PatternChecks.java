package org.interlock.runtime.symtable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interlock.runtime.parser.Ast.*;
import org.interlock.runtime.parser.PySyntaxError;
import org.interlock.runtime.parser.PyRepr;

/**
 * The errors CPython's compiler reports for {@code match} statements, found in the same
 * order as it compiles the patterns: an irrefutable case (capture or wildcard) that is not
 * the last case and has no guard, names bound twice, alternatives binding different names,
 * two starred names in a sequence, duplicate literal mapping keys and repeated class
 * pattern keywords. The error position is that of the pattern CPython was compiling
 * (for some errors the last sub-pattern it compiled), as it reports it.
 */
final class PatternChecks {
    private final String filename;
    /** The span of the last pattern visited: CPython reports some errors there. */
    private Pos last;

    private PatternChecks(String filename) {
        this.filename = filename;
    }

    /** Checks every case of {@code m}. */
    static void check(Match m, String filename) {
        PatternChecks pc = new PatternChecks(filename);
        List<MatchCase> cases = m.cases();
        int n = cases.size();
        for (int i = 0; i < n; i++) {
            MatchCase c = cases.get(i);
            // Irrefutable cases must be guarded, last, or both.
            boolean allow = c.guard() != null || i == n - 1;
            pc.pattern(c.pattern(), new ArrayList<>(), allow);
        }
    }

    private PySyntaxError error(String msg, Pos p) {
        return SymbolTable.error(filename, msg, p);
    }

    private void store(String name, List<String> bound) {
        if (bound.contains(name)) {
            throw error("multiple assignments to name " + PyRepr.str(name) + " in pattern", last);
        }
        bound.add(name);
    }

    private void pattern(Pattern p, List<String> bound, boolean allowIrrefutable) {
        last = p.pos();
        switch (p) {
            case MatchValue v -> { }
            case MatchSingleton s -> { }
            case MatchAs a -> {
                if (a.pattern() == null) {
                    if (!allowIrrefutable) {
                        throw error(a.name() == null ? "wildcard makes remaining patterns unreachable"
                                : "name capture " + PyRepr.str(a.name()) + " makes remaining patterns unreachable", a.pos());
                    }
                } else {
                    pattern(a.pattern(), bound, allowIrrefutable);
                }
                if (a.name() != null) {
                    store(a.name(), bound);
                }
            }
            case MatchStar s -> {
                if (s.name() != null) {
                    store(s.name(), bound);
                }
            }
            case MatchSequence s -> {
                boolean star = false;
                for (Pattern q : s.patterns()) {
                    if (q instanceof MatchStar) {
                        if (star) {
                            throw error("multiple starred names in sequence pattern", s.pos());
                        }
                        star = true;
                    }
                }
                for (Pattern q : s.patterns()) {
                    pattern(q, bound, true);
                }
            }
            case MatchMapping m -> {
                Set<Object> seen = new HashSet<>();
                for (Expr k : m.keys()) {
                    if (k instanceof Constant c) {
                        Object key = c.value() instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) + "\0b" : c.value();
                        if (!seen.add(key)) {
                            throw error("mapping pattern checks duplicate key (" + reprKey(c) + ")", m.pos());
                        }
                    }
                }
                for (Pattern q : m.patterns()) {
                    pattern(q, bound, true);
                }
                if (m.rest() != null) {
                    store(m.rest(), bound);
                }
            }
            case MatchClass c -> {
                for (int i = 0; i < c.kwdAttrs().size(); i++) {
                    for (int j = i + 1; j < c.kwdAttrs().size(); j++) {
                        if (c.kwdAttrs().get(i).equals(c.kwdAttrs().get(j))) {
                            throw error("attribute name repeated in class pattern: " + c.kwdAttrs().get(j),
                                    c.kwdPatterns().get(j).pos());
                        }
                    }
                }
                for (Pattern q : c.patterns()) {
                    pattern(q, bound, true);
                }
                for (Pattern q : c.kwdPatterns()) {
                    pattern(q, bound, true);
                }
            }
            case MatchOr o -> {
                List<String> control = null;
                List<Pattern> alts = o.patterns();
                for (int i = 0; i < alts.size(); i++) {
                    List<String> mine = new ArrayList<>(bound);
                    pattern(alts.get(i), mine, i == alts.size() - 1 && allowIrrefutable);
                    List<String> added = mine.subList(bound.size(), mine.size());
                    if (control == null) {
                        control = new ArrayList<>(added);
                    } else if (!new HashSet<>(control).equals(new HashSet<>(added)) || control.size() != added.size()) {
                        throw error("alternative patterns bind different names", last);
                    }
                }
                bound.addAll(control);
            }
        }
    }

    private static String reprKey(Constant c) {
        Object v = c.value();
        if (v instanceof String s) return PyRepr.str(s);
        if (v instanceof byte[] b) return PyRepr.bytes(b);
        if (v instanceof Double d) return PyRepr.floatRepr(d);
        if (v == Constant.NONE) return "None";
        if (v instanceof Boolean b) return b ? "True" : "False";
        return String.valueOf(v);
    }
}
