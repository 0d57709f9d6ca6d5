package org.interlock.runtime.objects;

import org.interlock.object.PyDict;
import org.interlock.object.PyInstance;
import org.interlock.object.PyObject;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * A Python function: code, globals, defaults, keyword defaults, closure cells, and an
 * attribute dict (functions take attributes, {@code functools.wraps} sets some). Every field
 * is an owned reference; {@code name}, {@code qualname} and {@code doc} may be reassigned.
 */
public final class PyFunction extends PyInstance {
    public static final PyType TYPE = PyType.builtin("function");

    public final PyCode code;
    public final PyDict globals;
    public PyTuple defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    public PyObject name;
    public PyObject qualname;
    public PyObject doc;
    public PyObject module;
    /** The builtins dict of the interpreter that made the function (borrowed: the interpreter keeps it). */
    public PyDict builtins;
    /** True when a call with exactly argcount positional arguments needs no binding work. */
    public final boolean simpleCall;

    public PyFunction(PyCode code, PyDict globals, PyTuple defaults, PyDict kwdefaults, PyCell[] closure,
                      PyObject name, PyObject qualname, PyObject doc, PyObject module, ThreadState ts) {
        super(TYPE, ts);
        ts.refs.incref(code, ts);
        ts.refs.incref(globals, ts);
        if (defaults != null) ts.refs.incref(defaults, ts);
        if (kwdefaults != null) ts.refs.incref(kwdefaults, ts);
        if (closure != null) for (PyCell c : closure) ts.refs.incref(c, ts);
        ts.refs.incref(name, ts);
        ts.refs.incref(qualname, ts);
        ts.refs.incref(doc, ts);
        ts.refs.incref(module, ts);
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = name;
        this.qualname = qualname;
        this.doc = doc;
        this.module = module;
        org.interlock.runtime.compiler.CodeUnit u = code.unit;
        this.simpleCall = (u.flags() & (org.interlock.runtime.compiler.CodeUnit.VARARGS
                | org.interlock.runtime.compiler.CodeUnit.VARKEYWORDS | org.interlock.runtime.compiler.CodeUnit.GENERATOR)) == 0
                && u.kwonlyargcount() == 0 && code.ncells + code.nfree == 0;
        // deferred-refcount option: only the cycle collector frees a top-level function. Nested
        // ones (closures) keep ordinary counting, as in CPython 3.13t: they capture variables,
        // whose prompt release programs rely on.
        if ((u.flags() & org.interlock.runtime.compiler.CodeUnit.NESTED) == 0) ts.space.defer(this, ts);
    }

    /** Every owned field ({@code builtins} is borrowed), then the attribute dict (cycle collector). */
    @Override
    protected void traverse(Visitor v) {
        visit(v, code);
        visit(v, globals);
        visit(v, defaults);
        visit(v, kwdefaults);
        PyCell[] cl = closure;
        if (cl != null) for (PyCell c : cl) visit(v, c);
        visit(v, name);
        visit(v, qualname);
        visit(v, doc);
        visit(v, module);
        super.traverse(v);
    }

    private static void visit(Visitor v, PyObject o) {
        if (o != null) v.visit(o); // null while the constructor runs
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(code, ts);
        ts.refs.decref(globals, ts);
        if (defaults != null) ts.refs.decref(defaults, ts);
        if (kwdefaults != null) ts.refs.decref(kwdefaults, ts);
        if (closure != null) for (PyCell c : closure) ts.refs.decref(c, ts);
        ts.refs.decref(name, ts);
        ts.refs.decref(qualname, ts);
        ts.refs.decref(doc, ts);
        ts.refs.decref(module, ts);
        super.releaseReferences(ts);
    }
}
