package org.aiotbench.scoring.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One field of one stream, prepared for the alignment: every distinct value (after splitting on
 * whitespace, the only form either mode looks at) gets an id shared by the reference and the
 * candidate, so the n·m cells compare ints and look up precomputed data instead of strings.
 */
final class FieldColumn {
    static final int ABSENT = -1;

    /** Below this many distinct values the chainstream similarities are tabulated up front. */
    private static final int DENSE_LIMIT = 1024;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    final int[] refIds;
    final int[] candIds;
    private final boolean chainstream;
    private final double tolerance;
    // chainstream
    private final NgramProfile[] profiles;
    private final int[] lengths;
    private final long[] signatures;
    private final double[] dense;
    private final int size;
    private final double[] scratch = new double[2 * NgramProfile.MAX_N];
    // strict
    private final boolean[] numeric;
    private final double[] numbers;

    FieldColumn(String field, List<StreamItem> reference, List<StreamItem> candidate, ResultScoreSettings settings) {
        this.chainstream = settings.mode() == ResultScoreMode.CHAINSTREAM;
        this.tolerance = settings.tolerance();
        Map<String, Integer> ids = new HashMap<>();
        List<List<String>> words = new ArrayList<>();
        refIds = intern(field, reference, ids, words);
        candIds = intern(field, candidate, ids, words);
        size = words.size();
        if (chainstream) {
            NgramDictionary dictionary = new NgramDictionary();
            profiles = new NgramProfile[size];
            lengths = new int[size];
            signatures = new long[size];
            for (int v = 0; v < size; v++) {
                profiles[v] = dictionary.profile(words.get(v));
                lengths[v] = profiles[v].length;
                signatures[v] = profiles[v].signature;
            }
            dense = size <= DENSE_LIMIT ? tabulate() : null;
            numeric = null;
            numbers = null;
        } else {
            profiles = null;
            lengths = null;
            signatures = null;
            dense = null;
            numeric = new boolean[size];
            numbers = new double[size];
            for (int v = 0; v < size; v++) {
                List<String> w = words.get(v);
                numeric[v] = w.size() == 1 && NUMBER.matcher(w.get(0)).matches();
                numbers[v] = numeric[v] ? Double.parseDouble(w.get(0)) : Double.NaN;
                // 1e999 parses to infinity: compare such values as text, not as numbers
                numeric[v] &= Double.isFinite(numbers[v]);
            }
        }
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

    private double[] tabulate() {
        double[] table = new double[size * size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                table[r * size + c] = compute(r, c);
            }
        }
        return table;
    }

    /** f(ref value r, candidate value c), both present. */
    double similarity(int r, int c) {
        if (r == c) {
            return 1.0; // same tokens: BLEU is exactly 1 (all p_n = 1, BP = e^0), strict matches
        }
        if (dense != null) {
            return dense[r * size + c];
        }
        return compute(r, c);
    }

    private double compute(int r, int c) {
        if (!chainstream) {
            if (r == c) {
                return 1.0; // only reached from tabulate(); kept so compute() is total
            }
            if (numeric[r] && numeric[c]) {
                double a = numbers[r];
                double b = numbers[c];
                return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b)) ? 1.0 : 0.0;
            }
            return 0.0;
        }
        if (lengths[c] == 0) {
            return lengths[r] == 0 ? 1.0 : 0.0;
        }
        if ((signatures[r] & signatures[c]) == 0) {
            return 0.0;
        }
        return SentenceBleu.score(profiles[r], profiles[c], scratch);
    }
}
