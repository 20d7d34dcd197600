package org.aiotbench.reference.har;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes samples in the WISDM raw text format, {@code user,activity,timestamp,x,y,z;} one per
 * line, optionally with a controlled dose of the irregularities the real file has, so that a
 * reader's handling of them can be tested against known counts.
 */
public final class WisdmRawWriter {

    /**
     * Irregularities to inject.
     *
     * @param rate fraction of records given one irregularity (0 = a clean file)
     * @param seed which records, and which kind each gets
     */
    public record Quirks(double rate, long seed) {
        public Quirks {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("quirk rate must be in [0, 1]: " + rate);
            }
        }

        public static Quirks none() {
            return new Quirks(0, 0);
        }
    }

    private static final WisdmRawReport.Issue[] INJECTED = {
        WisdmRawReport.Issue.MISSING_FIELDS, WisdmRawReport.Issue.TRAILING_COMMA,
        WisdmRawReport.Issue.ZERO_TIMESTAMP, WisdmRawReport.Issue.SEVERAL_ON_ONE_LINE,
        WisdmRawReport.Issue.EMPTY,
    };

    private WisdmRawWriter() {
    }

    public static void write(Path file, WisdmRawData d) throws IOException {
        write(file, d, Quirks.none());
    }

    /** Writes the file and returns how many of each irregularity it holds. */
    public static Map<WisdmRawReport.Issue, Long> write(Path file, WisdmRawData d, Quirks q) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            return write(w, d, q);
        }
    }

    public static Map<WisdmRawReport.Issue, Long> write(Writer w, WisdmRawData d, Quirks q) throws IOException {
        Map<WisdmRawReport.Issue, Long> injected = new EnumMap<>(WisdmRawReport.Issue.class);
        SplittableRandom r = new SplittableRandom(q.seed());
        boolean joined = false;
        StringBuilder line = new StringBuilder(64);
        for (int i = 0; i < d.size(); i++) {
            WisdmRawReport.Issue kind = null;
            // Never stack a quirk on a record that shares its line with the previous one, nor
            // join the last record: the injected counts must equal what a reader can see.
            if (!joined && r.nextDouble() < q.rate()) {
                kind = INJECTED[r.nextInt(INJECTED.length)];
                if (kind == WisdmRawReport.Issue.SEVERAL_ON_ONE_LINE && i == d.size() - 1) {
                    kind = null;
                }
            }
            if (kind != null) {
                injected.merge(kind, 1L, Long::sum);
            }
            line.setLength(0);
            if (kind == WisdmRawReport.Issue.EMPTY) {
                w.write('\n');
            }
            line.append(d.users()[i]).append(',').append(WisdmActivity.CLASSES.get(d.activities()[i])).append(',')
                    .append(kind == WisdmRawReport.Issue.ZERO_TIMESTAMP ? 0 : d.timestamps()[i]).append(',')
                    .append(number(d.x()[i])).append(',').append(number(d.y()[i]));
            if (kind != WisdmRawReport.Issue.MISSING_FIELDS) {
                line.append(',').append(number(d.z()[i]));
            }
            if (kind == WisdmRawReport.Issue.TRAILING_COMMA) {
                line.append(',');
            }
            line.append(';');
            joined = kind == WisdmRawReport.Issue.SEVERAL_ON_ONE_LINE;
            if (!joined) {
                line.append('\n');
            }
            w.write(line.toString());
        }
        return injected;
    }

    /** Plain decimal, as in the real file (never {@code 1.0E-4}). */
    static String number(float v) {
        String s = Float.toString(v);
        return s.indexOf('E') < 0 ? s : new BigDecimal(s).stripTrailingZeros().toPlainString();
    }
}
