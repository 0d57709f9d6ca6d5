package org.interlock.object.gc;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import org.interlock.object.GcSupport;
import org.interlock.object.PyObject;
import org.interlock.object.RefCounting;

/**
 * CPython's cycle detection (Modules/gcmodule.c: {@code update_refs}, {@code subtract_refs},
 * {@code move_unreachable}) over a set of candidate objects, with the scratch counts in a side
 * array rather than in the object header.
 *
 * <ol>
 *   <li>Copy each candidate's count ({@link RefCounting#refcount}: under biased counting the
 *       owner's local count plus the shared count, which is exact while the world is stopped,
 *       queued-but-unmerged decrements included) into {@code scratch}, less the references the
 *       caller itself holds ({@code heldByCaller}).</li>
 *   <li>Traverse each candidate and subtract one from the scratch count of each candidate it
 *       references. What is left is the number of references from outside the set: from
 *       untracked objects, frozen objects, Java locals, the VM's stacks.</li>
 *   <li>A candidate with a positive scratch count is reachable from outside; so is every
 *       candidate reachable from it by traversal. The rest is unreachable.</li>
 * </ol>
 * The answer is conservative in one direction only: a {@code traverse} that omits a reference
 * makes the collector keep objects; one that reports an uncounted reference would make it
 * free live ones, which is why {@link PyObject#traverse} must report counted references only.
 *
 * <p>Not thread-safe: the caller has stopped the world or holds the GIL.
 */
final class CycleFinder {
    private final PyObject[] objs;
    private final int n;
    private final IdentityHashMap<PyObject, Integer> index;
    private final long[] scratch;

    /** Candidates {@code objs[0..n)}, distinct, none dead or dying. */
    CycleFinder(PyObject[] objs, int n) {
        this.objs = objs;
        this.n = n;
        this.index = new IdentityHashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) index.put(objs[i], i);
        this.scratch = new long[n];
    }

    /**
     * Which candidates are reachable from outside the set.
     *
     * @param heldByCaller references the caller holds to each candidate (not external)
     */
    boolean[] reachable(RefCounting refs, int heldByCaller) {
        return reachable(refs, heldByCaller, null);
    }

    /**
     * As {@link #reachable(RefCounting, int)}, with deferred reference counting: a
     * {@link PyObject#DEFERRED} candidate's collector reference is not external, and the
     * candidates in {@code roots} (objects frames hold without a count) are reachable.
     */
    boolean[] reachable(RefCounting refs, int heldByCaller, java.util.Set<PyObject> roots) {
        for (int i = 0; i < n; i++) {
            PyObject o = objs[i];
            // An object made immortal after it was tracked (option immortalize) keeps a frozen
            // count that says nothing about who refers to it: it is a root, never garbage.
            scratch[i] = o.isImmortal() ? Long.MAX_VALUE / 2
                    : refs.refcount(o) - heldByCaller - (o.isDeferred() ? 1 : 0);
            if (roots != null && roots.contains(o)) scratch[i]++; // an uncounted frame reference
        }
        for (int i = 0; i < n; i++) {
            GcSupport.traverse(objs[i], r -> {
                Integer j = index.get(r);
                if (j != null) scratch[j]--;
            });
        }
        boolean[] reached = new boolean[n];
        ArrayDeque<PyObject> work = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (scratch[i] > 0) {
                reached[i] = true;
                work.add(objs[i]);
            }
        }
        PyObject.Visitor mark = r -> {
            Integer j = index.get(r);
            if (j != null && !reached[j]) {
                reached[j] = true;
                work.add(r);
            }
        };
        PyObject o;
        while ((o = work.poll()) != null) GcSupport.traverse(o, mark);
        return reached;
    }

    /** The candidates {@code reached} marks false, in candidate order. */
    PyObject[] unreachable(boolean[] reached) {
        PyObject[] out = new PyObject[n];
        int k = 0;
        for (int i = 0; i < n; i++) if (!reached[i]) out[k++] = objs[i];
        return Arrays.copyOf(out, k);
    }

    /** Whether {@code o} is one of the candidates. */
    boolean contains(PyObject o) {
        return index.containsKey(o);
    }
}
