package org.interlock.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.interlock.object.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyRegistryTest {

    @ParameterizedTest
    @CsvSource({
        "gil,          gil,          global-lock, plain,  none",
        "fine-grained, fine-grained, parallel,    atomic, per-object",
        "lock-free,    lock-free,    parallel,    biased, optimistic",
        "unsafe,       unsafe,       parallel,    plain,  none",
        "GIL,          gil,          global-lock, plain,  none",
        "gil+atomic,   global-lock+atomic+none, global-lock, atomic, none",
        "parallel+atomic+per-object, fine-grained, parallel, atomic, per-object",
        "per-object+biased+parallel, parallel+biased+per-object, parallel, biased, per-object",
        "lock-free+per-object, parallel+biased+per-object, parallel, biased, per-object",
        "fine-grained+global-lock+plain, global-lock+plain+per-object, global-lock, plain, per-object",
    })
    void specsResolveToOneValuePerDimension(String spec, String name, String sched, String refs, String locks) {
        Policy p = PolicyRegistry.create(spec);
        assertEquals(name, p.name());
        assertEquals(sched, p.scheduling().name());
        assertEquals(refs, p.refCounting().name());
        assertEquals(locks, p.locking().name());
    }

    @Test
    void presetsMatchDesign() {
        assertEquals(List.of("gil", "fine-grained", "lock-free", "unsafe"),
            List.copyOf(PolicyRegistry.standard().presetNames()));
        assertInstanceOf(GlobalInterpreterLock.class, PolicyRegistry.create("gil").scheduling());
        assertInstanceOf(BiasedRefCounting.class, PolicyRegistry.create("lock-free").refCounting());
        assertInstanceOf(OptimisticLocking.class, PolicyRegistry.create("lock-free").locking());
        assertInstanceOf(PerObjectLocking.class, PolicyRegistry.create("fine-grained").locking());
        assertInstanceOf(AtomicRefCounting.class, PolicyRegistry.create("fine-grained").refCounting());
        assertInstanceOf(ParallelScheduling.class, PolicyRegistry.create("unsafe").scheduling());
        assertFalse(PolicyRegistry.create("unsafe").threadSafe());
        assertTrue(PolicyRegistry.create("gil").threadSafe());
    }

    @Test
    void eachCreateBuildsFreshInstances() {
        Policy a = PolicyRegistry.create("gil");
        Policy b = PolicyRegistry.create("gil");
        assertNotSame(a.scheduling(), b.scheduling());
        assertNotSame(a.refCounting(), b.refCounting());
    }

    @ParameterizedTest
    @ValueSource(strings = {"parallel+plain+per-object", "parallel+atomic+none", "fine-grained+none",
        "lock-free+plain", "gil+parallel"})
    void combinationsThatAreNotThreadSafeAreRefused(String spec) {
        PolicyConfigException e = assertThrows(PolicyConfigException.class, () -> PolicyRegistry.create(spec));
        assertTrue(e.getMessage().contains("not thread-safe"), e.getMessage());
        assertTrue(e.getMessage().contains("+unsafe"), "says how to insist: " + e.getMessage());
        Policy p = PolicyRegistry.create(spec + "+unsafe");
        assertFalse(p.threadSafe());
        assertEquals("true", p.options().get("unsafe"));
        assertFalse(PolicyRegistry.create(spec, Map.of("unsafe", "true")).threadSafe());
    }

    @Test
    void theUnsafePresetSaysItByItsName() {
        assertFalse(PolicyRegistry.create("unsafe").threadSafe());
        assertEquals("parallel+atomic+none", PolicyRegistry.create("unsafe+atomic").name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nogil", "gil+atomc", "parallel+atomic", "gil+plain+atomic", "", "atomic+gil",
        "gil++none"})
    void badSpecsAreErrorsThatListEverythingValid(String spec) {
        PolicyConfigException e = assertThrows(PolicyConfigException.class, () -> PolicyRegistry.create(spec));
        String m = e.getMessage();
        for (String valid : List.of("gil", "fine-grained", "lock-free", "unsafe", "global-lock", "parallel",
            "plain", "atomic", "biased", "none", "per-object", "optimistic", "switch-interval", "switch-every")) {
            assertTrue(m.contains(valid), "message lists " + valid + ": " + m);
        }
    }

    @Test
    void unknownNamesAreNamedInTheMessage() {
        PolicyConfigException e = assertThrows(PolicyConfigException.class, () -> PolicyRegistry.create("gil+atomc"));
        assertTrue(e.getMessage().startsWith("unknown policy 'atomc' in 'gil+atomc'"), e.getMessage());
    }

    @Test
    void optionsAreParsedRecordedAndChecked() {
        Policy p = PolicyRegistry.create("gil", PolicyOptions.parseMap("switch-interval=0.25, force-switching=off,"
            + "io-priority, switch-every=7,seed=99,immortalize=1,weakref-stripes=128"));
        GlobalInterpreterLock g = (GlobalInterpreterLock) p.scheduling();
        assertEquals(250_000L, g.switchIntervalNanos());
        assertFalse(g.forceSwitching());
        assertTrue(g.ioPriority());
        assertEquals(7, g.switchEvery());
        assertEquals("0.25", p.options().get("switch-interval"));
        assertEquals("99", p.options().get("seed"));
        assertEquals("true", p.options().get("immortalize"));
        assertEquals("128", p.options().get("weakref-stripes"));
        PolicyOptions o = PolicyOptions.parse("immortalize,weakref-stripes=16");
        assertTrue(o.immortalize());
        assertEquals(16, o.weakrefStripes());
        assertEquals(PolicyOptions.DEFAULTS, PolicyOptions.parse(""));
        for (String bad : List.of("switch-interval=0", "switch-interval=x", "weakref-stripes=3", "switch-every=-1",
            "seed=abc", "force-switching=maybe", "bogus=1")) {
            PolicyConfigException e = assertThrows(PolicyConfigException.class, () -> PolicyOptions.parse(bad), bad);
            if (bad.startsWith("bogus")) assertTrue(e.getMessage().contains("switch-interval"), e.getMessage());
        }
    }

    @Test
    void immortalizeDefaultsOnForParallelSchedulingOnlyUnlessGiven() {
        assertEquals("false", PolicyRegistry.create("gil").options().get("immortalize"));
        assertEquals("true", PolicyRegistry.create("fine-grained").options().get("immortalize"));
        assertEquals("true", PolicyRegistry.create("lock-free").options().get("immortalize"));
        assertEquals("false", PolicyRegistry.create("lock-free", Map.of("immortalize", "0")).options().get("immortalize"));
        assertEquals("false", PolicyRegistry.create("lock-free", Map.of("IMMORTALIZE", "off")).options().get("immortalize"));
        assertEquals("true", PolicyRegistry.create("gil", Map.of("immortalize", "1")).options().get("immortalize"));
    }

    @Test
    void newSpaceAppliesTheWeakrefStripesOption() {
        Policy p = PolicyRegistry.create("fine-grained", Map.of("weakref-stripes", "8", "immortalize", "true"));
        assertEquals(8, PolicyRegistry.newSpace(p).weakrefStripeCount());
        assertTrue(PolicyOptions.of(p).immortalize());
        assertEquals(64, PolicyRegistry.newSpace(PolicyRegistry.create("gil")).weakrefStripeCount());
    }

    @Test
    void dimensionValuesAreFoundThroughServiceLoader() {
        Set<String> sched = new HashSet<>();
        ServiceLoader.load(SchedulingProvider.class).forEach(p -> sched.add(p.name()));
        Set<String> refs = new HashSet<>();
        ServiceLoader.load(RefCountingProvider.class).forEach(p -> refs.add(p.name()));
        Set<String> locks = new HashSet<>();
        ServiceLoader.load(ObjectLockingProvider.class).forEach(p -> locks.add(p.name()));
        assertEquals(Set.of("global-lock", "parallel"), sched);
        assertEquals(Set.of("plain", "atomic", "biased"), refs);
        assertEquals(Set.of("none", "per-object", "optimistic"), locks);
        PolicyRegistry r = PolicyRegistry.load(getClass().getClassLoader());
        assertEquals(sched, r.schedulingNames());
        assertEquals(refs, r.refCountingNames());
        assertEquals(locks, r.lockingNames());
    }

    @Test
    void theDescriptionListsPresetsDimensionsSyntaxAndOptions() {
        String d = PolicyRegistry.describeAll();
        for (String s : List.of("gil", "fine-grained", "lock-free", "unsafe", "global-lock", "parallel", "plain",
            "atomic", "biased", "none", "per-object", "optimistic", "gil+atomic", "+unsafe", "switch-interval",
            "force-switching", "io-priority", "switch-every", "seed", "immortalize", "weakref-stripes",
            "CPython's default build", "PEP 703")) {
            assertTrue(d.contains(s), "describes " + s + ":\n" + d);
        }
    }
}
