package org.aiotbench.report;

import org.aiotbench.runner.CellStatus;

/** A cell whose status is not ok, with the runner's one-line reason ({@code null} if none). */
public record FailedCell(String synth, boolean baseline, int sample, long seed, CellStatus status,
                         String reason, String key) {
}
