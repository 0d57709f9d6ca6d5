package org.interlock.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Work items done, summed over a workload's Python threads: JMH reports it beside the primary
 * score as a secondary rate ({@code items}, per second in throughput mode).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Items {
    /** Work items in this iteration. */
    public long items;

    @Setup(Level.Iteration)
    public void reset() {
        items = 0;
    }
}
