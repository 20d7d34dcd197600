package org.aiotbench.scoring.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times the result score of two N-item streams (default 10,000 each), whole call including the
 * field interning, in both modes, for two kinds of content:
 * <ul>
 * <li>sensor: {time (all distinct), hr (50..120), label (three phrases)}; the candidate drops,
 *     adds and alters about 5 % of the items each — the shape of NL-Sense outputs;</li>
 * <li>text: one field of 6–10 words drawn from 200, all distinct — the worst case for
 *     chainstream, where most cells share a token and need a full BLEU.</li>
 * </ul>
 * Not a test; run by hand:
 * after {@code ./mvnw -B -q -o -pl harness -am test-compile}:
 * {@code java -cp harness/target/classes:harness/target/test-classes org.aiotbench.scoring.stream.StreamAlignmentBenchmark 10000 5}
 */
public final class StreamAlignmentBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (String kind : List.of("sensor", "text")) {
            List<StreamItem> ref = kind.equals("sensor") ? sensor(n, new Random(1)) : text(n, new Random(2));
            List<StreamItem> cand = perturb(ref, kind, new Random(3));
            for (ResultScoreSettings s : List.of(ResultScoreSettings.CHAINSTREAM, ResultScoreSettings.STRICT)) {
                StreamSet r = StreamSet.single(ref);
                StreamSet c = StreamSet.single(cand);
                ResultScorer.score(r, c, s); // warm-up
                double[] ms = new double[reps];
                double score = 0;
                for (int k = 0; k < reps; k++) {
                    long t0 = System.nanoTime();
                    score = ResultScorer.score(r, c, s).score();
                    ms[k] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("%-6s %-11s n=%d m=%d  median %.0f ms  min %.0f ms  max %.0f ms  score %.6f%n",
                        kind, s.mode().id(), ref.size(), cand.size(), ms[reps / 2], ms[0], ms[reps - 1], score);
            }
        }
    }

    private static List<StreamItem> sensor(int n, Random rnd) {
        String[] labels = {"normal", "high heart rate", "low heart rate"};
        List<StreamItem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int hr = 50 + rnd.nextInt(71);
            String label = labels[hr > 100 ? 1 : hr < 60 ? 2 : 0];
            out.add(StreamItem.of(Map.of("time", String.format("2024-05-01T%02d:%02d:%02d", i / 3600 % 24, i / 60 % 60, i % 60)
                    + "." + (i / 86400), "hr", Integer.toString(hr), "label", label)));
        }
        return reorder(out);
    }

    private static List<StreamItem> text(int n, Random rnd) {
        String[] vocab = new String[200];
        for (int i = 0; i < vocab.length; i++) {
            vocab[i] = "w" + i;
        }
        List<StreamItem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder("msg" + i);
            int words = 5 + rnd.nextInt(5);
            for (int w = 0; w < words; w++) {
                sb.append(' ').append(vocab[rnd.nextInt(vocab.length)]);
            }
            out.add(StreamItem.of(Map.of("msg", sb.toString())));
        }
        return out;
    }

    /** Map.of has no order; give the sensor items a fixed field order. */
    private static List<StreamItem> reorder(List<StreamItem> items) {
        List<StreamItem> out = new ArrayList<>(items.size());
        for (StreamItem it : items) {
            java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
            for (String f : List.of("time", "hr", "label")) {
                m.put(f, it.fields().get(f));
            }
            out.add(StreamItem.of(m));
        }
        return out;
    }

    private static List<StreamItem> perturb(List<StreamItem> ref, String kind, Random rnd) {
        List<StreamItem> out = new ArrayList<>(ref.size());
        for (StreamItem it : ref) {
            double u = rnd.nextDouble();
            if (u < 0.05) {
                continue; // dropped
            }
            if (u < 0.10) {
                java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>(it.fields());
                String f = kind.equals("sensor") ? "hr" : "msg";
                m.put(f, m.get(f) + (kind.equals("sensor") ? "1" : " extra"));
                out.add(StreamItem.of(m)); // altered
                continue;
            }
            out.add(it);
            if (u > 0.95) {
                out.add(it); // duplicated: an extra item
            }
        }
        return out;
    }
}
