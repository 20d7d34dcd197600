package org.aiotbench.scoring.har;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aiotbench.sandbox.ProgramOutputs;
import org.aiotbench.scoring.ScoringException;

/**
 * Reads {@code predictions.csv}: one label per test sample, in test order. A label is a class
 * index (0-based; any spelling of an integer, so NumPy's {@code 3.000000000000000000e+00} is 3)
 * or a class name (exact, or differing only in case). Surrounding blanks, a CR and blank lines
 * at the end are ignored; anything else that is not a label, a blank line in the middle, or a
 * count other than the number of test samples fails scoring with a one-line message naming the
 * file and line: misaligned predictions cannot be scored fairly.
 */
public final class PredictionsFile {

    public static final String NAME = "predictions.csv";
    /** Far above any test split here (a label and a newline per sample). */
    private static final long MAX_BYTES = 64L << 20;
    private static final int MAX_SHOWN = 40;

    private PredictionsFile() {
    }

    /**
     * The predicted class index of every test sample.
     *
     * @param expected number of test samples
     */
    public static int[] read(Path outputDir, List<String> classes, int expected) throws ScoringException {
        Path file = outputDir.resolve(NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw ScoringException.program(NAME + " is missing: write one predicted label per test sample to OUTPUT_DIR/" + NAME);
        }
        byte[] bytes;
        try {
            // The program controls this file: never follow a symlink to a host file or block on a FIFO.
            bytes = ProgramOutputs.read(file, MAX_BYTES);
        } catch (IOException e) {
            throw ScoringException.program(NAME + ": " + e.getMessage());
        }
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Integer> byLower = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            byName.put(classes.get(i), i);
            // A name that differs from another only in case is no longer a usable case-free key.
            byLower.merge(classes.get(i).toLowerCase(Locale.ROOT), i, (a, b) -> -1);
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).isBlank()) {
            last--;
        }
        if (last > expected) {
            throw ScoringException.program(NAME + " line " + (expected + 1) + ": more lines than the " + expected
                    + " test samples (" + last + " labels)");
        }
        if (last < expected) {
            throw ScoringException.program(NAME + ": " + last + " labels for " + expected + " test samples (one line per"
                    + " test sample, in test order)");
        }
        int[] out = new int[expected];
        for (int i = 0; i < expected; i++) {
            out[i] = label(lines.get(i).strip(), i + 1, classes.size(), byName, byLower);
        }
        return out;
    }

    private static int label(String s, int lineNo, int nClasses, Map<String, Integer> byName, Map<String, Integer> byLower)
            throws ScoringException {
        if (s.isEmpty()) {
            throw ScoringException.program(NAME + " line " + lineNo + ": empty line, expected a label");
        }
        Integer named = byName.get(s);
        if (named == null) {
            Integer ci = byLower.get(s.toLowerCase(Locale.ROOT));
            named = ci != null && ci >= 0 ? ci : null;
        }
        if (named != null) {
            return named;
        }
        Integer index = integer(s);
        if (index != null && index >= 0 && index < nClasses) {
            return index;
        }
        String shown = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
        throw ScoringException.program(NAME + " line " + lineNo + ": unknown label '" + shown + "' (expected a class index 0.."
                + (nClasses - 1) + " or a class name)");
    }

    private static Integer integer(String s) {
        if (s.length() > 64 || !s.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.'
                || c == 'e' || c == 'E')) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(s);
            return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    ? d.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
