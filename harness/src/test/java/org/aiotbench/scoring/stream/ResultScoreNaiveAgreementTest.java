package org.aiotbench.scoring.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The indexed scorer against a plain transcription of DESIGN.md §2 (full n·m table, field
 * similarity by {@link SentenceBleu#similarity} or the strict rule, cell-by-cell recurrence) on
 * random streams with repeated values, missing fields and non-object items: the same double.
 */
class ResultScoreNaiveAgreementTest {
    private static final String[] WORDS = {"a", "b", "c", "hot", "cold", "1", "2.0", "2", "3.5"};

    @Test
    void agreesBitForBitInEveryMode() throws Exception {
        Random rnd = new Random(42);
        List<ResultScoreSettings> modes = List.of(Items.CHAIN, Items.CHAIN_SOFT, Items.STRICT, Items.STRICT_SOFT,
                new ResultScoreSettings(ResultScoreMode.STRICT, false, 0.3));
        for (int round = 0; round < 300; round++) {
            List<StreamItem> ref = randomStream(rnd, false);
            List<StreamItem> cand = rnd.nextInt(5) == 0 ? perturb(ref, rnd) : randomStream(rnd, true);
            for (ResultScoreSettings s : modes) {
                double fast = ResultScorer.score(StreamSet.single(ref), StreamSet.single(cand), s).score();
                assertEquals(naive(ref, cand, s), fast, 0.0, "round " + round + " " + s + "\nref " + ref + "\ncand " + cand);
            }
        }
    }

    @Test
    void agreesOnLongerStreams() throws Exception {
        // long enough that most rows take the sparse running-maximum path
        Random rnd = new Random(9);
        for (int round = 0; round < 6; round++) {
            List<StreamItem> ref = randomStream(rnd, false, 150);
            List<StreamItem> cand = round % 2 == 0 ? perturb(ref, rnd) : randomStream(rnd, true, 150);
            for (ResultScoreSettings s : List.of(Items.CHAIN, Items.CHAIN_SOFT, Items.STRICT, Items.STRICT_SOFT)) {
                double fast = ResultScorer.score(StreamSet.single(ref), StreamSet.single(cand), s).score();
                assertEquals(naive(ref, cand, s), fast, 0.0, "round " + round + " " + s);
            }
        }
    }

    private static List<StreamItem> randomStream(Random rnd, boolean candidate) {
        return randomStream(rnd, candidate, 1 + rnd.nextInt(12));
    }

    private static List<StreamItem> randomStream(Random rnd, boolean candidate, int n) {
        List<StreamItem> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (candidate && rnd.nextInt(10) == 0) {
                out.add(StreamItem.NOT_AN_OBJECT);
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (String f : List.of("x", "y", "z")) {
                if (rnd.nextInt(6) != 0 || (n > 20 && f.equals("x"))) { // strict needs a common field
                    int len = n > 20 ? 1 + rnd.nextInt(6) : rnd.nextInt(5);
                    StringBuilder sb = new StringBuilder();
                    for (int w = 0; w < len; w++) {
                        // long streams draw from many words, so most pairs share none: sparse rows
                        String word = n > 20 ? "w" + rnd.nextInt(300) : WORDS[rnd.nextInt(WORDS.length)];
                        sb.append(w == 0 ? "" : " ").append(word);
                    }
                    m.put(f, sb.toString());
                }
            }
            out.add(StreamItem.of(m));
        }
        return out;
    }

    private static List<StreamItem> perturb(List<StreamItem> ref, Random rnd) {
        List<StreamItem> out = new ArrayList<>();
        for (StreamItem it : ref) {
            if (rnd.nextInt(4) != 0) {
                out.add(it);
            }
        }
        return out;
    }

    private static double naive(List<StreamItem> ref, List<StreamItem> cand, ResultScoreSettings s) {
        boolean strict = s.mode() == ResultScoreMode.STRICT;
        int n = ref.size();
        int m = cand.size();
        List<String> fields = new ArrayList<>(ref.get(0).fields().keySet());
        if (strict) {
            for (StreamItem r : ref) {
                fields.retainAll(r.fields().keySet());
            }
        }
        double[][] dp = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double f = item(ref.get(i - 1), cand.get(j - 1), fields, s);
                dp[i][j] = Math.max(Math.max(dp[i - 1][j], dp[i][j - 1]), dp[i - 1][j - 1] + f);
            }
        }
        return dp[n][m] / (strict ? Math.max(n, m) : n);
    }

    private static double item(StreamItem r, StreamItem c, List<String> fields, ResultScoreSettings s) {
        if (!c.isObject()) {
            return 0;
        }
        if (fields.isEmpty()) {
            return s.mode() == ResultScoreMode.STRICT ? 1 : 0;
        }
        double sum = 0;
        for (String f : fields) {
            String rv = r.fields().get(f);
            if (rv == null) {
                continue;
            }
            String cv = c.fields().get(f);
            if (cv == null) {
                if (s.soft()) {
                    continue;
                }
                return 0;
            }
            sum += s.mode() == ResultScoreMode.CHAINSTREAM ? SentenceBleu.similarity(rv, cv) : strict(rv, cv, s.tolerance());
        }
        return sum / fields.size();
    }

    private static double strict(String a, String b, double tol) {
        List<String> ta = Tokens.split(a);
        List<String> tb = Tokens.split(b);
        if (ta.equals(tb)) {
            return 1;
        }
        if (ta.size() == 1 && tb.size() == 1 && ta.get(0).matches("[0-9.]+") && tb.get(0).matches("[0-9.]+")) {
            double x = Double.parseDouble(ta.get(0));
            double y = Double.parseDouble(tb.get(0));
            return Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y)) ? 1 : 0;
        }
        return 0;
    }
}
