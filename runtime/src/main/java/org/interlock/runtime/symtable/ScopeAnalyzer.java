package org.interlock.runtime.symtable;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The second pass: resolves each name of each scope to a {@link SymbolKind}, as CPython's
 * {@code analyze_block}. {@code bound} is the set of names bound in enclosing function
 * scopes (null at module level), {@code global} the names declared global above; each
 * block returns in {@code free} the free names it and its children need from outside.
 * Class bodies do not add their names to {@code bound} (methods do not see class
 * attributes as variables), but make {@code __class__} available.
 */
final class ScopeAnalyzer {
    private final String filename;

    ScopeAnalyzer(String filename) {
        this.filename = filename;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        boolean isClass = s.type() == Scope.Type.CLASS;
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (!isClass) {
            if (s.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : s.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
        }
        newFree.addAll(allFree);
        if (s.isFunctionLike()) {
            // Locals that children use become cells.
            for (Map.Entry<String, SymbolKind> e : s.kinds.entrySet()) {
                if (e.getValue() == SymbolKind.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(SymbolKind.CELL);
                }
            }
        } else if (isClass && newFree.remove("__class__")) {
            s.needsClassClosure = true;
        }
        updateSymbols(s, bound, newFree, isClass);
        free.addAll(newFree);
    }

    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            s.kinds.put(name, SymbolKind.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null || !bound.contains(name)) {
                throw SymbolTable.error(filename, "no binding for nonlocal '" + name + "' found",
                        s.nonlocalPos.getOrDefault(name, s.node().pos()));
            }
            s.kinds.put(name, SymbolKind.FREE);
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            s.kinds.put(name, SymbolKind.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            s.kinds.put(name, SymbolKind.FREE);
            free.add(name);
            return;
        }
        s.kinds.put(name, SymbolKind.GLOBAL_IMPLICIT);
    }

    /** Records free names of children that pass through this scope (CPython's update_symbols). */
    private static void updateSymbols(Scope s, Set<String> bound, Set<String> free, boolean isClass) {
        for (String name : free) {
            Integer f = s.flags.get(name);
            if (f != null) {
                if (isClass && (f & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    s.flags.put(name, f | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            s.flags.put(name, 0);
            s.kinds.put(name, SymbolKind.FREE);
        }
    }
}
