package org.aiotbench.catalogue;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One user-facing defect in a catalogue or manifest file, printed as {@code FILE:LINE: reason}
 * so editors and CI logs can jump to it.
 *
 * @param file the file the problem is in
 * @param line 1-based line, or 0 when no line applies (e.g. an unreadable file)
 * @param reason one line, no trailing period needed
 */
public record Problem(Path file, int line, String reason) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        // A reason that spans lines would break the one-problem-per-line output contract.
        reason = reason.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
