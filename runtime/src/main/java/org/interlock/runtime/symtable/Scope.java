package org.interlock.runtime.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.interlock.runtime.parser.Ast;

/**
 * One scope: a module, class body, function, lambda or comprehension (in 3.11 every
 * comprehension, generator expressions included, is its own function scope, with the
 * outermost iterable evaluated outside and passed in as the parameter {@code .0}).
 *
 * <p>For function-like scopes, {@link #varnames()} lists the fast locals as the compiler
 * numbers them (parameters first, in CPython's order: positional-only, positional,
 * keyword-only, {@code *args}, {@code **kwargs}; then other locals in order of first
 * occurrence); {@link #cellvars()} and {@link #freevars()} are ordered as CPython's
 * {@code co_cellvars}/{@code co_freevars}. A class's {@code freevars} also holds names that
 * the class binds itself but that its methods take from an enclosing function
 * (CPython's DEF_FREE_CLASS), because the class must pass those cells on.
 */
public final class Scope {
    /** What kind of block this scope is. */
    public enum Type { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    // Symbol flags, as CPython's symtable.h.
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    private final Type type;
    private final String name;
    private final Ast.Node node;
    private final Scope parent;
    final List<Scope> children = new ArrayList<>();
    /** Flags per name, in order of first occurrence. */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, SymbolKind> kinds = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    /** Where each global/nonlocal (or walrus-in-comprehension) name was declared, for error positions. */
    final Map<String, Ast.Pos> nonlocalPos = new java.util.HashMap<>();
    /** Names referred to, in order of first occurrence (for varnames). */
    final java.util.Set<String> localOrder = new java.util.LinkedHashSet<>();
    boolean generator;
    boolean needsClassClosure;
    boolean hasVarargs;
    boolean hasVarkw;
    int argCount;
    int posOnlyArgCount;
    int kwOnlyArgCount;
    final int firstLine;

    Scope(Type type, String name, Ast.Node node, Scope parent, int firstLine) {
        this.type = type;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.firstLine = firstLine;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** The block kind. */
    public Type type() { return type; }

    /** The code object's name: the module "&lt;module&gt;", a def or class name, "&lt;lambda&gt;", "&lt;listcomp&gt;", ... */
    public String name() { return name; }

    /** The node that opened the scope (Module, FunctionDef, ClassDef, Lambda, or a comprehension expression). */
    public Ast.Node node() { return node; }

    /** The enclosing scope, null for the module. */
    public Scope parent() { return parent; }

    /** Nested scopes in source order. */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The code object's first line: the first decorator's line for a decorated definition. */
    public int firstLine() { return firstLine; }

    /** Functions, lambdas and comprehensions use fast locals; modules and class bodies use a namespace. */
    public boolean isFunctionLike() {
        return type == Type.FUNCTION || type == Type.LAMBDA || type == Type.COMPREHENSION;
    }

    /** True if this scope is nested inside a function-like scope. */
    public boolean isNested() {
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.isFunctionLike()) {
                return true;
            }
        }
        return false;
    }

    /** How {@code name} is resolved here; a name this scope never mentions is GLOBAL_IMPLICIT. */
    public SymbolKind lookup(String name) {
        return kinds.getOrDefault(name, SymbolKind.GLOBAL_IMPLICIT);
    }

    /** Every name this scope mentions, in order of first occurrence. */
    public List<String> names() {
        return List.copyOf(kinds.keySet());
    }

    /** True if {@code name} is a parameter of this scope. */
    public boolean isParameter(String name) {
        return params.contains(name);
    }

    /** Parameters then other fast locals (empty for module and class scopes). */
    public List<String> varnames() {
        if (!isFunctionLike()) {
            return List.of();
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(params);
        for (String n : localOrder) {
            if (kinds.get(n) == SymbolKind.LOCAL) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Names held in cells this scope creates, in CPython 3.11's {@code co_cellvars} order:
     * parameters that are cells first, in parameter order (they share their fast-local
     * slot), then the other cells sorted by name; "__class__" for a class whose methods
     * need it.
     */
    public List<String> cellvars() {
        List<String> out = new ArrayList<>();
        for (String p : params) {
            if (kinds.get(p) == SymbolKind.CELL && !out.contains(p)) {
                out.add(p);
            }
        }
        TreeSet<String> rest = new TreeSet<>();
        kinds.forEach((n, k) -> {
            if (k == SymbolKind.CELL && !params.contains(n)) {
                rest.add(n);
            }
        });
        out.addAll(rest);
        if (needsClassClosure) {
            out.add("__class__");
        }
        return List.copyOf(out);
    }

    /** Names whose cells are passed in from enclosing scopes, sorted. */
    public List<String> freevars() {
        TreeSet<String> out = new TreeSet<>();
        kinds.forEach((n, k) -> {
            if (k == SymbolKind.FREE || (flags.getOrDefault(n, 0) & DEF_FREE_CLASS) != 0) {
                out.add(n);
            }
        });
        return List.copyOf(out);
    }

    /** True for a function (or lambda) containing yield, and for every generator expression. */
    public boolean isGenerator() { return generator; }

    /** A class body whose methods use {@code super()} or {@code __class__}: it must create the {@code __class__} cell. */
    public boolean needsClassClosure() { return needsClassClosure; }

    /** Number of positional parameters, positional-only included (co_argcount). */
    public int argCount() { return argCount; }

    /** Number of positional-only parameters. */
    public int posOnlyArgCount() { return posOnlyArgCount; }

    /** Number of keyword-only parameters. */
    public int kwOnlyArgCount() { return kwOnlyArgCount; }

    /** Has a {@code *args} parameter. */
    public boolean hasVarargs() { return hasVarargs; }

    /** Has a {@code **kwargs} parameter. */
    public boolean hasVarkw() { return hasVarkw; }

    @Override
    public String toString() {
        return type + " " + name + " " + kinds;
    }
}
