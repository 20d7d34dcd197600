package org.aiotbench.sandbox;

/** Runs one untrusted program under {@link Limits}; obtain one from {@link Sandboxes}. Thread-safe. */
public interface Sandbox {
    Isolation isolation();

    /**
     * Runs the program to completion or until a limit kills it. Program misbehaviour (crash,
     * timeout, limits) is reported in the result, never thrown.
     *
     * @throws SandboxUnavailableException the sandbox itself could not be set up or started
     */
    ExecutionResult run(ExecutionSpec spec) throws SandboxUnavailableException;
}
