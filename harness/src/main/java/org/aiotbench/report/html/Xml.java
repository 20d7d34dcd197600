package org.aiotbench.report.html;

/** Escaping for text and attribute values of an XHTML page (with inline SVG). */
public final class Xml {

    private Xml() {
    }

    /**
     * The text with the five XML-special characters escaped and characters XML cannot hold at all
     * (control characters, lone surrogates) replaced by U+FFFD, so user-supplied names and
     * reasons can neither inject markup nor make the page unparseable. Safe in text and in
     * double- or single-quoted attributes.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        b.append(c);
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        }
        return b.toString();
    }

    /** XML 1.0 Char production, BMP part, surrogates excluded (pairs are handled by the caller). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
