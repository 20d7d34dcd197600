package org.aiotbench.reference.stream;

import static org.aiotbench.reference.stream.Streams.item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The synthetic input streams of the stream tasks: one simulated person's morning (home, a dog
 * walk, a drive to work, a coffee break, the drive home) seen by room sensors, a wearable, a
 * phone's GPS and Wi-Fi scans, plus text streams (chat messages, e-mails, news headlines, stock
 * quotes). Every stream has its own random source derived from the seed, so adding a stream
 * never changes another.
 *
 * <p>Values are kept away from the thresholds the tasks use where floating-point noise could
 * decide a comparison: room readings are exact decimals compared with decimal constants, GPS
 * fixes stay at least {@link #GEOFENCE_MARGIN_M} m off every geofence edge, and a stock's
 * minute-to-minute change is either below 0.8 % or a jump of at least 1.5 %.
 */
public final class SyntheticStreams {

    /** 2026-01-01T00:00:00Z: the virtual clock's day 0, midnight. */
    public static final long DAY0 = 1_767_225_600L;
    public static final long HOUR = 3600;

    /** Places of the simulated day: {lat, lon}. */
    public static final double[] HOME = {52.370000, 4.890000};
    public static final double[] WORK = {52.300000, 4.950000};
    public static final double[] CAFE = {52.303000, 4.954000};
    private static final double[] PARK = {52.374500, 4.890000};
    /** Radius of the home, work and cafe geofences the tasks use, in metres. */
    public static final double GEOFENCE_M = 150;
    public static final double GEOFENCE_MARGIN_M = 5;

    private SyntheticStreams() {
    }

    /** Every stream, by id, in a fixed order. */
    public static Map<String, StreamDescription.Stream> generate(long seed) {
        Map<String, StreamDescription.Stream> out = new LinkedHashMap<>();
        add(out, temperature(rng(seed, 1)));
        add(out, humidity(rng(seed, 2)));
        add(out, light(rng(seed, 3)));
        add(out, activity(rng(seed, 4)));
        add(out, gps(rng(seed, 5)));
        add(out, wifi(rng(seed, 6)));
        add(out, heartRate(rng(seed, 7)));
        add(out, bloodPressure(rng(seed, 8)));
        add(out, messages(rng(seed, 9)));
        add(out, emails(rng(seed, 10)));
        add(out, news(rng(seed, 11)));
        add(out, stocks(rng(seed, 12)));
        return out;
    }

    private static void add(Map<String, StreamDescription.Stream> out, StreamDescription.Stream s) {
        out.put(s.description().id(), s);
    }

    private static SplittableRandom rng(long seed, int stream) {
        return new SplittableRandom(seed * 1_000_003L + stream * 7_919L);
    }

    private static double r1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static double r2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static double gauss(SplittableRandom r) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static long at(int hour, int minute) {
        return DAY0 + hour * HOUR + minute * 60L;
    }

    // ---- room sensors ---------------------------------------------------------------------

    static StreamDescription.Stream temperature(SplittableRandom r) {
        String[] sensors = {"living_room", "kitchen", "bedroom"};
        double[] level = {21.0, 22.5, 19.0};
        List<Map<String, Object>> items = new ArrayList<>();
        for (long t = at(6, 0); t < at(12, 0); t += 60) {
            double hour = (t - DAY0) / 3600.0;
            for (int s = 0; s < 3; s++) {
                level[s] += 0.08 * gauss(r) + 0.02 * ((s == 2 ? 19.5 : 21.5) - level[s]);
                double v = level[s] + 0.6 * (hour - 6) / 6;
                boolean cooking = s == 1 && ((hour >= 7.5 && hour < 8.0) || (hour >= 11.4 && hour < 11.9));
                if (cooking) {
                    v += 7.5 + 0.5 * gauss(r);
                }
                if (s == 0 && hour >= 9.0 && hour < 9.5) {
                    v += 5.0; // sun on the window
                }
                items.add(item("ts", t, "sensor", sensors[s], "celsius", r1(v)));
            }
        }
        return new StreamDescription.Stream(StreamDescription.of("temperature",
                "Room temperature sensors (synthetic), one reading per sensor every 60 s; readings of the same"
                        + " minute share the timestamp and come in the order living_room, kitchen, bedroom",
                "ts", "integer", "time of the reading, Unix seconds (virtual clock)",
                "sensor", "string", "the room: living_room, kitchen or bedroom",
                "celsius", "number", "temperature in degrees Celsius, one decimal"), items);
    }

    static StreamDescription.Stream humidity(SplittableRandom r) {
        List<Map<String, Object>> items = new ArrayList<>();
        double v = 45;
        for (long t = at(6, 0); t < at(12, 0); t += 60) {
            double hour = (t - DAY0) / 3600.0;
            double target = hour >= 9.0 && hour < 11.5 ? 78 : hour >= 7 && hour < 7.5 ? 24 : 45;
            v += 0.15 * (target - v) + 0.8 * gauss(r);
            items.add(item("ts", t, "percent", r1(Math.max(5, Math.min(99, v)))));
        }
        return new StreamDescription.Stream(StreamDescription.of("humidity",
                "Relative humidity sensor in the living room (synthetic), one reading every 60 s",
                "ts", "integer", "time of the reading, Unix seconds (virtual clock)",
                "percent", "number", "relative humidity in percent, one decimal"), items);
    }

    static StreamDescription.Stream light(SplittableRandom r) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (long t = at(6, 0); t < at(12, 0); t += 30) {
            double hour = (t - DAY0) / 3600.0;
            double daylight = hour < 7 ? 0 : Math.min(1, (hour - 7) / 2.0);
            boolean lamp = (hour >= 6.5 && hour < 7.25) || (hour >= 10.0 && hour < 10.2);
            double office = 3 + 350 * daylight + (lamp ? 300 : 0) + 4 * Math.abs(gauss(r));
            if (hour >= 9.6 && hour < 9.7) {
                office = 5 + 3 * r.nextDouble(); // blinds closed for a presentation
            }
            boolean hallOn = (hour >= 6.2 && hour < 6.3) || (hour >= 7.4 && hour < 7.5) || (hour >= 11.7 && hour < 11.8);
            double hall = (hallOn ? 180 : 2) + 3 * Math.abs(gauss(r));
            items.add(item("ts", t, "room", "office", "lux", Math.round(office)));
            items.add(item("ts", t, "room", "hall", "lux", Math.round(hall)));
        }
        return new StreamDescription.Stream(StreamDescription.of("light",
                "Ambient light sensors in the office and the hall (synthetic), one reading per room every 30 s;"
                        + " readings of the same time share the timestamp, office first",
                "ts", "integer", "time of the reading, Unix seconds (virtual clock)",
                "room", "string", "office or hall",
                "lux", "integer", "illuminance in lux"), items);
    }

    // ---- wearable and phone ---------------------------------------------------------------

    /** Activity bouts of the morning: activity, minutes. */
    private static final Object[][] ACTIVITY_PLAN = {
        {"sitting", 40}, {"walking", 15}, {"standing", 5}, {"sitting", 20}, {"running", 15}, {"walking", 5},
        {"standing", 10}, {"sitting", 40}, {"cycling", 20}, {"walking", 10}, {"sitting", 35}, {"standing", 5},
        {"walking", 20}};

    static StreamDescription.Stream activity(SplittableRandom r) {
        List<Map<String, Object>> items = new ArrayList<>();
        long t = at(6, 0);
        for (Object[] bout : ACTIVITY_PLAN) {
            String a = (String) bout[0];
            long end = t + 60L * (Integer) bout[1];
            for (; t < end; t += 10) {
                String label = a.equals("sitting") && r.nextDouble() < 0.03 ? "standing" : a;
                double mag = switch (label) {
                    case "sitting" -> 0.05 + 0.03 * Math.abs(gauss(r));
                    case "standing" -> 0.15 + 0.05 * Math.abs(gauss(r));
                    case "walking" -> 2.5 + 0.4 * gauss(r);
                    case "running" -> 6.0 + 0.8 * gauss(r);
                    default -> 1.8 + 0.3 * gauss(r);
                };
                int steps = switch (label) {
                    case "walking" -> 16 + r.nextInt(5);
                    case "running" -> 27 + r.nextInt(4);
                    case "standing" -> r.nextInt(2);
                    default -> 0;
                };
                items.add(item("ts", t, "activity", label, "magnitude", r2(Math.max(0, mag)), "steps", steps));
            }
        }
        return new StreamDescription.Stream(StreamDescription.of("activity",
                "Activity recognised by a wrist-worn accelerometer (synthetic), one label every 10 s",
                "ts", "integer", "start of the 10-second interval, Unix seconds (virtual clock)",
                "activity", "string", "sitting, standing, walking, running or cycling",
                "magnitude", "number", "mean dynamic acceleration magnitude in m/s^2 (gravity removed), two decimals",
                "steps", "integer", "steps counted in the interval"), items);
    }

    /** Where the person is over the day: place or movement, from, to (minutes after 06:00). */
    private record Leg(String place, double[] from, double[] to, int startMin, int endMin) {
    }

    private static List<Leg> dayPlan() {
        List<Leg> p = new ArrayList<>();
        p.add(new Leg("home", HOME, HOME, 0, 40));
        p.add(new Leg("walk", HOME, PARK, 40, 47));
        p.add(new Leg("walk", PARK, HOME, 47, 55));
        p.add(new Leg("home", HOME, HOME, 55, 90));
        p.add(new Leg("drive", HOME, WORK, 90, 105));
        p.add(new Leg("work", WORK, WORK, 105, 240));
        p.add(new Leg("walk", WORK, CAFE, 240, 246));
        p.add(new Leg("cafe", CAFE, CAFE, 246, 276));
        p.add(new Leg("walk", CAFE, WORK, 276, 282));
        p.add(new Leg("work", WORK, WORK, 282, 330));
        p.add(new Leg("drive", WORK, HOME, 330, 345));
        p.add(new Leg("home", HOME, HOME, 345, 360));
        return p;
    }

    private static Leg legAt(List<Leg> plan, long t) {
        double min = (t - at(6, 0)) / 60.0;
        for (Leg l : plan) {
            if (min >= l.startMin() && min < l.endMin()) {
                return l;
            }
        }
        return plan.get(plan.size() - 1);
    }

    static StreamDescription.Stream gps(SplittableRandom r) {
        List<Leg> plan = dayPlan();
        List<Map<String, Object>> items = new ArrayList<>();
        double mPerDegLat = 111_195;
        for (long t = at(6, 0); t < at(12, 0); t += 30) {
            Leg l = legAt(plan, t);
            double min = (t - at(6, 0)) / 60.0;
            double dur = l.endMin() - l.startMin();
            double u = (min - l.startMin()) / dur;
            boolean moving = !l.from().equals(l.to());
            // Drives accelerate and brake (cosine profile); walks keep a steady pace.
            double f = l.place().equals("drive") ? (1 - Math.cos(Math.PI * u)) / 2 : u;
            double lat = l.from()[0] + f * (l.to()[0] - l.from()[0]);
            double lon = l.from()[1] + f * (l.to()[1] - l.from()[1]);
            double speed;
            if (moving) {
                double dist = Streams.haversine(l.from()[0], l.from()[1], l.to()[0], l.to()[1]);
                double rate = l.place().equals("drive") ? Math.PI / 2 * Math.sin(Math.PI * u) : 1;
                speed = Math.max(0, dist / (dur * 60) * rate * 3.6 + 1.5 * gauss(r));
            } else {
                speed = Math.abs(0.6 * gauss(r));
            }
            double jitter = moving ? 4 : 8;
            lat += Math.max(-3, Math.min(3, gauss(r))) * jitter / mPerDegLat;
            lon += Math.max(-3, Math.min(3, gauss(r))) * jitter / (mPerDegLat * Math.cos(Math.toRadians(lat)));
            lat = Math.round(lat * 1e6) / 1e6;
            lon = Math.round(lon * 1e6) / 1e6;
            while (nearGeofenceEdge(lat, lon)) {
                lat = Math.round((lat + 0.00005) * 1e6) / 1e6;
            }
            items.add(item("ts", t, "lat", lat, "lon", lon, "speed_kmh", r1(speed)));
        }
        return new StreamDescription.Stream(StreamDescription.of("gps",
                "Phone GPS fixes (synthetic), one every 30 s",
                "ts", "integer", "time of the fix, Unix seconds (virtual clock)",
                "lat", "number", "latitude in degrees (WGS84), six decimals",
                "lon", "number", "longitude in degrees (WGS84), six decimals",
                "speed_kmh", "number", "ground speed in km/h, one decimal"), items);
    }

    private static boolean nearGeofenceEdge(double lat, double lon) {
        for (double[] p : new double[][] {HOME, WORK, CAFE}) {
            if (Math.abs(Streams.haversine(lat, lon, p[0], p[1]) - GEOFENCE_M) < GEOFENCE_MARGIN_M) {
                return true;
            }
        }
        return false;
    }

    static StreamDescription.Stream wifi(SplittableRandom r) {
        List<Leg> plan = dayPlan();
        List<Map<String, Object>> items = new ArrayList<>();
        for (long t = at(6, 0); t < at(12, 0); t += 60) {
            String place = legAt(plan, t).place();
            List<Object[]> seen = new ArrayList<>();
            switch (place) {
                case "home" -> {
                    seen.add(new Object[] {"HomeNet", -45 + 4 * gauss(r)});
                    seen.add(new Object[] {"Neighbor5G", -74 + 3 * gauss(r)});
                }
                case "work" -> {
                    seen.add(new Object[] {"OfficeNet", -52 + 4 * gauss(r)});
                    seen.add(new Object[] {"OfficeGuest", -64 + 3 * gauss(r)});
                    if (r.nextDouble() < 0.5) {
                        seen.add(new Object[] {"PrinterDirect", -81 + 2 * gauss(r)});
                    }
                }
                case "cafe" -> {
                    seen.add(new Object[] {"CafeFree", -55 + 4 * gauss(r)});
                    seen.add(new Object[] {"OfficeGuest", -84 + 2 * gauss(r)});
                }
                default -> {
                    if (r.nextDouble() < 0.6) {
                        seen.add(new Object[] {"CityWiFi", -80 + 3 * gauss(r)});
                    }
                }
            }
            List<long[]> levels = new ArrayList<>();
            List<Map<String, Object>> scan = new ArrayList<>();
            for (Object[] s : seen) {
                long rssi = Math.max(-95, Math.min(-30, Math.round((Double) s[1])));
                // Distinct levels within a scan, so "the strongest network" is always one network.
                while (containsLevel(levels, rssi)) {
                    rssi--;
                }
                levels.add(new long[] {rssi});
                scan.add(item("ts", t, "ssid", s[0], "rssi", rssi));
            }
            scan.sort(Comparator.comparingLong((Map<String, Object> m) -> (Long) m.get("rssi")).reversed());
            items.addAll(scan);
        }
        return new StreamDescription.Stream(StreamDescription.of("wifi",
                "Wi-Fi scans of the phone (synthetic), one scan every 60 s; a scan lists each visible network as"
                        + " one item, all items of a scan share its timestamp and come strongest first (no two"
                        + " networks of a scan have the same level); a scan that sees nothing has no items",
                "ts", "integer", "time of the scan, Unix seconds (virtual clock)",
                "ssid", "string", "network name",
                "rssi", "integer", "received signal strength in dBm (closer to 0 is stronger)"), items);
    }

    private static boolean containsLevel(List<long[]> levels, long v) {
        return levels.stream().anyMatch(l -> l[0] == v);
    }

    static StreamDescription.Stream heartRate(SplittableRandom r) {
        List<Map<String, Object>> items = new ArrayList<>();
        double bpm = 58;
        for (long t = at(7, 0); t < at(8, 0); t += 5) {
            double min = (t - at(7, 0)) / 60.0;
            double target;
            if (min < 5) {
                target = 57;
            } else if (min < 20) {
                target = 70;
            } else if (min < 35) {
                target = 100 + 50 * Math.min(1, (min - 20) / 6);
            } else if (min < 40) {
                target = 92;
            } else if (min < 50) {
                target = 80;
            } else if (min >= 52 && min < 54) {
                target = 112;
            } else {
                target = 72;
            }
            bpm += 0.25 * (target - bpm) + 1.2 * gauss(r);
            items.add(item("ts", t, "bpm", Math.round(bpm)));
        }
        return new StreamDescription.Stream(StreamDescription.of("heart_rate",
                "Heart rate from a wrist-worn optical sensor (synthetic), one reading every 5 s",
                "ts", "integer", "time of the reading, Unix seconds (virtual clock)",
                "bpm", "integer", "heart rate in beats per minute"), items);
    }

    static StreamDescription.Stream bloodPressure(SplittableRandom r) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (long t = DAY0; t < DAY0 + 3 * 24 * HOUR; t += 1800) {
            double hour = ((t - DAY0) % (24 * HOUR)) / 3600.0;
            double day = Math.sin(2 * Math.PI * (hour - 4) / 24);
            boolean stress = t >= DAY0 + 24 * HOUR + 14 * HOUR && t < DAY0 + 24 * HOUR + 18 * HOUR;
            double sys = 118 + 10 * day + 5 * gauss(r) + (stress ? 26 : 0);
            double dia = 76 + 6 * day + 4 * gauss(r) + (stress ? 12 : 0);
            items.add(item("ts", t, "systolic", Math.round(sys), "diastolic", Math.round(dia)));
        }
        return new StreamDescription.Stream(StreamDescription.of("blood_pressure",
                "Ambulatory blood pressure monitor (synthetic), one reading every 30 minutes for three days"
                        + " starting at midnight",
                "ts", "integer", "time of the reading, Unix seconds (virtual clock)",
                "systolic", "integer", "systolic pressure in mmHg",
                "diastolic", "integer", "diastolic pressure in mmHg"), items);
    }

    // ---- text -----------------------------------------------------------------------------

    private static final String[] SENDERS = {"alice", "bob", "carol", "dave", "erin"};
    private static final String[] MESSAGES = {
        "are we still on for the meeting at 10?", "running late, stuck in traffic", "lunch today?",
        "the build is broken again", "Meeting moved to 3pm", "can you review my pull request",
        "happy birthday!", "where are the slides for the MEETING", "ok", "thanks, see you soon",
        "did you feed the cat", "call me when you can", "the report is ready for review",
        "no meeting today, enjoy", "on my way", "coffee?", "server is down again, can you check",
        "great job on the demo today", "remember to buy milk", "see the new schedule in the shared folder"};

    static StreamDescription.Stream messages(SplittableRandom r) {
        List<Map<String, Object>> items = new ArrayList<>();
        long t = at(6, 0);
        for (int i = 0; i < 150; i++) {
            t += 60 + r.nextInt(181);
            items.add(item("ts", t, "sender", SENDERS[r.nextInt(SENDERS.length)], "text",
                    MESSAGES[r.nextInt(MESSAGES.length)]));
        }
        return new StreamDescription.Stream(StreamDescription.of("messages",
                "Chat messages received by the phone (synthetic), in time order, no two at the same second",
                "ts", "integer", "time received, Unix seconds (virtual clock)",
                "sender", "string", "sender's user name (lowercase)",
                "text", "string", "message text"), items);
    }

    private static final String[] ADDRESSES = {"boss@acme.example", "hr@acme.example", "alice@acme.example",
        "newsletter@deals.example", "bob@partner.example", "noreply@bank.example"};
    private static final String[] SUBJECTS = {
        "URGENT: production server down", "Re: quarterly report", "Lunch on Friday?", "Invoice 2291 attached",
        "Please review the contract ASAP", "Weekly deals: 50% off", "Your statement is ready", "Team offsite agenda",
        "Re: re: budget numbers", "urgent - sign the form today", "Holiday schedule", "Photos from the trip",
        "Meeting notes", "Action required: password expires", "New comment on your document"};

    static StreamDescription.Stream emails(SplittableRandom r) {
        List<Map<String, Object>> items = new ArrayList<>();
        long t = at(6, 0);
        for (int i = 0; i < 100; i++) {
            t += 120 + r.nextInt(481);
            long size = r.nextDouble() < 0.12 ? 1200 + r.nextInt(6800) : 3 + r.nextInt(198);
            items.add(item("ts", t, "sender", ADDRESSES[r.nextInt(ADDRESSES.length)],
                    "subject", SUBJECTS[r.nextInt(SUBJECTS.length)], "size_kb", size));
        }
        return new StreamDescription.Stream(StreamDescription.of("emails",
                "E-mails arriving in an inbox (synthetic), in time order, no two at the same second",
                "ts", "integer", "time received, Unix seconds (virtual clock)",
                "sender", "string", "sender's e-mail address (lowercase)",
                "subject", "string", "subject line",
                "size_kb", "integer", "message size including attachments, in kilobytes"), items);
    }

    private static final String[] TEAMS = {"Rovers", "United", "Athletic", "Wanderers"};
    private static final String[] COMPANIES = {"ACME", "Globex", "Initech"};
    private static final String[] NEWS = {
        "%T beat %U 3-1 in the derby", "%T sign new striker", "%C unveils faster AI chip",
        "%C recalls smart thermostats", "%C shares rise after strong earnings", "%C shares fall on weak outlook",
        "Central bank holds interest rates", "Heavy rain expected this weekend", "City opens new cycling lanes",
        "New smartphone app tracks air quality", "%T coach resigns after five losses", "Markets calm ahead of jobs report"};
    private static final String[] SOURCES = {"Wire", "Courier", "Ledger"};

    static StreamDescription.Stream news(SplittableRandom r) {
        List<Map<String, Object>> items = new ArrayList<>();
        long t = at(6, 0);
        for (int i = 0; i < 120; i++) {
            t += 60 + r.nextInt(241);
            int a = r.nextInt(TEAMS.length);
            int b = (a + 1 + r.nextInt(TEAMS.length - 1)) % TEAMS.length;
            String h = NEWS[r.nextInt(NEWS.length)].replace("%T", TEAMS[a]).replace("%U", TEAMS[b])
                    .replace("%C", COMPANIES[r.nextInt(COMPANIES.length)]);
            items.add(item("ts", t, "source", SOURCES[r.nextInt(SOURCES.length)], "headline", h));
        }
        return new StreamDescription.Stream(StreamDescription.of("news",
                "News headlines from three agencies (synthetic), in time order, no two at the same second",
                "ts", "integer", "time published, Unix seconds (virtual clock)",
                "source", "string", "agency: Wire, Courier or Ledger",
                "headline", "string", "the headline"), items);
    }

    static StreamDescription.Stream stocks(SplittableRandom r) {
        String[] symbols = {"ACME", "GLOBEX", "INITECH"};
        double[] price = {120.00, 45.50, 9.80};
        List<Map<String, Object>> items = new ArrayList<>();
        for (long t = at(9, 0); t < at(12, 0); t += 60) {
            for (int s = 0; s < symbols.length; s++) {
                if (t > at(9, 0)) {
                    double next;
                    do {
                        double move = r.nextDouble() < 0.03
                                ? (r.nextBoolean() ? 1 : -1) * (0.016 + 0.014 * r.nextDouble())
                                : Math.max(-0.007, Math.min(0.007, 0.003 * gauss(r)));
                        next = r2(price[s] * (1 + move));
                        double change = Math.abs(next - price[s]) / price[s];
                        // Changes near the 1 % threshold would let float noise decide it.
                        if (change < 0.008 || change > 0.015) {
                            break;
                        }
                    } while (true);
                    price[s] = next;
                }
                items.add(item("ts", t, "symbol", symbols[s], "price", price[s], "volume", 100 + r.nextInt(4901)));
            }
        }
        return new StreamDescription.Stream(StreamDescription.of("stocks",
                "Stock quotes (synthetic), one per symbol every 60 s from 09:00 to 12:00; quotes of the same minute"
                        + " share the timestamp and come in the order ACME, GLOBEX, INITECH",
                "ts", "integer", "time of the quote, Unix seconds (virtual clock)",
                "symbol", "string", "ticker symbol: ACME, GLOBEX or INITECH",
                "price", "number", "last trade price in US dollars, two decimals",
                "volume", "integer", "shares traded in the past minute"), items);
    }
}
