package org.aiotbench.adapter.pipeline;

import org.aiotbench.adapter.Program;

/**
 * Runs a candidate program in the sandbox on the task's development input, never on the test
 * input: pipelines debug and improve against it without seeing what they are scored on.
 */
public interface Trial {

    /** False when the task has no development input (pipelines then skip their loops). */
    boolean available();

    TrialOutcome run(Program.Source program);

    /** For tasks whose family offers no development input. */
    Trial NONE = new Trial() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public TrialOutcome run(Program.Source program) {
            return new TrialOutcome(false, "this task has no development input", null);
        }
    };
}
