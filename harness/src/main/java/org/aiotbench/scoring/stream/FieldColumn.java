package org.aiotbench.scoring.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of one stream, prepared for the alignment. Every distinct value (after splitting on
 * whitespace, the only form either mode looks at) gets an id shared by the reference and the
 * candidate; for a reference value the column lists the candidate items whose value in this
 * field has a non-zero similarity, and that similarity.
 */
final class FieldColumn {
    static final int ABSENT = -1;

    /** Sparse rows kept for reference values that occur again, at most this many entries in all. */
    private static final long CACHE_ENTRIES = 4_000_000;

    final int[] refIds;
    final int[] candIds;
    /** Candidate items by value id. */
    private final int[][] candItems;
    private final int[] refUses;
    private final ValueMatcher matcher;
    private final int[][] cachedCands;
    private final double[][] cachedSims;
    private long cacheLeft = CACHE_ENTRIES;
    private final int[] cands;
    private final double[] sims;

    FieldColumn(String field, List<StreamItem> reference, List<StreamItem> candidate, ResultScoreSettings settings) {
        Map<String, Integer> ids = new HashMap<>();
        List<List<String>> words = new ArrayList<>();
        refIds = intern(field, reference, ids, words);
        candIds = intern(field, candidate, ids, words);
        int size = words.size();
        refUses = new int[size];
        for (int r : refIds) {
            if (r != ABSENT) {
                refUses[r]++;
            }
        }
        int[] fill = new int[size];
        for (int c : candIds) {
            if (c != ABSENT) {
                fill[c]++;
            }
        }
        boolean[] inCand = new boolean[size];
        candItems = new int[size][];
        for (int v = 0; v < size; v++) {
            inCand[v] = fill[v] > 0;
            candItems[v] = new int[fill[v]];
            fill[v] = 0;
        }
        for (int j = 0; j < candIds.length; j++) {
            int c = candIds[j];
            if (c != ABSENT) {
                candItems[c][fill[c]++] = j;
            }
        }
        matcher = settings.mode() == ResultScoreMode.CHAINSTREAM
                ? new BleuMatcher(words, inCand) : new StrictMatcher(words, inCand, settings.tolerance());
        cachedCands = new int[size][];
        cachedSims = new double[size][];
        cands = new int[size];
        sims = new double[size];
    }

    private static int[] intern(String field, List<StreamItem> items, Map<String, Integer> ids, List<List<String>> words) {
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            StreamItem item = items.get(i);
            String value = item.isObject() ? item.fields().get(field) : null;
            if (value == null) {
                out[i] = ABSENT;
                continue;
            }
            List<String> tokens = Tokens.split(value);
            out[i] = ids.computeIfAbsent(String.join(" ", tokens), k -> {
                words.add(tokens);
                return words.size() - 1;
            });
        }
        return out;
    }

    /**
     * Adds f(ref item i, cand item j) for this field to {@code acc[j]}, for every j where it is
     * not 0; appends to {@code touched} each j whose sum was 0 before. Returns the new count.
     */
    int addRow(int i, double[] acc, int[] touched, int nTouched) {
        int r = refIds[i];
        if (r == ABSENT) {
            return nTouched;
        }
        int[] cs;
        double[] ss;
        int count;
        if (cachedCands[r] != null) {
            cs = cachedCands[r];
            ss = cachedSims[r];
            count = cs.length;
        } else {
            count = matcher.match(r, cands, sims);
            cs = cands;
            ss = sims;
            if (refUses[r] > 1 && cacheLeft >= count) {
                cacheLeft -= count;
                cachedCands[r] = java.util.Arrays.copyOf(cands, count);
                cachedSims[r] = java.util.Arrays.copyOf(sims, count);
            }
        }
        for (int k = 0; k < count; k++) {
            double f = ss[k];
            for (int j : candItems[cs[k]]) {
                if (acc[j] == 0.0) {
                    touched[nTouched++] = j;
                }
                acc[j] += f;
            }
        }
        return nTouched;
    }
}
