package org.interlock.runtime.modules;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.PyBuiltin;
import org.interlock.runtime.objects.PyObj;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Names;
import org.interlock.runtime.vm.Ops;

/**
 * {@code _thread._local} ({@code threading.local}): an instance whose attributes live in one
 * dict per thread. Attribute reads and stores go to the calling thread's dict (the VM reaches
 * them through {@link #getAttr}, {@link #setAttr} and {@link #delAttr}); methods and class
 * attributes still come from the type. When a thread other than the creator first touches the
 * object, a fresh dict is made and a Python subclass's {@code __init__} runs again with the
 * constructor's arguments, as in CPython.
 *
 * <p>Each per-thread dict is a counted reference, dropped when its thread ends (through
 * {@link #threadExit}) or when the local object dies, whichever comes first; the map's
 * {@code remove} decides which side drops it, so it is dropped exactly once.
 */
final class ThreadLocalObject extends PyObj {
    static final PyType TYPE = PyType.builtin("_thread._local");

    /** For each thread, the locals it touched (weakly: a dead local needs no cleanup). */
    private static final Map<ThreadState, List<WeakReference<ThreadLocalObject>>> TOUCHED = new ConcurrentHashMap<>();

    private final ConcurrentHashMap<ThreadState, PyDict> dicts = new ConcurrentHashMap<>();
    /** The constructor's arguments (counted), replayed to {@code __init__} in new threads; or null. */
    private volatile PyTuple initArgs;
    private volatile PyDict initKw;

    ThreadLocalObject(PyType cls, ThreadState ts) {
        super(cls, ts);
        // The creating thread's dict exists from the start: its __init__ runs in the constructor.
        dicts.put(ts, new PyDict(ts));
        remember(ts, this);
    }

    static void initType() {
        TypeInfo ti = TypeInfo.of(TYPE);
        ti.factory = ThreadLocalObject::new;
        ti.method("__init__", (s, a, kw, ts) -> {
            // reached only when no Python __init__ overrides it: arguments would be lost
            if (a.length > 0) {
                throw org.interlock.runtime.objects.ExcTypes.typeError("Initialization arguments are not supported", ts);
            }
            return Ops.NONE;
        });
    }

    /** Records the constructor's arguments for replay in other threads ({@code _thread._local_args}). */
    void setInitArgs(PyTuple args, PyDict kw, ThreadState ts) {
        ts.refs.incref(args, ts);
        if (kw != null) ts.refs.incref(kw, ts);
        PyTuple oldA = initArgs;
        PyDict oldK = initKw;
        initArgs = args;
        initKw = kw;
        if (oldA != null) ts.refs.decref(oldA, ts);
        if (oldK != null) ts.refs.decref(oldK, ts);
    }

    private static void remember(ThreadState ts, ThreadLocalObject l) {
        List<WeakReference<ThreadLocalObject>> list = TOUCHED.computeIfAbsent(ts, k -> new ArrayList<>());
        // only the thread itself touches its list; prune dead locals now and then (the main thread never exits)
        if (list.size() >= 64 && Integer.bitCount(list.size()) == 1) list.removeIf(w -> w.get() == null);
        list.add(new WeakReference<>(l));
    }

    /** The calling thread's dict, made (and {@code __init__} replayed) on first use. Borrowed. */
    private PyDict dictFor(ThreadState ts) {
        PyDict d = dicts.get(ts);
        if (d != null) return d;
        d = new PyDict(ts);
        dicts.put(ts, d);
        remember(ts, this);
        PyObject init = Ops.typeLookup(type(), Names.__init__, ts);
        if (init != null && !(init instanceof PyBuiltin)) {
            PyTuple a = initArgs;
            PyDict k = initKw;
            int np = a == null ? 0 : a.size();
            PyObject[] kv = k == null ? new PyObject[0] : k.items(ts);
            int nk = kv.length / 2;
            PyObject[] args = new PyObject[1 + np + nk];
            String[] names = nk == 0 ? null : new String[nk];
            args[0] = this;
            for (int i = 0; i < np; i++) args[1 + i] = a.get(i);
            for (int i = 0; i < nk; i++) {
                names[i] = kv[2 * i].toString();
                args[1 + np + i] = kv[2 * i + 1];
            }
            try {
                ts.refs.decref(Calls.call(init, args, names, ts), ts);
            } finally {
                for (PyObject o : kv) ts.refs.decref(o, ts);
            }
        }
        return d;
    }

    @Override
    public PyObject getAttr(PyStr name, ThreadState ts) {
        return dictFor(ts).get(name, ts);
    }

    @Override
    public void setAttr(PyStr name, PyObject value, ThreadState ts) {
        dictFor(ts).set(name, value, ts);
    }

    @Override
    public boolean delAttr(PyStr name, ThreadState ts) {
        PyObject old = dictFor(ts).pop(name, ts);
        if (old == null) return false;
        ts.refs.decref(old, ts);
        return true;
    }

    /** Drops the dicts the ending thread {@code ts} owned in every local it touched. */
    static void threadExit(ThreadState ts) {
        List<WeakReference<ThreadLocalObject>> list = TOUCHED.remove(ts);
        if (list == null) return;
        for (WeakReference<ThreadLocalObject> w : list) {
            ThreadLocalObject l = w.get();
            if (l == null) continue;
            PyDict d = l.dicts.remove(ts);
            if (d != null) ts.refs.decref(d, ts);
        }
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        for (ThreadState owner : List.copyOf(dicts.keySet())) {
            PyDict d = dicts.remove(owner);
            if (d != null) ts.refs.decref(d, ts);
        }
        PyTuple a = initArgs;
        PyDict k = initKw;
        initArgs = null;
        initKw = null;
        if (a != null) ts.refs.decref(a, ts);
        if (k != null) ts.refs.decref(k, ts);
        super.releaseReferences(ts);
    }
}
