package org.interlock.runtime.symtable;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlock.runtime.parser.Ast;
import org.interlock.runtime.parser.PySyntaxError;

/**
 * The symbol tables of one module: a {@link Scope} per module, class, function, lambda and
 * comprehension, keyed by the node that opens it (by identity: AST records compare by value).
 *
 * <p>Built as CPython 3.11's {@code Python/symtable.c} builds them: a first walk records how
 * each name is used in each scope (bound, parameter, global, nonlocal, used) and reports the
 * declaration errors CPython's symbol table reports; a second pass resolves every name to a
 * {@link SymbolKind} with the sets of names bound in enclosing functions, turning locals
 * that nested scopes use into cells and threading free variables through the scopes in
 * between. Then the checks CPython's compiler makes before emitting code
 * ({@link CompileChecks}: {@code 'return' outside function}, {@code 'break' outside loop},
 * misplaced starred expressions) run, so that {@link #build} rejects every program
 * {@code compile()} would reject for these reasons.
 *
 * <p>Names are stored mangled: inside a class, {@code __x} is {@code _Class__x}
 * ({@link #mangle}); the compiler must mangle names the same way before looking them up.
 */
public final class SymbolTable {
    private static final Set<String> FUTURE_FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private final Scope top;
    private final Map<Ast.Node, Scope> scopes;
    private final Set<String> futures;

    private SymbolTable(Scope top, Map<Ast.Node, Scope> scopes, Set<String> futures) {
        this.top = top;
        this.scopes = scopes;
        this.futures = futures;
    }

    /** Builds and checks the symbol tables of a module; errors are SyntaxErrors as CPython's. */
    public static SymbolTable build(Ast.Module module, String filename) {
        Set<String> futures = futureFeatures(module, filename);
        IdentityHashMap<Ast.Node, Scope> map = new IdentityHashMap<>();
        ScopeBuilder b = new ScopeBuilder(filename, map, futures.contains("annotations"));
        Scope top = b.module(module);
        new ScopeAnalyzer(filename).analyze(top);
        new CompileChecks(filename).module(module);
        return new SymbolTable(top, map, Set.copyOf(futures));
    }

    /**
     * The {@code from __future__ import} features in effect. With "annotations"
     * (PEP 563) annotations are not evaluated: the compiler stores their source text and
     * the symbol table does not see their names.
     */
    public Set<String> futureFeatures() {
        return futures;
    }

    /**
     * Future imports must come first (after the docstring); CPython's future.c checks
     * them before the symbol table is built.
     */
    private static Set<String> futureFeatures(Ast.Module m, String filename) {
        Set<String> out = new HashSet<>();
        boolean allowed = true;
        List<Ast.Stmt> body = m.body();
        for (int i = 0; i < body.size(); i++) {
            Ast.Stmt s = body.get(i);
            if (i == 0 && s instanceof Ast.ExprStmt e && e.value() instanceof Ast.Constant c
                    && c.value() instanceof String) {
                continue;
            }
            if (s instanceof Ast.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                if (!allowed) {
                    throw error(filename, "from __future__ imports must occur at the beginning of the file", f.pos());
                }
                for (Ast.Alias a : f.names()) {
                    if (a.name().equals("braces")) {
                        throw error(filename, "not a chance", f.pos());
                    }
                    if (!FUTURE_FEATURES.contains(a.name())) {
                        throw error(filename, "future feature " + a.name() + " is not defined", f.pos());
                    }
                    out.add(a.name());
                }
                continue;
            }
            allowed = false;
        }
        return out;
    }

    /** The module's scope. */
    public Scope top() {
        return top;
    }

    /**
     * The scope opened by {@code node}: a Module, FunctionDef, ClassDef, Lambda, ListComp,
     * SetComp, DictComp or GeneratorExp of this module.
     */
    public Scope scopeOf(Ast.Node node) {
        Scope s = scopes.get(node);
        if (s == null) {
            throw new IllegalArgumentException("no scope for " + node.getClass().getSimpleName() + " at " + node.pos());
        }
        return s;
    }

    /**
     * CPython's private name mangling: {@code __spam} used inside class {@code Ham} becomes
     * {@code _Ham__spam}; dunder names, dotted names and names in a class whose name is all
     * underscores are left alone. {@code className} null means "not in a class".
     */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        if (i == className.length()) {
            return name;
        }
        return "_" + className.substring(i) + name;
    }

    static PySyntaxError error(String filename, String msg, Ast.Pos p) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, p.line(), p.col() + 1, null,
                p.endLine(), p.endCol() + 1);
    }
}
