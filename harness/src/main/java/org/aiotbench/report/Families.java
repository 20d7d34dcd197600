package org.aiotbench.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The known {@link FamilyColumns}. A family without an entry still gets a leaderboard with the
 * execution columns only, so results of a new family are visible before its columns exist.
 */
public final class Families {

    private static final Map<String, FamilyColumns> KNOWN = List.<FamilyColumns>of(
                    new EcgRpeakColumns(), new HarColumns(), new StreamColumns(),
                    new FunctionColumns())
            .stream().collect(Collectors.toUnmodifiableMap(FamilyColumns::family, Function.identity()));

    private Families() {
    }

    public static FamilyColumns forFamily(String family) {
        FamilyColumns known = KNOWN.get(family);
        return known != null ? known : executionOnly(family);
    }

    private static FamilyColumns executionOnly(String family) {
        return new FamilyColumns() {
            @Override
            public String family() {
                return family;
            }

            @Override
            public List<MetricColumn> columns() {
                return List.of();
            }

            @Override
            public Optional<String> primaryMetric() {
                return Optional.empty();
            }
        };
    }
}
