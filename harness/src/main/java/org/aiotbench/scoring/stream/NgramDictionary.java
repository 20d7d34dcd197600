package org.aiotbench.scoring.stream;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Interns tokens and n-grams to ints so that values can be compared by their n-gram ids. */
final class NgramDictionary {
    private final Map<String, Integer> tokens = new HashMap<>();
    private final Map<String, Integer> grams = new HashMap<>();

    NgramProfile profile(List<String> words) {
        int len = words.size();
        int[] ids = new int[len];
        for (int i = 0; i < len; i++) {
            ids[i] = tokens.computeIfAbsent(words.get(i), k -> tokens.size());
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
        return new NgramProfile(len, gramIds, gramCounts);
    }

    /** How many distinct n-grams (all orders) have been given ids. */
    int gramCount() {
        return grams.size();
    }
}
