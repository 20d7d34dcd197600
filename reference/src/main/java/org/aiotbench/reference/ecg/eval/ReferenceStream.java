package org.aiotbench.reference.ecg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reference annotations as {@code bxb} reads them: a sequence, in annotation-file order, of beat
 * annotations (each with its AAMI class) and the start ({@code [}) and end ({@code ]}) of
 * ventricular flutter/fibrillation episodes. Every other annotation is left out because bxb's
 * {@code getref()} skips it without effect on the QRS counts (see {@link BeatComparison}).
 *
 * <p>File order matters only where annotations share a sample: a beat written after a {@code [}
 * at the same time is inside the episode. {@link #ofMitAnnotations} keeps the order it is given;
 * {@link #ofBeats} orders by time and puts episode boundaries around beats that share their
 * sample, so such beats count as inside.
 */
public final class ReferenceStream {
    static final byte BEAT = 0;
    static final byte VF_ON = 1;
    static final byte VF_OFF = 2;

    /** MIT annotation codes (WFDB ecgcodes.h) that this class interprets. */
    public static final int VFON_CODE = 32;
    public static final int VFOFF_CODE = 33;

    /*
     * WFDB ecgmap.h isqrs table (wfdb_qrs[]): codes 1-13 (N L R a V F J A S E j / Q), 25 (B),
     * 30 (?), 31 (!), 34 (e), 35 (n), 38 (f), 41 (r). Note that '!' (ventricular flutter wave)
     * is a QRS annotation for bxb even though amap() gives it no beat class.
     */
    private static final boolean[] IS_QRS = new boolean[50];

    static {
        for (int code : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 30, 31, 34, 35, 38, 41}) {
            IS_QRS[code] = true;
        }
    }

    private final long[] times;
    private final byte[] kinds;
    private final char[] classes;

    private ReferenceStream(long[] times, byte[] kinds, char[] classes) {
        this.times = times;
        this.kinds = kinds;
        this.classes = classes;
    }

    /** True when WFDB's {@code isqrs()} counts the MIT annotation code as a QRS complex. */
    public static boolean isQrs(int mitCode) {
        return mitCode > 0 && mitCode < IS_QRS.length && IS_QRS[mitCode];
    }

    /**
     * The AAMI class bxb's {@code amap()} gives an MIT code: 'N' (N L R B), 'S' (a J A S j e n;
     * bxb folds these into 'N' unless SVEB statistics are asked for, which does not change QRS
     * counts), 'V' (V r E), 'F' (F), 'Q' (Q / f ?), and 'O' for anything else, '!' included.
     */
    public static char aamiClass(int mitCode) {
        switch (mitCode) {
            case 1: case 2: case 3: case 25:
                return 'N';
            case 4: case 7: case 8: case 9: case 11: case 34: case 35:
                return 'S';
            case 5: case 10: case 41:
                return 'V';
            case 6:
                return 'F';
            case 12: case 13: case 30: case 38:
                return 'Q';
            default:
                return 'O';
        }
    }

    /**
     * Builds the stream from a whole annotation file, in file order: QRS codes become beats,
     * {@code [} and {@code ]} become episode boundaries, all other codes are dropped.
     *
     * @param times    annotation times in samples of the record's frequency
     * @param mitCodes MIT annotation codes ({@code anntyp}), same length
     */
    public static ReferenceStream ofMitAnnotations(long[] times, int[] mitCodes) {
        if (times.length != mitCodes.length) {
            throw new IllegalArgumentException("times and codes differ in length: "
                    + times.length + " vs " + mitCodes.length);
        }
        Builder b = new Builder();
        for (int i = 0; i < times.length; i++) {
            int code = mitCodes[i];
            if (isQrs(code)) {
                b.beat(times[i], aamiClass(code));
            } else if (code == VFON_CODE) {
                b.vfOn(times[i]);
            } else if (code == VFOFF_CODE) {
                b.vfOff(times[i]);
            }
        }
        return b.build();
    }

    /**
     * Builds the stream from beat times (all of class 'N') and closed exclusion episodes
     * {@code {on, off}}. Overlapping episodes are merged; beats at or between an episode's
     * boundaries are inside it.
     */
    public static ReferenceStream ofBeats(long[] beats, List<long[]> vfEpisodes) {
        long[] sortedBeats = beats.clone();
        Arrays.sort(sortedBeats);
        List<long[]> episodes = mergeEpisodes(vfEpisodes);
        Builder b = new Builder();
        int e = 0;
        boolean inEpisode = false;
        for (long beat : sortedBeats) {
            while (true) {
                if (!inEpisode && e < episodes.size() && episodes.get(e)[0] <= beat) {
                    b.vfOn(episodes.get(e)[0]);
                    inEpisode = true;
                } else if (inEpisode && episodes.get(e)[1] < beat) {
                    b.vfOff(episodes.get(e)[1]);
                    inEpisode = false;
                    e++;
                } else {
                    break;
                }
            }
            b.beat(beat, 'N');
        }
        for (; e < episodes.size(); e++) {
            if (!inEpisode) {
                b.vfOn(episodes.get(e)[0]);
            }
            b.vfOff(episodes.get(e)[1]);
            inEpisode = false;
        }
        return b.build();
    }

    private static List<long[]> mergeEpisodes(List<long[]> vfEpisodes) {
        List<long[]> sorted = new ArrayList<>();
        for (long[] ep : vfEpisodes) {
            if (ep == null || ep.length != 2 || ep[0] < 0 || ep[1] < ep[0]) {
                throw new IllegalArgumentException("an episode must be {on, off} with 0 <= on <= off, got "
                        + Arrays.toString(ep));
            }
            sorted.add(ep.clone());
        }
        sorted.sort(Comparator.comparingLong(ep -> ep[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] ep : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && ep[0] <= last[1]) {
                last[1] = Math.max(last[1], ep[1]);
            } else {
                merged.add(ep);
            }
        }
        return merged;
    }

    /** Collects a stream in file order. */
    public static final class Builder {
        private long[] times = new long[256];
        private byte[] kinds = new byte[256];
        private char[] classes = new char[256];
        private int n;

        /** A beat annotation of AAMI class N, S, V, F, Q (or O, as bxb reads '!'). */
        public Builder beat(long time, char aamiClass) {
            if ("NSVFQO".indexOf(aamiClass) < 0) {
                throw new IllegalArgumentException("AAMI class must be one of N S V F Q O, got " + aamiClass);
            }
            return add(time, BEAT, aamiClass);
        }

        /** Start of ventricular flutter/fibrillation ({@code [}). */
        public Builder vfOn(long time) {
            return add(time, VF_ON, '[');
        }

        /** End of ventricular flutter/fibrillation ({@code ]}). */
        public Builder vfOff(long time) {
            return add(time, VF_OFF, ']');
        }

        private Builder add(long time, byte kind, char cls) {
            if (time < 0) {
                throw new IllegalArgumentException("annotation time must not be negative, got " + time);
            }
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
                kinds = Arrays.copyOf(kinds, n * 2);
                classes = Arrays.copyOf(classes, n * 2);
            }
            times[n] = time;
            kinds[n] = kind;
            classes[n] = cls;
            n++;
            return this;
        }

        public ReferenceStream build() {
            return new ReferenceStream(Arrays.copyOf(times, n), Arrays.copyOf(kinds, n), Arrays.copyOf(classes, n));
        }
    }

    /** Number of entries (beats and episode boundaries). */
    public int size() {
        return times.length;
    }

    long time(int i) {
        return times[i];
    }

    byte kind(int i) {
        return kinds[i];
    }

    char aamiClassAt(int i) {
        return classes[i];
    }
}
