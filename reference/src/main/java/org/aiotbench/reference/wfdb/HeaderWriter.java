package org.aiotbench.reference.wfdb;

import java.math.BigDecimal;

/** Formats a {@link WfdbHeader} the way WFDB's {@code newheader} lays it out. */
final class HeaderWriter {
    private HeaderWriter() {
    }

    static String format(WfdbHeader h) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(h.recordName()).append(' ').append(h.numberOfSignals()).append(' ')
                .append(number(h.samplingFrequency()));
        if (!Double.isNaN(h.counterFrequency())) {
            sb.append('/').append(number(h.counterFrequency()));
            if (h.baseCounter() != 0.0) {
                sb.append('(').append(number(h.baseCounter())).append(')');
            }
        }
        if (h.numberOfSamples() >= 0) {
            sb.append(' ').append(h.numberOfSamples());
            if (h.baseTime() != null) {
                sb.append(' ').append(h.baseTime());
                if (h.baseDate() != null) {
                    sb.append(' ').append(h.baseDate());
                }
            }
        }
        sb.append('\n');
        for (SignalSpec s : h.signals()) {
            sb.append(s.fileName()).append(' ').append(s.format());
            if (s.samplesPerFrame() != 1) {
                sb.append('x').append(s.samplesPerFrame());
            }
            if (s.skew() != 0) {
                sb.append(':').append(s.skew());
            }
            if (s.byteOffset() != 0) {
                sb.append('+').append(s.byteOffset());
            }
            sb.append(' ').append(number(s.gain()));
            if (s.baseline() != s.adcZero()) {
                sb.append('(').append(s.baseline()).append(')');
            }
            if (s.units() != null) {
                sb.append('/').append(s.units());
            }
            sb.append(' ').append(s.adcResolution())
                    .append(' ').append(s.adcZero())
                    .append(' ').append(s.initialValue());
            // Fields are positional: a header without a checksum can only say so by ending here.
            // With a block size or description to follow, 0 stands in (and will not verify).
            boolean more = s.blockSize() != 0 || !s.description().isEmpty();
            if (s.checksum() != null || more) {
                sb.append(' ').append(s.checksum() == null ? 0 : s.checksum())
                        .append(' ').append(s.blockSize());
                if (!s.description().isEmpty()) {
                    sb.append(' ').append(s.description());
                }
            }
            sb.append('\n');
        }
        for (String c : h.comments()) {
            sb.append('#').append(c).append('\n');
        }
        return sb.toString();
    }

    /** Integral values without a decimal point ("360", not "360.0"), others without exponent. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
