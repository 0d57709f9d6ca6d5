package org.interlock.runtime.modules;

import java.nio.file.Files;
import java.nio.file.Path;
import org.interlock.object.PyBool;
import org.interlock.object.PyDict;
import org.interlock.object.PyInt;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.ThreadState;
import org.interlock.runtime.Interpreter;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.vm.Ops;

/** {@code os} and {@code os.path}, the parts programs use. */
final class OsModule {
    private OsModule() {}

    static PyModule create(Interpreter interp, ThreadState ts) {
        PyModule m = new PyModule("os", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.fn("getpid", (s, a, kw, t) -> PyInt.of(ProcessHandle.current().pid(), t));
        d.fn("cpu_count", (s, a, kw, t) -> PyInt.of(Runtime.getRuntime().availableProcessors(), t));
        d.fn("getcwd", (s, a, kw, t) -> PyStr.of(Path.of("").toAbsolutePath().toString(), t));
        d.fn("listdir", (s, a, kw, t) -> {
            Path p = Path.of(a.length > 0 ? a[0].toString() : ".");
            try (var st = Files.list(p)) {
                PyObject[] names = st.map(x -> (PyObject) PyStr.of(x.getFileName().toString(), t)).sorted((x, y) ->
                        x.toString().compareTo(y.toString())).toArray(PyObject[]::new);
                return PyList.fromNewRefs(names, names.length, t);
            } catch (java.io.IOException e) {
                throw ExcTypes.osError(e, p.toString(), t);
            }
        });
        d.fn("remove", (s, a, kw, t) -> {
            try {
                Path p = Path.of(a[0].toString());
                // unlink(2) refuses a directory; Files.delete would remove an empty one
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw ExcTypes.osError(21, a[0].toString(), t);
                Files.delete(p);
            } catch (java.io.IOException e) {
                throw ExcTypes.osError(e, a[0].toString(), t);
            }
            return Ops.NONE;
        });
        d.fn("makedirs", (s, a, kw, t) -> {
            Path p = Path.of(a[0].toString());
            PyObject ok = org.interlock.runtime.builtins.ArgAccess.kw(a, kw, "exist_ok");
            if (Files.exists(p) && (ok == null || !Ops.isTrue(ok, t))) {
                throw ExcTypes.osError(17, a[0].toString(), t);
            }
            try {
                Files.createDirectories(p);
            } catch (java.io.IOException e) {
                throw ExcTypes.osError(e, a[0].toString(), t);
            }
            return Ops.NONE;
        });
        d.fn("mkdir", (s, a, kw, t) -> {
            Path p = Path.of(a[0].toString());
            if (Files.exists(p)) throw ExcTypes.osError(17, a[0].toString(), t);
            try {
                Files.createDirectory(p);
            } catch (java.io.IOException e) {
                throw ExcTypes.osError(e, a[0].toString(), t);
            }
            return Ops.NONE;
        });
        d.fn("rmdir", (s, a, kw, t) -> {
            try {
                Path p = Path.of(a[0].toString());
                if (Files.exists(p) && !Files.isDirectory(p)) throw ExcTypes.osError(20, a[0].toString(), t);
                Files.delete(p);
            } catch (java.io.IOException e) {
                throw ExcTypes.osError(e, a[0].toString(), t);
            }
            return Ops.NONE;
        });
        d.fn("rename", (s, a, kw, t) -> {
            try {
                Files.move(Path.of(a[0].toString()), Path.of(a[1].toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException e) {
                throw ExcTypes.osError(e, a[0].toString(), a[1].toString(), t);
            }
            return Ops.NONE;
        });
        d.fn("getenv", (s, a, kw, t) -> {
            String v = System.getenv(a[0].toString());
            if (v == null) return Ops.incref(a.length > 1 ? a[1] : Ops.NONE, t);
            return PyStr.of(v, t);
        });
        d.fn("_stat", (s, a, kw, t) -> {
            // (path or fd, follow symlinks): the unix attributes as a tuple for stat_result
            String name = a[0] instanceof PyInt ? "/proc/self/fd/" + Ops.index(a[0], t) : a[0].toString();
            boolean follow = a.length < 2 || Ops.isTrue(a[1], t);
            java.util.Map<String, Object> at;
            try {
                at = t.blocking(() -> follow ? Files.readAttributes(Path.of(name), "unix:*")
                        : Files.readAttributes(Path.of(name), "unix:*", java.nio.file.LinkOption.NOFOLLOW_LINKS));
            } catch (java.io.IOException e) {
                if (a[0] instanceof PyInt) throw ExcTypes.osError(9, null, t);
                throw ExcTypes.osError(e, name, t);
            }
            PyObject[] out = new PyObject[10];
            String[] keys = {"mode", "ino", "dev", "nlink", "uid", "gid", "size"};
            for (int i = 0; i < keys.length; i++) out[i] = PyInt.of(((Number) at.get(keys[i])).longValue(), t);
            String[] times = {"lastAccessTime", "lastModifiedTime", "ctime"};
            for (int i = 0; i < 3; i++) {
                java.time.Instant ins = ((java.nio.file.attribute.FileTime) at.get(times[i])).toInstant();
                out[7 + i] = PyInt.of(java.math.BigInteger.valueOf(ins.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                        .add(java.math.BigInteger.valueOf(ins.getNano())), t);
            }
            return PyTuple.fromNewRefs(out, t);
        });
        d.fn("urandom", (s, a, kw, t) -> {
            long n = Ops.index(a[0], t);
            if (n < 0) throw ExcTypes.valueError("negative argument not allowed", t);
            byte[] b = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(b);
            return new org.interlock.runtime.objects.PyBytes(b, false, t);
        });
        d.fn("_access", (s, a, kw, t) -> {
            Path p0 = Path.of(a[0].toString());
            long mode = Ops.index(a[1], t);
            boolean ok = Files.exists(p0);
            if (ok && (mode & 4) != 0) ok = Files.isReadable(p0);
            if (ok && (mode & 2) != 0) ok = Files.isWritable(p0);
            if (ok && (mode & 1) != 0) ok = Files.isExecutable(p0);
            return PyBool.of(ok);
        });
        d.fn("strerror", (s, a, kw, t) -> PyStr.of(ExcTypes.strerror((int) Ops.index(a[0], t)), t));
        d.fn("getppid", (s, a, kw, t) -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L), t));
        d.fn("_proc_ids", (s, a, kw, t) -> {
            // (uid, gid) of this process, the owner of /proc/self
            try {
                Path self = Path.of("/proc/self");
                return PyTuple.fromNewRefs(new PyObject[] {
                        PyInt.of(((Number) Files.getAttribute(self, "unix:uid")).longValue(), t),
                        PyInt.of(((Number) Files.getAttribute(self, "unix:gid")).longValue(), t)}, t);
            } catch (java.io.IOException | UnsupportedOperationException e) {
                throw ExcTypes.raise(ExcTypes.OS_ERROR, String.valueOf(e.getMessage()), t);
            }
        });
        d.fn("_isatty", (s, a, kw, t) -> PyBool.of(System.console() != null && Ops.index(a[0], t) <= 2));
        PyDict env = new PyDict(ts);
        for (var e : System.getenv().entrySet()) {
            PyObject k = PyStr.of(e.getKey(), ts), v = PyStr.of(e.getValue(), ts);
            env.set(k, v, ts);
            ts.refs.decref(k, ts);
            ts.refs.decref(v, ts);
        }
        d.valNew("environ", env);
        d.valNew("sep", PyStr.of("/", ts));
        d.valNew("linesep", PyStr.of("\n", ts));
        d.valNew("name", PyStr.of("posix", ts));
        PyModule path = new PyModule("os.path", ts);
        ModuleDef p = new ModuleDef(path, ts);
        p.fn("join", (s, a, kw, t) -> {
            String out = a[0].toString();
            for (int i = 1; i < a.length; i++) {
                String part = a[i].toString();
                if (part.startsWith("/")) out = part;
                else if (out.isEmpty() || out.endsWith("/")) out = out + part;
                else out = out + "/" + part;
            }
            return PyStr.of(out, t);
        });
        p.fn("exists", (s, a, kw, t) -> PyBool.of(Files.exists(Path.of(a[0].toString()))));
        p.fn("isfile", (s, a, kw, t) -> PyBool.of(Files.isRegularFile(Path.of(a[0].toString()))));
        p.fn("isdir", (s, a, kw, t) -> PyBool.of(Files.isDirectory(Path.of(a[0].toString()))));
        p.fn("isabs", (s, a, kw, t) -> PyBool.of(a[0].toString().startsWith("/")));
        p.fn("basename", (s, a, kw, t) -> {
            String v = a[0].toString();
            return PyStr.of(v.substring(v.lastIndexOf('/') + 1), t);
        });
        p.fn("dirname", (s, a, kw, t) -> {
            String v = a[0].toString();
            int i = v.lastIndexOf('/');
            String head = i < 0 ? "" : v.substring(0, i + 1);
            if (!head.isEmpty() && !head.matches("/+")) head = head.replaceAll("/+$", "");
            return PyStr.of(head, t);
        });
        p.fn("split", (s, a, kw, t) -> {
            String v = a[0].toString();
            int i = v.lastIndexOf('/');
            String head = i < 0 ? "" : v.substring(0, i + 1);
            if (!head.isEmpty() && !head.matches("/+")) head = head.replaceAll("/+$", "");
            return PyTuple.fromNewRefs(new PyObject[] {PyStr.of(head, t), PyStr.of(v.substring(i + 1), t)}, t);
        });
        p.fn("splitext", (s, a, kw, t) -> {
            String v = a[0].toString();
            int slash = v.lastIndexOf('/');
            int dot = v.lastIndexOf('.');
            int firstNonDot = slash + 1;
            while (firstNonDot < v.length() && v.charAt(firstNonDot) == '.') firstNonDot++;
            if (dot <= slash || dot < firstNonDot) {
                return PyTuple.fromNewRefs(new PyObject[] {PyStr.of(v, t), PyStr.EMPTY}, t);
            }
            return PyTuple.fromNewRefs(new PyObject[] {PyStr.of(v.substring(0, dot), t), PyStr.of(v.substring(dot), t)}, t);
        });
        p.fn("abspath", (s, a, kw, t) -> PyStr.of(Path.of(a[0].toString()).toAbsolutePath().normalize().toString(), t));
        p.fn("realpath", (s, a, kw, t) -> PyStr.of(Path.of(a[0].toString()).toAbsolutePath().normalize().toString(), t));
        p.fn("normpath", (s, a, kw, t) -> {
            String n = Path.of(a[0].toString()).normalize().toString();
            return PyStr.of(n.isEmpty() ? "." : n, t);
        });
        p.fn("getsize", (s, a, kw, t) -> {
            try {
                return PyInt.of(Files.size(Path.of(a[0].toString())), t);
            } catch (java.io.IOException e) {
                throw ExcTypes.osError(e, a[0].toString(), t);
            }
        });
        p.valNew("sep", PyStr.of("/", ts));
        p.fn("normcase", (s, a, kw, t) -> Ops.incref(a[0], t));
        p.fn("expanduser", (s, a, kw, t) -> PyStr.of(a[0].toString().replaceFirst("^~", System.getProperty("user.home")), t));
        d.valNew("path", path);
        interp.importer();
        return m;
    }
}
