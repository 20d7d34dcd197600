package org.aiotbench.reference.stream;

import static org.aiotbench.reference.stream.Streams.filter;
import static org.aiotbench.reference.stream.Streams.item;
import static org.aiotbench.reference.stream.Streams.lng;
import static org.aiotbench.reference.stream.Streams.map;
import static org.aiotbench.reference.stream.Streams.max;
import static org.aiotbench.reference.stream.Streams.maxLong;
import static org.aiotbench.reference.stream.Streams.mean;
import static org.aiotbench.reference.stream.Streams.min;
import static org.aiotbench.reference.stream.Streams.minLong;
import static org.aiotbench.reference.stream.Streams.num;
import static org.aiotbench.reference.stream.Streams.round;
import static org.aiotbench.reference.stream.Streams.str;
import static org.aiotbench.reference.stream.Streams.ts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The oracle of every stream task, by name (the task id without its {@code stream-} prefix is
 * the usual name). Each is a few lines over {@link Streams}; the task prompt states the same
 * rules in words, so a correct program reproduces the output exactly. Numbers are not rounded
 * unless a prompt says so: the strict result score compares them with a relative tolerance.
 * Results are keyed by the task, not by its oracle's code: changing what an oracle computes
 * needs a new {@code version:} in its task file, or old scores stay in the results.
 */
public final class StreamOracles {

    private static final Map<String, StreamOracle> ALL = new LinkedHashMap<>();
    private static final double[] HOME = SyntheticStreams.HOME;
    private static final double[] WORK = SyntheticStreams.WORK;
    private static final double FENCE = SyntheticStreams.GEOFENCE_M;

    private StreamOracles() {
    }

    public static java.util.Optional<StreamOracle> get(String id) {
        return java.util.Optional.ofNullable(ALL.get(id));
    }

    public static Set<String> ids() {
        return java.util.Collections.unmodifiableSet(ALL.keySet());
    }

    private static void reg(String id, String inputs, String outputs, StreamOracle.Body body) {
        ALL.put(id, new StreamOracle(id, Arrays.asList(inputs.split(",")), Arrays.asList(outputs.split(",")), body));
    }

    /** One input stream to one output stream. */
    private static void one(String id, String input, String output,
                            Function<List<Map<String, Object>>, List<Map<String, Object>>> f) {
        reg(id, input, output, in -> Map.of(output, f.apply(in.get(input))));
    }

    private static Predicate<Map<String, Object>> is(String field, String value) {
        return it -> value.equals(it.get(field));
    }

    private static List<Map<String, Object>> out() {
        return new ArrayList<>();
    }

    /** Tumbling time windows of each group, ordered by window start, then group key. */
    private static List<Map<String, Object>> perGroupWindows(List<Map<String, Object>> in, String key, long width,
                                                             java.util.function.BiFunction<Long, List<Map<String, Object>>, Object[]> f) {
        TreeMap<Long, TreeMap<String, List<Map<String, Object>>>> cells = new TreeMap<>();
        for (Map<String, Object> it : in) {
            long t = ts(it);
            cells.computeIfAbsent(t - Math.floorMod(t, width), k -> new TreeMap<>())
                    .computeIfAbsent(str(it, key), k -> new ArrayList<>()).add(it);
        }
        List<Map<String, Object>> o = out();
        cells.forEach((start, groups) -> groups.forEach((g, items) -> {
            Object[] fields = f.apply(start, items);
            Object[] kv = new Object[fields.length + 4];
            kv[0] = "window_start";
            kv[1] = start;
            kv[2] = key;
            kv[3] = g;
            System.arraycopy(fields, 0, kv, 4, fields.length);
            o.add(item(kv));
        }));
        return o;
    }

    private static String bpCategory(Map<String, Object> it) {
        long s = lng(it, "systolic");
        long d = lng(it, "diastolic");
        if (s >= 140 || d >= 90) {
            return "stage2";
        }
        if (s >= 130 || d >= 80) {
            return "stage1";
        }
        return s >= 120 ? "elevated" : "normal";
    }

    private static boolean contains(Map<String, Object> it, String field, String... words) {
        String v = str(it, field).toLowerCase(Locale.ROOT);
        return Arrays.stream(words).anyMatch(v::contains);
    }

    private static String domain(Map<String, Object> it) {
        String s = str(it, "sender");
        return s.substring(s.indexOf('@') + 1);
    }

    private static String zone(Map<String, Object> fix) {
        double lat = num(fix, "lat");
        double lon = num(fix, "lon");
        if (Streams.haversine(lat, lon, HOME[0], HOME[1]) < FENCE) {
            return "home";
        }
        return Streams.haversine(lat, lon, WORK[0], WORK[1]) < FENCE ? "work" : "away";
    }

    /** Items grouped by ts (a Wi-Fi scan, a minute of quotes), in time order. */
    private static List<List<Map<String, Object>>> byTs(List<Map<String, Object>> in) {
        return Streams.runs(in, Streams::ts);
    }

    static {
        // ---- single-step: temperature ----
        one("temp-above-25", "temperature", "hot", in -> filter(in, it -> num(it, "celsius") > 25.0));
        one("temp-fahrenheit", "temperature", "fahrenheit", in -> map(in, it -> item("ts", ts(it),
                "sensor", str(it, "sensor"), "fahrenheit", num(it, "celsius") * 9 / 5 + 32)));
        one("temp-hourly-mean", "temperature", "hourly", in -> perGroupWindows(in, "sensor", 3600,
                (s, items) -> new Object[] {"mean_celsius", mean(items, "celsius"), "readings", items.size()}));
        one("temp-block-max", "temperature", "blocks", in -> map0(Streams.tumblingCount(
                filter(in, is("sensor", "living_room")), 10), b -> item("first_ts", ts(b.get(0)),
                "last_ts", ts(b.get(b.size() - 1)), "max_celsius", max(b, "celsius"))));
        one("temp-jump", "temperature", "jumps", in -> {
            Map<String, Double> last = new LinkedHashMap<>();
            List<Map<String, Object>> o = out();
            for (Map<String, Object> it : in) {
                Double prev = last.put(str(it, "sensor"), num(it, "celsius"));
                if (prev != null) {
                    double rise = round(num(it, "celsius") - prev, 1);
                    if (rise >= 1.0) {
                        o.add(item("ts", ts(it), "sensor", str(it, "sensor"), "celsius", num(it, "celsius"), "rise", rise));
                    }
                }
            }
            return o;
        });
        // ---- humidity ----
        one("humidity-dry", "humidity", "dry", in -> filter(in, it -> num(it, "percent") < 30.0));
        one("humidity-level", "humidity", "levels", in -> map(in, it -> {
            double p = num(it, "percent");
            return item("ts", ts(it), "level", p < 30 ? "dry" : p > 60 ? "humid" : "comfortable");
        }));
        one("humidity-quarter-hour", "humidity", "quarter_hours", in -> map0(Streams.tumblingTime(in, 900),
                w -> item("window_start", w.start(), "mean_percent", mean(w.items(), "percent"),
                        "min_percent", min(w.items(), "percent"), "max_percent", max(w.items(), "percent"))));
        // ---- light ----
        one("light-hall-on", "light", "hall_on", in -> map(filter(in, it -> is("room", "hall").test(it)
                && lng(it, "lux") >= 100), it -> item("ts", ts(it), "lux", lng(it, "lux"))));
        one("light-footcandles", "light", "office_fc", in -> map(filter(in, is("room", "office")),
                it -> item("ts", ts(it), "footcandles", lng(it, "lux") / 10.764)));
        one("light-office-smoothed", "light", "smoothed", in -> map0(Streams.slidingCount(
                filter(in, is("room", "office")), 6), w -> item("ts", ts(w.get(5)), "mean_lux", mean(w, "lux"))));
        // ---- activity ----
        one("activity-running", "activity", "running", in -> map(filter(in, is("activity", "running")),
                it -> item("ts", ts(it), "magnitude", num(it, "magnitude"), "steps", lng(it, "steps"))));
        one("activity-steps-5min", "activity", "steps", in -> map0(Streams.tumblingTime(in, 300),
                w -> item("window_start", w.start(), "steps", (long) Streams.sum(w.items(), "steps"))));
        one("activity-active", "activity", "active", in -> map(in, it -> item("ts", ts(it),
                "active", Set.of("walking", "running", "cycling").contains(str(it, "activity")))));
        one("activity-peak-minute", "activity", "peaks", in -> map0(Streams.tumblingTime(in, 60),
                w -> item("window_start", w.start(), "max_magnitude", max(w.items(), "magnitude"))));
        // ---- gps ----
        one("gps-speeding", "gps", "speeding", in -> map(filter(in, it -> num(it, "speed_kmh") > 50.0),
                it -> item("ts", ts(it), "speed_kmh", num(it, "speed_kmh"))));
        one("gps-near-home", "gps", "at_home", in -> {
            List<Map<String, Object>> o = out();
            for (Map<String, Object> it : in) {
                double d = Streams.haversine(num(it, "lat"), num(it, "lon"), HOME[0], HOME[1]);
                if (d < FENCE) {
                    o.add(item("ts", ts(it), "distance_m", d));
                }
            }
            return o;
        });
        one("gps-max-speed-10min", "gps", "max_speed", in -> map0(Streams.tumblingTime(in, 600),
                w -> item("window_start", w.start(), "max_speed_kmh", max(w.items(), "speed_kmh"), "fixes", w.items().size())));
        // ---- wifi ----
        one("wifi-strong", "wifi", "strong", in -> filter(in, it -> lng(it, "rssi") >= -60));
        one("wifi-office", "wifi", "office", in -> map(filter(in, is("ssid", "OfficeNet")),
                it -> item("ts", ts(it), "rssi", lng(it, "rssi"))));
        one("wifi-quality", "wifi", "quality", in -> map(in, it -> item("ts", ts(it), "ssid", str(it, "ssid"),
                "quality", Math.min(100, Math.max(0, 2 * (lng(it, "rssi") + 100))))));
        one("wifi-strongest", "wifi", "strongest", in -> map0(byTs(in), scan -> {
            Map<String, Object> best = scan.get(0);
            for (Map<String, Object> it : scan) {
                if (lng(it, "rssi") > lng(best, "rssi")) {
                    best = it;
                }
            }
            return item("ts", ts(best), "ssid", str(best, "ssid"), "rssi", lng(best, "rssi"));
        }));
        // ---- heart rate ----
        one("hr-above-100", "heart_rate", "high", in -> filter(in, it -> lng(it, "bpm") > 100));
        one("hr-zone", "heart_rate", "zones", in -> map(in, it -> {
            long b = lng(it, "bpm");
            return item("ts", ts(it), "zone", b < 60 ? "low" : b > 100 ? "high" : "normal");
        }));
        one("hr-minute-mean", "heart_rate", "per_minute", in -> map0(Streams.tumblingTime(in, 60),
                w -> item("window_start", w.start(), "mean_bpm", mean(w.items(), "bpm"))));
        one("hr-rolling-max", "heart_rate", "rolling_max", in -> map0(Streams.slidingCount(in, 12),
                w -> item("ts", ts(w.get(11)), "max_bpm", maxLong(w, "bpm"))));
        // ---- blood pressure ----
        one("bp-high", "blood_pressure", "high", in -> filter(in, it -> lng(it, "systolic") >= 140 || lng(it, "diastolic") >= 90));
        one("bp-category", "blood_pressure", "categories", in -> map(in, it -> item("ts", ts(it), "category", bpCategory(it))));
        one("bp-derived", "blood_pressure", "derived", in -> map(in, it -> {
            long s = lng(it, "systolic");
            long d = lng(it, "diastolic");
            return item("ts", ts(it), "pulse_pressure", s - d, "mean_arterial", d + (s - d) / 3.0);
        }));
        one("bp-daily-mean", "blood_pressure", "daily", in -> map0(Streams.tumblingTime(in, 86_400),
                w -> item("window_start", w.start(), "mean_systolic", mean(w.items(), "systolic"),
                        "mean_diastolic", mean(w.items(), "diastolic"))));
        // ---- messages ----
        one("msg-meeting", "messages", "meetings", in -> filter(in, it -> contains(it, "text", "meeting")));
        one("msg-word-count", "messages", "words", in -> map(in, it -> item("ts", ts(it), "sender", str(it, "sender"),
                "words", str(it, "text").trim().split("\\s+").length)));
        one("msg-per-hour", "messages", "hourly", in -> map0(Streams.tumblingTime(in, 3600),
                w -> item("window_start", w.start(), "messages", w.items().size())));
        // ---- e-mails ----
        one("email-urgent", "emails", "urgent", in -> map(filter(in, it -> contains(it, "subject", "urgent", "asap")),
                it -> item("ts", ts(it), "sender", str(it, "sender"), "subject", str(it, "subject"))));
        one("email-domain", "emails", "domains", in -> map(in, it -> item("ts", ts(it), "domain", domain(it))));
        one("email-large", "emails", "large", in -> map(filter(in, it -> lng(it, "size_kb") > 1000),
                it -> item("ts", ts(it), "sender", str(it, "sender"), "size_mb", lng(it, "size_kb") / 1024.0)));
        // ---- news ----
        one("news-topic", "news", "topics", in -> map(in, it -> item("ts", ts(it), "topic", topic(str(it, "headline")))));
        // ---- stocks ----
        one("stock-acme", "stocks", "acme", in -> map(filter(in, is("symbol", "ACME")),
                it -> item("ts", ts(it), "price", num(it, "price"))));
        one("stock-jump", "stocks", "jumps", in -> {
            Map<String, Double> last = new LinkedHashMap<>();
            List<Map<String, Object>> o = out();
            for (Map<String, Object> it : in) {
                Double prev = last.put(str(it, "symbol"), num(it, "price"));
                if (prev != null) {
                    double change = (num(it, "price") - prev) / prev * 100;
                    if (Math.abs(change) > 1.0) {
                        o.add(item("ts", ts(it), "symbol", str(it, "symbol"), "change_pct", change));
                    }
                }
            }
            return o;
        });
        one("stock-vwap-5min", "stocks", "vwap", in -> perGroupWindows(in, "symbol", 300, (s, items) -> {
            double pv = 0;
            double v = 0;
            for (Map<String, Object> it : items) {
                pv += num(it, "price") * lng(it, "volume");
                v += lng(it, "volume");
            }
            return new Object[] {"vwap", pv / v};
        }));

        multiStep();
    }

    /** The topic of a headline: the first rule with a matching word (lowercased, split on whitespace). */
    static String topic(String headline) {
        List<String> words = Arrays.asList(headline.toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.stream().anyMatch(Set.of("rovers", "united", "athletic", "wanderers")::contains)) {
            return "sports";
        }
        if (words.stream().anyMatch(Set.of("shares", "rates", "markets", "earnings")::contains)) {
            return "finance";
        }
        if (words.stream().anyMatch(Set.of("chip", "app", "smartphone", "thermostats")::contains)) {
            return "tech";
        }
        return "other";
    }

    private static <T> List<Map<String, Object>> map0(List<T> in, Function<T, Map<String, Object>> f) {
        return in.stream().map(f).toList();
    }

    private static void multiStep() {
        reg("temp-humidity-comfort", "temperature,humidity", "comfort", in -> {
            List<Map<String, Object>> living = filter(in.get("temperature"), is("sensor", "living_room"));
            List<Map<String, Object>> hum = Streams.lookup(living, in.get("humidity"), Streams::ts);
            List<Map<String, Object>> o = out();
            for (int i = 0; i < living.size(); i++) {
                Map<String, Object> h = hum.get(i);
                if (h != null) {
                    double c = num(living.get(i), "celsius");
                    double p = num(h, "percent");
                    o.add(item("ts", ts(h), "celsius", c, "percent", p,
                            "comfortable", c >= 20 && c <= 24 && p >= 30 && p <= 60));
                }
            }
            return Map.of("comfort", o);
        });
        reg("temp-alerts-hourly-max", "temperature", "alerts,hourly_max", in -> Map.of(
                "alerts", filter(in.get("temperature"), it -> num(it, "celsius") > 28.0),
                "hourly_max", perGroupWindows(in.get("temperature"), "sensor", 3600,
                        (s, items) -> new Object[] {"max_celsius", max(items, "celsius")})));
        List<String> sensorOrder = List.of("living_room", "kitchen", "bedroom");
        one("temp-spread", "temperature", "spread", in -> {
            List<Map<String, Object>> o = out();
            for (List<Map<String, Object>> minute : byTs(in)) {
                Map<String, Object> hot = null;
                for (String s : sensorOrder) {
                    for (Map<String, Object> it : minute) {
                        if (s.equals(str(it, "sensor")) && (hot == null || num(it, "celsius") > num(hot, "celsius"))) {
                            hot = it;
                        }
                    }
                }
                double spread = round(max(minute, "celsius") - min(minute, "celsius"), 1);
                if (spread >= 5.0) {
                    o.add(item("ts", ts(hot), "spread", spread, "hottest", str(hot, "sensor")));
                }
            }
            return o;
        });
        one("hr-high-minutes", "heart_rate", "high_minutes", in -> filter(map0(Streams.tumblingTime(in, 60),
                w -> item("window_start", w.start(), "mean_bpm", mean(w.items(), "bpm"))), it -> num(it, "mean_bpm") > 100));
        one("hr-episodes", "heart_rate", "episodes", StreamOracles::episodes);
        reg("hr-resting-high", "heart_rate,activity", "resting_high", in -> {
            List<Map<String, Object>> hr = in.get("heart_rate");
            List<Map<String, Object>> act = Streams.asOf(hr, in.get("activity"));
            List<Map<String, Object>> o = out();
            for (int i = 0; i < hr.size(); i++) {
                Map<String, Object> a = act.get(i);
                if (lng(hr.get(i), "bpm") > 100 && a != null && Set.of("sitting", "standing").contains(str(a, "activity"))) {
                    o.add(item("ts", ts(hr.get(i)), "bpm", lng(hr.get(i), "bpm"), "activity", str(a, "activity")));
                }
            }
            return Map.of("resting_high", o);
        });
        reg("gps-commute", "gps", "events,commutes", in -> {
            List<Map<String, Object>> events = out();
            List<Map<String, Object>> commutes = out();
            String prev = null;
            Long leftHome = null;
            for (Map<String, Object> fix : in.get("gps")) {
                String z = zone(fix);
                if (prev != null && !z.equals(prev)) {
                    if (!prev.equals("away")) {
                        events.add(item("ts", ts(fix), "event", "left_" + prev));
                    }
                    if (!z.equals("away")) {
                        events.add(item("ts", ts(fix), "event", "arrived_" + z));
                    }
                    if (prev.equals("home")) {
                        leftHome = ts(fix);
                    }
                    if (z.equals("home")) {
                        leftHome = null;
                    } else if (z.equals("work") && leftHome != null) {
                        commutes.add(item("left_home_ts", leftHome, "arrived_work_ts", ts(fix),
                                "minutes", (ts(fix) - leftHome) / 60.0));
                        leftHome = null;
                    }
                }
                prev = z;
            }
            return Map.of("events", events, "commutes", commutes);
        });
        one("wifi-place-changes", "wifi", "places", in -> {
            Map<String, String> places = Map.of("HomeNet", "home", "OfficeNet", "work", "CafeFree", "cafe");
            List<Map<String, Object>> o = out();
            String last = null;
            for (List<Map<String, Object>> scan : byTs(in)) {
                Map<String, Object> best = scan.get(0);
                for (Map<String, Object> it : scan) {
                    if (lng(it, "rssi") > lng(best, "rssi")) {
                        best = it;
                    }
                }
                String place = places.getOrDefault(str(best, "ssid"), "unknown");
                if (!place.equals(last)) {
                    o.add(item("ts", ts(best), "place", place));
                }
                last = place;
            }
            return o;
        });
        one("gps-trips", "gps", "trips", in -> {
            List<Map<String, Object>> o = out();
            for (List<Map<String, Object>> run : Streams.runs(in, it -> num(it, "speed_kmh") > 5.0)) {
                if (num(run.get(0), "speed_kmh") > 5.0 && run.size() >= 3) {
                    o.add(item("start_ts", ts(run.get(0)), "end_ts", ts(run.get(run.size() - 1)),
                            "fixes", run.size(), "max_speed_kmh", max(run, "speed_kmh")));
                }
            }
            return o;
        });
        one("activity-bouts", "activity", "bouts", in -> {
            List<Map<String, Object>> o = out();
            for (List<Map<String, Object>> run : Streams.runs(in, it -> str(it, "activity"))) {
                if (run.size() >= 3) {
                    o.add(item("activity", str(run.get(0), "activity"), "start_ts", ts(run.get(0)),
                            "end_ts", ts(run.get(run.size() - 1)) + 10, "steps", (long) Streams.sum(run, "steps")));
                }
            }
            return o;
        });
        one("activity-sedentary", "activity", "alerts", in -> {
            List<Map<String, Object>> o = out();
            for (List<Map<String, Object>> run : Streams.runs(in, it -> num(it, "magnitude") < 0.5)) {
                if (num(run.get(0), "magnitude") >= 0.5) {
                    continue;
                }
                long start = ts(run.get(0));
                for (Map<String, Object> it : run) {
                    if (ts(it) + 10 - start >= 1800) {
                        o.add(item("spell_start", start, "alert_ts", ts(it)));
                        break;
                    }
                }
            }
            return o;
        });
        reg("bp-morning-evening", "blood_pressure", "morning,evening", in -> Map.of(
                "morning", dayMeans(in.get("blood_pressure"), 6, 12),
                "evening", dayMeans(in.get("blood_pressure"), 18, 24)));
        one("bp-escalation", "blood_pressure", "events", in -> {
            List<Map<String, Object>> o = out();
            boolean alert = false;
            boolean prevStage2 = false;
            for (Map<String, Object> it : in) {
                String c = bpCategory(it);
                boolean stage2 = c.equals("stage2");
                if (!alert && stage2 && prevStage2) {
                    o.add(item("ts", ts(it), "event", "alert"));
                    alert = true;
                } else if (alert && (c.equals("normal") || c.equals("elevated"))) {
                    o.add(item("ts", ts(it), "event", "clear"));
                    alert = false;
                }
                prevStage2 = stage2;
            }
            return o;
        });
        one("stock-crossover", "stocks", "signals", in -> {
            Map<String, List<Double>> prices = new LinkedHashMap<>();
            Map<String, Boolean> above = new LinkedHashMap<>();
            List<Map<String, Object>> o = out();
            for (Map<String, Object> it : in) {
                String s = str(it, "symbol");
                List<Double> p = prices.computeIfAbsent(s, k -> new ArrayList<>());
                p.add(num(it, "price"));
                if (p.size() < 20) {
                    continue;
                }
                boolean now = avg(p, 5) > avg(p, 20);
                Boolean before = above.put(s, now);
                if (before != null && before != now) {
                    o.add(item("ts", ts(it), "symbol", s, "signal", now ? "golden" : "death"));
                }
            }
            return o;
        });
        reg("stock-bars", "stocks", "bars,strong", in -> {
            List<Map<String, Object>> bars = perGroupWindows(in.get("stocks"), "symbol", 300, (s, items) -> new Object[] {
                "open", num(items.get(0), "price"), "high", max(items, "price"), "low", min(items, "price"),
                "close", num(items.get(items.size() - 1), "price"), "volume", (long) Streams.sum(items, "volume")});
            List<Map<String, Object>> strong = out();
            for (Map<String, Object> b : bars) {
                double change = (num(b, "close") - num(b, "open")) / num(b, "open") * 100;
                if (change > 0.5) {
                    strong.add(item("window_start", lng(b, "window_start"), "symbol", str(b, "symbol"), "change_pct", change));
                }
            }
            return Map.of("bars", bars, "strong", strong);
        });
        reg("inbox-merge", "messages,emails", "inbox", in -> {
            List<Map<String, Object>> o = out();
            for (Map<String, Object> m : in.get("messages")) {
                o.add(item("ts", ts(m), "channel", "chat", "sender", str(m, "sender"), "summary", str(m, "text")));
            }
            for (Map<String, Object> e : in.get("emails")) {
                o.add(item("ts", ts(e), "channel", "email", "sender", str(e, "sender"), "summary", str(e, "subject")));
            }
            // Stable: at equal times chat messages (added first) stay first.
            o.sort(java.util.Comparator.comparingLong(Streams::ts));
            return Map.of("inbox", o);
        });
        reg("email-triage", "emails", "urgent,work,other", in -> {
            Map<String, List<Map<String, Object>>> o = new LinkedHashMap<>();
            for (String k : List.of("urgent", "work", "other")) {
                o.put(k, out());
            }
            for (Map<String, Object> e : in.get("emails")) {
                String box = contains(e, "subject", "urgent", "asap") ? "urgent" : domain(e).equals("acme.example") ? "work" : "other";
                o.get(box).add(item("ts", ts(e), "sender", str(e, "sender"), "subject", str(e, "subject")));
            }
            return o;
        });
        reg("news-stock-reaction", "news,stocks", "reactions", in -> {
            Map<String, List<Map<String, Object>>> quotes = Streams.groupBy(in.get("stocks"), it -> str(it, "symbol"));
            List<Map<String, Object>> o = out();
            for (Map<String, Object> n : in.get("news")) {
                String symbol = null;
                for (String w : str(n, "headline").split("\\s+")) {
                    String u = w.toUpperCase(Locale.ROOT);
                    if (quotes.containsKey(u)) {
                        symbol = u;
                        break;
                    }
                }
                if (symbol == null) {
                    continue;
                }
                Map<String, Object> q = Streams.asOf(List.of(n), quotes.get(symbol)).get(0);
                if (q != null) {
                    o.add(item("ts", ts(n), "symbol", symbol, "headline", str(n, "headline"), "price", num(q, "price")));
                }
            }
            return Map.of("reactions", o);
        });
        one("humidity-mold-risk", "humidity", "risk", in -> {
            List<Streams.Window> windows = Streams.tumblingTime(in, 900);
            List<Map<String, Object>> o = out();
            int run = 0;
            for (int i = 0; i < windows.size(); i++) {
                boolean wet = mean(windows.get(i).items(), "percent") > 70;
                boolean adjacent = i > 0 && windows.get(i).start() - windows.get(i - 1).start() == 900;
                run = wet ? (adjacent ? run + 1 : 1) : 0;
                if (run == 3) {
                    o.add(item("first_window", windows.get(i - 2).start(), "flagged_window", windows.get(i).start()));
                }
            }
            return o;
        });
        one("light-day-night", "light", "transitions", in -> {
            List<Map<String, Object>> o = out();
            String state = null;
            for (Map<String, Object> it : filter(in, is("room", "office"))) {
                long lux = lng(it, "lux");
                String next = state == null ? (lux >= 200 ? "day" : "night")
                        : state.equals("night") && lux > 200 ? "day" : state.equals("day") && lux < 20 ? "night" : state;
                if (!next.equals(state)) {
                    o.add(item("ts", ts(it), "state", next));
                }
                state = next;
            }
            return o;
        });
    }

    private static double avg(List<Double> p, int last) {
        double s = 0;
        for (int i = p.size() - last; i < p.size(); i++) {
            s += p.get(i);
        }
        return s / last;
    }

    private static List<Map<String, Object>> dayMeans(List<Map<String, Object>> in, int fromHour, int toHour) {
        List<Map<String, Object>> part = filter(in, it -> {
            long h = Math.floorMod(ts(it), 86_400) / 3600;
            return h >= fromHour && h < toHour;
        });
        return map0(Streams.tumblingTime(part, 86_400), w -> item("day_start", w.start(), "mean_systolic", mean(w.items(), "systolic")));
    }

    /**
     * Episodes of a high heart rate: one starts at the first of three consecutive readings above
     * 100 bpm and ends with the last high reading before three consecutive readings at or below
     * 100; an episode still open at the end of the stream is not reported.
     */
    private static List<Map<String, Object>> episodes(List<Map<String, Object>> in) {
        List<Map<String, Object>> o = out();
        boolean inEpisode = false;
        int highRun = 0;
        int lowRun = 0;
        long start = 0;
        long lastHigh = 0;
        long peak = 0;
        for (int i = 0; i < in.size(); i++) {
            Map<String, Object> it = in.get(i);
            long b = lng(it, "bpm");
            boolean high = b > 100;
            highRun = high ? highRun + 1 : 0;
            lowRun = high ? 0 : lowRun + 1;
            if (!inEpisode) {
                if (highRun == 3) {
                    inEpisode = true;
                    start = ts(in.get(i - 2));
                    lastHigh = ts(it);
                    peak = Math.max(Math.max(lng(in.get(i - 2), "bpm"), lng(in.get(i - 1), "bpm")), b);
                }
            } else if (high) {
                lastHigh = ts(it);
                peak = Math.max(peak, b);
            } else if (lowRun == 3) {
                o.add(item("start_ts", start, "end_ts", lastHigh, "peak_bpm", peak));
                inEpisode = false;
            }
        }
        return o;
    }
}
