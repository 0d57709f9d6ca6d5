package org.interlock.runtime.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/**
 * A class made by a {@code class} statement: bases, the C3 MRO, the attribute dict, and a
 * cache of MRO lookups.
 *
 * <h2>The attribute cache (invariant S1)</h2>
 * Lookups along the MRO are cached per class in a map that is replaced, never cleared, when
 * the class or any base changes: a writer first stores into the dict, then publishes a fresh
 * empty cache (volatile store) on this class and every subclass. A reader loads the cache
 * (volatile) before it reads the dicts, so whatever it computes after seeing the new cache
 * reflects the write; a reader that loaded the old cache may fill the old map with a stale
 * entry, which nobody reads again. Cached values are borrowed from the dicts that hold them;
 * a replaced or deleted value is released late, once every thread has passed a quiescent point
 * ({@link org.interlock.object.QuiescentReclamation}), so a reader between its lookup and its
 * incref never touches a freed object.
 */
public final class PyClass extends PyType {
    private static final Object MISSING = new Object();

    public final PyType[] bases;
    public final PyType[] mro;
    /** The namespace; owned. */
    public final PyDict dict;
    /** The builtin type whose instance layout this class uses (object, an exception, ...). */
    public final PyType solidBase;
    private volatile ConcurrentHashMap<String, Object> cache = new ConcurrentHashMap<>();
    /**
     * The attribute names instances may have when every class in the MRO declares
     * {@code __slots__} (instances then have no {@code __dict__}); null otherwise. Set once,
     * before the class is published.
     */
    public java.util.Set<String> slots;
    /**
     * The names some class of the MRO declares in {@code __slots__} when {@link #slots} is null
     * (a dict-having subclass of a slotted class): their values live in the instance dict but
     * {@code __dict__} does not show them. Null when no class declares slots. Set once.
     */
    public java.util.Set<String> inheritedSlots;
    private final List<WeakReference<PyClass>> subclasses = new ArrayList<>();
    /**
     * The class's type: {@code type}, or a Python metaclass (a subclass of {@code type}), to
     * which the class holds a counted reference when it is not immortal.
     */
    public final PyType metaclass;
    /**
     * True while the class's own {@code __abstractmethods__} is non-empty (as an ABC metaclass
     * sets it): {@code object.__new__} then refuses to make instances.
     */
    public volatile boolean isAbstract;
    /** Source of version tags: unique across all classes, so a tag names one class state. */
    private static final java.util.concurrent.atomic.AtomicLong TAGS = new java.util.concurrent.atomic.AtomicLong();
    /**
     * The version tag: replaced by {@link #invalidate} (after the fresh lookup cache is
     * published) whenever this class or a class of its MRO changes. A volatile load that sees
     * a tag also sees every dict store made before it was published.
     */
    private volatile long tag = TAGS.incrementAndGet();
    /** The attribute-protocol hooks computed under some tag; see {@link #hooks}. */
    private volatile Hooks hooks;

    /**
     * The class's Python-level attribute hooks (null where the class uses object's builtin),
     * as found along the MRO under version tag {@code tag}. Borrowed from the class dicts.
     */
    public record Hooks(long tag, PyObject getattribute, PyObject getattr, PyObject setattr, PyObject delattr) {
        /** True when attribute reads, writes and deletes all follow object's generic rules. */
        public boolean generic() {
            return getattribute == null && getattr == null && setattr == null && delattr == null;
        }
    }

    private PyClass(PyType meta, String name, PyType[] bases, PyType[] mro, PyType solid, PyDict dict, ThreadState ts) {
        super(name, bases.length == 0 ? PyType.OBJECT : bases[0], ts);
        this.metaclass = meta;
        this.bases = bases;
        this.mro = mro;
        this.solidBase = solid;
        this.dict = dict;
    }

    /**
     * Makes a class; takes its own references to the bases and the namespace (copied).
     * Throws TypeError when no consistent MRO exists.
     */
    public static PyClass create(String name, PyType[] bases, PyDict ns, ThreadState ts) {
        return create(PyType.TYPE, name, bases, ns, ts);
    }

    /**
     * Makes a class whose type is {@code meta} ({@code type} or a subclass of it); takes its own
     * references to the metaclass, the bases and the namespace (copied).
     */
    public static PyClass create(PyType meta, String name, PyType[] bases, PyDict ns, ThreadState ts) {
        if (bases.length == 0) bases = new PyType[] {PyType.OBJECT};
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j]) throw ExcTypes.typeError("duplicate base class " + bases[i].name(), ts);
            }
        }
        PyType[] mroRest = c3(name, bases, ts);
        PyType solid = PyType.OBJECT;
        for (PyType b : bases) {
            PyType s = b instanceof PyClass c ? c.solidBase : b;
            if (s != PyType.OBJECT) {
                if (solid != PyType.OBJECT && !isSub(s, solid) && !isSub(solid, s)) {
                    throw ExcTypes.typeError("multiple bases have instance lay-out conflict", ts);
                }
                if (solid == PyType.OBJECT || isSub(s, solid)) solid = s;
            }
            if (!(b instanceof PyClass) && TypeInfo.of(b).factory == null && !TypeInfo.of(b).valueBase && b != PyType.OBJECT
                    && b != PyType.TYPE) {
                throw ExcTypes.typeError("type '" + b.name() + "' is not an acceptable base type", ts);
            }
        }
        PyDict d = ns.copy(ts);
        PyType[] mro = new PyType[mroRest.length + 1];
        System.arraycopy(mroRest, 0, mro, 1, mroRest.length);
        PyClass c = new PyClass(meta, name, bases.clone(), mro, solid, d, ts);
        mro[0] = c;
        ts.refs.incref(meta, ts);
        for (PyType b : bases) {
            ts.refs.incref(b, ts);
            if (b instanceof PyClass bc) {
                synchronized (bc.subclasses) {
                    bc.subclasses.add(new WeakReference<>(c));
                }
            }
        }
        return c;
    }

    private static boolean isSub(PyType a, PyType b) {
        for (PyType t = a; t != null; t = t.base()) if (t == b) return true;
        return false;
    }

    /** The MRO of any type. */
    public static PyType[] mroOf(PyType t) {
        if (t instanceof PyClass c) return c.mro;
        return TypeInfo.of(t).mro;
    }

    /** C3 linearization of the bases (without the class itself). */
    private static PyType[] c3(String name, PyType[] bases, ThreadState ts) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(mroOf(b))));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return out.toArray(new PyType[0]);
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
                List<PyType> heads = new ArrayList<>();
                for (List<PyType> sq : seqs) if (!heads.contains(sq.get(0))) heads.add(sq.get(0));
                for (int i = 0; i < heads.size(); i++) sb.append(i == 0 ? " " : ", ").append(heads.get(i).name());
                throw ExcTypes.typeError(sb.toString(), ts);
            }
            out.add(cand);
            for (List<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == cand) s.remove(0);
        }
    }

    /** Looks {@code name} up along the MRO (cached); borrowed or null. */
    public PyObject lookup(PyStr name, ThreadState ts) {
        ConcurrentHashMap<String, Object> c = cache;
        String key = name.value();
        Object hit = c.get(key);
        if (hit != null) return hit == MISSING ? null : (PyObject) hit;
        PyObject found = null;
        for (PyType t : mro) {
            if (t instanceof PyClass pc) {
                PyObject v = pc.dict.get(name, ts);
                if (v != null) {
                    ts.refs.decref(v, ts); // borrowed: the dict keeps it
                    found = v;
                    break;
                }
            } else {
                Object d = t.runtimeData;
                if (d instanceof TypeInfo ti) {
                    PyObject v = ti.methods.get(key);
                    if (v != null) {
                        found = v;
                        break;
                    }
                }
            }
        }
        c.put(key, found == null ? MISSING : found);
        return found;
    }

    /** Stores a class attribute (both borrowed) and invalidates caches here and below. */
    public void setAttr(PyStr name, PyObject value, ThreadState ts) {
        PyObject old = dict.exchange(name, value, ts);
        invalidate();
        // Readers may hold the old value borrowed from a cache: free it once they have all
        // passed a quiescent point (the cache is already replaced, so no later lookup finds it).
        ts.space.reclamation().retire(old, ts);
        if (name.value().equals("__abstractmethods__")) isAbstract = org.interlock.runtime.vm.Ops.isTrue(value, ts);
        if (name.value().equals("__del__")) org.interlock.runtime.vm.Ops.installFinalizer(this);
    }

    /** Deletes a class attribute; false if absent. */
    public boolean delAttr(PyStr name, ThreadState ts) {
        PyObject old = dict.pop(name, ts);
        invalidate();
        if (name.value().equals("__abstractmethods__")) isAbstract = false;
        if (old == null) return false;
        ts.space.reclamation().retire(old, ts); // late, as in setAttr
        return true;
    }

    /** The current version tag (volatile load); see {@link #tag}. */
    public long versionTag() {
        return tag;
    }

    /**
     * The attribute hooks for the current version. Recomputed when the tag moved: the tag is
     * loaded before the lookups, so a record computed from dicts older than a write carries a
     * tag older than that write's and is never accepted again.
     */
    public Hooks hooks(ThreadState ts) {
        Hooks h = hooks;
        long t = tag;
        if (h != null && h.tag == t) return h;
        h = new Hooks(t, pyHook("__getattribute__", ts), pyHook("__getattr__", ts),
                pyHook("__setattr__", ts), pyHook("__delattr__", ts));
        hooks = h;
        return h;
    }

    private PyObject pyHook(String name, ThreadState ts) {
        PyObject v = lookup(PyStr.intern(name), ts);
        return v instanceof PyBuiltin ? null : v;
    }

    /** Publishes fresh caches on this class and every live subclass, then a new version tag. */
    public void invalidate() {
        cache = new ConcurrentHashMap<>();
        tag = TAGS.incrementAndGet();
        List<PyClass> subs = new ArrayList<>();
        synchronized (subclasses) {
            subclasses.removeIf(w -> w.get() == null);
            for (WeakReference<PyClass> w : subclasses) {
                PyClass s = w.get();
                if (s != null) subs.add(s);
            }
        }
        for (PyClass s : subs) s.invalidate();
    }

    /** Live direct subclasses (for {@code __subclasses__}). */
    public List<PyClass> subclassList() {
        List<PyClass> out = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyClass> w : subclasses) {
                PyClass s = w.get();
                if (s != null && !s.isDead()) out.add(s);
            }
        }
        return out;
    }

    /** The bases as a new tuple. */
    public PyTuple basesTuple(ThreadState ts) {
        return PyTuple.of(bases, ts);
    }

    /**
     * The namespace and the bases (owned; counted by {@link #create} before any safepoint can
     * let a collection see the class), then the object model's first base. The MRO is borrowed.
     */
    @Override
    protected void traverse(Visitor v) {
        if (dict != null) v.visit(dict); // null while the constructor runs
        PyType[] bs = bases;
        if (bs != null) for (PyType b : bs) v.visit(b);
        PyType m = metaclass;
        if (m != null && !m.isImmortal()) v.visit(m);
        super.traverse(v);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(dict, ts);
        for (PyType b : bases) ts.refs.decref(b, ts);
        ts.refs.decref(metaclass, ts);
        super.releaseReferences(ts); // the object model's reference to the first base
    }

    /** The metaclass ({@code type} unless the class statement or a base chose another). */
    @Override
    public PyType type() {
        PyType m = metaclass;
        return m != null ? m : PyType.TYPE; // null only while the constructor runs
    }

    @Override
    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro) if (t == other) return true;
        return other == PyType.OBJECT;
    }
}
