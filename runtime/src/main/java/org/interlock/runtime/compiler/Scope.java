package org.interlock.runtime.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope's names, resolved the way CPython 3.11's symtable does: a name is local to a
 * function when bound there and not declared global or nonlocal; free when it is bound in an
 * enclosing function (class bodies are skipped, except for the implicit {@code __class__}
 * cell that zero-argument {@code super()} reads); a cell where a nested scope reads it; global
 * otherwise. Comprehensions and generator expressions are function scopes with the hidden
 * parameter {@code .0} (the outermost iterator).
 */
public final class Scope {
    /** What kind of block this scope belongs to. */
    public enum Kind { MODULE, CLASS, FUNCTION }

    /** How the compiler loads and stores a name. */
    public enum Access { FAST, DEREF, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, NAME, CLASSDEREF }

    final Kind kind;
    final String name;
    final Scope parent;
    final boolean comprehension;
    final List<Scope> children = new ArrayList<>();
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new HashSet<>();
    final Set<String> nonlocals = new HashSet<>();
    final List<String> params = new ArrayList<>();
    final Set<String> cells = new LinkedHashSet<>();
    final Set<String> frees = new LinkedHashSet<>();
    boolean generator;
    /** An {@code async def}: its code makes coroutine objects. */
    boolean coroutine;
    boolean needsClassCell;
    int line;

    Scope(Kind kind, String name, Scope parent, boolean comprehension) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.comprehension = comprehension;
        if (parent != null) parent.children.add(this);
    }

    boolean isLocal(String n) {
        return kind != Kind.MODULE && bound.contains(n) && !globals.contains(n) && !nonlocals.contains(n);
    }

    /** How {@code n} is accessed in this scope. */
    public Access access(String n) {
        if (globals.contains(n)) return kind == Kind.MODULE ? Access.GLOBAL_IMPLICIT : Access.GLOBAL_EXPLICIT;
        if (kind == Kind.MODULE) return Access.GLOBAL_IMPLICIT;
        if (kind == Kind.CLASS) {
            if (frees.contains(n) && !bound.contains(n)) return Access.CLASSDEREF;
            return Access.NAME;
        }
        if (cells.contains(n) || frees.contains(n)) return Access.DEREF;
        if (isLocal(n)) return Access.FAST;
        return Access.GLOBAL_IMPLICIT;
    }

    /** Local variable names, parameters first, in the order CPython lists {@code co_varnames}. */
    public List<String> varnames() {
        List<String> out = new ArrayList<>(params);
        if (kind == Kind.FUNCTION) {
            for (String b : bound) {
                if (!out.contains(b) && isLocal(b) && !cells.contains(b)) out.add(b);
            }
        }
        return out;
    }

    public List<String> cellvars() {
        return new ArrayList<>(cells);
    }

    public List<String> freevars() {
        return new ArrayList<>(frees);
    }

    private List<String> varnamesCache;
    private List<String> derefCache;

    int varnameIndex(String n) {
        if (varnamesCache == null) varnamesCache = varnames();
        int i = varnamesCache.indexOf(n);
        if (i < 0) throw new IllegalStateException("not a local: " + n);
        return i;
    }

    int derefIndex(String n) {
        if (derefCache == null) {
            derefCache = new ArrayList<>(cells);
            derefCache.addAll(frees);
        }
        int i = derefCache.indexOf(n);
        if (i < 0) throw new IllegalStateException("not a cell: " + n);
        return i;
    }

    /** Resolves free and cell variables in this scope and every scope nested in it. */
    void resolve() {
        Set<String> wanted = new LinkedHashSet<>(used);
        wanted.addAll(nonlocals);
        if (kind == Kind.CLASS) wanted.addAll(bound); // a class body may read an outer cell it also binds
        for (String n : wanted) {
            if (globals.contains(n)) continue;
            if (kind == Kind.FUNCTION && isLocal(n)) continue;
            if (kind == Kind.CLASS && bound.contains(n) && !used.contains(n)) continue;
            if (kind == Kind.MODULE) continue;
            Scope definer = null;
            for (Scope s = parent; s != null; s = s.parent) {
                if (s.kind == Kind.CLASS) {
                    if (n.equals("__class__")) {
                        definer = s;
                        break;
                    }
                    continue;
                }
                if (s.kind == Kind.MODULE) break;
                if (s.isLocal(n)) {
                    definer = s;
                    break;
                }
                // a scope that declares n nonlocal (or passes it through) is not its definer
            }
            if (definer == null) {
                if (nonlocals.contains(n)) {
                    throw new CompileError("no binding for nonlocal '" + n + "' found", line);
                }
                continue;
            }
            if (kind == Kind.CLASS && bound.contains(n) && used.contains(n)) {
                // read before assignment in a class body: CPython's LOAD_CLASSDEREF handles it
            }
            definer.cells.add(n);
            if (definer.kind == Kind.CLASS) definer.needsClassCell = true;
            for (Scope s = this; s != definer; s = s.parent) s.frees.add(n);
        }
        for (Scope c : children) c.resolve();
    }

    private Scope findNonlocalDefiner(String n) {
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) continue;
            if (s.kind == Kind.MODULE) return null;
            if (s.isLocal(n)) return s;
        }
        return null;
    }

    /** A scope's names as a map, for debugging. */
    Map<String, Access> table() {
        Map<String, Access> m = new LinkedHashMap<>();
        for (String n : bound) m.put(n, access(n));
        for (String n : used) m.put(n, access(n));
        return m;
    }
}
