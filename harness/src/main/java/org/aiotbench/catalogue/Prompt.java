package org.aiotbench.catalogue;

import java.util.Objects;

/**
 * The natural-language part of a task, in the four sections AutoIOT and GPIoT use.
 *
 * @param target what the program must achieve
 * @param remarks domain hints and constraints ("" when none)
 * @param input specification of the files in INPUT_DIR
 * @param output the exact output format expected in OUTPUT_DIR
 */
public record Prompt(String target, String remarks, String input, String output) {
    public Prompt {
        // Trailing newlines of YAML block scalars ("|" vs "|-") are layout, not content.
        target = Objects.requireNonNull(target, "target").strip();
        remarks = remarks == null ? "" : remarks.strip();
        input = Objects.requireNonNull(input, "input").strip();
        output = Objects.requireNonNull(output, "output").strip();
    }
}
