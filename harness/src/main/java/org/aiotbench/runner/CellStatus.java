package org.aiotbench.runner;

/**
 * How a cell ended. Infrastructure failures (the sandbox could not start, the harness could not
 * read the data) are kept apart: they say nothing about the generator, are never counted against
 * it, and are retried when the run is resumed.
 */
public enum CellStatus {
    OK("ok"), PROGRAM_FAILED("program_failed"), GENERATION_FAILED("generation_failed"), INFRA_FAILED("infra_failed");

    private final String json;

    CellStatus(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public boolean finalResult() {
        return this != INFRA_FAILED;
    }

    public static CellStatus fromJson(String s) {
        return parse(s).orElseThrow(() -> new IllegalArgumentException("unknown status '" + s + "'"));
    }

    /** The status spelled {@code s} in results.jsonl, if any. */
    public static java.util.Optional<CellStatus> parse(String s) {
        for (CellStatus c : values()) {
            if (c.json.equals(s)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
