package org.aiotbench.reference.wfdb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses WFDB header text (see PhysioNet's {@code header(5)} manual page). Errors name the source,
 * the 1-based line and the field that is wrong, because headers are hand-edited often enough that
 * "cannot parse" alone would not help anyone.
 */
final class HeaderParser {
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t]+");
    private static final Pattern FREQUENCY =
            Pattern.compile("([0-9.eE+-]+)(?:/([0-9.eE+-]+)(?:\\(([0-9.eE+-]+)\\))?)?");
    private static final Pattern GAIN =
            Pattern.compile("([0-9.eE+-]+)(?:\\((-?[0-9]+)\\))?(?:/(\\S+))?");
    private static final int SIGNAL_FIELDS_BEFORE_DESCRIPTION = 8;

    private HeaderParser() {
    }

    static WfdbHeader parse(String text, String source) throws WfdbFormatException {
        String[] lines = text.split("\r?\n|\r", -1);
        List<String> comments = new ArrayList<>();
        List<SignalSpec> signals = new ArrayList<>();
        RecordLine record = null;
        int lastLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                comments.add(line.substring(1));
                continue;
            }
            lastLine = lineNo;
            if (record == null) {
                record = parseRecordLine(line, source, lineNo);
            } else if (signals.size() < record.numberOfSignals) {
                signals.add(parseSignalLine(line, source, lineNo, signals));
            } else {
                // WFDB allows "info" strings only as comments; anything else is a mistake that
                // would otherwise be silently ignored.
                throw WfdbFormatException.atLine(source, lineNo, "unexpected line after "
                        + record.numberOfSignals + " signal line(s): '" + abbreviate(line) + "'");
            }
        }
        if (record == null) {
            throw WfdbFormatException.atLine(source, Math.max(1, lines.length), "no record line (header is empty)");
        }
        if (signals.size() < record.numberOfSignals) {
            throw WfdbFormatException.atLine(source, Math.max(1, lastLine), "record line announces "
                    + record.numberOfSignals + " signal(s) but only " + signals.size() + " signal line(s) follow");
        }
        return new WfdbHeader(record.name, record.frequency, record.counterFrequency, record.baseCounter,
                record.numberOfSamples, record.baseTime, record.baseDate, signals, comments);
    }

    private record RecordLine(String name, int numberOfSignals, double frequency, double counterFrequency,
                              double baseCounter, long numberOfSamples, String baseTime, String baseDate) {
    }

    private static RecordLine parseRecordLine(String line, String source, int lineNo) throws WfdbFormatException {
        String[] f = WHITESPACE.split(line);
        String name = f[0];
        if (name.contains("/")) {
            throw WfdbFormatException.atLine(source, lineNo,
                    "multi-segment record '" + name + "' is not supported");
        }
        if (f.length < 2) {
            throw WfdbFormatException.atLine(source, lineNo, "record line lacks the number of signals");
        }
        int nsig = parseInt(f[1], "number of signals", source, lineNo);
        if (nsig < 0) {
            throw WfdbFormatException.atLine(source, lineNo, "negative number of signals: " + f[1]);
        }
        double fs = WfdbHeader.DEFAULT_FREQUENCY;
        double counter = Double.NaN;
        double baseCounter = 0.0;
        if (f.length > 2) {
            Matcher m = FREQUENCY.matcher(f[2]);
            if (!m.matches()) {
                throw WfdbFormatException.atLine(source, lineNo, "bad sampling frequency '" + f[2] + "'");
            }
            fs = parseDouble(m.group(1), "sampling frequency", source, lineNo);
            if (!(fs > 0)) {
                throw WfdbFormatException.atLine(source, lineNo, "sampling frequency must be positive: " + f[2]);
            }
            if (m.group(2) != null) {
                counter = parseDouble(m.group(2), "counter frequency", source, lineNo);
            }
            if (m.group(3) != null) {
                baseCounter = parseDouble(m.group(3), "base counter value", source, lineNo);
            }
        }
        long nsamp = -1;
        if (f.length > 3) {
            try {
                nsamp = Long.parseLong(f[3]);
            } catch (NumberFormatException e) {
                throw WfdbFormatException.atLine(source, lineNo, "bad number of samples '" + f[3] + "'");
            }
            if (nsamp < 0) {
                throw WfdbFormatException.atLine(source, lineNo, "negative number of samples: " + f[3]);
            }
        }
        String baseTime = f.length > 4 ? f[4] : null;
        String baseDate = f.length > 5 ? f[5] : null;
        if (f.length > 6) {
            throw WfdbFormatException.atLine(source, lineNo, "too many fields on the record line");
        }
        return new RecordLine(name, nsig, fs, counter, baseCounter, nsamp, baseTime, baseDate);
    }

    private static SignalSpec parseSignalLine(String line, String source, int lineNo, List<SignalSpec> previous)
            throws WfdbFormatException {
        String[] f = WHITESPACE.split(line, SIGNAL_FIELDS_BEFORE_DESCRIPTION + 1);
        String fileName = f[0];
        if (f.length < 2) {
            throw WfdbFormatException.atLine(source, lineNo, "signal line lacks the format field");
        }
        // Format field: fmt[xSPF][:skew][+offset]
        String fmtField = f[1];
        int pos = 0;
        while (pos < fmtField.length() && Character.isDigit(fmtField.charAt(pos))) {
            pos++;
        }
        if (pos == 0) {
            throw WfdbFormatException.atLine(source, lineNo, "bad format field '" + fmtField + "'");
        }
        int format = parseInt(fmtField.substring(0, pos), "format", source, lineNo);
        int spf = 1;
        int skew = 0;
        long offset = 0;
        while (pos < fmtField.length()) {
            char c = fmtField.charAt(pos++);
            if (c != 'x' && c != ':' && c != '+') {
                throw WfdbFormatException.atLine(source, lineNo,
                        "bad format field '" + fmtField + "' (unknown suffix '" + c + "')");
            }
            int start = pos;
            while (pos < fmtField.length() && Character.isDigit(fmtField.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw WfdbFormatException.atLine(source, lineNo, "bad format field '" + fmtField + "'");
            }
            String num = fmtField.substring(start, pos);
            switch (c) {
                case 'x' -> spf = parseInt(num, "samples per frame", source, lineNo);
                case ':' -> skew = parseInt(num, "skew", source, lineNo);
                case '+' -> offset = parseInt(num, "byte offset", source, lineNo);
                default -> throw new IllegalStateException("unreachable");
            }
        }
        if (spf < 1) {
            throw WfdbFormatException.atLine(source, lineNo, "samples per frame must be >= 1 in '" + fmtField + "'");
        }
        if (!SignalFormats.isSupported(format)) {
            throw WfdbFormatException.atLine(source, lineNo, "unsupported signal format " + format
                    + " (supported: " + SignalFormats.SUPPORTED + ")");
        }
        for (SignalSpec p : previous) {
            if (p.fileName().equals(fileName) && p.format() != format) {
                throw WfdbFormatException.atLine(source, lineNo, "signals in " + fileName
                        + " use different formats (" + p.format() + " and " + format + ")");
            }
        }
        double gain = SignalSpec.DEFAULT_GAIN;
        Integer baseline = null;
        String units = null;
        if (f.length > 2) {
            Matcher m = GAIN.matcher(f[2]);
            if (!m.matches()) {
                throw WfdbFormatException.atLine(source, lineNo, "bad gain field '" + f[2] + "'");
            }
            gain = parseDouble(m.group(1), "gain", source, lineNo);
            if (m.group(2) != null) {
                baseline = parseInt(m.group(2), "baseline", source, lineNo);
            }
            units = m.group(3);
        }
        int resolution = f.length > 3 ? parseInt(f[3], "ADC resolution", source, lineNo)
                : SignalFormats.defaultResolution(format);
        int adcZero = f.length > 4 ? parseInt(f[4], "ADC zero", source, lineNo) : 0;
        int initial = f.length > 5 ? parseInt(f[5], "initial value", source, lineNo) : adcZero;
        Integer checksum = f.length > 6 ? parseInt(f[6], "checksum", source, lineNo) : null;
        int blockSize = f.length > 7 ? parseInt(f[7], "block size", source, lineNo) : 0;
        String description = f.length > 8 ? f[8].strip() : "";
        return new SignalSpec(fileName, format, spf, skew, offset, gain,
                baseline == null ? adcZero : baseline, units, resolution, adcZero, initial, checksum,
                blockSize, description);
    }

    private static int parseInt(String s, String what, String source, int lineNo) throws WfdbFormatException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw WfdbFormatException.atLine(source, lineNo, "bad " + what + " '" + s + "'");
        }
    }

    private static double parseDouble(String s, String what, String source, int lineNo) throws WfdbFormatException {
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw WfdbFormatException.atLine(source, lineNo, "bad " + what + " '" + s + "'");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
