package org.aiotbench.runner;

import java.util.List;
import java.util.Map;

/**
 * What a run did: cells planned, skipped as already done, run now by status, and one-line
 * notes (skipped tasks, torn lines repaired, …).
 */
public record RunSummary(int planned, int alreadyDone, Map<CellStatus, Integer> ran, List<String> notes) {

    public int ran(CellStatus s) {
        return ran.getOrDefault(s, 0);
    }
}
