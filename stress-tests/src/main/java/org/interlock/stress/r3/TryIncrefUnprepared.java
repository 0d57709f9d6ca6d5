package org.interlock.stress.r3;

import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;

/**
 * R3 for an object nobody marked for {@code tryIncref}: the same race as {@link TryIncrefDead},
 * but the object stays in biased counting's default state, where the owner frees it without an
 * atomic operation, so a non-owner's {@code tryIncref} must fail whether or not the object is
 * still alive. Plain and atomic counting have no such state and behave as in
 * {@link TryIncrefDead}. The deliberately broken {@code eager-tryincref} variant (its non-owner
 * {@code tryIncref} succeeds on a zero shared count) hands the freed object out: this test
 * shows that R3 catches it.
 *
 * <p>Result: actor 1's code, actor 2's code, 1 if any tryIncref succeeded, deallocations.
 */
@Description("R3: tryIncref of an unprepared object (biased default state) never hands out a dead object")
@Outcome(id = "0, 0, 0, 1", expect = Expect.ACCEPTABLE, desc = "every tryIncref failed")
@Outcome(id = "0, 0, 1, 1", expect = Expect.ACCEPTABLE, desc = "a tryIncref got the live object (plain/atomic counting)")
@Outcome(expect = Expect.FORBIDDEN,
        desc = "a dead object handed out, a double or missing deallocation (1 dead object, 3 exception)")
public abstract class TryIncrefUnprepared extends TryIncrefDead {
    protected TryIncrefUnprepared(String preset) {
        super(preset, false);
    }
}
