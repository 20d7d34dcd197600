package org.aiotbench.report;

import java.io.IOException;
import java.io.Writer;

/**
 * One way of rendering a {@link Leaderboard} into one file. A new format (HTML with plots, CSV)
 * is a new implementation; nothing else changes. Implementations must be deterministic: the
 * same leaderboard gives the same bytes, so reports can be diffed and golden-tested.
 */
public interface ReportFormat {

    /** File name inside the report folder, e.g. {@code leaderboard.json}. */
    String fileName();

    /** Writes the whole report; the writer is left open. Lines end with {@code \n}. */
    void write(Leaderboard leaderboard, Writer out) throws IOException;
}
