package org.aiotbench.scoring.stream;

/**
 * For one field: given a reference value, the candidate values with a non-zero field
 * similarity f and that similarity. Finding them through indexes instead of trying every
 * candidate value is what keeps the n·m alignment fast: most cells have f = 0.
 */
interface ValueMatcher {
    /**
     * Writes the candidate value ids with f(r, c) > 0 to {@code cands} and f to {@code sims}
     * (both at least as long as the number of distinct values); returns how many.
     */
    int match(int r, int[] cands, double[] sims);
}
