package org.interlock.stress;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.interlock.stress.Presets.Preset;
import org.interlock.stress.Suite.Test;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;

/**
 * The table StressMain judges by and the generated classes agree: every class the suite names
 * exists, is a jcstress test with its own outcomes (a catch-all FORBIDDEN among them), and
 * declares exactly two actors.
 */
class SuiteTest {
    @org.junit.jupiter.api.Test
    void everyNamedTestExistsWithTwoActorsAndACatchAllForbiddenOutcome() throws Exception {
        int classes = 0;
        for (Test t : Suite.TESTS) {
            assertTrue(Suite.INVARIANTS.contains(t.invariant()), t.invariant());
            for (Preset p : t.presets()) {
                Class<?> c = Class.forName(t.className(p));
                classes++;
                assertTrue(c.isAnnotationPresent(JCStressTest.class), c + " is not a @JCStressTest");
                int actors = 0;
                for (Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(Actor.class)) actors++;
                }
                assertTrue(actors == 2, c + " declares " + actors + " actors: jcstress skips more than the CPUs");
                boolean catchAll = false;
                for (Outcome o : c.getAnnotationsByType(Outcome.class)) {
                    // jcstress's default id is {""}: the outcome that matches what no other does.
                    boolean defaultId = o.id().length == 1 && o.id()[0].isEmpty();
                    catchAll |= defaultId && o.expect() == org.openjdk.jcstress.annotations.Expect.FORBIDDEN;
                }
                assertTrue(catchAll, c + " has no catch-all FORBIDDEN outcome of its own");
                assertTrue(Modifier.isPublic(c.getConstructor().getModifiers()));
            }
        }
        assertTrue(classes >= 50, "only " + classes + " test classes");
    }

    @org.junit.jupiter.api.Test
    void everyPresetBuildsAFreshPolicy() {
        for (Preset p : Presets.ALL) {
            assertDoesNotThrow(() -> Presets.build(p.name()), p.name());
            assertTrue(Presets.build(p.name()) != Presets.build(p.name()));
        }
    }
}
