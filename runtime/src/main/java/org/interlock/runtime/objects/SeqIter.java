package org.interlock.runtime.objects;

import org.interlock.object.PyList;
import org.interlock.object.PyObject;
import org.interlock.object.PyStr;
import org.interlock.object.PyTuple;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** Iterators over list, tuple and str (holding the sequence), forward or reversed. */
public final class SeqIter extends PyIter {
    public static final PyType LIST_ITER = PyType.builtin("list_iterator");
    public static final PyType LIST_REVITER = PyType.builtin("list_reverseiterator");
    public static final PyType TUPLE_ITER = PyType.builtin("tuple_iterator");
    public static final PyType STR_ITER = PyType.builtin("str_ascii_iterator");

    private PyObject seq;
    private int index;
    private final boolean reversed;

    public SeqIter(PyObject seq, boolean reversed, ThreadState ts) {
        super(ts);
        ts.refs.incref(seq, ts);
        this.seq = seq;
        this.reversed = reversed;
        if (reversed) {
            index = seq instanceof PyList l ? l.len(ts) - 1 : seq instanceof PyTuple t ? t.size() - 1
                    : ((PyStr) seq).length() - 1;
        }
    }

    @Override
    public PyType type() {
        if (seq instanceof PyTuple) return TUPLE_ITER;
        if (seq instanceof PyStr) return STR_ITER;
        return reversed ? LIST_REVITER : LIST_ITER;
    }

    @Override
    public PyObject next(ThreadState ts) {
        PyObject s = seq;
        if (s == null) return null;
        PyObject r;
        if (reversed) {
            if (index < 0) {
                exhaust(ts);
                return null;
            }
            int i = index--;
            if (s instanceof PyList l) {
                if (i >= l.len(ts)) {
                    exhaust(ts);
                    return null;
                }
                r = l.getOrNull(i, ts);
            } else if (s instanceof PyTuple t) {
                r = t.getNew(i, ts);
            } else {
                r = ((PyStr) s).item(i, ts);
            }
        } else {
            int i = index++;
            if (s instanceof PyList l) {
                r = l.getOrNull(i, ts);
            } else if (s instanceof PyTuple t) {
                r = i < t.size() ? t.getNew(i, ts) : null;
            } else {
                PyStr str = (PyStr) s;
                r = i < str.length() ? str.item(i, ts) : null;
            }
        }
        if (r == null) exhaust(ts);
        return r;
    }

    private void exhaust(ThreadState ts) {
        PyObject s = seq;
        seq = null;
        if (s != null) ts.refs.decref(s, ts);
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        exhaust(ts);
    }
}
