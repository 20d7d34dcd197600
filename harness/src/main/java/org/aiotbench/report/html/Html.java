package org.aiotbench.report.html;

import static org.aiotbench.report.html.Xml.escape;

/** Small pieces of markup shared by the sections of the HTML report. */
public final class Html {

    /** Hashes are shown shortened, like in the Markdown report; the full value is the tooltip. */
    public static final int HASH_CHARS = 12;

    private Html() {
    }

    /** A hash as {@code <code>}, shortened, with the full value as its title; "unknown" for null. */
    public static String hash(String h) {
        if (h == null) {
            return "unknown";
        }
        String shown = h.length() > HASH_CHARS ? h.substring(0, HASH_CHARS) : h;
        return "<code title=\"" + escape(h) + "\">" + escape(shown) + "</code>";
    }

    /** Escaped text, or "unknown" when absent. */
    public static String text(String s) {
        return s == null ? "unknown" : escape(s);
    }

    /** Escaped inline code, or "unknown" when absent. */
    public static String code(String s) {
        return s == null ? "unknown" : "<code>" + escape(s) + "</code>";
    }
}
