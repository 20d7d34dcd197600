package org.aiotbench.adapter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aiotbench.reference.ecg.BeatDetector;
import org.aiotbench.reference.wfdb.LeadReader;
import org.aiotbench.reference.wfdb.WfdbDatabase;

/**
 * Runs a library detector over every WFDB record of a folder and writes the ecg-rpeak output
 * contract ({@code OUT/<record>.txt}, one sample index per line). Shared by the reference
 * baselines and the {@code detect} command so both produce exactly what a program would.
 */
public final class EcgDirectoryDetection {

    private EcgDirectoryDetection() {
    }

    /**
     * @param lead    signal description to use when the record has it (e.g. MLII); else signal 0
     * @param records record names, or null for every {@code .hea} in the folder
     */
    public static void run(BeatDetector detector, String lead, Path in, Path out, List<String> records) throws IOException {
        Files.createDirectories(out);
        for (String rec : records != null ? records : WfdbDatabase.recordNames(in)) {
            LeadReader.Lead l = LeadReader.read(in.resolve(rec), lead);
            int[] beats = detector.detect(l.physical(), l.samplingFrequency());
            write(out.resolve(rec + ".txt"), beats);
        }
    }

    private static void write(Path file, int[] beats) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (int b : beats) {
                w.write(Integer.toString(b));
                w.write('\n');
            }
        }
    }
}
