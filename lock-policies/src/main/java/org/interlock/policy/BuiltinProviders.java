package org.interlock.policy;

import org.interlock.object.ObjectLocking;
import org.interlock.object.RefCounting;
import org.interlock.object.Scheduling;

/**
 * The providers of the built-in dimension values, registered in this module's
 * {@code META-INF/services}. Each is a public nested class with a public no-argument
 * constructor, as {@link java.util.ServiceLoader} requires.
 */
public final class BuiltinProviders {
    private BuiltinProviders() {}

    /** {@code global-lock}: {@link GlobalInterpreterLock}. */
    public static final class GlobalLock implements SchedulingProvider {
        @Override
        public String name() {
            return GlobalInterpreterLock.NAME;
        }

        @Override
        public String description() {
            return "one thread runs bytecode at a time; CPython's new GIL (switch interval, forced switching)";
        }

        @Override
        public Scheduling create(PolicyOptions options) {
            return new GlobalInterpreterLock(options);
        }
    }

    /** {@code parallel}: {@link ParallelScheduling}. */
    public static final class Parallel implements SchedulingProvider {
        @Override
        public String name() {
            return ParallelScheduling.NAME;
        }

        @Override
        public String description() {
            return "every thread runs bytecode at once; PEP 703 free threading";
        }

        @Override
        public Scheduling create(PolicyOptions options) {
            return new ParallelScheduling();
        }
    }

    /** {@code plain}: {@link PlainRefCounting}. */
    public static final class Plain implements RefCountingProvider {
        @Override
        public String name() {
            return PlainRefCounting.NAME;
        }

        @Override
        public String description() {
            return "plain loads and stores; CPython's default build (safe only under the GIL)";
        }

        @Override
        public RefCounting create(PolicyOptions options) {
            return new PlainRefCounting();
        }
    }

    /** {@code atomic}: {@link AtomicRefCounting}. */
    public static final class Atomic implements RefCountingProvider {
        @Override
        public String name() {
            return AtomicRefCounting.NAME;
        }

        @Override
        public String description() {
            return "every change an atomic add; Greg Stein's 1996 patch, the Gilectomy";
        }

        @Override
        public RefCounting create(PolicyOptions options) {
            return new AtomicRefCounting();
        }
    }

    /** {@code biased}: {@link BiasedRefCounting}. */
    public static final class Biased implements RefCountingProvider {
        @Override
        public String name() {
            return BiasedRefCounting.NAME;
        }

        @Override
        public String description() {
            return "owner counts plainly, others atomically, merged on demand; Choi et al. PACT 2018, PEP 703";
        }

        @Override
        public RefCounting create(PolicyOptions options) {
            return new BiasedRefCounting();
        }
    }

    /** {@code none}: {@link NoObjectLocking}. */
    public static final class None implements ObjectLockingProvider {
        @Override
        public String name() {
            return NoObjectLocking.NAME;
        }

        @Override
        public String description() {
            return "no object locks; CPython's default build (safe only under the GIL)";
        }

        @Override
        public ObjectLocking create(PolicyOptions options) {
            return new NoObjectLocking();
        }
    }

    /** {@code per-object}: {@link PerObjectLocking}. */
    public static final class PerObject implements ObjectLockingProvider {
        @Override
        public String name() {
            return PerObjectLocking.NAME;
        }

        @Override
        public String description() {
            return "PEP 703 critical sections on every access, readers included";
        }

        @Override
        public ObjectLocking create(PolicyOptions options) {
            return new PerObjectLocking();
        }
    }

    /** {@code optimistic}: {@link OptimisticLocking}. */
    public static final class Optimistic implements ObjectLockingProvider {
        @Override
        public String name() {
            return OptimisticLocking.NAME;
        }

        @Override
        public String description() {
            return "critical sections for writers; list and dict item reads lock-free (PEP 703)";
        }

        @Override
        public ObjectLocking create(PolicyOptions options) {
            return new OptimisticLocking();
        }
    }
}
