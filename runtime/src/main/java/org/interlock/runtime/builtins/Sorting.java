package org.interlock.runtime.builtins;

import java.util.Arrays;
import java.util.Comparator;
import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.ThreadState;
import org.interlock.runtime.objects.ExcTypes;
import org.interlock.runtime.objects.PyException;
import org.interlock.runtime.vm.Calls;
import org.interlock.runtime.vm.Compare;
import org.interlock.runtime.vm.Ops;

/**
 * {@code list.sort}: a stable merge sort (Java's TimSort on a copy) of (key, item) pairs; an
 * exception from a key function or a comparison propagates and leaves the list unchanged, and
 * reverse keeps stability as CPython's does (reverse, sort, reverse).
 */
final class Sorting {
    private Sorting() {}

    private static final class Escape extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PyException cause;

        Escape(PyException c) {
            super(null, null, false, false);
            cause = c;
        }
    }

    static void sort(PyList list, PyObject key, PyObject reverse, ThreadState ts) {
        if (key == Ops.NONE) key = null;
        boolean rev = reverse != null && Ops.isTrue(reverse, ts);
        PyObject[] items = list.snapshot(ts);
        PyObject[] keys = new PyObject[items.length];
        try {
            for (int i = 0; i < items.length; i++) {
                keys[i] = key == null ? Ops.incref(items[i], ts) : Calls.call1(key, items[i], ts);
            }
            Integer[] idx = new Integer[items.length];
            for (int i = 0; i < idx.length; i++) idx[i] = rev ? items.length - 1 - i : i;
            Comparator<Integer> cmp = (x, y) -> {
                try {
                    if (Compare.lt(keys[x], keys[y], ts)) return -1;
                    if (Compare.lt(keys[y], keys[x], ts)) return 1;
                    return 0;
                } catch (PyException e) {
                    throw new Escape(e);
                }
            };
            try {
                Arrays.sort(idx, cmp);
            } catch (Escape e) {
                throw e.cause;
            } catch (IllegalArgumentException e) {
                throw ExcTypes.valueError("list modified during sort", ts);
            }
            if (rev) java.util.Collections.reverse(Arrays.asList(idx)); // CPython: reverse, stable sort, reverse
            PyObject[] out = new PyObject[items.length];
            for (int i = 0; i < out.length; i++) out[i] = items[idx[i]];
            list.replaceAll(out, ts);
        } finally {
            for (PyObject o : items) ts.refs.decref(o, ts);
            for (PyObject o : keys) if (o != null) ts.refs.decref(o, ts);
        }
    }

}
