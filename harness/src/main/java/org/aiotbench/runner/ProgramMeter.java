package org.aiotbench.runner;

import com.fasterxml.jackson.databind.JsonNode;
import org.aiotbench.adapter.Program;

/**
 * Something measured about each program that reaches execution, beside what the sandbox
 * measures (e.g. code smells). The runner calls {@link #start} just before the program runs and
 * {@link Reading#finish} after it ended, so a meter may work while the program runs. One meter
 * serves every cell of a run, from several threads.
 */
public interface ProgramMeter extends AutoCloseable {

    /** Top-level field of the results record the reading goes into, e.g. {@code smells}. */
    String field();

    /** @return the reading to finish after the run, or {@code null} when the meter has nothing to say (e.g. in-process baselines) */
    Reading start(Program program);

    /** What the meter used (tools, versions, rule sets) for {@code meta.json}; {@code null} if it never ran. */
    JsonNode describe();

    @Override
    void close();

    /** One program's measurement in progress. */
    @FunctionalInterface
    interface Reading {
        /** Waits for the result; never throws (a failure is part of the JSON it returns). */
        JsonNode finish();
    }
}
