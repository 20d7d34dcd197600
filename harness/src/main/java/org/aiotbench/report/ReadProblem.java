package org.aiotbench.report;

/**
 * A line (or file) of a run folder the reader had to skip. It is reported, never thrown, so one
 * torn line from a killed run cannot hide the rest of the results.
 *
 * @param source how the file is named in messages, e.g. {@code run1/results.jsonl}
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 */
public record ReadProblem(String source, int line, String reason) {

    /** One line: {@code results.jsonl:LINE: reason} (or {@code meta.json: reason}). */
    public String message() {
        return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
