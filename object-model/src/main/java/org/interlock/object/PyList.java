package org.interlock.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Python's {@code list}: an array of counted references and a size.
 *
 * <h2>Synchronization</h2>
 * Every mutation runs inside the list's critical section ({@code ts.locks.enter(this, ts)}),
 * and drops the references it removes only after leaving it (a dropped item's {@code __del__}
 * may run arbitrary code). Reads take the critical section too, unless the policy allows
 * optimistic reads ({@link ObjectLocking#optimisticReads()}): then an item read is lock-free
 * (PEP 703's list read) — load the size, the array and the slot, {@link RefCounting#tryIncref}
 * the item, then re-load the slot and the array and accept the item only if both are
 * unchanged; otherwise drop it and take the critical section. A reader therefore returns an
 * item that was in that slot at the moment of validation, never one that was never stored or
 * that already died (C1, R3).
 *
 * <h2>Access modes of racy fields</h2>
 * <ul>
 *   <li>{@code items} (the array reference): written under the lock with a release store
 *       ({@code soItems}), always a fresh array when it grows or is cleared, fully filled
 *       before it is published; read with acquire.</li>
 *   <li>{@code size}: written under the lock with a release store, after the slots it
 *       covers; read with acquire (a stale size only sends a reader to the locked path or
 *       makes it see a slot that validation then checks).</li>
 *   <li>array slots: written under the lock with release stores; read with acquire. A slot
 *       past {@code size} is null.</li>
 * </ul>
 * Under the non-optimistic policies the same stores are used; on x86 a release store is a
 * plain store, so they cost nothing there (and on weaker machines the modes are what makes the
 * optimistic reader correct: a threat to validity these x86 machines cannot exercise).
 *
 * <p>Items stored while optimistic reads are on are first passed to
 * {@link RefCounting#enableTryIncref} by the writer (which holds a reference), so that a
 * non-owner's lock-free read may {@code tryIncref} them under biased counting.
 */
public final class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list");

    private static final VarHandle ITEMS;
    private static final VarHandle SIZE;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(PyObject[].class);
    private static final PyObject[] NO_ITEMS = new PyObject[0];

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            ITEMS = l.findVarHandle(PyList.class, "items", PyObject[].class);
            SIZE = l.findVarHandle(PyList.class, "size", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** See the class comment for access modes. */
    private PyObject[] items;
    private int size;

    /** An empty list (a new reference). */
    public PyList(ThreadState ts) {
        super(ts, true);
        this.items = NO_ITEMS;
    }

    /** A list holding the given (borrowed) items; the list takes its own references. */
    public static PyList of(PyObject[] src, ThreadState ts) {
        PyList l = new PyList(ts);
        if (src.length > 0) {
            PyObject[] a = Arrays.copyOf(src, src.length);
            for (PyObject o : a) l.prepareStore(o, ts);
            l.items = a;
            l.size = a.length;
        }
        return l;
    }

    /** A list that takes over the first {@code n} references in {@code src} (and the array). */
    public static PyList fromNewRefs(PyObject[] src, int n, ThreadState ts) {
        PyList l = new PyList(ts);
        if (ts.locks.optimisticReads()) {
            for (int i = 0; i < n; i++) ts.refs.enableTryIncref(src[i], ts);
        }
        if (n < src.length) Arrays.fill(src, n, src.length, null);
        l.items = src;
        l.size = n;
        return l;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- racy-field accessors (mode in the name) ----------------------------------------

    private PyObject[] laItems() {
        return (PyObject[]) ITEMS.getAcquire(this);
    }

    private void srItems(PyObject[] a) {
        ITEMS.setRelease(this, a);
    }

    private int laSize() {
        return (int) SIZE.getAcquire(this);
    }

    private void srSize(int n) {
        SIZE.setRelease(this, n);
    }

    private static PyObject laSlot(PyObject[] a, int i) {
        return (PyObject) SLOT.getAcquire(a, i);
    }

    private static void srSlot(PyObject[] a, int i, PyObject v) {
        SLOT.setRelease(a, i, v);
    }

    /** Takes the list's reference to {@code v} before it is stored. */
    private void prepareStore(PyObject v, ThreadState ts) {
        ts.refs.incref(v, ts);
        if (ts.locks.optimisticReads()) ts.refs.enableTryIncref(v, ts);
    }

    // ---- reads -------------------------------------------------------------------------

    /** {@code len(list)}. A racy snapshot (acquire load) when other threads mutate. */
    public int len(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        return laSize();
    }

    /** {@code list[i]} with Python's negative indexing: a new reference, or IndexError. */
    public PyObject get(long index, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        if (index >= 0 && index < Integer.MAX_VALUE && ts.locks.optimisticReads()) {
            PyObject o = tryOptimisticGet((int) index, ts);
            if (o != null) return o;
        }
        ts.locks.enter(this, ts);
        try {
            int n = size;
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) throw new OperationError(OperationError.Kind.INDEX, "list index out of range");
            PyObject o = items[(int) i];
            ts.refs.incref(o, ts);
            return o;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** Item {@code i} as a new reference, or null when {@code i >= len} (iteration). */
    public PyObject getOrNull(int i, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        if (i < 0) return null;
        if (ts.locks.optimisticReads()) {
            PyObject o = tryOptimisticGet(i, ts);
            if (o != null) return o;
        }
        ts.locks.enter(this, ts);
        try {
            if (i >= size) return null;
            PyObject o = items[i];
            ts.refs.incref(o, ts);
            return o;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /**
     * The lock-free read: the item at {@code i} with a new reference, or null if the fast path
     * could not prove it (out of range, concurrent change, item dying): the caller locks.
     */
    private PyObject tryOptimisticGet(int i, ThreadState ts) {
        int n = laSize();                 // size first: the array loaded next is at least as new
        PyObject[] a = laItems();
        if (i >= n || i >= a.length) return null;
        PyObject o = laSlot(a, i);
        if (o == null) return null;
        if (!ts.refs.tryIncref(o, ts)) return fallback(ts);
        if (laSlot(a, i) == o && laItems() == a) {
            if (Checks.ENABLED) Checks.alive(o, "item access (list item)");
            return o;
        }
        ts.refs.decref(o, ts);            // raced with a writer: retry under the lock
        return fallback(ts);
    }

    private static PyObject fallback(ThreadState ts) {
        if (Instrumentation.ENABLED) ts.counters.add(Instrumentation.OPTIMISTIC_FALLBACKS, 1);
        return null;
    }

    /** The items as a fresh array of new references (a consistent snapshot, under the lock). */
    public PyObject[] snapshot(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            PyObject[] out = Arrays.copyOf(items, size);
            for (PyObject o : out) ts.refs.incref(o, ts);
            return out;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /**
     * {@code UNPACK_SEQUENCE}'s read: when the list has exactly {@code n} items, stores new
     * references to them at {@code dst[at + n - 1 - i]} (the first item highest, as the eval
     * stack wants it) and returns true; otherwise stores nothing and returns false. The same
     * critical section as {@link #snapshot}, without the intermediate array: the length check
     * and the copy see one state of the list.
     */
    public boolean unpackInto(PyObject[] dst, int at, int n, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            if (size != n) return false;
            PyObject[] a = items;
            for (int i = 0; i < n; i++) {
                PyObject o = a[i];
                ts.refs.incref(o, ts);
                dst[at + n - 1 - i] = o;
            }
            return true;
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code list[start:stop:step]} as a new list (a new reference). */
    public PyList getSlice(Long start, Long stop, Long step, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject[] out;
        ts.locks.enter(this, ts);
        try {
            SliceIndices sl = SliceIndices.adjust(size, start, stop, step);
            out = new PyObject[sl.length()];
            for (int k = 0; k < out.length; k++) {
                out[k] = items[sl.index(k)];
                ts.refs.incref(out[k], ts);
            }
        } finally {
            ts.locks.exit(ts);
        }
        return fromNewRefs(out, out.length, ts);
    }

    /**
     * The first index in [start, stop) whose item is {@code v} or equals it, or -1 (the runtime
     * normalizes negative bounds against {@link #len} first, as {@code list.index} does; the
     * runtime raises ValueError with the item's repr). The comparisons run outside the lock, on items
     * held by new references, since {@code __eq__} may run arbitrary code.
     */
    public int index(PyObject v, int start, int stop, ThreadState ts) {
        for (int i = Math.max(start, 0); i < stop; i++) {
            PyObject o = getOrNull(i, ts);
            if (o == null) return -1;
            try {
                if (o == v || o.pyEquals(v, ts)) return i;
            } finally {
                ts.refs.decref(o, ts);
            }
        }
        return -1;
    }

    /** {@code list.index(v)}: the first index, or -1. */
    public int index(PyObject v, ThreadState ts) {
        return index(v, 0, Integer.MAX_VALUE, ts);
    }

    /** {@code v in list}. */
    public boolean contains(PyObject v, ThreadState ts) {
        return index(v, ts) >= 0;
    }

    /** {@code list.count(v)}. */
    public int count(PyObject v, ThreadState ts) {
        int c = 0;
        for (int i = 0; ; i++) {
            PyObject o = getOrNull(i, ts);
            if (o == null) return c;
            try {
                if (o == v || o.pyEquals(v, ts)) c++;
            } finally {
                ts.refs.decref(o, ts);
            }
        }
    }

    // ---- mutations ---------------------------------------------------------------------

    /** Room for {@code need} items; publishes a fresh array when it must grow. Under the lock. */
    private PyObject[] ensureCapacity(int need) {
        PyObject[] a = items;
        if (need <= a.length) return a;
        // CPython's over-allocation: ~1/8 extra plus a little, rounded to 4.
        long cap = ((long) need + (need >> 3) + 6) & ~3L;
        if (cap > Integer.MAX_VALUE - 8) {
            if (need > Integer.MAX_VALUE - 8) throw new OperationError(OperationError.Kind.MEMORY, "");
            cap = Integer.MAX_VALUE - 8;
        }
        PyObject[] b = Arrays.copyOf(a, (int) cap);
        srItems(b); // filled, then published
        return b;
    }

    /** {@code list.append(v)}. */
    public void append(PyObject v, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        prepareStore(v, ts);
        ts.locks.enter(this, ts);
        try {
            int n = size;
            PyObject[] a = ensureCapacity(n + 1);
            srSlot(a, n, v);
            srSize(n + 1);
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code list.insert(index, v)}, clamping the index as Python does. */
    public void insert(long index, PyObject v, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        prepareStore(v, ts);
        ts.locks.enter(this, ts);
        try {
            int n = size;
            long i = index < 0 ? Math.max(0, index + n) : Math.min(index, n);
            PyObject[] a = ensureCapacity(n + 1);
            for (int k = n; k > i; k--) srSlot(a, k, a[k - 1]);
            srSlot(a, (int) i, v);
            srSize(n + 1);
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code list[index] = v}; IndexError out of range. */
    public void set(long index, PyObject v, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        prepareStore(v, ts);
        PyObject old;
        ts.locks.enter(this, ts);
        try {
            int n = size;
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) {
                ts.refs.decref(v, ts); // v is borrowed and alive elsewhere: this never frees it
                throw new OperationError(OperationError.Kind.INDEX, "list assignment index out of range");
            }
            old = items[(int) i];
            srSlot(items, (int) i, v);
        } finally {
            ts.locks.exit(ts);
        }
        ts.refs.decref(old, ts);
    }

    /** Removes item {@code i} (0 &lt;= i &lt; size) under the lock; returns the list's reference. */
    private PyObject removeAtLocked(int i) {
        PyObject[] a = items;
        int n = size;
        PyObject old = a[i];
        for (int k = i; k < n - 1; k++) srSlot(a, k, a[k + 1]);
        srSlot(a, n - 1, null);
        srSize(n - 1);
        return old;
    }

    /** {@code list.pop(index)}: the removed item (the list's reference passes to the caller). */
    public PyObject pop(long index, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            int n = size;
            if (n == 0) throw new OperationError(OperationError.Kind.INDEX, "pop from empty list");
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) throw new OperationError(OperationError.Kind.INDEX, "pop index out of range");
            return removeAtLocked((int) i);
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code list.pop()}. */
    public PyObject pop(ThreadState ts) {
        return pop(-1, ts);
    }

    /** {@code del list[index]}; IndexError out of range. */
    public void delItem(long index, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject old;
        ts.locks.enter(this, ts);
        try {
            int n = size;
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) throw new OperationError(OperationError.Kind.INDEX, "list assignment index out of range");
            old = removeAtLocked((int) i);
        } finally {
            ts.locks.exit(ts);
        }
        ts.refs.decref(old, ts);
    }

    /**
     * {@code list.remove(v)}: removes the first equal item; false if there is none (the runtime
     * raises ValueError). The search compares outside the lock; the removal then checks under
     * the lock that the slot still holds the item it matched, and searches again if not.
     */
    public boolean remove(PyObject v, ThreadState ts) {
        while (true) {
            int i = -1;
            PyObject match = null;
            for (int k = 0; ; k++) {
                PyObject o = getOrNull(k, ts);
                if (o == null) break;
                boolean eq;
                try {
                    eq = o == v || o.pyEquals(v, ts);
                } catch (RuntimeException e) {
                    ts.refs.decref(o, ts);
                    throw e;
                }
                if (eq) {
                    i = k;
                    match = o; // keep our reference until the removal is decided
                    break;
                }
                ts.refs.decref(o, ts);
            }
            if (i < 0) return false;
            PyObject old = null;
            ts.locks.enter(this, ts);
            try {
                if (i < size && items[i] == match) old = removeAtLocked(i);
            } finally {
                ts.locks.exit(ts);
            }
            ts.refs.decref(match, ts);
            if (old != null) {
                ts.refs.decref(old, ts);
                return true;
            }
        }
    }

    /**
     * {@code list.extend(other)}: a two-object critical section, so that {@code a.extend(b)}
     * against {@code b.extend(a)} cannot deadlock (C2) and {@code a.extend(a)} doubles a.
     */
    public void extend(PyList other, ThreadState ts) {
        if (Checks.ENABLED) {
            Checks.alive(this, "item access");
            Checks.alive(other, "item access");
        }
        ts.locks.enter2(this, other, ts);
        try {
            int m = other.size;
            PyObject[] src = other.items;
            int n = size;
            PyObject[] a = ensureCapacity(n + m);
            // Self-extend: m was read first, and a grown array is a copy, so src still holds them.
            for (int k = 0; k < m; k++) {
                PyObject o = src[k];
                prepareStore(o, ts);
                srSlot(a, n + k, o);
            }
            srSize(n + m);
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code list.extend(items)} for a snapshot of an iterable: the items are borrowed. */
    public void extend(PyObject[] src, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        for (PyObject o : src) prepareStore(o, ts);
        ts.locks.enter(this, ts);
        try {
            int n = size;
            PyObject[] a = ensureCapacity(n + src.length);
            for (int k = 0; k < src.length; k++) srSlot(a, n + k, src[k]);
            srSize(n + src.length);
        } finally {
            ts.locks.exit(ts);
        }
    }

    /** {@code list.clear()}. The dropped items are released after the lock is left. */
    public void clear(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject[] old;
        int n;
        ts.locks.enter(this, ts);
        try {
            old = items;
            n = size;
            srSize(0);
            srItems(NO_ITEMS); // a fresh (empty) array: readers of the old one fail validation
        } finally {
            ts.locks.exit(ts);
        }
        for (int k = 0; k < n; k++) ts.refs.decref(old[k], ts);
    }

    /**
     * Replaces the whole contents with {@code src} (borrowed), as {@code list[:] = src} and
     * {@code list.sort()} (which sorts a snapshot and stores it back) need.
     */
    public void replaceAll(PyObject[] src, ThreadState ts) {
        setSlice(0, Integer.MAX_VALUE, src, ts);
    }

    /**
     * {@code list[start:stop] = src} for a step-1 slice (bounds already clamped to be
     * non-negative; they are clamped to the size here). {@code src} is borrowed.
     */
    public void setSlice(int start, int stop, PyObject[] src, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        for (PyObject o : src) prepareStore(o, ts);
        PyObject[] dropped;
        ts.locks.enter(this, ts);
        try {
            int n = size;
            int lo = Math.min(Math.max(start, 0), n);
            int hi = Math.min(Math.max(stop, lo), n);
            dropped = Arrays.copyOfRange(items, lo, hi);
            int newSize = n - (hi - lo) + src.length;
            // Build the new contents in a fresh array and publish it whole: a concurrent
            // optimistic reader sees either the old array or the new one, never a half-shifted one.
            PyObject[] b = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(items, 0, b, 0, lo);
            System.arraycopy(src, 0, b, lo, src.length);
            System.arraycopy(items, hi, b, lo + src.length, n - hi);
            if (newSize < size) srSize(newSize);
            srItems(b);
            srSize(newSize);
        } finally {
            ts.locks.exit(ts);
        }
        for (PyObject o : dropped) ts.refs.decref(o, ts);
    }

    /** {@code del list[start:stop:step]}. */
    public void delSlice(Long start, Long stop, Long step, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject[] dropped;
        ts.locks.enter(this, ts);
        try {
            int n = size;
            SliceIndices sl = SliceIndices.adjust(n, start, stop, step);
            dropped = new PyObject[sl.length()];
            boolean[] gone = new boolean[n];
            for (int k = 0; k < sl.length(); k++) {
                dropped[k] = items[sl.index(k)];
                gone[sl.index(k)] = true;
            }
            PyObject[] b = new PyObject[Math.max(n - dropped.length, 4)];
            int j = 0;
            for (int k = 0; k < n; k++) if (!gone[k]) b[j++] = items[k];
            srSize(j);
            srItems(b);
        } finally {
            ts.locks.exit(ts);
        }
        for (PyObject o : dropped) ts.refs.decref(o, ts);
    }

    /**
     * {@code list[start:stop:step] = src} for an extended slice ({@code step != 1}): the
     * lengths must match (ValueError otherwise, CPython's message). {@code src} is borrowed.
     */
    public void setExtendedSlice(Long start, Long stop, Long step, PyObject[] src, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject[] dropped;
        ts.locks.enter(this, ts);
        try {
            SliceIndices sl = SliceIndices.adjust(size, start, stop, step);
            if (sl.length() != src.length) {
                throw new OperationError(OperationError.Kind.VALUE, "attempt to assign sequence of size "
                        + src.length + " to extended slice of size " + sl.length());
            }
            for (PyObject o : src) prepareStore(o, ts);
            dropped = new PyObject[src.length];
            for (int k = 0; k < src.length; k++) {
                int i = sl.index(k);
                dropped[k] = items[i];
                srSlot(items, i, src[k]);
            }
        } finally {
            ts.locks.exit(ts);
        }
        for (PyObject o : dropped) ts.refs.decref(o, ts);
    }

    /** {@code list.reverse()}: publishes a reversed copy (readers never see a half-reversed list). */
    public void reverse(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        ts.locks.enter(this, ts);
        try {
            int n = size;
            PyObject[] b = new PyObject[items.length];
            for (int k = 0; k < n; k++) b[k] = items[n - 1 - k];
            srItems(b);
        } finally {
            ts.locks.exit(ts);
        }
    }

    // ---- object protocol ---------------------------------------------------------------

    /** Lists are unhashable. */
    @Override
    public long pyHash(ThreadState ts) {
        throw new OperationError(OperationError.Kind.TYPE, "unhashable type: 'list'");
    }

    /** Element-wise equality on snapshots (comparisons run outside both locks). */
    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (!(other instanceof PyList l)) return false;
        if (l == this) return true;
        PyObject[] a = snapshot(ts);
        PyObject[] b = l.snapshot(ts);
        try {
            if (a.length != b.length) return false;
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i] && !a[i].pyEquals(b[i], ts)) return false;
            }
            return true;
        } finally {
            for (PyObject o : a) ts.refs.decref(o, ts);
            for (PyObject o : b) ts.refs.decref(o, ts);
        }
    }

    @Override
    protected void traverse(Visitor v) {
        // The collector runs with the world stopped (or the GIL held): no append is half done.
        PyObject[] a = items;
        if (a == null) return; // still in the constructor
        int n = Math.min(size, a.length);
        for (int k = 0; k < n; k++) {
            PyObject o = a[k];
            if (o != null) v.visit(o);
        }
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        // The list is dying: no counted reference to it exists, so nothing mutates it. An
        // optimistic reader that still holds the old array can only tryIncref the items, and
        // those reads fail once the items die.
        PyObject[] a = items;
        int n = size;
        srSize(0);
        srItems(NO_ITEMS);
        for (int k = n - 1; k >= 0; k--) { // last first, as CPython's list_dealloc (__del__ order shows it)
            PyObject o = a[k];
            srSlot(a, k, null);
            ts.refs.decref(o, ts);
        }
    }
}
