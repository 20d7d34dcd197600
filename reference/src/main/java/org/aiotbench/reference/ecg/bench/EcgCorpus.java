package org.aiotbench.reference.ecg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aiotbench.reference.wfdb.LeadReader;
import org.aiotbench.reference.wfdb.WfdbDatabase;
import org.aiotbench.reference.wfdb.WfdbRecord;

/**
 * The ECG lead the detectors run on, decoded from every record of a WFDB database folder: MLII
 * where the record has it (102 and 104 do not; 114 has it second), otherwise signal 0.
 *
 * @param names    record names, in the order of the folder's {@code RECORDS} file
 * @param fs       sampling frequency of each record, Hz
 * @param signals  the chosen lead of each record, in mV (NaN where WFDB marks a sample invalid)
 */
public record EcgCorpus(List<String> names, double[] fs, double[][] signals) {

    public EcgCorpus {
        names = List.copyOf(names);
        if (names.size() != fs.length || names.size() != signals.length) {
            throw new IllegalArgumentException("names, fs and signals differ in length");
        }
    }

    /** Sum of all records' lengths: the samples one pass of a detector processes. */
    public long totalSamples() {
        long n = 0;
        for (double[] s : signals) {
            n += s.length;
        }
        return n;
    }

    /**
     * Record names of a database folder: its {@code RECORDS} file if present, otherwise every
     * {@code *.hea} in it, sorted.
     *
     * @throws IOException if the folder cannot be read; a missing folder or one without records
     *                     raises a one-line {@link IllegalArgumentException}
     */
    public static List<String> recordNames(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder (expected a WFDB database such as mitdb/)");
        }
        List<String> names = WfdbDatabase.recordNames(dir);
        if (names.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no records (no RECORDS file and no .hea files)");
        }
        return names;
    }

    /** Decodes the detection lead of every named record in {@code dir}. */
    public static EcgCorpus decode(Path dir, List<String> names) throws IOException {
        double[] fs = new double[names.size()];
        double[][] signals = new double[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            LeadReader.Lead lead = LeadReader.read(dir.resolve(names.get(i)), "MLII");
            fs[i] = lead.samplingFrequency();
            signals[i] = lead.physical();
        }
        return new EcgCorpus(names, fs, signals);
    }

    /** MLII if the record has it, otherwise its first signal. */
    public static int detectionLead(WfdbRecord record) {
        int lead = record.signalIndex("MLII");
        return lead >= 0 ? lead : 0;
    }
}
