package org.aiotbench.smell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the analysis found in one program: issue counts per type and severity, and per rule key.
 * When the analysis could not be done, {@code unavailable} says why and there are no counts, so
 * a missing analysis never reads as a clean program.
 *
 * @param tool the analyser and its version, e.g. {@code sonarlint-core 9.0.0.74282}
 * @param counts type → severity → count; only non-zero counts; empty when unavailable
 * @param rules rule key (e.g. {@code python:S1481}) → count, sorted by key
 * @param unavailable why there are no counts, {@code null} when there are
 */
public record Smells(String tool, Map<IssueType, Map<Severity, Integer>> counts, SortedMap<String, Integer> rules,
                     String unavailable) {

    public Smells {
        Map<IssueType, Map<Severity, Integer>> c = new EnumMap<>(IssueType.class);
        // Zero counts are dropped so that equal findings compare equal however they were built.
        counts.forEach((t, bySev) -> {
            Map<Severity, Integer> nonZero = new EnumMap<>(Severity.class);
            bySev.forEach((sev, n) -> {
                if (n != null && n != 0) {
                    nonZero.put(sev, n);
                }
            });
            if (!nonZero.isEmpty()) {
                c.put(t, java.util.Collections.unmodifiableMap(nonZero));
            }
        });
        counts = java.util.Collections.unmodifiableMap(c);
        rules = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(rules));
    }

    public static Smells unavailable(String tool, String reason) {
        return new Smells(tool, Map.of(), new TreeMap<>(), Objects.requireNonNull(reason, "reason"));
    }

    public boolean available() {
        return unavailable == null;
    }

    /** Count of one type at one severity (0 when none). */
    public int count(IssueType type, Severity severity) {
        return counts.getOrDefault(type, Map.of()).getOrDefault(severity, 0);
    }

    /** Count of one type over all severities. */
    public int total(IssueType type) {
        return counts.getOrDefault(type, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Collects issues one at a time; not thread-safe (one tally per program). */
    public static final class Tally {
        private final Map<IssueType, Map<Severity, Integer>> counts = new EnumMap<>(IssueType.class);
        private final SortedMap<String, Integer> rules = new TreeMap<>();

        public void add(IssueType type, Severity severity, String ruleKey) {
            counts.computeIfAbsent(type, t -> new EnumMap<>(Severity.class)).merge(severity, 1, Integer::sum);
            rules.merge(ruleKey, 1, Integer::sum);
        }

        public Smells toSmells(String tool) {
            return new Smells(tool, counts, rules, null);
        }
    }
}
