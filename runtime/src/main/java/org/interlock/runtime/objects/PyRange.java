package org.interlock.runtime.objects;

import org.interlock.object.PyInt;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.ThreadState;

/** {@code range} over longs. */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range");
    public static final PyType ITER_TYPE = PyType.builtin("range_iterator");
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step, ThreadState ts) {
        super(ts);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long length() {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long i) {
        return start + i * step;
    }

    @Override
    public long pyHash(ThreadState ts) {
        return (start * 31 + stop) * 31 + step;
    }

    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (!(other instanceof PyRange r)) return false;
        long n = length();
        if (n != r.length()) return false;
        if (n == 0) return true;
        if (start != r.start) return false;
        return n == 1 || step == r.step;
    }

    /** The iterator. */
    public static final class Iter extends PyIter {
        private long next;
        private final long step;
        private long remaining;

        public Iter(long start, long step, long count, ThreadState ts) {
            super(ts);
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyType type() {
            return ITER_TYPE;
        }

        @Override
        public PyObject next(ThreadState ts) {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v, ts);
        }

        public long remaining() {
            return remaining;
        }
    }
}
