package org.interlock.runtime.builtins;

import java.nio.charset.StandardCharsets;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Loader;
import org.interlock.runtime.compiler.CodeUnit;
import org.interlock.runtime.compiler.CompileError;
import org.interlock.runtime.compiler.Compiler;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyCode;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.parser.Parser;
import org.interlock.runtime.parser.PySyntaxError;
import org.interlock.runtime.vm.Eval;
import org.interlock.runtime.vm.ExecState;
import org.interlock.runtime.vm.Frame;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;

/**
 * {@code compile()}, {@code eval()} and {@code exec()}: source is parsed and compiled to a
 * module-level code object (an expression's code returns its value) and run in a new frame
 * whose globals and locals the caller chooses; by default the calling frame's, with a
 * function's locals as the snapshot {@code locals()} gives. Syntax errors become catchable
 * {@code SyntaxError} instances carrying CPython's attributes.
 */
final class EvalExec {
    private EvalExec() {}

    private static final PyStr BUILTINS = PyStr.intern("__builtins__");

    /** {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)}. */
    static PyObject compile(PyObject self, PyObject[] a, String[] kw, ThreadState ts) {
        PyObject src = Args.arg(a, kw, 0, "source");
        PyObject fn = Args.arg(a, kw, 1, "filename");
        PyObject mode = Args.arg(a, kw, 2, "mode");
        if (src == null || fn == null || mode == null) {
            throw ExcTypes.typeError("compile() missing required argument '"
                    + (src == null ? "source" : fn == null ? "filename" : "mode") + "'", ts);
        }
        PyObject flags = Args.arg(a, kw, 3, "flags");
        if (flags instanceof PyInt fi && (fi.longValue() & 0x400) != 0) {
            throw ExcTypes.raise(ExcTypes.NOT_IMPLEMENTED_ERROR, "compile() to an AST is not supported", ts);
        }
        if (!(mode instanceof PyStr ms)) throw ExcTypes.typeError("compile() argument 'mode' must be str, not " + Ops.typeName(mode), ts);
        String m = ms.value();
        if (!m.equals("exec") && !m.equals("eval") && !m.equals("single")) {
            throw ExcTypes.valueError("compile() mode must be 'exec', 'eval' or 'single'", ts);
        }
        String filename = fn instanceof PyStr fs ? fs.value() : fn instanceof PyBytes fb
                ? new String(fb.bytes(), StandardCharsets.UTF_8) : null;
        if (filename == null) {
            throw ExcTypes.typeError("compile() argument 'filename' must be str, bytes or os.PathLike, not "
                    + Ops.typeName(fn), ts);
        }
        if (src instanceof PyCode) return Ops.incref(src, ts);
        return Loader.load(compileSource(sourceText(src, "compile", ts), filename, m, ts), ts);
    }

    /** {@code eval(source, globals=None, locals=None)} and {@code exec(...)}: a new reference. */
    static PyObject run(String which, PyObject[] a, String[] kw, ThreadState ts) {
        PyObject src = Args.arg(a, kw, 0, "source");
        if (src == null) throw ExcTypes.typeError(which + " expected at least 1 argument, got 0", ts);
        PyObject g = Args.arg(a, kw, 1, "globals");
        PyObject l = Args.arg(a, kw, 2, "locals");
        if (g == Ops.NONE) g = null;
        if (l == Ops.NONE) l = null;
        if (g != null && !(g instanceof PyDict)) {
            throw ExcTypes.typeError(which.equals("exec") ? "exec() globals must be a dict, not " + Ops.typeName(g)
                    : "globals must be a dict", ts);
        }
        if (l != null && !(l instanceof PyDict) && Ops.special(l, Names.__getitem__, ts) == null) {
            throw ExcTypes.typeError(which.equals("exec") ? "locals must be a mapping or None, not " + Ops.typeName(l)
                    : "locals must be a mapping", ts);
        }
        PyCode code;
        if (src instanceof PyCode c) {
            if (c.nfree > 0) {
                throw ExcTypes.typeError("code object passed to " + which + "() may not contain free variables", ts);
            }
            code = (PyCode) Ops.incref(c, ts);
        } else {
            String text = sourceText(src, which, ts);
            code = Loader.load(compileSource(text, "<string>", which, ts), ts);
        }
        PyObject ownedLocals = null;
        try {
            Frame caller = ExecState.of(ts).frame;
            PyDict globals;
            if (g == null) {
                globals = caller.globals;
                if (l == null) {
                    ownedLocals = BuiltinsModule.locals(ts);
                    l = ownedLocals;
                }
            } else {
                globals = (PyDict) g;
                if (l == null) l = globals;
            }
            PyDict builtins = builtinsFor(globals, ts);
            Frame f = new Frame(code, null, globals, builtins, l instanceof PyDict ld ? ld : null);
            if (!(l instanceof PyDict)) f.mapping = l;
            PyObject r = Eval.run(f, ts);
            if (which.equals("exec")) {
                ts.refs.decref(r, ts);
                return Ops.incref(Ops.NONE, ts);
            }
            return r;
        } finally {
            if (ownedLocals != null) ts.refs.decref(ownedLocals, ts);
            ts.refs.decref(code, ts);
        }
    }

    /**
     * The builtins a frame with these globals sees: their {@code __builtins__} (a module or a
     * dict), inserted first as the interpreter's builtins dict when missing, as CPython does.
     */
    private static PyDict builtinsFor(PyDict globals, ThreadState ts) {
        PyDict own = ExecState.of(ts).interp.builtinsDict();
        PyObject b = globals.get(BUILTINS, ts);
        if (b == null) {
            globals.set(BUILTINS, own, ts);
            return own;
        }
        ts.refs.decref(b, ts); // borrowed from then on: the globals keep it
        if (b instanceof PyModule m) return m.dict;
        if (b instanceof PyDict d) return d;
        return own;
    }

    private static String sourceText(PyObject src, String which, ThreadState ts) {
        if (src instanceof PyStr s) return s.value();
        if (src instanceof PyBytes b) return new String(b.bytes(), StandardCharsets.UTF_8);
        String what = which.equals("compile") ? "compile() arg 1" : which + "() arg 1";
        throw ExcTypes.typeError(what + " must be a string, bytes or code object", ts);
    }

    /** Parses and compiles in mode exec, eval or single; syntax errors become SyntaxError. */
    private static CodeUnit compileSource(String text, String filename, String mode, ThreadState ts) {
        try {
            return switch (mode) {
                case "eval" -> Compiler.compileEval(Parser.parseExpression(text, filename), filename);
                case "single" -> Compiler.compileDynamic(Parser.parseModule(text, filename), filename, true);
                default -> Compiler.compileDynamic(Parser.parseModule(text, filename), filename, false);
            };
        } catch (PySyntaxError e) {
            throw syntaxError(e, ts);
        } catch (CompileError e) {
            throw syntaxError(new PySyntaxError(PySyntaxError.Kind.SyntaxError, e.getMessage(), filename, e.line, 0,
                    null, 0, 0), ts);
        }
    }

    /**
     * A SyntaxError (or IndentationError, TabError) instance as CPython builds it: args
     * {@code (msg, (filename, lineno, offset, text, end_lineno, end_offset))} and those fields
     * as attributes.
     */
    static PyException syntaxError(PySyntaxError e, ThreadState ts) {
        var type = switch (e.kind()) {
            case IndentationError -> ExcTypes.INDENTATION_ERROR;
            case TabError -> ExcTypes.TAB_ERROR;
            default -> ExcTypes.SYNTAX_ERROR;
        };
        PyObject[] fields = {
            PyStr.of(e.filename(), ts), PyInt.of(e.lineno(), ts), PyInt.of(e.offset(), ts),
            e.text() == null ? Ops.incref(Ops.NONE, ts) : PyStr.of(e.text(), ts),
            PyInt.of(e.endLineno(), ts), PyInt.of(e.endOffset(), ts),
        };
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        PyStr msg = PyStr.of(e.msg(), ts);
        PyTuple details = PyTuple.of(fields, ts);
        try {
            PyBaseException exc = PyBaseException.of(type, ts, msg, details);
            for (int i = 0; i < names.length; i++) exc.setAttr(PyStr.intern(names[i]), fields[i], ts);
            return new PyException(exc);
        } finally {
            for (PyObject f : fields) ts.refs.decref(f, ts);
            ts.refs.decref(msg, ts);
            ts.refs.decref(details, ts);
        }
    }
}
