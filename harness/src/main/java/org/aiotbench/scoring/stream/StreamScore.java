package org.aiotbench.scoring.stream;

/**
 * The list score of one reference stream.
 *
 * @param id             the stream id
 * @param referenceItems n, items in the reference stream
 * @param candidateItems m, items in the candidate stream (0 when missing)
 * @param missing        the candidate has no stream of this id
 * @param matched        dp[n][m], the summed similarity of the best alignment
 * @param score          matched / n (chainstream) or matched / max(n, m) (strict)
 */
public record StreamScore(String id, int referenceItems, int candidateItems, boolean missing,
                          double matched, double score) {
}
