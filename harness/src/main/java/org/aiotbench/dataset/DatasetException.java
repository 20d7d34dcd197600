package org.aiotbench.dataset;

/** A dataset operation failed for a reason the user can act on; the message is one line. */
public class DatasetException extends Exception {
    private static final long serialVersionUID = 1L;

    public DatasetException(String oneLine) {
        super(oneLine);
    }

    public DatasetException(String oneLine, Throwable cause) {
        super(oneLine, cause);
    }
}
