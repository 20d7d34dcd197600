package org.aiotbench.reference.wfdb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The contents of an MIT-format annotation file.
 *
 * @param annotations    the annotations in file order, with sample numbers as stored (at
 *                       {@code timeResolution} when that is present); the time-resolution note
 *                       itself is not included, as in WFDB
 * @param timeResolution the frequency of the file's time stamps when it starts with a NOTE
 *                       annotation {@code ## time resolution: F} (as WFDB writes when annotating at
 *                       another rate, e.g. {@code sqrs} at 250 Hz); empty otherwise
 */
public record AnnotationFile(List<Annotation> annotations, OptionalDouble timeResolution) {

    /** Prefix of the aux text by which WFDB records the annotation time resolution. */
    public static final String TIME_RESOLUTION_PREFIX = "## time resolution: ";

    public AnnotationFile {
        annotations = List.copyOf(annotations);
    }

    /** Reads an MIT-format annotation file. */
    public static AnnotationFile read(Path file) throws IOException {
        return AnnotationReader.read(file);
    }

    /**
     * Reads an annotation file and returns its annotations in samples at {@code recordFrequency}.
     * Use this for scoring: it makes files with a time-resolution note comparable to the record.
     */
    public static List<Annotation> read(Path file, double recordFrequency) throws IOException {
        return AnnotationReader.read(file).atFrequency(recordFrequency);
    }

    /**
     * The annotations with sample numbers at {@code recordFrequency}: unchanged when the file has
     * no time-resolution note, otherwise rescaled and rounded to the nearest sample.
     */
    public List<Annotation> atFrequency(double recordFrequency) {
        if (timeResolution.isEmpty() || timeResolution.getAsDouble() == recordFrequency) {
            return annotations;
        }
        double scale = recordFrequency / timeResolution.getAsDouble();
        List<Annotation> out = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            out.add(a.atSample(Math.round(a.sample() * scale)));
        }
        return List.copyOf(out);
    }

    /** Only the beat annotations (see {@link AnnotationCodes#isBeat}), as stored. */
    public List<Annotation> beats() {
        return annotations.stream().filter(Annotation::isBeat).toList();
    }
}
