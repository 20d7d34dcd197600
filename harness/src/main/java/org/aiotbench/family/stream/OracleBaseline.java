package org.aiotbench.family.stream;

import org.aiotbench.adapter.Baseline;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.Task;

/**
 * The task's oracle as the {@code reference/oracle} baseline. It scores 1.0 by construction, so
 * its row checks the pipeline (input view, output files, scorer) rather than ranking anything:
 * a value below 1.0 there is a harness bug.
 */
public final class OracleBaseline implements Baseline {

    public static final String NAME = "oracle";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String family() {
        return StreamTaskSpec.FAMILY;
    }

    @Override
    public Program.InProcess program(Task task) {
        StreamTaskSpec spec = StreamTaskSpec.of(task);
        return new Program.InProcess(NAME, (in, out) -> OracleRun.run(spec.oracle(), in, out));
    }
}
