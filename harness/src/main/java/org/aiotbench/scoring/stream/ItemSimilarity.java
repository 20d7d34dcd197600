package org.aiotbench.scoring.stream;

import java.util.List;

/**
 * F(ref item i, candidate item j) of DESIGN.md §2: the mean of the field similarities over the
 * stream's fields. A field absent from the reference item adds 0; one absent from the candidate
 * item zeroes the item (hard) or adds 0 (soft); a candidate that is not an object scores 0.
 */
final class ItemSimilarity {
    private final FieldColumn[] columns;
    private final boolean[] candObject;
    private final boolean soft;
    /** What an object candidate scores when the stream has no fields to compare. */
    private final double noFields;

    ItemSimilarity(FieldColumn[] columns, List<StreamItem> candidate, boolean soft, double noFields) {
        this.columns = columns;
        this.soft = soft;
        this.noFields = noFields;
        this.candObject = new boolean[candidate.size()];
        for (int j = 0; j < candObject.length; j++) {
            candObject[j] = candidate.get(j).isObject();
        }
    }

    double of(int i, int j) {
        if (!candObject[j]) {
            return 0.0;
        }
        if (columns.length == 0) {
            return noFields;
        }
        double sum = 0.0;
        for (FieldColumn column : columns) {
            int r = column.refIds[i];
            if (r == FieldColumn.ABSENT) {
                continue; // checked first, as the published evaluator does: absent on both sides adds 0
            }
            int c = column.candIds[j];
            if (c == FieldColumn.ABSENT) {
                if (soft) {
                    continue;
                }
                return 0.0;
            }
            sum += column.similarity(r, c);
        }
        return sum / columns.length;
    }
}
