package org.interlock.object;

/**
 * Python's {@code tuple}: an immutable array of counted references.
 *
 * <p>Because a tuple never changes after construction (its array is final and filled before
 * the tuple is published), item reads need no lock and no validation. {@link #get} returns a
 * borrowed reference, valid while the caller holds the tuple; {@link #getNew} a new one.
 * Hashing is CPython 3.8+'s xxHash-based tuple hash, so tuples of ints hash as in CPython.
 */
public final class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple");
    /** {@code ()}, immortal. */
    public static final PyTuple EMPTY = new PyTuple();

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    /** Filled before publication, never changed until {@link #releaseReferences}. */
    private final PyObject[] items;

    private PyTuple() {
        super();
        this.items = new PyObject[0];
    }

    private PyTuple(PyObject[] items, ThreadState ts) {
        super(ts, true);
        this.items = items;
    }

    /** A tuple of the given (borrowed) items: the tuple takes its own references. */
    public static PyTuple of(PyObject[] items, ThreadState ts) {
        if (items.length == 0) return EMPTY;
        PyObject[] copy = items.clone();
        for (PyObject o : copy) ts.refs.incref(o, ts);
        return new PyTuple(copy, ts);
    }

    /** A tuple of the given items, borrowed. */
    public static PyTuple of(ThreadState ts, PyObject... items) {
        return of(items, ts);
    }

    /**
     * A tuple that takes over {@code items} and the references in it (the caller gives up both
     * the array and one count of each item). Saves an incref/decref pair per item.
     */
    public static PyTuple fromNewRefs(PyObject[] items, ThreadState ts) {
        if (items.length == 0) return EMPTY;
        return new PyTuple(items, ts);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    /** Item {@code i} (0 &lt;= i &lt; size), borrowed: valid while the caller holds the tuple. */
    public PyObject get(int i) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        return items[i];
    }

    /** Item {@code i} (0 &lt;= i &lt; size) as a new reference. */
    public PyObject getNew(int i, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject o = items[i];
        ts.refs.incref(o, ts);
        return o;
    }

    /** {@code t[i]} with Python's negative indexing: a new reference, or IndexError. */
    public PyObject item(long i, ThreadState ts) {
        if (i < 0) i += items.length;
        if (i < 0 || i >= items.length) throw new OperationError(OperationError.Kind.INDEX, "tuple index out of range");
        return getNew((int) i, ts);
    }

    /** {@code t[start:stop:step]} (a new reference). */
    public PyTuple slice(SliceIndices sl, ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        if (sl.step() == 1 && sl.length() == items.length) {
            ts.refs.incref(this, ts);
            return this;
        }
        PyObject[] out = new PyObject[sl.length()];
        for (int k = 0; k < out.length; k++) out[k] = items[sl.index(k)];
        return of(out, ts);
    }

    /** {@code a + b} (a new reference). */
    public static PyTuple concat(PyTuple a, PyTuple b, ThreadState ts) {
        PyObject[] out = new PyObject[a.items.length + b.items.length];
        System.arraycopy(a.items, 0, out, 0, a.items.length);
        System.arraycopy(b.items, 0, out, a.items.length, b.items.length);
        return of(out, ts);
    }

    /** The items as a fresh array of new references. */
    public PyObject[] snapshot(ThreadState ts) {
        if (Checks.ENABLED) Checks.alive(this, "item access");
        PyObject[] out = items.clone();
        for (PyObject o : out) ts.refs.incref(o, ts);
        return out;
    }

    /** CPython 3.8+'s tuple hash (xxHash's round with the item hashes as lanes). */
    @Override
    public long pyHash(ThreadState ts) {
        long acc = XXPRIME_5;
        for (PyObject o : items) {
            long lane = o.pyHash(ts);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** Element-wise equality (identity first, as CPython's containers compare). */
    @Override
    public boolean pyEquals(PyObject other, ThreadState ts) {
        if (!(other instanceof PyTuple t)) return false;
        if (t == this) return true;
        if (t.items.length != items.length) return false;
        for (int i = 0; i < items.length; i++) {
            PyObject x = items[i], y = t.items[i];
            if (x != y && !x.pyEquals(y, ts)) return false;
        }
        return true;
    }

    @Override
    protected void traverse(Visitor v) {
        PyObject[] a = items;
        if (a == null) return; // still in the constructor
        for (PyObject o : a) if (o != null) v.visit(o); // null once released
    }

    @Override
    protected void releaseReferences(ThreadState ts) {
        for (int i = items.length - 1; i >= 0; i--) { // last first, as CPython's tupledealloc
            PyObject o = items[i];
            items[i] = null;
            if (o != null) ts.refs.decref(o, ts);
        }
    }
}
