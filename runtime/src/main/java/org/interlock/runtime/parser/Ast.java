package org.interlock.runtime.parser;

import java.util.List;

/**
 * The abstract syntax tree, modelled on CPython 3.11's {@code ast} module: the same node
 * names and fields, as records. Three names differ to avoid clashing with {@code java.util}
 * and with the {@link Expr} interface: {@link ListExpr} ({@code ast.List}), {@link SetExpr}
 * ({@code ast.Set}) and {@link ExprStmt} ({@code ast.Expr}, the expression statement).
 *
 * <p>Every node carries its source span first ({@link Pos}); {@link Comprehension} and
 * {@link WithItem} have none, as in CPython. Optional fields are {@code null} when absent;
 * lists are never {@code null} (empty instead). See {@code package-info.java} for how
 * constant values are represented.
 *
 * <p>Records compare by value, so two structurally equal subtrees at the same position are
 * {@code equals}; anything that keys data by node (the symbol table, the compiler) must use
 * identity ({@link java.util.IdentityHashMap}).
 */
public final class Ast {
    private Ast() {}

    /**
     * A source span: lines 1-based, columns 0-based, in characters (CPython counts UTF-8
     * bytes; the two agree for ASCII source). The end is exclusive, as {@code end_col_offset}.
     */
    public record Pos(int line, int col, int endLine, int endCol) {
        /** A span from the start of {@code a} to the end of {@code b}. */
        public static Pos span(Pos a, Pos b) {
            return new Pos(a.line, a.col, b.endLine, b.endCol);
        }
    }

    /** Any node with a position. */
    public sealed interface Node permits Mod, Stmt, Expr, Arg, Keyword, ExceptHandler, Alias, Pattern {
        /** This node's source span. */
        Pos pos();
    }

    /** Expression context, as CPython's {@code expr_context}. */
    public enum Ctx { Load, Store, Del }

    /** {@code and} / {@code or}. */
    public enum BoolOpKind { And, Or }

    /** Binary operators, named as CPython's {@code operator} classes. */
    public enum Operator {
        Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
        LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

        /** The operator's spelling in source. */
        public final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Unary operators. */
    public enum UnaryOpKind { Invert, Not, UAdd, USub }

    /** Comparison operators. */
    public enum CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

    // ------------------------------------------------------------------ module

    /** A compilation unit. */
    public sealed interface Mod extends Node permits Module {}

    /** A module: the result of parsing a file. {@code pos} spans the whole source. */
    public record Module(Pos pos, List<Stmt> body) implements Mod {}

    // ------------------------------------------------------------------ statements

    /** A statement. */
    public sealed interface Stmt extends Node {}

    /** A function definition, plain or {@code async}: the analyses treat both alike. */
    public sealed interface FunctionLike extends Stmt permits FunctionDef, AsyncFunctionDef {
        String name();

        Arguments args();

        List<Stmt> body();

        List<Expr> decoratorList();

        Expr returns();
    }

    /** {@code def}: {@code pos} starts at {@code def}, not at the first decorator (as CPython 3.8+). */
    public record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body,
                              List<Expr> decoratorList, Expr returns) implements FunctionLike {}

    /** {@code async def}: {@code pos} starts at {@code async}. */
    public record AsyncFunctionDef(Pos pos, String name, Arguments args, List<Stmt> body,
                                   List<Expr> decoratorList, Expr returns) implements FunctionLike {}

    /** {@code class}. */
    public record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords,
                           List<Stmt> body, List<Expr> decoratorList) implements Stmt {}

    /** {@code return [value]}. */
    public record Return(Pos pos, Expr value) implements Stmt {}

    /** {@code del t1, t2}: targets are in {@link Ctx#Del}. */
    public record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    /** {@code t1 = t2 = value}: targets left to right. */
    public record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    /** {@code target op= value}. */
    public record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {}

    /** {@code target: annotation [= value]}; {@code simple} when the target is a bare name not in parentheses. */
    public record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    /** A {@code for} loop, plain or {@code async}: the analyses treat both alike. */
    public sealed interface ForLike extends Stmt permits For, AsyncFor {
        Expr target();

        Expr iter();

        List<Stmt> body();

        List<Stmt> orelse();
    }

    /** {@code for target in iter: body else: orelse}. */
    public record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements ForLike {}

    /** {@code async for target in iter: body else: orelse}. */
    public record AsyncFor(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements ForLike {}

    /** {@code while test: body else: orelse}. */
    public record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /** {@code if}; {@code elif} is a nested {@code If} alone in {@code orelse}. */
    public record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /** A {@code with} statement, plain or {@code async}: the analyses treat both alike. */
    public sealed interface WithLike extends Stmt permits With, AsyncWith {
        List<WithItem> items();

        List<Stmt> body();
    }

    /** {@code with a as b, c: body}. */
    public record With(Pos pos, List<WithItem> items, List<Stmt> body) implements WithLike {}

    /** {@code async with a as b: body}. */
    public record AsyncWith(Pos pos, List<WithItem> items, List<Stmt> body) implements WithLike {}

    /** {@code raise [exc [from cause]]}. */
    public record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}

    /**
     * {@code try} with handlers, else and finally blocks (each may be empty, not all);
     * {@code star}: the handlers are {@code except*} clauses (CPython's TryStar).
     */
    public record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                      List<Stmt> finalbody, boolean star) implements Stmt {
        public Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
            this(pos, body, handlers, orelse, finalbody, false);
        }
    }

    /** {@code assert test[, msg]}. */
    public record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}

    /** {@code import a.b as c, d}. */
    public record Import(Pos pos, List<Alias> names) implements Stmt {}

    /** {@code from ..module import names}: {@code module} null for {@code from . import x}; {@code *} is an alias named "*". */
    public record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {}

    /** {@code global a, b}. */
    public record Global(Pos pos, List<String> names) implements Stmt {}

    /** {@code nonlocal a, b}. */
    public record Nonlocal(Pos pos, List<String> names) implements Stmt {}

    /** An expression statement (CPython's {@code ast.Expr}). */
    public record ExprStmt(Pos pos, Expr value) implements Stmt {}

    /** {@code match subject: cases} (PEP 634). */
    public record Match(Pos pos, Expr subject, List<MatchCase> cases) implements Stmt {}

    /** {@code pass}. */
    public record Pass(Pos pos) implements Stmt {}

    /** {@code break}. */
    public record Break(Pos pos) implements Stmt {}

    /** {@code continue}. */
    public record Continue(Pos pos) implements Stmt {}

    // ------------------------------------------------------------------ expressions

    /** An expression. */
    public sealed interface Expr extends Node {}

    /** {@code a and b and c}: one node for the whole chain of one operator. */
    public record BoolOp(Pos pos, BoolOpKind op, List<Expr> values) implements Expr {}

    /** {@code target := value}; the target is a {@link Name} in {@link Ctx#Store}. */
    public record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {}

    /** {@code left op right}. */
    public record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}

    /** {@code op operand}. */
    public record UnaryOp(Pos pos, UnaryOpKind op, Expr operand) implements Expr {}

    /** {@code lambda args: body}. */
    public record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}

    /** {@code body if test else orelse}. */
    public record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    /** {@code {k: v, **m}}: a {@code null} key marks {@code **value} unpacking. */
    public record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    /** {@code {a, b}} (CPython's {@code ast.Set}). */
    public record SetExpr(Pos pos, List<Expr> elts) implements Expr {}

    /** {@code [elt for ...]}. */
    public record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    /** {@code {elt for ...}}. */
    public record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    /** {@code {key: value for ...}}. */
    public record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    /** {@code (elt for ...)}. */
    public record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    /** {@code yield [value]}. */
    public record Yield(Pos pos, Expr value) implements Expr {}

    /** {@code yield from value}. */
    public record YieldFrom(Pos pos, Expr value) implements Expr {}

    /** {@code await value}, inside an {@code async def}. */
    public record Await(Pos pos, Expr value) implements Expr {}

    /** {@code left op1 c1 op2 c2 ...}: one node for a chain. */
    public record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    /** {@code func(args, keywords)}; {@code *x} is a {@link Starred} in args, {@code **m} a keyword with null name. */
    public record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /**
     * One {@code {value!conv:spec}} field of an f-string. {@code conversion} is -1 (none) or
     * the code point of {@code 's'}, {@code 'r'} or {@code 'a'}, as CPython; {@code formatSpec}
     * is a {@link JoinedStr} or null.
     */
    public record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}

    /** An f-string: {@link Constant} strings and {@link FormattedValue}s, in order. */
    public record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /**
     * A literal. {@code value} is a {@link Long} or {@link java.math.BigInteger} (int),
     * {@link Double} (float), {@link String} (str), {@code byte[]} (bytes), {@link Boolean},
     * {@link #NONE} or {@link #ELLIPSIS}. {@code kind} is "u" for a u-prefixed string, else null.
     * Note that {@code equals} compares a {@code byte[]} value by identity (record semantics).
     */
    public record Constant(Pos pos, Object value, String kind) implements Expr {
        /** The value of the literal {@code None}. */
        public static final Special NONE = Special.NONE;
        /** The value of the literal {@code ...}. */
        public static final Special ELLIPSIS = Special.ELLIPSIS;
    }

    /** Markers for the constant values that have no natural Java object. */
    public enum Special { NONE, ELLIPSIS }

    /** {@code value.attr}. */
    public record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {}

    /** {@code value[slice]}; {@code a[1:2, 3]} has a {@link Tuple} slice holding a {@link Slice}. */
    public record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {}

    /** {@code *value} in a display, call or target. */
    public record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {}

    /** A name. */
    public record Name(Pos pos, String id, Ctx ctx) implements Expr {}

    /** {@code [a, b]} (CPython's {@code ast.List}). */
    public record ListExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}

    /** {@code (a, b)} or {@code a, b}. */
    public record Tuple(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}

    /** {@code lower:upper:step}, only directly in a subscript (or a tuple there); each part may be null. */
    public record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    // ------------------------------------------------------------------ patterns

    /** A pattern of a {@code case} clause. */
    public sealed interface Pattern extends Node {}

    /** A literal or dotted-name value compared with {@code ==}. */
    public record MatchValue(Pos pos, Expr value) implements Pattern {}

    /** {@code None}, {@code True} or {@code False}, compared with {@code is}; value as in {@link Constant}. */
    public record MatchSingleton(Pos pos, Object value) implements Pattern {}

    /** {@code [p1, *rest, p2]} or {@code (p1, p2)}. */
    public record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {}

    /** {@code {k1: p1, **rest}}; {@code rest} null when absent. */
    public record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    /** {@code cls(p1, attr=p2)}. */
    public record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs,
                             List<Pattern> kwdPatterns) implements Pattern {}

    /** {@code *name} in a sequence pattern; {@code name} null for {@code *_}. */
    public record MatchStar(Pos pos, String name) implements Pattern {}

    /** {@code pattern as name}, a capture ({@code pattern} null) or the wildcard (both null). */
    public record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern {}

    /** {@code p1 | p2}. */
    public record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {}

    /** One {@code case pattern if guard: body}; {@code guard} may be null. */
    public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}

    // ------------------------------------------------------------------ helpers

    /**
     * A parameter list. {@code defaults} belong to the last positional parameters
     * (posonlyargs then args); {@code kwDefaults} parallels {@code kwonlyargs}, with null
     * for a keyword-only parameter without a default.
     */
    public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                            List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
        /** The parameter list of {@code def f():}. */
        public static Arguments empty() {
            return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        }
    }

    /** One parameter; {@code annotation} may be null. */
    public record Arg(Pos pos, String arg, Expr annotation) implements Node {}

    /** {@code arg=value} in a call or class header; {@code arg} null for {@code **value}. */
    public record Keyword(Pos pos, String arg, Expr value) implements Node {}

    /** One {@code for target in iter if ...} clause of a comprehension. */
    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}

    /** {@code except type as name: body}; type and name null for a bare {@code except:}. */
    public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {}

    /** {@code contextExpr as optionalVars} in a {@code with}; optionalVars may be null. */
    public record WithItem(Expr contextExpr, Expr optionalVars) {}

    /** {@code name as asname} in an import; asname may be null. */
    public record Alias(Pos pos, String name, String asname) implements Node {}
}
