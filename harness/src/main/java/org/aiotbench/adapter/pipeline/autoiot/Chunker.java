package org.aiotbench.adapter.pipeline.autoiot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a document into passages of a few paragraphs. Retrieval ranks passages rather than
 * whole files so a long document contributes only its relevant part to a bounded prompt.
 * Headings start a new passage and are kept with it, because a heading often names the topic
 * that its paragraphs only imply. Reference lists (sections headed Sources, References,
 * Bibliography) are left out: they are dense in topic words, so they would win retrieval while
 * telling the model nothing it can use.
 */
final class Chunker {

    /** Paragraphs are gathered until a passage would pass this many characters. */
    static final int TARGET_CHARS = 700;
    /** A single paragraph longer than this is cut at sentence ends (or hard, as a last resort). */
    static final int MAX_CHARS = 1200;
    private static final Set<String> REFERENCE_LISTS = Set.of("sources", "references", "bibliography", "citations");

    private Chunker() {
    }

    static List<Passage> chunk(String source, String text) {
        List<Passage> out = new ArrayList<>();
        String heading = "";
        boolean skipping = false;
        StringBuilder current = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String t = line.strip();
            if (isHeading(t)) {
                addParagraph(current, paragraph, source, heading, out);
                flush(current, source, heading, out);
                heading = headingText(t);
                skipping = REFERENCE_LISTS.contains(heading.toLowerCase(Locale.ROOT));
            } else if (skipping) {
                continue;
            } else if (t.isEmpty()) {
                addParagraph(current, paragraph, source, heading, out);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append('\n');
                }
                paragraph.append(t);
            }
        }
        addParagraph(current, paragraph, source, heading, out);
        flush(current, source, heading, out);
        return out;
    }

    /** The document's first top-level heading ({@code # Title}), or empty. */
    static String title(String text) {
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.matches("#\\s+\\S.*")) {
                return headingText(t);
            }
        }
        return "";
    }

    private static String headingText(String line) {
        return line.replaceFirst("^#+\\s*", "").strip();
    }

    private static boolean isHeading(String line) {
        return line.matches("#{1,6}\\s+\\S.*");
    }

    private static void addParagraph(StringBuilder current, StringBuilder paragraph, String source, String heading,
                                     List<Passage> out) {
        if (paragraph.length() == 0) {
            return;
        }
        for (String piece : split(paragraph.toString())) {
            if (current.length() > 0 && current.length() + 2 + piece.length() > TARGET_CHARS) {
                flush(current, source, heading, out);
            }
            if (current.length() > 0) {
                current.append("\n\n");
            }
            current.append(piece);
        }
        paragraph.setLength(0);
    }

    private static List<String> split(String paragraph) {
        List<String> pieces = new ArrayList<>();
        String rest = paragraph;
        while (rest.length() > MAX_CHARS) {
            int cut = rest.lastIndexOf(". ", MAX_CHARS);
            cut = cut < MAX_CHARS / 3 ? MAX_CHARS : cut + 1;
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static void flush(StringBuilder current, String source, String heading, List<Passage> out) {
        if (current.length() > 0) {
            out.add(new Passage(source, heading, current.toString(), 0f));
            current.setLength(0);
        }
    }
}
