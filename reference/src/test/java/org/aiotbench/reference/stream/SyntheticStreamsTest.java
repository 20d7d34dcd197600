package org.aiotbench.reference.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated streams are deterministic and keep the promises the task prompts make. */
class SyntheticStreamsTest {

    private static final long SEED = 20261125L;
    private static final Map<String, StreamDescription.Stream> DATA = SyntheticStreams.generate(SEED);

    @Test
    void sameSeedSameStreamsOtherSeedOtherStreams() {
        assertEquals(DATA, SyntheticStreams.generate(SEED));
        Map<String, StreamDescription.Stream> other = SyntheticStreams.generate(SEED + 1);
        assertEquals(DATA.keySet(), other.keySet());
        for (String id : DATA.keySet()) {
            assertNotEquals(DATA.get(id).items(), other.get(id).items(), id);
        }
    }

    @Test
    void everyItemHasTheDescribedFieldsAndTimeNeverGoesBack() {
        assertEquals(12, DATA.size());
        for (StreamDescription.Stream s : DATA.values()) {
            long last = Long.MIN_VALUE;
            for (Map<String, Object> it : s.items()) {
                assertEquals(s.description().fields().keySet(), it.keySet(), s.description().id());
                s.description().fields().forEach((k, f) -> assertTrue(switch (f.type()) {
                    case "integer" -> it.get(k) instanceof Long;
                    case "number" -> it.get(k) instanceof Double;
                    default -> it.get(k) instanceof String;
                }, s.description().id() + "." + k + " = " + it.get(k)));
                assertTrue(Streams.ts(it) >= last, s.description().id());
                last = Streams.ts(it);
            }
        }
    }

    @Test
    void gpsFixesStayOffTheGeofenceEdges() {
        for (Map<String, Object> g : DATA.get("gps").items()) {
            for (double[] p : new double[][] {SyntheticStreams.HOME, SyntheticStreams.WORK, SyntheticStreams.CAFE}) {
                double d = Streams.haversine(Streams.num(g, "lat"), Streams.num(g, "lon"), p[0], p[1]);
                assertTrue(Math.abs(d - SyntheticStreams.GEOFENCE_M) >= SyntheticStreams.GEOFENCE_MARGIN_M, g.toString());
            }
        }
    }

    @Test
    void textStreamsHaveOneItemPerSecondAndScansHaveDistinctLevels() {
        for (String id : List.of("messages", "emails", "news")) {
            Set<Long> seen = new HashSet<>();
            DATA.get(id).items().forEach(it -> assertTrue(seen.add(Streams.ts(it)), id));
        }
        Map<Long, Set<Long>> levels = new HashMap<>();
        for (Map<String, Object> w : DATA.get("wifi").items()) {
            assertTrue(levels.computeIfAbsent(Streams.ts(w), k -> new HashSet<>()).add(Streams.lng(w, "rssi")), w.toString());
        }
    }

    @Test
    void stockMovesStayClearOfTheOnePercentThreshold() {
        Map<String, Double> last = new HashMap<>();
        int jumps = 0;
        for (Map<String, Object> q : DATA.get("stocks").items()) {
            Double prev = last.put(Streams.str(q, "symbol"), Streams.num(q, "price"));
            if (prev != null) {
                double change = Math.abs(Streams.num(q, "price") - prev) / prev * 100;
                assertFalse(change > 0.8 && change < 1.5, q + " moved " + change + " %");
                jumps += change > 1 ? 1 : 0;
            }
        }
        assertTrue(jumps > 5, "the jump tasks need some jumps: " + jumps);
    }

    /**
     * Thresholds the tasks apply to computed values (window means, bar changes, moving-average
     * crossings) must not be decided by the last bits of a float, which another language or
     * summation order may set differently.
     */
    @Test
    void computedValuesStayClearOfTheTaskThresholds() {
        for (Streams.Window w : Streams.tumblingTime(DATA.get("humidity").items(), 900)) {
            assertTrue(Math.abs(Streams.mean(w.items(), "percent") - 70) > 1e-6, "humidity window " + w.start());
        }
        for (Streams.Window w : Streams.tumblingTime(DATA.get("heart_rate").items(), 60)) {
            assertTrue(Math.abs(Streams.mean(w.items(), "bpm") - 100) > 1e-6, "heart-rate window " + w.start());
        }
        Map<String, List<Map<String, Object>>> bySymbol = Streams.groupBy(DATA.get("stocks").items(), q -> Streams.str(q, "symbol"));
        for (List<Map<String, Object>> quotes : bySymbol.values()) {
            for (Streams.Window w : Streams.tumblingTime(quotes, 300)) {
                double open = Streams.num(w.items().get(0), "price");
                double close = Streams.num(w.items().get(w.items().size() - 1), "price");
                assertTrue(Math.abs((close - open) / open * 100 - 0.5) > 1e-6, "bar " + w.start());
            }
            for (List<Map<String, Object>> last20 : Streams.slidingCount(quotes, 20)) {
                double sma20 = Streams.mean(last20, "price");
                double sma5 = Streams.mean(last20.subList(15, 20), "price");
                assertTrue(Math.abs(sma5 - sma20) > 1e-9 * sma20, "crossover near a tie at " + Streams.ts(last20.get(19)));
            }
        }
    }
}
