package org.interlock.runtime.objects;

import org.interlock.object.PyDict;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** {@code dict.keys()}, {@code values()}, {@code items()}: live views of a dict (owned). */
public final class DictView extends PyObject {
    public static final PyType KEYS = PyType.builtin("dict_keys");
    public static final PyType VALUES = PyType.builtin("dict_values");
    public static final PyType ITEMS = PyType.builtin("dict_items");

    public final PyDict dict;
    /** 0 keys, 1 values, 2 items. */
    public final int kind;

    public DictView(PyDict dict, int kind, ThreadState ts) {
        super(ts);
        ts.refs.incref(dict, ts);
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind == 0 ? KEYS : kind == 1 ? VALUES : ITEMS;
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        ts.refs.decref(dict, ts);
    }
}
