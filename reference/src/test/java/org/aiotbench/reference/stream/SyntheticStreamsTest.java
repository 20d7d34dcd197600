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
}
