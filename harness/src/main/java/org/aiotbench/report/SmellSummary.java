package org.aiotbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.aiotbench.smell.IssueType;
import org.aiotbench.smell.Severity;
import org.aiotbench.smell.Smells;

/**
 * Code smells of one leaderboard row: over the row's analysed programs (every cell whose program
 * reached execution and was analysed, failed runs included, since a failing program's code is
 * still its code), the mean issue count per program by type, totals by type and severity, and
 * the most frequent rules.
 *
 * @param programs    programs with counts
 * @param unavailable programs whose analysis was unavailable (they count nowhere else)
 * @param means       type → mean issues per analysed program; empty when {@code programs} is 0
 * @param totals      type → severity → issues over all analysed programs (non-zero only)
 * @param topRules    the {@value #TOP_RULES} most frequent rule keys, most frequent first, ties by key
 */
public record SmellSummary(int programs, int unavailable, Map<IssueType, Double> means,
                           Map<IssueType, Map<Severity, Integer>> totals, List<RuleCount> topRules) {

    public static final int TOP_RULES = 5;

    public record RuleCount(String rule, int count) {
    }

    /** @return {@code null} when none of the cells carries a smells reading (e.g. baselines) */
    static SmellSummary of(List<ResultRecord> cells) {
        int programs = 0;
        int unavailable = 0;
        Map<IssueType, Integer> sums = new EnumMap<>(IssueType.class);
        Map<IssueType, Map<Severity, Integer>> totals = new EnumMap<>(IssueType.class);
        Map<String, Integer> rules = new TreeMap<>();
        for (ResultRecord r : cells) {
            Smells s = r.smells();
            if (s == null) {
                continue;
            }
            if (!s.available()) {
                unavailable++;
                continue;
            }
            programs++;
            for (IssueType t : IssueType.values()) {
                sums.merge(t, s.total(t), Integer::sum);
                for (Severity sev : Severity.values()) {
                    int c = s.count(t, sev);
                    if (c > 0) {
                        totals.computeIfAbsent(t, x -> new EnumMap<>(Severity.class)).merge(sev, c, Integer::sum);
                    }
                }
            }
            s.rules().forEach((k, v) -> rules.merge(k, v, Integer::sum));
        }
        if (programs == 0 && unavailable == 0) {
            return null;
        }
        Map<IssueType, Double> means = new EnumMap<>(IssueType.class);
        if (programs > 0) {
            for (IssueType t : IssueType.values()) {
                means.put(t, sums.getOrDefault(t, 0) / (double) programs);
            }
        }
        List<RuleCount> top = new ArrayList<>();
        rules.forEach((k, v) -> top.add(new RuleCount(k, v)));
        top.sort(Comparator.comparingInt(RuleCount::count).reversed().thenComparing(RuleCount::rule));
        return new SmellSummary(programs, unavailable, means, totals, top.subList(0, Math.min(TOP_RULES, top.size())));
    }

    /**
     * The totals of one type as text, e.g. {@code major 3, minor 1} (severities in enum order),
     * or {@code 0} when the type has none; shared by the Markdown and HTML renderers.
     */
    public String totalsBySeverity(IssueType type) {
        Map<Severity, Integer> counts = totals.get(type);
        if (counts == null || counts.isEmpty()) {
            return "0";
        }
        StringJoiner j = new StringJoiner(", ");
        for (Severity sev : Severity.values()) {
            Integer c = counts.get(sev);
            if (c != null) {
                j.add(sev.name().toLowerCase(Locale.ROOT) + " " + c);
            }
        }
        return j.toString();
    }

    public SmellSummary {
        means = java.util.Collections.unmodifiableMap(new EnumMap<>(means.isEmpty() ? new EnumMap<>(IssueType.class) : means));
        Map<IssueType, Map<Severity, Integer>> t = new EnumMap<>(IssueType.class);
        totals.forEach((k, v) -> t.put(k, java.util.Collections.unmodifiableMap(new EnumMap<>(v))));
        totals = java.util.Collections.unmodifiableMap(t);
        topRules = List.copyOf(topRules);
    }
}
