package org.interlock.runtime.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.interlock.object.PyDict;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.Loader;
import org.interlock.runtime.compiler.CodeUnit;
import org.interlock.runtime.compiler.CompileError;
import org.interlock.runtime.compiler.Compiler;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyCode;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.parser.Parser;
import org.interlock.runtime.parser.PySyntaxError;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;

/**
 * The import system: {@code sys.modules}, builtin (Java) modules, then {@code .py} files on
 * {@code sys.path} (the script's folder, {@code INTERLOCK_PATH}, configured entries), then the
 * pure-Python library on the classpath ({@code /interlock/lib/NAME.py} or a package there).
 *
 * <h2>The import lock (invariant S1)</h2>
 * One reentrant lock per interpreter is held while a module is found and its body runs, so two
 * threads importing one module run its body once: the second waits (with the GIL released,
 * through {@link ThreadState#blocking}) and then finds the module in {@code sys.modules}. A
 * module is entered in {@code sys.modules} before its body runs (circular imports see the
 * partial module, as in CPython) and removed again if the body fails.
 */
public final class Importer {
    private final Interpreter interp;
    private final PyDict modules;
    private final PyModule sys;
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * Names whose body is running. A module enters {@code sys.modules} before its body runs (so
     * circular imports see it), so the lock-free fast path must not hand such a module to
     * another thread: that thread takes the lock and waits until the body has finished. The
     * importing thread itself holds the (reentrant) lock and still sees the partial module.
     */
    private final java.util.Set<String> initializing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, BiFunction<Interpreter, ThreadState, PyModule>> builtin = new LinkedHashMap<>();

    public Importer(Interpreter interp, ThreadState ts) {
        this.interp = interp;
        this.modules = new PyDict(ts);
        builtin.put("math", (i, t) -> MathModule.create(t));
        builtin.put("cmath", (i, t) -> CmathModule.create(t));
        builtin.put("time", (i, t) -> TimeModule.create(t));
        builtin.put("os", OsModule::create);
        builtin.put("random", (i, t) -> RandomModule.create(t));
        builtin.put("gc", (i, t) -> MiscModules.gc(t));
        builtin.put("_weakref", (i, t) -> WeakrefModule.create(t)); // weakref itself: lib/weakref.py
        builtin.put("__future__", (i, t) -> MiscModules.future(t));
        builtin.put("_thread", (i, t) -> ThreadModule.create(i, t));
        builtin.put("hashlib", (i, t) -> HashlibModule.create(t));
        builtin.put("zlib", (i, t) -> ZlibModule.create(t));
        builtin.put("_queue", (i, t) -> QueueModule.create(t));
        builtin.put("_jre", (i, t) -> ReModule.create(t)); // re itself: lib/re.py
        builtin.put("struct", (i, t) -> StructModule.create(t));
        builtin.put("array", (i, t) -> ArrayModule.create(t));
        builtin.put("binascii", (i, t) -> BinasciiModule.create(t));
        builtin.put("io", IoModule::create);
        builtin.put("_json", (i, t) -> JsonModule.create(t)); // json itself: lib/json
        builtin.put("_traceback", (i, t) -> TracebackModule.create(t)); // traceback itself: lib/traceback.py
        builtin.put("os.path", (i, t) -> {
            PyModule os = importOne("os", null, t);
            PyObject p = os.dict.get(PyStr.intern("path"), t);
            return (PyModule) p;
        });
        this.sys = SysModule.create(interp, modules, ts);
        modules.set(PyStr.intern("sys"), sys, ts);
        java.util.TreeSet<String> names = new java.util.TreeSet<>(builtin.keySet());
        names.remove("os.path");
        names.add("sys");
        names.add("builtins");
        PyObject[] items = names.stream().map(n -> (PyObject) PyStr.of(n, ts)).toArray(PyObject[]::new);
        sys.putNew("builtin_module_names", PyTuple.fromNewRefs(items, ts), ts);
        modules.set(PyStr.intern("builtins"), interp.builtinsModule(), ts);
    }

    public PyModule sys() {
        return sys;
    }

    public PyDict modules() {
        return modules;
    }

    /** Inserts the script's folder at the front of {@code sys.path}. */
    public void addScriptDir(Path dir, ThreadState ts) {
        PyObject p = Ops.getAttr(sys, PyStr.intern("path"), ts);
        try {
            if (p instanceof PyList l) {
                PyStr s = PyStr.of(dir.toString(), ts);
                if (!(l.len(ts) > 0 && Ops.eq(l.get(0, ts), s, ts))) l.insert(0, s, ts);
                ts.refs.decref(s, ts);
            }
        } finally {
            ts.refs.decref(p, ts);
        }
    }

    /** A fresh {@code __main__} module registered in sys.modules (replacing an old one). */
    public PyModule newMainModule(String filename, ThreadState ts) {
        PyModule m = new PyModule("__main__", ts);
        m.put("__builtins__", interp.builtinsModule(), ts);
        if (!filename.startsWith("<")) m.putNew("__file__", PyStr.of(filename, ts), ts);
        m.put("__doc__", Ops.NONE, ts);
        m.put("__package__", Ops.NONE, ts);
        modules.set(PyStr.intern("__main__"), m, ts);
        ts.refs.decref(m, ts);
        return m;
    }

    /** The current {@code __main__} (made if missing); borrowed. */
    public PyModule mainModule(ThreadState ts) {
        PyObject m = modules.get(PyStr.intern("__main__"), ts);
        if (m != null) {
            ts.refs.decref(m, ts);
            return (PyModule) m;
        }
        return newMainModule("<stdin>", ts);
    }

    /** {@code import name} / {@code from name import fromlist}: a new reference. */
    public PyObject importName(String name, PyDict globals, PyObject fromlist, int level, ThreadState ts) {
        String full = name;
        if (level > 0) full = resolveRelative(name, globals, level, ts);
        String[] parts = full.split("\\.");
        PyObject top = null;
        String prefix = "";
        PyModule parent = null;
        for (int i = 0; i < parts.length; i++) {
            prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
            PyModule m = importOne(prefix, parent, ts);
            if (i == 0) top = m;
            parent = m;
        }
        boolean hasFrom = fromlist != Ops.NONE && !(fromlist instanceof PyTuple t && t.size() == 0);
        if (hasFrom) {
            // import submodules named in the fromlist that are not attributes yet
            if (fromlist instanceof PyTuple t && parent.dict.contains(PyStr.intern("__path__"), ts)) {
                for (int i = 0; i < t.size(); i++) {
                    String n = t.get(i).toString();
                    if (n.equals("*") || parent.dict.contains(PyStr.intern(n), ts)) continue;
                    try {
                        importOne(full + "." + n, parent, ts);
                    } catch (PyException e) {
                        if (!Ops.isInstance(e.exc, ExcTypes.MODULE_NOT_FOUND_ERROR)) throw e;
                        ts.refs.decref(e.exc, ts);
                    }
                }
            }
            return Ops.incref(parent, ts);
        }
        if (level > 0) return Ops.incref(parent, ts);
        return Ops.incref(top, ts);
    }

    private String resolveRelative(String name, PyDict globals, int level, ThreadState ts) {
        PyObject pkg = globals == null ? null : globals.get(PyStr.intern("__package__"), ts);
        String base;
        if (pkg != null && pkg != Ops.NONE) {
            base = pkg.toString();
        } else {
            PyObject n = globals == null ? null : globals.get(Names.__name__, ts);
            base = n == null ? "" : n.toString();
            if (globals == null || !globals.contains(PyStr.intern("__path__"), ts)) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
            if (n != null) ts.refs.decref(n, ts);
        }
        if (pkg != null) ts.refs.decref(pkg, ts);
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw ExcTypes.raise(ExcTypes.IMPORT_ERROR, "attempted relative import beyond top-level package", ts);
            base = base.substring(0, dot);
        }
        if (base.isEmpty()) throw ExcTypes.raise(ExcTypes.IMPORT_ERROR, "attempted relative import with no known parent package", ts);
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports one module whose parent (if dotted) is already imported; borrowed result. */
    private PyModule importOne(String full, PyModule parent, ThreadState ts) {
        PyStr key = PyStr.intern(full);
        PyObject m = modules.get(key, ts);
        if (m != null) {
            ts.refs.decref(m, ts);
            if (!initializing.contains(full)) return (PyModule) m;
        }
        if (!lock.tryLock()) {
            ts.blocking(() -> {
                lock.lock();
                return null;
            });
        }
        try {
            m = modules.get(key, ts);
            if (m != null) {
                ts.refs.decref(m, ts);
                return (PyModule) m;
            }
            PyModule loaded;
            initializing.add(full);
            try {
                loaded = load(full, parent, ts);
            } finally {
                initializing.remove(full);
            }
            if (parent != null) {
                String last = full.substring(full.lastIndexOf('.') + 1);
                parent.put(last, loaded, ts);
            }
            return loaded;
        } finally {
            lock.unlock();
        }
    }

    private PyModule load(String full, PyModule parent, ThreadState ts) {
        var factory = builtin.get(full);
        if (factory != null && parent != null && full.equals("os.path")) {
            PyModule m = factory.apply(interp, ts);
            modules.set(PyStr.intern(full), m, ts);
            ts.refs.decref(m, ts);
            return m;
        }
        if (factory != null) {
            PyModule m = factory.apply(interp, ts);
            modules.set(PyStr.intern(full), m, ts);
            ts.refs.decref(m, ts);
            String ext = resource("/interlock/ext/" + full + ".py");
            if (ext != null) {
                try {
                    runIn(m, ext, "<classpath>/interlock/ext/" + full + ".py", ts);
                } catch (RuntimeException e) {
                    modules.delete(PyStr.intern(full), ts);
                    throw e;
                }
            }
            return m;
        }
        String last = full.substring(full.lastIndexOf('.') + 1);
        List<Path> dirs = new ArrayList<>();
        if (parent != null) {
            PyObject pp = parent.dict.get(PyStr.intern("__path__"), ts);
            if (pp == null) {
                throw ExcTypes.raise(ExcTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + full + "'; '"
                        + parent.name + "' is not a package", ts);
            }
            for (PyObject d : org.interlock.runtime.vm.Iter.toArray(pp, ts)) {
                dirs.add(Path.of(d.toString()));
                ts.refs.decref(d, ts);
            }
            ts.refs.decref(pp, ts);
        } else {
            PyObject sp = Ops.getAttr(sys, PyStr.intern("path"), ts);
            for (PyObject d : org.interlock.runtime.vm.Iter.toArray(sp, ts)) {
                if (d instanceof PyStr s) dirs.add(Path.of(s.value().isEmpty() ? "." : s.value()));
                ts.refs.decref(d, ts);
            }
            ts.refs.decref(sp, ts);
        }
        for (Path dir : dirs) {
            if (dir.toString().startsWith("<classpath>")) continue;
            Path file = dir.resolve(last + ".py");
            Path pkg = dir.resolve(last).resolve("__init__.py");
            if (Files.isRegularFile(pkg)) return exec(full, read(pkg, ts), pkg.toString(), dir.resolve(last).toString(), ts);
            if (Files.isRegularFile(file)) return exec(full, read(file, ts), file.toString(), null, ts);
        }
        String resDir = "/interlock/lib/" + full.replace('.', '/');
        String src = resource(resDir + "/__init__.py");
        if (src != null) return exec(full, src, "<classpath>" + resDir + "/__init__.py", "<classpath>" + resDir, ts);
        src = resource(resDir + ".py");
        if (src != null) return exec(full, src, "<classpath>" + resDir + ".py", null, ts);
        throw ExcTypes.raise(ExcTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + full + "'", ts);
    }

    /**
     * Runs the Python half of a builtin module ({@code /interlock/ext/NAME.py}, when present)
     * in the module's own namespace: the parts that are plain Python over the Java primitives.
     */
    public void runExtension(PyModule m, ThreadState ts) {
        String ext = resource("/interlock/ext/" + m.name + ".py");
        if (ext != null) runIn(m, ext, "<classpath>/interlock/ext/" + m.name + ".py", ts);
    }

    private void runIn(PyModule m, String src, String filename, ThreadState ts) {
        m.put("__builtins__", interp.builtinsModule(), ts);
        interp.rememberSource(filename, src);
        CodeUnit unit;
        try {
            unit = Compiler.compile(Parser.parseModule(src, filename), filename, false);
        } catch (PySyntaxError e) {
            throw ExcTypes.raise(ExcTypes.SYNTAX_ERROR, e.msg() + " (" + filename + ", line " + e.lineno() + ")", ts);
        } catch (CompileError e) {
            throw ExcTypes.raise(ExcTypes.SYNTAX_ERROR, e.getMessage() + " (" + filename + ", line " + e.line + ")", ts);
        }
        PyCode code = Loader.load(unit, ts);
        try {
            ts.refs.decref(interp.runCode(code, m.dict, ts), ts);
        } finally {
            ts.refs.decref(code, ts);
        }
    }

    private static String resource(String path) {
        try (InputStream in = Importer.class.getResourceAsStream(path)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String read(Path p, ThreadState ts) {
        try {
            return ts.blocking(() -> Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ExcTypes.raise(ExcTypes.IMPORT_ERROR, "cannot read " + p + ": " + e.getMessage(), ts);
        }
    }

    private PyModule exec(String full, String src, String filename, String pkgPath, ThreadState ts) {
        PyModule m = new PyModule(full, ts);
        m.put("__builtins__", interp.builtinsModule(), ts);
        m.putNew("__file__", PyStr.of(filename, ts), ts);
        m.put("__doc__", Ops.NONE, ts);
        if (pkgPath != null) {
            PyObject p = PyStr.of(pkgPath, ts);
            m.putNew("__path__", PyList.of(new PyObject[] {p}, ts), ts);
            ts.refs.decref(p, ts);
            m.putNew("__package__", PyStr.of(full, ts), ts);
        } else {
            int dot = full.lastIndexOf('.');
            m.putNew("__package__", PyStr.of(dot < 0 ? "" : full.substring(0, dot), ts), ts);
        }
        PyStr key = PyStr.intern(full);
        modules.set(key, m, ts);
        ts.refs.decref(m, ts);
        try {
            runIn(m, src, filename, ts);
        } catch (RuntimeException e) {
            modules.delete(key, ts);
            throw e;
        }
        PyObject now = modules.get(key, ts);
        if (now == null) throw ExcTypes.raise(ExcTypes.IMPORT_ERROR, "module " + full + " vanished from sys.modules", ts);
        ts.refs.decref(now, ts);
        return (PyModule) (now instanceof PyModule ? now : m);
    }

    /** {@code from module import name}: a new reference. */
    public PyObject importFrom(PyObject module, PyStr name, ThreadState ts) {
        PyObject v;
        try {
            v = Ops.getAttrOrNull(module, name, ts);
        } catch (PyException e) { // a __getattr__ hook's AttributeError is the import's failure
            if (!Ops.isInstance(e.exc, ExcTypes.ATTRIBUTE_ERROR)) throw e;
            ts.refs.decref(e.exc, ts);
            v = null;
        }
        if (v != null) return v;
        if (module instanceof PyModule pm) {
            PyObject sub = modules.get(PyStr.intern(pm.name + "." + name), ts);
            if (sub != null) return sub;
            PyObject file = pm.dict.get(Names.__file__, ts);
            String where = file == null ? "unknown location" : file.toString();
            if (file != null) ts.refs.decref(file, ts);
            throw ExcTypes.raise(ExcTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + pm.name + "' ("
                    + where + ")", ts);
        }
        throw ExcTypes.raise(ExcTypes.IMPORT_ERROR, "cannot import name '" + name + "'", ts);
    }

    /** {@code from module import *} into {@code target}. */
    public void importStar(PyObject module, PyDict target, ThreadState ts) {
        if (!(module instanceof PyModule m)) return;
        PyObject all = m.dict.get(Names.__all__, ts);
        if (all != null) {
            try {
                for (PyObject n : org.interlock.runtime.vm.Iter.toArray(all, ts)) {
                    PyObject v = Ops.getAttr(m, PyStr.intern((PyStr) n), ts);
                    target.set(PyStr.intern((PyStr) n), v, ts);
                    ts.refs.decref(v, ts);
                    ts.refs.decref(n, ts);
                }
            } finally {
                ts.refs.decref(all, ts);
            }
            return;
        }
        PyObject[] items = m.dict.items(ts);
        try {
            for (int i = 0; i < items.length; i += 2) {
                if (!items[i].toString().startsWith("_")) target.set(items[i], items[i + 1], ts);
            }
        } finally {
            for (PyObject o : items) ts.refs.decref(o, ts);
        }
    }
}
