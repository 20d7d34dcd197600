package org.aiotbench.runner;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line every few seconds otherwise
 * (CI logs), never on stdout so output stays machine-readable.
 */
final class Progress {

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
    private int done;
    private long lastPrint;

    Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 0;
        this.terminal = System.console() != null;
    }

    synchronized void cellDone(CellStatus status) {
        done++;
        counts.merge(status, 1, Integer::sum);
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (terminal || done == total || now - lastPrint > 5_000_000_000L) {
            lastPrint = now;
            err.print((terminal ? "\r" : "") + line() + (terminal && done < total ? "" : "\n"));
            err.flush();
        }
    }

    private String line() {
        int width = 24;
        int filled = total == 0 ? width : done * width / total;
        StringBuilder b = new StringBuilder("[");
        b.append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
        b.append(done).append('/').append(total).append(" cells");
        for (Map.Entry<CellStatus, Integer> e : counts.entrySet()) {
            b.append("  ").append(e.getKey().json()).append(' ').append(e.getValue());
        }
        long secs = (System.nanoTime() - start) / 1_000_000_000L;
        b.append(String.format("  %d:%02d", secs / 60, secs % 60));
        return b.toString();
    }

    synchronized Map<CellStatus, Integer> counts() {
        return new EnumMap<>(counts);
    }
}
