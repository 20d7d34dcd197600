package org.aiotbench.reference.ecg.bench;

import java.util.List;
import java.util.Locale;

/**
 * What {@link DetectorThroughput} measured in one run, and its printed table.
 *
 * @param records                number of records in the corpus
 * @param samplesPerPass         samples one detector pass processes (detection lead only)
 * @param warmupRounds           rounds run before measuring
 * @param measuredRounds         rounds the medians are taken over
 * @param cpuTime                whether rates are per CPU second of the measuring thread (else
 *                               the JVM offered no thread CPU time and they are per wall second)
 * @param decodeSamplesPerSecond median WFDB decode speed ({@code WfdbRecord.read} of every
 *                               signal plus conversion of the detection lead to mV), per
 *                               detection-lead sample, per CPU second like the rows
 * @param decodeWallSamplesPerSecond the same per wall-clock second
 * @param baseline               detector the ratios refer to
 * @param rows                   one per detector and mode, in registry order
 */
public record ThroughputReport(int records, long samplesPerPass, int warmupRounds, int measuredRounds,
        boolean cpuTime, double decodeSamplesPerSecond, double decodeWallSamplesPerSecond, String baseline, List<ThroughputRow> rows) {

    public ThroughputReport {
        rows = List.copyOf(rows);
    }

    /**
     * The table printed by the command line, rates in millions of samples per second; the ratio
     * column divides each row's CPU rate by the baseline's batch CPU rate.
     */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT,
                "ECG detector throughput: %d records, %d samples per pass, one thread, "
                        + "%d warm-up + %d measured rounds (medians); rates in M samples per %s second%n",
                records, samplesPerPass, warmupRounds, measuredRounds, cpuTime ? "CPU" : "wall-clock"));
        int w = "detector".length();
        for (ThroughputRow r : rows) {
            w = Math.max(w, r.detector().length());
        }
        String head = "%-" + w + "s  %-10s  %11s  %15s  %8s  %11s  %9s%n";
        String line = "%-" + w + "s  %-10s  %11.2f  %15.2f  %8s  %11.2f  %9d%n";
        b.append(String.format(Locale.ROOT, head, "detector", "mode", "samples/s", "incl. decode",
                "vs " + shortName(baseline), "wall-clock", "beats"));
        for (ThroughputRow r : rows) {
            String ratio = Double.isNaN(r.ratioToBaseline()) ? "n/a"
                    : String.format(Locale.ROOT, "%.2f", r.ratioToBaseline());
            b.append(String.format(Locale.ROOT, line, r.detector(), r.mode(), r.samplesPerSecond() / 1e6,
                    r.samplesPerSecondWithDecode() / 1e6, ratio, r.wallSamplesPerSecond() / 1e6, r.beats()));
        }
        b.append(String.format(Locale.ROOT,
                "decode (LeadReader: detection lead to mV): %.2f M samples/s (wall-clock %.2f), "
                        + "counting detection-lead samples%n",
                decodeSamplesPerSecond / 1e6, decodeWallSamplesPerSecond / 1e6));
        return b.toString();
    }

    /** The ratio column header stays narrow: {@code pan-tompkins} becomes {@code PT}. */
    private static String shortName(String name) {
        StringBuilder s = new StringBuilder();
        for (String part : name.split("-")) {
            if (!part.isEmpty()) {
                s.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return s.toString();
    }
}
