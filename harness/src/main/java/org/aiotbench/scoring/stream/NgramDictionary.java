package org.aiotbench.scoring.stream;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Interns tokens and n-grams to ints so that profiles of values can be compared by merging. */
final class NgramDictionary {
    private final Map<String, Integer> tokens = new HashMap<>();
    private final Map<String, Integer> grams = new HashMap<>();

    NgramProfile profile(List<String> words) {
        int len = words.size();
        int[] ids = new int[len];
        long signature = 0;
        for (int i = 0; i < len; i++) {
            ids[i] = tokens.computeIfAbsent(words.get(i), k -> tokens.size());
            signature |= 1L << bit(ids[i]);
        }
        int[][] gramIds = new int[NgramProfile.MAX_N][];
        int[][] gramCounts = new int[NgramProfile.MAX_N][];
        for (int n = 1; n <= NgramProfile.MAX_N; n++) {
            TreeMap<Integer, Integer> counts = new TreeMap<>();
            for (int start = 0; start + n <= len; start++) {
                String key = n + ":" + Arrays.toString(Arrays.copyOfRange(ids, start, start + n));
                counts.merge(grams.computeIfAbsent(key, k -> grams.size()), 1, Integer::sum);
            }
            gramIds[n - 1] = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
            gramCounts[n - 1] = counts.values().stream().mapToInt(Integer::intValue).toArray();
        }
        return new NgramProfile(len, signature, gramIds, gramCounts);
    }

    /** Spreads consecutive token ids over the 64 signature bits. */
    private static int bit(int tokenId) {
        return (int) ((tokenId * 0x9E3779B97F4A7C15L) >>> 58);
    }
}
