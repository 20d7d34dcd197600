package org.aiotbench.adapter.pipeline.autoiot;

import java.util.Objects;

/**
 * A retrieved piece of a knowledge document.
 *
 * @param source the document's path relative to the knowledge folder, with {@code /} separators
 * @param heading the nearest Markdown heading above the passage, or empty
 * @param text the passage itself
 * @param score its BM25 score for the query (0 when not retrieved by a query)
 */
public record Passage(String source, String heading, String text, float score) {
    public Passage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
    }
}
