package org.aiotbench.adapter;

import org.aiotbench.catalogue.Task;

/**
 * A hand-written reference implementation for one task family. It is trusted, so its program
 * runs in-process, but it reads the same input view and writes the same output files as any
 * generated program.
 */
public interface Baseline {

    /** The name tasks list under {@code baselines:}, e.g. {@code pan-tompkins}. */
    String name();

    String family();

    Program.InProcess program(Task task);
}
