package org.aiotbench.reference.wfdb;

/**
 * One annotation of an MIT-format annotation file.
 *
 * @param sample   time in samples from the start of the record
 * @param code     annotation code (see {@link AnnotationCodes}), e.g. 1 for a normal beat
 * @param mnemonic the code's standard mnemonic, e.g. {@code N}
 * @param subtype  subtype (WFDB stores it as a signed byte)
 * @param chan     signal number the annotation refers to (unsigned byte)
 * @param num      annotator-defined number (signed byte)
 * @param aux      auxiliary text, e.g. {@code (AFIB} for rhythm changes, or null
 */
public record Annotation(long sample, int code, String mnemonic, int subtype, int chan, int num, String aux) {

    /** An annotation with the standard mnemonic for {@code code} and no extra fields. */
    public static Annotation of(long sample, int code) {
        return new Annotation(sample, code, AnnotationCodes.mnemonic(code), 0, 0, 0, null);
    }

    /** An annotation with the standard mnemonic for {@code code}. */
    public static Annotation of(long sample, int code, int subtype, int chan, int num, String aux) {
        return new Annotation(sample, code, AnnotationCodes.mnemonic(code), subtype, chan, num, aux);
    }

    /** Whether this is a beat label under DESIGN.md §2 (see {@link AnnotationCodes#isBeat}). */
    public boolean isBeat() {
        return AnnotationCodes.isBeat(code);
    }

    /** The same annotation at another sample (used when rescaling time). */
    public Annotation atSample(long newSample) {
        return new Annotation(newSample, code, mnemonic, subtype, chan, num, aux);
    }
}
