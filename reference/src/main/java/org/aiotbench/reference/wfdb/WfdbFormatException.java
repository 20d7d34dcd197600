package org.aiotbench.reference.wfdb;

import java.io.IOException;

/**
 * A WFDB file that cannot be understood. The message is one line naming the file, the line (for
 * headers) and the reason, so it can be shown to a user as it is.
 */
public final class WfdbFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public WfdbFormatException(String message) {
        super(message);
    }

    static WfdbFormatException atLine(String source, int line, String reason) {
        return new WfdbFormatException(source + ":" + line + ": " + reason);
    }
}
