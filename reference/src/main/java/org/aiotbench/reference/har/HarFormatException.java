package org.aiotbench.reference.har;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data file that cannot be read as the format it claims to be. The message is always one
 * line that starts with the file, so a command can print it to the user as it is.
 */
public final class HarFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public HarFormatException(Path file, String cause) {
        super(file + ": " + cause.replace('\n', ' '));
    }
}
