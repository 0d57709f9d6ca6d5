package org.interlock.runtime.modules;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.interlock.object.PyBool;
import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;
import org.interlock.runtime.builtins.ArgAccess;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyBaseException;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.objects.PyModule;
import org.interlock.runtime.objects.TypeInfo;
import org.interlock.runtime.vm.Ops;

/**
 * {@code _queue}: {@code SimpleQueue} in Java, as CPython has it in C, on a
 * {@link LinkedBlockingQueue} that holds one counted reference per item. {@code put} never
 * blocks; a {@code get} that must wait does so inside {@link ThreadState#blocking} (the GIL
 * released, critical sections suspended). The Java queue is itself thread-safe, so the
 * object needs no per-object lock under any policy.
 */
final class QueueModule {
    private QueueModule() {}

    static final PyType EMPTY = PyType.builtin("_queue.Empty", ExcTypes.EXCEPTION);
    static final PyType SIMPLE_QUEUE = PyType.builtin("_queue.SimpleQueue");

    static {
        TypeInfo.of(EMPTY).factory = PyBaseException::new;
    }

    /** The queue object. Each element is a counted reference, handed to the getter. */
    static final class SimpleQueue extends PyObject {
        final LinkedBlockingQueue<PyObject> items = new LinkedBlockingQueue<>();

        SimpleQueue(ThreadState ts) {
            super(ts);
        }

        @Override
        public PyType type() {
            return SIMPLE_QUEUE;
        }

        @Override
        protected void releaseReferences(ThreadState ts) {
            PyObject o;
            while ((o = items.poll()) != null) ts.refs.decref(o, ts);
        }
    }

    private static PyObject put(SimpleQueue q, PyObject item, ThreadState ts) {
        ts.refs.incref(item, ts);
        // a getter on another thread may read it without the owner's help (biased counting)
        ts.refs.enableTryIncref(item, ts);
        q.items.add(item);
        return Ops.NONE;
    }

    private static PyObject get(SimpleQueue q, boolean block, PyObject timeoutArg, ThreadState ts) {
        PyObject o = q.items.poll();
        if (o != null) return o;
        if (!block) throw new PyException(PyBaseException.of(EMPTY, ts, new PyObject[0]));
        double timeout = timeoutArg == null || timeoutArg == Ops.NONE ? -1 : MathModule.d(timeoutArg, ts);
        if (timeoutArg != null && timeoutArg != Ops.NONE && timeout < 0) {
            throw ExcTypes.valueError("'timeout' must be a non-negative number", ts);
        }
        try {
            o = ts.blocking(() -> timeout < 0 ? q.items.take() : q.items.poll((long) (timeout * 1e9), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExcTypes.raise(ExcTypes.KEYBOARD_INTERRUPT, "", ts);
        }
        if (o == null) throw new PyException(PyBaseException.of(EMPTY, ts, new PyObject[0]));
        return o;
    }

    private static boolean initDone;

    private static synchronized void initType() {
        if (initDone) return;
        initDone = true;
        TypeInfo ti = TypeInfo.of(SIMPLE_QUEUE);
        ti.constructor = (t, a, kw, ts) -> {
            if (a.length > 0) throw ExcTypes.typeError("SimpleQueue() takes no arguments", ts);
            return new SimpleQueue(ts);
        };
        ti.method("put", (s, a, kw, ts) -> {
            PyObject item = ArgAccess.npos(a, kw) > 0 ? a[0] : ArgAccess.kw(a, kw, "item");
            if (item == null) throw ExcTypes.typeError("put() missing required argument 'item' (pos 1)", ts);
            return put((SimpleQueue) s, item, ts);
        });
        ti.method("put_nowait", (s, a, kw, ts) -> {
            PyObject item = ArgAccess.npos(a, kw) > 0 ? a[0] : ArgAccess.kw(a, kw, "item");
            if (item == null) throw ExcTypes.typeError("put_nowait() missing required argument 'item' (pos 1)", ts);
            return put((SimpleQueue) s, item, ts);
        });
        ti.method("get", (s, a, kw, ts) -> {
            int np = ArgAccess.npos(a, kw);
            PyObject bl = np > 0 ? a[0] : ArgAccess.kw(a, kw, "block");
            PyObject to = np > 1 ? a[1] : ArgAccess.kw(a, kw, "timeout");
            return get((SimpleQueue) s, bl == null || Ops.isTrue(bl, ts), to, ts);
        });
        ti.method("get_nowait", (s, a, kw, ts) -> get((SimpleQueue) s, false, null, ts));
        ti.method("empty", (s, a, kw, ts) -> PyBool.of(((SimpleQueue) s).items.isEmpty()));
        ti.method("qsize", (s, a, kw, ts) -> PyInt.of(((SimpleQueue) s).items.size(), ts));
    }

    static PyModule create(ThreadState ts) {
        initType();
        PyModule m = new PyModule("_queue", ts);
        ModuleDef d = new ModuleDef(m, ts);
        d.val("SimpleQueue", SIMPLE_QUEUE);
        d.val("Empty", EMPTY);
        return m;
    }
}
