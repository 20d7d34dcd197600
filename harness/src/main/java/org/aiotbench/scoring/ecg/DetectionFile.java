package org.aiotbench.scoring.ecg;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.aiotbench.sandbox.ProgramOutputs;
import org.aiotbench.scoring.ScoringException;

/**
 * Reads a detections file: one 0-based sample index per line. Blank lines (and surrounding
 * blanks, CR included) are ignored; anything else is the program's error and fails scoring with
 * a one-line message naming the file, the line and the offending text.
 */
public final class DetectionFile {
    private static final int MAX_SHOWN = 40;
    /** Far above any real record (30 min at 360 Hz is under 3 000 beats, some 20 kB). */
    private static final long MAX_BYTES = 64L << 20;

    private DetectionFile() {
    }

    /**
     * The detections in file order.
     *
     * @throws NoSuchFileException when the file does not exist (callers decide what that means)
     * @throws ScoringException    when a line is not a non-negative integer
     */
    public static long[] read(Path file) throws IOException, ScoringException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(file.toString());
        }
        byte[] bytes;
        try {
            // The program controls this file: never follow a symlink to a host file or block on a FIFO.
            bytes = ProgramOutputs.read(file, MAX_BYTES);
        } catch (IOException e) {
            throw ScoringException.program(file + ": " + e.getMessage());
        }
        long[] out = new long[4096];
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.ISO_8859_1))) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty()) {
                    continue;
                }
                long v = parse(s, file, lineNo);
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long parse(String s, Path file, int lineNo) throws ScoringException {
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-' || c == '+')) {
            throw bad(file, lineNo, s, "not a sample index");
        }
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw bad(file, lineNo, s, "not a sample index");
        }
        if (v < 0) {
            throw bad(file, lineNo, s, "negative sample index");
        }
        return v;
    }

    private static ScoringException bad(Path file, int lineNo, String content, String what) {
        return ScoringException.program(file + ":" + lineNo + ": " + what + ": '" + shown(content) + "'");
    }

    /** The content as printable one-line text, cut short when long. */
    private static String shown(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < MAX_SHOWN; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f || c > 0x7e ? '?' : c);
        }
        if (s.length() > MAX_SHOWN) {
            b.append("...");
        }
        return b.toString();
    }
}
