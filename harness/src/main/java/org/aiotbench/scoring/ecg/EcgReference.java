package org.aiotbench.scoring.ecg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aiotbench.reference.ecg.eval.ReferenceStream;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationCodes;
import org.aiotbench.reference.wfdb.AnnotationFile;
import org.aiotbench.reference.wfdb.WfdbHeader;
import org.aiotbench.scoring.ScoringException;

/**
 * The ground truth of one record: its sampling frequency and length from the header, and its
 * reference annotations as bxb reads them (beats, VF episodes), in samples of the record even
 * when the annotation file carries a {@code ## time resolution} note.
 *
 * @param record          record name, e.g. {@code 100}
 * @param fs              sampling frequency in Hz
 * @param numberOfSamples record length in samples, or -1 when the header does not give it
 * @param stream          the reference annotations for {@link org.aiotbench.reference.ecg.eval.BeatComparison}
 * @param beats           reference beat times (DESIGN.md §2 beat labels) outside VF episodes,
 *                        in file order: what a perfect detector would report
 * @param vfEpisodes      the reference VF episodes {@code {on, off}}
 */
public record EcgReference(String record, double fs, long numberOfSamples, ReferenceStream stream, long[] beats,
        List<long[]> vfEpisodes) {

    /** Loads {@code dir/record.hea} and {@code dir/record.atr}. */
    public static EcgReference load(Path dir, String record) throws ScoringException {
        Path hea = dir.resolve(record + ".hea");
        Path atr = dir.resolve(record + ".atr");
        if (!Files.isRegularFile(hea)) {
            throw ScoringException.harness("record " + record + ": no header " + hea);
        }
        if (!Files.isRegularFile(atr)) {
            throw ScoringException.harness("record " + record + ": no reference annotations " + atr);
        }
        WfdbHeader header;
        List<Annotation> annotations;
        try {
            header = WfdbHeader.read(hea);
            annotations = AnnotationFile.read(atr).atFrequency(header.samplingFrequency());
        } catch (IOException e) {
            throw ScoringException.harness("record " + record + ": " + oneLine(e));
        }
        return of(record, header.samplingFrequency(), header.numberOfSamples(), annotations);
    }

    /** Builds the reference from annotations already in samples of the record, in file order. */
    public static EcgReference of(String record, double fs, long numberOfSamples, List<Annotation> annotations) {
        int n = annotations.size();
        long[] times = new long[n];
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) {
            times[i] = annotations.get(i).sample();
            codes[i] = annotations.get(i).code();
        }
        ReferenceStream stream = ReferenceStream.ofMitAnnotations(times, codes);
        // the beats a perfect detector reports, and the episodes, read the way bxb's getref() does
        long[] beats = new long[n];
        int nb = 0;
        List<long[]> episodes = new ArrayList<>();
        long on = -1;
        for (Annotation a : annotations) {
            if (on >= 0) {
                if (a.code() == AnnotationCodes.VFOFF) {
                    episodes.add(new long[] {on, a.sample()});
                    on = -1;
                }
            } else if (a.code() == AnnotationCodes.VFON) {
                on = a.sample();
            } else if (AnnotationCodes.isBeat(a.code())) {
                beats[nb++] = a.sample();
            }
        }
        if (on >= 0) {
            episodes.add(new long[] {on, Long.MAX_VALUE});
        }
        return new EcgReference(record, fs, numberOfSamples, stream, Arrays.copyOf(beats, nb),
                List.copyOf(episodes));
    }

    private static String oneLine(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ').replace('\r', ' ');
    }
}
