package org.aiotbench.scoring.stream;

import java.util.Locale;

/** Which rules the result score follows (DESIGN.md §2). */
public enum ResultScoreMode {
    /** The published ChainStream evaluator, quirks included. */
    CHAINSTREAM,
    /** Ours and the default: extra items penalised, numbers with a tolerance, exact text. */
    STRICT;

    /** The lower-case name used on the command line and in task files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named {@code id} (case-insensitive), or an exception naming the choices. */
    public static ResultScoreMode of(String id) {
        for (ResultScoreMode m : values()) {
            if (m.id().equalsIgnoreCase(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown result score mode '" + id + "' (chainstream or strict)");
    }
}
