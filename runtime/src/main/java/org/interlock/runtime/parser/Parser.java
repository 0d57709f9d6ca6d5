package org.interlock.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.interlock.runtime.lexer.Lexer;
import org.interlock.runtime.lexer.Token;
import org.interlock.runtime.lexer.TokenType;
import org.interlock.runtime.parser.Ast.*;
import org.interlock.runtime.parser.Ast.Module;

/**
 * The Python 3.11 parser: statements here, expressions in {@link ExpressionParser}.
 * Recursive descent over CPython's grammar ({@code Grammar/python.gram}) without
 * {@code async}; patterns are in {@link PatternParser}. Errors are {@link PySyntaxError}s whose
 * messages and positions follow CPython 3.11 for the common mistakes; checks that CPython
 * makes later, in the compiler or symbol table ({@code 'return' outside function},
 * {@code 'break' outside loop}, duplicate parameters, global/nonlocal), are in
 * {@code org.interlock.runtime.symtable.SymbolTable}.
 */
public final class Parser extends PatternParser {

    private Parser(Lexer lexer, String filename) {
        super(lexer, filename);
    }

    /**
     * Parses a module (CPython's "exec" mode). A leading byte-order mark is skipped, as
     * CPython's tokenizer does when it reads a file.
     */
    public static Module parseModule(String source, String filename) {
        String src = normalizeNewlines(source.startsWith("\uFEFF") ? source.substring(1) : source);
        Parser p = new Parser(Lexer.tokenize(src, filename), filename);
        try {
            return p.file();
        } catch (PySyntaxError e) {
            throw p.prioritize(e);
        } catch (StackOverflowError e) {
            throw p.prioritize(p.tooDeep());
        }
    }

    /**
     * The depth guard keeps recursion within about 8000 frames; a thread with a very small
     * stack may still overflow, and that too is reported as a SyntaxError, never as a crash.
     */
    private PySyntaxError tooDeep() {
        Token t = peek();
        return errorAt("expression nested too deeply", t.line(), t.col(), t.line(), t.col());
    }

    /** Parses one expression (CPython's "eval" mode), as {@code eval()} does: leading blanks ignored. */
    public static Expr parseExpression(String source, String filename) {
        String src = normalizeNewlines(source);
        int i = 0;
        while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        Parser p = new Parser(Lexer.tokenize(src.substring(i), filename), filename);
        try {
            Expr e = p.starExpressions();
            while (p.at(TokenType.NEWLINE)) {
                p.next();
            }
            if (!p.at(TokenType.ENDMARKER)) {
                throw p.invalidSyntax();
            }
            return e;
        } catch (PySyntaxError e) {
            throw p.prioritize(e);
        } catch (StackOverflowError e) {
            throw p.prioritize(p.tooDeep());
        }
    }

    private static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(TokenType.ENDMARKER)) {
            statement(body);
        }
        Token end = peek();
        return new Module(new Pos(1, 0, end.line(), end.col()), body);
    }

    // ------------------------------------------------------------------ statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "def" -> {
                    out.add(functionDef(List.of()));
                    return;
                }
                case "async" -> {
                    if (peek(1).is("def")) {
                        out.add(functionDef(List.of()));
                        return;
                    }
                    if (peek(1).is("for")) {
                        next();
                        For f = (For) forStmt();
                        out.add(new AsyncFor(Pos.span(pos(t), f.pos()), f.target(), f.iter(), f.body(), f.orelse()));
                        return;
                    }
                    if (peek(1).is("with")) {
                        next();
                        With w = (With) withStmt();
                        out.add(new AsyncWith(Pos.span(pos(t), w.pos()), w.items(), w.body()));
                        return;
                    }
                    throw invalidSyntax();
                }
                case "class" -> {
                    out.add(classDef(List.of()));
                    return;
                }
                case "if" -> {
                    out.add(ifStmt());
                    return;
                }
                case "while" -> {
                    out.add(whileStmt());
                    return;
                }
                case "for" -> {
                    out.add(forStmt());
                    return;
                }
                case "try" -> {
                    out.add(tryStmt());
                    return;
                }
                case "with" -> {
                    out.add(withStmt());
                    return;
                }
                case "match" -> {
                    Stmt m = matchStmt();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                }
                default -> { }
            }
        } else if (t.is("@")) {
            out.add(decorated());
            return;
        } else if (t.type() != TokenType.OP && t.type() != TokenType.NUMBER && t.type() != TokenType.STRING) {
            throw invalidSyntax();
        }
        simpleStatements(out);
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            Stmt s = simpleStatement();
            out.add(s);
            if (accept(";")) {
                if (at(TokenType.NEWLINE)) {
                    break;
                }
                continue;
            }
            if (!at(TokenType.NEWLINE)) {
                if (s instanceof ExprStmt es && es.value() instanceof Name n
                        && (n.id().equals("print") || n.id().equals("exec")) && startsExpression()) {
                    throw errorAt("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?",
                            n.pos().line(), n.pos().col(), peek().endLine(), peek().endCol());
                }
                throw invalidSyntax();
            }
            break;
        }
        next();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    next();
                    return new Pass(pos(t));
                }
                case "break" -> {
                    next();
                    return new Break(pos(t));
                }
                case "continue" -> {
                    next();
                    return new Continue(pos(t));
                }
                case "return" -> {
                    next();
                    Expr v = startsExpression() ? starExpressions() : null;
                    return new Return(from(t), v);
                }
                case "raise" -> {
                    next();
                    Expr exc = null;
                    Expr cause = null;
                    if (startsExpression()) {
                        exc = expression();
                        if (accept("from")) {
                            cause = expression();
                        }
                    }
                    return new Raise(from(t), exc, cause);
                }
                case "global", "nonlocal" -> {
                    next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName());
                    } while (accept(","));
                    return t.text().equals("global") ? new Global(from(t), names) : new Nonlocal(from(t), names);
                }
                case "del" -> {
                    next();
                    Expr targets = starExpressions();
                    List<Expr> list = targets instanceof Tuple tup && !(peekBackIsParen(tup))
                            ? tup.elts() : List.of(targets);
                    List<Expr> dels = new ArrayList<>();
                    for (Expr e : list) {
                        dels.add(Targets.toDel(this, e));
                    }
                    return new Delete(from(t), dels);
                }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Assert(from(t), test, msg);
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                default -> { }
            }
        }
        return expressionStatement();
    }

    /** Whether a tuple came from explicit parentheses (its span starts at a '(' token). */
    private boolean peekBackIsParen(Tuple t) {
        String line = lexer.lineText(t.pos().line());
        return t.pos().col() < line.length() && line.charAt(t.pos().col()) == '(';
    }

    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = at("yield") ? yieldExpr() : starExpressions();
        if (at(":")) {
            return annAssign(start, first);
        }
        Operator aug = augOperator();
        if (aug != null) {
            Token op = next();
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                // CPython's rule needs a right-hand side; without one the failure is at the operator.
                try {
                    if (at("yield")) {
                        yieldExpr();
                    } else {
                        starExpressions();
                    }
                } catch (PySyntaxError e) {
                    throw errorAt("invalid syntax", op);
                }
                throw errorAt("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment",
                        first.pos());
            }
            Expr value = at("yield") ? yieldExpr() : starExpressions();
            return new AugAssign(from(start), Targets.withCtx(first, Ctx.Store), aug, value);
        }
        if (!at("=")) {
            return new ExprStmt(from(start), first);
        }
        List<Expr> chain = new ArrayList<>();
        chain.add(first);
        Token afterFirstEquals = peek(1);
        while (accept("=")) {
            Expr target = chain.get(chain.size() - 1);
            Expr bad = Targets.invalidStore(target);
            try {
                chain.add(at("yield") ? yieldExpr() : starExpressions());
            } catch (PySyntaxError e) {
                // CPython's invalid_assignment matches on "target =" alone.
                if (bad != null) {
                    throw Targets.storeError(this, bad, "");
                }
                throw e;
            }
        }
        Expr value = chain.remove(chain.size() - 1);
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Expr e = chain.get(i);
            Expr bad = Targets.invalidStore(e);
            if (bad != null) {
                // CPython's invalid_named_expression: a bitwise_or-level target, '=', then a
                // bitwise_or-level value.
                boolean suggest = i == 0 && bad == e && chain.size() == 1
                        && !(e instanceof ListExpr || e instanceof Tuple || e instanceof GeneratorExp)
                        && !(e instanceof Compare || e instanceof BoolOp || e instanceof IfExp || e instanceof Lambda
                            || e instanceof NamedExpr || (e instanceof UnaryOp u && u.op() == UnaryOpKind.Not))
                        && !(afterFirstEquals.is("not") || afterFirstEquals.is("lambda") || afterFirstEquals.is("*"))
                        && !(e instanceof Constant c && (c.value() == Constant.NONE || c.value() instanceof Boolean))
                        && !(e instanceof Yield || e instanceof YieldFrom)
                        && !afterFirstEquals.is("yield");
                throw Targets.storeError(this, bad, suggest ? " here. Maybe you meant '==' instead of '='?" : "");
            }
            targets.add(Targets.withCtx(e, Ctx.Store));
        }
        return new Assign(from(start), targets, value);
    }

    private Stmt annAssign(Token start, Expr target) {
        Token colon = next();
        boolean valid = target instanceof Name || target instanceof Attribute || target instanceof Subscript;
        Expr annotation;
        try {
            annotation = expression();
        } catch (PySyntaxError e) {
            // Without an annotation CPython's specific target rules do not match: the first
            // pass failed at the colon.
            if (!valid) {
                throw errorAt("invalid syntax", colon);
            }
            throw e;
        }
        if (target instanceof Tuple) {
            throw errorAt("only single target (not tuple) can be annotated", target.pos());
        }
        if (target instanceof ListExpr) {
            throw errorAt("only single target (not list) can be annotated", target.pos());
        }
        if (!valid) {
            throw errorAt("illegal target for annotation", target.pos());
        }
        Expr value = null;
        if (accept("=")) {
            value = at("yield") ? yieldExpr() : starExpressions();
        }
        boolean simple = target instanceof Name && !start.is("(");
        return new AnnAssign(from(start), Targets.withCtx(target, Ctx.Store), annotation, value, simple);
    }

    private Operator augOperator() {
        Token t = peek();
        if (t.type() != TokenType.OP) {
            return null;
        }
        return switch (t.text()) {
            case "+=" -> Operator.Add;
            case "-=" -> Operator.Sub;
            case "*=" -> Operator.Mult;
            case "@=" -> Operator.MatMult;
            case "/=" -> Operator.Div;
            case "%=" -> Operator.Mod;
            case "**=" -> Operator.Pow;
            case "<<=" -> Operator.LShift;
            case ">>=" -> Operator.RShift;
            case "|=" -> Operator.BitOr;
            case "^=" -> Operator.BitXor;
            case "&=" -> Operator.BitAnd;
            case "//=" -> Operator.FloorDiv;
            default -> null;
        };
    }

    // ------------------------------------------------------------------ imports

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (at(".")) {
            next();
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt importName() {
        Token start = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token as = peek();
            String name = dottedName();
            String asname = accept("as") ? expectName() : null;
            names.add(new Alias(from(as), name, asname));
        } while (accept(","));
        return new Import(from(start), names);
    }

    private Stmt importFrom() {
        Token start = next();
        int level = 0;
        while (at(".") || at("...")) {
            level += next().text().length();
        }
        String module = null;
        if (!at("import") || level == 0) {
            module = dottedName();
        }
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token s = next();
            names.add(new Alias(pos(s), "*", null));
            return new ImportFrom(from(start), module, names, level);
        }
        boolean paren = accept("(");
        do {
            if (paren && at(")")) {
                break;
            }
            if (!paren && at(TokenType.NEWLINE) && prev().is(",")) {
                throw errorAt("trailing comma not allowed without surrounding parentheses", peek());
            }
            Token as = peek();
            String name = expectName();
            String asname = accept("as") ? expectName() : null;
            names.add(new Alias(from(as), name, asname));
        } while (accept(","));
        if (!paren && prev().is(",")) {
            throw errorAt("trailing comma not allowed without surrounding parentheses", peek());
        }
        if (paren) {
            expect(")");
        }
        return new ImportFrom(from(start), module, names, level);
    }

    // ------------------------------------------------------------------ blocks

    /** ':' then an indented block or simple statements on the same line. */
    private List<Stmt> block(String what, Token kw) {
        boolean forced = switch (kw.text()) {
            case "def", "try", "else", "finally" -> true;
            default -> false;
        };
        expectColon(forced);
        List<Stmt> body = new ArrayList<>();
        if (accept(TokenType.NEWLINE)) {
            if (!at(TokenType.INDENT)) {
                Token t = peek();
                throw errorAt(PySyntaxError.Kind.IndentationError,
                        "expected an indented block after " + what + " on line " + kw.line(),
                        t.line(), t.col(), t.endLine(), t.endCol());
            }
            next();
            enter();
            try {
                while (!at(TokenType.DEDENT) && !at(TokenType.ENDMARKER)) {
                    statement(body);
                }
            } finally {
                leave();
            }
            accept(TokenType.DEDENT);
        } else {
            simpleStatements(body);
        }
        return body;
    }

    private boolean accept(TokenType t) {
        if (at(t)) {
            next();
            return true;
        }
        return false;
    }

    private static Pos upTo(Token start, List<Stmt> last) {
        Pos e = last.get(last.size() - 1).pos();
        return new Pos(start.line(), start.col(), e.endLine(), e.endCol());
    }

    private Stmt ifStmt() {
        Token kw = next();
        return ifRest(kw, "'if' statement");
    }

    private Stmt ifRest(Token kw, String what) {
        Expr test = namedExpression();
        List<Stmt> body = block(what, kw);
        List<Stmt> orelse = List.of();
        if (at("elif")) {
            Token e = next();
            orelse = List.of(ifRest(e, "'elif' statement"));
        } else if (at("else")) {
            Token e = next();
            orelse = block("'else' statement", e);
        }
        return new If(upTo(kw, orelse.isEmpty() ? body : orelse), test, body, orelse);
    }

    private Stmt whileStmt() {
        Token kw = next();
        Expr test = namedExpression();
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = List.of();
        if (at("else")) {
            Token e = next();
            orelse = block("'else' statement", e);
        }
        return new While(upTo(kw, orelse.isEmpty() ? body : orelse), test, body, orelse);
    }

    private Stmt forStmt() {
        Token kw = next();
        Expr target = Targets.toStore(this, targetList(), "assign to");
        expect("in");
        Expr iter = starExpressions();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = List.of();
        if (at("else")) {
            Token e = next();
            orelse = block("'else' statement", e);
        }
        return new For(upTo(kw, orelse.isEmpty() ? body : orelse), target, iter, body, orelse);
    }

    private Stmt withStmt() {
        Token kw = next();
        List<WithItem> items = null;
        if (at("(") && !peek(1).is(")")) {
            int save = idx;
            try {
                next();
                List<WithItem> list = new ArrayList<>();
                do {
                    if (at(")")) {
                        break;
                    }
                    list.add(withItem());
                } while (accept(","));
                expect(")");
                if (at(":")) {
                    items = list;
                } else {
                    idx = save;
                }
            } catch (PySyntaxError e) {
                idx = save;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(","));
        }
        List<Stmt> body = block("'with' statement", kw);
        return new With(upTo(kw, body), items, body);
    }

    private WithItem withItem() {
        Expr ctx = expression();
        Expr vars = null;
        if (accept("as")) {
            Token s = peek();
            Expr t;
            if (at("*")) {
                next();
                t = new Starred(from(s), bitwiseOr(), Ctx.Load);
            } else {
                t = bitwiseOr();
            }
            vars = Targets.toStore(this, t, "assign to");
        }
        return new WithItem(ctx, vars);
    }

    private Stmt tryStmt() {
        Token kw = next();
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        while (at("except")) {
            Token ex = next();
            boolean isStar = at("*");
            if (!handlers.isEmpty() && isStar != star) {
                Token end = isStar ? peek() : ex;
                throw errorAt("cannot have both 'except' and 'except*' on the same 'try'", ex.line(), ex.col(),
                        end.endLine(), end.endCol());
            }
            star = isStar;
            if (isStar) {
                next();
                if (at(":")) throw errorAt("expected one or more exception types", peek());
            }
            Expr type = null;
            String name = null;
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    Token c = peek();
                    throw errorAt("multiple exception types must be parenthesized", type.pos().line(), type.pos().col(),
                            c.endLine(), c.endCol());
                }
                if (accept("as")) {
                    name = expectName();
                }
            }
            List<Stmt> hb = block("'except' statement", ex);
            handlers.add(new ExceptHandler(upTo(ex, hb), type, name, hb));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && at("else")) {
            Token e = next();
            orelse = block("'else' statement", e);
        }
        List<Stmt> finalbody = List.of();
        if (at("finally")) {
            Token f = next();
            finalbody = block("'finally' statement", f);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAt("expected 'except' or 'finally' block", peek());
        }
        List<Stmt> last = !finalbody.isEmpty() ? finalbody : !orelse.isEmpty() ? orelse : null;
        Pos p = last != null ? upTo(kw, last) : upTo(kw, List.of(handlers.get(handlers.size() - 1).body()
                .get(handlers.get(handlers.size() - 1).body().size() - 1)));
        return new Try(p, body, handlers, orelse, finalbody, star);
    }

    // ------------------------------------------------------------------ match

    /**
     * {@code match subject: case ...}, or null (nothing consumed) when the soft keyword
     * {@code match} starts an ordinary statement: the statement is a match only if the
     * subject is followed by ':' NEWLINE INDENT and a {@code case}.
     */
    private Stmt matchStmt() {
        int save = idx;
        Token kw = next();
        Expr subject;
        try {
            if (at(TokenType.NEWLINE) || at(":") || at("=") || at(".") || at("(") && peek(1).is(")")) {
                idx = save;
                return null;
            }
            Token s = peek();
            Expr first = starNamedExpression();
            if (at(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(",")) {
                    if (at(":")) {
                        break;
                    }
                    elts.add(starNamedExpression());
                }
                subject = new Tuple(from(s), elts, Ctx.Load);
            } else {
                if (first instanceof Starred) {
                    idx = save;
                    return null;
                }
                subject = first;
            }
        } catch (PySyntaxError e) {
            idx = save;
            return null;
        }
        if (!at(":") || peek(1).type() != TokenType.NEWLINE) {
            if (at(TokenType.NEWLINE)) {
                // CPython's invalid_match_stmt applies only when no ordinary statement parses.
                Token t = peek();
                idx = save;
                try {
                    simpleStatements(new ArrayList<>());
                } catch (PySyntaxError e) {
                    throw errorAt("expected ':'", t.line(), t.col(), t.line(), t.col());
                }
            }
            idx = save;
            return null;
        }
        next();
        next();
        if (!at(TokenType.INDENT)) {
            Token t = peek();
            throw errorAt(PySyntaxError.Kind.IndentationError,
                    "expected an indented block after 'match' statement on line " + kw.line(),
                    t.line(), t.col(), t.endLine(), t.endCol());
        }
        next();
        List<MatchCase> cases = new ArrayList<>();
        List<Stmt> last = null;
        while (!at(TokenType.DEDENT) && !at(TokenType.ENDMARKER)) {
            if (!(at(TokenType.NAME) && peek().text().equals("case"))) {
                throw invalidSyntax();
            }
            Token c = next();
            Pattern p = patterns();
            Expr guard = accept("if") ? namedExpression() : null;
            last = block("'case' statement", c);
            cases.add(new MatchCase(p, guard, last));
        }
        if (cases.isEmpty()) {
            throw invalidSyntax();
        }
        accept(TokenType.DEDENT);
        return new Match(upTo(kw, last), subject, cases);
    }

    // ------------------------------------------------------------------ definitions

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept("@")) {
            decorators.add(namedExpression());
            if (!accept(TokenType.NEWLINE)) {
                throw invalidSyntax();
            }
        }
        if (at("def") || at("async") && peek(1).is("def")) {
            return functionDef(decorators);
        }
        if (at("class")) {
            return classDef(decorators);
        }
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators) {
        Token kw = next();
        Token async = null;
        if (kw.is("async")) {
            async = kw;
            kw = next();
        }
        String name = expectName();
        if (!at("(")) {
            // A forced token in CPython's grammar (&&'(').
            Token t = peek();
            throw errorAt("expected '('", t.line(), t.col(), t.line(), t.col());
        }
        next();
        Arguments args = parameters(true, ")");
        expect(")");
        Expr returns = null;
        if (accept("->")) {
            returns = expression();
        }
        List<Stmt> body = block("function definition", kw);
        if (async != null) {
            return new AsyncFunctionDef(upTo(async, body), name, args, body, decorators, returns);
        }
        return new FunctionDef(upTo(kw, body), name, args, body, decorators, returns);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token kw = next();
        String name = expectName();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at("(")) {
            Call c = (Call) callArguments(kw);
            bases = c.args();
            keywords = c.keywords();
        }
        List<Stmt> body = block("class definition", kw);
        return new ClassDef(upTo(kw, body), name, bases, keywords, body, decorators);
    }

    /** Parses a parenthesized argument list as a call of a placeholder (class bases share call syntax). */
    private Expr callArguments(Token kw) {
        Expr placeholder = new Name(pos(peek()), "", Ctx.Load);
        return call(kw, placeholder);
    }
}
