package org.aiotbench.report;

import java.util.Optional;

/** Outcome of one cell, as the runner writes it in the {@code status} field. */
public enum CellStatus {
    OK("ok"),
    PROGRAM_FAILED("program_failed"),
    GENERATION_FAILED("generation_failed"),
    /** The harness could not run the cell (sandbox, dataset); never the generator's fault. */
    INFRA_FAILED("infra_failed");

    private final String wireName;

    CellStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling used in results.jsonl and in the reports. */
    public String wireName() {
        return wireName;
    }

    public static Optional<CellStatus> fromWireName(String name) {
        for (CellStatus s : values()) {
            if (s.wireName.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
