package org.aiotbench.reference.har;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the WISDM v1.1 raw file ({@code WISDM_ar_v1.1_raw.txt}): one sample per record,
 * {@code user,activity,timestamp_ns,x,y,z;}, at 20 Hz, in m/s² (official raw_about.txt).
 *
 * <p>The real file is known to be irregular (records without z, several records on a line,
 * zero timestamps, a trailing blank line), so every record is classified: kept, repaired and
 * kept, or dropped, and {@link WisdmRawReport} counts each kind. A structural problem (the file
 * is unreadable, or holds no valid record) is a {@link HarFormatException}.
 */
public final class WisdmRawReader {

    private static final int MAX_EXAMPLES = 10;

    /** The samples and what was found while reading them. */
    public record Loaded(WisdmRawData data, WisdmRawReport report) {
    }

    private WisdmRawReader() {
    }

    public static Loaded read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            Parser p = new Parser();
            String line;
            while ((line = r.readLine()) != null) {
                p.line(line);
            }
            if (p.n == 0) {
                throw new HarFormatException(file, "no valid WISDM raw record (user,activity,timestamp,x,y,z;) in "
                        + p.lines + " lines" + (p.examples.isEmpty() ? "" : "; first problem " + p.examples.get(0)));
            }
            return new Loaded(p.data(), p.report());
        }
    }

    /** Parses text already in memory (for tests and generated data). */
    public static Loaded parse(String text) {
        Parser p = new Parser();
        text.lines().forEach(p::line);
        return new Loaded(p.data(), p.report());
    }

    /** Accumulates columns, growing them by doubling. */
    private static final class Parser {
        long lines;
        long records;
        int n;
        int[] users = new int[1024];
        int[] acts = new int[1024];
        long[] ts = new long[1024];
        float[] xs = new float[1024];
        float[] ys = new float[1024];
        float[] zs = new float[1024];
        final Map<WisdmRawReport.Issue, Long> issues = new EnumMap<>(WisdmRawReport.Issue.class);
        final List<String> examples = new ArrayList<>();

        void line(String raw) {
            lines++;
            String line = raw.strip();
            if (line.isEmpty()) {
                records++;
                issue(WisdmRawReport.Issue.EMPTY, raw);
                return;
            }
            String[] parts = line.split(";", -1);
            // "a;" splits into ["a", ""]: the final empty piece is the terminator, not a record.
            boolean terminated = parts[parts.length - 1].isBlank();
            int count = terminated ? parts.length - 1 : parts.length;
            if (count > 1) {
                issue(WisdmRawReport.Issue.SEVERAL_ON_ONE_LINE, line);
            }
            for (int i = 0; i < count; i++) {
                records++;
                boolean last = i == count - 1;
                if (last && !terminated) {
                    issue(WisdmRawReport.Issue.NO_SEMICOLON, line);
                }
                record(parts[i].strip(), line);
            }
        }

        private void record(String rec, String line) {
            if (rec.isEmpty()) {
                issue(WisdmRawReport.Issue.EMPTY, line);
                return;
            }
            String[] f = rec.split(",", -1);
            int len = f.length;
            while (len > 0 && f[len - 1].isBlank()) {
                len--;
            }
            if (len != f.length) {
                if (len == 6) {
                    issue(WisdmRawReport.Issue.TRAILING_COMMA, rec);
                } else if (len < 6) {
                    issue(WisdmRawReport.Issue.MISSING_FIELDS, rec);
                    return;
                }
            }
            if (len < 6) {
                issue(WisdmRawReport.Issue.MISSING_FIELDS, rec);
                return;
            }
            if (len > 6) {
                issue(WisdmRawReport.Issue.EXTRA_FIELDS, rec);
                return;
            }
            int act = WisdmActivity.label(f[1].strip());
            if (act < 0) {
                issue(WisdmRawReport.Issue.UNKNOWN_ACTIVITY, rec);
                return;
            }
            int user;
            long t;
            float x;
            float y;
            float z;
            try {
                user = Integer.parseInt(f[0].strip());
                t = Long.parseLong(f[2].strip());
                x = Float.parseFloat(f[3].strip());
                y = Float.parseFloat(f[4].strip());
                z = Float.parseFloat(f[5].strip());
            } catch (NumberFormatException e) {
                issue(WisdmRawReport.Issue.BAD_NUMBER, rec);
                return;
            }
            if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(z)) {
                issue(WisdmRawReport.Issue.BAD_NUMBER, rec);
                return;
            }
            if (t == 0) {
                issue(WisdmRawReport.Issue.ZERO_TIMESTAMP, rec);
            }
            if (n == users.length) {
                int cap = n * 2;
                users = java.util.Arrays.copyOf(users, cap);
                acts = java.util.Arrays.copyOf(acts, cap);
                ts = java.util.Arrays.copyOf(ts, cap);
                xs = java.util.Arrays.copyOf(xs, cap);
                ys = java.util.Arrays.copyOf(ys, cap);
                zs = java.util.Arrays.copyOf(zs, cap);
            }
            users[n] = user;
            acts[n] = act;
            ts[n] = t;
            xs[n] = x;
            ys[n] = y;
            zs[n] = z;
            n++;
        }

        private void issue(WisdmRawReport.Issue kind, String text) {
            issues.merge(kind, 1L, Long::sum);
            if (examples.size() < MAX_EXAMPLES) {
                String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
                examples.add("line " + lines + ": " + kind + ": " + shown);
            }
        }

        WisdmRawData data() {
            return new WisdmRawData(java.util.Arrays.copyOf(users, n), java.util.Arrays.copyOf(acts, n),
                    java.util.Arrays.copyOf(ts, n), java.util.Arrays.copyOf(xs, n),
                    java.util.Arrays.copyOf(ys, n), java.util.Arrays.copyOf(zs, n));
        }

        WisdmRawReport report() {
            return new WisdmRawReport(lines, records, n, issues, examples);
        }
    }
}
