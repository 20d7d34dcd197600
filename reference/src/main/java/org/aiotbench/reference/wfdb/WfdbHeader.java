package org.aiotbench.reference.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A parsed WFDB header ({@code .hea}) of a single-segment record.
 *
 * @param recordName        record name, e.g. {@code 100}
 * @param samplingFrequency samples per second per signal (frames per second when a signal has
 *                          several samples per frame); WFDB's default 250 when the header omits it
 * @param counterFrequency  counter frequency, or NaN when the header gives none
 * @param baseCounter       counter value at sample 0 (0 when absent)
 * @param numberOfSamples   samples (frames) per signal, or -1 when the header does not say
 * @param baseTime          base time as written ({@code hh:mm:ss}), or null
 * @param baseDate          base date as written ({@code dd/mm/yyyy}), or null
 * @param signals           the signal lines, in header order
 * @param comments          comment lines, without the leading {@code #}
 */
public record WfdbHeader(
        String recordName,
        double samplingFrequency,
        double counterFrequency,
        double baseCounter,
        long numberOfSamples,
        String baseTime,
        String baseDate,
        List<SignalSpec> signals,
        List<String> comments) {

    /** WFDB's sampling frequency for headers that give none. */
    public static final double DEFAULT_FREQUENCY = 250.0;

    public WfdbHeader {
        Objects.requireNonNull(recordName, "recordName");
        signals = List.copyOf(signals);
        comments = List.copyOf(comments);
    }

    /** A header with only the fields most records use. */
    public static WfdbHeader of(String recordName, double samplingFrequency, long numberOfSamples,
                                List<SignalSpec> signals, List<String> comments) {
        return new WfdbHeader(recordName, samplingFrequency, Double.NaN, 0.0, numberOfSamples,
                null, null, signals, comments);
    }

    public int numberOfSignals() {
        return signals.size();
    }

    public SignalSpec signal(int index) {
        return signals.get(index);
    }

    /**
     * Index of the first signal whose description equals {@code description} (ignoring case and
     * surrounding blanks), or -1. Lead order differs between records (mitdb 114 has MLII second),
     * so callers should look leads up by name.
     */
    public int signalIndex(String description) {
        for (int i = 0; i < signals.size(); i++) {
            if (signals.get(i).description().trim().equalsIgnoreCase(description.trim())) {
                return i;
            }
        }
        return -1;
    }

    /** Reads and parses a header file. */
    public static WfdbHeader read(Path headerFile) throws IOException {
        String text = Files.readString(headerFile, StandardCharsets.ISO_8859_1);
        return HeaderParser.parse(text, headerFile.toString());
    }

    /** Parses header text; {@code sourceName} is used in error messages. */
    public static WfdbHeader parse(String text, String sourceName) throws WfdbFormatException {
        return HeaderParser.parse(text, sourceName);
    }

    /** The header as WFDB writes it (record line, signal lines, then comments). */
    public String format() {
        return HeaderWriter.format(this);
    }

    /** Writes {@link #format()} to {@code headerFile}. */
    public void write(Path headerFile) throws IOException {
        Files.writeString(headerFile, format(), StandardCharsets.ISO_8859_1);
    }

    /** This header with other signals and sample count (used by the writers). */
    public WfdbHeader withSignals(List<SignalSpec> newSignals, long newNumberOfSamples) {
        return new WfdbHeader(recordName, samplingFrequency, counterFrequency, baseCounter,
                newNumberOfSamples, baseTime, baseDate, newSignals, comments);
    }
}
