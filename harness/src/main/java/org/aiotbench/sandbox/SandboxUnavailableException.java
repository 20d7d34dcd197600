package org.aiotbench.sandbox;

/** Infrastructure failure: the sandbox could not be created or started. The message is one line. */
public class SandboxUnavailableException extends Exception {
    public SandboxUnavailableException(String oneLine) {
        super(oneLine);
    }

    public SandboxUnavailableException(String oneLine, Throwable cause) {
        super(oneLine, cause);
    }
}
