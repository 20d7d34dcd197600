package org.aiotbench.report;

import org.aiotbench.runner.CellStatus;
import java.util.Collection;

/** Cells of a row by status. */
public record StatusCounts(int ok, int programFailed, int generationFailed, int infraFailed) {

    public static StatusCounts of(Collection<ResultRecord> cells) {
        int[] n = new int[CellStatus.values().length];
        for (ResultRecord r : cells) {
            n[r.status().ordinal()]++;
        }
        return new StatusCounts(n[CellStatus.OK.ordinal()], n[CellStatus.PROGRAM_FAILED.ordinal()],
                n[CellStatus.GENERATION_FAILED.ordinal()], n[CellStatus.INFRA_FAILED.ordinal()]);
    }

    public int get(CellStatus status) {
        return switch (status) {
            case OK -> ok;
            case PROGRAM_FAILED -> programFailed;
            case GENERATION_FAILED -> generationFailed;
            case INFRA_FAILED -> infraFailed;
        };
    }

    public int total() {
        return ok + programFailed + generationFailed + infraFailed;
    }

    /** Cells that say something about the generator: infra failures are the harness's fault. */
    public int attributable() {
        return total() - infraFailed;
    }
}
