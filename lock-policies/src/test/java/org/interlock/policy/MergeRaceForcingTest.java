package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import org.interlock.object.ObjectSpace;
import org.interlock.object.Policy;
import org.interlock.object.RefCounting;
import org.interlock.object.ThreadState;
import org.junit.jupiter.api.Test;

/**
 * R4, forced: the owner exits (and does its final drain) exactly between a decrementer's check
 * of the owner's exited flag and its push to the owner's queue. The decrementer's re-check
 * after the push merges the object; the broken variant without it strands the object every
 * time. Both thread states are driven from the test thread, in the forced order.
 */
class MergeRaceForcingTest {

    /** Builds the counting with a seam that makes the owner exit, drops the owner's reference from the other thread. */
    private static Probe dropAfterForcedExit(Function<BiasedRefCounting.BeforePush, RefCounting> counting) {
        int[] fired = {0};
        RefCounting rc = counting.apply((o, owner, pusher) -> {
            fired[0]++;
            owner.exit(); // sets exited, then drains its (empty) queue: the push comes after
        });
        ObjectSpace s = new ObjectSpace(new Policy("forced", new ParallelScheduling(), rc, new PerObjectLocking(), Map.of()));
        ThreadState owner = s.newThreadState().bindCurrentThread();
        ThreadState other = s.newThreadState().bindCurrentThread();
        Probe victim = new Probe(owner);
        other.refs.decref(victim, other); // shared count 0 -> -1: queue to the owner
        assertEquals(1, fired[0], "the seam ran");
        assertTrue(owner.isExited());
        return victim;
    }

    @Test
    void theRecheckAfterThePushMergesAnObjectQueuedToAnOwnerThatJustExited() {
        Probe victim = dropAfterForcedExit(BrokenVariants::biasedWithSeam);
        assertTrue(victim.isDead(), "R4: merged by the pusher, freed");
        assertEquals(1, victim.releases.get());
    }

    @Test
    void withoutTheRecheckTheObjectIsStranded() {
        Probe victim = dropAfterForcedExit(BrokenVariants::strandingBiased);
        assertFalse(victim.isDead(), "R4 broken: queued to an exited owner, never merged");
        assertEquals(BiasedRefCounting.QUEUED, BiasedRefCounting.state(victim.lvRefShared()));
    }
}
