package org.aiotbench.reference.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Samples processed, reported by JMH as a secondary result {@code ·samples} in samples per
 * second. A counter rather than {@code @OperationsPerInvocation} because the number of samples
 * per call depends on the record, known only at run time.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class SampleCounter {

    /** Read by JMH through reflection; public by JMH's rules. */
    public long samples;

    @Setup(Level.Iteration)
    public void reset() {
        samples = 0;
    }
}
