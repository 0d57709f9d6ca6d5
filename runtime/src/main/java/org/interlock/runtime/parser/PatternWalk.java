package org.interlock.runtime.parser;

import java.util.function.Consumer;
import org.interlock.runtime.parser.Ast.*;

/**
 * Visits a pattern's parts in source order for the analyses that only need what a pattern
 * evaluates (value expressions, class expressions, mapping keys) and what it binds (capture,
 * star, {@code as} and {@code **rest} names), so that each analysis need not know every
 * pattern kind.
 */
public final class PatternWalk {
    private PatternWalk() {}

    /** Calls {@code values} for each evaluated expression and {@code names} for each bound name. */
    public static void visit(Pattern p, Consumer<Expr> values, Consumer<String> names) {
        switch (p) {
            case MatchValue v -> values.accept(v.value());
            case MatchSingleton s -> { }
            case MatchSequence s -> s.patterns().forEach(q -> visit(q, values, names));
            case MatchMapping m -> {
                m.keys().forEach(values);
                m.patterns().forEach(q -> visit(q, values, names));
                if (m.rest() != null) names.accept(m.rest());
            }
            case MatchClass c -> {
                values.accept(c.cls());
                c.patterns().forEach(q -> visit(q, values, names));
                c.kwdPatterns().forEach(q -> visit(q, values, names));
            }
            case MatchStar s -> {
                if (s.name() != null) names.accept(s.name());
            }
            case MatchAs a -> {
                if (a.pattern() != null) visit(a.pattern(), values, names);
                if (a.name() != null) names.accept(a.name());
            }
            case MatchOr o -> o.patterns().forEach(q -> visit(q, values, names));
        }
    }
}
