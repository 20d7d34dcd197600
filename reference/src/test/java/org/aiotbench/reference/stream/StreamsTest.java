package org.aiotbench.reference.stream;

import static org.aiotbench.reference.stream.Streams.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operators' window conventions, checked on hand-made streams. */
class StreamsTest {

    private static List<Map<String, Object>> at(long... ts) {
        return java.util.Arrays.stream(ts).mapToObj(t -> item("ts", t, "v", t % 7)).toList();
    }

    @Test
    void timeWindowsAlignToTheClockNotToTheFirstItem() {
        List<Streams.Window> w = Streams.tumblingTime(at(65, 70, 119, 120, 300), 60);
        assertEquals(List.of(60L, 120L, 300L), w.stream().map(Streams.Window::start).toList());
        assertEquals(3, w.get(0).items().size());
        assertEquals(1, w.get(1).items().size(), "120 opens a new window: windows are [start, start + W)");
    }

    @Test
    void countWindowsDropTheIncompleteTailAndSlideOneByOne() {
        assertEquals(2, Streams.tumblingCount(at(1, 2, 3, 4, 5, 6, 7), 3).size());
        List<List<Map<String, Object>>> s = Streams.slidingCount(at(1, 2, 3, 4), 3);
        assertEquals(2, s.size());
        assertEquals(4L, Streams.ts(s.get(1).get(2)));
        assertEquals(2L, Streams.ts(s.get(1).get(0)));
    }

    @Test
    void asOfTakesTheLatestItemAtOrBefore() {
        List<Map<String, Object>> right = at(10, 20, 20, 30);
        List<Map<String, Object>> j = Streams.asOf(at(5, 10, 25, 40), right);
        assertNull(j.get(0));
        assertEquals(10L, Streams.ts(j.get(1)));
        assertEquals(right.get(2), j.get(2), "the last of equal timestamps wins");
        assertEquals(30L, Streams.ts(j.get(3)));
    }

    @Test
    void runsSplitOnEveryChangeOfKey() {
        List<List<Map<String, Object>>> r = Streams.runs(at(1, 2, 8, 9, 3), it -> Streams.ts(it) > 5);
        assertEquals(List.of(2, 2, 1), r.stream().map(List::size).toList());
    }

    @Test
    void roundIsHalfToEvenOnTheExactValueLikePython() {
        assertEquals(0.12, Streams.round(0.125, 2)); // 0.125 is exact: a tie, to even
        assertEquals(2.67, Streams.round(2.675, 2)); // 2.675 is stored as 2.67499999...
        assertEquals(1.2, Streams.round(22.3 - 21.1, 1));
        assertEquals(-0.2, Streams.round(-0.25, 1));
    }

    @Test
    void haversineMatchesAHandComputedDistance() {
        // 0.001 degree of latitude on a 6,371 km sphere: 6371000 * 0.001 * pi / 180 = 111.19 m.
        assertEquals(6_371_000 * Math.toRadians(0.001), Streams.haversine(52.0, 4.0, 52.001, 4.0), 1e-6);
    }
}
