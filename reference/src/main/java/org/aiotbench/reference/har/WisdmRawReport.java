package org.aiotbench.reference.har;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link WisdmRawReader} found: how many records it kept, and every irregularity by kind,
 * so that nothing is dropped silently.
 *
 * @param lines    text lines read
 * @param records  {@code ;}-separated records seen (a line may hold several, or none)
 * @param accepted records kept as samples
 * @param issues   count per kind of irregularity (kinds that did not occur are absent)
 * @param examples the first few irregular records, as {@code line N: KIND: text}
 */
public record WisdmRawReport(long lines, long records, long accepted, Map<Issue, Long> issues,
                             List<String> examples) {

    /** Kinds of irregular record. Each says whether the record was kept or dropped. */
    public enum Issue {
        /** An empty record (blank line, or {@code ;;}); dropped. */
        EMPTY(false),
        /** Fewer than six fields, e.g. no z value; dropped. */
        MISSING_FIELDS(false),
        /** More than six non-empty fields; dropped. */
        EXTRA_FIELDS(false),
        /** A field that should be a number is not, or a value is not finite; dropped. */
        BAD_NUMBER(false),
        /** The activity is none of the six; dropped. */
        UNKNOWN_ACTIVITY(false),
        /** Empty trailing fields (trailing commas) were removed and the record kept. */
        TRAILING_COMMA(true),
        /** A line held more than one record; all were parsed. */
        SEVERAL_ON_ONE_LINE(true),
        /** The record was not terminated by {@code ;}; kept. */
        NO_SEMICOLON(true),
        /** The timestamp is 0; kept (windowing does not rely on timestamps by default). */
        ZERO_TIMESTAMP(true);

        private final boolean kept;

        Issue(boolean kept) {
            this.kept = kept;
        }

        /** Whether records with this issue are still in the data. */
        public boolean kept() {
            return kept;
        }
    }

    public WisdmRawReport {
        EnumMap<Issue, Long> copy = new EnumMap<>(Issue.class);
        copy.putAll(issues);
        issues = Collections.unmodifiableMap(copy);
        examples = List.copyOf(examples);
    }

    /** Count of one kind, 0 when it did not occur. */
    public long count(Issue issue) {
        return issues.getOrDefault(issue, 0L);
    }

    /** Records seen but not kept. */
    public long dropped() {
        return issues.entrySet().stream().filter(e -> !e.getKey().kept()).mapToLong(Map.Entry::getValue).sum();
    }

    /** One line for logs. */
    public String summary() {
        return accepted + " of " + records + " records kept from " + lines + " lines; " + dropped() + " dropped; "
                + (issues.isEmpty() ? "no irregularities" : issues.toString());
    }
}
