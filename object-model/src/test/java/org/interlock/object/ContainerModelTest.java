package org.interlock.object;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random operation sequences (fixed seeds) against Java reference models: a LinkedHashMap for
 * dict (insertion order, re-insertion after delete goes last), a HashSet for set, an ArrayList
 * for list. After the run every object's count is back where it started, which catches a leaked
 * or double-dropped reference anywhere in the containers.
 */
class ContainerModelTest {
    private final TestPolicies.Env env = TestPolicies.env();
    private final ThreadState ts = env.ts();

    /** Keys: counted ints beyond the small-int cache, made once and shared, so counts are checkable. */
    private PyInt[] keys(int n) {
        PyInt[] k = new PyInt[n];
        for (int j = 0; j < n; j++) k[j] = PyInt.of(1000 + j * 7919L, ts);
        return k;
    }

    private void assertCountsRestored(PyObject[] objs) {
        for (PyObject o : objs) assertEquals(1, env.rc(o), "count of " + o);
    }

    @Test
    void dictAgainstLinkedHashMap() {
        for (long seed = 1; seed <= 5; seed++) {
            Random rnd = new Random(seed);
            PyInt[] ks = keys(300);
            PyInt[] vs = keys(50);
            PyDict d = new PyDict(ts);
            LinkedHashMap<Integer, Integer> model = new LinkedHashMap<>();
            for (int step = 0; step < 5000; step++) {
                int k = rnd.nextInt(ks.length);
                switch (rnd.nextInt(10)) {
                    case 0, 1, 2, 3 -> {
                        int v = rnd.nextInt(vs.length);
                        d.set(ks[k], vs[v], ts);
                        model.put(k, v);
                    }
                    case 4, 5 -> assertEquals(model.remove(k) != null, d.delete(ks[k], ts));
                    case 6 -> {
                        PyObject[] kv = d.popItem(ts);
                        if (model.isEmpty()) {
                            assertNull(kv);
                        } else {
                            Integer last = null;
                            for (Integer key : model.keySet()) last = key;
                            assertSame(ks[last], kv[0]);
                            assertSame(vs[model.remove(last)], kv[1]);
                            ts.refs.decref(kv[0], ts);
                            ts.refs.decref(kv[1], ts);
                        }
                    }
                    case 7 -> {
                        PyObject got = d.get(ks[k], ts);
                        Integer want = model.get(k);
                        if (want == null) {
                            assertNull(got);
                        } else {
                            assertSame(vs[want], got);
                            ts.refs.decref(got, ts);
                        }
                    }
                    case 8 -> {
                        // an equal but distinct key object finds the same entry
                        PyInt twin = PyInt.of(ks[k].longValue(), ts);
                        assertEquals(model.containsKey(k), d.contains(twin, ts));
                        ts.refs.decref(twin, ts);
                    }
                    default -> {
                        if (rnd.nextInt(50) == 0) {
                            d.clear(ts);
                            model.clear();
                        }
                    }
                }
                assertEquals(model.size(), d.len(ts));
            }
            PyObject[] items = d.items(ts);
            List<Map.Entry<Integer, Integer>> expected = new ArrayList<>(model.entrySet());
            assertEquals(2 * expected.size(), items.length);
            for (int j = 0; j < expected.size(); j++) {
                assertSame(ks[expected.get(j).getKey()], items[2 * j], "order at " + j + ", seed " + seed);
                assertSame(vs[expected.get(j).getValue()], items[2 * j + 1]);
            }
            for (PyObject o : items) ts.refs.decref(o, ts);
            ts.refs.decref(d, ts);
            assertCountsRestored(ks);
            assertCountsRestored(vs);
        }
        assertEquals(0, env.locks().depth);
    }

    @Test
    void setAgainstHashSet() {
        for (long seed = 1; seed <= 5; seed++) {
            Random rnd = new Random(seed);
            PyInt[] ks = keys(400);
            PySet s = new PySet(ts);
            Set<Integer> model = new HashSet<>();
            for (int step = 0; step < 5000; step++) {
                int k = rnd.nextInt(ks.length);
                switch (rnd.nextInt(8)) {
                    case 0, 1, 2 -> assertEquals(model.add(k), s.add(ks[k], ts));
                    case 3, 4 -> assertEquals(model.remove(k), s.discard(ks[k], ts));
                    case 5 -> assertEquals(model.contains(k), s.contains(ks[k], ts));
                    case 6 -> {
                        PyObject p = s.pop(ts);
                        if (model.isEmpty()) {
                            assertNull(p);
                        } else {
                            int idx = -1;
                            for (int j = 0; j < ks.length; j++) if (ks[j] == p) idx = j;
                            assertTrue(model.remove(idx), "popped a member");
                            ts.refs.decref(p, ts);
                        }
                    }
                    default -> {
                        if (rnd.nextInt(100) == 0) {
                            s.clear(ts);
                            model.clear();
                        }
                    }
                }
                assertEquals(model.size(), s.len(ts));
            }
            PyObject[] snap = s.snapshot(ts);
            assertEquals(model.size(), snap.length);
            for (PyObject o : snap) ts.refs.decref(o, ts);
            ts.refs.decref(s, ts);
            assertCountsRestored(ks);
        }
    }

    @Test
    void listAgainstArrayList() {
        for (boolean optimistic : new boolean[] {false, true}) {
            TestPolicies.Env e = TestPolicies.env(optimistic);
            ThreadState t = e.ts();
            Random rnd = new Random(42);
            PyInt[] vals = new PyInt[30];
            for (int j = 0; j < vals.length; j++) vals[j] = PyInt.of(5000 + j, t);
            PyList l = new PyList(t);
            List<Integer> model = new ArrayList<>();
            for (int step = 0; step < 4000; step++) {
                int v = rnd.nextInt(vals.length);
                int n = model.size();
                switch (rnd.nextInt(9)) {
                    case 0, 1 -> {
                        l.append(vals[v], t);
                        model.add(v);
                    }
                    case 2 -> {
                        int at = n == 0 ? 0 : rnd.nextInt(n + 1);
                        l.insert(at, vals[v], t);
                        model.add(at, v);
                    }
                    case 3 -> {
                        if (n > 0) {
                            int at = rnd.nextInt(n);
                            PyObject p = l.pop(at, t);
                            assertSame(vals[model.remove(at)], p);
                            t.refs.decref(p, t);
                        }
                    }
                    case 4 -> assertEquals(model.remove((Integer) v), l.remove(vals[v], t));
                    case 5 -> assertEquals(model.indexOf(v), l.index(vals[v], t));
                    case 6 -> {
                        if (n > 0) {
                            int at = rnd.nextInt(n);
                            l.set(at, vals[v], t);
                            model.set(at, v);
                        }
                    }
                    case 7 -> {
                        if (n > 0) {
                            int at = rnd.nextInt(n);
                            PyObject g = l.get(at - n, t); // negative index
                            assertSame(vals[model.get(at)], g);
                            t.refs.decref(g, t);
                        }
                    }
                    default -> {
                        int lo = n == 0 ? 0 : rnd.nextInt(n), hi = lo + rnd.nextInt(3);
                        PyObject[] ins = {vals[v], vals[(v + 1) % vals.length]};
                        l.setSlice(lo, hi, ins, t);
                        List<Integer> sub = model.subList(lo, Math.min(hi, n));
                        sub.clear();
                        sub.addAll(List.of(v, (v + 1) % vals.length));
                    }
                }
                assertEquals(model.size(), l.len(t));
            }
            PyObject[] snap = l.snapshot(t);
            for (int j = 0; j < snap.length; j++) {
                assertSame(vals[model.get(j)], snap[j]);
                t.refs.decref(snap[j], t);
            }
            t.refs.decref(l, t);
            for (PyInt o : vals) assertEquals(1, e.rc(o));
            assertEquals(0, e.locks().depth);
        }
    }
}
