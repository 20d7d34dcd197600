package org.aiotbench.reference.jmh;

import java.io.IOException;
import org.aiotbench.reference.ecg.bench.EcgCorpus;
import org.aiotbench.reference.wfdb.WfdbRecord;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The detection lead of one record in mV, decoded once per trial. Record 100 is a clean sinus
 * rhythm, 208 a hard one (frequent PVCs and couplets), so both ends of a detector's cost show.
 */
@State(Scope.Benchmark)
public class EcgSignal {

    @Param({"100", "208"})
    public String record;

    double[] samples;
    double fs;

    @Setup(Level.Trial)
    public void load() throws IOException {
        try (BenchInput input = BenchInput.open(record)) {
            WfdbRecord rec = WfdbRecord.read(input.base());
            samples = rec.physical(EcgCorpus.detectionLead(rec));
            fs = rec.samplingFrequency();
        }
    }
}
