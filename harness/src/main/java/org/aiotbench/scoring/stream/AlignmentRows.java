package org.aiotbench.scoring.stream;

import java.util.List;

/**
 * F(ref item i, cand item j) of DESIGN.md §2, a whole row at a time: the mean of the field
 * similarities over the stream's fields. A field absent from the reference item adds 0; one
 * absent from the candidate item zeroes the item (hard) or adds 0 (soft); a candidate that is
 * not an object scores 0. Field sums run in field order, as the published evaluator adds them.
 */
final class AlignmentRows {
    private final FieldColumn[] columns;
    private final boolean soft;
    private final double noFields;
    private final boolean[] candObject;
    private final int words;
    /** Bit k of item i's words: the item has field k. */
    private final long[] refMask;
    private final long[] candMask;

    /** @param noFields what an object candidate scores when the stream has no field at all */
    AlignmentRows(FieldColumn[] columns, int n, List<StreamItem> candidate, boolean soft, double noFields) {
        this.columns = columns;
        this.soft = soft;
        this.noFields = noFields;
        int m = candidate.size();
        candObject = new boolean[m];
        for (int j = 0; j < m; j++) {
            candObject[j] = candidate.get(j).isObject();
        }
        words = (columns.length + 63) / 64;
        refMask = new long[n * words];
        candMask = new long[m * words];
        for (int k = 0; k < columns.length; k++) {
            long bit = 1L << (k & 63);
            int w = k >> 6;
            for (int i = 0; i < n; i++) {
                if (columns[k].refIds[i] != FieldColumn.ABSENT) {
                    refMask[i * words + w] |= bit;
                }
            }
            for (int j = 0; j < m; j++) {
                if (columns[k].candIds[j] != FieldColumn.ABSENT) {
                    candMask[j * words + w] |= bit;
                }
            }
        }
    }

    /**
     * Adds the field sums of row i to {@code acc} (all zero on entry) and lists the j with a
     * non-zero sum in {@code touched}; returns how many.
     */
    int fill(int i, double[] acc, int[] touched) {
        int count = 0;
        if (columns.length == 0) {
            if (noFields != 0) {
                for (int j = 0; j < acc.length; j++) {
                    if (candObject[j]) {
                        acc[j] = noFields;
                        touched[count++] = j;
                    }
                }
            }
            return count;
        }
        for (FieldColumn column : columns) {
            count = column.addRow(i, acc, touched, count);
        }
        return count;
    }

    /** The divisor of the field sum: the number of fields (1 when there are none). */
    double divisor() {
        return Math.max(1, columns.length);
    }

    /**
     * The fields row i requires of a candidate in hard mode, when they fit one word (fewer than
     * 65 fields); 0 (requires nothing) in soft mode or without fields; -1 when they do not fit.
     */
    long requiredWord(int i) {
        if (soft || columns.length == 0) {
            return 0L;
        }
        return words == 1 ? refMask[i] : -1L;
    }

    /** The fields candidate j has, when they fit one word. */
    long[] candWords() {
        return words == 1 ? candMask : null;
    }

    /** F(i, j) from the field sum of the pair (0 for a sum of 0). */
    double itemScore(int i, int j, double fieldSum) {
        if (columns.length == 0) {
            return fieldSum;
        }
        if (!soft) {
            for (int w = 0; w < words; w++) {
                if ((refMask[i * words + w] & ~candMask[j * words + w]) != 0) {
                    return 0.0; // a field the reference item has is missing from the candidate
                }
            }
        }
        return fieldSum / columns.length;
    }
}
