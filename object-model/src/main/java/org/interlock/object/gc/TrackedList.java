package org.interlock.object.gc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Consumer;
import org.interlock.object.PyObject;

/**
 * One thread's tracked containers, in chunks of {@link #CHUNK} so that growing never copies a
 * large array (a pause the allocating thread would pay). Dead entries stay until the list is
 * compacted: by its owner when it has doubled since the last compaction, or by the collector
 * while the owner is stopped.
 *
 * <p>Not thread-safe: used by the owner thread, or by the collector while the owner is stopped
 * or detached (the stop-the-world handshake orders the owner's last appends before the
 * collector's reads, see {@link StopTheWorld}).
 */
final class TrackedList extends TrackedListPad1 {
    static final int CHUNK = 256;

    private final ArrayList<PyObject[]> full = new ArrayList<>();
    /** Size at which the owner compacts the list (drops dead entries) on its own. */
    private int compactAt = 4 * CHUNK;

    void add(PyObject o) {
        append(o);
        if (size() >= compactAt) {
            compact();
            compactAt = Math.max(4 * CHUNK, 2 * size());
        }
    }

    private void append(PyObject o) {
        if (n == CHUNK) {
            full.add(current);
            current = new PyObject[CHUNK];
            n = 0;
        }
        current[n++] = o;
    }

    int size() {
        return full.size() * CHUNK + n;
    }

    /** Each entry, oldest first. */
    void forEach(Consumer<PyObject> action) {
        for (PyObject[] c : full) for (PyObject o : c) action.accept(o);
        for (int i = 0; i < n; i++) action.accept(current[i]);
    }

    /** Drops the entries of objects that died. */
    void compact() {
        ArrayList<PyObject> live = new ArrayList<>(size());
        forEach(o -> {
            if (!o.isDead()) live.add(o);
        });
        clear();
        for (PyObject o : live) append(o);
    }

    /** Removes every entry. */
    void clear() {
        full.clear();
        Arrays.fill(current, 0, n, null);
        n = 0;
    }
}
