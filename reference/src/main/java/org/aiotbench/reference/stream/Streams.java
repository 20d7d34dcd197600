package org.aiotbench.reference.stream;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The stream operators the oracles are built from. Window boundaries follow one convention
 * throughout, which the task prompts state: a time window of width W that holds timestamp t
 * starts at {@code t - t mod W} (aligned to the clock, not to the first item) and covers
 * [start, start + W); only windows holding at least one item exist. Count windows drop an
 * incomplete last group.
 */
public final class Streams {

    private Streams() {
    }

    /** One time window: its start and its items in stream order. */
    public record Window(long start, List<Map<String, Object>> items) {
    }

    /** An item with these fields in this order (key, value, key, value...). */
    public static Map<String, Object> item(Object... kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("item needs key/value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            // One integer type and one float type, so equal values print alike.
            if (v instanceof Integer n) {
                v = n.longValue();
            } else if (v instanceof Float f) {
                v = f.doubleValue();
            }
            m.put((String) kv[i], v);
        }
        return Collections.unmodifiableMap(m);
    }

    public static long ts(Map<String, Object> item) {
        return lng(item, "ts");
    }

    public static long lng(Map<String, Object> item, String field) {
        return ((Number) field(item, field)).longValue();
    }

    public static double num(Map<String, Object> item, String field) {
        return ((Number) field(item, field)).doubleValue();
    }

    public static String str(Map<String, Object> item, String field) {
        return (String) field(item, field);
    }

    private static Object field(Map<String, Object> item, String field) {
        Object v = item.get(field);
        if (v == null) {
            throw new IllegalArgumentException("item has no field '" + field + "': " + item);
        }
        return v;
    }

    public static List<Map<String, Object>> filter(List<Map<String, Object>> in, Predicate<Map<String, Object>> keep) {
        return in.stream().filter(keep).toList();
    }

    public static List<Map<String, Object>> map(List<Map<String, Object>> in,
                                                Function<Map<String, Object>, Map<String, Object>> f) {
        return in.stream().map(f).toList();
    }

    /** Tumbling time windows of {@code width} seconds, aligned to the clock, in time order. */
    public static List<Window> tumblingTime(List<Map<String, Object>> in, long width) {
        TreeMap<Long, List<Map<String, Object>>> byStart = new TreeMap<>();
        for (Map<String, Object> it : in) {
            long t = ts(it);
            byStart.computeIfAbsent(t - Math.floorMod(t, width), k -> new ArrayList<>()).add(it);
        }
        List<Window> out = new ArrayList<>();
        byStart.forEach((s, items) -> out.add(new Window(s, List.copyOf(items))));
        return out;
    }

    /** Consecutive groups of {@code size} items; an incomplete last group is dropped. */
    public static List<List<Map<String, Object>>> tumblingCount(List<Map<String, Object>> in, int size) {
        List<List<Map<String, Object>>> out = new ArrayList<>();
        for (int i = 0; i + size <= in.size(); i += size) {
            out.add(in.subList(i, i + size));
        }
        return out;
    }

    /** For each item from the {@code size}-th on, the last {@code size} items ending with it. */
    public static List<List<Map<String, Object>>> slidingCount(List<Map<String, Object>> in, int size) {
        List<List<Map<String, Object>>> out = new ArrayList<>();
        for (int i = size - 1; i < in.size(); i++) {
            out.add(in.subList(i - size + 1, i + 1));
        }
        return out;
    }

    /** Items grouped by a key, groups in ascending key order, items in stream order. */
    public static <K extends Comparable<K>> TreeMap<K, List<Map<String, Object>>> groupBy(
            List<Map<String, Object>> in, Function<Map<String, Object>, K> key) {
        TreeMap<K, List<Map<String, Object>>> out = new TreeMap<>();
        for (Map<String, Object> it : in) {
            out.computeIfAbsent(key.apply(it), k -> new ArrayList<>()).add(it);
        }
        return out;
    }

    /** Maximal runs of consecutive items with equal keys, in stream order. */
    public static List<List<Map<String, Object>>> runs(List<Map<String, Object>> in, Function<Map<String, Object>, Object> key) {
        List<List<Map<String, Object>>> out = new ArrayList<>();
        List<Map<String, Object>> cur = new ArrayList<>();
        Object last = null;
        for (Map<String, Object> it : in) {
            Object k = key.apply(it);
            if (!cur.isEmpty() && !k.equals(last)) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(it);
            last = k;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /**
     * As-of join: for each left item, the latest right item whose {@code ts} is at or before the
     * left item's (the last such one in stream order), or null when there is none.
     */
    public static List<Map<String, Object>> asOf(List<Map<String, Object>> left, List<Map<String, Object>> right) {
        List<Map<String, Object>> out = new ArrayList<>();
        int j = -1;
        for (Map<String, Object> l : left) {
            long t = ts(l);
            while (j + 1 < right.size() && ts(right.get(j + 1)) <= t) {
                j++;
            }
            out.add(j < 0 ? null : right.get(j));
        }
        return out;
    }

    /** Equi-join on a key: for each left item, the first right item with the same key (or null). */
    public static List<Map<String, Object>> lookup(List<Map<String, Object>> left, List<Map<String, Object>> right,
                                                   Function<Map<String, Object>, Object> key) {
        Map<Object, Map<String, Object>> index = new LinkedHashMap<>();
        for (Map<String, Object> r : right) {
            index.putIfAbsent(key.apply(r), r);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> l : left) {
            out.add(index.get(key.apply(l)));
        }
        return out;
    }

    public static double sum(List<Map<String, Object>> items, String field) {
        double s = 0;
        for (Map<String, Object> it : items) {
            s += num(it, field); // left to right, as Python's sum() does
        }
        return s;
    }

    public static double mean(List<Map<String, Object>> items, String field) {
        return sum(items, field) / items.size();
    }

    public static double max(List<Map<String, Object>> items, String field) {
        return items.stream().mapToDouble(it -> num(it, field)).max().orElseThrow();
    }

    public static double min(List<Map<String, Object>> items, String field) {
        return items.stream().mapToDouble(it -> num(it, field)).min().orElseThrow();
    }

    /** The value of an integer field's max, kept an integer. */
    public static long maxLong(List<Map<String, Object>> items, String field) {
        return items.stream().mapToLong(it -> lng(it, field)).max().orElseThrow();
    }

    public static long minLong(List<Map<String, Object>> items, String field) {
        return items.stream().mapToLong(it -> lng(it, field)).min().orElseThrow();
    }

    /** {@code x} rounded to {@code digits} decimals, half to even on its exact value (Python's round). */
    public static double round(double x, int digits) {
        return new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Great-circle distance in metres by the haversine formula on a sphere of radius 6,371,000 m. */
    public static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_000.0 * Math.asin(Math.sqrt(a));
    }
}
