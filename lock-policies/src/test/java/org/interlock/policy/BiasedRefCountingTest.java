package org.interlock.policy;

import static org.interlock.policy.BiasedRefCounting.MERGED;
import static org.interlock.policy.BiasedRefCounting.QUEUED;
import static org.interlock.policy.BiasedRefCounting.WEAKREFS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.interlock.object.ObjectSpace;
import org.interlock.object.PyObject;
import org.interlock.object.PyType;
import org.interlock.object.PyWeakRef;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Biased counting's paths, one at a time. The two thread states are used from the test thread
 * in turn, which is what "owner" and "non-owner" mean to the scheme: a thread state's tid.
 */
class BiasedRefCountingTest {
    private ObjectSpace space;
    private ThreadState owner;
    private ThreadState other;

    @BeforeEach
    void setUp() {
        space = new ObjectSpace(PolicyRegistry.create("lock-free"));
        owner = space.newThreadState().bindCurrentThread();
        other = space.newThreadState().bindCurrentThread();
        assertNotEquals(owner.tid, other.tid);
    }

    private static int state(PyObject o) {
        return BiasedRefCounting.state(o.lvRefShared());
    }

    private static int shared(PyObject o) {
        return BiasedRefCounting.sharedCount(o.lvRefShared());
    }

    @Test
    void theOwnerCountsLocallyWithoutTouchingTheSharedWord() {
        Probe p = new Probe(owner);
        assertEquals(owner.tid, p.lvOwnerTid());
        owner.refs.incref(p, owner);
        owner.refs.incref(p, owner);
        assertEquals(3, p.lpRefLocal());
        assertEquals(0, p.lvRefShared());
        owner.refs.decref(p, owner);
        owner.refs.decref(p, owner);
        owner.refs.decref(p, owner);
        assertTrue(p.isDead(), "DEFAULT state, nothing shared: freed by the owner without a merge");
        assertEquals(0, p.lvRefShared());
        assertEquals(1, p.releases.get());
    }

    @Test
    void aNonOwnerCountsInTheSharedWord() {
        Probe p = new Probe(owner);
        other.refs.incref(p, other);
        assertEquals(1, p.lpRefLocal());
        assertEquals(1, shared(p));
        assertEquals(2, other.refs.refcount(p));
        other.refs.decref(p, other);
        assertEquals(0, p.lvRefShared());
        owner.refs.decref(p, owner);
        assertTrue(p.isDead());
    }

    @Test
    void theOwnerMergesWhenItsLocalCountReachesZeroWhileOthersHoldReferences() {
        Probe p = new Probe(owner);
        other.refs.incref(p, other);
        owner.refs.decref(p, owner); // local 0, shared 1: merge, not free
        assertFalse(p.isDead());
        assertEquals(MERGED, state(p));
        assertEquals(0, p.lvOwnerTid());
        assertEquals(1, shared(p));
        // After the merge the old owner counts in the shared word too.
        owner.refs.incref(p, owner);
        assertEquals(2, shared(p));
        owner.refs.decref(p, owner);
        other.refs.decref(p, other); // merged count reaches zero on a non-owner: it frees
        assertTrue(p.isDead());
        assertEquals(1, p.releases.get());
    }

    @Test
    void aNonOwnerDecrefBelowZeroQueuesToTheOwnerWhoMergesAtItsSafepoint() {
        Probe p = new Probe(owner);
        other.refs.decref(p, other); // the owner's reference was handed to `other`, who drops it
        assertEquals(QUEUED, state(p));
        assertEquals(-1, shared(p));
        assertFalse(p.isDead(), "not freed until the owner merges");
        assertEquals(ThreadState.MERGE_QUEUED, owner.lvEvalBreaker() & ThreadState.MERGE_QUEUED);
        assertEquals(1, owner.mergeQueue.size());
        owner.safepoint();
        assertEquals(0, owner.lvEvalBreaker() & ThreadState.MERGE_QUEUED, "bit cleared");
        assertTrue(p.isDead(), "merged count 0: freed by the owner");
        assertEquals(1, p.releases.get());
        assertTrue(owner.mergeQueue.isEmpty());
    }

    @Test
    void aQueuedObjectStillReferencedSurvivesTheMerge() {
        Probe p = new Probe(owner);
        owner.refs.incref(p, owner); // local 2
        other.refs.decref(p, other); // shared -1, queued
        owner.safepoint();
        assertFalse(p.isDead());
        assertEquals(MERGED, state(p));
        assertEquals(1, shared(p));
        assertEquals(1, owner.refs.refcount(p));
        owner.refs.decref(p, owner);
        assertTrue(p.isDead());
        assertEquals(1, p.releases.get());
    }

    @Test
    void theOwnersZeroLocalMergeClaimsAQueuedObjectAndTheStaleQueueEntryIsSkipped() {
        Probe p = new Probe(owner);
        owner.refs.incref(p, owner);       // local 2, total 2
        other.refs.decref(p, other);       // shared -1, queued; total 1
        other.refs.incref(p, other);       // shared 0, still QUEUED; total 2
        owner.refs.decref(p, owner);       // local 1
        assertEquals(QUEUED, state(p));
        owner.refs.decref(p, owner);       // local 0: claims the merge now, count 0, frees
        assertTrue(p.isDead());
        assertEquals(1, owner.mergeQueue.size(), "the queue entry is stale now");
        owner.safepoint();                 // must not merge or free a second time (R2, R4)
        assertEquals(1, p.releases.get());
    }

    @Test
    void theDecrementerMergesItselfWhenTheOwnerHasExited() {
        Probe p = new Probe(owner);
        owner.exit();
        assertTrue(owner.isExited());
        other.refs.decref(p, other);
        assertTrue(p.isDead(), "merged and freed by the decrementing thread");
        assertTrue(owner.mergeQueue.isEmpty(), "nothing was queued to the exited owner");
        assertEquals(1, p.releases.get());
    }

    @Test
    void anObjectQueuedBeforeTheOwnerExitsIsMergedByItsFinalDrain() {
        Probe p = new Probe(owner);
        other.refs.decref(p, other);
        assertFalse(p.isDead());
        owner.exit(); // sets exited, then drains
        assertTrue(p.isDead(), "R4: never stranded");
        assertEquals(1, p.releases.get());
    }

    @Test
    void aNonOwnersTryIncrefFailsInTheDefaultStateWithNothingShared() {
        Probe p = new Probe(owner);
        // Alive (the owner holds it), but the owner could free it without atomics: refuse.
        assertFalse(other.refs.tryIncref(p, other));
        assertEquals(1, owner.refs.refcount(p));
        assertTrue(owner.refs.tryIncref(p, owner), "the owner's own tryIncref is a plain increment");
        assertEquals(2, p.lpRefLocal());
        owner.refs.decref(p, owner);
        owner.refs.decref(p, owner);
        assertTrue(p.isDead());
        assertFalse(other.refs.tryIncref(p, other));
        assertFalse(owner.refs.tryIncref(p, owner));
    }

    @Test
    void enableTryIncrefMovesToWeakrefsAndTheOwnerThenFreesThroughTheMergeCas() {
        Probe p = new Probe(owner);
        owner.refs.enableTryIncref(p, owner);
        assertEquals(WEAKREFS, state(p));
        assertTrue(other.refs.tryIncref(p, other));
        assertEquals(1, shared(p));
        other.refs.decref(p, other);
        assertEquals(WEAKREFS, state(p));
        owner.refs.decref(p, owner);
        assertEquals(MERGED, state(p), "freed by the merge CAS, not the DEFAULT fast path");
        assertTrue(p.isDead());
        assertFalse(other.refs.tryIncref(p, other), "MERGED with count 0 refuses");
        assertEquals(1, p.releases.get());
    }

    @Test
    void enableTryIncrefLeavesOtherStatesAlone() {
        Probe p = new Probe(owner);
        other.refs.incref(p, other);
        owner.refs.decref(p, owner); // merged
        int before = p.lvRefShared();
        other.refs.enableTryIncref(p, other);
        assertEquals(before, p.lvRefShared());
        other.refs.decref(p, other);
        assertTrue(p.isDead());
    }

    @Test
    void aWeakrefReadByAnotherThreadSeesTheLiveObjectThenNone() {
        Probe p = new Probe(owner);
        PyWeakRef w = PyWeakRef.create(p, null, owner);
        PyObject got = w.get(other);
        assertSame(p, got);
        other.refs.decref(got, other);
        owner.refs.decref(p, owner);
        assertTrue(p.isDead());
        assertNull(w.get(other), "W1: never a dead object");
        owner.refs.decref(w, owner);
    }

    @Test
    void resurrectionOfAnOwnedObjectCountsLocally() {
        int[] runs = {0};
        long[] duringDel = {-1};
        PyType t = PyType.builtin("biased_del_local");
        t.setFinalizer((self, ts) -> {
            runs[0]++;
            duringDel[0] = ts.refs.refcount(self);
        });
        Probe p = new Probe(t, owner);
        owner.refs.decref(p, owner);
        assertEquals(1, runs[0]);
        assertEquals(1, duringDel[0]);
        assertTrue(p.isDead());
    }

    @Test
    void resurrectionOfAMergedObjectOnANonOwnerCountsShared() {
        int[] runs = {0};
        PyObject[] keep = {null};
        PyType t = PyType.builtin("biased_del_shared");
        t.setFinalizer((self, ts) -> {
            runs[0]++;
            ts.refs.incref(self, ts);
            keep[0] = self;
        });
        Probe p = new Probe(t, owner);
        other.refs.incref(p, other);
        owner.refs.decref(p, owner);   // merged, count 1
        other.refs.decref(p, other);   // count 0 on the non-owner: __del__ runs there and revives
        assertEquals(1, runs[0]);
        assertFalse(p.isDead());
        assertEquals(MERGED, state(p));
        assertEquals(1, other.refs.refcount(p));
        other.refs.decref(keep[0], other);
        assertTrue(p.isDead());
        assertEquals(1, runs[0]);
        assertEquals(1, p.releases.get());
    }

    @Test
    void theBrokenEagerTryIncrefHandsOutADeadObject() {
        ObjectSpace s = new ObjectSpace(BrokenVariants.eagerTryIncrefPolicy());
        ThreadState o = s.newThreadState().bindCurrentThread();
        ThreadState n = s.newThreadState().bindCurrentThread();
        Probe p = new Probe(o);
        o.refs.decref(p, o); // DEFAULT fast path: freed with no atomic operation
        assertTrue(p.isDead());
        assertTrue(n.refs.tryIncref(p, n), "R3 broken: the dead object is handed out");
    }
}
