package org.aiotbench.scoring.ecg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aiotbench.scoring.Score;

/**
 * Presents an {@link EcgSummary}: as the runner's {@link Score}, as a JSON-ready map, and as a
 * plain-text per-record table with gross and average lines. Percentages throughout; undefined
 * values are null in JSON and "-" in text.
 */
public final class EcgReport {
    private EcgReport() {
    }

    /**
     * The runner's view: gross counts and statistics, pooled timing, and averages as metrics;
     * the JSON map of {@link #toJson} as details.
     */
    public static Score toScore(EcgSummary s) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("se", value(s.grossSe()));
        m.put("ppv", value(s.grossPpv()));
        m.put("f1", value(s.grossF1()));
        m.put("acc", value(s.grossAcc()));
        m.put("der", value(s.grossDer()));
        m.put("tp", (double) s.tp());
        m.put("fn", (double) s.fn());
        m.put("fp", (double) s.fp());
        m.put("mean_abs_error_ms", value(s.timing().meanAbsMs()));
        m.put("median_abs_error_ms", value(s.timing().medianAbsMs()));
        m.put("signed_median_error_ms", value(s.timing().signedMedianMs()));
        m.put("avg_se", value(s.average(RecordScore::se)));
        m.put("avg_ppv", value(s.average(RecordScore::ppv)));
        m.put("avg_f1", value(s.average(RecordScore::f1)));
        m.put("avg_acc", value(s.average(RecordScore::acc)));
        m.put("avg_der", value(s.average(RecordScore::der)));
        return new Score(m, toJson(s));
    }

    /**
     * {@code {"start_seconds":..,"match_window_ms":..,"records":[{"record":"100","tp":..,...}],
     * "gross":{..},"average":{..},"missing_outputs":[..]}}.
     */
    public static Map<String, Object> toJson(EcgSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start_seconds", s.settings().startSeconds());
        out.put("match_window_ms", s.settings().matchWindowSeconds() * 1000.0);
        List<Object> records = new ArrayList<>();
        for (RecordScore r : s.records()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("record", r.record());
            m.put("tp", r.tp());
            m.put("fn", r.fn());
            m.put("fp", r.fp());
            m.put("se", value(r.se()));
            m.put("ppv", value(r.ppv()));
            m.put("f1", value(r.f1()));
            m.put("acc", value(r.acc()));
            m.put("der", value(r.der()));
            timing(m, r.timing());
            m.put("detections", r.detections());
            m.put("excluded_in_vf", r.excluded());
            m.put("missing_output", r.missingOutput());
            records.add(m);
        }
        out.put("records", records);
        Map<String, Object> gross = new LinkedHashMap<>();
        gross.put("tp", s.tp());
        gross.put("fn", s.fn());
        gross.put("fp", s.fp());
        gross.put("se", value(s.grossSe()));
        gross.put("ppv", value(s.grossPpv()));
        gross.put("f1", value(s.grossF1()));
        gross.put("acc", value(s.grossAcc()));
        gross.put("der", value(s.grossDer()));
        timing(gross, s.timing());
        out.put("gross", gross);
        Map<String, Object> avg = new LinkedHashMap<>();
        avg.put("se", value(s.average(RecordScore::se)));
        avg.put("ppv", value(s.average(RecordScore::ppv)));
        avg.put("f1", value(s.average(RecordScore::f1)));
        avg.put("acc", value(s.average(RecordScore::acc)));
        avg.put("der", value(s.average(RecordScore::der)));
        avg.put("mean_abs_error_ms", value(s.average(r -> r.timing().meanAbsMs())));
        avg.put("median_abs_error_ms", value(s.average(r -> r.timing().medianAbsMs())));
        avg.put("signed_median_error_ms", value(s.average(r -> r.timing().signedMedianMs())));
        out.put("average", avg);
        out.put("missing_outputs", s.missingOutputs());
        return out;
    }

    private static void timing(Map<String, Object> m, TimingStats t) {
        m.put("mean_abs_error_ms", value(t.meanAbsMs()));
        m.put("median_abs_error_ms", value(t.medianAbsMs()));
        m.put("signed_median_error_ms", value(t.signedMedianMs()));
    }

    private static Double value(double d) {
        return Double.isNaN(d) ? null : d;
    }

    /** A fixed-width table: one line per record, then the gross and average lines. */
    public static String toText(EcgSummary s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Beat-by-beat comparison (WFDB bxb rules), from %s, match window %s ms%n",
                clock(s.settings().startSeconds()), number(s.settings().matchWindowSeconds() * 1000.0)));
        String head = String.format(Locale.ROOT, "%-8s %7s %6s %6s %7s %7s %7s %7s %9s %9s %9s%n", "record", "TP", "FN",
                "FP", "Se%", "+P%", "F1%", "DER%", "mean|e|", "med|e|", "med e");
        b.append(head);
        for (RecordScore r : s.records()) {
            b.append(String.format(Locale.ROOT, "%-8s %7d %6d %6d %7s %7s %7s %7s %9s %9s %9s%s%n", r.record(), r.tp(),
                    r.fn(), r.fp(), pct(r.se()), pct(r.ppv()), pct(r.f1()), pct(r.der()), ms(r.timing().meanAbsMs()),
                    ms(r.timing().medianAbsMs()), ms(r.timing().signedMedianMs()),
                    r.missingOutput() ? "  (no output file)" : ""));
        }
        b.append(String.format(Locale.ROOT, "%-8s %7d %6d %6d %7s %7s %7s %7s %9s %9s %9s%n", "gross", s.tp(), s.fn(),
                s.fp(), pct(s.grossSe()), pct(s.grossPpv()), pct(s.grossF1()), pct(s.grossDer()),
                ms(s.timing().meanAbsMs()), ms(s.timing().medianAbsMs()), ms(s.timing().signedMedianMs())));
        b.append(String.format(Locale.ROOT, "%-8s %7s %6s %6s %7s %7s %7s %7s %9s %9s %9s%n", "average", "", "", "",
                pct(s.average(RecordScore::se)), pct(s.average(RecordScore::ppv)), pct(s.average(RecordScore::f1)),
                pct(s.average(RecordScore::der)), ms(s.average(r -> r.timing().meanAbsMs())),
                ms(s.average(r -> r.timing().medianAbsMs())), ms(s.average(r -> r.timing().signedMedianMs()))));
        b.append("timing errors in ms (detection minus reference); gross timing pools all matched beats\n");
        return b.toString();
    }

    private static String pct(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }

    private static String ms(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String clock(double seconds) {
        long whole = (long) seconds;
        String frac = seconds == whole ? "" : String.format(Locale.ROOT, "%.3f", seconds - whole).substring(1);
        return String.format(Locale.ROOT, "%d:%02d%s", whole / 60, whole % 60, frac);
    }
}
