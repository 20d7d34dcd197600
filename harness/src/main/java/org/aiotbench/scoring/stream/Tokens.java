package org.aiotbench.scoring.stream;

import java.util.ArrayList;
import java.util.List;

/** Splits text the way Python's {@code str.split()} with no argument does. */
final class Tokens {
    private Tokens() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isPythonSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isPythonSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out;
    }

    /**
     * Python's {@code str.isspace}: bidi class WS, B or S, or category Zs. Java's isWhitespace
     * leaves out the no-break spaces (Zs) and NEL (U+0085, bidi B), which Python splits on.
     */
    static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
