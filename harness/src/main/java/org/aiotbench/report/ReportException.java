package org.aiotbench.report;

/** A failure the user can fix (missing folder, no results); its message is one line. */
public class ReportException extends Exception {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
