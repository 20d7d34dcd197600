package org.aiotbench.reference.ecg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Beat-by-beat comparison of detections against reference beat annotations, giving the same
 * QRS TP/FN/FP as WFDB's {@code bxb} (the ANSI/AAMI EC38/EC57 comparator).
 *
 * <p>Source studied: {@code app/bxb.c} of the WFDB Software Package by George B. Moody (revision
 * of 27 April 2020, which includes the 24 November 2002 change to the match criterion), with the
 * WFDB library's {@code fstrtim()} (lib/wfdbio.c), {@code getann()}/{@code setiafreq()}
 * (lib/annot.c) and the {@code isqrs} table (lib/ecgmap.h). bxb is GPL; this class re-implements
 * its rules from that reading, no code is copied. Every rule below names the place in bxb.c
 * that does it.
 *
 * <h2>Rules</h2>
 * <ol>
 * <li><b>Match window</b> (bxb {@code init()}): {@code match_dt = strtim(".15")}, and
 *     {@code strtim} returns {@code (long)(x*f + 0.5)}: 0.15 s rounded half up to samples, 54 at
 *     360 Hz, 38 at 250 Hz. A pair matches when {@code |t - T| <= match_dt} (inclusive).</li>
 * <li><b>Interval</b> ({@code init()}): start = {@code strtim("5:0")} = 300 s (108000 samples
 *     at 360 Hz) unless {@code -f} is given ({@code -f 0} gives 0:00); end_time =
 *     {@code strtim("e")}, the record length in samples. If the length is unknown, end_time is
 *     -1 and the comparison runs until the reference annotations end
 *     ({@link #END_OF_REFERENCE}); {@code -t 0} stops at the end of either file
 *     ({@link #END_OF_EITHER}).</li>
 * <li><b>Reference beats</b> ({@code getref()}): annotations with {@code isqrs(anntyp)} true, i.e.
 *     N L R a V F J A S E j / Q B ? ! e n f r. Their class comes from {@code amap()}: N, S, V, F, Q,
 *     and 'O' for '!' (flutter wave) — a '!' outside a VF episode is read as a "beat" whose
 *     pairing with a detection counts as a false positive (cell On of the matrix) and whose
 *     lack of a detection counts nothing. Every other annotation (rhythm, noise, comments,
 *     stray {@code ]}) is skipped.</li>
 * <li><b>VF episodes</b> ({@code getref()}, {@code rpann()}): on a {@code [} (VFON), getref reads
 *     and drops every annotation up to the next {@code ]} (VFOFF), so reference beats inside are
 *     not counted; if the file ends first, the reference is exhausted. A detection that is not
 *     paired and lies in {@code [vfon, vfoff]} gets the pseudo-label '*' from {@code rpann()},
 *     which {@code pair()} does not count: neither FP nor TP. rpann only remembers the two
 *     episodes most recently read by getref (which reads one beat ahead), and an unterminated
 *     episode keeps the previous episode's end time ({@code vfoffref} is not reset): both
 *     quirks are reproduced. A detection inside an episode may still be paired with a
 *     reference beat within the window just outside it (cases 1 and 3 below do not look at
 *     VF).</li>
 * <li><b>Test annotations</b> ({@code gettest()}): every detection is a beat of class 'N'.
 *     Detections are sorted first (WFDB keeps annotation files in time order; {@code sortann}
 *     sorts them); duplicates are kept, and only one of them can be paired.</li>
 * <li><b>Start of the interval</b> ({@code main()}, before the loop): T is the first reference
 *     beat at or after start; t is the last detection before start (or a dummy at time 0 with
 *     label 0 if there is none), t' the first at or after it.
 *     (a) If {@code T - t < |T - t'|} and {@code T - t <= match_dt}, T and t are paired (unless
 *     both are dummies, which happens only when start = 0) — the last detection before the
 *     start may match the first reference beat.
 *     (b) Otherwise t is dropped uncounted, the next detection becomes current, and if it lies
 *     within match_dt after start and the following detection is strictly closer to T, it is
 *     dropped uncounted too.
 *     Consequences reproduced: with start = 0 the reference side begins with a dummy beat at
 *     0 of label 0, so a detection at sample 0 is paired with it and never counted; with a
 *     start below match_dt a reference beat may be paired with the dummy detection and
 *     disappear.</li>
 * <li><b>Pairing</b> ({@code main()} loop, cases 1-4): take the earlier of the current detection
 *     t and reference beat T (T on ties).
 *     Case 1 (t &lt; T): pair them if {@code T - t <= match_dt} and either
 *     {@code T - t < |T - t'|} (t' = next detection) or {@code |T' - t'| < |T - t'|} (T' = next
 *     reference beat; the 2002 change); otherwise t is a false positive (or '*' in VF, rule 4).
 *     Case 3 (T &lt;= t): pair them if {@code t - T <= match_dt} and either
 *     {@code t - T < |t - T'|} or {@code |t' - T'| < |t - T'|}; otherwise T is a false
 *     negative. A pair of two beat labels is a TP.</li>
 * <li><b>End of the interval</b> (loop condition): with end_time &gt; 0 the loop runs while
 *     {@code T <= end_time || t <= end_time}. So annotations after end_time are still used
 *     while the other side has not passed it (a detection after the end can match the last
 *     beat), and are not counted once both have passed it.</li>
 * <li><b>Shutdown</b> ({@code getref()} NOISE handling, {@code rpann()}, {@code tpann()}): a noise
 *     annotation with both bits 4 and 5 of {@code subtyp} set starts a reference shutdown
 *     (mitdb has them in 101, 105, 203, 208, 210). Unpaired detections inside it are labelled
 *     'X' instead of 'O'; both count in QFP. Reading shutdown never consumes a beat, and
 *     detections carry no shutdown, so {@code tpann()} always gives 'O'. Shutdown therefore
 *     changes no QRS count and is not modelled.</li>
 * <li><b>Counts</b> ({@code print_results()}): QTP = pairs of two beat labels, QFN = reference
 *     beats paired with 'O'/'X', QFP = 'O'/'X' paired with detections.</li>
 * <li><b>Time resolution</b> (WFDB {@code getann()}/{@code setiafreq()}): an annotation file
 *     with a {@code ## time resolution: F} note has its times rescaled to the record's frequency
 *     f as {@code round_half_up(tt * f / F)}. That is the reader's job: this class expects
 *     times already in samples of the record.</li>
 * </ol>
 */
public final class BeatComparison {
    /** end_time value meaning: run until the reference annotations end (bxb's -1). */
    public static final long END_OF_REFERENCE = -1;
    /** end_time value meaning: stop at the end of either annotation list (bxb's {@code -t 0}). */
    public static final long END_OF_EITHER = 0;
    /** The EC57 learning period that bxb skips by default, in seconds. */
    public static final double STANDARD_START_SECONDS = 300.0;
    /** The EC57 match window, in seconds. */
    public static final double MATCH_WINDOW_SECONDS = 0.15;

    private static final long HUGE = Long.MAX_VALUE;
    private static final char DUMMY = 0;
    private static final char NONE = '*';

    private BeatComparison() {
    }

    /** Converts seconds to samples the way WFDB's {@code strtim} does: {@code (long)(s*fs + 0.5)}. */
    public static long samples(double seconds, double fs) {
        if (!(fs > 0) || !(seconds >= 0)) {
            throw new IllegalArgumentException("need fs > 0 and seconds >= 0, got fs=" + fs + " seconds=" + seconds);
        }
        return (long) (seconds * fs + 0.5);
    }

    /** The EC57 match window at sampling frequency fs: 0.15 s rounded half up (54 at 360 Hz). */
    public static int matchWindow(double fs) {
        return (int) samples(MATCH_WINDOW_SECONDS, fs);
    }

    /**
     * Compares detections with reference beats under the EC57 window for {@code fs}.
     *
     * @param referenceBeats    reference beat times in samples (any order)
     * @param excludedIntervals VF episodes {@code {on, off}} in samples (inclusive)
     * @param detections        detection times in samples (any order, duplicates allowed)
     * @param fs                sampling frequency, for the match window
     * @param startSample       start of the evaluation interval (e.g. {@code samples(300, fs)})
     * @param endSample         record length in samples, or {@link #END_OF_REFERENCE} /
     *                          {@link #END_OF_EITHER}
     */
    public static BeatComparisonResult compare(int[] referenceBeats, List<int[]> excludedIntervals,
            int[] detections, double fs, long startSample, long endSample) {
        List<long[]> episodes = new ArrayList<>();
        for (int[] ep : excludedIntervals) {
            if (ep == null || ep.length != 2) {
                throw new IllegalArgumentException("an excluded interval must be {on, off}, got " + Arrays.toString(ep));
            }
            episodes.add(new long[] {ep[0], ep[1]});
        }
        return compare(ReferenceStream.ofBeats(toLong(referenceBeats), episodes), toLong(detections),
                matchWindow(fs), startSample, endSample);
    }

    /**
     * Compares detections with a reference stream (see {@link ReferenceStream}).
     *
     * @param matchWindow match window in samples, e.g. {@link #matchWindow(double)}
     * @param startSample start of the evaluation interval in samples, &gt;= 0
     * @param endSample   bxb's end_time: record length in samples, or {@link #END_OF_REFERENCE}
     *                    / {@link #END_OF_EITHER}
     */
    public static BeatComparisonResult compare(ReferenceStream reference, long[] detections,
            int matchWindow, long startSample, long endSample) {
        if (matchWindow < 0) {
            throw new IllegalArgumentException("match window must not be negative, got " + matchWindow);
        }
        if (startSample < 0) {
            throw new IllegalArgumentException("start must not be negative, got " + startSample);
        }
        if (endSample < END_OF_REFERENCE) {
            throw new IllegalArgumentException("end must be > 0, -1 or 0, got " + endSample);
        }
        if (endSample > 0 && endSample < startSample) {
            // bxb: "improper interval specified"
            throw new IllegalArgumentException("end " + endSample + " is before start " + startSample);
        }
        long[] sorted = detections.clone();
        Arrays.sort(sorted);
        if (sorted.length > 0 && sorted[0] < 0) {
            throw new IllegalArgumentException("detection times must not be negative, got " + sorted[0]);
        }
        return new Run(reference, sorted, matchWindow, startSample, endSample).execute();
    }

    private static long[] toLong(int[] a) {
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i];
        }
        return r;
    }

    /** One comparison: bxb's global state, held per call. */
    private static final class Run {
        private final ReferenceStream ref;
        private final long[] det;
        private final int w;
        private final long start;
        private final long end;

        private int refPos;
        private int detPos;
        // current (T, A) and next (T', A') reference beat; current (t, a) and next (t', a') detection
        private long bigT;
        private long bigTNext;
        private char bigA = DUMMY;
        private char bigANext = DUMMY;
        private long t;
        private long tNext;
        private char a = DUMMY;
        private char aNext = DUMMY;
        // the two most recently read reference VF episodes, -1 when none (bxb's vfonref etc.)
        private long vfOn = -1;
        private long vfOff = -1;
        private long prevVfOn = -1;
        private long prevVfOff = -1;

        private int tp;
        private int fn;
        private int fp;
        private int excluded;
        private final LongList matchedRef = new LongList();
        private final LongList matchedDet = new LongList();
        private final LongList missed = new LongList();
        private final LongList extra = new LongList();

        Run(ReferenceStream ref, long[] det, int w, long start, long end) {
            this.ref = ref;
            this.det = det;
            this.w = w;
            this.start = start;
            this.end = end;
        }

        BeatComparisonResult execute() {
            do {
                nextReference();
            } while (bigT < start);
            do {
                nextDetection();
            } while (tNext < start);

            if (bigT - t < Math.abs(bigT - tNext) && bigT - t <= w) {
                if (bigA != DUMMY || a != DUMMY) {
                    pair(bigA, a, bigT, t);
                }
                nextReference();
                nextDetection();
            } else {
                nextDetection();
                if (t - start <= w && Math.abs(bigT - tNext) < Math.abs(bigT - t)) {
                    nextDetection();
                }
            }

            while (running()) {
                if (t < bigT) {
                    if (bigT - t <= w
                            && (bigT - t < Math.abs(bigT - tNext) || Math.abs(bigTNext - tNext) < Math.abs(bigT - tNext))) {
                        pair(bigA, a, bigT, t);
                        nextReference();
                        nextDetection();
                    } else {
                        pair(insideReferenceVf(t) ? NONE : 'O', a, bigT, t);
                        nextDetection();
                    }
                } else {
                    if (t - bigT <= w
                            && (t - bigT < Math.abs(t - bigTNext) || Math.abs(tNext - bigTNext) < Math.abs(t - bigTNext))) {
                        pair(bigA, a, bigT, t);
                        nextDetection();
                        nextReference();
                    } else {
                        pair(bigA, 'O', bigT, t);
                        nextReference();
                    }
                }
            }
            return new BeatComparisonResult(tp, fn, fp, excluded, matchedRef.toArray(), matchedDet.toArray(),
                    missed.toArray(), extra.toArray(), w, start, end);
        }

        private boolean running() {
            if (end > 0) {
                return bigT <= end || t <= end;
            }
            if (end == END_OF_REFERENCE) {
                return bigT != HUGE;
            }
            return bigT != HUGE && t != HUGE;
        }

        /** bxb getref(): advance to the next reference beat, skipping VF episodes. */
        private void nextReference() {
            bigT = bigTNext;
            bigA = bigANext;
            int n = ref.size();
            while (refPos < n) {
                int i = refPos++;
                byte kind = ref.kind(i);
                if (kind == ReferenceStream.BEAT) {
                    bigTNext = ref.time(i);
                    bigANext = ref.aamiClassAt(i);
                    return;
                }
                if (kind == ReferenceStream.VF_ON) {
                    prevVfOn = vfOn;
                    prevVfOff = vfOff;
                    vfOn = ref.time(i);
                    boolean closed = false;
                    while (refPos < n) {
                        int j = refPos++;
                        if (ref.kind(j) == ReferenceStream.VF_OFF) {
                            vfOff = ref.time(j);
                            closed = true;
                            break;
                        }
                    }
                    if (!closed) {
                        break;
                    }
                }
                // a stray VF_OFF is skipped, as bxb skips every non-beat annotation
            }
            bigTNext = HUGE;
            bigANext = NONE;
        }

        /** bxb gettest(). */
        private void nextDetection() {
            t = tNext;
            a = aNext;
            if (detPos < det.length) {
                tNext = det[detPos++];
                aNext = 'N';
            } else {
                tNext = HUGE;
                aNext = NONE;
            }
        }

        /** bxb rpann() returning '*': time inside one of the two remembered reference VF episodes. */
        private boolean insideReferenceVf(long time) {
            return (vfOn != -1 && vfOn <= time && (time <= vfOff || vfOff == -1))
                    || (prevVfOn != -1 && prevVfOn <= time && time <= prevVfOff);
        }

        /** bxb pair(), reduced to the QRS totals. */
        private void pair(char refLabel, char testLabel, long refTime, long testTime) {
            boolean refBeat = isBeat(refLabel);
            boolean testBeat = isBeat(testLabel);
            if (refBeat && testBeat) {
                tp++;
                matchedRef.add(refTime);
                matchedDet.add(testTime);
            } else if (refBeat && testLabel == 'O') {
                fn++;
                missed.add(refTime);
            } else if (refLabel == 'O' && testBeat) {
                fp++;
                extra.add(testTime);
            } else if (refLabel == NONE && testBeat) {
                excluded++;
            }
        }

        private static boolean isBeat(char label) {
            return label == 'N' || label == 'S' || label == 'V' || label == 'F' || label == 'Q';
        }
    }

    /** Growable primitive list, to keep per-beat output cheap on 30-minute records. */
    private static final class LongList {
        private long[] data = new long[64];
        private int size;

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
