package org.interlock.runtime.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PySet;
import org.interlock.object.PyStr;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.builtins.ArgAccess;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBytes;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.PyObj;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;

/**
 * {@code hashlib} on {@link MessageDigest}: md5, sha1, sha224, sha256, sha384, sha512 and
 * {@code new(name)}. As CPython does, hashing a buffer larger than {@value #GIL_MINSIZE} bytes
 * releases the GIL (it runs inside {@link ThreadState#blocking}), so two threads hashing large
 * buffers run in parallel even under {@code gil}. The digest state is guarded by the hash
 * object's own Java monitor, so concurrent updates of one object from two threads serialize
 * (CPython uses a per-object lock for the same reason).
 */
final class HashlibModule {
    private HashlibModule() {}

    /** CPython's HASHLIB_GIL_MINSIZE: buffers of at least this many bytes are hashed without the GIL. */
    static final int GIL_MINSIZE = 2048;

    static final PyType HASH = PyType.builtin("_hashlib.HASH");

    /** Python name, Java algorithm name, block size. */
    private record Algo(String name, String java, int blockSize) {}

    private static final Map<String, Algo> ALGOS = Map.of(
            "md5", new Algo("md5", "MD5", 64),
            "sha1", new Algo("sha1", "SHA-1", 64),
            "sha224", new Algo("sha224", "SHA-224", 64),
            "sha256", new Algo("sha256", "SHA-256", 64),
            "sha384", new Algo("sha384", "SHA-384", 128),
            "sha512", new Algo("sha512", "SHA-512", 128));

    /**
     * A hash object. Its read-only attributes ({@code name}, {@code digest_size},
     * {@code block_size}) live in its instance dict, set once at creation; Python code cannot
     * store attributes on it (it is not an instance of a Python class).
     */
    static final class HashObject extends PyObj {
        final Algo algo;
        /** Guarded by its own monitor. */
        final MessageDigest md;

        HashObject(Algo algo, MessageDigest md, ThreadState ts) {
            super(HASH, ts);
            this.algo = algo;
            this.md = md;
            PyObject n = PyStr.of(algo.name(), ts);
            super.setAttr(PyStr.intern("name"), n, ts);
            ts.refs.decref(n, ts);
            PyObject ds = PyInt.of(md.getDigestLength(), ts);
            super.setAttr(PyStr.intern("digest_size"), ds, ts);
            ts.refs.decref(ds, ts);
            PyObject bs = PyInt.of(algo.blockSize(), ts);
            super.setAttr(PyStr.intern("block_size"), bs, ts);
            ts.refs.decref(bs, ts);
        }
    }

    /** A hash object over {@code md} reported as algorithm {@code name} (tests inject digests here). */
    static HashObject wrap(String name, MessageDigest md, ThreadState ts) {
        Algo a = ALGOS.get(name);
        return new HashObject(a != null ? a : new Algo(name, md.getAlgorithm(), 64), md, ts);
    }

    /**
     * The bytes of a bytes-like argument, never written to by the caller ({@link
     * PyBytes#readOnlyPayload}: no copy for bytes), with CPython's messages otherwise.
     */
    static byte[] buffer(PyObject o, ThreadState ts) {
        if (o instanceof PyBytes b) return b.readOnlyPayload();
        byte[] view = org.interlock.runtime.objects.BytesLike.contiguousSnapshotOf(o, ts);
        if (view != null) return view;
        if (o instanceof PyStr) throw ExcTypes.typeError("Strings must be encoded before hashing", ts);
        throw ExcTypes.typeError("object supporting the buffer API required", ts);
    }

    static void update(HashObject h, byte[] data, ThreadState ts) {
        if (data.length >= GIL_MINSIZE) {
            // Only Java memory is touched inside: the snapshot and the digest.
            ts.blocking(() -> {
                synchronized (h.md) {
                    h.md.update(data);
                }
                return null;
            });
        } else {
            synchronized (h.md) {
                h.md.update(data);
            }
        }
    }

    private static byte[] digest(HashObject h) {
        MessageDigest copy;
        synchronized (h.md) {
            try {
                copy = (MessageDigest) h.md.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
        return copy.digest();
    }

    private static HashObject make(Algo algo, PyObject data, ThreadState ts) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(algo.java());
        } catch (NoSuchAlgorithmException e) {
            throw ExcTypes.valueError("unsupported hash type " + algo.name(), ts);
        }
        HashObject h = new HashObject(algo, md, ts);
        if (data != null && data != Ops.NONE) {
            try {
                update(h, buffer(data, ts), ts);
            } catch (RuntimeException e) {
                ts.refs.decref(h, ts);
                throw e;
            }
        }
        return h;
    }

    private static boolean initDone;

    private static synchronized void initType() {
        if (initDone) return;
        initDone = true;
        TypeInfo ti = TypeInfo.of(HASH);
        ti.method("update", (s, a, kw, ts) -> {
            if (a.length != 1) throw ExcTypes.typeError("update() takes exactly one argument (" + a.length + " given)", ts);
            update((HashObject) s, buffer(a[0], ts), ts);
            return Ops.NONE;
        });
        ti.method("digest", (s, a, kw, ts) -> new PyBytes(digest((HashObject) s), false, ts));
        ti.method("hexdigest", (s, a, kw, ts) -> PyStr.of(hex(digest((HashObject) s)), ts));
        ti.method("copy", (s, a, kw, ts) -> {
            HashObject h = (HashObject) s;
            MessageDigest md;
            synchronized (h.md) {
                try {
                    md = (MessageDigest) h.md.clone();
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new HashObject(h.algo, md, ts);
        });
        ti.method("__repr__", (s, a, kw, ts) -> PyStr.of("<" + ((HashObject) s).algo.name() + " _hashlib.HASH object @ 0x"
                + Long.toHexString(s.id()) + ">", ts));
    }

    static String hex(byte[] d) {
        StringBuilder sb = new StringBuilder(d.length * 2);
        for (byte b : d) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    private static PyObject dataArg(PyObject[] a, String[] kw) {
        int np = ArgAccess.npos(a, kw);
        PyObject d = np > 0 ? a[0] : ArgAccess.kw(a, kw, "string");
        if (d == null) d = ArgAccess.kw(a, kw, "data");
        return d;
    }

    static PyModule create(ThreadState ts) {
        initType();
        PyModule m = new PyModule("hashlib", ts);
        ModuleDef d = new ModuleDef(m, ts);
        for (Algo algo : ALGOS.values()) {
            d.fn(algo.name(), (s, a, kw, t) -> make(algo, dataArg(a, kw), t));
        }
        d.fn("new", (s, a, kw, t) -> {
            int np = ArgAccess.npos(a, kw);
            PyObject name = np > 0 ? a[0] : ArgAccess.kw(a, kw, "name");
            if (!(name instanceof PyStr ns)) throw ExcTypes.typeError("new() argument 'name' must be str", t);
            Algo algo = ALGOS.get(ns.value().toLowerCase(Locale.ROOT).replace("-", ""));
            if (algo == null) throw ExcTypes.valueError("unsupported hash type " + ns.value(), t);
            PyObject data = np > 1 ? a[1] : ArgAccess.kw(a, kw, "data");
            if (data == null) data = ArgAccess.kw(a, kw, "string");
            return make(algo, data, t);
        });
        PySet avail = new PySet(ts);
        for (String n : ALGOS.keySet()) {
            PyObject s = PyStr.of(n, ts);
            avail.add(s, ts);
            ts.refs.decref(s, ts);
        }
        d.val("algorithms_guaranteed", avail);
        d.valNew("algorithms_available", avail);
        return m;
    }
}
